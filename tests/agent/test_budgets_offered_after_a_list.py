"""A new budget said after a list, with talk about the list or the amount around it ("none of
those, maybe up to 80 then?", "would that work?"), runs the same kind again under the new cap."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import Shop, sample_catalog_products
from tests.agent.talk import talk


@pytest.fixture
def products() -> list[Product]:
    return sample_catalog_products({"Sandals", "Jackets", "Hoodies", "Socks"}, leaf_only=True)


def _kinds_and_prices(shop: Shop, ids: list[str]) -> list[tuple[str, float]]:
    found = [shop.search.get(pid) for pid in ids]
    return [(p.category[-1], min(v.price.amount for v in p.variants) / 100) for p in found if p]


@pytest.mark.parametrize(
    ("first", "follow_up", "kind", "cap"),
    [
        ("sandals under 60, maybe", "hmm, none of those, maybe up to 80 then?", "Sandals", 80),
        ("a warm jacket, maybe under 150?", "what about under 250 then, would that work?",
         "Jackets", 250),
        ("hoodies below 60 bucks", "hmm none of these work, how about 100 max then?",
         "Hoodies", 100),
    ],
)  # fmt: skip
def test_a_new_cap_with_talk_around_it_lists_the_same_kind_under_it(
    agent: ShoppingAgent, shop: Shop, first: str, follow_up: str, kind: str, cap: int
) -> None:
    before, after = talk(agent, first, follow_up)
    shown = _kinds_and_prices(shop, [p.id for p in after.products])
    assert shown, after.reply
    assert {k for k, _ in shown} == {kind}, after.reply
    assert all(price <= cap for _, price in shown), after.reply
    assert len(shown) > len(before.products), after.reply


def test_a_yes_no_question_about_the_prices_listed_still_asks_of_the_list(
    agent: ShoppingAgent,
) -> None:
    _, asked = talk(agent, "sandals under 60, maybe", "are all of these under 80?")
    assert asked.reply.startswith("Yes"), asked.reply
