"""Kinds described instead of named: "a bag you carry on your back", "something warm for my head".

A shopper who does not know (or cannot find) the word describes the thing; a shop assistant hears
the kind. The descriptions and the kinds they mean are data (`agent/data/described_kinds.tsv`,
everyday descriptions, never one catalog's titles): the description is written as the kind in
place, so the rest of the message still limits the search ("..., not more than 70 dollars",
"... the polarised sort").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from importlib import resources


@cache
def _descriptions() -> list[tuple[re.Pattern[str], str]]:
    data = resources.files("agent").joinpath("data/described_kinds.tsv").read_text("utf-8")
    pairs = []
    for line in data.splitlines():
        if line.strip() and not line.startswith("#"):
            pattern, kind = line.split("\t")
            pairs.append((re.compile(rf"(?<![\w-])(?:{pattern.strip()})(?![\w-])", re.I), kind))
    return pairs


def described_kind(text: str) -> str:
    """The kind the first description in the text means ("" when it describes none)."""
    found = [(m.start(), kind) for pattern, kind in _descriptions() if (m := pattern.search(text))]
    return min(found)[1].strip() if found else ""


def with_kinds_named(text: str) -> str:
    """The text with each described kind written as the kind ("a bag you carry on your back,
    under 70" -> "a backpack, under 70"), less what it is only likened to ("a puffy tote, like a
    padded jacket but a bag": no jacket)."""
    text = _LIKENESS.sub("", text)
    for pattern, kind in _descriptions():
        text = pattern.sub(_in_number_said(kind.strip()), text)
    return text


_LIKENESS = re.compile(
    r",?\s*\b(?:kind of |sort of |a bit |just )?like an? [^,.;!?]*?\bbut (?:an? |as an? |in an? )"
    r"[a-z-]+(?: [a-z-]+)?(?= *(?:$|[,.;!?]))",
    re.I,
)
"""A likeness restated as another kind ("like a padded jacket but a bag"): only what it is like."""
_LIKENED = re.compile(
    r"(?:,|\b(?:looks?|looking|feels?|something|kind of|sort of|just|bit|similar)) like"
    r" (?:an? |the |those |some |one of those )?$"
)
"""A description after "like" is what the thing resembles, never the kind asked for."""
_WORD_BEFORE = re.compile(r"([\w-]+) $")


def _in_number_said(kind: str) -> Callable[[re.Match[str]], str]:
    """The kind, plural when the description says it so ("those heavy blankets": weighted
    blankets, never an order of the one weighted blanket)."""
    head = kind.split()[-1]
    plural = re.compile(rf"\b{re.escape(head)}(?:s|es)\b", re.I)

    def named(described: re.Match[str]) -> str:
        before = described.string[: described.start()].lower()
        if _LIKENED.search(before):
            return described[0]  # "a tote that's all puffy, like a padded jacket": no jacket
        if (said_before := _WORD_BEFORE.search(before)) and said_before[1] in kind.split()[:-1]:
            return described[0]  # "a duffel bag for my football kit" already names its kind
        said = described.expand(kind)  # "(desk|reading) lights?" -> "\\1 lamp"
        return f"{said}s" if not head.endswith("s") and plural.search(described[0]) else said

    return named
