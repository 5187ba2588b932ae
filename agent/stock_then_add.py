""" "Is the diver 200m watch in stock? if yes add it": a stock question about one product named
by its title, then an add of it, with nothing listed yet. The add answers the question (a
sold-out item is refused by the cart and the shopper told so)."""

from __future__ import annotations

from agent.conditional_adds import asks_stock_then_adds
from agent.intents import LIKELY
from agent.understanding import Intent, Understanding


def read_add_if_in_stock(understanding: Understanding) -> None:
    """Make a stock question about one named product that goes on to take it an add of it."""
    if understanding.intent is not Intent.PRODUCT_QUESTION:
        return
    if len(understanding.references.product_ids) != 1:
        return
    if asks_stock_then_adds(understanding.text):
        understanding.intent, understanding.confidence = Intent.ADD, LIKELY
