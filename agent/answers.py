"""Answers to questions about one product, read only from its own record.

"Is it waterproof?" is answered from an attribute or a sentence of the description; "do you have
it in red, size M?" and "is it in stock?" from the variants' stock, one variant at a time; an
either/or ("whole bean or ground?") from the title, options and attributes. When the record
does not say, the answer says so instead of guessing.
"""

from __future__ import annotations

import re
from typing import Any

from agent.allergen_answers import allergen_answer
from agent.attribute_values import value_answer
from agent.british_spellings import american_colour, as_the_record_spells, respell
from agent.caffeine_answers import asks_caffeine, caffeine_answer
from agent.care_answers import asks_care, care_answer
from agent.choice_words import choices_in_full
from agent.count_answers import count_answer
from agent.duration_answers import asks_duration, duration_answer
from agent.fit_answers import fit_answer, size_range_answer, stretch_answer
from agent.free_answers import free_of_answer
from agent.half_sizes import half_size_answer
from agent.insulation_answers import asks_insulation, insulation_answer
from agent.label_answers import asks_servings, product_nutrition_answer
from agent.listed_option_asks import asks_stock_too, options_listed
from agent.material_answers import material_answer
from agent.measure_answers import measure_answer, measures
from agent.measured_fits import measured_against
from agent.near_shades import missing_shade_answer
from agent.negations import MATERIALS
from agent.only_colours import only_colours_answer
from agent.option_prices import compared_option_prices, option_price
from agent.outcome import in_size_order
from agent.price_totals import count_priced, total_for_quantity
from agent.related_properties import related_answer
from agent.silent_phrases import silent_on
from agent.size_advice import size_advice
from agent.stock_counts import (
    asks_how_many,
    count_wanted,
    counted_stock,
    few_left,
    in_stock_instead,
    whole_product_stock,
)
from agent.stock_follow_ups import asks_restock, restock_answer
from agent.understanding import Understanding
from agent.variants import size_said, spelled_options, units_in_short
from agent.warmth_answers import asks_warmth, warmth_answer
from agent.weight_answers import asks_weight, weight_answer
from agent.width_answers import width_answer
from catalog.colors import color_family
from catalog.model import Product
from catalog.payload import normalise_size
from catalog.sparse import stem

# A weaker property that answers "no" to a stronger one ("water-resistant" is not "waterproof").
_WEAKER = {
    "waterproof": ("water-resistant", "water resistant", "water-repellent", "water repellent"),
}
_YES_VALUES = {"yes", "true", "y", "1"}
_NO_VALUES = {"no", "false", "n", "0", "none"}
_YES_OR_NO = _YES_VALUES | _NO_VALUES
_GENERIC = {"material", "stock", "price", "size", "color", "brand", "nutrition", "ingredients"}


def answer(product: Product, understanding: Understanding, currency_text: Any) -> str:
    """One short answer to everything the message asks ("how much is it, and what is it made
    of?" gets both); `currency_text` formats a Money-shaped dict."""
    if only := only_colours_answer(product, understanding):  # "only navy? no pink?"
        return only
    counted = count_answer(product, understanding.text)  # "how many tea bags come in a box?"
    if counted is not None:
        return counted
    if weighed := compared_option_prices(product, understanding.text, currency_text):
        return weighed  # "is the XXL pricier than the M?": both prices
    if widths := width_answer(product, understanding.text):  # "come in wide? I have wide feet"
        return widths
    sizes = [v.size for v in product.variants if v.size]
    if halves := half_size_answer(product.title, sizes, understanding.text):  # "half sizes?"
        return halves
    if advice := size_advice(product, understanding.text):  # "M or L? I'm broad-shouldered"
        stretch = stretch_answer(product, understanding.text)  # "any stretch? between 32/34"
        told = [*_variant_stock_asked(product, understanding), *([stretch] if stretch else [])]
        return " ".join([*told, advice])
    if ranged := size_range_answer(product, understanding.text):  # "will it fit a big head?"
        return ranged
    if asks_restock(understanding.text):  # "when will it be back in stock?": never a date
        slots = understanding.slots
        colours = _colours_meant(product, slots.color_words or slots.colors)
        return restock_answer(
            product, colours, slots.size or size_said(product, understanding.text)
        )
    cut = [
        a
        for a in (
            fit_answer(product, understanding.text),
            stretch_answer(product, understanding.text),
        )
        if a
    ]
    if cut:  # "roomy in a medium?": the fit, and that size's stock when one is said; what it
        # is made of too when asked with it ("made of? and is it a relaxed fit or slim")
        size = understanding.slots.size or size_said(product, understanding.text)
        made = [_material_answer(product)] if "material" in understanding.slots.asked else []
        made = [m for m in made if str(product.attributes.get("material")) not in " ".join(cut)]
        return " ".join([*made, *cut, *([stock_answer(product, [], size)] if size else [])])
    parts: list[str] = []
    if _colour_names_it(product, understanding):  # "the green one, is it soft?"
        parts = [p for p in _answer_parts(product, understanding, currency_text, False) if p]
    if not parts or parts[0].startswith(_NOT_SAID):
        parts = [p for p in _answer_parts(product, understanding, currency_text) if p]
    return " ".join(dict.fromkeys(parts))


_NOT_SAID = "The catalog doesn't say"
_IN_A_SIZE = re.compile(
    r"\b(?:come|comes|have|has|got|get|carry|make|makes|sell|sold|available|it|one)\s+in\b", re.I
)
"""A size asked after "come in", "have it in", "available in": that size's stock is the answer."""
_HAVE_YOU = re.compile(
    r"\b(?:(?:do|did|does) (?:you|u|ya|they|y'?all)|have you|you guys)\s+(?:\w+\s+)?"
    r"(?:have|got|carry|stock|sell)\b",
    re.I,
)
"""A size asked as a thing the shop has ("do you have it bigger, the 12 inch?"): its stock."""


def _variant_stock_asked(product: Product, understanding: Understanding) -> list[str]:
    """ "Do you have it in black XL? I'm between L and XL": that variant's stock comes before
    the sizing advice, as a sold-out XL changes the pick."""
    slots, text = understanding.slots, understanding.text
    colours = _colours_meant(product, slots.color_words or slots.colors)
    asks_stock = "stock" in slots.asked or _HAVE_YOU.search(text) or _IN_A_SIZE.search(text)
    if not (colours and slots.size and asks_stock):
        return []
    return [stock_answer(product, colours, slots.size)]


def size_said_after_in(product: Product, text: str) -> str | None:
    """A size of the product's own spelling said after "in" ("in 5 lb", "in the 10 inch")."""
    said = spelled_options(product, text).get("size")
    if said is None:
        return None
    after_in = rf"\bin\s+(?:the\s+|a\s+)?{re.escape(said.lower())}"
    return said if re.search(after_in, units_in_short(text).lower()) else None


def _colour_names_it(product: Product, understanding: Understanding) -> bool:
    """A colour said with no stock or size word may only pick the product out ("the green
    Cashmere Blend one, is it soft?"): its other questions come first."""
    slots = understanding.slots
    return bool(
        _colours_meant(product, slots.color_words or slots.colors)
        and not slots.size
        and not {"stock", "color"} & set(slots.asked)
        and not asks_how_many(understanding.text)  # "the sage one, u got 4?": its stock
        and not count_wanted(understanding.text)
    )


def _answer_parts(
    product: Product, understanding: Understanding, currency_text: Any, colour_stock: bool = True
) -> list[str]:
    slots = understanding.slots
    title = product.title
    asked = list(slots.asked)
    chosen = {w for option in slots.options_asked for w in option.lower().split()}
    parts = [_either_or(product, slots.options_asked)] if slots.options_asked else []
    colors = _colours_meant(product, slots.color_words or slots.colors) if colour_stock else []
    size = slots.size
    if size is None and (
        colors
        or "stock" in asked
        or _IN_A_SIZE.search(understanding.text)
        or _HAVE_YOU.search(understanding.text)
    ):
        # "tech run tee red M - in stock?", "does it come in a 12 inch?": that size's stock
        size = size_said(product, understanding.text)
    if size is None:  # "neoprene pair dumbbell in 5 lb??": the variant's stock
        size = size_said_after_in(product, understanding.text)
    listing = options_listed(understanding.text)  # "what sizes does it come in? I'm a large
    if listing and not asks_stock_too(understanding.text):  # or an XL": every size, not the
        size = None if "size" in listing else size  # large's stock
        colors = [] if "color" in listing else colors
    others = {k: v for k, v in spelled_options(product, understanding.text).items() if k != "size"}
    count = (asks_how_many(understanding.text), count_wanted(understanding.text))
    by_stock = bool(colors or size or "stock" in asked or any(count))
    chosen |= set((size or "").lower().split())  # "the bath sheet size": an option, no property
    if by_stock:
        parts.append(stock_answer(product, colors, size, others, count))
    named = understanding.references.names_product  # its title's words name it, not a property
    specific = [
        a for a in asked
        if a not in _GENERIC and a not in chosen
        and not (named and _mentions(title, a) and not _said_again(title, understanding.text, a))
    ]  # fmt: skip
    spelled = as_the_record_spells(specific, _record_text(product))  # "polarised"
    specific = [spelled.get(a, a) for a in specific]
    text = respell(understanding.text, spelled)
    if product.nutrition is not None and (
        "nutrition" in asked or asks_servings(understanding.text)
    ):
        if said := _phrase_said(product, text, specific):  # "no added sugar"
            return [*parts, said]
        facts = product.nutrition.model_dump(exclude_none=True)
        return [*parts, product_nutrition_answer(title, understanding.text, facts)]
    by_key, keyed, keys = _attribute_answers(product, specific)  # keyed: the words answered
    parts += by_key
    if not by_key and (told := _told_apart(product, understanding.text)):
        made = [_material_answer(product)] if "material" in asked else []  # "what's it made of
        return [*parts, *made, told]  # and how long does it keep drinks cold?": both
    if made_of := material_answer(product, understanding.text):  # "actually wool?", "vegan?"
        parts.append(made_of)
        asked = [a for a in asked if a != "material"]
    asked = [a for a in asked if not any(a in key.split("_") for key in keys)]  # "case size"
    if asks_about_sale(understanding.text):
        parts.append(sale_answer(product, currency_text))
    elif "price" in asked:  # "12 inch how much": that size's price, else the range
        said = option_price(product, understanding.text, currency_text)
        parts.append(said or _price_answer(product, currency_text))
        if total := total_for_quantity(product, count_priced(text), size, currency_text):
            parts.append(total)  # "how much would 3 come to?": the sum, not only one's price
    if "material" in asked:
        parts.append(_material_answer(product))
    if "weight" in asked and asks_weight(understanding.text):
        parts.append(weight_answer(product))  # no weight attribute answered it above
    if "dimensions" in asked and not any(measures(key) for key in keys):
        parts.append(measure_answer(product))  # "how big is it?": capacity 28 L
    if not by_stock:
        parts += _option_answers(product, asked)
    elif listing:  # "what colours, and have you a 12 in black?": the 12's stock and the colours
        parts += _option_answers(product, sorted(listing))
    if "brand" in asked and product.brand:
        parts.append(f"{title} is made by {product.brand}.")
    groups = [g for g in properties(text, specific) if not set(g) <= keyed]
    if any(parts):  # "what's the drop? and are they for neutral runners?": the second too
        return [*parts, *_other_questions(product, text, groups, keyed)]
    found = [
        measured_against(a, understanding.text)  # "fit a 17 inch laptop?": a 16-inch sleeve
        for a in (_property_answer(product, words) for words in groups)
        if a
    ]
    if found:  # the record's own words, when no field above answers
        return found[:_MOST_PROPERTIES]
    if specific:
        asked_phrase = " ".join(properties(text, specific)[0])
        asks_is = not _ASKS_DOES.match(understanding.text.lower())  # "does it fit a laptop?"
        said = silent_on(title, asked_phrase, text, asks_is=asks_is)
        return [said + _what_it_says(product, specific)]
    return []


def _told_apart(product: Product, text: str) -> str:
    """The answer of a question with a reader of its own: care, insulation, duration, warmth,
    caffeine, allergens ("can I put it in the wash at 40?", "cold till lunch?", "how long does it
    hold up in water?", "nuts in it?")."""
    if asks_care(text):
        return care_answer(product)
    if asks_insulation(text, product):
        return insulation_answer(product)
    if asks_duration(text):  # "how long does it hold up in water?"
        return duration_answer(product, text)
    if asks_warmth(text, product):
        return warmth_answer(product)
    if asks_caffeine(text, product):
        return caffeine_answer(product, text)
    return allergen_answer(product, text) or ""


_MOST_PROPERTIES = 2
_ASKING_FORMS = frozenset({"made", "make", "from", "come", "comes", "cost", "costs", "much"})


def _other_questions(
    product: Product, text: str, groups: list[list[str]], keyed: set[str]
) -> list[str]:
    """The properties a message asks beside what the fields above answered: each from the record,
    or said to be missing when asked as "is it …?" ("is it waterproof and what is it made of?")."""
    said: list[str] = []
    for group in groups:
        if set(group) & keyed or set(group) <= _ASKING_FORMS:
            continue
        if found := _property_answer(product, group):
            said.append(found)
        elif len(group) == 1 and re.search(
            rf"\b(?:is|are) (?:it|they|this|that|these|those) (?:\w+ )?{re.escape(group[0])}\b",
            text,
        ):
            said.append(f"The catalog doesn't say whether {product.title} is {group[0]}.")
    return said[:_MOST_PROPERTIES]


_ASKS_DOES = re.compile(
    r"^\W*(?:[a-z',]+\s+){0,4}?(?:does|do|can|could|will|would)\s+(?:it|they|this|that|these"
    r"|those|the|one)\b"
)


def _record_text(product: Product) -> str:
    keys = " ".join(k.replace("_", " ") for k in product.attributes)
    values = " ".join(map(str, product.attributes.values()))
    return f"{product.title} {product.description} {keys} {values}"


def _phrase_said(product: Product, text: str, specific: list[str]) -> str:
    """A property of two or more words the record's own text holds ("added sugar"), which a
    nutrition panel cannot settle."""
    groups = [g for g in properties(text, specific) if len(g) > 1]
    return next((a for a in (_phrase_answer(product, g) for g in groups) if a), "")


def _price_answer(product: Product, currency_text: Any) -> str:
    prices = sorted({v.price.amount for v in product.variants})
    low = currency_text({"amount": prices[0], "currency": product.currency})
    high = currency_text({"amount": prices[-1], "currency": product.currency})
    title = product.title
    return f"{title} costs {low}." if low == high else f"{title} costs {low} to {high}."


def _material_answer(product: Product) -> str:
    material = product.attributes.get("material") or product.attributes.get("ingredients")
    if material:
        return f"{product.title} is made of {material}."
    return f"The catalog doesn't say what {product.title} is made of."


def _option_answers(product: Product, asked: list[str]) -> list[str]:
    """The sizes and colours it comes in, when asked about in general."""
    title, parts = product.title, []
    if "size" in asked:
        sizes = in_size_order(list(dict.fromkeys(v.size for v in product.variants if v.size)))
        measured = _measured_options(product)  # a mug's sizes are its capacities
        stocked = {v.size for v in product.variants if v.size and v.in_stock}
        gone = [s for s in sizes if s not in stocked]
        sold_out = f" (sold out in {', '.join(gone)})" if gone and len(gone) < len(sizes) else ""
        parts.append(
            f"{title} comes in sizes {', '.join(sizes)}{sold_out}."
            if sizes and not (len(sizes) == 1 and sizes[0].lower() == "one size")
            else f"{title} comes in {measured}."
            if measured
            else f"{title} comes in one size."
        )
    if "color" in asked:
        colors = list(dict.fromkeys(v.color for v in product.variants if v.color))
        parts.append(
            f"{title} comes in {', '.join(colors)}." if colors else f"{title} has one colour."
        )
    return parts


def _measured_options(product: Product) -> str:
    """ "12 oz and 16 oz (capacity)": the values of the one other option it varies in."""
    values: dict[str, list[str]] = {}
    for v in product.variants:
        for key, value in v.options.items():
            if (
                key not in {"color", "colour", "size"}
                and value
                and value not in values.get(key, [])
            ):
                values.setdefault(key, []).append(value)
    varied = [(k, vs) for k, vs in values.items() if len(vs) > 1]
    if len(varied) != 1:
        return ""
    key, said = varied[0]
    listed = ", ".join(said[:-1]) + f" and {said[-1]}"
    return f"{listed} ({key.replace('_', ' ')})"


def _colours_meant(product: Product, said: list[str]) -> list[str]:
    """The colours asked for, less a word of the product's name that no variant is in: "the
    Dark Chocolate granola bars" names the bars, it does not ask for them in brown."""
    offered = {(v.color or "").lower() for v in product.variants}
    return [w for w in said if w.lower() in offered or not _mentions(product.title, w.lower())]


_SALE = re.compile(
    r"\bon sale\b|\bsale price\b|\bdiscount|\bmarked down\b|\breduced\b|\boriginal(?:ly)?\b"
    r"|\bregular price\b|\bfull price\b|\bnormal price\b|\bany deals?\b|\bon offer\b"
    r"|\bwas it\b|\bused to cost\b|\bpromo|\b(?:before|without) the (?:sale|discount|markdown)\b"
)


def asks_about_sale(text: str) -> bool:
    """ "Is it on sale?", "any of these discounted?", "what was it originally?"."""
    return bool(_SALE.search(text.lower()))


def on_sale(product: Product) -> bool:
    """Some variant costs less than its compare-at (regular) price."""
    return any(
        v.compare_at_price is not None and v.compare_at_price.amount > v.price.amount
        for v in product.variants
    )


def sale_answer(product: Product, currency_text: Any) -> str:
    """ "Is it on sale? What was it before?": the sale and regular prices the variants hold."""

    def span(amounts: list[int]) -> str:
        low, high = min(amounts), max(amounts)
        texts = [currency_text({"amount": a, "currency": product.currency}) for a in (low, high)]
        return texts[0] if low == high else f"{texts[0]} to {texts[1]}"

    title = product.title
    now = [v.price.amount for v in product.variants]
    reduced = [
        v
        for v in product.variants
        if v.compare_at_price and v.compare_at_price.amount > v.price.amount
    ]
    if not reduced:
        return f"No, {title} isn't on sale right now; it costs {span(now)}."
    was = [v.compare_at_price.amount for v in reduced if v.compare_at_price]
    sale = [v.price.amount for v in reduced]
    saved = max(round(100 * (1 - s / w)) for s, w in zip(sale, was, strict=True))
    every = "" if len(reduced) == len(product.variants) else " on some options"
    return (
        f"Yes, {title} is on sale{every}: {span(sale)}, down from {span(was)} (up to {saved}% off)."
    )


def properties(text: str, specific: list[str]) -> list[list[str]]:
    """The properties a question asks about, each as its words: "is it whole bean?" asks one
    ("whole bean"), "is it waterproof and breathable?" two. Every word of a property must be
    in the text that answers it: "single-origin beans" says nothing about "whole bean"."""
    groups: list[list[str]] = []
    for part in re.split(r"\band\b|\bor\b|[,/&?!;]|\.(?:\s|$)", text.lower()):
        words = [w for w in re.findall(r"[a-z][a-z-]+", part) if w in specific]
        if words:
            groups.append(list(dict.fromkeys(words)))
    return groups or [[w] for w in specific]


def stock_answer(
    product: Product,
    colors: list[str],
    size: str | None,
    others: dict[str, str] | None = None,
    count: tuple[bool, int | None] = (False, None),
) -> str:
    """Per variant: a sold-out colour, size or other option ("12 oz") is never called in stock.
    `count` is whether the shopper asked how many, and how many they want."""

    colors = [american_colour(c) for c in colors]  # "heather grey" is the record's heather gray
    families = {color_family(c) or c for c in colors}
    others = others or {}

    def fits(v: Any) -> bool:
        if any(v.options.get(key) != value for key, value in others.items()):
            return False
        if (
            colors
            and color_family(v.color) not in families
            and american_colour(v.color or "") not in colors
        ):
            return False
        return not size or (v.size is not None and normalise_size(v.size) == normalise_size(size))

    wanted = " ".join(
        filter(None, ["/".join(colors), f"size {size}" if size else "", *others.values()])
    )
    matching = [v for v in product.variants if fits(v)]
    exact = [v for v in matching if american_colour(v.color or "") in colors]
    if matching and not exact and (missing := missing_shade_answer(product, colors)):
        return missing  # "tan?" of a boot in cognac and chocolate: no, and those
    matching = exact or matching  # "off-white" means off-white, not every white
    title = product.title
    if matching and (count[0] or count[1]):  # "u got 4?", "how many have you got?"
        on_hand = sum(v.stock or 0 for v in matching if v.in_stock)
        return counted_stock(title, f" in {wanted}" if wanted else "", on_hand, count[1])
    if not matching:
        offered = list(dict.fromkeys(v.color for v in product.variants if v.color))
        sizes = in_size_order(list(dict.fromkeys(v.size for v in product.variants if v.size)))
        bits = [
            f"colours {', '.join(offered)}" if offered else "",
            f"sizes {', '.join(sizes)}" if sizes else "",
        ]
        listed = " and ".join(b for b in bits if b)
        return f"No, {title} doesn't come in {wanted}." + (
            f" It comes in {listed}." if listed else ""
        )
    in_stock = [v for v in matching if v.in_stock]
    if not in_stock:
        where = f" in {wanted}" if wanted else ""
        instead = in_stock_instead(product, matching, colors, size) if colors or size else ""
        return f"Sorry, {title} is sold out{where} right now.{instead}"
    if wanted:
        extra = ""
        shades = list(dict.fromkeys((v.color or "").lower() for v in in_stock if v.color))
        if colors and shades and not set(shades) <= set(colors):  # "blue?" -> "in sky blue"
            wanted = wanted.replace("/".join(colors), "/".join(shades), 1)
        if colors and not size:
            sizes = in_size_order(list(dict.fromkeys(v.size for v in in_stock if v.size)))
            extra = f" (sizes {', '.join(sizes)})" if sizes else ""
            gone = [v.size for v in matching if v.size and not v.in_stock and v.size not in sizes]
            if gone:
                extra += f"; sold out in size {', '.join(in_size_order(list(dict.fromkeys(gone))))}"
        elif size and not colors:  # "can I get it in an XL? which colours?"
            shades = list(dict.fromkeys(v.color for v in in_stock if v.color))
            gone = [
                v.color for v in matching if v.color and not v.in_stock and v.color not in shades
            ]
            extra = f" (colours {', '.join(shades)})" if shades else ""
            if gone:
                extra += f"; sold out in {', '.join(dict.fromkeys(gone))}"
        return f"Yes, {title} is in stock in {wanted}{extra}{few_left(in_stock, colors, size)}."
    return whole_product_stock(product)


_KIND_KEYS = {"washable": "dishwasher", "waterproof": "waterproof", "dimensions": "size"}


def _names_key(word: str, key: str) -> bool:
    """The question's word names the attribute: "battery" battery_life, "switches" switch,
    "thick" thickness (a noun made of the word, not any longer word: "water" is not waterproof).
    """
    parts = key.lower().split("_")
    return word in parts or any(p in {word + s for s in _NOUN_ENDINGS} for p in parts)


_NOUN_ENDINGS = ("ness", "ity")


def _attribute_answers(product: Product, words: list[str]) -> tuple[list[str], set[str], set[str]]:
    """Answers from the attributes whose names hold a word of the question ("battery" ->
    battery_life, "switches" -> switch), one per attribute; the words and keys they answered."""
    title, parts, answered, keys = product.title, [], set(), set()
    for word in words:
        wanted = stem(_KIND_KEYS.get(word, word))
        for key, value in product.attributes.items():
            if key in _SKIP_KEYS or not _names_key(wanted, key):
                continue
            answered.add(word)
            if key in keys:
                continue
            keys.add(key)
            name, text = key.replace("_", " "), str(value).strip()
            if text.lower() in _YES_VALUES:
                parts.append(f"Yes, {title} is {name}.")
            elif text.lower() in _NO_VALUES:
                weaker = _weaker_in(product, key)
                parts.append(
                    f"No, {title} is not {name}" + (f"; it is {weaker}." if weaker else ".")
                )
            else:
                parts.append(f"{title}: {name} {text}.")
    return parts, answered, keys


_SKIP_KEYS = {"test_case", "package_color"}


def _property_answer(product: Product, words: list[str]) -> str:
    """A yes/no read only from a field that speaks to every word of the property."""
    title = product.title
    word = " ".join(words)
    if free := free_of_answer(product, words):  # "sulfate free?" of "no sulfates"
        return free
    if len(words) > 1:
        return _phrase_answer(product, words)
    for key, value in product.attributes.items():
        if key in _SKIP_KEYS:
            continue
        if _same(word, key):
            text = str(value).strip().lower()
            if text in _YES_VALUES:
                return f"Yes, {title} is {word}."
            if text in _NO_VALUES:
                weaker = _weaker_in(product, word)
                return f"No, {title} is not {word}" + (f"; it is {weaker}." if weaker else ".")
            return f"{title}: {key.replace('_', ' ')} {value}."
        if _mentions(str(value), word):
            return f"Yes — {title}: {key.replace('_', ' ')} {value}."
    for sentence in re.split(r"(?<=[.!?])\s+", product.description):
        if _mentions(sentence, word):
            negated = re.search(rf"\b(?:not|no|non)[\s-]+{re.escape(word)}", sentence.lower())
            verdict = "No" if negated else "Yes"
            return f"{verdict} — {sentence.strip()}"
    if related := related_answer(product, word):  # "is it loud?": switch silent
        return related
    if weaker := _weaker_in(product, word):
        return f"No, {title} is not {word}; it is {weaker}."
    if _mentions(title, word):
        return f"Yes, it's the {title}."
    return _contrary(product, word)


def _weaker_in(product: Product, word: str) -> str:
    text = (product.description + " " + " ".join(map(str, product.attributes.values()))).lower()
    return next((w for w in _WEAKER.get(word, ()) if w in text), "")


def _same(word: str, key: str) -> bool:
    return word.replace("-", "").rstrip("s") == key.lower().replace("_", "").rstrip("s")


def _mentions(text: str, word: str) -> bool:
    return bool(re.search(rf"\b{re.escape(word)}", text.lower()))


def _said_again(title: str, text: str, word: str) -> bool:
    """ "Are the Polarized Fishing Sunglasses actually polarized?": the title's word said once more
    beside the title is asked about. The title's own kind said again is another thing ("does the
    … Stand Charger come with a wall charger?"), no quality of it."""
    if title.lower().split()[-1:] == [word.lower()]:
        return False
    pattern = rf"\b{re.escape(word)}"
    return len(re.findall(pattern, text.lower())) > len(re.findall(pattern, title.lower()))


_FILLER = re.compile(
    r"\b(?:actually|just|really|fully|truly|only|merely|properly|completely|totally|simply)\s+"
)
"""Words that qualify an option, not name it: "actually waterproof or just water resistant"."""


def _either_or(product: Product, options: list[str]) -> str:
    options = choices_in_full([_FILLER.sub("", o).strip() or o for o in options])
    for option in options:  # "waterproof or water resistant?": the yes/no attribute answers
        if verdict := _yes_no_attribute(product, option):
            return verdict
    named = [  # "high rise or mid rise?": the rise attribute's value with its name
        f"{value} {key.replace('_', ' ')}"
        for key, value in product.attributes.items()
        if key not in _SKIP_KEYS
    ]
    haystack = " | ".join(
        [product.title, *(str(v) for v in product.attributes.values()), product.description]
        + [value for v in product.variants for value in v.options.values()]
        + named
    )
    present = [_as_written(o, haystack) for o in options]
    present = [p for p in present if p]
    if len(present) == 1:
        return f"{product.title} is {present[0]}."
    if len(present) > 1:
        return f"{product.title} mentions both {present[0]} and {present[1]}."
    material = product.attributes.get("material")
    if material and all(o.split()[-1] in MATERIALS for o in options):  # "glass or metal?"
        return f"Neither: {product.title} is made of {material}."
    if own := value_answer(product, options, {}, either=True):  # "a stability or a neutral
        return own  # shoe?": support neutral
    return f"The catalog doesn't say whether {product.title} is {options[0]} or {options[1]}."


def _yes_no_attribute(product: Product, option: str) -> str:
    """An either/or option that names a yes/no attribute, answered from it."""
    for key, value in product.attributes.items():
        text = str(value).strip().lower()
        if key in _SKIP_KEYS or text not in _YES_OR_NO or not _same(option.replace(" ", ""), key):
            continue
        name = key.replace("_", " ")
        if text in _YES_VALUES:
            return f"Yes, {product.title} is {name}."
        weaker = _weaker_in(product, key)
        return f"No, {product.title} is not {name}" + (f"; it is {weaker}." if weaker else ".")
    return ""


def _as_written(option: str, text: str) -> str:
    """The option as the record has it: an acronym in its capitals ("ANSI"), else as said."""
    found = re.search(rf"\b{re.escape(option)}\b", text, re.IGNORECASE)
    if found is None:
        return ""
    return found[0] if found[0].isupper() else option


# Properties that exclude each other: a title saying "Ground" answers "is it whole bean?".
_CONTRARY = {
    "whole bean": ("ground",),
    "ground": ("whole bean", "whole-bean"),
    "decaf": ("caffeinated",),
    "caffeinated": ("decaf",),
}


def _phrase_answer(product: Product, words: list[str]) -> str:
    """ "Whole bean": a field holding every word; a contrary property ("ground") is a no."""
    title, phrase = product.title, " ".join(words)
    fields = [  # the title last: "how water resistant?" wants "80 minutes of water resistance"
        *((key.replace("_", " "), str(v)) for key, v in product.attributes.items()
          if key not in _SKIP_KEYS),
        *(("options", value) for v in product.variants for value in v.options.values()),
        *(("description", s) for s in re.split(r"(?<=[.!?])\s+", product.description)),
        ("title", title),
    ]  # fmt: skip
    for name, text in fields:
        if all(_mentions(text, w) or _mentions(text, _root(w)) for w in words):
            if name == "title":
                return f"Yes, it's the {title}."
            negated = re.search(rf"\b(?:not|no|non)[\s-]+{re.escape(words[0])}", text.lower())
            return f"{'No' if negated else 'Yes'} — {title}: {name} {text.strip()}"
    for key, value in product.attributes.items():  # "for neutral runners?": support neutral
        said = str(value).strip().lower()
        if key not in _SKIP_KEYS and said not in _YES_OR_NO and said in words:
            return f"Yes — {title}: {key.replace('_', ' ')} {value}."
    return _contrary(product, phrase)


_ROOT_ENDINGS = ("ance", "ence", "ant", "ent")
_SHORTEST_ROOT = 5


def _root(word: str) -> str:
    """The word without an adjective's or noun's "-ant"/"-ance" ending, so "water resistant" is
    found in "100 m water resistance"; a short root stays whole ("silent" is no "sil")."""
    for ending in _ROOT_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _SHORTEST_ROOT:
            return word[: -len(ending)]
    return word


def _contrary(product: Product, phrase: str) -> str:
    fields = [
        product.title,
        *(str(v) for k, v in product.attributes.items() if k not in _SKIP_KEYS),
    ]
    for other in _CONTRARY.get(phrase, ()):
        for text in fields:
            if re.search(rf"\b{re.escape(other)}\b", text.lower()):
                return f"No, {product.title} is {other}, not {phrase}."
    return ""


def _what_it_says(product: Product, words: list[str]) -> str:
    """What the record does say near the question: the field holding part of the property."""
    for key, value in product.attributes.items():
        if key not in _SKIP_KEYS and any(_mentions(str(value), w) for w in words):
            return f" It lists {key.replace('_', ' ')}: {value}."
    return ""


def has_property(product: Product, word: str) -> bool:
    """Whether the record says the product is `word` ("polarized"): an attribute of that name
    decides (yes/no), else a field that mentions it without a "not"/"no" before it. A British
    spelling ("polarised") asks about the record's American one (polarized)."""
    word = as_the_record_spells([word], _record_text(product)).get(word, word)
    for key, value in product.attributes.items():
        if key not in _SKIP_KEYS and _same(word, key):
            text = str(value).strip().lower()
            return text not in _NO_VALUES
    for key, value in product.attributes.items():  # "dishwasher": dishwasher_safe yes/no
        text = str(value).strip().lower()
        if key not in _SKIP_KEYS and _names_key(stem(word), key) and text in _YES_OR_NO:
            return text in _YES_VALUES
    if _weaker_in(product, word):
        return False
    fields = [
        product.title,
        *(str(v) for k, v in product.attributes.items() if k not in _SKIP_KEYS),
        *re.split(r"(?<=[.!?])\s+", product.description),
    ]
    negation = rf"\b(?:not|no|non)[\s-]+{re.escape(word)}"
    return any(_mentions(f, word) and not re.search(negation, f.lower()) for f in fields)


def property_verdict(product: Product, word: str) -> tuple[bool | None, str]:
    """Whether the record says the product is `word`, and the name it says it by: (True/False,
    "dishwasher safe") when an attribute or a field speaks to it, (None, word) when none does."""
    word = as_the_record_spells([word], _record_text(product)).get(word, word)  # "polarised"
    wanted = stem(_KIND_KEYS.get(word, word))
    for key, value in product.attributes.items():
        text = str(value).strip().lower()
        if key in _SKIP_KEYS or text not in _YES_OR_NO:
            continue
        if _same(word, key) or _names_key(wanted, key):
            return text in _YES_VALUES, key.replace("_", " ")
    fields = [
        product.title,
        *(str(v) for k, v in product.attributes.items() if k not in _SKIP_KEYS),
        product.description,
    ]
    if _weaker_in(product, word) or any(_mentions(f, word) for f in fields):
        return has_property(product, word), word
    return None, word
