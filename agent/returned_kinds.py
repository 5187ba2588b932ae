"""Coming back to a kind after a detour ("totes, not leather" ... "mugs?" ... "back to the
totes"): what was ruled out for that kind still holds, as a shop assistant would remember it."""

from __future__ import annotations

from typing import Any

from catalog.filters import SearchFilters


def ruled_out_before(scope: list[str], earlier: dict[str, Any] | None) -> SearchFilters:
    """The exclusions of the list before the latest one when it was of the same kind as the new
    search (`scope`); nothing when it was of another kind or no kind."""
    if not scope or not earlier:
        return SearchFilters()
    before = SearchFilters.model_validate(earlier.get("filters") or {})
    if not before.categories or sorted(before.categories) != sorted(scope):
        return SearchFilters()
    return SearchFilters(
        exclude_colors=before.exclude_colors,
        exclude_brands=before.exclude_brands,
        exclude_words=before.exclude_words,
    )
