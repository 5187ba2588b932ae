"""Tools for moving within the lists shown: the next matches of the latest search ("any more?")
and the list shown before the latest one ("go back"); see `agent/list_moves.py`."""

from __future__ import annotations

from typing import Any

from agent.outcome import Outcome, ToolRun, money_text
from agent.state import ShownProduct, remember_shown

SHOW_LIMIT = 5


def _renumbered(products: list[ShownProduct]) -> list[ShownProduct]:
    return [{**p, "ordinal": i + 1} for i, p in enumerate(products)]


def _listed(products: list[ShownProduct]) -> str:
    """The list as a search shows it ("1. Title — $price", out of stock said)."""
    return "\n".join(
        f"{p['ordinal']}. {p['title']} — {money_text(p['price'])}"
        + ("" if p["in_stock"] else " — out of stock")
        for p in products
    )


def show_more(run: ToolRun) -> Outcome:
    """The next matches of the latest search, or plainly that there are no more."""
    state = run.state
    if not state.shown:
        data: dict[str, Any] = {"products": [], "no_list": True}
        return Outcome(False, "There's no list to show more of yet — what are you looking for?",
                       data, {})  # fmt: skip
    if not state.further:
        return Outcome(
            True,
            "That's all of them — you've seen every match I have. "
            "Want me to widen the search (another colour, a bigger budget) or look for "
            "something else?",
            {"products": [], "all_shown": True},
            {},
        )
    shown = _renumbered(state.further[:SHOW_LIMIT])
    rest = state.further[SHOW_LIMIT:]
    update: dict[str, Any] = {
        "shown": shown,
        "turn_products": shown,
        "seen": remember_shown(state.seen, shown),
        "further": rest,
        "compared": [],
        "focus": None,
    }
    closing = (
        'Say "more" for the next ones, or "add the first one".'
        if rest
        else "That's the last of them."
    )
    text = "Here are more:\n" + _listed(shown) + "\n" + closing
    return Outcome(True, text, {"products": shown, "more": True}, update)


def show_earlier(run: ToolRun) -> Outcome:
    """The list shown before the latest one, with the search it came from active again."""
    state = run.state
    earlier = state.earlier
    if not earlier or not earlier.get("shown"):
        return Outcome(
            False,
            "That's the only list I've shown so far. Want me to look for something else?",
            {"products": []},
            {},
        )
    shown = _renumbered(earlier["shown"])
    update: dict[str, Any] = {
        "shown": shown,
        "turn_products": shown,
        "seen": remember_shown(state.seen, shown),
        "query": earlier.get("query", ""),
        "filters": earlier.get("filters") or {},
        "earlier": {"shown": state.shown, "query": state.query, "filters": state.filters},
        "further": [],
        "compared": [],
        "focus": None,
    }
    text = "Here's the earlier list again:\n" + _listed(shown)
    text += '\nAsk about any of them, or say "add the first one".'
    return Outcome(True, text, {"products": shown, "back": True}, update)
