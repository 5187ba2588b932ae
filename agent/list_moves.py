"""Moves within the lists shown: "any more?" pages on through the latest search's matches, "go
back" / "the previous ones" shows the list before the latest again. The phrases are data
(`agent/data/list_moves.tsv`), read on the whole message once the polite words around it are
dropped ("ok, can you show me some more please?"); the lists they move through are the state's
`further` (kept by the search) and `earlier` (kept by `list_history` whenever a new list is shown).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any, Literal

from agent.state import ShoppingState

Move = Literal["more", "back"]

_LEADING = re.compile(
    r"^(?:(?:ok(?:ay)?|so|and|hmm+|um+|uh+|alright|cool|nice|great|thanks|thx|well|actually|hey"
    r"|oh|ah|right|sure|yeah|yes|no|nah|hm+|meh|ugh+|oof)\s+)*"
    r"(?:(?:can|could|would|will) (?:you|u) (?:please |pls )?(?:show|give|list) (?:me |us )?"
    r"|(?:please |pls )?(?:show|give|list) (?:me |us )?|let me see |let'?s see |i'?d like to see "
    r"|i want to see |can i see |could i see |lemme see |take me |i'?ll see |let'?s go )?"
)
_TRAILING = re.compile(
    r"(?:\s+(?:please|pls|plz|thanks|thx|then|again|too|mate|for me|of them|there|you have))*$"
)


@cache
def _phrases() -> dict[str, Move]:
    data = resources.files("agent").joinpath("data/list_moves.tsv").read_text("utf-8")
    pairs: dict[str, Move] = {}
    for line in data.splitlines():
        if line.strip() and not line.startswith("#"):
            phrase, move = line.split("\t")
            pairs[phrase.strip()] = "back" if move.strip() == "back" else "more"
    return pairs


def list_move(text: str) -> Move | None:
    """The move a message made of nothing else asks for; None when it asks anything more."""
    said = " ".join(re.findall(r"[a-z0-9']+", text.lower().replace("’", "'")))
    if not said or len(_LEADING.sub("", said).split()) > 9:
        return None
    phrases = _phrases()
    for core in (said, _TRAILING.sub("", said), _TRAILING.sub("", _LEADING.sub("", said))):
        if core in phrases:
            return phrases[core]
    return None


def list_history(state: ShoppingState, changes: dict[str, Any]) -> dict[str, Any]:
    """What a turn's tool results change in the lists kept for moving: the list it replaced
    becomes `earlier` (unless the turn moved back to it), a list not from a search has no more."""
    if "shown" not in changes:
        return {}
    history: dict[str, Any] = {} if "further" in changes else {"further": []}
    new = [p["id"] for p in changes["shown"]]
    if state.shown and new and new != [p["id"] for p in state.shown] and "earlier" not in changes:
        history["earlier"] = {"shown": state.shown, "query": state.query, "filters": state.filters}
    return history
