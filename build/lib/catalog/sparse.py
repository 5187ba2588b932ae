"""Sparse BM25 term weights: the document side of BM25, with Qdrant's IDF modifier on top.

Qdrant multiplies each query term by its IDF (`Modifier.IDF`), so documents carry only the
saturated, length-normalised term frequency and queries carry 1 per distinct term. Tokens map
to 32-bit indices by CRC32: stable across processes; the rare collision merges two terms.
"""

from __future__ import annotations

import functools
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field

from catalog.model import Product

_TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)?|[^\W\d_]+")

# Function words plus shopping filler ("i'm looking for something that ...").
_STOPWORD_TEXT = """a an and are as at be but by for from has have i m im in into is it its me my of
    on or that the their them these they this to was were will with you your our we us s t
    looking look find need want would like please get buy some something one ones which
    also too just can could should item items product products thing things"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())

_UNITS = {
    "ounce": "oz", "ounces": "oz", "oz": "oz", "fl": "fl", "inch": "inch", "inches": "inch",
    "pound": "lb", "pounds": "lb", "lbs": "lb", "lb": "lb", "gram": "g", "grams": "g",
    "kilogram": "kg", "kilograms": "kg", "milliliter": "ml", "millilitre": "ml", "ml": "ml",
    "liter": "l", "litre": "l", "liters": "l", "litres": "l", "count": "count", "ct": "count",
    "pcs": "piece", "pc": "piece", "pieces": "piece", "piece": "piece", "pk": "pack",
    "packs": "pack", "feet": "ft", "foot": "ft", "ft": "ft",
}  # fmt: skip

_NO_STEM_ENDINGS = ("ss", "us", "is", "ous")


def stem(word: str) -> str:
    """Fold plurals and a few inflections ("shirts"→"shirt", "batteries"→"battery")."""
    if len(word) <= 3 or word.isdigit() or word.endswith(_NO_STEM_ENDINGS):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("ie") and len(word) > 4:  # "beanie" and "beanies" are one term (beany)
        return word[:-2] + "y"
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith(("ches", "shes", "xes", "zes")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def tokenize(text: str) -> list[str]:
    """Lower-cased, stemmed terms; numbers stay ("4oz" → "4", "oz"), stopwords go."""
    return list(_terms(text))


@functools.lru_cache(maxsize=65536)
def _terms(text: str) -> tuple[str, ...]:
    """Product titles, options and categories are tokenized again at every search: kept."""
    terms: list[str] = []
    for raw in _TOKEN_RE.findall(text.lower()):
        raw = raw.replace(",", ".") if raw[0].isdigit() else raw
        if raw in STOPWORDS:
            continue
        term = _UNITS.get(raw) or stem(raw)
        terms.append(term)
    return tuple(terms)


def token_index(term: str) -> int:
    return zlib.crc32(term.encode("utf-8"))


@dataclass(frozen=True)
class SparseVector:
    """Indices are unique and sorted, as Qdrant expects."""

    indices: list[int]
    values: list[float]

    def __len__(self) -> int:
        return len(self.indices)


@dataclass(frozen=True)
class FieldWeights:
    """How many times a term found in each field counts, before BM25 saturation."""

    title: float = 1.0
    category_leaf: float = 2.0
    category: float = 1.0
    brand: float = 1.0
    options: float = 0.5
    attributes: float = 0.25
    description: float = 0.0


@dataclass(frozen=True)
class Bm25Params:
    """k1 saturates term frequency, b normalises by length against `avg_len` (tokens)."""

    k1: float = 1.2
    b: float = 0.75
    avg_len: float = 14.0
    weights: FieldWeights = field(default_factory=FieldWeights)


DEFAULT_PARAMS = Bm25Params()


def weighted_terms(product: Product, weights: FieldWeights) -> dict[str, float]:
    """Term frequencies with each field scaled by its weight."""
    counts: dict[str, float] = {}
    fields: list[tuple[float, Iterable[str]]] = [
        (weights.title, [product.title]),
        (weights.category_leaf, product.category[-1:]),
        (weights.category, product.category[:-1]),
        (weights.brand, [product.brand] if product.brand else []),
        (weights.options, _option_values(product)),
        (weights.attributes, product.attributes.values()),
        (weights.description, [product.description] if product.description else []),
    ]
    for weight, texts in fields:
        if weight <= 0:
            continue
        for text in texts:
            for term in tokenize(text):
                counts[term] = counts.get(term, 0.0) + weight
    return counts


def document_vector(product: Product, params: Bm25Params = DEFAULT_PARAMS) -> SparseVector:
    return bm25_vector(weighted_terms(product, params.weights), params)


def bm25_vector(counts: dict[str, float], params: Bm25Params = DEFAULT_PARAMS) -> SparseVector:
    """Saturated term frequencies: tf·(k1+1) / (tf + k1·(1 − b + b·len/avg_len))."""
    length = sum(counts.values())
    norm = params.k1 * (1 - params.b + params.b * length / params.avg_len)
    merged: dict[int, float] = {}
    for term, tf in counts.items():
        index = token_index(term)
        merged[index] = merged.get(index, 0.0) + tf * (params.k1 + 1) / (tf + norm)
    return _sorted_vector(merged)


def query_vector(text: str) -> SparseVector:
    """One per distinct query term; Qdrant supplies the IDF."""
    return _sorted_vector({token_index(term): 1.0 for term in tokenize(text)})


def _option_values(product: Product) -> list[str]:
    names = {name for v in product.variants for name in v.options}
    return [value for name in sorted(names) for value in product.option_values(name)]


def _sorted_vector(weights: dict[int, float]) -> SparseVector:
    indices = sorted(weights)
    return SparseVector(indices=indices, values=[weights[i] for i in indices])
