"""In "is it X?" / "are they X?" the X is what is asked, never a name: with a product in focus
(the Cat Eye Sunglasses just named), "are they polarized?" asks about it, not about the
Polarized Fishing Sunglasses further down the list."""

from __future__ import annotations

import re

from agent.understanding import Intent, Understanding

_ASKS_IF = re.compile(
    r"^\W*(?:(?:and|so|ok(?:ay)?|but|also|hmm+)\W+)*(?:is|are|does|do)\s+"
    r"(?:it|they|these|those|this|that|this one|that one)\s+(?:also\s+|actually\s+|really\s+)?"
    r"([a-z][a-z-]+)"
)


def keep_focus_for_property(
    understanding: Understanding, focus: str | None, titles: dict[str, str]
) -> None:
    """Point the question back at the product in focus when the only "name" it said is the
    property it asks about."""
    refs = understanding.references
    asked = _ASKS_IF.match(understanding.text.lower())
    if (
        understanding.intent is not Intent.PRODUCT_QUESTION
        or asked is None
        or focus is None
        or refs.ordinals
        or len(refs.product_ids) != 1
        or refs.product_ids[0] == focus
    ):
        return
    title = titles.get(refs.product_ids[0], "").lower()
    said = set(re.findall(r"[a-z][a-z-]+", understanding.text.lower())) - {asked[1]}
    if asked[1] in title.split() and not said & (set(title.split()) - _COMMON):
        refs.product_ids, refs.names_product = [focus], False


_COMMON = frozenset({"the", "and", "with", "for"})
