"""An intent classifier over the catalog's own text encoder (MiniLM), for what rules leave open.

The rules decide everything structural (cart, checkout, orders, references). A message they
can only call a search may instead be small talk, a help request, off-topic or gibberish; this
classifier, a k-nearest-neighbour vote over example utterances kept in
`agent/data/utterances.tsv`, says which, and only above a confidence threshold. Measured in
`bench/intents.py` (held-out accuracy and latency).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

import numpy as np

from agent.understanding import Intent
from catalog.embed import encode_queries

THRESHOLD = 0.5
"""Share of the neighbours' similarity a talk intent needs to win over search (bench/intents.py)."""
MIN_SIMILARITY = 0.5
"""The nearest example of the winning intent must be at least this close (cosine), so a message
like nothing in the examples ("speakers", a product name) stays a search."""
K = 5


@dataclass(frozen=True)
class Example:
    intent: Intent
    text: str


def load_examples() -> list[Example]:
    data = resources.files("agent").joinpath("data/utterances.tsv").read_text(encoding="utf-8")
    examples = []
    for line in data.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        intent, text = line.split("\t", 1)
        examples.append(Example(Intent(intent), text.strip()))
    return examples


Embed = Callable[[str], Sequence[float]]
"""A message's vector (lower-cased text in, MiniLM vector out)."""


class IntentClassifier:
    """Nearest neighbours over L2-normalised sentence vectors."""

    def __init__(self, encoder: Any, examples: Sequence[Example], k: int = K) -> None:
        self.encoder = encoder
        self.k = k
        self.labels = [e.intent for e in examples]
        texts = [e.text.lower() for e in examples]
        self.vectors = np.asarray(encode_queries(encoder, texts))  # the side messages are on

    def vote(
        self, text: str, embed: Embed | None = None
    ) -> tuple[dict[Intent, float], dict[Intent, float]]:
        """Each intent's share of the k nearest examples' similarity (sums to 1), and the
        similarity of each voting intent's nearest example.

        `embed` gives the message's vector from a cache the catalog search shares, so a turn
        encodes its message once."""
        if embed is not None:
            vector = np.asarray(embed(text.lower()), dtype=np.float32)
        else:
            vector = np.asarray(encode_queries(self.encoder, [text.lower()]))[0]
        sims = self.vectors @ vector
        votes: dict[Intent, float] = {}
        closest: dict[Intent, float] = {}
        for i in np.argsort(-sims)[: self.k]:
            label = self.labels[i]
            votes[label] = votes.get(label, 0.0) + max(float(sims[i]), 0.0)
            closest.setdefault(label, float(sims[i]))
        total = sum(votes.values()) or 1.0
        return {intent: value / total for intent, value in votes.items()}, closest

    def predict(self, text: str, embed: Embed | None = None) -> tuple[Intent, float, float]:
        """(intent, its share of the vote, similarity of its nearest example)."""
        votes, closest = self.vote(text, embed)
        if not votes:
            return Intent.SEARCH, 0.0, 0.0
        best = max(votes, key=lambda i: votes[i])
        return best, votes[best], closest.get(best, 0.0)


_classifiers: dict[int, IntentClassifier] = {}
_lock = threading.Lock()


def classifier_for(encoder: Any) -> IntentClassifier:
    """One classifier per encoder object, trained once (about 0.3 s with MiniLM on CPU)."""
    key = id(encoder)
    with _lock:
        if key not in _classifiers:
            _classifiers[key] = IntentClassifier(encoder, load_examples())
        return _classifiers[key]


def talk_intent(
    encoder: Any,
    text: str,
    threshold: float = THRESHOLD,
    floor: float = MIN_SIMILARITY,
    embed: Embed | None = None,
) -> tuple[Intent, float]:
    """Small talk, help, off-topic or unclear when confident; else search."""
    intent, share, closest = classifier_for(encoder).predict(text, embed)
    if intent is not Intent.SEARCH and share >= threshold and closest >= floor:
        return intent, share
    return Intent.SEARCH, share if intent is Intent.SEARCH else 1 - share
