"""Product emoji read as the words they stand for; other emoji change nothing."""

from __future__ import annotations

import pytest

from agent.emoji_words import with_emoji_words
from agent.service import ShoppingAgent
from tests.agent.talk import ids, talk


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("🎧 wireless pls, under 100", "wireless headphones pls, under 100"),
        ("🎒 for school", "backpack for school"),
        ("need new 👟 asap", "need new shoes asap"),
        ("⌚️ smart? under 300", "smart watch? under 300"),
        ("🧦", "socks"),
        ("hey 👋", "hey 👋"),
    ],
)
def test_an_emoji_of_a_thing_is_its_word(said: str, read: str) -> None:
    assert with_emoji_words(said) == read


def test_a_shoe_emoji_searches_shoes(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "👟 trail running, size 10")
    assert ids(turn) and ids(turn)[0].startswith("TRL")
    assert all(p.title.endswith("Running Shoe") for p in turn.products)


def test_a_wave_alone_is_still_a_greeting(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "hiii 👋👋")
    assert not turn.products
