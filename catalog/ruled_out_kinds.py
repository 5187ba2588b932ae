"""The kinds a ruled-out word covers: "not ceramic" is no porcelain either, "no nuts" no almonds.

A catalog names what a product is made of in its own words ("glazed stoneware", "rolled oats and
almonds"); a shopper rules out the family ("ceramic", "nuts", "citrus"). The pairs live in a data
file (catalog/data/ruled_out_kinds.tsv) so that adding one is not a code change.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from catalog.sparse import tokenize


@cache
def _kinds() -> dict[str, tuple[str, ...]]:
    """Stemmed word -> the stemmed words of its kinds, from catalog/data/ruled_out_kinds.tsv."""
    path = resources.files("catalog").joinpath("data/ruled_out_kinds.tsv")
    kinds: dict[str, tuple[str, ...]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, members = line.split("\t")
        kinds[" ".join(tokenize(word))] = tuple(t for m in members.split() for t in tokenize(m))
    return kinds


def with_kinds(terms: list[str]) -> list[str]:
    """The stemmed terms and the kinds each covers, sorted and without repeats."""
    kinds = _kinds()
    return sorted({*terms, *(k for term in terms for k in kinds.get(term, ()))})


def kinds_of(word: str) -> tuple[str, ...]:
    """The stemmed words of the kinds one word covers ("latex": rubber), none when it has none."""
    return _kinds().get(" ".join(tokenize(word)), ())
