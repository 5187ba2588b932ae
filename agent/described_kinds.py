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
    under 70" -> "a backpack, under 70")."""
    for pattern, kind in _descriptions():
        text = pattern.sub(_in_number_said(kind.strip()), text)
    return text


def _in_number_said(kind: str) -> Callable[[re.Match[str]], str]:
    """The kind, plural when the description says it so ("those heavy blankets": weighted
    blankets, never an order of the one weighted blanket)."""
    head = kind.split()[-1]
    plural = re.compile(rf"\b{re.escape(head)}(?:s|es)\b", re.I)

    def named(described: re.Match[str]) -> str:
        said = described.expand(kind)  # "(desk|reading) lights?" -> "\\1 lamp"
        return f"{said}s" if not head.endswith("s") and plural.search(described[0]) else said

    return named
