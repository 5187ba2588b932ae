"""What the words with an item photo ask its look-alikes to be: a yes/no attribute of the
photo's kind ("something like this but waterproof", "these but wireless"), or a word that some
products of that kind hold and others do not ("like this but an electric one", "same kinda
thing for my 6 year old": the kids' one).

The look-alikes that have it come first in their own order; others of the kind that have it
(within the price and exclusions said) fill the list. When none has it, the look-alikes stay.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from agent.carried import POOL
from agent.kind_scope import feature_wants
from agent.kinds import request_terms
from agent.photo_questions import asks_about_the_item
from agent.photo_subjects import about_the_photo
from agent.photo_words import asked_limits, ruled_out, without
from agent.understanding import Understanding
from agent.words import new_words
from catalog.model import Product
from catalog.payload import product_words
from catalog.sparse import stem

SHOWN = 5
_CHILD = re.compile(
    r"\b(?:my|our|a|an|the|for)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve)[\s-]*(?:year|yr)s?[\s-]*olds?\b"
    r"|\b(?:kids?|child|children|toddlers?|little ones?|son|daughter|grandson|granddaughter"
    r"|nephew|niece)\b"
)
"""A child the item is for ("for my 6 year old", "my daughter"): the catalog's "kids" word."""
_CHILD_WANTS_IT = re.compile(
    r"\b(?:kids?|child|son|daughter|grandson|granddaughter|nephew|niece|\d{1,2}[\s-]*(?:year|yr)s?"
    r"[\s-]*olds?)\s+(?:really\s+|just\s+)?(?:wants?|loves?|likes?|needs?|asked for|saw|has)\s+"
    r"(?:these|this|them|those|that|it)\b"
)
"""A child who wants the pictured item itself ("my daughter wants these"): the photo's item,
not the kids' one of its kind."""
_ASKING = frozenset({
    "love", "like", "look", "looks", "kinda", "sorta", "thing", "things", "style", "want",
    "wants", "need", "needs", "got", "find", "anything", "something", "similar", "same",
})  # fmt: skip


@dataclass
class _Hit:
    """A product as `feature_wants` reads search hits."""

    product: Product
    variant_ids: list[str] = field(default_factory=list)


def wanted_of_kind(run: Any, products: list[Product], kind: str | None) -> list[Product]:
    """The look-alikes (then others of the photo's kind) that have what the words ask for."""
    u = run.state.understanding
    if asks_about_the_item(u.text):
        return products  # "are these wireless?" asks about the item, it wants no other
    kind = kind or next((p.category[-1] for p in products[:1] if p.category), None)
    if not kind or not products:
        return products
    limits = asked_limits(u)
    limits.categories = [kind]
    pool = [h.product for h in run.ctx.search.search(kind, limits, limit=POOL).hits]
    pool = without(pool, u)
    if len(pool) < 2:
        return products
    wants = feature_wants(u.text, limits.exclude_words, [_Hit(p) for p in pool])
    terms = _telling_terms(u, pool, set(wants))
    if not wants and not terms:
        return products

    def fits(product: Product) -> bool:
        if not product.category or product.category[-1] != kind:
            return False
        attributes = {k: str(v).lower() for k, v in product.attributes.items()}
        if any(attributes.get(k) != v for k, v in wants.items()):
            return False
        return not terms or bool(terms & set(product_words(product)))

    kept = [p for p in products if fits(p)]
    known = {p.id for p in kept}
    kept += [p for p in pool if fits(p) and p.id not in known]
    return kept[:SHOWN] or products


def of_best_department(products: list[Product]) -> list[Product]:
    """With a colour asked, the look-alikes that come in it may be of any kind ("this in red":
    a skillet, then red tees); when they agree on no kind, those of the best one's department."""
    if not products or not products[0].category:
        return products
    department = products[0].category[0]
    return [p for p in products if p.category and p.category[0] == department]


def _telling_terms(u: Understanding, pool: list[Product], keys: set[str]) -> set[str]:
    """The message's terms that some of the kind hold and some do not ("electric" of kettles);
    a child the item is for reads as "kids"."""
    text = about_the_photo(u.text).lower()  # "saw someone with this on the trail": no "trail"
    said = [w for w in new_words(text) if w not in _ASKING]
    if _CHILD.search(_CHILD_WANTS_IT.sub(" ", text)):
        said.append("kids")
    gone = {stem(w) for w in ruled_out(u)}
    keyed = {stem(part) for key in keys for part in key.split("_")}
    terms = set(request_terms(" ".join(said))) - gone - keyed
    held = [set(product_words(p)) for p in pool]
    return {t for t in terms if 0 < sum(t in words for words in held) < len(held)}
