""" "The chelsea one, do you have it in black?" after a detour from boots to sneakers and slides:
the product of an earlier list whose title holds every word said ("Chelsea Suede Boot"), when
no product in view does. The pointer is replaced by that product's title."""

from __future__ import annotations

import re
from functools import cache

from agent.state import ShoppingState
from catalog.colors import known_color_words

_ONE = re.compile(r"\b(?:the|that) ((?:[a-z][a-z-]+ ){1,3})one\b(?!s)", re.I)
_NOT_NAMES = frozenset({
    "other", "first", "second", "third", "last", "cheap", "cheaper", "cheapest", "same", "next",
    "previous", "big", "bigger", "small", "smaller", "new", "best", "better", "only", "right",
})  # fmt: skip


def seen_one_named(text: str, state: ShoppingState) -> str:
    """The text with "the <words> one" as the title of the one earlier-listed product whose
    title holds all those words, when none of the list in view does."""
    said = _ONE.search(text)
    if said is None:
        return text
    words = said[1].lower().split()
    if any(w in _NOT_NAMES for w in words) or all(w in _colour_words() for w in words):
        return text  # "the coral one" is a colour of the list in view, not "Coral Glow Lip Balm"
    if any(_holds(p["title"], words) for p in state.shown):
        return text
    in_view = {p["id"] for p in state.shown}
    earlier = [p for p in state.seen if p["id"] not in in_view and _holds(p["title"], words)]
    if len(earlier) != 1:
        return text
    return f"{text[: said.start()]}the {earlier[0]['title']}{text[said.end() :]}"


@cache
def _colour_words() -> frozenset[str]:
    return frozenset(w for shade in known_color_words() for w in shade.split())


def _holds(title: str, words: list[str]) -> bool:
    held = {w.rstrip("s") for w in re.findall(r"[a-z0-9]+", title.lower())}
    return all(w.rstrip("s") in held for w in words)
