"""Minds changed after an add, through `ShoppingAgent.chat`: "forget the socks" drops the line
it names; "actually make that an L, they run small" resizes the line (a reason's words name no
other product), and with a colour still asked it keeps the add waiting; "make it 2.. no
actually 4" takes the last count; a size said beside a reason then "change it" resizes."""

from __future__ import annotations

import pytest

from agent.edit_reasons import change_asked_last
from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import cart_lines, talk

TEE = {"S": 5, "M": 5, "L": 5, "XL": 5}
BED = {"queen": 5, "king": 5}


@pytest.fixture
def products() -> list[Product]:
    tees = ["Apparel", "T-Shirts"]
    return [
        item("PIM", "Pima Crew Tee", 14, tees, {"olive": TEE, "charcoal": TEE}),
        item("RUN", "Tech Run Tee", 21, tees, {"sage": TEE}),
        item(
            "BEL",
            "Heritage Leather Belt",
            80,
            ["Accessories", "Belts"],
            {
                "black": {"34": 5, "36": 5},
            },
        ),
        item("RIN", "Ringer Tee", 15, tees, {"burgundy": TEE}),
        item("SOC", "Cushioned Crew Socks", 23, ["Apparel", "Socks"], {"gray": {"M": 9}}),
        item("HOO", "Summit Tech Hoodie", 52, ["Apparel", "Hoodies"], {"black": TEE}),
        item("PIL", "Linen Throw Pillow", 29, ["Home", "Pillows"], {"olive": {"18 x 18 in": 9}}),
        item(
            "SKL",
            "Cast Iron Skillet",
            50,
            ["Kitchen", "Cookware"],
            {"sage": {"10 in": 5, "12 in": 5}},
        ),
        item("CHP", "Sea Salt Kettle Chips", 4, ["Grocery", "Snacks"]),
        item("SCO", "Sour Cream Onion Chips", 4, ["Grocery", "Snacks"]),
        item("TEA", "Peppermint Tea", 10, ["Grocery", "Tea"]),
        item(
            "BEA",
            "Wool Beanie Hat",
            28,
            ["Accessories", "Hats"],
            {
                "black": {"One Size": 9},
                "olive": {"One Size": 4},
            },
        ),
        item("BLK", "Cotton Waffle Blanket", 109, ["Home", "Blankets"], {"navy": BED}),
        item("ROL", "Rolltop 28L Backpack", 59, ["Bags", "Backpacks"], {"olive": {"": 5}}),
        item("MIN", "Mini City 12L Backpack", 56, ["Bags", "Backpacks"], {"navy": {"": 5}}),
        item(
            "BOT",
            "Trail Squeeze Water Bottle",
            47,
            ["Kitchen", "Bottles"],
            {
                "teal": {"20 oz": 5},
                "black": {"20 oz": 5},
            },
        ),
    ]


def test_forget_the_line_named_removes_it(agent: ShoppingAgent) -> None:
    *_, dropped = talk(
        agent,
        "add the cushioned crew socks gray M",
        "and the summit tech hoodie black L",
        "forget the socks, ill just use my old ones",
    )
    assert cart_lines(dropped) == [("HOO", "black / l", 1)]


def test_a_size_said_with_a_reason_resizes_the_line_just_added(agent: ShoppingAgent) -> None:
    *_, resized = talk(
        agent, "add a pima crew tee in olive, size M", "actually make that an L, they run small"
    )
    assert cart_lines(resized) == [("PIM", "olive / l", 1)]


def test_a_size_said_while_a_colour_is_asked_keeps_the_add(agent: ShoppingAgent) -> None:
    asked, sized, added = talk(
        agent, "add the pima crew tee", "hmm actually make that an L, I layer a lot", "olive"
    )
    assert "olive" in asked.reply.lower() and "olive" in sized.reply.lower()
    assert cart_lines(added) == [("PIM", "olive / l", 1)]


def test_a_count_corrected_in_the_same_message_takes_the_last(agent: ShoppingAgent) -> None:
    *_, counted = talk(
        agent, "add the linen throw pillow in olive", "make it 2.. no actually 4, we have two"
    )
    assert cart_lines(counted) == [("PIL", "olive / 18 x 18 in", 4)]


@pytest.mark.parametrize(
    ("messages", "expected"),
    [
        (
            [
                "add a cast iron skillet, sage, 12 inch",
                "hmm 10 inch is probably enough for 2 people, change it",
            ],
            [("SKL", "sage / 10 in", 1)],
        ),
        (
            ["add the heritage leather belt black 34", "wait i just measured, 36. change it pls"],
            [("BEL", "black / 36", 1)],
        ),
        (
            [
                "add the Cotton Waffle Blanket in navy, queen",
                "oh wait our bed is a king, switch it",
            ],
            [("BLK", "navy / king", 1)],
        ),
    ],
)
def test_a_size_said_then_change_it_resizes(
    agent: ShoppingAgent, messages: list[str], expected: list[tuple[str, str, int]]
) -> None:
    assert cart_lines(talk(agent, *messages)[-1]) == expected


def test_a_drop_said_with_nah_then_a_recount_does_both(agent: ShoppingAgent) -> None:
    *_, edited = talk(
        agent,
        "2 bags of the sea salt kettle chips and a box of peppermint tea",
        "nah drop the chips, and make the tea 3 boxes instead",
    )
    assert cart_lines(edited) == [("TEA", "black", 3)]


def test_edits_after_a_remark_on_the_cart_are_each_done(agent: ShoppingAgent) -> None:
    *_, edited = talk(
        agent,
        "3 bags of the sea salt kettle chips",
        "and 2 sour cream onion",
        "hmm too many chips. make the sea salt ones just 1 and drop the sour cream",
    )
    assert cart_lines(edited) == [("CHP", "black", 1)]


def test_any_colour_after_one_not_carried_adds_another(agent: ShoppingAgent) -> None:
    refused, added = talk(
        agent, "add the wool beanie hat in red", "oh. never mind the colour then, any is fine"
    )
    assert cart_lines(refused) == []
    assert cart_lines(added) == [("BEA", "black / one size", 1)]


def test_one_of_a_kind_kept_removes_the_others_of_it(agent: ShoppingAgent) -> None:
    *_, kept = talk(
        agent,
        "add the rolltop backpack in olive and the mini city one in navy",
        "wait i only need one backpack. keep the rolltop",
    )
    assert cart_lines(kept) == [("ROL", "olive", 1)]


def test_a_colour_instead_then_a_count_of_it_does_both(agent: ShoppingAgent) -> None:
    *_, edited = talk(
        agent,
        "add the trail squeeze water bottle, teal, 20oz",
        "hmm black instead. and make it two, one for my partner",
    )
    assert cart_lines(edited) == [("BOT", "black / 20 oz", 2)]


def test_a_line_split_between_sizes_with_whose_it_is(agent: ShoppingAgent) -> None:
    *_, split = talk(
        agent,
        "2 ringer tees in burgundy, size L",
        "actually one L and one XL, the other one's for my brother",
    )
    assert cart_lines(split) == [("RIN", "burgundy / l", 1), ("RIN", "burgundy / xl", 1)]


def test_what_the_shoppers_own_thing_is_is_the_value() -> None:
    # "our bed is a king": the value is said after "is", not before it ("our bed")
    assert change_asked_last("oh wait our bed is a king, switch it") == "change it to king"
    assert change_asked_last("10 inch is probably enough, change it") == "change it to 10 inch"
