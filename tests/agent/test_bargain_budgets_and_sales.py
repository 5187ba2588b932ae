"""Bargain hunters' ways of saying a budget or a low price: a sum the shopper has ("I have $50
for a pair of sneakers") is a ceiling, "the cheapest ones you've got" names no product, and a
search for what is on sale lists the marked-down products first."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.shop import acme_product
from tests.agent.talk import ids, talk


@pytest.fixture
def products() -> list[Product]:
    return [
        acme_product("SNK1", "Canvas Low Sneaker", ["Footwear", "Sneakers"], 44.99),
        acme_product("SNK2", "Court Classic Sneaker", ["Footwear", "Sneakers"], 66),
        acme_product("SNK3", "Leather Cupsole Sneaker", ["Footwear", "Sneakers"], 93.5),
        acme_product("BAG1", "Mini City 12L Backpack", ["Bags", "Backpacks"], 55.99),
        acme_product("BAG2", "Commuter 22L Backpack", ["Bags", "Backpacks"], 185.99),
        acme_product("BAG3", "Rolltop 28L Backpack", ["Bags", "Backpacks"], 64),
        acme_product("SCK1", "Wool Boot Socks", ["Apparel", "Socks"], 26.99),
        acme_product("SCK2", "Cushioned Crew Socks", ["Apparel", "Socks"], 22.95),
        _marked_down(
            acme_product(
                "SCK3", "Merino Wool Trail Hiker Cushion Socks", ["Apparel", "Socks"], 30.5
            ),
            39.99,
        ),
    ]


def _marked_down(product: Product, was: float) -> Product:
    regular = Money.from_decimal(str(was), "USD")
    variants: list[Variant] = [
        v.model_copy(update={"compare_at_price": regular}) for v in product.variants
    ]
    return product.model_copy(update={"variants": variants})


@pytest.mark.parametrize(
    "said",
    [
        "I have $50 for a pair of sneakers",
        "i've got 50 bucks for sneakers",
        "we only have $50 for sneakers",
    ],
)
def test_a_sum_the_shopper_has_is_a_ceiling(agent: ShoppingAgent, said: str) -> None:
    (turn,) = talk(agent, said)
    assert ids(turn) == ["SNK1"], turn.reply


@pytest.mark.parametrize(
    "said",
    [
        "back to school for 3 kids on a tight budget... "
        "need backpacks, the cheapest ones you've got",
        "need backpacks, the cheapest ones you've got",
        "backpacks please, the cheapest ones you have",
        "cheapest backpacks you've got?",
    ],
)
def test_the_cheapest_ones_you_have_names_no_product(agent: ShoppingAgent, said: str) -> None:
    (turn,) = talk(agent, said)
    assert ids(turn)[:2] == ["BAG1", "BAG3"], turn.reply


@pytest.mark.parametrize(
    "said", ["anything on sale in socks?", "any socks on sale", "discounted socks?"]
)
def test_a_search_for_what_is_on_sale_lists_it_first(agent: ShoppingAgent, said: str) -> None:
    (turn,) = talk(agent, said)
    assert ids(turn)[0] == "SCK3", turn.reply
    assert set(ids(turn)) <= {"SCK1", "SCK2", "SCK3"}, turn.reply


def test_socks_not_asked_on_sale_keep_their_ranking(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "cheapest socks")
    assert ids(turn) == ["SCK2", "SCK1", "SCK3"], turn.reply


def test_the_price_before_the_sale_of_what_was_listed(agent: ShoppingAgent) -> None:
    _, turn = talk(agent, "anything on sale in socks?", "how much were they before the sale?")
    assert "39.99" in turn.reply, turn.reply
