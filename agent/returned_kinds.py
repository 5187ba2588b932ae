"""Coming back to a kind after a detour ("totes, not leather" ... "mugs?" ... "back to the
totes"): what was ruled out for that kind, and its budget, still hold, as a shop assistant
would remember them. The kind's last list comes from the per-kind memory (`agent/kind_lists.py`)
when the shopper says they come back ("back to", "again"), else from the list right before."""

from __future__ import annotations

from typing import Any

from langchain_core.messages import HumanMessage

from agent.kind_lists import list_of_kinds, returns_to
from agent.state import KindList, ShoppingState
from catalog.filters import SearchFilters


def ruled_out_before(scope: list[str], state: ShoppingState) -> SearchFilters:
    """The exclusions and price bounds of the kind's earlier list when the new search is of that
    kind (`scope`); nothing when no list of it is remembered or the shopper starts afresh."""
    before = _filters_of_kind(scope, state) if scope else None
    if before is None:
        return SearchFilters()
    return SearchFilters(
        exclude_colors=before.exclude_colors,
        exclude_brands=before.exclude_brands,
        exclude_words=before.exclude_words,
        price_min=before.price_min,
        price_max=before.price_max,
    )


def with_budget_before(asked: SearchFilters, before: SearchFilters) -> SearchFilters:
    """The new search's filters with the kind's earlier budget when it names no price itself
    ("jackets under 250" ... "mugs?" ... "back to the jackets, waterproof ones")."""
    if asked.price_min is not None or asked.price_max is not None:
        return asked
    return asked.model_copy(update={"price_min": before.price_min, "price_max": before.price_max})


def _filters_of_kind(scope: list[str], state: ShoppingState) -> SearchFilters | None:
    earlier: dict[str, Any] = state.earlier or {}
    right_before = SearchFilters.model_validate(earlier.get("filters") or {})
    if right_before.categories and sorted(right_before.categories) == sorted(scope):
        return right_before
    remembered = list_of_kinds(state, scope)
    if remembered is None or not (returns_to(_said(state)) or _in_view_again(remembered, state)):
        return None
    return SearchFilters.model_validate(remembered["filters"] or {})


def _in_view_again(remembered: KindList, state: ShoppingState) -> bool:
    """The kind's remembered list is back in view though other lists were shown after it: the
    message came back to the kind without saying so ("ok for jeans, under 100?" after belts)."""
    in_view = [p["id"] for p in state.shown]
    latest = [p["id"] for p in state.seen[-len(in_view) :]] if in_view else []
    return in_view == [p["id"] for p in remembered["shown"]] and in_view != latest


def _said(state: ShoppingState) -> str:
    """The shopper's message as said ("back to the jackets, …"), before its lead was read."""
    said = next((m for m in reversed(state.messages) if isinstance(m, HumanMessage)), None)
    return said.text if said is not None else state.understanding.text
