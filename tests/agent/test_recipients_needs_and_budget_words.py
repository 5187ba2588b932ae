"""Who a purchase is for, what it is for and how cheap it should be, through `ShoppingAgent.chat`.

A recipient or an occasion is context, never search words ("for my coworkers" is no Work Belt);
a need said by use is searched as what serves it (a travel mug keeps coffee hot, coffee does
not); "budget" and "inexpensive" list the cheapest first; a shade asked of a list is that
shade; "no zip" rules the zip hoodies out; a gift card is named as such when it is not sold.
"""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import ids, talk

MUGS, HOME = ["Home", "Drinkware", "Mugs"], ["Home", "Bedding", "Pillows"]
KIDS = {"KID1", "KID2"}
REFUSAL = "don't carry"


@pytest.fixture
def products() -> list[Product]:
    hoodies, sandals = ["Apparel", "Tops", "Hoodies"], ["Footwear", "Sandals"]
    return [
        item("MUG1", "Travel Insulated Mug", 20, MUGS),
        item("MUG2", "Stoneware Diner Mug", 18, MUGS),
        item("COF1", "Espresso Dark Coffee", 21, ["Grocery", "Coffee"]),
        item("COF2", "Breakfast Blend Ground Coffee", 19, ["Grocery", "Coffee"]),
        item("BP1", "Laptop Pro Backpack", 117, ["Bags", "Backpacks"]),
        item("BP2", "Mini City Backpack", 56, ["Bags", "Backpacks"]),
        item("BP3", "Commuter Backpack", 186, ["Bags", "Backpacks"]),
        item("HAT1", "Wool Beanie Hat", 28, ["Accessories", "Hats"]),
        item("BLK1", "Wool Camp Blanket", 170, ["Home", "Bedding", "Blankets"]),
        item("KID1", "Kids Straw Water Bottle", 18, ["Outdoors", "Water Bottles"]),
        item("KID2", "Kids Volume-Limited Headphones", 32, ["Electronics", "Headphones"]),
        item("HP1", "Studio Monitor Headphones", 169, ["Electronics", "Headphones"]),
        item("HP2", "Wireless Over-Ear Headphones", 242, ["Electronics", "Headphones"]),
        item("BELT1", "Work Belt", 12, ["Accessories", "Belts"]),
        item("PIL1", "Linen Throw Pillow", 29, HOME),
        item("PIL2", "Velvet Lumbar Pillow", 35, HOME),
        item("HD1", "Fleece Zip Hoodie", 71, hoodies),
        item("HD2", "Quarter Zip Hoodie", 51, hoodies),
        item("HD3", "Campfire Pullover Hoodie", 82, hoodies),
        item("HD4", "Summit Tech Hoodie", 52, hoodies),
        item("SD1", "Tideline Slide Sandal", 68, sandals, {"navy": {"": 5}, "tan": {"": 5}}),
        item("SD2", "Flip Flop Sandal", 65, sandals, {"turquoise": {"": 5}, "tan": {"": 5}}),
        item("SD3", "River Strap Sandal", 52, sandals, {"coral": {"": 5}, "navy": {"": 5}}),
    ]


def _prices(turn: object) -> list[int]:
    return [p.price.amount for p in turn.products]  # type: ignore[attr-defined]


def test_a_need_is_searched_as_what_serves_it(agent: ShoppingAgent) -> None:
    """The coffee is what the need is about, not what is bought."""
    (turn,) = talk(agent, "i need something to keep my coffee hot on the commute")
    assert ids(turn)[0] == "MUG1" and not {"COF1", "COF2"} & set(ids(turn)), turn.reply
    (turn,) = talk(agent, "what have you got to keep my ears warm this winter?")
    assert ids(turn) == ["HAT1"], turn.reply


def test_a_recipient_with_a_budget_is_a_search_within_it(agent: ShoppingAgent) -> None:
    """ "coworkers" and "little" are no products; the budget is the request."""
    (turn,) = talk(agent, "need a little gift for my coworkers, under $20 each")
    assert ids(turn) and max(_prices(turn)) <= 2000 and REFUSAL not in turn.reply, turn.reply


def test_a_child_recipient_is_shown_the_kids_things(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "any ideas for my 10 year old niece? dont want to spend more than 40")
    assert ids(turn) and set(ids(turn)) <= KIDS, turn.reply


def test_a_recipients_need_is_what_the_gift_serves(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "what could i get my mum, she's always cold")
    assert ids(turn)[:1] == ["BLK1"], turn.reply


def test_a_housewarming_is_shown_things_for_the_home(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "housewarming present for a friend who just moved, under 40")
    assert ids(turn) and set(ids(turn)) <= {"PIL1", "PIL2", "MUG1", "MUG2"}, turn.reply


@pytest.mark.parametrize(
    ("message", "cheapest"),
    [("budget backpack for school pls", "BP2"), ("any inexpensive headphones?", "KID2")],
)
def test_budget_words_list_the_cheapest_first(
    agent: ShoppingAgent, message: str, cheapest: str
) -> None:
    (turn,) = talk(agent, message)
    assert ids(turn)[0] == cheapest and _prices(turn) == sorted(_prices(turn)), turn.reply


def test_the_cheapest_thing_sold_is_a_search(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "cheapest thing you sell?")
    assert ids(turn)[0] == "BELT1" and _prices(turn) == sorted(_prices(turn)), turn.reply


@pytest.mark.parametrize("message", ["hoody but no zip", "hoodie, no zipper pls"])
def test_a_short_catalog_word_is_ruled_out(agent: ShoppingAgent, message: str) -> None:
    (turn,) = talk(agent, message)
    assert ids(turn) and set(ids(turn)) <= {"HD3", "HD4"}, turn.reply


def test_a_shade_asked_of_a_list_is_that_shade(agent: ShoppingAgent) -> None:
    """Navy is a blue, but the turquoise sandal is not navy."""
    _, turn = talk(agent, "sandals", "do any of those come in navy?")
    assert set(ids(turn)) == {"SD1", "SD3"} and "navy" in turn.reply, turn.reply


def test_a_family_said_beside_a_shade_takes_in_the_family(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "sandals in navy or any blue really")
    assert set(ids(turn)) == {"SD1", "SD2", "SD3"}, turn.reply


def test_a_gift_card_not_sold_is_named(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "can i buy a gift card from you guys?")
    assert REFUSAL in turn.reply and "gift card" in turn.reply and not ids(turn), turn.reply


def test_a_recipient_named_after_a_list_is_no_search(agent: ShoppingAgent) -> None:
    """ "it's for my mum" says who the listed things are for; "mum" is no product."""
    _, turn = talk(agent, "hoodies", "it's for my mum")
    assert REFUSAL not in turn.reply and not ids(turn), turn.reply
    (turn,) = talk(agent, "it's for my mum, she's always cold", thread_id=turn.thread_id)
    assert ids(turn)[:1] == ["BLK1"], turn.reply


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "my brother just moved into his first apartment and I want to get him some nice "
            "headphones as a housewarming gift, under 200",
            {"HP1", "KID2"},
        ),
        (
            "our 5 year anniversary is coming up, I'd love to get my wife a backpack, somewhere "
            "between 50 and 150",
            {"BP1", "BP2"},
        ),
    ],
)
def test_a_gift_that_names_its_kind_lists_that_kind_within_the_budget(
    agent: ShoppingAgent, message: str, expected: set[str]
) -> None:
    """The occasion and the recipient are context: no pillows for the new home, no hat for the
    anniversary, only the kind named within the budget."""
    (turn,) = talk(agent, message)
    assert ids(turn) and set(ids(turn)) <= expected, turn.reply
