"""An "X-free" the catalog itself says, asked for: "a fragrance free moisturiser".

The catalog records some products as "X-free" in an attribute ("a fragrance-free formula"); such
a word stays a search word (agent/free_words.py), but a shopper who asks for it will use nothing
else ("anything scented breaks me out"): only the products whose attributes or description say it
are shown, all of them when none does; "no sulfates or parabens" says "sulfate-free" and
"paraben-free". Titles do not count: a feed's title that omits "gluten free" says nothing of it
(ChatShop goals lost their targets when titles decided).

A record's silence is a "no" only in a feed that habitually says the claim: when at least half of
the found products say it (five of a store's seven shampoos say "no sulfates"), the silent ones are
hidden; when only a few say it (one hair treatment of ten in a marketplace feed), the silence is the
feed's, not the product's: the sayers come first and the rest follow (ChatShop's "sulfate and
paraben free" targets say it nowhere and were hidden when every silence was a "no").
"""

from __future__ import annotations

import re
from typing import Any

_FREE = re.compile(r"\b([a-z]{3,})(?:\s+|-)?free\b")


def free_words_asked(text: str, hits: list[Any]) -> set[str]:
    """The "X-free" words asked ("fragrance-free") that a found product's record says."""
    asked = {f"{m[1]}-free" for m in _FREE.finditer(text.lower()) if m[1] not in {"not", "no"}}
    return {word for word in asked if any(word in _said(h.product) for h in hits)}


def with_free_words(hits: list[Any], words: set[str]) -> list[Any]:
    """The hits whose records say every asked "X-free" word when the feed habitually says it (at
    least half of them do); else the sayers first, then the rest; all of them when none does."""
    kept = [h for h in hits if all(w in _said(h.product) for w in words)]
    if 2 * len(kept) >= len(hits):
        return kept or hits
    said = {id(h) for h in kept}
    return [*kept, *(h for h in hits if id(h) not in said)]


_NONE_OF = re.compile(r"\b(?:no|without|zero)\s+([a-z]{3,})((?:\s*,?\s*(?:or|and|,)\s+[a-z]{3,})*)")
"""A record's "no sulfates or parabens", "without parabens": the things it is free of."""


def _said(product: Any) -> str:
    texts = [str(v) for v in product.attributes.values()]
    texts.append(str(getattr(product, "description", "") or ""))
    said = re.sub(r"(\w)\s+free\b", r"\1-free", " ".join(texts).lower())
    return f"{said} {' '.join(free_of_said(said))}"


def free_of_said(text: str) -> list[str]:
    """ "no sulfates or parabens" -> sulfate-free, paraben-free (plural and singular both)."""
    free: list[str] = []
    for match in _NONE_OF.finditer(text):
        others = re.findall(r"[a-z]{3,}", match[2])
        for word in [match[1], *[w for w in others if w not in {"and", "or"}]]:
            free += [f"{word}-free", f"{word.removesuffix('s')}-free"]
    return free
