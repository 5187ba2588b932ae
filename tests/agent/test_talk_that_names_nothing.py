"""A message naming nothing a shop could sell ("two", "both", "go back", "previous") is not
understood, never "we don't carry two"; a goodbye is answered with a goodbye; a request naming
only the baby or pet it is for is not carried by that name, with no unrelated products offered."""

from __future__ import annotations

import pytest

from agent.openers import names_a_thing
from agent.replies_talk import no_match_text
from agent.service import ShoppingAgent
from agent.thing_words import names_no_thing
from tests.agent.talk import talk


@pytest.mark.parametrize("message", ["two", "wrong", "both", "go back", "previous", "out"])
def test_words_that_name_nothing_are_not_understood(agent: ShoppingAgent, message: str) -> None:
    (turn,) = talk(agent, message)
    assert "carry" not in turn.reply and "didn't catch" in turn.reply, turn.reply
    assert turn.products == []


# "go back" beside a list is a list move (tests/agent/test_list_moves.py), not unclear talk.
@pytest.mark.parametrize("message", ["both", "the previous one", "no, wrong one"])
def test_beside_a_list_it_steers_back_to_the_list(agent: ShoppingAgent, message: str) -> None:
    listed, said = talk(agent, "wool socks", message)
    assert listed.products
    assert "carry" not in said.reply and "Back to your list" in said.reply, said.reply


def test_a_not_carried_reply_never_names_a_function_word() -> None:
    for wanted in ("two", "first two", "none", "go back", "out"):
        reply = no_match_text({"wanted": wanted, "products": []})
        assert "carry" not in reply, reply
    assert "we don't carry skateboards" in no_match_text({"wanted": "skateboards"})


def test_a_phrase_with_a_product_word_names_a_thing() -> None:
    assert not names_no_thing("the blue one") and not names_no_thing("two hats")
    assert names_no_thing("the other three") and names_a_thing("hats")


@pytest.mark.parametrize(
    ("message", "said"),
    [
        ("bye for now", "Goodbye"),
        ("cheers mate, ta-ra", "Goodbye"),
        ("ok I'm off, see ya", "Goodbye"),
        ("thanks a lot, bye!", "You're welcome — goodbye"),
        ("thank you so much!", "You're welcome! Come back"),
    ],
)
def test_a_goodbye_is_answered_with_a_goodbye(
    agent: ShoppingAgent, message: str, said: str
) -> None:
    (turn,) = talk(agent, message)
    assert said in turn.reply, turn.reply


@pytest.mark.parametrize(
    ("message", "named"),
    [
        ("do you have anything for a baby", "baby products"),
        ("do you sell baby stuff?", "baby products"),
        ("got anything for my dog", "dog products"),
    ],
)
def test_a_request_for_a_baby_or_pet_only_is_not_carried_by_that_name(
    agent: ShoppingAgent, message: str, named: str
) -> None:
    (turn,) = talk(agent, message)
    assert f"we don't carry {named}" in turn.reply, turn.reply
    assert turn.products == []
