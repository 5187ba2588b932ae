"""A need said as a problem or a situation, through `ShoppingAgent.chat`.

"the low sun is blinding" asks for sunglasses, "my phone is always dead by lunchtime" for a
charger; the words around the problem describe it, not the product; a kind asked for later in
the message ("going camping, need a mug") wins over the need; "trucker" alone is the hat, and
"he's a 36 these days" answers "which size?" about the wearer.
"""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import cart_lines, kinds, talk

REFUSAL = "don't carry"


@pytest.fixture
def products() -> list[Product]:
    return [
        item("SUN1", "Aviator Metal Sunglasses", 117, ["Accessories", "Sunglasses"]),
        item("SUN2", "Round Acetate Sunglasses", 116, ["Accessories", "Sunglasses"]),
        item("SPF1", "Mineral Face Sunscreen SPF 50", 11, ["Beauty", "Sun Care"]),
        item("CHG1", "Power Bank 10000mAh Charger", 31, ["Electronics", "Chargers & Power"]),
        item("LIP1", "Honey Sheer Tinted Lip Balm", 6, ["Beauty", "Lip Care"]),
        item("SHA1", "Argan Repair Shampoo", 20, ["Beauty", "Hair Care"]),
        item("SER1", "Rosemary Hair Growth Serum", 30, ["Beauty", "Hair Serums"]),
        item("HP1", "Hush Pro Noise Cancelling Headphones", 250, ["Electronics", "Headphones"]),
        item("BP1", "Laptop Pro Backpack", 117, ["Bags", "Backpacks"]),
        item("TNT1", "Family Dome Tent", 388, ["Sports & Outdoors", "Camping", "Tents"]),
        item("MUG1", "Speckled Camp Mug", 15, ["Home", "Drinkware", "Mugs"]),
        item("HAT1", "Trucker Mesh Hat", 21, ["Accessories", "Hats"]),
        item("HAT2", "Wool Beanie Hat", 28, ["Accessories", "Hats"]),
        item("JKT1", "Sherpa Trucker Jacket", 371, ["Apparel", "Outerwear", "Jackets"]),
        item("WCH1", "Dress Automatic Watch", 320, ["Accessories", "Watches"]),
        item("DRS1", "Jersey T-Shirt Dress", 105, ["Apparel", "Dresses"]),
        item("KNF1", "Paring 3.5in Knife", 50, ["Kitchen", "Cutlery"]),
        item("KNF2", "8in Chef Knife", 132, ["Kitchen", "Cutlery"]),
        item(
            "BELT", "Heritage Leather Belt", 80, ["Accessories", "Belts"],
            {"black": {"32": 5, "34": 5, "36": 5}},
        ),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("the low sun is blinding on my drive home, anything that helps?", "SUN"),
        ("off to a scorching beach holiday in August, what should I pack?", "SPF"),
        ("my phone is always dead by lunchtime", "CHG"),
        ("my lips crack every single winter", "LIP"),
        ("my hair turns into a frizzy mess whenever it's humid", "SHA"),
        ("the neighbours are so loud I can't concentrate working from home", "HP"),
        ("our dog keeps me up barking at night and I have an exam friday", "HP"),
        ("I cycle to work and need a way to bring my laptop with me", "BP"),
        ("first time taking the kids camping, we need somewhere to sleep", "TNT"),
    ],
)
def test_a_problem_is_answered_with_what_solves_it(
    agent: ShoppingAgent, message: str, kind: str
) -> None:
    (turn,) = talk(agent, message)
    assert kinds(turn) == {kind} and REFUSAL not in turn.reply, turn.reply


def test_a_kind_asked_for_after_the_situation_wins(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "going camping next week, need a mug")
    assert kinds(turn) == {"MUG"}, turn.reply


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("job interview thursday and I have nothing to wear. a dress maybe?", "DRS"),
        ("interview on thursday and my only belt is falling apart. black, not brown", "BELT"),
        ("a hair growth serum designed to combat hair loss and repair damaged hair", "SER"),
        ("got a job interview on thursday, want to look smart", "WCH"),
    ],
)
def test_a_kind_named_beside_the_need_wins(agent: ShoppingAgent, message: str, kind: str) -> None:
    (turn,) = talk(agent, message)
    assert kinds(turn) == {kind}, turn.reply


def test_a_step_from_the_list_is_no_new_need(agent: ShoppingAgent) -> None:
    turns = talk(agent, "paring knife", "something bigger for chopping veg")
    assert [p.id for p in turns[-1].products] == ["KNF2"], turns[-1].reply


def test_a_style_word_alone_is_its_kind(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "trucker")
    assert turn.products and turn.products[0].id == "HAT1", turn.reply


def test_a_size_said_about_the_wearer_answers_which_size(agent: ShoppingAgent) -> None:
    turns = talk(
        agent, "I'd like the heritage leather belt in black for my husband", "he's a 36 these days"
    )
    assert cart_lines(turns[-1]) == [("BELT", "black / 36", 1)], turns[-1].reply
