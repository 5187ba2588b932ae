"""A pick by kind and place or price after several kinds were listed points into that kind's
list, in view or remembered: "just the kettle for now, the cheapest" of blankets, mugs and
kettles; "the first tee or the first hoodie" from two lists; "the scarves again please, the
cheapest". A kind the store does not sell is said so beside the rest ("the first coffee and the
cheapest grinder", "got any scarves? and gloves"), never answered with a product of another kind."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import cart_lines, ids, talk

_KINDS = {"Blankets", "Mugs", "Kettles", "Coffee", "T-Shirts", "Hoodies", "Scarves"}


@pytest.fixture
def products() -> list[Product]:
    return sample_catalog_products(_KINDS, leaf_only=True)


def _cheapest(products: list[Product], leaf: str) -> Product:
    return min(
        (p for p in products if p.category[-1] == leaf),
        key=lambda p: min(v.price.amount for v in p.variants),
    )


def test_the_cheapest_of_one_kind_in_a_list_of_several(
    agent: ShoppingAgent, products: list[Product]
) -> None:
    listed, picked = talk(
        agent, "i need a blanket, a mug and a kettle", "just the kettle for now, the cheapest"
    )
    kettle = _cheapest(products, "Kettles")
    assert kettle.id in ids(listed) or "Kettle" in listed.reply, listed.reply
    assert ids(picked) == [kettle.id], picked.reply
    assert "Mug" not in picked.reply, picked.reply


def test_a_kind_not_sold_beside_an_add_is_said_and_not_added(agent: ShoppingAgent) -> None:
    coffee, added = talk(
        agent, "coffee", "add one bag of the first coffee and the cheapest grinder"
    )
    assert [line[0] for line in cart_lines(added)] == [ids(coffee)[0]], added.reply
    assert "don't carry grinder" in added.reply, added.reply


def test_the_first_of_each_of_two_kinds_listed_apart_are_compared(
    agent: ShoppingAgent,
) -> None:
    tees, hoodies, which = talk(
        agent, "t-shirts", "hoodies", "which is cheaper, the first tee or the first hoodie?"
    )
    assert ids(which) == [ids(tees)[0], ids(hoodies)[0]], which.reply
    assert tees.products[0].title in which.reply and hoodies.products[0].title in which.reply


def test_a_kind_added_after_a_question_is_answered_too(agent: ShoppingAgent) -> None:
    (asked,) = talk(agent, "got any scarves? and gloves")
    assert ids(asked) and all("scarf" in p.id for p in asked.products), asked.reply
    assert "don't carry gloves" in asked.reply, asked.reply


def test_a_kind_again_with_please_and_a_superlative_names_the_product(
    agent: ShoppingAgent, products: list[Product]
) -> None:
    *_, again = talk(agent, "scarves", "mugs", "the scarves again please, the cheapest")
    scarf = _cheapest(products, "Scarves")
    assert ids(again) == [scarf.id], again.reply
    assert scarf.title in again.reply, again.reply


def test_which_of_a_kind_was_cheaper_names_it(
    agent: ShoppingAgent, products: list[Product]
) -> None:
    *_, which, stock = talk(
        agent,
        "kettles under 100?",
        "and mugs",
        "wait which of the kettles was cheaper again?",
        "is it in stock in white?",
    )
    kettle = _cheapest(products, "Kettles")
    assert ids(which) == [kettle.id] and kettle.title in which.reply, which.reply
    assert stock.reply.startswith("Yes"), stock.reply
