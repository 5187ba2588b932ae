"""The swap tool: one cart line replaced by another product, keeping its count and, where the new
product offers them, its colour and size ("switch it for the Alignment Lines mat, same colour").
The old line goes only once the new product is in the cart; a question about the new one's
options leaves the cart as it was."""

from __future__ import annotations

from agent.cart_lines import cart_line_of
from agent.outcome import Outcome, ToolRun
from agent.tools_cart import add_to_cart, cart_summary, cart_text
from catalog.colors import color_family
from commerce.errors import CommerceError


def swap_cart_line(
    run: ToolRun,
    product_id: str,
    new_product_id: str,
    size: str | None = None,
    color: str | None = None,
) -> Outcome:
    cart, line = cart_line_of(run, product_id)
    if cart is None:
        return Outcome(False, "Your cart is empty.")
    commerce = run.ctx.commerce
    old, new = run.ctx.search.get(product_id), run.ctx.search.get(new_product_id)
    if line is None or new is None:
        return Outcome(False, "That item is not in your cart.")
    current = next((v for v in old.variants if v.id == line.variant_id), None) if old else None
    colours = {v.color for v in new.variants if v.color}
    sizes = {v.size for v in new.variants if v.size}
    if color is None and current is not None and current.color:
        family = color_family(current.color.lower())
        same = [c for c in colours if c.lower() == current.color.lower()]
        same = same or [c for c in colours if color_family(c.lower()) == family]
        color = same[0] if len(same) == 1 else None
    if size is None and current is not None and current.size in sizes:
        size = current.size
    added = add_to_cart(run, new.id, size=size, color=color, quantity=line.quantity)
    if not added.ok:
        return added
    try:
        cart = commerce.remove_line(cart.id, line.id)
    except CommerceError as exc:
        return Outcome(False, f"Added {new.title}, but could not remove {line.title}: {exc}.")
    variant = added.data.get("variant", "")
    text = f"Swapped {line.title} for {new.title} {variant}. Your cart now has:\n{cart_text(cart)}"
    data = added.data | {"cart": cart_summary(cart), "swapped": line.title}
    return Outcome(True, text, data, added.update)
