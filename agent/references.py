"""Which products a message means: "the second one", "the first two", "the cheaper one", "it"."""

from __future__ import annotations

from typing import Any

from agent.state import ShownProduct


def resolve_products(
    intent: dict[str, Any],
    shown: list[ShownProduct],
    *,
    compared: list[str] | None = None,
    focus: str | None = None,
) -> list[str]:
    """Product ids the shopper means, most specific reading first; [] when nothing fits."""
    if intent.get("ordinals"):
        return _by_ordinals(intent["ordinals"], shown)
    by_name = _by_title_words(intent.get("text", ""), shown)
    if intent.get("cheaper") or intent.get("pricier"):
        pool = _pool(shown, compared)
        if not pool:
            return []
        pick = min if intent.get("cheaper") else max
        return [pick(pool, key=lambda p: int(p["price"]["amount"]))["id"]]
    if by_name:
        return by_name
    if focus:
        return [focus]
    if len(shown) == 1:
        return [shown[0]["id"]]
    return []


def _by_ordinals(ordinals: list[int], shown: list[ShownProduct]) -> list[str]:
    ids = []
    for position in ordinals:
        index = len(shown) - 1 if position == -1 else position - 1
        if 0 <= index < len(shown):
            ids.append(shown[index]["id"])
    return ids


def _pool(shown: list[ShownProduct], compared: list[str] | None) -> list[ShownProduct]:
    """ "The cheaper one" picks among the products just compared, else among those shown."""
    if compared:
        chosen = [p for p in shown if p["id"] in compared]
        if chosen:
            return chosen
    return list(shown)


def _by_title_words(text: str, shown: list[ShownProduct]) -> list[str]:
    """ "The Trailblazer" or "the Nike one": a distinctive title word names one shown product."""
    words = {w.strip("?.,!'\"").lower() for w in text.split() if len(w) > 3}
    if not words or not shown:
        return []
    common = set.intersection(*(set(p["title"].lower().split()) for p in shown))
    matches = [p["id"] for p in shown if words & (set(p["title"].lower().split()) - common)]
    return matches if len(matches) == 1 else []
