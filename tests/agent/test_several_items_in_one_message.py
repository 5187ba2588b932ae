"""Several items in one message, through `ShoppingAgent.chat`: "add the stovetop one in white, and
the linen pillow in navy" adds each in its own options; "remove the socks and the mug" removes
both; "need a yoga mat and a water bottle" lists a few of each, numbered on across the kinds, so
"the fourth one" is the first bottle; the reply says what was done once, and a question about
one item's colour stays open after another is added; "two of each" after asking about two
products adds both. "Salt and vinegar chips" stays one item."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import cart_lines, ids, kinds, talk

PILLOW = {"20x20": 5, "18x18": 5}


@pytest.fixture
def products() -> list[Product]:
    kettles, pillows = ["Kitchen", "Kettles"], ["Home", "Pillows"]
    mats, bottles = ["Fitness", "Yoga Mats"], ["Hydration", "Water Bottles"]
    return [
        item("KET1", "Stovetop Whistling Kettle", 73, kettles, {"white": {"": 5}, "red": {"": 5}}),
        item("KET2", "Gooseneck Electric Kettle", 110, kettles, {"black": {"": 5}}),
        item("PIL1", "Linen Throw Pillow", 29, pillows, {"navy": PILLOW, "sand": PILLOW}),
        item("PIL2", "Velvet Lumbar Pillow", 72, pillows, {"navy": {"": 5}}),
        item("MAT1", "Cork Natural Yoga Mat", 34, mats),
        item("MAT2", "Grip Pro Yoga Mat", 85, mats),
        item("MAT3", "Travel Fold Yoga Mat", 40, mats),
        item("MAT4", "Cushion Plus Yoga Mat", 36, mats),
        item("BOT1", "Insulated Steel Water Bottle", 20, bottles),
        item("BOT2", "Trail Squeeze Water Bottle", 47, bottles),
        item("SOC1", "Cushioned Crew Socks", 23, ["Apparel", "Socks"]),
        item("MUG1", "Stoneware Diner Mug", 18, ["Home", "Mugs"]),
        item("CHP1", "Salt & Vinegar Kettle Chips", 6, ["Grocery", "Snacks"]),
        item("CHP2", "Sea Salt Kettle Chips", 4, ["Grocery", "Snacks"]),
        item("BLA1", "Cotton Waffle Blanket", 69, ["Home", "Blankets"]),
        item("TOT1", "Leather Carryall Tote Bag", 29, ["Bags", "Totes"], material="leather"),
        item("TOT2", "Farmers Jute Tote Bag", 51, ["Bags", "Totes"], material="jute"),
        item("TOT3", "Foldaway Nylon Tote Bag", 72, ["Bags", "Totes"], material="nylon"),
        item("CAP1", "Leather Strap Baseball Cap", 15, ["Accessories", "Caps"], material="leather"),
        item("CAP2", "Washed Cotton Cap", 19, ["Accessories", "Caps"], material="cotton"),
        item("COF1", "Breakfast Blend Ground Coffee", 20, ["Grocery", "Coffee"]),
        item("BAG1", "Laptop Pro 26L Backpack", 117, ["Bags", "Backpacks"]),
        item("BAG2", "Campus Classic Backpack", 113, ["Bags", "Backpacks"]),
    ]


def test_each_item_is_added_in_its_own_options(agent: ShoppingAgent) -> None:
    *_, turn = talk(
        agent,
        "show me kettles",
        "and pillows",
        "add the stovetop one in white, and the linen pillow in navy 20x20",
    )
    assert cart_lines(turn) == [("KET1", "white", 1), ("PIL1", "navy / 20x20", 1)]
    assert turn.reply.count("Your cart has") == 1


def test_two_lines_are_removed_at_once(agent: ShoppingAgent) -> None:
    *_, turn = talk(
        agent,
        "add the cushioned crew socks",
        "add the stoneware diner mug",
        "remove the socks and the mug",
    )
    assert cart_lines(turn) == []
    assert "Cushioned Crew Socks and Stoneware Diner Mug" in turn.reply


def test_two_kinds_are_listed_a_few_each_numbered_on(agent: ShoppingAgent) -> None:
    listed, added = talk(agent, "need a yoga mat and a water bottle", "add the fourth one")
    kinds = [pid.rstrip("0123456789") for pid in ids(listed)]
    assert kinds[:3] == ["MAT"] * 3 and set(kinds[3:]) == {"BOT"}
    assert cart_lines(added) == [(ids(listed)[3], "black", 1)]


def test_a_flavour_said_with_and_stays_one_item(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "add two bags of salt and vinegar chips")
    assert cart_lines(turn) == [("CHP1", "black", 2)]


def test_the_question_for_one_item_stays_open_after_another_is_added(
    agent: ShoppingAgent,
) -> None:
    *_, asked, answered = talk(
        agent, "show me kettles", "add the stovetop one and the gooseneck one", "white"
    )
    assert cart_lines(asked) == [("KET2", "black", 1)]
    assert asked.reply.index("Added") < asked.reply.index("Which color")
    assert cart_lines(answered) == [("KET1", "white", 1), ("KET2", "black", 1)]


def test_one_of_each_takes_the_two_asked_about(agent: ShoppingAgent) -> None:
    *_, turn = talk(
        agent,
        "how much is the cork natural yoga mat",
        "and the trail squeeze water bottle?",
        "add two of each",
    )
    assert cart_lines(turn) == [("BOT2", "black", 2), ("MAT1", "black", 2)]


def test_a_greeting_before_the_lead_still_lists_each_kind_and_picks_within_a_kind(
    agent: ShoppingAgent,
) -> None:
    listed, added = talk(
        agent,
        "hi, i need a yoga mat and a water bottle for the gym",
        "add the first mat and the first bottle",
    )
    assert {"MAT", "BOT"} <= kinds(listed)
    mat, bottle = ids(listed)[0], ids(listed)[3]
    assert cart_lines(added) == sorted([(bottle, "black", 1), (mat, "black", 1)])


def test_a_lead_after_a_story_lists_every_kind_a_couple_of_them_too(
    agent: ShoppingAgent,
) -> None:
    (turn,) = talk(
        agent, "i'm moving into a new flat and need a blanket, a couple of mugs and a kettle"
    )
    assert kinds(turn) == {"BLA", "MUG", "KET"}


def test_a_negation_said_once_holds_for_each_kind_and_the_cheapest_is_of_its_kind(
    agent: ShoppingAgent,
) -> None:
    listed, added = talk(
        agent, "i want a tote bag and a cap, nothing leather", "add the cheapest tote"
    )
    assert kinds(listed) == {"TOT", "CAP"}
    assert not {"TOT1", "CAP1"} & set(ids(listed))
    assert cart_lines(added) == [("TOT2", "black", 1)]


def test_a_kind_not_carried_is_said_beside_the_one_that_is(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "need coffee and a grinder")
    assert ids(turn) == ["COF1"]
    assert "don't carry grinders" in turn.reply


@pytest.mark.parametrize(
    "message",
    [
        "i need a backpack with a laptop sleeve and a water bottle pocket",
        "i need a backpack that has a laptop sleeve, and a water bottle pocket",
    ],
)
def test_what_a_clause_says_of_the_item_is_no_second_item(
    agent: ShoppingAgent, message: str
) -> None:
    # "with …", "that has …" describe the backpack: the water bottle pocket is no water bottle
    (turn,) = talk(agent, message)
    assert kinds(turn) == {"BAG"}


def test_an_option_or_a_measure_after_the_item_is_no_second_item() -> None:
    from agent.item_parts import item_parts

    assert item_parts("i want water shoes in size 7.5 and the color khaki") == []
    assert item_parts("a travel bottle set, 30 ml, 50 ml, and 100 ml") == []
    assert item_parts("need a yoga mat and a water bottle that keeps water cold") == [
        ("search", ["need a yoga mat", "need a water bottle that keeps water cold"])
    ]


@pytest.mark.parametrize(
    "message",
    [
        "gym stuff: yoga mats and water bottles",
        "hi! shopping for my nephew: a yoga mat and water bottle",
        "gym stuff - yoga mat, water bottle, maybe a grinder",
        "do you have yoga mats, water bottles? starting the gym monday",
    ],
)
def test_a_shopping_list_after_a_label_or_of_bare_kinds_lists_each_kind(
    agent: ShoppingAgent, message: str
) -> None:
    # a list's label ("gym stuff:") is no kind, and a kind said bare ("water bottle") is an item
    (turn,) = talk(agent, message)
    assert kinds(turn) == {"MAT", "BOT"}
    assert ("grinder" in message) == ("don't carry grinders" in turn.reply)


def test_a_bare_word_joined_by_and_to_a_kind_stays_one_item(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "looking for salt and vinegar chips")
    assert "don't carry" not in turn.reply and kinds(turn) <= {"CHP"}


def test_one_of_each_after_a_list_of_kinds_adds_the_first_of_each(agent: ShoppingAgent) -> None:
    listed, added = talk(agent, "need a yoga mat and a water bottle", "great, add one of each")
    mat, bottle = ids(listed)[0], ids(listed)[3]
    assert cart_lines(added) == sorted([(bottle, "black", 1), (mat, "black", 1)])


def test_the_cheapest_of_a_kind_named_is_ranked_within_that_kind(agent: ShoppingAgent) -> None:
    # the bottles are cheaper than any mat: "which mat" ranks the mats shown alone
    listed, ranked = talk(agent, "need a yoga mat and a water bottle", "which mat is the cheapest?")
    mats = [pid for pid in ids(listed) if pid.startswith("MAT")]
    prices = {"MAT1": 34, "MAT2": 85, "MAT3": 40, "MAT4": 36}
    assert ids(ranked) == [min(mats, key=prices.__getitem__)]


def test_a_kind_of_the_list_to_look_at_first_is_refined(agent: ShoppingAgent) -> None:
    *_, turn = talk(
        agent, "need a yoga mat and a water bottle", "cool, the mats first - anything under 38?"
    )
    assert set(ids(turn)) == {"MAT1", "MAT4"}


def test_a_follow_up_about_one_kind_of_the_list_keeps_to_that_kind(agent: ShoppingAgent) -> None:
    # the mats were listed last: "the insulated ones" narrows the bottles, never the mats
    *_, turn = talk(agent, "need a water bottle and a yoga mat", "the insulated ones, under 30")
    assert ids(turn) == ["BOT1"]
