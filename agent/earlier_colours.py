""" "Back to the hoodies, same colour as before", "a beanie in the same colour as the hoodie": the
colour said or bought earlier, reused as the colour asked for — from the thing named (a cart
line, else the last search of that kind), else from the searches of the conversation, latest
first, then the last cart line."""

from __future__ import annotations

import re
from typing import Any

from agent.cart_lines import LineFacts
from agent.kind_synonyms import kind_form
from agent.slots import color_words_in
from agent.state import ShoppingState

_SAME_AS = re.compile(
    r"\b(?:in )?(?:the )?same colou?r(?:way)? (?:as|like) "
    r"(?:(?:the |my |that |those |these )(?P<thing>[a-z][a-z' -]*?)"
    r"(?=\s*(?:[?.!,;]|$|\b(?:and|please|pls|too|i|in|from)\b))"
    r"|(?:before|earlier|last time|previously|the (?:last|other) (?:one|ones|time)))"
)
_EARLIER = re.compile(r"\b(?:before|earlier|previous|last|other)\b")


def earlier_colour_named(text: str, state: ShoppingState, lines: list[LineFacts]) -> str:
    """The text with "the same colour as …" as "in <colour>", the colour it points at; the text
    as said when it names a colour itself or points at none."""
    said = _SAME_AS.search(text.lower())
    if said is None or color_words_in(text.lower()):
        return text
    thing = said["thing"]
    if thing and not _EARLIER.fullmatch(thing.split()[-1]):
        colour = _of_line(thing, lines) or _of_kind_searched(thing, state)
    else:
        colour = _searched_last(state) or _of_line("", lines)
    if not colour:
        return text
    return f"{text[: said.start()]}in {colour}{text[said.end() :]}"


def _kinds(words: str) -> set[str]:
    return {kind_form(w) for w in re.findall(r"[a-z][a-z-]+", words.lower())}


def _of_line(thing: str, lines: list[LineFacts]) -> str | None:
    """The colour of the cart line the thing names (the last line when none is named)."""
    named = _kinds(thing)
    for line in reversed(lines):
        if named and not named & _kinds(" ".join([line.title, *line.category[-1:]])):
            continue
        colours = color_words_in(line.variant_title.lower())
        if colours:
            return colours[0]
    return None


def _of_kind_searched(thing: str, state: ShoppingState) -> str | None:
    """The colour said in the last search of the kind the thing names."""
    named = _kinds(thing)
    for entry in reversed(state.kind_lists):
        if named & _kinds(" ".join([*entry["kinds"], entry["query"]])):
            colours = color_words_in(entry["query"].lower())
            if colours:
                return colours[0]
    return None


def _searched_last(state: ShoppingState) -> str | None:
    """The colour of the latest search that said one: the turn before, the search in view (a
    list returned to), then the other kinds' searches, latest first."""
    before = state.understanding.slots.color_words
    if before:
        return before[0]
    queries = [state.query, *(e["query"] for e in reversed(state.kind_lists))]
    for query in queries:
        colours = color_words_in(query.lower()) if query else []
        if colours:
            return colours[0]
    return _searched_colour(state.filters)


def _searched_colour(filters: dict[str, Any]) -> str | None:
    colours = filters.get("colors") or []
    return colours[0] if len(colours) == 1 else None
