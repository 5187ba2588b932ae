""" "This but bigger" with or right after a product photo ("same but in a larger size", "a
smaller version of this"), measured on the photographed item's own record.

The anchor is the product "this" means after the photo. When it comes in several sizes or
capacities (a 20 oz and a 32 oz bottle, an 8-12 in skillet) its larger ones are said with their
prices and the shopper is asked which; when its kind differs in size from product to product (a
28 L backpack) others of the kind with a larger figure are listed, nearest first; sizes given by
letter (XS-XXL) are named and asked for. None when the record gives no size at all: the caller
says so and keeps the look-alikes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from agent.carried import POOL
from agent.list_superlatives import Amount, amount_of, size_amounts
from agent.outcome import in_size_order, money_text
from catalog.filters import SearchFilters
from catalog.model import Product
from catalog.search import CatalogSearch

_SIZED_OPTIONS = ("size", "capacity", "weight")


@dataclass(frozen=True)
class SizedLike:
    """What the reply says, and the products it lists (the anchor alone when it asks a size)."""

    text: str
    products: list[Product] = field(default_factory=list)


def sized_like(search: CatalogSearch, anchor: Product, bigger: bool) -> SizedLike | None:
    """The anchor's larger (smaller) sizes, or larger (smaller) products of its kind."""
    word = "bigger" if bigger else "smaller"
    options = option_amounts(anchor)
    if len(options) > 1:
        return _other_sizes(anchor, options, bigger, word)
    own = size_amounts(anchor)
    if len(own) == 1 and anchor.category:
        return _of_kind(search, anchor, own[0], bigger, word)
    sizes = in_size_order(list(dict.fromkeys(v.size for v in anchor.variants if v.size)))
    if len(sizes) > 1:
        return SizedLike(
            f"The {anchor.title} comes in sizes {_listed(sizes)}. Which size would you like?",
            [anchor],
        )
    return None


def option_amounts(product: Product) -> list[tuple[Amount, int]]:
    """Each size or capacity option the product comes in as an amount, with its lowest price,
    smallest first (only the unit family most of them share)."""
    found: dict[str, tuple[Amount, int]] = {}
    for variant in product.variants:
        for key, value in variant.options.items():
            amount = amount_of(value, key) if key in _SIZED_OPTIONS else None
            if amount is None:
                continue
            price = variant.price.amount
            if value not in found or price < found[value][1]:
                found[value] = (amount, price)
    if not found:
        return []
    families = [a[0] for a, _ in found.values()]
    family = max(set(families), key=families.count)
    return sorted((x for x in found.values() if x[0][0] == family), key=lambda x: x[0][1])


def _other_sizes(
    anchor: Product, options: list[tuple[Amount, int]], bigger: bool, word: str
) -> SizedLike:
    """ "It comes in 20 oz and 32 oz; the bigger one is 32 oz ($32.99)." """
    others = options[1:] if bigger else options[:-1]
    priced = [f"{a[2]} ({money_text({'amount': p, 'currency': anchor.currency})})"
              for a, p in (others if bigger else reversed(others))]  # fmt: skip
    which = f"the {word} one is" if len(priced) == 1 else f"the {word} ones are"
    said = _listed([a[2] for a, _ in options])
    return SizedLike(
        f"The {anchor.title} comes in {said}; {which} {_listed(priced)}. "
        "Which size would you like?",
        [anchor],
    )


def _of_kind(
    search: CatalogSearch, anchor: Product, own: Amount, bigger: bool, word: str
) -> SizedLike:
    """Others of the anchor's kind with a larger (smaller) figure, nearest first."""
    kind = anchor.category[-1]
    hits = search.search(kind, SearchFilters(categories=[kind]), limit=POOL).hits
    sized: list[tuple[float, Product, str]] = []
    for product in (h.product for h in hits if h.product.id != anchor.id):
        same = [a for a in size_amounts(product) if a[0] == own[0]]
        if not same:
            continue
        amount = max(same, key=lambda a: a[1]) if bigger else min(same, key=lambda a: a[1])
        if (amount[1] > own[1]) if bigger else (amount[1] < own[1]):
            sized.append((abs(amount[1] - own[1]), product, amount[2]))
    sized.sort(key=lambda x: x[0])
    if not sized:
        most = "biggest" if bigger else "smallest"
        return SizedLike(
            f"The {anchor.title} ({own[2]}) is the {most} {kind.lower()} we have.", [anchor]
        )
    lines = [f"{kind} {word} than the {anchor.title} ({own[2]}), nearest first:"]
    lines += [
        f"{i}. {p.title} ({said}) — {money_text(p.min_price.model_dump())}"
        for i, (_, p, said) in enumerate(sized[:5], 1)
    ]
    return SizedLike("\n".join(lines), [p for _, p, _ in sized[:5]])


def _listed(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" and {items[-1]}"
