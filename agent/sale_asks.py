"""A sale question about the list just shown, in no other words ("ok which ones are on sale",
"any on sale?", "anything discounted rn"): answered from the listed products' compare-at
prices, never read as a search for a kind called "sale"; a search for what is on sale ("anything
on sale in socks?") lists the marked-down ones first."""

from __future__ import annotations

import re
from typing import Any

from agent.answers import asks_about_sale, on_sale

_WORD = re.compile(r"[a-z']+")
_AROUND_SALE = frozenset({
    "on", "sale", "sales", "discount", "discounted", "discounts", "deal", "deals", "marked",
    "down", "reduced", "offer", "offers", "promo", "promos", "any", "anything", "which",
    "what", "whats", "what's", "ones", "one", "of", "them", "these", "those", "em", "they",
    "are", "is", "r", "there", "ok", "okay", "so", "and", "hmm", "also", "but", "right", "now",
    "rn", "today", "currently", "at", "the", "moment", "got", "have", "has", "do", "does",
    "u", "you", "items", "here", "cool", "nice", "well", "then", "pls", "please", "a", "an",
    "sweet", "k", "kk", "alright", "oh", "ah", "good", "or", "not", "all",
})  # fmt: skip


def asks_which_on_sale(text: str) -> bool:
    """Whether the message only asks which of the shown products are on sale."""
    lowered = text.lower()
    words = _WORD.findall(lowered)
    return asks_about_sale(lowered) and bool(words) and set(words) <= _AROUND_SALE


_SALE_SEARCH = re.compile(
    r"\b(?:on sale|sale (?:items?|prices?|stuff)|discounted|marked down|on offer|on promo(?:tion)?"
    r"|on clearance|clearance|(?:any|some|good|best) deals?|reduced)\b",
    re.I,
)
"""A search for what is on sale ("anything on sale in socks?", "discounted hoodies?")."""


def on_sale_first(hits: list[Any], text: str) -> list[Any]:
    """Asked for what is on sale, the hits whose variants are marked down come first, each group
    in rank order; the rest stay, so a kind with nothing on sale is still listed."""
    if not _SALE_SEARCH.search(text):
        return hits
    return sorted(hits, key=lambda h: not on_sale(h.product))
