"""Kinds named by shoppers' own names: a kind the store lacks gets a plain "we don't carry that"
(never the products that merely share a word: Studio Monitor Headphones for a monitor), and a
kind it sells is found under its British, Australian, Indian or American name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agent.kind_names import in_a_setting, last_kind_named, named_kind
from agent.kinds import request_head
from agent.service import ShoppingAgent
from agent.turn import ChatTurn
from catalog.model import Product
from tests.agent.talk import talk

REFUSAL = "don't carry"
SAMPLE = Path(__file__).parents[2] / "fixtures" / "sample" / "catalog.jsonl"


@pytest.fixture(scope="module")
def sample() -> list[Product]:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    return [Product.model_validate(json.loads(line)) for line in lines if line.strip()]


@pytest.fixture
def products(sample: list[Product]) -> list[Product]:
    """The sample store: Studio Monitor Headphones, a Urethane Pro Dumbbell, Sunglasses."""
    return sample


def _kinds(turn: ChatTurn, products: list[Product]) -> set[str]:
    leaf = {p.id: p.category[-1] for p in products}
    return {leaf[p.id] for p in turn.products}


@pytest.mark.parametrize(
    "message",
    [
        "need a second monitor for my laptop",  # no Studio Monitor Headphones
        "any monitors? 4k preferably",
        "looking for a gaming monitor",
        "baby monitor with an app",
        "do you sell the pixel 9 pro",  # "pro" is the model's tier: no Urethane Pro Dumbbell
        "I need a kettlebell, 16kg",  # no kettles, no dumbbells said to be one
        "got any waist bags?",
        "belt bag for travel",  # neither a belt nor a tote
        "dress shoes for a wedding, size 10",  # no dresses, no running shoes said to be them
        "a teapot for loose leaf",
        "coffee maker under 100",  # no coffee beans
        "smart watch that tracks steps",
        "tan leather brogues for the office, size 10, nothing over 150",
        "do u have ps5s in stock",  # a name with a digit: no yoga mat for the "ps"
    ],
)
def test_a_kind_the_store_lacks_is_said_plainly(
    agent: ShoppingAgent, products: list[Product], message: str
) -> None:
    (turn,) = talk(agent, message)
    assert "don't carry" in turn.reply or "no tenemos" in turn.reply
    offered = _kinds(turn, products)
    assert not offered & {"Headphones", "Dumbbells", "Kettles", "Coffee", "Dresses", "Belts"}


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("jandals for the beach", "Sandals"),
        ("thongs, black", "Sandals"),
        ("frocks for my daughter", "Dresses"),
        ("throw rugs for the couch", "Blankets"),
        ("holdall for weekends away", "Duffels"),
        ("scatter cushions for the sofa", "Pillows"),
        ("school bag for my daughter", "Backpacks"),
        ("a frying pan for eggs", "Cookware"),
    ],
)
def test_a_sold_kind_is_found_under_a_regional_name(
    agent: ShoppingAgent, products: list[Product], message: str, kind: str
) -> None:
    (turn,) = talk(agent, message)
    assert REFUSAL not in turn.reply
    assert turn.products and _kinds(turn, products) == {kind}


def test_a_model_tier_names_no_kind() -> None:
    head = request_head("do you sell iphones? I want the 15 pro")
    assert head is not None and head.word == "iphones"


def test_the_lexicon_reads_the_longest_name() -> None:
    baby = named_kind(["baby", "monitor"])
    assert baby is not None and baby != named_kind(["monitor"])
    assert last_kind_named("I search baby stroller for my daughter new baby") == "stroller"
    assert last_kind_named("do u have ps5s in stock") == "ps5s"


@pytest.mark.parametrize(
    ("message", "setting"),
    [
        ("something to read in bed", True),
        ("do you sell beds", False),
        ("a bed frame, queen", False),
    ],
)
def test_a_kind_said_as_where_or_when_is_not_what_is_asked(message: str, setting: bool) -> None:
    """'before bed' says when, so the lexicon's 'not carried' does not answer it: the bench
    caught bedtime tea answered 'we don't carry that' (the request's head read is 'before bed')."""
    head = request_head(message)
    assert head is not None
    assert in_a_setting(message, head.word) is setting


def test_before_bed_ends_the_kind_phrase() -> None:
    """ "before bed" says when: the request's head is the tea bags, never the bed."""
    head = request_head("tea bags, the calming herbal kind to have before bed")
    assert head is not None and head.word == "bags"
