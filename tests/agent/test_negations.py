"""Negation and relaxing in a shopper's words."""

from __future__ import annotations

import pytest

from agent.negations import negations_in, relaxed_in
from agent.service import ShoppingAgent
from tests.agent.talk import ids, talk


@pytest.mark.parametrize(
    ("text", "field", "value", "kept"),
    [
        ("a tote, but not leather", "materials", "leather", "a tote"),
        ("running shoes not black", "colors", "black", "running shoes"),
        ("no red please, just sneakers", "colors", "red", "please, just sneakers"),
        ("a jacket without a hood", "words", "hood", "a jacket"),
        ("anything but Stride", "brands", "Stride", ""),
        ("a tent, but not in that sand colour", "colors", "sand", "a tent"),
        ("a watch but not on a nylon strap", "materials", "nylon", "a watch but strap"),
        ("a mug that isn't ceramic or porcelain", "materials", "porcelain", "a mug that"),
    ],
)
def test_what_is_ruled_out_leaves_the_search_words(
    text: str, field: str, value: str, kept: str
) -> None:
    found, rest = negations_in(text.lower(), frozenset({"Stride"}))
    assert value in getattr(found, field)
    assert rest == kept.lower()


@pytest.mark.parametrize(
    ("text", "out", "wanted"),
    [
        ("headphones no bluetooth, wired", "bluetooth", "wired"),
        ("a tote no leather, canvas", "leather", "canvas"),
        ("boots, not black, brown", "black", "brown"),
    ],
)
def test_a_word_after_a_bare_comma_is_wanted_instead(text: str, out: str, wanted: str) -> None:
    found, rest = negations_in(text, frozenset())
    ruled_out = found.words + found.materials + found.colors
    assert out in ruled_out
    assert wanted not in ruled_out
    assert wanted in rest


def test_a_list_that_goes_on_to_an_or_is_all_ruled_out() -> None:
    found, _ = negations_in("no leather, suede or wool boots", frozenset())
    assert {"leather", "suede", "wool"} <= set(found.materials)


def test_vegan_rules_out_animal_materials_and_leaves_the_text() -> None:
    found, rest = negations_in("a tote, i'm vegan", frozenset())
    assert {"leather", "suede", "wool"} <= set(found.materials)
    assert rest == "a tote"


@pytest.mark.parametrize(
    "text",
    [
        "not too expensive please",
        "no thanks",
        "no more than $50",
        "not sure",
        "i'm not sure",
        "not in that price range",
        "wait no, not yet",
    ],
)
def test_phrases_that_only_look_negative_rule_nothing_out(text: str) -> None:
    found, _ = negations_in(text, frozenset())
    assert found.is_empty()


@pytest.mark.parametrize(
    ("text", "relaxed"),
    [
        ("any colour is fine", ["color"]),
        ("forget the budget", ["price"]),
        ("size doesn't matter", ["size"]),
        ("any brand, and any price", ["price", "brand"]),
        ("blue please", []),
    ],
)
def test_relaxing_names_the_constraint_to_drop(text: str, relaxed: list[str]) -> None:
    assert relaxed_in(text) == relaxed


@pytest.mark.parametrize(
    "text",
    [
        "a duffel nothing huge and under 150",
        "boots, nothing heavy and below 90 dollars please",
        "some tee, no logos and over 20",
    ],
)
def test_a_budget_after_a_ruled_out_word_stays_in_the_text(text: str) -> None:
    found, rest = negations_in(text)
    assert len(found.words) == 1 and " " not in found.words[0]  # the one word, not "huge under"
    assert any(bound in rest for bound in ("under 150", "below 90", "over 20"))


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("hoodie, can't stand black", "colors", "black"),
        ("a tote - not a fan of leather", "materials", "leather"),
        ("jacket, stay away from polyester", "materials", "polyester"),
        ("suede is a no for me, boots?", "materials", "suede"),
        ("stride's out, any trail shoes", "brands", "Stride"),
        ("sick of grey stuff, show me hoodies", "colors", "grey"),
        ("i don't want anything in navy, socks", "colors", "navy"),
        ("scarf for my mum, she hates green", "colors", "green"),
    ],
)
def test_what_is_ruled_out_in_everyday_words(text: str, field: str, value: str) -> None:
    found, rest = negations_in(text, frozenset({"Stride"}))
    assert value in getattr(found, field)
    assert value.lower() not in rest


@pytest.mark.parametrize(
    "text",
    ["navy is out of stock?", "i hate to ask, do you have socks", "no more than 50 for a hat"],
)
def test_everyday_words_that_rule_nothing_out(text: str) -> None:
    found, rest = negations_in(text, frozenset())
    assert found.is_empty() and rest == text


@pytest.mark.parametrize(
    ("message", "gone"),
    [
        ("not Peak though, had a bad pair from them", {"TRL2", "TRL3"}),
        ("hmm none in nylon please", {"TRL2"}),
        ("can't stand black, show me the others", {"TRL3"}),
    ],
)
def test_a_negation_after_a_list_narrows_that_list(
    agent: ShoppingAgent, message: str, gone: set[str]
) -> None:
    first, turn = talk(agent, "running shoes", message)
    assert gone <= set(ids(first)), first.reply
    assert ids(turn) and not gone & set(ids(turn)), turn.reply
    assert {p.id for p in turn.products} <= {"TRL1", "TRL2", "TRL3", "RD1"}, turn.reply
