"""What the catalog is silent on is said in words that read right: "whether X is waterproof",
but never "whether X is feet wide" or "whether these are keep water warm"."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from agent.silent_phrases import reads_as_a_quality
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import talk


@pytest.fixture
def products() -> list[Product]:
    """The sample catalog's running shoes and kettles."""
    return sample_catalog_products({"Running Shoes", "Kettles"}, leaf_only=True)


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("is it ok if his feet are wide?", '"feet are wide"'),
        ("is it good for beginners", '"beginners"'),
    ],
)
def test_a_silence_on_no_quality_quotes_the_words(
    agent: ShoppingAgent, question: str, quoted: str
) -> None:
    *_, answered = talk(agent, "tell me about the Swift Racer Running Shoe", question)
    assert answered.reply.startswith("The catalog doesn't say"), answered.reply
    assert quoted in answered.reply and " is feet" not in answered.reply, answered.reply


def test_a_silence_on_a_quality_asks_it_as_asked(agent: ShoppingAgent) -> None:
    *_, answered = talk(agent, "tell me about the Swift Racer Running Shoe", "is it waterproof")
    assert "doesn't say whether Swift Racer Running Shoe is waterproof" in answered.reply


def test_a_silence_of_the_whole_list_reads_right(agent: ShoppingAgent) -> None:
    _, answered = talk(agent, "kettles", "any that keep water warm?")
    assert "whether these are keep" not in answered.reply, answered.reply
    assert '"keep water warm"' in answered.reply, answered.reply


@pytest.mark.parametrize(
    ("phrase", "text", "quality"),
    [
        ("waterproof", "is it waterproof?", True),
        ("whole bean", "is the french roast whole bean or ground?", True),
        ("feet wide", "is it ok if his feet are wide?", False),
        ("keep water warm", "any that keep water warm?", False),
        ("beginners", "is it good for beginners", False),
    ],
)
def test_which_words_read_as_a_quality(phrase: str, text: str, quality: bool) -> None:
    assert reads_as_a_quality(phrase, text) is quality
