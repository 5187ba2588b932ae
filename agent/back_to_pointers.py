""" "Ok back to that hoodie — does it come in green?" after a detour to socks: the product talked
about earlier whose title holds the word ("Sherpa Lined Hoodie"), not the one in view. The
pointer is replaced by that product's title."""

from __future__ import annotations

import re
from typing import Any

from agent.state import ShoppingState

_BACK = re.compile(
    r"\b(?:(?:go(?:ing)?|get(?:ting)?|come|coming|going) )?back to (?:the|that|this|those|these"
    r"|my) ([a-z][a-z-]+)\b(?! (?:one|ones)\b)",
    re.I,
)


def back_to_named(text: str, state: ShoppingState, search: Any) -> str:
    """The text with "back to the <word>" as "back to the <title>" of the product talked about
    before the one in focus whose title holds that word."""
    said = _BACK.search(text)
    if said is None:
        return text
    word = said[1].lower().rstrip("s")
    in_view = {state.focus, *(p["id"] for p in state.shown)}
    talked = [pid for pid in reversed(state.focused) if pid not in in_view]
    for product in (search.get(pid) for pid in talked):
        if product is not None and word in _words(product.title):
            return _named(text, said, product.title)
    return text


def _words(title: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z]+", title.lower())}


def _named(text: str, said: re.Match[str], title: str) -> str:
    return f"{text[: said.start(1)]}{title}{text[said.end(1) :]}"
