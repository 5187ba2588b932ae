"""A list narrowed by a feature its products record: "only high rise" after jeans, "relaxed fit
please", "the waterproof ones": an attribute value named with its attribute, or a yes/no
attribute. The feature stays part of the search, so "and under 100" next keeps high rise."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from agent.attribute_words import RULED_OUT
from agent.kind_scope import feature_wants
from agent.words import new_words
from catalog.model import Product

_ALSO_SAID = frozenset({
    "ones", "pairs", "pair", "just", "only", "please", "pls", "want", "rise", "narrow", "down",
    "filter", "keep", "show", "stick",
})  # fmt: skip
"""Words around a feature that only ask for the list narrowed ("narrow that down to the
waterproof ones", "filter to high rise")."""


@dataclass
class _Hit:
    """A product as `feature_wants` reads search hits."""

    product: Product
    variant_ids: list[str] = field(default_factory=list)


def names_listed_feature(text: str, listed: list[Product]) -> bool:
    """The message says nothing but a feature some listed products record ("only high rise")."""
    wants = feature_wants(text, [], [_Hit(p) for p in listed])
    if not wants:
        return False
    named = {w for key, value in wants.items() for w in [*key.split("_"), *value.split()]}
    return not [w for w in new_words(text) if w not in named | _ALSO_SAID]


def said_features(text: str, exclude_words: list[str], hits: list[Any]) -> dict[str, str]:
    """The features a refinement's own words ask for, among the products found."""
    return feature_wants(text, exclude_words, hits)


def with_features_said(query: str, wants: dict[str, str]) -> str:
    """The search's words with the features asked ("jeans high rise"), so they last."""
    words = [key.replace("_", " ") if value == "yes" else f"{value} {key.replace('_', ' ')}"
             for key, value in wants.items()
             if value != "no" and not value.startswith(RULED_OUT)]  # fmt: skip
    kept = [w for w in words if w not in query]
    return " ".join([query, *kept]).strip()
