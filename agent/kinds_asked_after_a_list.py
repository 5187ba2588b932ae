"""A kind asked of the whole store while a list or a product is in view: a new search for it.

"ok so which coffee do you have that's already ground?" after a question about the French Roast
asks every coffee, not the French Roast; "do any of those kettles let you pick the temperature?"
after a list of teas asks for kettles the list never held. Each reads as a search for the kind
with what it must do ("coffee that's already ground", "kettles that let you pick …").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from catalog.sparse import tokenize

_WHICH_YOU_HAVE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|and|then|well|hmm+)[\s,]+)*(?:which|what)\s+"
    r"(?P<kind>[a-z][a-z' -]{1,30}?)\s+(?:do|did)\s+(?:you|u|ya)(?: guys| all)?"
    r"\s+(?:have|got|sell|carry|stock)\b"
    r"(?:\s+(?:in stock|here))?(?P<rest>(?:\s+(?:that|which|thats|that's|that are|that is)\b.*)?)$",
    re.I,
)
"""'which coffee do you have that's already ground?': the kind, and what it must be."""

_ANY_OF_THOSE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|and|then|well|hmm+)[\s,]+)*(?P<verb>do|does|are|is|can|will)\s+any"
    r"(?:\s+of)?\s+(?:those|these|them|the|your)\s+(?P<kind>[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?)"
    r"\s+(?P<rest>\S.*)$",
    re.I,
)
"""'do any of those kettles let you pick the temperature?': a kind named of a list."""


_WHAT_ABOUT_A = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|and|then|well|hmm+)[\s,]+)*(?:what|how) about (?:an?|some)\s+"
    r"(?P<kind>[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?)(?P<rest>\s+(?:to|for|that|which|with)\b.*)?$",
    re.I,
)
"""'what about a hoodie to go over it' after tees: that kind, for what the list is."""


def _new_kind(
    kind: str, shown_titles: Sequence[str], names_sold_kind: Callable[[str], bool]
) -> bool:
    words = set(tokenize(kind))
    return names_sold_kind(kind) and not any(words & set(tokenize(t)) for t in shown_titles)


def kind_asked_of_the_store(
    text: str, shown_titles: Sequence[str], names_sold_kind: Callable[[str], bool]
) -> str | None:
    """The search the message asks for ("kettles that let you pick the temperature"), or None
    when it asks about what is in view."""
    said = text.strip().rstrip("?!. ")
    if (which := _WHICH_YOU_HAVE.match(said)) and names_sold_kind(which["kind"]):
        return f"{which['kind']}{which['rest']}".strip()
    if (about := _WHAT_ABOUT_A.match(said)) and _new_kind(
        about["kind"], shown_titles, names_sold_kind
    ):
        rest = about["rest"] or ""
        return about["kind"] + ("" if rest.lstrip().lower().startswith("to ") else rest)
    of_list = _ANY_OF_THOSE.match(said)
    if of_list is None or not names_sold_kind(of_list["kind"]):
        return None
    kind = set(tokenize(of_list["kind"]))
    if any(kind & set(tokenize(title)) for title in shown_titles):
        return None  # "do any of those hats fold flat?" of hats: the list
    that = "that are" if of_list["verb"].lower() in {"are", "is"} else "that"
    return f"{of_list['kind']} {that} {of_list['rest']}"
