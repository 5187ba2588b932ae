"""Searches and follow-ups read against the catalog's own record, through `ShoppingAgent.chat`:
a shade said ("light grey") narrows its colour family; "only midi length please" narrows the
list to that attribute value; "and scarves to go with it?" searches scarves; "how many tea bags
come in a box?" is answered from the pack's count, not its colours."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import NutritionFacts, Product, Variant
from tests.agent.talk import ids, talk


def _product(
    pid: str,
    title: str,
    category: list[str],
    options: list[dict[str, str]],
    dollars: str,
    **extra: object,
) -> Product:
    price = Money.from_decimal(dollars, "USD")
    variants = [
        Variant(id=f"{pid}-{i}", title=" / ".join(opts.values()) or None, options=opts,
                price=price, stock=30)
        for i, opts in enumerate(options or [{}])
    ]  # fmt: skip
    return Product(id=pid, title=title, category=category, variants=variants, **extra)  # type: ignore[arg-type]


def _colours(*colors: str) -> list[dict[str, str]]:
    return [{"color": c, "size": "8"} for c in colors]


SHOES = ["Footwear", "Running Shoes"]
DRESSES = ["Apparel", "Dresses"]
PRODUCTS = [
    _product("RUN1", "Longhaul Running Shoe", SHOES, _colours("white", "light gray"), "120"),
    _product("RUN2", "Swift Racer Running Shoe", SHOES, _colours("charcoal", "blue"), "82"),
    _product("RUN3", "Daily Miles Running Shoe", SHOES, _colours("charcoal", "mint"), "130"),
    _product("RUN4", "Pacer Running Shoe", SHOES, _colours("light gray", "black"), "110"),
    _product("DRS1", "Wrap Midi Dress", DRESSES, [], "114", attributes={"length": "midi"}),
    _product("DRS2", "Slip Satin Dress", DRESSES, [], "131", attributes={"length": "knee"}),
    _product("DRS3", "Tiered Maxi Dress", DRESSES, [], "55", attributes={"length": "maxi"}),
    _product("DRS4", "Smocked Sundress", DRESSES, [], "109", attributes={"length": "midi"}),
    _product("DRS5", "Poplin Shirt Dress", DRESSES, [], "136", attributes={"length": "maxi"}),
    _product("HAT1", "Wool Beanie Hat", ["Apparel", "Hats"], [], "28"),
    _product("SCF1", "Chunky Knit Scarf", ["Apparel", "Scarves"], [], "60"),
    _product("SCF2", "Silk Square Scarf", ["Apparel", "Scarves"], [], "40"),
    _product(
        "TEA1",
        "Turmeric Ginger Tea",
        ["Grocery", "Tea"],
        [{"size": "20 TEA BAGS NET WT 1.41 OZ"}],
        "5",
        attributes={"net_weight": "20 TEA BAGS NET WT 1.41 OZ (40g)"},
    ),
    _product(
        "BAR1",
        "Almond Coconut Granola Bars",
        ["Grocery", "Snacks"],
        [],
        "5",
        nutrition=NutritionFacts(serving_size="1 bar (35g)", servings_per_container=9),
    ),
]


@pytest.fixture
def products() -> list[Product]:
    return PRODUCTS


def test_a_shade_said_narrows_its_family(agent: ShoppingAgent) -> None:
    turn = agent.chat(None, "running shoes size 8 in white or light grey, under 150")
    assert set(ids(turn)) == {"RUN1", "RUN4"}, turn.reply


def test_a_family_said_plainly_keeps_every_shade(agent: ShoppingAgent) -> None:
    turn = agent.chat(None, "grey running shoes")
    assert {"RUN1", "RUN2", "RUN3", "RUN4"} <= set(ids(turn)), turn.reply


def test_only_an_attribute_value_narrows_the_list(agent: ShoppingAgent) -> None:
    _, midi = talk(agent, "dresses", "only midi length please")
    assert set(ids(midi)) == {"DRS1", "DRS4"}, midi.reply
    assert "carry" not in midi.reply


def test_another_kind_to_go_with_it_is_a_search_for_that_kind(agent: ShoppingAgent) -> None:
    _, scarves = talk(agent, "wool beanie", "nice, and scarves to go with it?")
    assert ids(scarves) and set(ids(scarves)) <= {"SCF1", "SCF2"}, scarves.reply


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("how many tea bags come in a box of the Turmeric Ginger Tea?", "20 tea bags"),
        ("how many bars are in a box of the Almond Coconut Granola Bars?", "9 bars"),
    ],
)
def test_how_many_units_a_pack_holds(agent: ShoppingAgent, question: str, count: str) -> None:
    turn = agent.chat(None, question)
    assert count in turn.reply, turn.reply
