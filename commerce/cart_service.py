"""Conversations and their carts; a thread's token is the key to its carts, sessions and orders."""

from __future__ import annotations

from collections.abc import Sequence

from commerce import carts, conversations, inventory, sessions
from commerce.conversations import Owned, ThreadCheck
from commerce.database import read, rolled_back, write
from commerce.models import Cart, ItemRequest
from commerce.service_state import ServiceState


class CartService(ServiceState):
    """Conversations and cart edits, each in one transaction; part of `Commerce`."""

    def start_conversation(self) -> tuple[str, str]:
        """Mint a conversation: (thread id, secret token); only the token's hash is kept."""
        with write(self.engine) as conn:
            return conversations.start_conversation(conn, self.clock())

    def rehearse_conversation(self) -> None:
        """Mint a conversation and roll it back, so the first shopper's finds its SQL compiled."""
        with rolled_back(self.engine) as conn:
            conversations.start_conversation(conn, self.clock())

    def check_thread_token(self, thread_id: str, token: str | None) -> ThreadCheck:
        with read(self.engine) as conn:
            return conversations.check_token(conn, thread_id, token)

    def owner_thread(self, kind: Owned, object_id: str) -> str | None:
        """The thread a cart, checkout session or order belongs to; NotFound if none such."""
        with read(self.engine) as conn:
            return conversations.owner_thread(conn, kind, object_id)

    def cart_for_thread(self, thread_id: str, shopper_id: str | None = None) -> Cart:
        """The conversation's cart, created empty on first use."""
        return self.create_cart(thread_id=thread_id, shopper_id=shopper_id)

    def create_cart(self, thread_id: str | None = None, shopper_id: str | None = None) -> Cart:
        """A new cart, or the thread's existing cart when a thread id is given."""
        with write(self.engine) as conn:
            cart_id = carts.open_cart(
                conn,
                thread_id=thread_id,
                shopper_id=shopper_id,
                currency=self.rules.currency,
                now=self.clock(),
            )
            return carts.load_cart(conn, cart_id)

    def get_cart(self, cart_id: str) -> Cart:
        with read(self.engine) as conn:
            return carts.load_cart(conn, cart_id)

    def add_to_cart(
        self, cart_id: str, product_id: str, variant_id: str, quantity: int = 1
    ) -> Cart:
        """Add units at today's price; raises OutOfStock when the cart would exceed stock."""
        with write(self.engine) as conn:
            currency = carts.lock_cart(conn, cart_id)
            offer = inventory.load_offer(conn, product_id, variant_id)
            carts.add_line(conn, cart_id, currency, offer, quantity, self.clock(), self.rules)
            return self._checked(carts.load_cart(conn, cart_id))

    def set_quantity(self, cart_id: str, line_id: str, quantity: int) -> Cart:
        """Set a line's quantity (0 removes it); bounded by stock."""
        with write(self.engine) as conn:
            carts.lock_cart(conn, cart_id)
            product_id, variant_id = carts.line_variant(conn, cart_id, line_id)
            offer = inventory.load_offer(conn, product_id, variant_id)
            carts.set_line_quantity(conn, line_id, offer, quantity, self.rules)
            return self._checked(carts.load_cart(conn, cart_id))

    def _checked(self, cart: Cart) -> Cart:
        """A cart whose subtotal the store could not charge is refused (rolled back)."""
        self.rules.check_sum(line.subtotal for line in cart.lines)
        return cart

    def replace_lines(self, cart_id: str, items: Sequence[ItemRequest]) -> Cart:
        """The cart holds exactly these items, or (OutOfStock, NotFound, ...) stays as it was."""
        with write(self.engine) as conn:
            currency = carts.lock_cart(conn, cart_id)
            carts.clear_cart(conn, cart_id)
            for item in sessions.merged(items):
                offer = inventory.load_offer(conn, item.product_id, item.variant_id)
                carts.add_line(
                    conn, cart_id, currency, offer, item.quantity, self.clock(), self.rules
                )
            return self._checked(carts.load_cart(conn, cart_id))

    def set_cart_shopper(self, cart_id: str, shopper_id: str | None) -> Cart:
        """Re-label who a cart belongs to (the ACP edge marks a canceled cart this way)."""
        with write(self.engine) as conn:
            carts.lock_cart(conn, cart_id)
            carts.set_shopper(conn, cart_id, shopper_id, self.clock())
            return carts.load_cart(conn, cart_id)

    def remove_line(self, cart_id: str, line_id: str) -> Cart:
        with write(self.engine) as conn:
            carts.lock_cart(conn, cart_id)
            carts.remove_line(conn, cart_id, line_id)
            return carts.load_cart(conn, cart_id)

    def clear_cart(self, cart_id: str) -> Cart:
        with write(self.engine) as conn:
            carts.lock_cart(conn, cart_id)
            carts.clear_cart(conn, cart_id)
            return carts.load_cart(conn, cart_id)
