"""Colour words that name no colour of the product: "my youngest goes red so easily" (a change
of skin), "a sun cream" (a kind of product). Said as a filter, they would list red sneakers and
beige lip balm instead of sunscreen."""

from __future__ import annotations

import re
from functools import cache

from agent.slots import colors_in
from catalog.kind_words import kind_words

_CHANGE = re.compile(
    r"\b(?:go|goes|going|went|gone|turn|turns|turning|turned|burn|burns|burning|burnt|burned)"
    r"\s+(?:(?:bright|so|really|very|all|quite|a bit|lobster|beetroot)\s+)*(?P<colour>[a-z]+)\b",
    re.I,
)
"""A colour said of a change ("goes red", "turns bright pink", "burns so red")."""


def without_colour_idioms(text: str) -> str:
    """The text less colours said of a change, with kind phrases holding a colour word ("sun
    cream") written as the catalog's word for the kind (catalog/data/kind_words.tsv)."""

    def drop(match: re.Match[str]) -> str:
        if not colors_in(match["colour"].lower()):
            return match[0]
        return match[0][: match.start("colour") - match.start(0)].rstrip()

    return _as_kind_words(_CHANGE.sub(drop, text))


def _as_kind_words(text: str) -> str:
    for said, plain in _coloured_kind_words().items():
        text = re.sub(rf"(?<![\w-]){re.escape(said)}(?![\w-])", plain, text, flags=re.I)
    return text


@cache
def _coloured_kind_words() -> dict[str, str]:
    return {
        said: plain
        for said, plain in kind_words().items()
        if " " in said and colors_in(said) and not colors_in(plain)
    }
