"""SearchFilters → Qdrant Filter; variant conditions sit in one `nested` clause (same variant)."""

from __future__ import annotations

from qdrant_client import models

from catalog.colors import color_family
from catalog.filters import SearchFilters
from catalog.model import Product, Variant, point_id
from catalog.payload import WORDS_KEY, normalise_size
from catalog.ruled_out_kinds import with_kinds
from catalog.sparse import tokenize


def to_qdrant_filter(filters: SearchFilters) -> models.Filter | None:
    must: list[models.Condition] = []
    must_not: list[models.Condition] = []
    variant_conditions = _variant_conditions(filters)
    variant_exclusions = _variant_exclusions(filters)
    if variant_conditions or variant_exclusions:
        inner = models.Filter(must=variant_conditions or None, must_not=variant_exclusions or None)
        must.append(models.NestedCondition(nested=models.Nested(key="variants", filter=inner)))
    if filters.brands:
        brands = [b.lower() for b in filters.brands]
        must.append(models.FieldCondition(key="brand", match=models.MatchAny(any=brands)))
    if filters.categories:
        names = [c.lower() for c in filters.categories]
        must.append(models.FieldCondition(key="category", match=models.MatchAny(any=names)))
    if filters.product_ids:
        must.append(models.HasIdCondition(has_id=[point_id(i) for i in filters.product_ids]))
    if filters.exclude_brands:
        brands = [b.lower() for b in filters.exclude_brands]
        must_not.append(models.FieldCondition(key="brand", match=models.MatchAny(any=brands)))
    if words := excluded_terms(filters):
        must_not.append(models.FieldCondition(key=WORDS_KEY, match=models.MatchAny(any=words)))
    for phrase in excluded_phrases(filters):  # "salt and vinegar": both words rule one out
        terms = [
            models.FieldCondition(key=WORDS_KEY, match=models.MatchValue(value=t)) for t in phrase
        ]
        must_not.append(models.Filter(must=list(terms)))
    if filters.exclude_ids:
        must_not.append(models.HasIdCondition(has_id=[point_id(i) for i in filters.exclude_ids]))
    if not must and not must_not:
        return None
    return models.Filter(must=must or None, must_not=must_not or None)


def has_variant_filter(filters: SearchFilters) -> bool:
    return bool(_variant_conditions(filters) or _variant_exclusions(filters))


def excluded_terms(filters: SearchFilters) -> list[str]:
    """The excluded single words as the payload's `words` holds them (lower-case, stemmed), with
    the kinds each covers ("ceramic": porcelain, stoneware; catalog/ruled_out_kinds.py)."""
    singles = [w for w in filters.exclude_words if len(tokenize(w)) == 1]
    return with_kinds([term for word in singles for term in tokenize(word)])


def excluded_phrases(filters: SearchFilters) -> list[list[str]]:
    """Excluded phrases of several words, each as its stemmed terms."""
    return [tokenize(w) for w in filters.exclude_words if len(tokenize(w)) > 1]


def _variant_exclusions(filters: SearchFilters) -> list[models.Condition]:
    """A family name ("brown") rules out the family; a shade ("tan") only that colour."""
    families, shades = _excluded(filters.exclude_colors)
    conditions: list[models.Condition] = []
    if families:
        match = models.MatchAny(any=sorted(families))
        conditions.append(models.FieldCondition(key="color_family", match=match))
    if shades:
        conditions.append(
            models.FieldCondition(key="color", match=models.MatchAny(any=sorted(shades)))
        )
    return conditions


def _excluded(colors: list[str]) -> tuple[set[str], set[str]]:
    families = {c.lower() for c in colors if color_family(c) == c.lower()}
    return families, {c.lower() for c in colors} - families


def _is_excluded(variant: Variant, colors: list[str]) -> bool:
    families, shades = _excluded(colors)
    return color_family(variant.color) in families or (variant.color or "").lower() in shades


def matching_variant_ids(product: Product, filters: SearchFilters) -> list[str]:
    """Variants satisfying every variant-level filter, in catalog order (all if none given)."""
    return [v.id for v in product.variants if variant_matches(v, filters)]


def variant_matches(variant: Variant, filters: SearchFilters) -> bool:
    price = variant.price.amount
    if filters.price_min is not None and price < filters.price_min:
        return False
    if filters.price_max is not None and price > filters.price_max:
        return False
    if filters.colors and color_family(variant.color) not in _families(filters.colors):
        return False
    if filters.exclude_colors and _is_excluded(variant, filters.exclude_colors):
        return False
    if filters.sizes and (
        variant.size is None
        or normalise_size(variant.size) not in {normalise_size(s) for s in filters.sizes}
    ):
        return False
    return not (filters.in_stock and not variant.in_stock)


def _variant_conditions(filters: SearchFilters) -> list[models.Condition]:
    conditions: list[models.Condition] = []
    if filters.price_min is not None or filters.price_max is not None:
        conditions.append(
            models.FieldCondition(
                key="price", range=models.Range(gte=filters.price_min, lte=filters.price_max)
            )
        )
    if filters.colors:
        families = sorted(_families(filters.colors))
        conditions.append(
            models.FieldCondition(key="color_family", match=models.MatchAny(any=families))
        )
    if filters.sizes:
        sizes = sorted({normalise_size(s) for s in filters.sizes})
        conditions.append(models.FieldCondition(key="size", match=models.MatchAny(any=sizes)))
    if filters.in_stock:
        conditions.append(
            models.FieldCondition(key="in_stock", match=models.MatchValue(value=True))
        )
    return conditions


def _families(colors: list[str]) -> set[str]:
    """Accept shades as well as families: a filter for "navy" means the blue family."""
    return {color_family(c) or c.lower() for c in colors}
