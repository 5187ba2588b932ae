"""Attribute values as shoppers write them: "v neck", "v-neck" or "vneck" for the value
"v-neck", "no v" for it ruled out, and "crew neck" for the neckline "crew" (a value named with
the start of its attribute's name)."""

from __future__ import annotations

import re

SHORT_PART = 2
"""A hyphened value whose first part is this short ("v-neck", "u-lock") is ruled out by that part
alone ("no v, crew only"): a letter ruled out means nothing else."""
KEY_START = 4
"""The fewest letters of an attribute's name that, said after a value, name the attribute ("crew
neck" for neckline)."""


def value_pattern(value: str, *, short: bool = False) -> str:
    """A regex for the value with its hyphens written as a space, a hyphen or nothing; with
    `short`, a short first part alone stands for the whole."""
    parts = [re.escape(p) for p in value.split("-") if p]
    if not parts:
        return re.escape(value)
    joint = r"[\s-]?"
    if short and len(parts) > 1 and len(parts[0]) <= SHORT_PART:
        return rf"{parts[0]}(?:{joint}{joint.join(parts[1:])})?"
    return joint.join(parts)


def said_with_its_key(said: str, value: str, key: str) -> bool:
    """Whether the value is said followed by a word its attribute's name starts with ("crew
    neck": neckline; "relaxed fit": fit)."""
    name = key.replace("_", "").lower()
    for match in re.finditer(rf"\b{value_pattern(value)}\s+([a-z]+)\b", said):
        if len(match[1]) >= KEY_START and name.startswith(match[1]):
            return True
    return False
