"""Which products a message means: "the second one", "the first two", "the cheaper one", "it".

A product named by its title resolves against everything shown in the conversation, not only
the latest list, but only on a confident match; a tie asks rather than guesses.
"""

from __future__ import annotations

import re

from agent.state import ShownProduct
from agent.understanding import Understanding
from agent.words import without_asked_nutrients
from catalog.colors import color_family

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
) -> list[str]:
    """Product ids the shopper means, most specific reading first; [] when nothing fits."""
    refs, slots = understanding.references, understanding.slots
    if refs.ordinals:
        if refs.ordinals == [1] and not shown and focus:
            return [focus]  # one product was answered about, not listed: "the first one" is it
        return _by_ordinals(refs.ordinals, _of_kind_said(understanding.text, shown, seen or []))
    by_name = named_products(without_asked_nutrients(understanding.text), shown, seen)
    of_it = (  # "is it cheaper in navy?" asks of the product meant; "the cheaper one" picks
        bool(slots.colors or slots.size)
        and bool(_ASKED_OF_IT.search(understanding.text))
        and not _PICKED_BY_PRICE.search(understanding.text)
    )
    if (slots.cheaper or slots.pricier) and not of_it:
        pool = _of_kind_said(
            understanding.text, _pool(shown, compared, seen or []), [], _PRICE_KIND
        )
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


_ORDINAL_KIND = re.compile(
    r"\b(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+([a-z]+)"
)
_PRICE_KIND = re.compile(r"\b(?:cheaper|cheapest|pricier|priciest|dearer|costlier)\s+([a-z]+)")
_NO_KIND = {
    "one", "option", "item", "thing", "pair", "choice", "pick", "product", "set", "size", "colour",
    "color", "in", "of", "on", "from", "for", "with", "and", "to", "that", "this", "you", "i",
    "please", "pls", "plz", "again", "listed", "shown",
}  # fmt: skip
"""Words after "first"/"cheapest" that name no kind: the list is not narrowed by them (a title
holding "One", as in "Two in One Desktop", is no reason to pick it for "the first one")."""


def _of_kind_said(
    text: str,
    shown: list[ShownProduct],
    seen: list[ShownProduct],
    said_by: re.Pattern[str] = _ORDINAL_KIND,
) -> list[ShownProduct]:
    """ "The first scarf you showed me" after a list of hats: the scarves listed before, in
    their order; the latest list's of that kind when it holds some ("the first bottle" of a list
    of mats and bottles), all of it when no kind is said."""
    said = said_by.search(text.lower())
    if said is None:
        return shown
    (kind,) = _words(said[1])
    if kind in _NO_KIND or color_family(kind):
        return shown  # "the first one", "the cheapest option", "the second blue": the whole list

    def of_kind(products: list[ShownProduct]) -> list[ShownProduct]:
        return [p for p in products if kind in _words(p["title"])]

    return of_kind(shown) or of_kind(seen) or shown


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
    words = set(_words(text))
    latest = {p["id"] for p in shown}
    candidates = {p["id"]: p for p in [*seen, *shown]}
    scored: dict[tuple[float, int], list[str]] = {}
    for product_id, product in candidates.items():
        title = set(_words(product["title"])) - _NOT_CONTENT
        hits = len(title & words)
        share = hits / len(title) if title else 0.0
        if hits >= 2 and share >= _CONFIDENT_SHARE:
            scored.setdefault((share, hits), []).append(product_id)
    if not scored:
        return []
    best = scored[max(scored)]
    if len(best) > 1:
        best = [i for i in best if i in latest]
    return best if len(best) == 1 else []


def _by_title_words(text: str, shown: list[ShownProduct]) -> list[str]:
    """ "The Trailblazer" or "the Nike one": a distinctive title word names one shown product."""
    words = {w.strip("?.,!'\"").lower() for w in text.split() if len(w) > 3}
    if not words or not shown:
        return []
    common = set.intersection(*(set(p["title"].lower().split()) for p in shown))
    hits = {p["id"]: len(words & (set(p["title"].lower().split()) - common)) for p in shown}
    most = max(hits.values())
    matches = [product_id for product_id, n in hits.items() if n and n == most]
    return matches if len(matches) == 1 else []  # "the End Grain Walnut one": not the Edge Grain


def _words(text: str) -> list[str]:
    """Lower-case words with a plural "s" dropped, so "sock" names the "Socks"."""
    words = re.findall(r"[a-z0-9]+(?:[-'][a-z0-9]+)*", text.lower())
    return [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words]
