"""A problem told instead of a product, through `ShoppingAgent.chat`: the kinds whose own texts
carry what fixes it are shown, not the thing the problem is about ("my coffee is cold": mugs,
not coffee), with the limits said alongside."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.problem_shop import drinks_and_their_vessels, told
from tests.agent.shop import sample_catalog_products, shown_leaves
from tests.agent.store import item
from tests.agent.talk import kinds, talk


@pytest.fixture
def products() -> list[Product]:
    return [
        *drinks_and_their_vessels(),
        told(
            item("KEY1", "Silent Office Keyboard", 90, ["Electronics", "Keyboards"]),
            "Silent switches for long writing sessions.",
        ),
        told(
            item("SKL1", "Nonstick Ceramic Skillet", 40, ["Kitchen", "Cookware"]),
            "A nonstick pan for eggs and pancakes.",
        ),
        told(
            item("SPF1", "Sport Sunscreen SPF 50", 12, ["Beauty", "Sun Care"]),
            "Water-resistant sunscreen for the beach.",
        ),
        told(
            item("SPF2", "Mineral Sunscreen SPF 30", 28, ["Beauty", "Sun Care"]),
            "A mineral sunscreen for daily wear.",
        ),
        told(
            item("HAT1", "Trucker Mesh Hat", 21, ["Accessories", "Hats"]),
            "A mesh hat with a sweat-wicking band for summer hikes.",
        ),
        told(
            item("TNT1", "Backcountry 2P Tent", 216, ["Outdoors", "Camping", "Tents"]),
            "A two-person tent with a rainfly.",
        ),
        told(
            item("TEE1", "Organic Crew Tee", 21, ["Apparel", "Tops", "T-Shirts"]),
            "A soft cotton tee for everyday wear.",
        ),
    ]


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("my coffee's always stone cold before i'm even halfway through it", "MUG"),
        ("the kids keep spilling juice all over the back seat", "BTL"),
        ("my coworkers keep complaining my typing is too loud lol", "KEY"),
        ("eggs stick to my pan every single morning and im so done scrubbing", "SKL"),
    ],
)
def test_a_problem_shows_the_kind_that_fixes_it(
    agent: ShoppingAgent, message: str, kind: str
) -> None:
    (turn,) = talk(agent, message)
    assert kind in kinds(turn) and kinds(turn) <= {kind}, turn.reply


def test_a_budget_said_with_the_problem_limits_the_kind(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "i burn to a crisp at the beach, super fair skin. something under $20?")
    assert kinds(turn) == {"SPF"} and "SPF2" not in [p.id for p in turn.products], turn.reply


def test_a_problem_with_the_shoppers_own_thing_shows_a_better_one(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "my shirt gets soaked with sweat and clingy on hikes")
    assert kinds(turn) == {"TEE"}, turn.reply
    (turn,) = talk(agent, "old tent leaks through the roof, what would you suggest")
    assert kinds(turn) == {"TNT"}, turn.reply


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("my coffee's always cold by 10am. add the Travel Insulated Mug please", "MUG"),
        ("the kids keep spilling everything. anyway, show me your mugs", "MUG"),
    ],
)
def test_a_problem_told_as_the_reason_leaves_the_ask_alone(
    agent: ShoppingAgent, message: str, kind: str
) -> None:
    turns = talk(agent, message)
    shown = kinds(turns[-1]) | {
        line.product_id.rstrip("0123456789")
        for line in (turns[-1].cart.lines if turns[-1].cart else [])
    }
    assert kind in shown and "BTL" not in shown, turns[-1].reply


@pytest.mark.parametrize(
    "products", [sample_catalog_products({"Pillows", "Lamps", "Bedding", "Home"})]
)
def test_a_kind_asked_by_which_is_no_problem(agent: ShoppingAgent) -> None:
    turn = agent.chat(None, "which pillow would you get for reading in bed?")
    assert shown_leaves(turn) == {"Pillows"}, turn.reply


@pytest.mark.parametrize("products", [sample_catalog_products({"Water Bottles"})])
def test_a_kind_named_in_two_words_beside_a_problem_is_the_ask(agent: ShoppingAgent) -> None:
    turn = agent.chat(
        None,
        "my 6yo is going on his first ever sleepover!! need a water bottle he can't spill "
        "everywhere, kid sized",
    )
    assert "kids-straw-water-bottle" in [p.id for p in turn.products][:3], turn.reply
