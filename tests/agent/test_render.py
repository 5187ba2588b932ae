"""The CLI's rendering of a turn shows what the shopper needs: items, prices, cart, order."""

from __future__ import annotations

from rich.console import Console

from agent.render import render_turn
from agent.service import ShoppingAgent
from tests.agent.talk import BUYER, talk


def _text(agent: ShoppingAgent, *messages: str) -> list[str]:
    pages = []
    for turn in talk(agent, *messages):
        console = Console(record=True, width=100)
        render_turn(turn, console)
        pages.append(console.export_text())
    return pages


def test_products_cart_and_order_are_rendered(agent: ShoppingAgent) -> None:
    listed, added, *_, ordered = _text(
        agent, "daypack backpack", "add the first one", "check out", BUYER, "yes"
    )
    assert "Daypack 20L Backpack" in listed and "$60.00" in listed
    assert "cart" in added and "subtotal" in added
    assert "order ord_" in ordered and "total" in ordered and "$60.00" in ordered


def test_the_confirmation_is_marked_as_waiting(agent: ShoppingAgent) -> None:
    *_, waiting = _text(agent, "daypack backpack", "add the first one", "check out", BUYER)
    assert "waiting for your yes" in waiting and "Total: $60.00 (USD)" in waiting
