"""Cart requests with their counts and nouns said loosely, through `ShoppingAgent.chat`: "add
another 2" (two more, not one), "a pair of the socks" (one pair, not two), "remove the knives"
(the plural of the line's noun), a verbless request closed by "just the one", "<title>, 15 lb,
add two" (the verb at the end), "make the socks 3" with two lines of socks (asked which)."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_products
from tests.agent.store import item
from tests.agent.talk import cart_lines, talk

_EXTRA = [
    item("CAP1", "Dad Cap Washed Hat", 19, ["Accessories", "Hats"],
         {"navy": {"One Size": 9}, "khaki": {"One Size": 9}}),
    item("BNE1", "Wool Beanie Hat", 28, ["Accessories", "Hats"], {"black": {"One Size": 9}}),
    item("KNF1", "Santoku 7in Knife", 20, ["Kitchen", "Cutlery"], {"olive": {"": 9}}),
    item("SCK1", "Cushioned Crew Socks", 23, ["Apparel", "Socks"],
         {"white": {"S": 9, "M": 9}, "black": {"S": 9, "M": 9}}),
    item("SCK2", "Merino Hike Socks", 24, ["Apparel", "Socks"], {"black": {"M": 9}}),
    item("MUG1", "Stoneware Diner Mug", 18, ["Home", "Drinkware", "Mugs"],
         {c: {"12 oz": 9, "16 oz": 9} for c in ("sky blue", "mustard", "cream", "sage")}),
    item("TEE1", "Everyday Crew Tee", 18, ["Apparel", "Tops", "T-Shirts"],
         {"white": {"M": 9, "L": 9}, "black": {"M": 9, "L": 9}}),
    item("DMB1", "Hex Rubber Dumbbell", 94, ["Sports", "Fitness", "Dumbbells"],
         {"black": {"15 lb": 9, "20 lb": 9}}),
    item("DMB2", "Chrome Hex Dumbbell", 116, ["Sports", "Fitness", "Dumbbells"],
         {"silver": {"15 lb": 9}}),
]  # fmt: skip


@pytest.fixture
def products() -> list[Product]:
    return [*sample_products(), *_EXTRA]


def test_another_two_adds_two_more(agent: ShoppingAgent) -> None:
    _, more = talk(agent, "navy Dad Cap Washed Hat please", "add another 2")
    assert cart_lines(more) == [("CAP1", "navy / one size", 3)], more.reply


def test_a_pair_of_socks_is_one_item(agent: ShoppingAgent) -> None:
    (added,) = talk(agent, "put a pair of the Cushioned Crew Socks in my cart, white, size M")
    assert cart_lines(added) == [("SCK1", "white / m", 1)], added.reply


def test_remove_the_plural_of_a_lines_noun(agent: ShoppingAgent) -> None:
    _, removed = talk(
        agent, "add a black Wool Beanie Hat and 2 Santoku 7in Knives", "remove the knives"
    )
    assert cart_lines(removed) == [("BNE1", "black / one size", 1)], removed.reply


def test_a_verbless_request_closed_by_just_the_one_is_an_add(agent: ShoppingAgent) -> None:
    (added,) = talk(agent, "Everyday Crew Tee from Acme, white, M, just the one")
    assert cart_lines(added) == [("TEE1", "white / m", 1)], added.reply


def test_add_with_its_count_at_the_end(agent: ShoppingAgent) -> None:
    (added,) = talk(agent, "the Hex Rubber Dumbbell, 15 lb, add two")
    assert cart_lines(added) == [("DMB1", "black / 15 lb", 2)], added.reply


def test_a_kind_said_of_two_lines_asks_which(agent: ShoppingAgent) -> None:
    *_, asked = talk(
        agent,
        "add Cushioned Crew Socks in white, size M",
        "and the Merino Hike Socks in black, size M",
        "make the socks 3",
    )
    assert [q for *_, q in cart_lines(asked)] == [1, 1], asked.reply
    assert "which" in asked.reply.lower(), asked.reply


def test_give_me_the_bigger_one_steps_the_line_up(agent: ShoppingAgent) -> None:
    _, bigger = talk(
        agent, "add a Stoneware Diner Mug in mustard, the 12 oz", "actually give me the bigger one"
    )
    assert cart_lines(bigger) == [("MUG1", "mustard / 16 oz", 1)], bigger.reply
