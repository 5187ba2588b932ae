"""Questions about one named product answered from its own record, never a list or a guess."""

from __future__ import annotations

from typing import Any

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import NutritionFacts, Product, Variant
from tests.agent.talk import ids, talk


def _product(pid: str, title: str, category: list[str], **extra: Any) -> Product:
    stock = extra.pop("stock", {"": 6})
    variants = [
        Variant(
            id=f"{pid}-{n}",
            options=dict(zip(("color", "size"), key.split("/"), strict=False)) if key else {},
            price=Money.from_decimal("21.00", "USD"),
            stock=count,
        )
        for n, (key, count) in enumerate(stock.items())
    ]
    return Product(id=pid, title=title, category=category, variants=variants, **extra)


@pytest.fixture
def products() -> list[Product]:
    return [
        _product("TEA1", "Peppermint Tea", ["Grocery", "Tea"],
                 attributes={"net_weight": "40 TEA BAGS NET WT 2.82 OZ (80g)"},
                 description="Peppermint Tea made from organic herbs."),
        _product("WAT1", "Dress Automatic Watch", ["Accessories", "Watches"],
                 attributes={"case_size": "40 mm"},
                 description="The Dress Automatic Watch is titanium with 100 m water resistance."),
        _product("LMP1", "Tripod Floor Lamp", ["Home", "Lamps"],
                 description="The Tripod Floor Lamp has a dimmable warm-white LED."),
        _product("TEE1", "Tech Run Tee", ["Apparel", "T-Shirts"],
                 stock={"red/S": 4, "red/M": 0, "red/L": 3}),
        _product("SCF1", "Cashmere Blend Scarf", ["Accessories", "Scarves"],
                 stock={"green": 5},
                 description="A cashmere-wool blend with a brushed, extra-soft hand."),
        _product("SCF2", "Lambswool Plaid Scarf", ["Accessories", "Scarves"],
                 stock={"red": 5}, description="Lambswool with hand-finished fringe."),
        _product("JU1", "Cloudy Apple Juice", ["Grocery", "Juice"],
                 description="Cloudy Apple Juice is cold-pressed with no added sugar.",
                 nutrition=NutritionFacts(serving_size="8 fl oz", total_sugars_g=26.0,
                                          dietary_fiber_g=0.5, protein_g=1.0)),
        _product("SET1", "Glass 10-Piece Food Storage Set", ["Kitchen", "Food Storage"],
                 description="Glass containers with snap lids.",
                 stock={"charcoal/4 piece": 1, "charcoal/10 piece": 15}),
    ]  # fmt: skip


def test_a_count_written_as_one_word_is_found_written_apart(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "how many teabags in the peppermint tea")
    assert "40" in turn.reply and "doesn't say" not in turn.reply


def test_swimming_is_answered_with_what_the_record_says_of_water(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "Can I swim with the Dress Automatic Watch on?")
    assert "100 m water resistance" in turn.reply and ids(turn) == ["WAT1"]


def test_a_short_verb_after_the_name_asks_about_that_product(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "tripod floor lamp can u dim it")
    assert "dimmable" in turn.reply and ids(turn) == ["LMP1"]


def test_a_letter_size_after_a_colour_is_the_variant_asked(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "tech run tee red M - in stock?")
    assert "sold out" in turn.reply and not turn.reply.lower().startswith("yes")


def test_a_colour_that_picks_the_product_out_is_no_stock_question(agent: ShoppingAgent) -> None:
    _, turn = talk(agent, "show me scarves", "the green Cashmere Blend one, is it soft?")
    assert "extra-soft" in turn.reply


def test_added_sugar_is_answered_from_the_description(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "does the cloudy apple juice have added sugar?")
    assert "no added sugar" in turn.reply


def test_a_size_and_colour_asked_of_it_stay_with_the_product(agent: ShoppingAgent) -> None:
    _, turn = talk(agent, "how much is the tech run tee?", "in red M do u have it?")
    assert "sold out" in turn.reply and ids(turn) == ["TEE1"]


def test_a_set_of_an_unsold_kind_is_not_carried(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "set of wine glasses")
    assert "don't carry" in turn.reply and not ids(turn)


def test_a_box_asked_of_a_product_leads_no_kit(agent: ShoppingAgent) -> None:
    (turn,) = talk(
        agent, "how many bags in a box of the peppermint tea? our office drinks loads of tea"
    )
    assert "40" in turn.reply and ids(turn) == ["TEA1"], turn.reply


def test_how_long_after_a_warranty_asks_no_measure(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "does the cloudy apple juice come with a warranty? how long")
    assert ids(turn) == ["JU1"] and "dimensions" not in turn.reply, turn.reply
    assert "warranty" in turn.reply and "doesn't say" in turn.reply, turn.reply


def test_how_big_is_the_bag_of_the_product_in_view_is_its_size(agent: ShoppingAgent) -> None:
    _, asked = talk(agent, "what's in the peppermint tea", "how big is the bag")
    assert "80g" in asked.reply and "cart" not in asked.reply.lower()  # the package, not the cart


def test_a_bare_property_asked_after_a_question_is_of_that_product(agent: ShoppingAgent) -> None:
    _, asked = talk(agent, "dress automatic watch, what's the case size?", "water resistant?")
    assert "100 m" in asked.reply and ids(asked) == ["WAT1"]


@pytest.mark.parametrize("nutrient", ["and fibre?", "protein?"])
def test_a_bare_nutrient_after_a_question_is_of_that_product(
    agent: ShoppingAgent, nutrient: str
) -> None:
    _, asked = talk(agent, "how much sugar is in the cloudy apple juice?", nutrient)
    assert ids(asked) == ["JU1"] and "don't carry" not in asked.reply, asked.reply


def test_a_smaller_one_asked_of_it_is_its_sizes(agent: ShoppingAgent) -> None:
    (asked,) = talk(agent, "does the Glass 10-Piece Food Storage Set come in a smaller set?")
    assert "4 piece" in asked.reply, asked.reply
