"""Superlatives about the list just shown: "which is the cheapest?", "which of those holds the
most", "the lightest?", "which ones have the longest battery life?".

The measure is read from each listed product's own record (price, a capacity, net weight, size
option, battery life, thickness or wattage attribute, in comparable units); the answer names the
winner or the tie, and says plainly when the catalog gives no such figure.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from agent.understanding import Understanding
from agent.words import new_words
from catalog.model import Product
from catalog.sparse import tokenize


@dataclass(frozen=True)
class Measure:
    """What a superlative ranks by, which way, and how the reply says it."""

    name: str
    most: bool
    said: str

    @property
    def slot(self) -> str:
        """As kept in `Slots.superlative`: "price:min"."""
        return f"{self.name}:{'max' if self.most else 'min'}"


_PHRASES: list[tuple[str, str, bool, str]] = [
    (r"cheapest|least expensive|most affordable|lowest[- ]priced?|least pricey|least money"
     r"|best price", "price", False, "cheapest"),
    (r"most expensive|priciest|dearest|highest[- ]priced?|most pricey|most money",
     "price", True, "most expensive"),
    (r"biggest|largest|roomiest|most spacious|holds? the most|fits? the most|most (?:room|space"
     r"|capacity|storage)|(?:biggest|largest|highest|most) capacity", "size", True, "biggest"),
    (r"smallest|tiniest|most compact|least (?:room|space|capacity)", "size", False, "smallest"),
    (r"lightest|weighs? the least|least heavy|lightest weight", "weight", False, "lightest"),
    (r"heaviest|weighs? the most", "weight", True, "heaviest"),
    (r"(?:longest|best|biggest|most) battery(?: life)?|lasts? the longest|longest[- ]lasting",
     "battery", True, "longest battery life"),
    (r"(?:shortest|worst|least) battery(?: life)?", "battery", False, "shortest battery life"),
    (r"thickest|most (?:padding|cushion(?:ing)?)", "thickness", True, "thickest"),
    (r"thinnest", "thickness", False, "thinnest"),
    (r"most powerful|(?:highest|most) (?:wattage|watts|power)|fastest charg\w*",
     "power", True, "most powerful"),
]  # fmt: skip
_SUPERLATIVES = [(re.compile(rf"\b(?:{p})\b"), Measure(n, m, s)) for p, n, m, s in _PHRASES]
_SORTS = re.compile(r"\b(?:sort|order|first|low to high|high to low|to (?:highest|lowest))\b")
_STORE_WIDE = re.compile(
    r"\b(?:you(?: guys)? (?:have|got|sell|carry|stock)|your|in (?:the|your) (?:store|shop)"
    r"|overall|of all|in total|on the site|anywhere)\b"
)
_GENERIC = frozenset({
    "one", "ones", "bag", "bags", "box", "boxes", "pack", "packs", "bottle", "bottles", "pair",
    "pairs", "item", "items", "option", "options", "model", "version", "size", "holds", "hold",
    "fits", "fit", "battery", "life", "lasts", "last", "weighs", "weigh", "room", "space",
    "capacity", "storage", "charging", "charges", "wattage", "watts", "power", "price", "priced",
    "padding", "cushion", "cushioning", "list", "here", "lot", "bunch", "group",
})  # fmt: skip


_ASKS_OF_IT = re.compile(
    r"(?:,|\band\b|\s-)\s*(?:also\s+|then\s+)?(?:is|does|do|can|will|has|how|what)\b[^?.!]*"
    r"\b(?:it|its|it'?s|that one|this one)\b"
)
"""A second question joined to the superlative, about the one it picks: "the cheapest one, and
is it in stock?", "cheapest one pls and how long does its battery last?"."""


def superlative_in(text: str) -> Measure | None:
    """The superlative the message asks for, if it asks one and is not a sort order."""
    lowered = text.lower()
    if _SORTS.search(lowered):
        return None
    return next((m for pattern, m in _SUPERLATIVES if pattern.search(lowered)), None)


def ranks_the_list(understanding: Understanding, listed: list[Product]) -> Measure | None:
    """The measure a message ranks the listed products by: a superlative with no ordinal, name,
    limit or exclusion of its own, naming nothing but the list's kind, not store-wide."""
    refs, slots = understanding.references, understanding.slots
    if refs.ordinals or refs.names_product or slots.relax or not understanding.negations.is_empty():
        return None
    if slots.colors or slots.size or slots.price_min is not None or slots.price_max is not None:
        return None
    measure = superlative_in(understanding.text)
    if measure is None or not about_the_listed(understanding.text, listed_words(listed)):
        return None
    if measure.slot.startswith("price:") and _ASKS_OF_IT.search(understanding.text.lower()):
        return None  # "cheapest one pls, and is it in stock?": the cheapest picked, then asked
    return measure


def measure_of(slot: str) -> Measure | None:
    """The measure a `Slots.superlative` value names."""
    return next((m for _, m in _SUPERLATIVES if m.slot == slot), None)


def about_the_listed(text: str, listed_words: set[str]) -> bool:
    """The superlative ranks the list shown: it names nothing but the list's own kind ("which
    bag is the biggest", "the cheapest of those headphones"), and not the whole store ("what's
    your cheapest tent?")."""
    lowered = text.lower()
    if _STORE_WIDE.search(lowered):
        return False
    for pattern, _ in _SUPERLATIVES:
        lowered = pattern.sub(" ", lowered)
    left = {t for w in new_words(lowered) if w not in _GENERIC for t in tokenize(w)}
    return left <= listed_words


def of_the_kind_named(text: str, listed: list[Product]) -> list[Product]:
    """The listed products a superlative ranks: those of the kind it names when the list holds
    several kinds ("which mat is the cheapest?" after mats and bottles), else all of them."""
    lowered = text.lower()
    for pattern, _ in _SUPERLATIVES:
        lowered = pattern.sub(" ", lowered)
    said = {t for w in new_words(lowered) if w not in _GENERIC for t in tokenize(w)}
    if not said:
        return listed
    named = [p for p in listed if said <= listed_words([p])]
    return named if named else listed


def listed_words(products: list[Product]) -> set[str]:
    """The terms of the listed products' titles and categories."""
    return {t for p in products for name in [p.title, *p.category] for t in tokenize(name)}


# --- amounts ---------------------------------------------------------------------------------

_UNITS: dict[str, tuple[str, float]] = {
    "fl oz": ("volume", 29.5735), "floz": ("volume", 29.5735), "ml": ("volume", 1.0),
    "l": ("volume", 1000.0), "liter": ("volume", 1000.0), "litre": ("volume", 1000.0),
    "lb": ("mass", 453.592), "lbs": ("mass", 453.592), "kg": ("mass", 1000.0), "g": ("mass", 1.0),
    "qt": ("volume", 946.353), "quart": ("volume", 946.353),
    "mm": ("length", 1.0), "cm": ("length", 10.0), "in": ("length", 25.4),
    "inch": ("length", 25.4), "inches": ("length", 25.4), "ft": ("length", 304.8),
    "h": ("time", 1.0), "hr": ("time", 1.0), "hrs": ("time", 1.0), "hours": ("time", 1.0),
    "w": ("power", 1.0), "person": ("people", 1.0), "people": ("people", 1.0),
    "piece": ("pieces", 1.0), "pc": ("pieces", 1.0),
}  # fmt: skip
_AMOUNT = re.compile(
    r"(\d+(?:\.\d+)?)\s*-?\s*(?:x\s*(\d+(?:\.\d+)?)\s*)?"
    r"(fl\.? ?oz|floz|oz|ml|liters?|litres?|quarts?|qt|lbs?|kg|g|mm|cm|inch(?:es)?|in|ft"
    r"|hours|hrs?|h|w|person|people"
    r"|piece|pc|l)\b",
    re.I,
)
_SOURCES = {
    "size": ("capacity", "volume", "case_size", "net_weight", "size"),
    "weight": ("weight", "net_weight"),
    "battery": ("battery_life", "battery"),
    "thickness": ("thickness",),
    "power": ("wattage", "power", "output"),
}
_FAMILIES = {
    "weight": {"mass"},
    "battery": {"time"},
    "thickness": {"length"},
    "power": {"power"},
    "size": {"volume", "mass", "length", "area", "people", "pieces"},
}
Amount = tuple[str, float, str]  # family, value in base units, the words it was given in


def amount_of(text: str, key: str) -> Amount | None:
    """ "90 L" -> (volume, 90000, "90 L"); "NET WT 2 LB (907g)" -> (mass, 907.2, "2 LB (907g)");
    "18 x 18 in" -> an area. Ounces are fluid for a capacity and weight for a net weight."""
    found = _AMOUNT.search(text)
    if found is None:
        return None
    number, second, unit = float(found[1]), found[2], found[3].lower().replace(".", "")
    if unit == "oz":
        family, factor = ("volume", 29.5735) if key in {"capacity", "volume"} else ("mass", 28.3495)
    else:
        family, factor = _UNITS.get(unit.rstrip("s") if unit not in _UNITS else unit, ("", 0.0))
    if not family:
        return None
    words = re.sub(r"^\s*net\s+wt\.?\s*", "", text.strip(), flags=re.I)
    if second is not None:
        return "area", number * float(second) * factor * factor, words
    return family, number * factor, words


def _amounts(product: Product, measure: str) -> list[Amount]:
    """The product's figures for the measure: its attributes first, else its options' values."""
    families = _FAMILIES[measure]
    for key in _SOURCES[measure]:
        value = product.attributes.get(key)
        if value is not None and (found := amount_of(str(value), key)) and found[0] in families:
            return [found]
    options = [
        amount_of(value, key)
        for v in product.variants
        for key, value in v.options.items()
        if key in {"size", "capacity", "weight"}
    ]
    return [a for a in dict.fromkeys(options) if a is not None and a[0] in families]


def size_amounts(product: Product) -> list[Amount]:
    """The product's size figures: a capacity or size attribute, else its options' values."""
    return _amounts(product, "size")


# --- the answer ------------------------------------------------------------------------------


Score = tuple[float, str]  # the value compared, the words the reply gives it in


@dataclass(frozen=True)
class Ranking:
    """The reply and the listed products it names as the answer."""

    reply: str
    winners: list[Product]


def rank_listed(
    listed: list[Product], measure: Measure, money: Callable[[Product, bool], str]
) -> Ranking:
    """Rank the listed products by the measure; `money(product, highest)` writes a price."""
    if measure.name == "price":
        scored = {p.id: _price(p, measure.most, money) for p in listed}
    else:
        scored = _scored(listed, measure)
    known = [p for p in listed if p.id in scored]
    silent = [p for p in listed if p.id not in scored]
    if not known:
        return Ranking(_no_figures(listed, measure), [])
    pick = max if measure.most else min
    best = pick(scored[p.id][0] for p in known)
    winners = [p for p in known if scored[p.id][0] == best]
    label = scored[winners[0].id][1]
    count = len(listed)
    if len(winners) == len(listed) and count > 1:
        reply = f"They're all the same on that: {label} each."
    elif len(winners) == 1:
        figure = f"at {label}" if measure.name == "price" else f"({label})"
        reply = f"Of these {count}, the {measure.said} is the {winners[0].title} {figure}."
    else:
        names = _names([p.title for p in winners])
        reply = f"The {names} are the {measure.said} of these {count} ({label} each)."
    if silent:
        reply += f" The catalog doesn't say for the {_names([p.title for p in silent])}."
    return Ranking(reply, winners if len(winners) < len(listed) else [])


def _price(product: Product, highest: bool, money: Callable[[Product, bool], str]) -> Score:
    amounts = [v.price.amount for v in product.variants]
    value = max(amounts) if highest else min(amounts)
    return float(value), money(product, highest)


def _scored(listed: list[Product], measure: Measure) -> dict[str, Score]:
    """Each listed product's best figure in the family most of them are given in."""
    figures = {p.id: _amounts(p, measure.name) for p in listed}
    families = Counter(a[0] for amounts in figures.values() for a in amounts[:1])
    if not families:
        return {}
    family = families.most_common(1)[0][0]
    scored: dict[str, Score] = {}
    for product_id, amounts in figures.items():
        same = [a for a in amounts if a[0] == family]
        if same:
            chosen = (max if measure.most else min)(same, key=lambda a: a[1])
            scored[product_id] = (round(chosen[1], 3), chosen[2])
    return scored


_LIGHT_WORDS = re.compile(r"\b(?:lightweight|ultralight|ultra-light|featherlight|light)\b", re.I)


def _no_figures(listed: list[Product], measure: Measure) -> str:
    """The catalog gives no figure: say so, and what the records do say about it, if anything."""
    what = {"weight": "weights", "battery": "battery life", "thickness": "thickness",
            "power": "wattage", "size": "sizes"}.get(measure.name, measure.name)  # fmt: skip
    reply = f"The catalog doesn't give {what} for these, so I can't say which is {measure.said}."
    if measure.name == "weight" and not measure.most:
        light = [p.title for p in listed if _LIGHT_WORDS.search(_record_text(p))]
        if light:
            verb = "is" if len(light) == 1 else "are"
            reply += f" The {_names(light)} {verb} described as lightweight."
    return reply


def _record_text(product: Product) -> str:
    return " ".join(
        [product.title, product.description or "", *map(str, product.attributes.values())]
    )


def _names(titles: list[str]) -> str:
    return titles[0] if len(titles) == 1 else ", ".join(titles[:-1]) + " and " + titles[-1]
