"""Which products a message means: "the second one", "the first two", "the cheaper one", "it".

A product named by its title resolves against everything shown in the conversation, not only
the latest list, but only on a confident match; a tie asks rather than guesses.
"""

from __future__ import annotations

import re

from agent.kind_picks import PRICE_KIND, of_kind_said, picks_of_kinds, words
from agent.state import ShownProduct
from agent.understanding import Understanding
from agent.words import without_asked_nutrients

_CONFIDENT_SHARE = 2 / 3
_NOT_CONTENT = frozenset({
    "a", "an", "and", "the", "of", "for", "with", "in", "to", "by", "my",
})  # fmt: skip


def resolve_products(
    understanding: Understanding,
    shown: list[ShownProduct],
    *,
    compared: list[str] | None = None,
    focus: str | None = None,
    seen: list[ShownProduct] | None = None,
    lists: list[list[ShownProduct]] | None = None,
) -> list[str]:
    """Product ids the shopper means, most specific reading first; [] when nothing fits.

    `lists` are the lists remembered by kind (`agent/kind_lists.py`), oldest first."""
    refs, slots = understanding.references, understanding.slots
    text, seen, lists = understanding.text, seen or [], lists or []
    if refs.ordinals:
        if refs.ordinals == [1] and not shown and focus:
            return [focus]  # one product was answered about, not listed: "the first one" is it
        return picks_of_kinds(text, shown, lists, seen) or _by_ordinals(
            refs.ordinals, of_kind_said(text, shown, lists, seen)
        )
    by_name = named_products(without_asked_nutrients(understanding.text), shown, seen)
    of_it = (  # "is it cheaper in navy?" asks of the product meant; "the cheaper one" picks
        bool(slots.colors or slots.size)
        and bool(_ASKED_OF_IT.search(understanding.text))
        and not _PICKED_BY_PRICE.search(understanding.text)
    )
    if (slots.cheaper or slots.pricier) and not of_it:
        pool = of_kind_said(text, _pool(shown, compared, seen), lists, seen, PRICE_KIND)
        if not pool:
            return []
        pick = min if slots.cheaper else max
        return [pick(pool, key=lambda p: int(p["price"]["amount"]))["id"]]
    if by_name:
        return by_name
    if focus:
        return [focus]
    if len(shown) == 1:
        return [shown[0]["id"]]
    return []


_ASKED_OF_IT = re.compile(r"\b(?:is|are|would|will)\s+(?:it|that|this|they)\b", re.I)
_PICKED_BY_PRICE = re.compile(
    r"\b(?:the|which)\s+(?:one\s+(?:is\s+)?)?(?:cheaper|cheapest|pricier|priciest|dearer"
    r"|costlier|less\s+expensive|more\s+expensive|least\s+expensive|most\s+expensive)\b",
    re.I,
)


def named_products(
    text: str, shown: list[ShownProduct], seen: list[ShownProduct] | None = None
) -> list[str]:
    """The one product the text calls by its title; [] when none, or when two fit equally."""
    return _by_full_title(text, shown, seen or []) or _by_title_words(text, shown)


def quotes_a_title(text: str, shown: list[ShownProduct], seen: list[ShownProduct]) -> bool:
    """The text holds most of one shown product's title ("add the Cushioned Crew Socks …")."""
    return bool(_by_full_title(text, shown, seen))


def mask_titles(text: str, titles: list[str]) -> str:
    """The text with every quoted title replaced by "the item", so a title is never a command.

    "Is the Check Out Now Backpack waterproof?" must not read as "check out".
    """
    masked = text
    for title in sorted({t for t in titles if len(t) > 3}, key=len, reverse=True):
        pattern = re.compile(rf"(?<![\w]){re.escape(title)}(?![\w])", re.IGNORECASE)
        masked = pattern.sub("the item", masked)
    return masked


def _by_ordinals(ordinals: list[int], shown: list[ShownProduct]) -> list[str]:
    ids = []
    for position in ordinals:
        index = len(shown) - 1 if position == -1 else position - 1
        if 0 <= index < len(shown):
            ids.append(shown[index]["id"])
    return ids


def _pool(
    shown: list[ShownProduct], compared: list[str] | None, seen: list[ShownProduct]
) -> list[ShownProduct]:
    """ "The cheaper one" picks among the products just compared (compared without being
    listed: from those seen), else among a listed pair sharing a title, else among those shown."""
    if compared:
        chosen = [p for p in shown if p["id"] in compared]
        if not chosen:
            chosen = [p for p in seen if p["id"] in compared]
        if chosen:
            return chosen
    return _sharing_a_title(shown) or list(shown)


def _sharing_a_title(shown: list[ShownProduct]) -> list[ShownProduct]:
    """The two listed products sold under one title (by two brands): "the cheaper one" is one of
    that pair, not the cheapest of the list; [] unless exactly one title is shared."""
    by_title: dict[str, list[ShownProduct]] = {}
    for product in shown:
        by_title.setdefault(product["title"].lower(), []).append(product)
    shared = [group for group in by_title.values() if len(group) > 1]
    return shared[0] if len(shared) == 1 else []


def _by_full_title(text: str, shown: list[ShownProduct], seen: list[ShownProduct]) -> list[str]:
    """ "Add the Cushioned Crew Socks": most of a title's words, from any list shown so far.

    The best share of title words wins; on a tie the latest list wins, else nobody does.
    """
    said = set(words(text))
    latest = {p["id"] for p in shown}
    candidates = {p["id"]: p for p in [*seen, *shown]}
    scored: dict[tuple[float, int], list[str]] = {}
    for product_id, product in candidates.items():
        title = set(words(product["title"])) - _NOT_CONTENT
        hits = len(title & said)
        share = hits / len(title) if title else 0.0
        if hits >= 2 and share >= _CONFIDENT_SHARE:
            scored.setdefault((share, hits), []).append(product_id)
    if not scored:
        return []
    best = scored[max(scored)]
    if len(best) > 1:
        best = [i for i in best if i in latest]
    return best if len(best) == 1 else []


_PREDICATE_OF_IT = re.compile(
    r"\b(?:is|are|does|do|was|were)\s+(?:it|this|that|they|these|those)\s+(?!the\b)[^?.!]*", re.I
)
"""What "is it real leather?" says of the product meant: a quality, never a name (a "Leather
Carryall Tote" listed beside it is not what "it" is); "is it the Nike one?" still names."""


def _by_title_words(text: str, shown: list[ShownProduct]) -> list[str]:
    """ "The Trailblazer" or "the Nike one": a distinctive title word names one shown product."""
    text = _PREDICATE_OF_IT.sub(" ", text)
    words = {w.strip("?.,!'\"").lower() for w in text.split() if len(w) > 3}
    if not words or not shown:
        return []
    common = set.intersection(*(set(p["title"].lower().split()) for p in shown))
    hits = {p["id"]: len(words & (set(p["title"].lower().split()) - common)) for p in shown}
    most = max(hits.values())
    matches = [product_id for product_id, n in hits.items() if n and n == most]
    return matches if len(matches) == 1 else []  # "the End Grain Walnut one": not the Edge Grain
