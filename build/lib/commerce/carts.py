"""Cart arithmetic over the database: lines keep the unit price captured when they were added."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite

from aisle.money import Money
from commerce.errors import CurrencyMismatch, InvalidQuantity, NotFound
from commerce.ids import new_id
from commerce.models import Cart, CartLine, Offer
from commerce.pricing import PricingRules
from commerce.tables import cart_lines, carts


def open_cart(
    conn: Connection,
    *,
    thread_id: str | None,
    shopper_id: str | None,
    currency: str,
    now: float,
) -> str:
    """The thread's cart (created on first use), or a new cart when there is no thread."""
    if thread_id is None:
        cart_id = new_id("cart")
        conn.execute(carts.insert().values(_cart_row(cart_id, None, shopper_id, currency, now)))
        return cart_id
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    conn.execute(
        dialect.insert(carts)
        .values(_cart_row(new_id("cart"), thread_id, shopper_id, currency, now))
        .on_conflict_do_nothing(index_elements=[carts.c.thread_id])
    )
    row = conn.execute(select(carts.c.id, carts.c.shopper_id).where(carts.c.thread_id == thread_id))
    cart_id, known_shopper = row.one()
    if shopper_id and not known_shopper:
        conn.execute(update(carts).where(carts.c.id == cart_id).values(shopper_id=shopper_id))
    return str(cart_id)


def lock_cart(conn: Connection, cart_id: str) -> str:
    """Serialize changes to one cart (row lock on Postgres; the write lock on SQLite)."""
    query = select(carts.c.currency).where(carts.c.id == cart_id).with_for_update()
    currency = conn.execute(query).scalar_one_or_none()
    if currency is None:
        raise NotFound(f"no cart {cart_id!r}")
    return str(currency)


def load_cart(conn: Connection, cart_id: str) -> Cart:
    row = conn.execute(select(carts).where(carts.c.id == cart_id)).mappings().first()
    if row is None:
        raise NotFound(f"no cart {cart_id!r}")
    line_rows = conn.execute(
        select(cart_lines)
        .where(cart_lines.c.cart_id == cart_id)
        .order_by(cart_lines.c.added_at, cart_lines.c.id)
    ).mappings()
    lines = []
    for line in line_rows:
        unit = Money(amount=line["unit_amount"], currency=line["currency"])
        lines.append(
            CartLine(
                id=line["id"],
                product_id=line["product_id"],
                variant_id=line["variant_id"],
                title=line["title"],
                variant_title=line["variant_title"],
                quantity=line["quantity"],
                unit_price=unit,
                subtotal=unit * line["quantity"],
            )
        )
    currency = row["currency"]
    return Cart(
        id=row["id"],
        thread_id=row["thread_id"],
        shopper_id=row["shopper_id"],
        currency=currency,
        lines=lines,
        subtotal=Money(amount=sum(line.subtotal.amount for line in lines), currency=currency),
        item_count=sum(line.quantity for line in lines),
    )


def add_line(
    conn: Connection,
    cart_id: str,
    currency: str,
    offer: Offer,
    quantity: int,
    now: float,
    rules: PricingRules,
) -> None:
    """Add units of a variant; the same variant again grows its line and refreshes its price."""
    if quantity < 1:
        raise InvalidQuantity("add at least one unit")
    if offer.price.currency != currency:
        raise CurrencyMismatch(f"{offer.title} is priced in {offer.price.currency}, not {currency}")
    rules.check_item(offer, quantity)
    existing = conn.execute(
        select(cart_lines.c.id, cart_lines.c.quantity).where(
            cart_lines.c.cart_id == cart_id,
            cart_lines.c.product_id == offer.product_id,
            cart_lines.c.variant_id == offer.variant_id,
        )
    ).first()
    wanted = quantity + (existing.quantity if existing else 0)
    rules.check_line(offer, wanted)
    if existing:
        conn.execute(
            update(cart_lines)
            .where(cart_lines.c.id == existing.id)
            .values(quantity=wanted, unit_amount=offer.price.amount)
        )
        return
    conn.execute(
        cart_lines.insert().values(
            id=new_id("line"),
            cart_id=cart_id,
            product_id=offer.product_id,
            variant_id=offer.variant_id,
            title=offer.title,
            variant_title=offer.variant_title,
            quantity=wanted,
            unit_amount=offer.price.amount,
            currency=offer.price.currency,
            added_at=now,
        )
    )


def line_variant(conn: Connection, cart_id: str, line_id: str) -> tuple[str, str]:
    row = conn.execute(
        select(cart_lines.c.product_id, cart_lines.c.variant_id).where(
            cart_lines.c.cart_id == cart_id, cart_lines.c.id == line_id
        )
    ).first()
    if row is None:
        raise NotFound(f"no line {line_id!r} in cart {cart_id!r}")
    return row.product_id, row.variant_id


def set_line_quantity(
    conn: Connection, line_id: str, offer: Offer, quantity: int, rules: PricingRules
) -> None:
    """Set a line's quantity; zero removes the line, as in Shopify's cart."""
    if quantity == 0:
        conn.execute(delete(cart_lines).where(cart_lines.c.id == line_id))
        return
    rules.check_line(offer, quantity)
    conn.execute(update(cart_lines).where(cart_lines.c.id == line_id).values(quantity=quantity))


def remove_line(conn: Connection, cart_id: str, line_id: str) -> None:
    result = conn.execute(
        delete(cart_lines).where(cart_lines.c.cart_id == cart_id, cart_lines.c.id == line_id)
    )
    if result.rowcount == 0:
        raise NotFound(f"no line {line_id!r} in cart {cart_id!r}")


def set_shopper(conn: Connection, cart_id: str, shopper_id: str | None, now: float) -> None:
    conn.execute(
        update(carts).where(carts.c.id == cart_id).values(shopper_id=shopper_id, updated_at=now)
    )


def clear_cart(conn: Connection, cart_id: str) -> None:
    conn.execute(delete(cart_lines).where(cart_lines.c.cart_id == cart_id))


def remove_purchased(
    conn: Connection, cart_id: str, bought: Iterable[tuple[str, str, int]]
) -> None:
    """Take what was just ordered out of the cart, keeping anything added since."""
    for product_id, variant_id, quantity in bought:
        where = (
            cart_lines.c.cart_id == cart_id,
            cart_lines.c.product_id == product_id,
            cart_lines.c.variant_id == variant_id,
        )
        conn.execute(
            update(cart_lines).where(*where).values(quantity=cart_lines.c.quantity - quantity)
        )
        conn.execute(delete(cart_lines).where(*where, cart_lines.c.quantity <= 0))


def _cart_row(
    cart_id: str, thread_id: str | None, shopper_id: str | None, currency: str, now: float
) -> dict[str, object]:
    return {
        "id": cart_id,
        "thread_id": thread_id,
        "shopper_id": shopper_id,
        "currency": currency,
        "created_at": now,
        "updated_at": now,
    }
