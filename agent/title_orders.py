"""An order by catalog titles with counts and no verb: "2 Ruby Red Grapefruit Juice and a bag of
Sea Salt Kettle Chips", "3x Peppermint Tea". Read as an add, not a search for "red".

Only when the message opens with a count and every item in it quotes most of one catalog
product's title, so "2 person tent" or "3 pack socks" stay searches.
"""

from __future__ import annotations

import re
from typing import Any

from agent.cart_phrases import ITEM_BREAK
from agent.matching_asides import without_matching
from agent.order_asides import order_core, says_count
from agent.order_reasons import describes, without_occasion, without_reason
from agent.phrases import QUESTION
from agent.short_names import short_named
from agent.size_words import size_letter
from agent.slots import color_words_in, size_in
from agent.variants import units_in_short
from catalog.colors import color_family
from catalog.sparse import tokenize

TITLE_SHARE = 0.8
_DESCRIBES = re.compile(r"\b(?:with|that|which|has|have|on (?:it|them)|looks?|like)\b")
LATER_SHARE = 0.6
"""An item after the first, once the order opened with a title: "… + the red bike speaker"."""
_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "half a dozen": 6, "a dozen": 12,
}  # fmt: skip
_MEASURE = (
    r"(?:ounces?|oz|fl|inch(?:es)?|in|pounds?|lbs?|grams?|g|kg|kilos?|ml|millilit(?:er|re)s?"
    r"|lit(?:er|re)s?|l|feet|foot|ft|cm|mm|meters?|metres?|m|gallons?|gal|quarts?|qt|watts?"
    r"|w|volts?|v|mah|gb|tb|person|people|piece|pcs?|count|ct|pack|pk)"
)
# "2 Trucker Mesh Hats", "and 2 wool boot socks", "plus two of the …", "i need four boxes of the
# English Breakfast Tea": the count that opens an item, after a joining word or a want; "one of
# those weighted blankets" names a kind ("one of those things"), not a count of it.
# "ok fine, 2 Earl Grey Lavender Teas then": words opening the order that order nothing.
_OPENER = re.compile(
    r"^\s*(?:(?:oh|ok|okay|fine|alright|all right|right|well|so|sure|yeah|um+|uh+|eh|hmm+|cool"
    r"|great|in that case)[\s,]+)+"
)
_LEAD = re.compile(
    r"^\s*(?:(?:and|plus|also|then)[\s,]+)*"
    r"(?:(?:i need|i want|i'?d like|i'?ll take|i'?ll have|gimme|give me)\s+)?"
    r"(?!one\s+of\s+th[oe]se\b)"
    rf"(?:(\d{{1,2}})\s*x?|({'|'.join(sorted(_WORDS, key=len, reverse=True))})"
    r"|a (?:couple|pair) of)\s+"
    rf"(?!{_MEASURE}\b)"  # "i need 9 ounce catalina crunch cereal": a size, not nine of it
    r"(?:(?:box(?:es)?|bags?|bottles?|packs?|packets?|pairs?|cans|jars?|tins?)\s+of\s+)?"
    r"(?:(?:of\s+)?the\s+)?(?=[a-z])"
)


def aligned(said: set[str], title: set[str]) -> set[str]:
    """The words said, a plural in "-ves" read as the title's "-fe"/"-f" ("knives" for a Knife,
    "shelves" for a Shelf), which the stemmer leaves apart."""
    out = set()
    for word in said:
        if word.endswith("ve") and word not in title:
            word = next((w for w in (word[:-2] + "fe", word[:-2] + "f") if w in title), word)
        out.add(word)
    return out


def lead_count(text: str) -> int | None:
    """The count an item opens with ("and 2 wool boot socks, white, M" -> 2), or None."""
    lead = _LEAD.match(_OPENER.sub("", " ".join(text.lower().split())))
    if lead is None:
        return None
    if lead[1]:
        return int(lead[1])
    return _WORDS.get(lead[2] or "", 2)


def ordered_count(text: str, search: Any) -> int | None:
    """How many of the first item a verb-less order by title asks for; None for anything else."""
    lowered = _OPENER.sub("", " ".join(text.lower().split()))
    parts = [p for p in ITEM_BREAK.split(lowered) if p.strip()]
    count = lead_count(lowered)
    if count is None and len(parts) > 1 and any(lead_count(p) for p in parts[1:]):
        count = 1  # "Wool Beanie Hat in black, and 2 pairs of Wool Boot Socks"
    if count is None or QUESTION.search(lowered):
        return None
    if not (
        _quotes_a_title(parts[0], search) or (len(parts) == 1 and _short_named(lowered, search))
    ):
        return None
    if not all(_quotes_a_title(part, search, LATER_SHARE) for part in parts[1:]):
        return None
    return count


def _short_named(text: str, search: Any) -> bool:
    """ "two packs of the white no-show socks in medium": one product by its short name."""
    return short_named(text, search.search(text, limit=3, parse=False).hits) is not None


def _quotes_a_title(part: str, search: Any, share: float = TITLE_SHARE) -> bool:
    return title_quoted(part, search, share) is not None


def title_quoted(part: str, search: Any, share: float = TITLE_SHARE) -> str | None:
    """The id of the product whose title the words quote most of ("1 Earl Grey Lavender Tea
    instead"), or None."""
    said = set(tokenize(part))
    for hit in search.search(part, limit=3, parse=False).hits:
        title = set(tokenize(hit.product.title))
        hits = len(title & aligned(said, title))
        if title and hits >= 2 and hits / len(title) >= share:
            return str(hit.product.id)
    return None


# Words around option values that name nothing: "Summit Tech Hoodie in black, size M please".
_OPTION_WORDS = frozenset({
    "box", "boxes", "bag", "bags", "bottle", "bottles", "pack", "packs", "packet", "packets",
    "tin", "tins", "jar", "jars", "carton", "cartons", "tub", "tubs",
    "size", "colour", "color", "one", "pair", "pairs", "also", "too", "well", "some", "same",
    "and", "plus", "then", "thanks", "thank", "thx", "pls", "plz", "please", "oh", "ok", "okay",
    "waist", "inseam",
})  # fmt: skip
_REFUSES = re.compile(r"\b(?:not|no|non|without|never)\b")
_SIZE_WORDS = frozenset({"small", "medium", "large", "x-large", "xs", "xl", "xxl", "xxs"})
MAX_WORDS = 16


def ordered_variant(
    text: str, colors: list[str], size: str | None, search: Any, *, after_label: bool = False
) -> Any:
    """The product a verb-less order names by title with options of its own: "Summit Tech Hoodie
    in black, size M", "Stoneware Diner Mug in cream, the 16 oz one", "Dad Cap Washed Hat in navy
    for my husband". None unless the message is that title, option values of that product and
    words that order (`order_asides`: a want, a count, who it is for); a question or any other
    word is not. One made one way is ordered by its whole title or with words that order.

    After a kit's or an occasion's label (`after_label`: "cabin kit: wool beanie in olive",
    "first-flat kitchen: the santoku knife") the piece is what the kit gets: a product named by
    its title or short name, with "the"/"a" or options of its own, is an order; a kind alone is
    not (no title is quoted)."""
    if QUESTION.search(text):
        return None
    text = _BACK_FROM_ASIDE.sub("", text)  # "anyway. enamel camp mug sky blue 16 oz please"
    counted = says_count(text)  # "santoku knife please, just one": one of it, an order
    text, matching = without_matching(text)  # "…, to match my navy beanie": chosen, a reason
    text = without_occasion(text)  # "… in olive please, back to school"
    lowered = " ".join(units_in_short(without_reason(text.lower())).split())  # "10 inch": 10 in
    if len(lowered.split()) > MAX_WORDS or QUESTION.search(lowered):
        return None
    core, framed = order_core(lowered)
    framed = framed or matching
    options_said = bool(colors or size or re.search(r"\d", core))
    if after_label and not (options_said or _ONE_NAMED.match(lowered)):
        return None
    framed = framed or after_label
    said = set(tokenize(core))
    values = said | set(tokenize(lowered))  # "…, 34, to go with …": a size, not a count
    hits = search.search(core, limit=3, parse=False).hits
    # "Dad Cap … please" calls it by its short name; "juice please, but NOT from concentrate"
    # refuses a kind, even where a title opens with the words ("Not From Concentrate …")
    short = after_label or (framed and not _REFUSES.search(core))
    # "Tempo Glide 4 in white, size 8": a short name with a colour and a size of its own
    short = short or bool(colors and size and not _REFUSES.search(core))
    called = short_named(core, hits) if short else None
    if called is not None and not (
        after_label or counted or _options_beside(called, colors, size, core)
    ):
        called = None  # "Earl Grey tea please": a kind of tea asked for, not the Earl Grey Lavender
    for hit in hits:
        product = hit.product
        title = set(tokenize(product.title))
        known = aligned(said, title)
        if len(title) < 2 or (
            len(title & known) / len(title) < TITLE_SHARE
            and (called is None or called.id != product.id)
        ):
            continue
        every_option = False
        own_size = size or _bare_size(product, lowered)
        if _varies(product):
            every_option = _pins_a_variant(product, colors, own_size, values) and not (
                _DESCRIBES.search(core)  # "the six-sided weights with rubber on them, 10 pound":
            )  # a thing described (its words read as the title's), not a title typed
            pinned = every_option or _colour_asked(product, colors, framed)
            if not ((options_said or framed) and pinned):
                continue
        elif not framed and (title - known or _GOES_ON.search(lowered)):
            continue  # one made one way is ordered by its whole title ("and …" alone is no order)
        if not _only_options(known - title - describes(lowered, product), product):
            continue
        as_order = _said_as_order(text, product, whole_title=options_said)
        # A title with a value for every option it has names one variant: the shopper has chosen,
        # so it is an order even typed bare and short ("ringer tee in sage, size S"); a short
        # title with no option or count still lists first (the lead's call, issue #9).
        if framed or as_order or every_option or not _in_stock(product, colors, own_size, values):
            return product  # a sold-out variant looked at: the add says so, and what there is

    return None


_BACK_FROM_ASIDE = re.compile(
    r"^\W*(?:(?:anyway|anyways|anyhow|back to (?:it|shopping|the order))\b[\s,.;:!-]*)+", re.I
)
"""Words that close an aside and open the order after it: "anyway. <title> <options> please"."""


_CONTAINER = r"(?:box|bag|bottle|pack|packet|tin|jar|carton|tub)s?"
# "… please", "… for my dad", "… the 16 oz one", "and a …": words that order, not look.
_ORDER_WORDS = re.compile(
    r"\b(?:please|pls|plz|thanks|thank you|thx|ty)\b|\bfor (?:me|my|the|him|her|them|us|our)\b"
    r"|\bthe [\w.-]+(?: [\w.-]+)? one\b"
    rf"|\b(?:a|an|one|two|three|\d+) {_CONTAINER}\b"  # "Peppermint Tea, one box"
)
_ONE_NAMED = re.compile(r"^\W*(?:the|an?|one)\s+")
"""A piece named as one thing: "the santoku knife", "a travel insulated mug"."""
_GOES_ON = re.compile(r"^\W*(?:and|also|plus|oh and|oh also)\b")
"""An order said as one more ("and …"): only with options of its own, which name the thing."""


LONG_TITLE = 4
"""A whole title this long names one product, never a kind ("chug lid wide mouth water
bottle"); a shorter one typed bare ("ringer tee in sage size m") may be a look at the kind."""


def _said_as_order(text: str, product: Any, *, whole_title: bool = True) -> bool:
    """A title with its options alone is an order when it says so (a "please", a recipient,
    "the 16 oz one", "and …" after an add, a count), quotes the title as the store writes it,
    or gives the whole title, in any case, when it is long ("chug lid wide mouth water bottle
    teal 20 oz") or said as "the <title>" or "a <title>" (one of it: "a speckled camp mug, cream,
    12 oz"); a short title typed bare ("ringer tee in sage size m")
    is a look at the product first. A whole title said with no option of its own ("honey oat
    clusters cereal") is typed like a search: it is shown first (`whole_title` False)."""
    lowered = " ".join(text.lower().split())
    if _ORDER_WORDS.search(lowered) or _GOES_ON.search(lowered) or lead_count(lowered):
        return True
    if any(word[:1].isupper() for word in product.title.split()) and product.title in text:
        return True  # quoted as the store writes it: "Pocket Tee in navy, size M"
    whole = " ".join(product.title.lower().split())
    if not whole_title:
        return False
    said = re.search(rf"(?<![\w-]){re.escape(whole)}(?![\w-])", lowered)
    if said is None:
        return False
    opens_with_the = re.fullmatch(r"\W*(?:the|an?|one)\s+", lowered[: said.start()]) is not None
    return len(whole.split()) >= LONG_TITLE or opens_with_the


def quoted_product(text: str, search: Any) -> Any:
    """The one catalog product whose title the message quotes ("also add a Coconut Curl
    Shampoo, the 8 fl oz one"), or None."""
    said = set(tokenize(text))
    quoted = []
    hits = search.search(text, limit=3, parse=False).hits
    for hit in hits:
        title = set(tokenize(hit.product.title))
        share = len(title & aligned(said, title)) / len(title) if title else 0.0
        if len(title) >= 2 and share >= TITLE_SHARE:
            quoted.append((share, hit.product))
    quoted.sort(key=lambda pair: -pair[0])
    if not quoted:
        return short_named(text, hits)  # "add 3 boxes of the Earl Grey too"
    if len(quoted) > 1 and quoted[1][0] == quoted[0][0]:
        return None  # alike titles ("Waxed Field Cap" twice): the add picks by stock
    return quoted[0][1]


def _option_terms(product: Any) -> set[str]:
    """The words of the product's option values, and of its brand ("… from Loomhouse, white")."""
    terms = {t for v in product.variants for value in v.options.values() for t in tokenize(value)}
    return terms | set(tokenize(str(getattr(product, "brand", None) or "")))


def _only_options(rest: set[str], product: Any) -> bool:
    left = rest - _OPTION_WORDS - _SIZE_WORDS - _option_terms(product)
    return not {w for w in left if color_family(w) is None}


def _pins_a_variant(product: Any, colors: list[str], size: str | None, said: set[str]) -> bool:
    """Every option the product varies in is given ("ringer tee in black" leaves the size open:
    a look at the tee, not an order)."""
    for key in _varies(product):
        values = {str(v.options.get(key) or "") for v in product.variants}
        if key == "color":
            if not set(colors) & {color_family(value) for value in values}:
                return False
        elif (
            key == "size"
            and (size or said)
            and _size_said(size, said) & {value.lower() for value in values}
        ):
            continue
        elif not any(set(tokenize(value)) and set(tokenize(value)) <= said for value in values):
            return False
    return True


def every_option_said(product: Any, words: str) -> bool:
    """The words give a value for every option the product varies in ("ringer tee, sage,
    medium"): one variant chosen, as an order does."""
    colors = [family for word in color_words_in(words) if (family := color_family(word))]
    said = set(tokenize(words))
    bare = set(re.findall(r"[\w.-]+", words.lower()))  # "in white M": a size said bare
    size = size_in(words) or next(
        (v.size for v in product.variants if v.size and str(v.size).lower() in bare), None
    )
    return bool(_varies(product)) and _pins_a_variant(product, colors, size, said)


def _colour_asked(product: Any, colors: list[str], framed: bool) -> bool:
    """An order in words ("please", "for my dad") that gives one of the product's colours and
    leaves only a capacity or the like open ("Travel Insulated Mug in navy please"): the add
    picks it, as after "add"; an open size is still a look ("ringer tee in black")."""
    varies = _varies(product)
    if not framed or "color" not in varies or "size" in varies:
        return False
    values = {color_family(str(v.options.get("color") or "")) for v in product.variants}
    return bool(set(colors) & values)


def _varies(product: Any) -> set[str]:
    """The options whose value differs between the product's variants."""
    return {
        key for key in {k for v in product.variants for k in v.options}
        if len({v.options.get(key) for v in product.variants}) > 1
    }  # fmt: skip


def _in_stock(product: Any, colors: list[str], size: str | None, said: set[str]) -> bool:
    """Whether a variant with the colour, size and other values said has stock."""
    sizes = _size_said(size, said)
    for variant in product.variants:
        values = {k: str(v) for k, v in variant.options.items()}
        if "color" in values and colors and color_family(values["color"]) not in colors:
            continue
        if "size" in values and sizes and values["size"].lower() not in sizes:
            continue
        others = [v for k, v in values.items() if k not in {"color", "size"}]
        if all(set(tokenize(v)) <= said for v in others) and variant.in_stock:
            return True
    return False


_BARE = re.compile(r"(?<![\w'’.-])[a-z]{1,3}(?![\w'’-])")


def _bare_size(product: Any, lowered: str) -> str | None:
    """A letter size said bare, standing alone, that the product comes in: "pima crew tee olive
    M", "tiered maxi dress black S" (the letter "m" of "i'm" is no size)."""
    sizes = {str(v.size).lower() for v in product.variants if v.size and str(v.size).isalpha()}
    return next((word for word in _BARE.findall(lowered) if word in sizes), None)


def _size_said(size: str | None, said: set[str]) -> set[str]:
    """The size read from the message, else a size word said ("navy, large please")."""
    if size:
        return {size.lower()}
    return {letter.lower() for word in said if (letter := size_letter(word))}


def _options_beside(product: Any, colors: list[str], size: str | None, core: str) -> bool:
    """Options said besides the short name ("Harbor Slub in navy, size L please"), not a colour
    word of the name itself ("Earl Grey tea please")."""
    title = set(tokenize(product.title))
    named = title | {color_family(w) or w for w in title}  # "grey" of the name is "gray"
    return bool(size or re.search(r"\d", core) or any(c.lower() not in named for c in colors))
