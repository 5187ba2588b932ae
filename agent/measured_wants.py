"""Measures asked of a kind's spec ("a 38mm case max", "4mm drop", "30 litres or more"): the
products whose attribute of that measure is the amount said, or within the bound said.

Only attributes the products found give as an amount count ("case_size": "38 mm"), so what a
measure means is read from the catalog, never from a list of keys."""

from __future__ import annotations

import re
from typing import Any

from agent.list_superlatives import amount_of

AT_MOST = "at most "
AT_LEAST = "at least "
"""Prefixes of a wanted value that bound a measure ("at most 38 mm") instead of naming it."""

_SAID = re.compile(
    r"(?<![\w.$£€])(\d+(?:\.\d+)?)\s*-?\s*(fl\.? ?oz|oz|ml|liters?|litres?|ltrs?|quarts?|qt|lbs?"
    r"|kg|g|mm|cm|inch(?:es)?|ft|hours|hrs?|h|w|watts?|person|people|l)\b",
    re.I,
)
_UNIT_SPELLINGS = {"ltr": "l", "ltrs": "l", "watt": "w", "watts": "w"}
_MOST_BEFORE = re.compile(
    r"\b(?:under|below|less than|smaller than|no (?:more|bigger|larger|wider) than|at most"
    r"|max(?:imum)?(?: of)?|up to|not (?:more|bigger|larger|over) than)\s*$"
)
_LEAST_BEFORE = re.compile(
    r"\b(?:over|above|more than|bigger than|larger than|at least|min(?:imum)?(?: of)?)\s*$"
)
_MOST_AFTER = re.compile(
    r"^\s*(?:[a-z]+\s+){0,2}?(?:max(?:imum)?|tops|at most|or (?:less|smaller|under|below|fewer"
    r"|lower))\b"
)
_LEAST_AFTER = re.compile(
    r"^\s*(?:[a-z]+\s+){0,2}?(?:min(?:imum)?|at least|or (?:more|bigger|larger|over|above|higher"
    r"|up)|plus)\b|^\+"
)
_KEY_WORD_GAP = 2
"""How many words may stand between an amount and its attribute's name ("38mm watch case")."""


def measure_wants(text: str, hits: list[Any]) -> dict[str, str]:
    """Per measured attribute of the products found, the amount the text asks of it: the
    record's own value when said plainly and some product has it exactly ("4mm drop": "4 mm"),
    "at most 38 mm" / "at least 30 L" when said with a bound ("38mm case max", "30L or more")."""
    lowered = text.lower()
    measured = _measured_keys(hits)
    wants: dict[str, str] = {}
    for found in _SAID.finditer(lowered):
        unit = _UNIT_SPELLINGS.get(found[2], found[2])
        said = amount_of(f"{found[1]} {unit}", "")
        if said is None:
            continue
        keys = [k for k, family in measured.items() if family == said[0]]
        key = _meant_key(keys, lowered, found)
        if key is None or key in wants:
            continue
        bound = _bound(lowered[: found.start()], lowered[found.end() :])
        if bound:
            wants[key] = f"{bound}{found[1]} {unit}"
            continue
        exact = {
            str(h.product.attributes[key])
            for h in hits
            if (a := _amount(h.product, key)) is not None and abs(a[1] - said[1]) < 1e-6
        }
        if len(exact) == 1:
            wants[key] = exact.pop().lower()
    return wants


def within_bound(value: str, wanted: str) -> bool | None:
    """Whether the record's value keeps the bound ("38 mm" within "at most 38 mm"); None when
    `wanted` bounds nothing."""
    for prefix, keeps in ((AT_MOST, lambda a, b: a <= b), (AT_LEAST, lambda a, b: a >= b)):
        if wanted.startswith(prefix):
            have, limit = amount_of(value, ""), amount_of(wanted.removeprefix(prefix), "")
            if have is None or limit is None or have[0] != limit[0]:
                return False
            return bool(keeps(have[1], limit[1] + _EPSILON if prefix == AT_MOST else limit[1]))
    return None


_EPSILON = 1e-6


def _measured_keys(hits: list[Any]) -> dict[str, str]:
    """The attributes the products found give as one kind of amount (case_size: length)."""
    families: dict[str, set[str]] = {}
    for hit in hits:
        for key in hit.product.attributes:
            if (found := _amount(hit.product, key)) is not None:
                families.setdefault(key, set()).add(found[0])
    return {key: next(iter(f)) for key, f in families.items() if len(f) == 1}


def _amount(product: Any, key: str) -> tuple[str, float, str] | None:
    value = str(product.attributes.get(key, ""))
    if len(value.split()) > 3 or not re.match(r"\s*\d", value):  # "14 oz selvedge denim"
        return None
    return amount_of(value, key)


def _meant_key(keys: list[str], text: str, found: re.Match[str]) -> str | None:
    """The one attribute of the amount's kind, or of several the one named beside it."""
    if len(keys) == 1:
        return keys[0]
    near = " ".join(
        text[: found.start()].split()[-_KEY_WORD_GAP:] + text[found.end() :].split()[:_KEY_WORD_GAP]
    )
    named = [k for k in keys if any(re.search(rf"\b{p}", near) for p in k.split("_"))]
    return named[0] if len(named) == 1 else None


def _bound(before: str, after: str) -> str:
    if _MOST_BEFORE.search(before) or _MOST_AFTER.search(after):
        return AT_MOST
    if _LEAST_BEFORE.search(before) or _LEAST_AFTER.search(after):
        return AT_LEAST
    return ""
