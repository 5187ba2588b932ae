"""A part of the address mended at the confirmation by saying what it is and what it is not:
"wait wrong address, it's 71 Maple Dr not 17", "the zip is 80203 not 80202", "it's Elm Street
not Elm Road". The part said after "not" is found in the address on the order and replaced by
the part said before it; the rest of the address stays."""

from __future__ import annotations

import re
from typing import Any

_IS_NOT = re.compile(
    r"^(?P<before>.+?)\s*,?\s+(?:and\s+)?not\s+(?P<old>[\w'.-]+(?:\s+[\w'.-]+){0,4})\s*[.!]*$"
)
_LEAD = re.compile(
    r"^.*(?:[,;:!]|\.(?=\s)|\s-\s|\b(?:it'?s|its|it is|should be|meant|is|make it|oops|sorry))\s*",
    re.IGNORECASE,
)
_FIELDS = ("line1", "line2", "postal_code", "city")


def address_swap(text: str) -> tuple[str, str] | None:
    """(what was wrong, what is right) said as "X not Y": "71 Maple Dr not 17" -> ("17", "71
    Maple Dr")."""
    said = _IS_NOT.search(" ".join(text.split()))
    if not said:
        return None
    new, old = _LEAD.sub("", said["before"]).strip(" .,"), said["old"].strip(" .,")
    if not new or len(new.split()) > 5:
        return None
    return (old, new) if old.lower() != new.lower() else None


def mended_address(address: dict[str, str], old: str, new: str) -> dict[str, str] | None:
    """The address with `old` replaced: by the one word of `new` of its shape that the address
    lacks ("71" of "71 Maple Dr" for "17"), or by all of `new`; None when `old` is not in it."""
    for field in _FIELDS:
        value = address.get(field) or ""
        found = re.search(rf"(?<![\w]){re.escape(old)}(?![\w])", value, re.IGNORECASE)
        if not found:
            continue
        return {
            **address,
            field: value[: found.start()] + _meant(value, old, new) + value[found.end() :],
        }
    return None


def _meant(value: str, old: str, new: str) -> str:
    """What replaces `old`: the words of `new` the address line does not hold yet, when `old` is
    one word and `new` repeats the rest of the line ("71 Maple Dr" for "17" in "17 Maple Dr")."""
    if len(old.split()) > 1 or len(new.split()) == 1:
        return new
    held = {w.lower() for w in value.split()}
    fresh = [w for w in new.split() if w.lower() not in held]
    shaped = [w for w in fresh if w[:1].isdigit() == old[:1].isdigit()]
    return shaped[0] if len(shaped) == 1 else new


def swapped(known: dict[str, Any] | None, details: dict[str, Any]) -> dict[str, Any] | None:
    """The details with a said swap applied to the known address (None when the wrong part is
    not in it: the new address is asked for); other details as they are."""
    if "swap" not in details:
        return details
    address = (known or {}).get("address")
    mended = mended_address(address, *details["swap"]) if address else None
    return {"address": mended} if mended else None
