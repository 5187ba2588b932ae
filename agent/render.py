"""A `ChatTurn` as rich text: the reply, the products listed, the cart and any order."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from agent.turn import CartLineView, CartView, ChatTurn, OrderLineView, OrderView, ProductView


def render_turn(turn: ChatTurn, console: Console | None = None) -> None:
    (console or Console()).print(turn_renderable(turn))


def turn_renderable(turn: ChatTurn) -> RenderableType:
    parts: list[RenderableType] = [Text(turn.reply)]
    if turn.products and not _listed([p.title for p in turn.products], turn.reply):
        parts.append(products_table(turn.products))
    if turn.order:
        parts.append(order_table(turn.order))
    elif turn.cart and turn.cart.lines and not turn.awaiting_confirmation:
        listed = _listed([line.title for line in turn.cart.lines], turn.reply)
        if "cart" in turn.reply.lower() and not listed:
            parts.append(cart_table(turn.cart))
        elif not listed:
            parts.append(cart_line(turn.cart))
    title = "[bold]Aisle[/bold]" + (" · waiting for your yes" if turn.awaiting_confirmation else "")
    style = "yellow" if turn.awaiting_confirmation else "green" if turn.order else "cyan"
    return Panel(Group(*parts), title=title, title_align="left", border_style=style)


def _listed(titles: list[str], reply: str) -> bool:
    """The reply already names every item, so a table would only repeat it."""
    return all(title in reply for title in titles)


def cart_line(cart: CartView) -> Text:
    count = sum(line.quantity for line in cart.lines)
    return Text(f"cart: {count} item{'s' if count != 1 else ''} · {cart.subtotal.format()}", "dim")


def products_table(products: list[ProductView]) -> Table:
    table = Table(show_header=True, header_style="bold", box=None, padding=(0, 1))
    table.add_column("#", justify="right")
    table.add_column("product")
    table.add_column("price", justify="right")
    table.add_column("stock")
    for product in products:
        stock = "in stock" if product.in_stock else "[red]out of stock[/red]"
        ordinal = str(product.ordinal) if product.ordinal else ""
        table.add_row(ordinal, product.title, product.price.format(), stock)
    return table


def _add_lines(table: Table, lines: Sequence[CartLineView | OrderLineView]) -> None:
    """The qty, item and subtotal columns with a row a line, alike for a cart and an order."""
    table.add_column("qty", justify="right")
    table.add_column("item")
    table.add_column("subtotal", justify="right")
    for line in lines:
        variant = f" ({line.variant_title})" if line.variant_title else ""
        table.add_row(str(line.quantity), line.title + variant, line.subtotal.format())


def cart_table(cart: CartView) -> Table:
    table = Table(title="cart", title_justify="left", box=None, padding=(0, 1))
    _add_lines(table, cart.lines)
    table.add_row("", "[bold]subtotal[/bold]", f"[bold]{cart.subtotal.format()}[/bold]")
    return table


def order_table(order: OrderView) -> Table:
    table = Table(title=f"order {order.id} · {order.status}", title_justify="left", box=None)
    _add_lines(table, order.lines)
    table.add_row("", "[bold]total[/bold]", f"[bold]{order.total.format()}[/bold]")
    return table
