"""What a search lists: a sold-out product the shopper names stays in the list, marked, and "is it
in stock?" right after the list means the one product holding every word asked for."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import ids, talk


def _soap(pid: str, title: str, stock: int) -> Product:
    return acme_product(
        pid, title, ["Beauty", "Soap"], 6, colors=[], stock=stock, brand=None,
        description="A bar of soap.",
    )  # fmt: skip


@pytest.fixture
def products() -> list[Product]:
    return [
        _soap("SOAP1", "Oatmeal Goat Milk Soap", 12),
        _soap("SOAP2", "Lavender Bar Soap", 0),
        _soap("SOAP3", "Charcoal Detox Soap", 7),
        _soap("SOAP4", "Citrus Castile Soap", 9),
        _soap("SOAP5", "Shea Butter Soap", 4),
        _soap("SOAP6", "Peppermint Tea Tree Soap", 3),
        _soap("SOAP7", "Unscented Baby Soap", 8),
    ]


def test_a_sold_out_product_asked_for_by_name_is_listed_as_sold_out(agent: ShoppingAgent) -> None:
    """Five other soaps in stock used to push the sold-out lavender one off the list."""
    listed, stock = talk(agent, "do you have lavender soap?", "is it in stock? I'd take two")
    assert ids(listed)[0] == "SOAP2"
    assert "out of stock" in listed.reply
    # "I'd take two" tries the add, which the cart refuses: the soap is named, nothing is added
    assert "sold out" in stock.reply or "out of stock" in stock.reply
    assert "Lavender Bar Soap is" in stock.reply  # one made one way: no empty variant label
    assert not stock.cart or not stock.cart.lines


def test_it_after_a_list_means_the_one_holding_every_word(agent: ShoppingAgent) -> None:
    _, stock = talk(agent, "got any goat milk soap", "is it in stock?")
    assert "Which one" not in stock.reply
    assert "Oatmeal Goat Milk Soap is in stock" in stock.reply


def test_it_after_a_list_of_equals_still_asks_which(agent: ShoppingAgent) -> None:
    _, stock = talk(agent, "soap", "is it in stock?")
    assert "Which one do you mean" in stock.reply
