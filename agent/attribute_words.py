"""Catalog attributes said without their name: "midi dress" asks for length midi, "stability
running shoes" for support stability, "a mug I can put in the dishwasher" for dishwasher_safe.

Shoppers name the value ("midi", "high rise", "tactile") far more often than the attribute, and
a yes/no attribute by what it is about ("dishwasher") more often than by its key. Both are read
from the products found, so only this catalog's own attributes and values count.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from agent.measured_wants import within_bound
from catalog.colors import color_family
from catalog.payload import product_words
from catalog.sparse import stem

MOST_VALUES = 8
"""An attribute with more values than this among the products found describes rather than sorts
them (ingredients, net weight): a word of one of its values is no request for it."""
_DESCRIPTIVE = frozenset({"material"})
"""Free-text attributes whose words are read as materials (agent/negations.py), not values."""
_YES_NO = frozenset({"yes", "no"})
RULED_OUT = "not "
"""Prefix of a wanted value that rules the value out ("not maxi")."""


def values_said(said: str, ruled_out: str, hits: list[Any]) -> dict[str, str]:
    """Attribute values named alone ("midi dress" -> length: midi; "not maxi" -> not maxi), for
    the attributes that sort the products found into a few one-word values."""
    wants: dict[str, str] = {}
    for key, values in sorted(_values(hits).items()):
        if key in _DESCRIPTIVE or len(values) < 2 or len(values) > MOST_VALUES:
            continue
        words = {
            _word(v): v for v in values if _word(v) and not _titles_otherwise(said, hits, key, v)
        }
        refused = [v for v in words.values() if re.search(_said_as(v), ruled_out)]
        asked = [v for v in words.values() if re.search(_said_as(v), said) and v not in refused]
        if len(asked) == 1:
            wants[key] = asked[0]
        elif not asked and len(refused) == 1:
            wants[key] = RULED_OUT + refused[0]
    return wants


def yes_no_by_object(said: str, ruled_out: str, keys: set[str], hits: list[Any]) -> dict[str, str]:
    """A yes/no attribute named by what it is about: "dishwasher" for dishwasher_safe, when no
    product found is itself named by that word (a store selling dishwashers means those)."""
    named = {word for hit in hits for word in product_words(hit.product)}
    wants: dict[str, str] = {}
    for key in sorted(keys):
        parts = key.split("_")
        thing = parts[0]
        if len(parts) < 2 or len(thing) < 4 or stem(thing) in named:
            continue
        pattern = re.compile(rf"\b{re.escape(thing)}s?\b")
        if pattern.search(ruled_out):
            wants[key] = "no"
        elif pattern.search(said):
            wants[key] = "yes"
    return wants


def has_value(product: Any, key: str, wanted: str) -> bool:
    """Whether the product's attribute is the wanted value, not the one ruled out, or within the
    bound wanted."""
    value = str(product.attributes.get(key, "")).lower()
    if (bounded := within_bound(value, wanted)) is not None:  # "at most 38 mm"
        return bounded
    if wanted.startswith(RULED_OUT):
        return bool(value) and value != wanted.removeprefix(RULED_OUT)
    return value == wanted


def _titles_otherwise(said: str, hits: list[Any], key: str, value: str) -> bool:
    """Whether the shopper names a product found that is titled with the value's word but has
    another value: "everyday crew tee" names the Everyday Crew Tee (a v-neck), not the crew
    necklines. Only a title word beyond the value word and the kind ("everyday"), said beside it
    as the title has it, names it: "v-neck tee" still asks for v-necks, not for the Slub Cotton
    V-Neck Tee, whose neckline is crew, and "silent switches, shared office" for silent ones.
    A number counts as a title word: "straight 211 jean" names the Straight 211 Jean."""
    word = _word(value)
    said_stems = [stem(w) for w in said.split()]
    said_pairs = set(pairwise(said_stems))
    for hit in hits:
        title = re.findall(r"[a-z0-9]+", hit.product.title.lower().replace("-", ""))
        if word not in title or str(hit.product.attributes.get(key, "")).lower() == value:
            continue
        kind = {stem(w) for w in _kind_words(hit.product)} | {stem(title[-1])}
        stems = [stem(w) for w in title]
        pairs = set(pairwise(stems))  # the title's words said together: "silent switches
        if any(  # for the office" never names the Silent Office Keyboard
            stem(word) in pair and not set(pair) - {stem(word)} <= kind
            for pair in pairs & said_pairs
        ):
            return True
    return False


def _kind_words(product: Any) -> list[str]:
    """The words of a product's category path ("running", "shoes")."""
    return re.findall(r"[a-z]+", " ".join(product.category).lower().replace("-", ""))


def _values(hits: list[Any]) -> dict[str, set[str]]:
    values: dict[str, set[str]] = {}
    for hit in hits:
        for key, value in hit.product.attributes.items():
            values.setdefault(key, set()).add(str(value).lower())
    return {k: v for k, v in values.items() if not v & _YES_NO}


def _said_as(value: str) -> str:
    """The value's pattern in the shopper's words, its parts together or apart ("vneck", "v
    neck")."""
    return r"\b" + r" ?".join(re.escape(part) for part in value.split("-")) + r"\b"


def _word(value: str) -> str:
    """The value as one word as shoppers write it ("v-neck" -> "vneck"), "" when it is not one
    word of letters or is a colour (a package colour is no request for one)."""
    word = value.replace("-", "")
    if not re.fullmatch(r"[a-z]{3,}", word) or color_family(value):
        return ""
    return word
