"""A question's British spelling matched to the record's American one ("polarised" asks about
polarized, "insulated" is the same either way), only where the record spells it the other way."""

from __future__ import annotations

import re

_SUFFIXES = (
    ("isation", "ization"),
    ("ised", "ized"),
    ("ising", "izing"),
    ("ises", "izes"),
    ("ise", "ize"),
    ("yse", "yze"),
    ("ysed", "yzed"),
    ("our", "or"),
    ("ours", "ors"),
    ("oured", "ored"),
    ("tre", "ter"),
    ("tres", "ters"),
    ("ogue", "og"),
    ("ium", "um"),  # aluminium
)
_WORDS = {"grey": "gray", "tyre": "tire", "tyres": "tires", "jewellery": "jewelry"}


def _variants(word: str) -> list[str]:
    found = [_WORDS[word]] if word in _WORDS else []
    for british, american in _SUFFIXES:
        for one, other in ((british, american), (american, british)):
            if word.endswith(one) and len(word) > len(one) + 2:
                found.append(word[: -len(one)] + other)
    return found


def as_the_record_spells(words: list[str], record: str) -> dict[str, str]:
    """Each asked word the record holds only in the other spelling, mapped to that spelling."""
    record = record.lower()
    spelled: dict[str, str] = {}
    for word in words:
        if re.search(rf"\b{re.escape(word)}", record):
            continue
        other = next((v for v in _variants(word) if re.search(rf"\b{re.escape(v)}", record)), "")
        if other:
            spelled[word] = other
    return spelled


def respell(text: str, spelled: dict[str, str]) -> str:
    """The text with the asked words in the record's spelling."""
    for word, other in spelled.items():
        text = re.sub(rf"\b{re.escape(word)}\b", other, text, flags=re.I)
    return text


def american_colour(name: str) -> str:
    """A colour name lower-cased in American spelling ("Heather Grey" is heather gray), so an
    asked shade and a record's compare whichever way either spells it."""
    return re.sub(r"\bgrey\b", "gray", name.lower())
