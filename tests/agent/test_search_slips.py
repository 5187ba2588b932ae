"""Searches a shop assistant reads past the slip: a catalog word typed with two letters swapped
into another word ("trial runers"), a kind asked among allergy talk whose word another kind's
title uses as a modifier (a Sound Bar Speaker is no snack bar), and a secret santa wanting
"something snug" within a limit, through `ShoppingAgent.chat`."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import ids, talk

TEN = {"10": 5}


@pytest.fixture
def products() -> list[Product]:
    trail, road = ["Footwear", "Trail Running Shoes"], ["Footwear", "Running Shoes"]
    bars, socks = ["Grocery", "Snack Bars"], ["Apparel", "Socks"]
    return [
        item("TR1", "Scree Runner Trail Running Shoe", 90, trail, {"navy": TEN}, waterproof="yes"),
        item("TR2", "Talus Pro Trail Running Shoe", 115, trail, {"olive": TEN}, waterproof="no"),
        item("RS1", "Airstep 2 Running Shoe", 122, road, {"black": TEN}),
        item("SB1", "Dark Chocolate Sea Salt Granola Bars", 6, bars),
        item("SB2", "Almond Coconut Granola Bars", 5, bars),
        item("SP1", "Sound Bar 2.1 Speaker", 86, ["Electronics", "Speakers"]),
        item("SP2", "Bike Mount Speaker", 44, ["Electronics", "Speakers"]),
        item("SO1", "Wool Boot Socks", 19, socks),
        item("SO2", "Merino Hiker Socks", 30, socks),
        item("KB1", "Silent Office Keyboard", 80, ["Electronics", "Keyboards"]),
    ]


def test_a_word_with_two_letters_swapped_is_the_catalogs(agent: ShoppingAgent) -> None:
    turn = talk(agent, "waterproof trial runers size 10 pls")[0]
    assert ids(turn) == ["TR1"]


def test_bars_asked_among_allergy_talk_are_never_a_sound_bar(agent: ShoppingAgent) -> None:
    said = (
        "my son has a severe peanut AND tree nut allergy, which snack bars can he take to school?"
    )
    turn = talk(agent, said)[0]
    assert ids(turn) and set(ids(turn)) <= {"SB1", "SB2"}


def test_a_secret_santa_wanting_something_snug_gets_warm_things_in_budget(
    agent: ShoppingAgent,
) -> None:
    turn = talk(agent, "doing secret santa at work, $20 limit, something snug")[0]
    assert ids(turn) == ["SO1"]
