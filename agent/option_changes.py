"""A cart line changed to another value of an option that is not a plain size letter or colour:
"actually the 12 in", "make it the queen instead", "hmm, the 32 oz one instead" (a skillet's
diameter, a blanket's bed size, a bottle's capacity), read against the products in the cart."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from agent.cart_lines import LineFacts
from agent.phrases import CHANGE_VARIANT
from agent.variants import spelled_options

_FIRST_CLAUSE = re.compile(r"\s*(?:[,;.!?]+|\s-\s|\bbecause\b|\bcos\b|\bsince\b)\s*")


_HESITATION = re.compile(r"^(?:(?:wait|hold on|sorry|oops|whoops|hmm+|oh|ah|no|nah|um+)\W*\s*)+")
_ONLY_A_VALUE = re.compile(r"^(?:the|a|an|\d)[\w .-]*$")
"""After a hesitation, "the 12 inch" or "16 oz one": a value and little else."""


def option_change(
    text: str, lines: Sequence[LineFacts], search: Any, *, touched: bool = False
) -> tuple[str, dict[str, str]] | None:
    """(product id of the line, {option: new value}) when the first clause asks for one line's
    other option value; None otherwise (or when two lines could be meant). Right after a line
    was `touched`, a first clause that only names a value after a hesitation asks it too ("wait
    the 12 inch, bigger is better")."""
    lowered = " ".join(text.lower().split())
    hesitates = _HESITATION.match(lowered)
    clauses = _FIRST_CLAUSE.split(lowered[hesitates.end() if hesitates else 0 :])
    # "measured my sofa, swap it for the 20 x 20 inch": the clause that asks the change, after
    # a reason ("too big for my burner. the 10 inch instead")
    first = next((c for c in clauses if CHANGE_VARIANT.search(c)), clauses[0])
    if not CHANGE_VARIANT.search(first) and not (
        touched and hesitates and _ONLY_A_VALUE.match(first) and len(first.split()) <= 4
    ):
        return None
    found: list[tuple[str, dict[str, str]]] = []
    for line in lines:
        product = search.get(line.product_id)
        if product is None:
            continue
        said = (
            spelled_options(product, first)
            or _bare_number_value(product, first)
            or _sized_number_value(product, first)
        )
        current = set(line.variant_title.lower().split(" / "))
        changed = {k: v for k, v in said.items() if v.lower() not in current}
        if changed:
            found.append((line.product_id, changed))
    return found[0] if len(found) == 1 else None


_BARE_NUMBER = re.compile(
    r"^(?:the |a |an )?(\d+(?:\.\d+)?)(?: one| is| would| will| works| please|$)"
)
"""After a hesitation, "10 is fine" or "the 8 one": a number alone for a value with a unit."""


def _bare_number_value(product: Any, clause: str) -> dict[str, str]:
    """The one option value of the product that is this number with a unit ("10" for a skillet's
    "10 in"); nothing when no value or several share the number."""
    said = _BARE_NUMBER.match(clause)
    if said is None:
        return {}
    return _one_value_of(product, rf"{re.escape(said[1])}\s*[a-z][\w .-]*")


def _one_value_of(product: Any, value_pattern: str, *, colour: bool = True) -> dict[str, str]:
    """The one option value of the product (colours only when `colour`) that fully matches
    `value_pattern`; nothing when none or several do."""
    found = {
        (key, str(value))
        for variant in product.variants
        for key, value in variant.options.items()
        if (colour or key != "color") and re.fullmatch(value_pattern, str(value).lower())
    }
    if len(found) != 1:
        return {}
    key, value = found.pop()
    return {key: value}


_SIZED_NUMBER = re.compile(
    r"\b(?:to |into |for )?(?:a|an|size|sz|the)\s+(\d+(?:\.\d+)?)(?:'?s)?\b"
    r"(?!\s*(?:of\b|x\b|pairs?\b|more\b|items?\b|units?\b|pieces?\b|%|\$))"
)
"""In a change ("make the belt a 36", "switch the boots to a 9", "make them the 15s"): a number
said as a measure; "make it 3" says how many, "a 36" which one."""


def _sized_number_value(product: Any, clause: str) -> dict[str, str]:
    """The one non-colour option value of the product that is the number said after "a" or
    "size" in a change ("a 36" for a belt's "36", "a 10" for "10 in")."""
    said = _SIZED_NUMBER.search(clause)
    if said is None:
        return {}
    return _one_value_of(product, rf"{re.escape(said[1])}(?:\s*[a-z][\w .-]*)?", colour=False)


_BACK = re.compile(
    r"\b(?:(?:switch|change|put|turn|swap|set|make) (?:it|that|them) back|go(?:ing)? back"
    r"|back to (?:the )?(?:first|original|old|other|previous|way it was)|as it was"
    r"|(?:the )?(?:original|previous|old) one|undo (?:that|it|the change))\b"
)
"""Words that ask a cart line back in the option values it had before the last change."""


def reverted_values(text: str, changed_from: dict[str, str] | None, product: Any) -> dict[str, str]:
    """The colour and size the line had before the last change, when the message asks for them
    back ("hmm no, switch it back"); nothing otherwise."""
    if not changed_from or not _BACK.search(" ".join(text.lower().split())) or product is None:
        return {}
    old = {part.strip().lower() for part in changed_from.get("variant", "").split(" / ")}
    for variant in product.variants:
        if {str(v).lower() for v in variant.options.values()} == old:
            values = {"size": variant.size or "", "color": variant.color or ""}
            return {k: v for k, v in values.items() if v}
    return {}


_TO_VALUE = r"\b(?:for|to|into|in|with)\s+(?:the\s+|an?\s+)?"


def target_colour(text: str, said: Sequence[str]) -> str | None:
    """The colour a line changes to when several are said: the one after "for", "to" or "in"
    ("black shows the hair, swap it for olive"), else the first said."""
    lowered = " ".join(text.lower().split())
    for colour in reversed(said):
        if re.search(rf"{_TO_VALUE}{re.escape(colour.lower())}\b", lowered):
            return colour
    return said[0] if said else None
