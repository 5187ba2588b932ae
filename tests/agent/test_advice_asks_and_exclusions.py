"""Advice asked with something ruled out ("which tote? nothing leather", "bad experience with
<brand>"), which size to take when the catalog has no size chart, a cheaper one after a question
about one product, and questions about how the shop works."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products, shown_leaves
from tests.agent.talk import ids, talk

_SAMPLE = Path(__file__).parents[2] / "fixtures" / "sample" / "catalog.jsonl"
_KINDS = {
    "Totes", "Belts", "Trail Running Shoes", "Cutlery", "Kitchen", "T-Shirts", "Sandals",
    "Jackets", "Boots", "Hair Care", "Skin Care",
}  # fmt: skip


@pytest.fixture
def products() -> list[Product]:
    """The sample catalog's products of the kinds asked about here."""
    return sample_catalog_products(_KINDS, leaf_only=True)


def _record(pid: str) -> dict[str, object]:
    rows = [json.loads(line) for line in _SAMPLE.read_text().splitlines() if line.strip()]
    return next(row for row in rows if row["id"] == pid)


def _leather(pid: str) -> bool:
    return "leather" in str(_record(pid)["attributes"]).lower()


@pytest.mark.parametrize(
    "message",
    [
        "I'm vegan -- which tote would you suggest? nothing leather please",
        "belt for my brother, he's vegan so no leather. which one would you get?",
    ],
)
def test_a_recommendation_keeps_out_what_is_ruled_out(agent: ShoppingAgent, message: str) -> None:
    (turn,) = talk(agent, message)
    assert turn.products, turn.reply
    assert not [p.id for p in turn.products if _leather(p.id)], turn.reply
    assert "so no leather" not in turn.reply  # the reason is not read back as a need


def test_a_bad_experience_with_a_brand_rules_it_out(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "had a bad experience with Stridewell. what other trail running shoes?")
    assert turn.products, turn.reply
    assert all(_record(p.id)["brand"] != "Stridewell" for p in turn.products), ids(turn)


def test_which_size_says_no_chart_and_what_the_fit_suggests(agent: ShoppingAgent) -> None:
    (turn,) = talk(
        agent, "I'm 6'1 and pretty broad in the shoulders. M or L in the Everyday Crew Tee?"
    )
    assert "slim" in turn.reply and "size chart" in turn.reply, turn.reply
    assert "the L is the safer pick" in turn.reply
    assert turn.cart is None or not turn.cart.lines


def test_whether_sizes_run_small_is_not_guessed(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "do the Tideline Slide Sandals run small? I'm between a 9 and a 10")
    assert "can't say" in turn.reply and "sizing notes" in turn.reply, turn.reply


def test_something_cheaper_after_asking_about_one_product_keeps_its_kind(
    agent: ShoppingAgent,
) -> None:
    _, cheaper = talk(
        agent, "chef knife for a beginner?", "something cheaper, not sure I'll stick with cooking"
    )
    assert cheaper.products, cheaper.reply
    assert shown_leaves(cheaper) == {"Cutlery"}


def test_a_use_said_with_two_names_names_no_third_product(agent: ShoppingAgent) -> None:
    (turn,) = talk(
        agent,
        "which is warmer for winter, the Alpine Insulated Jacket or the Stormline Rain Jacket?",
    )
    assert ids(turn) == ["alpine-insulated-jacket", "stormline-rain-jacket"]


def test_which_kind_is_good_for_a_use_searches_that_kind(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "which shampoo is ok for colour treated hair? sulfate free if possible")
    assert turn.products and shown_leaves(turn) == {"Hair Care"}, ids(turn)


@pytest.mark.parametrize(
    ("message", "said"),
    [
        ("how do I check out again? got lost last time", "check out"),
        ("can you find stuff if I only roughly remember what it looked like?", "describe"),
    ],
)
def test_questions_about_the_shop_get_help(agent: ShoppingAgent, message: str, said: str) -> None:
    (turn,) = talk(agent, message)
    assert not turn.products and said in turn.reply.lower(), turn.reply
