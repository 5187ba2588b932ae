"""After a list, "anything darker and stronger?" keeps the kind and ranks by the quality, and
"what colours does it come in?" answers each listed product's colours instead of asking which."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import Shop, sample_catalog_products
from tests.agent.talk import talk


@pytest.fixture
def products() -> list[Product]:
    return sample_catalog_products({"Coffee", "Tea", "Socks", "Hats"}, leaf_only=True)


def test_a_comparative_quality_keeps_the_coffee(agent: ShoppingAgent, shop: Shop) -> None:
    _, darker = talk(agent, "coffee that's already ground please", "anything darker and stronger?")
    kinds = {p.category[-1] for x in darker.products if (p := shop.search.get(x.id))}
    assert kinds == {"Coffee"}, darker.reply


def test_the_colours_of_it_after_socks_are_told_per_product(
    agent: ShoppingAgent, shop: Shop
) -> None:
    listed, colours = talk(agent, "socks for long flights", "what colours does it come in?")
    assert len(listed.products) > 1 and "Which one" not in colours.reply
    for shown in listed.products:
        product = shop.search.get(shown.id)
        assert product is not None
        said = ", ".join(dict.fromkeys(v.color for v in product.variants if v.color))
        assert f"{product.title}: {said}" in colours.reply, colours.reply


def test_other_colours_besides_one_leave_that_one_out(agent: ShoppingAgent, shop: Shop) -> None:
    listed, colours = talk(
        agent, "hats for sunny days", "does it come in another colour besides green?"
    )
    assert len(listed.products) > 1 and "Which one" not in colours.reply
    assert colours.reply.startswith("Besides green"), colours.reply
    for shown in listed.products:
        product = shop.search.get(shown.id)
        assert product is not None
        others = [c for c in dict.fromkeys(v.color for v in product.variants if v.color)]
        if others := [c for c in others if c and "green" not in c]:
            assert f"{product.title}: {', '.join(others)}" in colours.reply, colours.reply
