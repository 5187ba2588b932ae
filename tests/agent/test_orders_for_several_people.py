"""Several lines in one message or a short run of them, through `ShoppingAgent.chat`: one product
for several people, each in their own size or colour ("a small for my son and a large for my
husband"); a later change of one person's line ("my dad's one should be charcoal", "hers in
coral"); an add after a lead-in, a stock question or a comparison; a listed product picked by its
place with its options and a count. A sold-out share is said, never swapped."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import cart_lines, talk

_SIZES = ["XS", "S", "M", "L", "XL", "XXL"]


def _product(
    pid: str,
    title: str,
    category: list[str],
    options: list[dict[str, str]],
    dollars: str,
    sold_out: tuple[dict[str, str], ...] = (),
) -> Product:
    return acme_product(
        pid, title, category, dollars, options=options, stock=30, sold_out=sold_out, brand=None,
        description="", first_id=0,
    )  # fmt: skip


def _grid(colors: list[str], sizes: list[str], key: str = "size") -> list[dict[str, str]]:
    return [{"color": c, key: s} for c in colors for s in sizes]


_TEES = ["Apparel", "Tops", "T-Shirts"]
_SOCKS = ["Apparel", "Socks"]
PRODUCTS = [
    _product(
        "TEE1", "Pima Crew Tee", _TEES,
        _grid(["charcoal", "heather gray", "coral", "olive"], _SIZES), "14",
    ),
    _product("TEE2", "Ringer Tee", _TEES, _grid(["black", "burgundy", "sage"], _SIZES), "14.99"),
    _product("TEE3", "Breeze Linen Tee", _TEES, _grid(["white", "charcoal"], _SIZES), "16.99"),
    _product(
        "TEE4", "Slub Cotton V-Neck Tee", _TEES, _grid(["black", "heather gray"], _SIZES), "15.99"
    ),
    _product(
        "SOC1", "Compression Knee Socks", _SOCKS, _grid(["black", "olive"], ["S", "M", "L"]),
        "19.95", sold_out=({"color": "black", "size": "S"},),
    ),
    _product(
        "SOC2", "Merino Hiker Socks", _SOCKS, _grid(["black", "white"], ["S", "M", "L"]), "30"
    ),
    _product(
        "SOC3", "Run Light Quarter Socks", _SOCKS, _grid(["navy", "charcoal"], ["S", "M", "L"]),
        "24.99",
    ),
    _product(
        "BLK1", "Wool Camp Blanket", ["Home", "Blankets"],
        _grid(["navy", "cream", "charcoal"], ["throw", "queen", "king"]), "169.99",
        sold_out=({"color": "charcoal", "size": "throw"},),
    ),
    _product(
        "MUG1", "Stoneware Diner Mug", ["Kitchen", "Mugs"],
        _grid(["cream", "mustard"], ["12 oz", "16 oz"], key="capacity"), "17.99",
    ),
    _product("MUG2", "Speckled Camp Mug", ["Kitchen", "Mugs"], _grid(["white"], ["12 oz"]), "15"),
    _product(
        "BAG1", "Campus Classic Backpack", ["Bags", "Backpacks"],
        [{"color": "forest green"}, {"color": "black"}], "113",
    ),
    _product("BAG2", "Daypack 18L Backpack", ["Bags", "Backpacks"], [{"color": "black"}], "121"),
]  # fmt: skip


@pytest.fixture
def products() -> list[Product]:
    return PRODUCTS


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "add the pima crew tee in olive comma a small for my son and a large for my husband",
            [("TEE1", "olive / l", 1), ("TEE1", "olive / s", 1)],
        ),
        (
            "the ringer tee in sage: a medium for me, a small for my wife and an XL for my dad",
            [("TEE2", "sage / m", 1), ("TEE2", "sage / s", 1), ("TEE2", "sage / xl", 1)],
        ),
        (
            "2 ringer tees please - an S for my niece and an M for my nephew, both in sage",
            [("TEE2", "sage / m", 1), ("TEE2", "sage / s", 1)],
        ),
        (
            "add the breeze linen tee in white size M for me and charcoal XL for my dad please",
            [("TEE3", "charcoal / xl", 1), ("TEE3", "white / m", 1)],
        ),
        (
            "add the pima crew tee in coral size s for my daughter and in charcoal size l for my"
            " husband",
            [("TEE1", "charcoal / l", 1), ("TEE1", "coral / s", 1)],
        ),
        (
            "the slub cotton v-neck tee in black, extra large for my brother and extra small for"
            " my sister",
            [("TEE4", "black / xl", 1), ("TEE4", "black / xs", 1)],
        ),
        (
            "merino hiker socks, white: one pair in M for me and two pairs in small for the kids",
            [("SOC2", "white / m", 1), ("SOC2", "white / s", 2)],
        ),
    ],
)
def test_one_product_for_several_people_is_a_line_each(
    agent: ShoppingAgent, message: str, expected: list[tuple[str, str, int]]
) -> None:
    turn = agent.chat(None, message)
    assert cart_lines(turn) == expected, turn.reply


def test_a_sold_out_share_is_said_and_the_others_added(agent: ShoppingAgent) -> None:
    turn = agent.chat(
        None,
        "compression knee socks in black for the whole family a small for my daughter medium"
        " for me and large for my husband",
    )
    assert cart_lines(turn) == [("SOC1", "black / l", 1), ("SOC1", "black / m", 1)], turn.reply
    assert "out of stock" in turn.reply.lower(), turn.reply


@pytest.mark.parametrize(
    ("first", "change", "expected"),
    [
        (
            "add the Pima Crew Tee in heather gray, one in S for my mum and one in L for my dad",
            "my dad's one should be charcoal instead",
            [("TEE1", "charcoal / l", 1), ("TEE1", "heather gray / s", 1)],
        ),
        (
            "I want the Pima Crew Tee in olive, one in M for me and one in XL for my brother",
            "actually my brother wants charcoal, not olive",
            [("TEE1", "charcoal / xl", 1), ("TEE1", "olive / m", 1)],
        ),
        (
            "the ringer tee in sage, a medium for my wife and an XL for my dad",
            "make my wife's one burgundy",
            [("TEE2", "burgundy / m", 1), ("TEE2", "sage / xl", 1)],
        ),
        (
            "the ringer tee in sage, a medium for my wife and an XL for my dad",
            "change my dad's to a large",
            [("TEE2", "sage / l", 1), ("TEE2", "sage / m", 1)],
        ),
    ],
)
def test_one_persons_line_of_a_shared_product_is_changed(
    agent: ShoppingAgent, first: str, change: str, expected: list[tuple[str, str, int]]
) -> None:
    turns = talk(agent, first, change)
    assert cart_lines(turns[-1]) == expected, turns[-1].reply


def test_hers_and_his_mean_the_lines_for_a_woman_and_a_man(agent: ShoppingAgent) -> None:
    turns = talk(
        agent,
        "add a Pima Crew Tee in olive, size S, for my sister",
        "and a Ringer Tee in sage, size L for my husband",
        "hers in coral please",
        "his in burgundy",
    )
    assert cart_lines(turns[2]) == [("TEE1", "coral / s", 1), ("TEE2", "sage / l", 1)]
    assert cart_lines(turns[3]) == [("TEE1", "coral / s", 1), ("TEE2", "burgundy / l", 1)]


def test_the_other_persons_line_is_found_after_one_was_changed(agent: ShoppingAgent) -> None:
    turns = talk(
        agent,
        "add the pima crew tee in olive, a small for my son and a large for my husband",
        "the one for my son should be medium instead",
        "make my husband's one charcoal",
    )
    assert cart_lines(turns[-1]) == [("TEE1", "charcoal / l", 1), ("TEE1", "olive / m", 1)]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("in black extra large", [("TEE4", "black / xl", 1)]),
        ("heather gray, x-large", [("TEE4", "heather gray / xl", 1)]),
        ("black extra small please", [("TEE4", "black / xs", 1)]),
    ],
)
def test_extra_large_answers_the_size_as_xl(
    agent: ShoppingAgent, answer: str, expected: list[tuple[str, str, int]]
) -> None:
    turns = talk(agent, "can you add the slub cotton v neck tee", answer)
    assert cart_lines(turns[-1]) == expected, turns[-1].reply


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "back to school stuff: add the campus classic backpack in forest green",
            [("BAG1", "forest green", 1)],
        ),
        (
            "ok so camping trip next week. add the wool camp blanket, navy, king",
            [("BLK1", "navy / king", 1)],
        ),
        (
            "right, birthday shopping for my brother - I'll take the ringer tee in sage, M",
            [("TEE2", "sage / m", 1)],
        ),
    ],
)
def test_an_add_after_a_lead_in_is_added(
    agent: ShoppingAgent, message: str, expected: list[tuple[str, str, int]]
) -> None:
    turn = agent.chat(None, message)
    assert cart_lines(turn) == expected, turn.reply


@pytest.mark.parametrize(
    ("messages", "expected"),
    [
        (
            (
                "how much is the Wool Camp Blanket?",
                "is the charcoal throw in stock?",
                "what about navy in queen size?",
                "go on then, add the navy queen",
            ),
            [("BLK1", "navy / queen", 1)],
        ),
        (
            ("is the wool camp blanket in stock in cream?", "ok add one in king"),
            [("BLK1", "cream / king", 1)],
        ),
    ],
)
def test_an_add_after_a_stock_question_takes_the_size_said(
    agent: ShoppingAgent, messages: tuple[str, ...], expected: list[tuple[str, str, int]]
) -> None:
    turns = talk(agent, *messages)
    assert cart_lines(turns[-1]) == expected, turns[-1].reply


@pytest.mark.parametrize(
    ("compare", "take", "expected"),
    [
        (
            "what's the difference between the Pima Crew Tee and the Ringer Tee?",
            "I'll take the cheaper of those two, in olive, size L",
            [("TEE1", "olive / l", 1)],
        ),
        (
            "compare the breeze linen tee with the ringer tee",
            "give me the pricier of the two in white, size S",
            [("TEE3", "white / s", 1)],
        ),
    ],
)
def test_taking_the_cheaper_of_two_compared_adds_it(
    agent: ShoppingAgent, compare: str, take: str, expected: list[tuple[str, str, int]]
) -> None:
    turns = talk(agent, compare, take)
    assert cart_lines(turns[-1]) == expected, turns[-1].reply


def test_a_listed_product_picked_with_its_options_and_a_count_is_added(
    agent: ShoppingAgent,
) -> None:
    listed = agent.chat(None, "show me some mugs")
    place = ["first", "second"][[p.id for p in listed.products].index("MUG1")]
    said = f"the {place} one in cream, the 16 oz, two of them please"
    turn = agent.chat(listed.thread_id, said)
    assert cart_lines(turn) == [("MUG1", "cream / 16 oz", 2)], turn.reply


def test_a_pick_asked_as_a_question_adds_nothing(agent: ShoppingAgent) -> None:
    listed = agent.chat(None, "show me some mugs")
    place = ["first", "second"][[p.id for p in listed.products].index("MUG1")]
    turn = agent.chat(listed.thread_id, f"the {place} one in cream, the 16 oz?")
    assert cart_lines(turn) == [], turn.reply
