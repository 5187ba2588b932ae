"""The `Understanding` contract: one typed value per message, kept as JSON, with its gates."""

from __future__ import annotations

import json

from agent.intent_model import IntentClassifier, load_examples, talk_intent
from agent.intents import Situation, understand_message
from agent.understanding import Intent, Understanding, understood
from catalog.embed import HashingTextEncoder


def test_it_survives_the_checkpoint_as_plain_json() -> None:
    u = understand_message(
        "add 3 of the first one in off-white, size L, not leather",
        currency="USD",
        situation=Situation(has_shown=True),
    )
    stored = json.loads(json.dumps(u.state_value()))
    again = understood(stored)
    assert again == u
    assert (again.intent, again.slots.quantity, again.slots.size) == (Intent.ADD, 3, "L")
    assert again.slots.color_words == ["off-white"] and again.references.ordinals == [1]
    assert again.negations.materials == ["leather"]
    assert stored["allows_cart_change"] is True and stored["allows_checkout"] is False


def test_only_a_yes_to_the_question_may_cancel_an_order() -> None:
    asked = Situation(awaiting={"slots": ["cancel_order"], "order_id": "o1"})
    first = understand_message("please cancel my order", currency="USD")
    yes = understand_message("yes", currency="USD", situation=asked)
    no = understand_message("no, keep it", currency="USD", situation=asked)
    assert first.intent is Intent.CANCEL_ORDER and not first.allows_order_cancel
    assert yes.intent is Intent.CANCEL_ORDER and yes.allows_order_cancel
    assert no.intent is Intent.DECLINE and not no.allows_order_cancel


def test_a_cancel_request_never_adds_to_the_cart() -> None:
    u = understand_message(
        "I want to cancel that order", currency="USD", situation=Situation(has_shown=True)
    )
    assert u.intent is Intent.CANCEL_ORDER and not u.allows_cart_change


def test_the_examples_file_covers_every_talk_intent() -> None:
    intents = {e.intent for e in load_examples()}
    assert {
        Intent.GREET,
        Intent.THANKS_BYE,
        Intent.HELP,
        Intent.OFF_TOPIC,
        Intent.UNCLEAR,
    } <= intents
    assert Intent.SEARCH in intents


def test_the_classifier_says_search_unless_it_is_sure() -> None:
    encoder = HashingTextEncoder()
    assert talk_intent(encoder, "what's the meaning of life")[0] is Intent.OFF_TOPIC
    assert talk_intent(encoder, "trail shoes waterproof")[0] is Intent.SEARCH
    votes, _ = IntentClassifier(encoder, load_examples()).vote("what is love")
    assert abs(sum(votes.values()) - 1.0) < 1e-6


def test_an_empty_state_reads_as_nothing_understood() -> None:
    assert understood({}) == Understanding(text="", intent=Intent.UNCLEAR, confidence=0.0)


def test_nothing_over_a_price_is_a_ceiling_and_a_trailing_size_word_is_a_size() -> None:
    budget = understand_message("a warm jacket for hiking, nothing over 150", currency="USD")
    assert (budget.slots.price_min, budget.slots.price_max) == (None, 15000)
    floor = understand_message("hiking boots over $100", currency="USD")
    assert (floor.slots.price_min, floor.slots.price_max) == (10000, None)
    sized = understand_message(
        "ok put the cheapest one in my basket, medium",
        currency="USD",
        situation=Situation(has_shown=True),
    )
    assert sized.slots.size == "M"
