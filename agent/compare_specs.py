"""Which catalog attribute a comparison asks about ("which has more heel drop?" -> drop), and
which of the products has the most or least of it, read only from their records."""

from __future__ import annotations

import re
from typing import Any

_LESS = re.compile(r"\b(?:less|least|lower|lowest|smaller|smallest|thinner|thinnest|lighter"
                   r"|lightest|shorter|shortest|fewer|narrower|flatter)\b")  # fmt: skip
_MORE = re.compile(r"\b(?:more|most|higher|highest|bigger|biggest|thicker|thickest|heavier"
                   r"|heaviest|longer|longest|larger|largest|wider|widest)\b")  # fmt: skip
_NUMBER = re.compile(r"(\d+(?:\.\d+)?)\s*([a-z%]*)")
_SKIP = {"material", "test_case", "package_color"}
_STEM = 5


def asked_keys(products: list[dict[str, Any]], question: str) -> list[str]:
    """Attribute names the question's words name: "drop" -> drop, "thicker" -> thickness."""
    words = re.findall(r"[a-z]{3,}", question.lower())
    keys: list[str] = []
    for facts in products:
        for key in facts.get("attributes") or {}:
            if key in _SKIP or key in keys:
                continue
            if any(_same_word(w, part) for part in key.lower().split("_") for w in words):
                keys.append(key)
    return keys


_ASKED_AS = {
    "big": ("size", "capacity"), "bigger": ("size", "capacity"), "smaller": ("size", "capacity"),
    "large": ("size", "capacity"), "larger": ("size", "capacity"), "hold": ("capacity",),
    "holds": ("capacity",), "charge": ("battery",), "recharge": ("battery",),
}  # fmt: skip
"""Words that ask an attribute by what it measures: "how big are the cases?" asks case_size, "which
lasts longer per charge?" battery_life."""


def _same_word(word: str, part: str) -> bool:
    if len(part) < 3:
        return False
    if word == part or part in _ASKED_AS.get(word, ()):
        return True
    if word.endswith("s") and word[:-1] == part:  # "cases": case_size
        return True
    short = min(len(word), len(part))
    return short >= _STEM and word[:_STEM] == part[:_STEM]


_WHICH_IS = re.compile(
    r"\bwhich(?: one| of (?:the|them|those|these)(?: two)?)? (?:is|are|would be|will be|'s|runs?"
    r"|feels?|looks?|keeps? you) (?:the )?((?:more|less) [a-z]+|[a-z]{3,}er|better|best)\b"
)

_PRICED = re.compile(r"\b(?:cheaper|pricier|costlier|dearer|expensive|affordable)\b")


def unanswered_comparison(question: str, keys: list[str]) -> str:
    """ "Which is warmer?" when no attribute speaks to it: say so before the facts, rather
    than let the side-by-side look like an answer."""
    asked = _WHICH_IS.search(question.lower())
    if asked is None or keys or _PRICED.search(asked[1]):
        return ""  # "which is cheaper?" is answered by the prices listed
    return f"The catalog doesn't say which is {asked[1]}; here is what it lists for each."


def most_of(products: list[dict[str, Any]], key: str, question: str) -> str:
    """ "Tempo Glide 4 has the most drop (8 mm)." when every value is a number in one unit."""
    values = []
    for facts in products:
        match = _NUMBER.match(str((facts.get("attributes") or {}).get(key, "")).strip())
        if match is None:
            return ""
        values.append((float(match[1]), match[2], facts))
    if len({unit for _, unit, _ in values}) != 1 or len({v for v, _, _ in values}) < 2:
        return ""
    less = bool(_LESS.search(question.lower()))
    if not less and not _MORE.search(question.lower()):
        return ""
    *_, facts = (min if less else max)(values, key=lambda v: v[0])
    said = (facts.get("attributes") or {})[key]
    name = key.replace("_", " ")
    return f"{facts['title']} has the {'least' if less else 'most'} {name} ({said})."
