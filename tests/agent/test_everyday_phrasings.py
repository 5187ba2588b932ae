"""Everyday phrasings the understanding step used to misread, through `ShoppingAgent.chat`: a
compound whose first word makes it another thing than the store's kind ("ironing board",
"sleeping bag", "wine glasses"), an English "non-" word read as French, a size said in words
("8 inch"), a question asked through "do you think", and "do you have it in navy" after a list.
"""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import cart_lines, ids, talk

SIZES = {"8 in": 5, "10 in": 5}


@pytest.fixture
def products() -> list[Product]:
    boards, bags = ["Kitchen", "Cutting Boards"], ["Bags", "Duffels"]
    return [
        item("CB1", "End Grain Walnut Cutting Board", 58, boards),
        item("CB2", "Bamboo Set Cutting Board", 64, boards),
        item("DB1", "Weekender Canvas Duffel Bag", 120, bags, {"navy": {"": 5}}),
        item("DB2", "Gym Duffel Bag", 60, bags, {"black": {"": 5}}),
        item("SG1", "Round Acetate Sunglasses", 115, ["Accessories", "Sunglasses"]),
        item("SG2", "Sport Wrap Sunglasses", 49, ["Accessories", "Sunglasses"]),
        item("BL1", "Heritage Leather Belt", 79, ["Accessories", "Belts"], material="leather"),
        item("BL2", "Canvas Web Belt", 61, ["Accessories", "Belts"], material="cotton webbing"),
        item(
            "SK1", "Cast Iron Skillet", 39, ["Kitchen", "Cookware"], {"red": SIZES, "sage": SIZES}
        ),
        item("SK2", "Carbon Steel Skillet", 99, ["Kitchen", "Cookware"], {"sage": SIZES}),
        item("HD1", "Featherfleece Hoodie", 106, ["Apparel", "Hoodies"], {"black": {"M": 5}}),
        item("HD2", "Summit Tech Hoodie", 51, ["Apparel", "Hoodies"], {"navy": {"M": 5}}),
        item("HD3", "Sherpa Lined Hoodie", 93, ["Apparel", "Hoodies"], {"navy": {"M": 5}}),
        item("PF1", "Cedar Eau de Parfum Perfume", 35, ["Beauty", "Fragrance"]),
        item("MK1", "Hydrating Sheet Face Mask", 12, ["Beauty", "Skin Care"]),
        item("AP1", "Roll-On Anti-Perspirant", 6, ["Beauty", "Deodorant"]),
    ]


@pytest.mark.parametrize(
    ("message", "unlike"),
    [("ironing board", {"CB1", "CB2"}), ("do you sell sleeping bags?", {"DB1", "DB2"})],
)
def test_a_purpose_the_kind_never_serves_is_not_carried(
    agent: ShoppingAgent, message: str, unlike: set[str]
) -> None:
    (turn,) = talk(agent, message)
    assert "don't carry" in turn.reply
    assert not set(ids(turn)) & unlike


@pytest.mark.parametrize(
    ("message", "like"),
    [
        ("i am looking for a long lasting perfume, under 40 dollars", "PF1"),
        ("buy me a package of anti-aging masks", "MK1"),
        ("i would like a anti perspirant", "AP1"),
    ],
)
def test_a_quality_or_the_same_compound_apart_is_carried(
    agent: ShoppingAgent, message: str, like: str
) -> None:
    """A gerund made an adjective ("long lasting", "anti-aging") is what the product does, not a
    purpose; "anti perspirant" is the catalog's Anti-Perspirant written apart."""
    (turn,) = talk(agent, message)
    assert "don't carry" not in turn.reply
    assert ids(turn)[:1] == [like]


def test_the_kind_itself_is_still_carried(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "do you have a cutting board")
    assert "don't carry" not in turn.reply and set(ids(turn)) <= {"CB1", "CB2"} and ids(turn)


def test_a_hyphened_non_is_english(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "non-leather belt")
    assert ids(turn) == ["BL2"]
    assert "Voici" not in turn.reply and "Désolé" not in turn.reply


def test_cast_iron_in_french_is_ruled_out(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "je cherche une poêle mais pas en fonte svp")
    assert ids(turn) == ["SK2"]


def test_a_size_said_in_inches_is_the_catalogs_in(agent: ShoppingAgent) -> None:
    _, added = talk(agent, "cast iron skillet", "add the 8 inch red one")
    assert cart_lines(added) == [("SK1", "red / 8 in", 1)]


def test_do_you_think_asks_the_question_itself(agent: ShoppingAgent) -> None:
    _, asked = talk(agent, "hoodies", "do you think the first one is warm enough?")
    assert "think" not in asked.reply.lower()


def test_it_in_a_colour_after_a_list_of_one_kind_narrows_it(agent: ShoppingAgent) -> None:
    listed, narrowed = talk(agent, "hoodies", "thanks but do you have it in navy")
    assert len(listed.products) == 3
    assert "Which one" not in narrowed.reply
    assert set(ids(narrowed)) == {"HD2", "HD3"}


@pytest.mark.slow
def test_wine_glasses_are_no_sunglasses(real_agent: ShoppingAgent) -> None:
    """The real encoder's closeness of "wine glasses" to the sunglasses is what offered them."""
    (turn,) = talk(real_agent, "do u carry wine glasses")
    assert "don't carry" in turn.reply
    assert not {"SG1", "SG2"} & set(ids(turn))
