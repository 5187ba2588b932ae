"""Which variant of a product the shopper means, and what to ask when that is not yet clear."""

from __future__ import annotations

import re

from agent.measured_sizes import measured_size
from agent.outcome import in_size_order
from agent.size_words import SIZE_WORDS
from catalog.colors import color_family
from catalog.model import Product, Variant
from catalog.payload import normalise_size

SLOTS = ("size", "color")


def choose_variants(
    product: Product,
    size: str | None,
    colors: list[str],
    preferred: list[str] | None = None,
    avoided: list[str] | None = None,
    others: dict[str, str] | None = None,
) -> tuple[list[Variant], list[str]]:
    """In-stock variants matching size and colour, and which of size/colour is still ambiguous.

    `colors` were asked for in this message and must match; `preferred` (the search's colour
    filter) narrows the choice only when this product comes in such a colour; `avoided` (the
    search's "not black") is never picked unasked: when only such variants are left, the colour
    stays a question, so the shopper sees it before anything is added. `others` are values the
    shopper gave for the product's other options ("capacity": "16 oz"); unsaid, the first
    in-stock one is taken (and named in the reply).
    """
    variants = [v for v in product.variants if v.in_stock] or list(product.variants)
    for key, value in (others or {}).items():
        variants = [v for v in variants if v.options.get(key) == value]
    if size:
        wanted = normalise_size(size)
        variants = [v for v in variants if v.size and normalise_size(v.size) == wanted]
    if colors:
        variants = [v for v in variants if _in_colors(v, colors)]
        exact = [v for v in variants if (v.color or "").lower() in colors]
        named = any((v.color or "").lower() in colors for v in product.variants)
        # "white" means white, not off-white, when both exist, also when white is sold out
        variants = exact if named else variants
    elif preferred:
        variants = [v for v in variants if _in_colors(v, preferred)] or variants
        exact = [v for v in variants if (v.color or "").lower() in preferred]
        variants = exact or variants  # "charcoal" searched: not heather gray, gray as well
    only_avoided = False
    if avoided and not colors:
        kept = [v for v in variants if not _in_colors(v, avoided)]
        only_avoided = bool(variants) and not kept
        variants = kept or variants
    missing = [
        slot
        for slot in SLOTS
        if len({v.options.get(slot) for v in variants if v.options.get(slot)}) > 1
        or (slot == "color" and only_avoided)
    ]
    return variants, missing


def _in_colors(variant: Variant, wanted: list[str]) -> bool:
    families = {color_family(w) or w for w in wanted}
    return color_family(variant.color) in families or (variant.color or "").lower() in wanted


def why_unchanged(
    product: Product, current: Variant | None, size: str | None, colors: list[str]
) -> str:
    """Why no other variant of a cart line fits what was asked: it is the line's variant already,
    that variant is sold out, or the product does not come in it."""
    wanted = normalise_size(size) if size else None

    def fits(variant: Variant) -> bool:
        if wanted and not (variant.size and normalise_size(variant.size) == wanted):
            return False
        return not colors or _in_colors(variant, colors)

    if not (size or colors):
        return f"{product.title} isn't available in that option; your cart is unchanged."
    if current is not None and fits(current):
        return f"Your {product.title} is already {variant_label(current)}, so nothing changed."
    said = " ".join(filter(None, [*colors[:1], f"size {size}" if size else None]))
    if any(fits(v) for v in product.variants):
        return f"Sorry, {product.title} is sold out in {said}; your cart is unchanged."
    return f"{product.title} isn't available in {said}; your cart is unchanged."


def available(candidates: list[Variant], slot: str) -> list[str]:
    """The values of one option among the candidates, sizes in size order."""
    values = list(dict.fromkeys(v.options[slot] for v in candidates if v.options.get(slot)))
    return in_size_order(values) if slot == "size" else values


def not_offered(
    product: Product, size: str | None, colors: list[str]
) -> tuple[dict[str, str], dict[str, list[str]]]:
    """When nothing matches: the values still good to keep, and the choices to offer instead.

    A colour that exists in the size asked for keeps the size and re-asks the colour, and the
    other way round; when neither fits alone, both are asked again.
    """
    color = colors[0] if colors else None
    if size and color:
        by_size, _ = choose_variants(product, size, [])
        if by_size:
            return {"size": size}, {"color": available(by_size, "color")}
        by_color, _ = choose_variants(product, None, colors)
        if by_color:
            return {"color": color}, {"size": available(by_color, "size")}
    every, _ = choose_variants(product, None, [])
    wrong = [slot for slot, value in (("size", size), ("color", color)) if value]
    options = {slot: available(every, slot) for slot in wrong}
    return {}, {slot: values for slot, values in options.items() if values}


def offered(product: Product, size: str | None, colors: list[str], *, stocked: bool) -> bool:
    """A variant in this size and colour exists (in stock, when `stocked`)."""
    wanted = normalise_size(size) if size else None
    return any(
        (v.in_stock or not stocked)
        and (wanted is None or (v.size is not None and normalise_size(v.size) == wanted))
        and (not colors or _in_colors(v, colors))
        for v in product.variants
    )


def variant_label(variant: Variant) -> str:
    keys = ["color", "size", *sorted(set(variant.options) - {"color", "size"})]
    parts = [variant.options[k] for k in keys if variant.options.get(k)]
    return f"({', '.join(parts)})" if parts else ""


def spelled_value(product: Product, slot: str, text: str, after: str = "") -> str | None:
    """An option value written out in the shopper's words ("heather gray", also said "heather
    grey"), longest first.

    `after` names a word that must come just before it ("size EU 42"), for short values.
    """
    lowered = f" {text.lower()} "
    lead = rf"\b{after}\s+" if after else r"(?<![\w-])"
    values = {v.options[slot] for v in product.variants if v.options.get(slot)}
    for value in sorted(values, key=len, reverse=True):
        said = re.sub(r"\bgr[ae]y\b", "gr[ae]y", re.escape(value.lower()))
        if re.search(rf"{lead}{said}(?![\w-])", lowered):
            return value
    return None


_ADD_VERB = re.compile(
    r"\b(?:throw|toss|chuck|pop|stick)\s+(?:it|them|that|this|those|these|one|in|into)\b"
)


_COUNTS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "sixteen": 16,
    "eighteen": 18, "twenty": 20, "twenty four": 24, "thirty": 30, "thirty two": 32,
}  # fmt: skip
_UNIT_WORDS = (
    (r"inch(?:es)?|in\.|\"|''|″", "in"),
    (r"pounds?|lbs\.?|lb\.", "lb"),
    (r"fl\.?\s*oz\.?|fluid\s+ounces?", "fl oz"),
    (r"ounces?|oz\.?", "oz"),
    (r"centimet(?:er|re)s?", "cm"),
    (r"millimet(?:er|re)s?", "mm"),
    (r"pieces?|pcs?", "piece"),
)
_COUNT_WORD = re.compile(
    rf"\b({'|'.join(sorted(_COUNTS, key=len, reverse=True))})(?=[\s-]*(?:inch|pound|lb\b"
    r"|ounce|oz\b|centimet|millimet|piece))"
)


def units_in_short(text: str) -> str:
    """A size said in words as the catalog writes it: "8 inch", "8-inch", "eight inches", 8" ->
    "8 in"; "5 pounds" -> "5 lb", "12 ounces" -> "12 oz"."""
    said = _COUNT_WORD.sub(lambda m: str(_COUNTS[m[1]]), text.lower())
    for words, short in _UNIT_WORDS:
        said = re.sub(rf"(\d)(?:\s*-\s*|\s*)(?:{words})(?![a-z])", rf"\1 {short}", said)
    return said


def spelled_options(product: Product, text: str) -> dict[str, str]:
    """Option values other than colour written out in the shopper's words: "10 lb", "queen",
    "16 oz", "bath sheet", "8 inch" for "8 in". A bare number counts only after "size" (see
    `spelled_value`), and a one-word value only outside the product's own title ("bath" in
    "Bath Towel" names it)."""
    lowered = _ADD_VERB.sub(" ", f" {units_in_short(text)} ")  # "throw it in" is no blanket size
    title = set(re.findall(r"[a-z]+", product.title.lower()))
    untitled = " ".join(w for w in lowered.split() if w.strip(",.!?") not in title)
    found: dict[str, str] = {}
    keys = {k for v in product.variants for k in v.options} - {"color"}
    for key in sorted(keys):
        values = {v.options[key] for v in product.variants if v.options.get(key)}
        for value in sorted(values, key=len, reverse=True):
            said = value.lower()
            if re.fullmatch(r"[\d.]+|[a-z]{1,3}", said):
                continue  # "10", "M", "XL": said plainly elsewhere, too short to spot here
            where = lowered if " " in said else f" {untitled} "
            if re.search(rf"(?<![\w-]){re.escape(said)}(?![\w-])", where):
                found[key] = value
                break
    return found


_ANY_COLOR = re.compile(
    r"\bany colou?r\b|\bwhatever colou?r\b|\bcolou?r (?:doesn'?t|does not) matter\b"
    r"|\bdon'?t care (?:about the |about |which |what )?colou?r\b|\bcolou?r is up to you\b"
    r"|\bwhatever(?:'?s| is)?\s+(?:in stock|you have|you've got|available)|\bwhichever\b"
    r"|\b(?:any|either)(?: one)? (?:is|'?s|will do|works)\b|\bdon'?t mind\b|\bdoesn'?t matter\b"
    r"|\byou (?:pick|choose|decide)\b|\bsurprise me\b|\bup to you\b"
)  # the second line on: said in reply to "which colour?" ("whatever's in stock")


def size_number_said(product: Product, text: str) -> str | None:
    """The one size of this product a lone number in the message stands for, in a message that
    is little more than its options ("navy 36", "and the 12?" for "12 in")."""
    numbers = re.findall(r"(?<![\w.])\d{1,3}(?:\.5)?(?![\w.]|\.\d)", text.lower())
    if len(numbers) != 1:
        return None
    sizes = {v.size for v in product.variants if v.size}
    meant = [s for s in sizes if s.lower() == numbers[0] or s.lower().split()[0] == numbers[0]]
    return meant[0] if len(meant) == 1 else None


def size_said(product: Product, text: str) -> str | None:
    """A size of this product said plainly: "medium", or ", M" / "M too" between commas or
    spaces (single letters only as a word of their own, never inside "i'm")."""
    sizes = {v.size for v in product.variants if v.size}
    lowered = f" {text.lower()} "
    for value in sorted((s for s in sizes if " " in s.strip()), key=len, reverse=True):
        if re.search(rf"(?<![\w-]){re.escape(value.lower())}(?![\w-])", lowered):
            return value  # "bath sheet" said in full, before its first word "bath" below
    for name, letter in SIZE_WORDS.items():  # longest first: "extra large" before "large"
        if _SIZE_NAME_WORDS[name].search(lowered):
            match = next((s for s in sizes if normalise_size(s) == normalise_size(letter)), None)
            if match:
                return match
    letters = set(_LETTER_WORD.findall(lowered))
    numbers = set(_NUMBER_OF_ITS_OWN.findall(lowered.strip()))  # "in tan, 34 too"
    numbers |= _numbers_after_colour(product, lowered)  # "the tideline slide sandal navy 10"
    pairs = set(_SAID_DIMENSIONS.findall(lowered))  # "20x20", "20 by 20" for "20 x 20 in"
    # longest first, then the first said: "a pair in L too, in case the M is tight" is the L
    # (a set's order is no order: it changes with each run's string hashing)
    in_order = sorted(sizes, key=lambda s: (-len(s), _first_said(s, lowered), s))
    for value in in_order:
        if _SHORT_WORD.fullmatch(value.lower()) and value.lower() in letters:
            return value
    for value in in_order:
        if _SIZE_NUMBER.fullmatch(value) and value in numbers:
            return value
    for value in in_order:
        if (dims := _DIMENSIONS.fullmatch(value.lower().strip())) and dims.groups() in pairs:
            return value
    return measured_size(sizes, text, product.title)  # "8 inch", "waist 34"


_CLAUSE_END = r"(?=\s*(?:$|[,.!?;]|too\b|please\b|pls\b|thanks\b|and\b))"


def _first_said(value: str, lowered: str) -> int:
    """Where a size is first said as a word of its own; past the end when it is not."""
    found = re.search(rf"(?<![\w'.-]){re.escape(value.lower())}(?![\w'-]|\.\d)", lowered)
    return found.start() if found else len(lowered)


def _numbers_after_colour(product: Product, lowered: str) -> set[str]:
    """A number said right after a colour the product comes in, ending the message or a
    clause ("… navy 10", "light gray 9.5, please"): the size, as "navy, 10" would be."""
    colours = {v.color.lower() for v in product.variants if v.color}
    found: set[str] = set()
    for colour in colours:
        pattern = rf"(?<![\w-]){re.escape(colour)}\s+(\d{{1,2}}(?:\.5)?){_CLAUSE_END}"
        found |= set(re.findall(pattern, lowered.strip()))
    return found


_SIZE_NAME_WORDS = {name: re.compile(rf"\b{name}\b") for name in SIZE_WORDS}
_SHORT_WORD = re.compile(r"[a-z]{1,4}")
_LETTER_WORD = re.compile(r"(?<=[\s,])([a-z]{1,4})(?=[\s,.!?])")
_SIZE_NUMBER = re.compile(r"\d{1,2}(?:\.5)?")
_NUMBER_OF_ITS_OWN = re.compile(
    r"[,/]\s*(\d{1,2}(?:\.5)?)(?=\s*(?:$|[,.!?]|too\b|as well\b|please\b|pls\b|thanks\b|and\b))"
)
_SAID_DIMENSIONS = re.compile(
    r"(?<![\w.])(\d+(?:\.\d+)?)\s*(?:x|by|×)\s*(\d+(?:\.\d+)?)(?![\w.]|\s*(?:x|by)\s*\d)"
)
_DIMENSIONS = re.compile(r"(\d+(?:\.\d+)?)\s*(?:x|×)\s*(\d+(?:\.\d+)?)\s*(?:in|cm|mm|inch|\"|'')?")


def any_color(text: str) -> bool:
    """ "any colour is fine", "colour doesn't matter": the shopper leaves the colour to us."""
    return bool(_ANY_COLOR.search(text.lower()))


def pick_color(candidates: list[Variant]) -> list[Variant]:
    """The candidates of one colour, the one with the most in stock (so it is not a last one)."""
    by_stock = sorted(candidates, key=lambda v: -(v.stock if v.stock is not None else 1))
    chosen = by_stock[0].options.get("color") if by_stock else None
    return [v for v in candidates if v.options.get("color") == chosen] or candidates
