"""Products a message names by title, read from the catalog: "tempo glide 4 vs airstep 2"."""

from __future__ import annotations

import re
from typing import Any

from agent.care_answers import care_words
from agent.choice_words import said_with_its_opposite
from agent.negations import MATERIALS
from agent.words import new_words
from catalog.colors import color_family
from catalog.model import Product
from catalog.sparse import stem, tokenize

# Where one named product ends and the next begins in a comparison.
_BETWEEN = re.compile(
    r"\bvs\.?|\bversus\b|\bor\b|\band\b|\bcompared? (?:to|with)\b|\bcompare\b|\bbetween\b"
    r"|\bagainst\b|\bwith\b|[,;?!]|\bwhich\b|\bwhat\b"
)
_SHARE = 0.5


def named_products(text: str, search: Any, *, limit: int = 3) -> list[Product]:
    """The catalog products the message names one after another, each by half or more of its
    title's own words, those not in its category ("airstep 2" names the Airstep 2 Running Shoe,
    "ground" names no coffee); [] when fewer than two are named."""
    found: list[Product] = []
    for part in _BETWEEN.split(text.lower()):
        said = set(tokenize(part))
        if not new_words(part) or (found and _POINTS_BACK.search(part)):
            continue  # "... or must I wash it by hand" goes on about the first one
        product = _one_named(part, said, search)
        if product is not None and all(p.id != product.id for p in found):
            found.append(product)
        if len(found) == limit:
            break
    found = [p for p in found if not _named_by_a_feature(p, found, text)]
    return found if len(found) >= 2 else []


def _named_by_a_feature(product: Product, found: list[Product], text: str) -> bool:
    """ "Ridgeway Down Jacket or Stormline Rain Jacket, which one is waterproof?": a word of the
    Splash Waterproof Speaker said as a yes/no feature the other products have, or as a value of
    theirs ("skinny" of a fit), not its name."""
    said = set(tokenize(text.lower()))
    kind = {t for name in product.category for t in tokenize(name)}
    own = set(tokenize(product.title)) - kind
    features = {
        stem(part)
        for other in found
        if other.id != product.id
        for key, value in other.attributes.items()
        if str(value).lower() in {"yes", "no"}
        for part in key.split("_")
    }
    if len(said & own) == 1 and any(said_with_its_opposite(w, said) for w in said & own):
        return True  # "high waisted or low?": a choice, not the Canvas Low Sneaker
    values = {  # "is the Straight 211 Jean a straight leg or a skinny fit?": its fit, skinny
        t
        for other in found
        if other.id != product.id
        for key, value in other.attributes.items()
        if str(value).lower() not in {"yes", "no"}
        for t in tokenize(str(value))
    }
    return len(said & own) == 1 and bool(said & own & (features | values))


_POINTS_BACK = re.compile(r"\b(?:it|its|it's|them|they|they're)\b")


def _one_named(part: str, said: set[str], search: Any) -> Product | None:
    best, best_share = None, 0.0
    for hit in search.search(part, limit=3, parse=False).hits:
        title = set(tokenize(hit.product.title))
        kind = {t for name in hit.product.category for t in tokenize(name)}
        own = title - kind  # "zephyr lite 3", not "running shoe"
        if not own:
            continue
        if len(said & own) == 1 and describes(next(iter(said & own)), part):
            continue  # "is it glass or metal?" names no Glass Kettle, no Metal Sunglasses
        if len(said & own) == 1 and _said_as_a_use(next(iter(said & own)), part):
            continue  # "which is warmer for winter, …" names no Winter Shearling Boot
        share = len(said & own) / len(own)
        if share >= _SHARE and share > best_share:
            best, best_share = hit.product, share
    return best


def _said_as_a_use(term: str, part: str) -> bool:
    """The one title word said as what the thing is for ("for winter", "for the beach")."""
    return bool(re.search(rf"\bfor (?:the |a |an )?{re.escape(term)}\w*\b", part))


def describes(term: str, part: str = "") -> bool:
    """A material or colour word, or a word of a care phrase ("hand wash" names no Linen Hand
    Towel), which alone describes a product rather than naming one."""
    care = {stem(w) for w in care_words(part)} if part else set()
    return term in _MATERIAL_TERMS or bool(color_family(term)) or term in care


_MATERIAL_TERMS = frozenset(stem(m) for m in MATERIALS)
