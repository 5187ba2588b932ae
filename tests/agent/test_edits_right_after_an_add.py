"""Edits right after an add, through `ShoppingAgent.chat`: a bare count ("x2", "actually 3",
"make it to") is the new quantity of the line just touched, a bare number the product comes in as
a size is that size; words that only open a request ("bet,", "sweet.", "do one thing:") are read
past; "the bigger one", "the darker one", "wait the 12 inch" and "I wanted say L, not XL" change
the line just added; a reason ("one for each day") is no edit; a title that opens with "no" is a
name; a misspelt title in an add is the catalog's."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import BUYER, cart_lines, talk

TEE = {"S": 5, "M": 5, "L": 5, "XL": 5}


@pytest.fixture
def products() -> list[Product]:
    tees, hats, socks = ["Apparel", "T-Shirts"], ["Accessories", "Hats"], ["Apparel", "Socks"]
    one_size = {"One Size": 9}
    return [
        item("BEA", "Wool Beanie Hat", 28, hats, {"black": one_size, "olive": one_size}),
        item("TRK", "Trucker Mesh Hat", 21, hats, {"forest green": one_size}),
        item("SOC", "Merino Hiker Socks", 30, socks, {"heather gray": {"M": 9, "L": 9}}),
        item("LIN", "No Show Liner 3 Pack Socks", 14, socks, {"white": {"M": 9, "L": 9}}),
        item("RIN", "Ringer Tee", 15, tees, {"black": TEE, "sage": TEE, "white": TEE}),
        item("PIM", "Pima Crew Tee", 14, tees, {"olive": TEE, "charcoal": TEE}),
        item("SLU", "Slub Cotton V-Neck Tee", 16, tees, {"black": TEE}),
        item("HOO", "Quarter Zip Hoodie", 60, ["Apparel", "Hoodies"], {"black": TEE, "rust": TEE}),
        item(
            "SNK",
            "Canvas Low Sneaker",
            45,
            ["Shoes", "Sneakers"],
            {"black": {"8": 5, "9": 5}, "white": {"8": 5, "9": 5}},
        ),
        item("TEA", "English Breakfast Tea", 7, ["Grocery", "Tea"]),
        item("BAR", "Protein Peanut Crunch Granola Bars", 3, ["Grocery", "Snacks"]),
        item(
            "SKL",
            "Cast Iron Skillet",
            50,
            ["Kitchen", "Cookware"],
            {"sage": {"10 in": 5, "12 in": 5}},
        ),
        item(
            "DMB",
            "Hex Rubber Dumbbell",
            100,
            ["Fitness", "Weights"],
            {"black": {"10 lb": 5, "15 lb": 5}},
        ),
        item(
            "BOT",
            "Kids Straw Water Bottle",
            18,
            ["Kitchen", "Bottles"],
            {"navy": {"12 oz": 5, "20 oz": 5}},
        ),
        item(
            "MUG", "Travel Coffee Mug", 22, ["Kitchen", "Mugs"], {"red": {"12 oz": 5, "16 oz": 5}}
        ),
    ]


@pytest.mark.parametrize(
    ("messages", "expected"),
    [
        (["add the trucker mesh hat", "x3"], [("TRK", "forest green / one size", 3)]),
        (["add the pima crew tee olive L", "2x"], [("PIM", "olive / l", 2)]),
        (["add the travel coffee mug red 12 oz", "actually 3"], [("MUG", "red / 12 oz", 3)]),
        (
            ["add the cast iron skillet sage 10 in", "make that too pls"],
            [("SKL", "sage / 10 in", 2)],
        ),
        (
            ["add 4 of the protein peanut crunch bars", "hmm thats too many, make it to"],
            [("BAR", "black", 2)],
        ),
        (["add the hex rubber dumbbell 10 lb", "2 please"], [("DMB", "black / 10 lb", 2)]),
        (
            ["add the wool beanie black", "add the trucker mesh hat", "x2"],
            [("BEA", "black / one size", 1), ("TRK", "forest green / one size", 2)],
        ),
        (["add the english breakfast tea", "x2", "actually 3"], [("TEA", "black", 3)]),
    ],
)
def test_a_bare_count_right_after_an_add_is_the_lines_new_quantity(
    agent: ShoppingAgent, messages: list[str], expected: list[tuple[str, str, int]]
) -> None:
    assert cart_lines(talk(agent, *messages)[-1]) == expected


def test_a_bare_number_the_product_comes_in_is_a_size(agent: ShoppingAgent) -> None:
    *_, resized, counted = talk(agent, "add the canvas low sneaker black 9", "actually 8", "2")
    assert cart_lines(resized) == [("SNK", "black / 8", 1)]
    assert cart_lines(counted) == [("SNK", "black / 8", 2)]


def test_a_bare_count_at_the_confirmation_places_nothing(agent: ShoppingAgent) -> None:
    *_, summary, counted = talk(agent, "add the trucker mesh hat", f"checkout. {BUYER}", "x2")
    assert summary.awaiting_confirmation and counted.order is None


@pytest.mark.parametrize(
    ("messages", "expected"),
    [
        (["how much is the english breakfast tea", "sweet, add 2"], [("TEA", "black", 2)]),
        (
            ["how much r the canvas low sneakers", "bet, add em in white size 8"],
            [("SNK", "white / 8", 1)],
        ),
        (
            [
                "pima crew tee",
                "do one thing: put 3 of the pima crew tee in charcoal, size S in my cart",
            ],
            [("PIM", "charcoal / s", 3)],
        ),
        (["right then, add the wool beanie in olive"], [("BEA", "olive / one size", 1)]),
        (["hex rubber dumbbell", "say less, add the 15 lb one"], [("DMB", "black / 15 lb", 1)]),
        (["cool cool. add the trucker mesh hat"], [("TRK", "forest green / one size", 1)]),
    ],
)
def test_words_that_only_open_a_request_are_read_past(
    agent: ShoppingAgent, messages: list[str], expected: list[tuple[str, str, int]]
) -> None:
    assert cart_lines(talk(agent, *messages)[-1]) == expected


@pytest.mark.parametrize(
    ("messages", "expected"),
    [
        (
            ["add the slub cotton v-neck tee black, size XL", "sorry I wanted say L, not XL"],
            ("SLU", "black / l", 1),
        ),
        (
            ["add the quarter zip hoodie black M", "i wanted say large, not medium"],
            ("HOO", "black / l", 1),
        ),
        (
            ["add one hex rubber dumbbell, 10 lb", "swap it for the 15 lb one"],
            ("DMB", "black / 15 lb", 1),
        ),
        (
            ["add the cast iron skillet, sage, 10 inch", "hmm the 12 inch, more room to cook"],
            ("SKL", "sage / 12 in", 1),
        ),
        (
            ["add the travel coffee mug red 12 oz", "oh wait, the 16 oz one. more coffee"],
            ("MUG", "red / 16 oz", 1),
        ),
        (
            ["add one hex rubber dumbbell, 10 lb", "wait the 15 lb, heavier is better right"],
            ("DMB", "black / 15 lb", 1),
        ),
        (
            ["add a kids straw water bottle, navy, 12 oz", "the bigger one"],
            ("BOT", "navy / 20 oz", 1),
        ),
        (["add the travel coffee mug red 16 oz", "the smaller one"], ("MUG", "red / 12 oz", 1)),
        (["add the pima crew tee olive M", "hmm a bigger one pls"], ("PIM", "olive / l", 1)),
        (["add the quarter zip hoodie rust M", "hmm the darker one"], ("HOO", "black / m", 1)),
        (["add the ringer tee white M", "the darker one"], ("RIN", "black / m", 1)),
        (
            ["add the travel coffee mug red 12 oz", "oh wait, the 16 oz one"],
            ("MUG", "red / 16 oz", 1),
        ),
    ],
)
def test_the_line_just_added_changes_its_option(
    agent: ShoppingAgent, messages: list[str], expected: tuple[str, str, int]
) -> None:
    assert cart_lines(talk(agent, *messages)[-1]) == [expected]


def test_a_bigger_one_after_a_list_is_no_line_change(agent: ShoppingAgent) -> None:
    *_, turn = talk(agent, "add the pima crew tee olive M", "ringer tee", "the bigger one")
    assert cart_lines(turn) == [("PIM", "olive / m", 1)]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("quarter zip hoodie, the darker color, sz xl, add it", ("HOO", "black / xl", 1)),
        ("add the wool beanie in the lighter colour", ("BEA", "olive / one size", 1)),
    ],
)
def test_an_add_may_name_its_colour_by_tone(
    agent: ShoppingAgent, message: str, expected: tuple[str, str, int]
) -> None:
    (turn,) = talk(agent, message)
    assert cart_lines(turn) == [expected]


@pytest.mark.parametrize(
    ("messages", "expected"),
    [
        (
            [
                "add merino hiker socks heather gray sz L",
                "plus the trucker mesh hat",
                "make the socks 3, one for each day of the trip",
            ],
            [("SOC", "heather gray / l", 3), ("TRK", "forest green / one size", 1)],
        ),
        (
            [
                "add the wool beanie black",
                "add 2 english breakfast tea",
                "make the tea 4, one for each of us",
            ],
            [("BEA", "black / one size", 1), ("TEA", "black", 4)],
        ),
    ],
)
def test_a_reason_for_each_is_no_count_for_every_line(
    agent: ShoppingAgent, messages: list[str], expected: list[tuple[str, str, int]]
) -> None:
    assert cart_lines(talk(agent, *messages)[-1]) == expected


@pytest.mark.parametrize(
    "message", ["and the no show liner socks size medium", "and the no-show liner socks, M"]
)
def test_a_title_that_opens_with_no_is_a_name(agent: ShoppingAgent, message: str) -> None:
    *_, turn = talk(agent, "add the canvas low sneaker in black size 9", message)
    assert cart_lines(turn) == [("LIN", "white / m", 1), ("SNK", "black / 9", 1)]


def test_a_no_before_a_plain_word_still_rules_it_out(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "socks, no merino")
    assert "SOC" not in [p.id for p in turn.products]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("ad 2 ringr tee blk sz m pls", ("RIN", "black / m", 2)),
        ("pls ad 3 englsh breakfast tea", ("TEA", "black", 3)),
        ("add a quartr zip hodie black m", ("HOO", "black / m", 1)),
    ],
)
def test_a_misspelt_title_in_an_add_is_the_catalogs(
    agent: ShoppingAgent, message: str, expected: tuple[str, str, int]
) -> None:
    (turn,) = talk(agent, message)
    assert cart_lines(turn) == [expected]
