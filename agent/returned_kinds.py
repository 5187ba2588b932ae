"""Coming back to a kind after a detour ("totes, not leather" ... "mugs?" ... "back to the
totes"): what was ruled out for that kind, and its budget, still hold, as a shop assistant
would remember them."""

from __future__ import annotations

from typing import Any

from catalog.filters import SearchFilters


def ruled_out_before(scope: list[str], earlier: dict[str, Any] | None) -> SearchFilters:
    """The exclusions and price bounds of the list before the latest one when it was of the same
    kind as the new search (`scope`); nothing when it was of another kind or no kind."""
    if not scope or not earlier:
        return SearchFilters()
    before = SearchFilters.model_validate(earlier.get("filters") or {})
    if not before.categories or sorted(before.categories) != sorted(scope):
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
