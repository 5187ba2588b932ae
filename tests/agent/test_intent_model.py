"""The intent classifier compares a message with its examples on the same side of the encoder."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from agent.intent_model import Example, IntentClassifier
from agent.understanding import Intent
from catalog.embed import HashingTextEncoder


class _TwoSidedEncoder(HashingTextEncoder):
    """A fake with a query side that differs from its document side, as e5's prefixes do."""

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self.encode([f"query {t}" for t in texts])


def test_a_greeting_matches_its_own_example_exactly_on_a_two_sided_encoder() -> None:
    encoder = _TwoSidedEncoder(dim=64)
    examples = [Example(Intent.GREET, "hello there"), Example(Intent.SEARCH, "red wool socks")]
    classifier = IntentClassifier(encoder, examples, k=1)
    assert np.allclose(classifier.vectors[0], encoder.encode_queries(["hello there"])[0])
    intent, _, nearest = classifier.predict("Hello there")
    assert intent is Intent.GREET and nearest == pytest.approx(1.0)
