"""The agent's warm-up builds what a first turn would otherwise build while the shopper waits."""

from __future__ import annotations

import pytest

from agent import intent_model, kinds
from agent.service import ShoppingAgent


def _refuse(*args: object, **kwargs: object) -> None:
    raise AssertionError("built during a shopper's turn, not at warm-up")


def test_a_turn_after_warm_up_builds_neither_the_classifier_nor_the_kind_index(
    agent: ShoppingAgent, monkeypatch: pytest.MonkeyPatch
) -> None:
    agent.warm_up()
    monkeypatch.setattr(intent_model.IntentClassifier, "__init__", _refuse)
    monkeypatch.setattr(kinds, "KindIndex", _refuse)
    agent.chat(None, "a warm hoodie")  # short and not all catalog words: the classifier reads it
    found = agent.chat(None, "running shoes")  # the kind index judges "shoes" carried
    assert found.products


def test_without_warm_up_the_first_turn_builds_them(
    agent: ShoppingAgent, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check above can fail: a fresh encoder's first small-talk turn trains the classifier."""
    monkeypatch.setattr(intent_model, "_classifiers", {})
    monkeypatch.setattr(intent_model.IntentClassifier, "__init__", _refuse)
    with pytest.raises(AssertionError, match="shopper's turn"):
        agent.chat(None, "a warm hoodie")
