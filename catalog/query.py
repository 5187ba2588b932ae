"""Query understanding: turn a shopper's constraint words into filters, keep the rest for search.

"red running shoes under $80 in size 10" becomes the text "red running shoes" with a price
ceiling, a colour and a size filter, so that search ranks by meaning within hard limits.
A brand whose name is also an everyday word in the catalog ("apple juice" beside the brand
Apple) filters only when the shopper marks it as a brand ("by Apple"); else it is a soft hint.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal

from pydantic import BaseModel, Field

from catalog.filters import SearchFilters
from catalog.kind_words import plain_kind_words
from catalog.query_mentions import Mention, find_brands, find_categories, is_marked_brand
from catalog.query_price import find_price_clauses, find_sort, price_bounds
from catalog.query_text import remove_spans, tidy, trim_filler
from catalog.query_variants import find_colors, find_in_stock, find_sizes


@dataclass(frozen=True)
class Vocabulary:
    """What this catalog actually has; built by the index from its payload."""

    colors: frozenset[str] = frozenset()
    """Colour families present on variants (see catalog/colors.py)."""
    sizes: frozenset[str] = frozenset()
    """Size values present on variants, as stored ("10", "10.5", "M", "XL", "32")."""
    brands: frozenset[str] = frozenset()
    """Brand names as stored; matched case-insensitively."""
    ambiguous_brands: frozenset[str] = frozenset()
    """Brands (as stored) whose name other brands' titles or categories use as a word ("Apple")."""
    categories: frozenset[str] = frozenset()
    """Category path elements as stored ("Running Shoes")."""
    currency: str = "USD"
    """Currency of the catalog's prices; price phrases are read in its minor units."""
    kind_words_used: frozenset[str] = frozenset()
    """Shopper words for kinds (catalog/kind_words.py) that titles or categories use ("shades"
    in Roller Window Shades); those are searched as said, not rewritten."""
    departments: tuple[str, ...] = ()
    """Top-level category names ("Apparel", "Kitchen"), the ones with most products first."""
    colour_names: frozenset[str] = frozenset()
    """Colour phrases that only name products ("green tea" of Jasmine Green Tea), as keys of
    catalog/colour_names.py: read as words, never as a colour filter."""

    def __post_init__(self) -> None:
        # Lookups are cached per vocabulary, so a plain set handed in by mistake is frozen here.
        for name in (
            "colors",
            "sizes",
            "brands",
            "ambiguous_brands",
            "categories",
            "kind_words_used",
            "colour_names",
        ):
            value = getattr(self, name)
            if not isinstance(value, frozenset):
                object.__setattr__(self, name, frozenset(value))


class ParsedQuery(BaseModel):
    """A query split into hard filters, an order, soft category hints and the text to match."""

    original: str
    text: str = Field(description="What remains for semantic and lexical matching.")
    filters: SearchFilters = Field(default_factory=SearchFilters)
    sort: Literal["relevance", "price_asc", "price_desc"] = "relevance"
    category_hints: list[str] = Field(
        default_factory=list, description="Categories mentioned; search may boost, never filter."
    )
    brand_hints: list[str] = Field(
        default_factory=list,
        description="Brands named without saying so whose name is also an everyday word here "
        '("apple juice"); search may boost, never filter.',
    )


_NO_VOCABULARY = Vocabulary()


def parse_query(text: str, vocabulary: Vocabulary = _NO_VOCABULARY) -> ParsedQuery:
    """Read price, order, stock, size, colour, brand and category words out of a query."""
    clauses = find_price_clauses(text)
    bounds = price_bounds(clauses, vocabulary.currency)
    remaining = remove_spans(text, [(c.start, c.end) for c in clauses])

    sort, sort_spans = find_sort(remaining)
    stock_spans = find_in_stock(remaining)
    remaining = remove_spans(remaining, sort_spans + stock_spans)

    sizes, size_spans = find_sizes(remaining, vocabulary.sizes)
    remaining = tidy(remove_spans(remaining, size_spans))
    used = _category_words(vocabulary.categories) | vocabulary.kind_words_used
    remaining = plain_kind_words(remaining, used)

    brand_mentions = find_brands(remaining, vocabulary.brands)
    brands, brand_hints = _split_brands(remaining, brand_mentions, vocabulary.ambiguous_brands)
    colors = find_colors(
        remaining,
        vocabulary.colors,
        skip=[(m.start, m.end) for m in brand_mentions],
        names=vocabulary.colour_names,
    )
    filters = SearchFilters(
        price_min=bounds.price_min,
        price_max=bounds.price_max,
        colors=colors,
        sizes=sizes,
        in_stock=bool(stock_spans),
        brands=_names(brands),
    )
    return ParsedQuery(
        original=text,
        text=trim_filler(remaining),
        filters=filters,
        sort=sort,
        category_hints=_names(find_categories(remaining, vocabulary.categories)),
        brand_hints=_names(brand_hints),
    )


@cache
def _category_words(categories: frozenset[str]) -> frozenset[str]:
    """Words (and whole names) of the catalog's categories: a shopper word it uses stays."""
    words = {w for name in categories for w in name.lower().split()}
    return frozenset(words | {name.lower() for name in categories})


def strip_price_clause(text: str) -> str:
    """The query without its price phrases and their glue, otherwise untouched."""
    clauses = find_price_clauses(text)
    if not clauses:
        return text
    return tidy(remove_spans(text, [(c.start, c.end) for c in clauses]))


def _split_brands(
    text: str, mentions: list[Mention], ambiguous: frozenset[str]
) -> tuple[list[Mention], list[Mention]]:
    """(brands to filter by, brands only hinted at): "apple juice" is juice, "by Apple" is Apple."""
    hard: list[Mention] = []
    soft: list[Mention] = []
    for mention in mentions:
        if ambiguous.isdisjoint(mention.names) or is_marked_brand(text, mention):
            hard.append(mention)
        else:
            soft.append(mention)
    filtered = {name for mention in hard for name in mention.names}
    return hard, [m for m in soft if filtered.isdisjoint(m.names)]


def _names(mentions: list[Mention]) -> list[str]:
    names: list[str] = []
    for mention in mentions:
        names.extend(n for n in mention.names if n not in names)
    return names
