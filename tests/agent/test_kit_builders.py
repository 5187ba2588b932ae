"""Shoppers putting a kit together across kinds: a lead-in before the add, counts said with a
reason, "one more of that mat", an edit with its reason at the confirmation, a reaction before
"anything cheaper?", a colour ruled out then named again, a gift box that is no kind.
"""

from __future__ import annotations

import pytest

from agent.chatty import without_interjections
from agent.described_kinds import with_kinds_named
from agent.edit_timing import without_timing
from agent.gifts import kind_beside_gift
from agent.intents import understand_message
from agent.lead_ins import add_clause
from agent.service import ShoppingAgent
from agent.slots import quantity_in
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import BUYER, cart_lines, ids, talk


def _products() -> list[Product]:
    mats, towels, tea = ["Fitness", "Yoga Mats"], ["Home", "Towels"], ["Grocery", "Tea"]
    return [
        item("MAT1", "Alignment Lines Yoga Mat", 41, mats, {"teal": {"": 5}}),
        item("MAT2", "Cork Natural Yoga Mat", 34, mats, {"teal": {"": 5}}),
        item("TWL1", "Quick Dry Microfiber Towel", 15, towels, {"sage": {"hand": 5}}),
        item("TWL2", "Striped Beach Towel", 72, towels, {"navy": {"bath": 5}}),
        item("SOK1", "Run Light Quarter Socks", 25, ["Apparel", "Socks"], {"gray": {"M": 9}}),
        item("TEA1", "Earl Grey Lavender Tea", 4, tea, {"": {"": 9}}),
        item("TEA2", "Peppermint Tea", 10, tea, {"": {"": 9}}),
        item("MUG1", "Speckled Camp Mug", 15, ["Home", "Mugs"], {"cream": {"12 oz": 5}}),
        item("MUG2", "Enamel Camp Mug", 16, ["Home", "Mugs"], {"cream": {"12 oz": 5}}),
        item("TNT1", "Backcountry 2P Tent", 216, ["Outdoor", "Tents"]),
        item("TNT2", "Trekking Pole 2P Tent", 170, ["Outdoor", "Tents"]),
        item("TNT3", "Family Dome 6P Tent", 387, ["Outdoor", "Tents"]),
        item("SUN1", "Sport Sunscreen SPF 50", 10, ["Beauty", "Sun Care"]).model_copy(
            update={"description": "Made for the beach. It gives 80 minutes of water resistance."}
        ),
    ]


@pytest.fixture
def products() -> list[Product]:
    return _products()


def test_a_count_said_as_a_rate_leaves_the_new_count(agent: ShoppingAgent) -> None:
    turns = talk(
        agent,
        "add the run light quarter socks in gray, size M",
        "make the socks 3, one pair per run day",
    )
    assert cart_lines(turns[-1]) == [("SOK1", "gray / m", 3)]


def test_one_more_of_that_line_for_someone_adds_to_it(agent: ShoppingAgent) -> None:
    turns = talk(
        agent,
        "add the alignment lines yoga mat in teal",
        "and a quick dry microfiber towel, sage, hand size",
        "one more of that mat, for my husband",
    )
    assert ("MAT1", "teal", 2) in cart_lines(turns[-1])


def test_a_title_said_with_a_and_every_option_after_an_add_is_added(
    agent: ShoppingAgent,
) -> None:
    turns = talk(agent, "add the earl grey lavender tea", "a speckled camp mug, cream, 12 oz")
    assert [line[0] for line in cart_lines(turns[-1])] == ["MUG1", "TEA1"]


def test_an_edit_at_the_confirmation_with_its_reason_is_made(agent: ShoppingAgent) -> None:
    turns = talk(
        agent,
        "add the striped beach towel in navy, bath size",
        "and the earl grey lavender tea",
        f"checkout: {BUYER}",
        "actually take the towel out first, it's too pricey",
    )
    assert [line[0] for line in cart_lines(turns[-1])] == ["TEA1"]
    assert "Pricey" not in turns[-1].reply


def test_no_hold_on_with_a_dash_before_an_add_at_the_confirmation(agent: ShoppingAgent) -> None:
    turns = talk(
        agent,
        "add the striped beach towel in navy, bath size",
        f"checkout, {BUYER}",
        "no hold on \u2014 add the earl grey lavender tea too",
    )
    assert [line[0] for line in cart_lines(turns[-1])] == ["TEA1", "TWL2"]


def test_a_reaction_to_the_prices_before_anything_cheaper(agent: ShoppingAgent) -> None:
    turns = talk(agent, "show me your tents", "oof those add up fast. anything cheaper?")
    assert cart_lines(turns[-1]) == []
    assert ids(turns[-1]) and set(ids(turns[-1])) <= {"TNT1", "TNT2", "TNT3"}


def test_reading_the_words_of_a_kit() -> None:
    assert quantity_in("make the socks 3, one pair per run day") == 3
    assert quantity_in("add 2 of each") == 2
    assert add_clause("care package time \U0001f4e6 add the earl grey lavender tea") == (
        "add the earl grey lavender tea"
    )
    assert without_timing("actually take the towel out first, it's too pricey") == (
        "actually take the towel out"
    )
    assert without_interjections("oof those add up fast. anything cheaper?") == "anything cheaper?"
    said = understand_message(
        "hoodie for my son at college, not grey \u2014 he already owns like 5 grey ones",
        currency="USD",
    )
    assert said.slots.colors == [] and "grey" not in said.slots.category
    assert understand_message("a hoodie in navy, not black", currency="USD").slots.colors == [
        "blue"
    ]


def test_a_gift_box_is_what_the_gift_goes_in_and_a_pack_for_a_trip_is_a_backpack() -> None:
    kind = kind_beside_gift("gift box for a college freshman - a cute mug under $20?") or ""
    assert "box" not in kind and "mug" in kind
    kind = kind_beside_gift("putting together a gift basket for my mom - a nice mug?") or ""
    assert "putting" not in kind and "basket" not in kind and "mug" in kind
    assert "backpack" in with_kinds_named(
        "need a pack for a weekend camping trip, around 35 liters"
    )
    assert "backpack" not in with_kinds_named("a 3 pack of socks for my hiking trip")


def test_when_in_the_year_a_gift_is_given_is_no_kind() -> None:
    kind = kind_beside_gift("end of year gift for my kid's teacher - a nice scarf, under $50")
    assert kind is not None and "scarf" in kind and "end" not in kind.split()
    kind = kind_beside_gift("an end-of-term present for our teacher, maybe a mug") or ""
    assert "mug" in kind and "end" not in kind and "term" not in kind


def test_how_long_a_product_holds_up_is_a_time_not_a_length(agent: ShoppingAgent) -> None:
    turns = talk(agent, "how long does the sport sunscreen hold up in the water?")
    assert "80 minutes" in turns[-1].reply
