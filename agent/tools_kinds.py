"""A search for several kinds in one message ("need a yoga mat and a water bottle"): a short list
of each kind, in one reply.

Each kind is searched by `search_products` exactly as if it had been asked alone (its own words,
colours and budget). The lists are then shown one after the other with their numbers running on
across them (mats 1-3, bottles 4-6), and that combined list is the current list: "the fourth"
is the one shown as 4., which is what a shopper reading the reply points at. A refinement after
it ("any cheaper?") refines the kind named last, whose search is the active one.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from agent.kind_lists import KIND_LIMIT, kinds_of
from agent.outcome import Outcome, ToolRun
from agent.state import KindList, ShownProduct, remember_shown
from agent.understanding import Understanding

PER_KIND = 3
"""How many of each kind a search for several kinds shows."""


def search_each_kind(run: ToolRun) -> Outcome:
    """One short list per kind the message names; the lists numbered on as one."""
    from agent.tools_catalog import search_products

    whole = run.state.understanding
    groups: list[dict[str, Any]] = []
    own: list[KindList] = []
    shown: list[ShownProduct] = []
    update: dict[str, Any] = {}
    for part in [whole.model_copy(update={"then": []}), *whole.then]:
        state = replace(run.state, intent=part.state_value())
        part_run = ToolRun(run.ctx, state, run.thread_id)
        outcome = search_products(part_run, part.slots.category, exclude=_ruled_out(part))
        listed = [p for p in outcome.data.get("products", []) if p["id"] not in _ids(shown)]
        unsold = bool(outcome.data.get("no_match"))
        listed = listed[:PER_KIND] if outcome.ok and not unsold else []
        renumbered = [_numbered(p, len(shown) + i + 1) for i, p in enumerate(listed)]
        shown += renumbered
        said = str(outcome.update.get("query") or part.slots.category)
        if unsold:
            said = str(outcome.data.get("wanted") or part.slots.category)
        group = {"kind": _kind(run, renumbered, said), "products": renumbered, "unsold": unsold}
        groups.append(group)
        if listed:  # each kind's own list and search, for a follow-up about that kind alone
            filters = outcome.update.get("filters") or {}
            kinds = kinds_of(filters, listed, run.ctx.search)
            query = str(outcome.update.get("query") or part.slots.category)
            own.append(KindList(kinds=kinds, shown=listed, query=query, filters=filters))
        update |= {k: v for k, v in outcome.update.items() if k in {"query", "filters"}}
    if not shown:
        return Outcome(False, "No products match.", {"products": [], "groups": groups}, {})
    update |= {
        "shown": shown,
        "seen": remember_shown(run.state.seen, shown),
        "further": [],
        "compared": [],
        "focus": None,
        "turn_products": shown,
        "kind_lists": _remembered(run.state.kind_lists, own),
    }
    data = {"products": shown, "groups": groups, "refine": False}
    return Outcome(True, "; ".join(p["title"] for p in shown), data, update)


def _remembered(before: list[KindList], own: list[KindList]) -> list[KindList]:
    """The per-kind memory with each kind's own list, not the combined one (agent/kind_lists.py)."""
    said = [entry["kinds"] for entry in own]
    kept = [entry for entry in before if entry["kinds"] not in said]
    return [*kept, *own][-KIND_LIMIT:]


def _ruled_out(part: Understanding) -> dict[str, list[str]] | None:
    """What the part rules out, as a search of it alone would ("nothing leather" said once)."""
    neg = part.negations
    if neg.is_empty():
        return None
    return {"colors": neg.colors, "brands": neg.brands, "words": [*neg.materials, *neg.words]}


def _numbered(product: ShownProduct, ordinal: int) -> ShownProduct:
    numbered = ShownProduct(**product)
    numbered["ordinal"] = ordinal
    return numbered


def _ids(shown: list[ShownProduct]) -> set[str]:
    return {p["id"] for p in shown}


def _kind(run: ToolRun, listed: list[ShownProduct], said: str) -> str:
    """What a group is of: the one leaf category its products share ("yoga mats"), else the
    words searched."""
    leaves = {
        product.category[-1].lower()
        for product in (run.ctx.search.get(p["id"]) for p in listed)
        if product is not None and product.category
    }
    return leaves.pop() if len(leaves) == 1 else said
