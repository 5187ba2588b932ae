"""Stock asked again of the variant just asked about, in words that name nothing: "how many are
left?", "when will it be back in stock?", "any idea when you'll restock?".

Right after "is the tiered maxi dress in teal M in stock?", a shop assistant hears "how many are
left?" as the count of that dress in teal M, not a search for "left"; and "when will it be
back?" after a sold-out answer as a question about that variant's restock, which the catalog
never dates, so the answer says so and names what is in stock instead.
"""

from __future__ import annotations

import re
from typing import Any

from agent.order_asides import order_core, said_count
from agent.phrases import QUESTION
from agent.stock_counts import asks_how_many
from agent.understanding import Intent, Understanding
from agent.variants import size_number_said, size_said, spelled_options
from agent.words import new_words
from catalog.colors import color_family
from catalog.payload import normalise_size

_GOES_ON = {Intent.SEARCH, Intent.REFINE, Intent.UNCLEAR, Intent.PRODUCT_QUESTION}
_RESTOCK = re.compile(
    r"\b(?:re-?stock\w*|back in(?: stock)?|(?:be|come|coming|get|getting) back"
    r"|in stock again|available again|more (?:coming|arriving|on the way)"
    r"|(?:get|getting|expect\w*) (?:more|new stock|(?:it|them) in(?=\s*(?:again|stock|soon"
    r"|[?.!]|$)))"  # "when will you get it in?", never "can I get it in sand?"
    r"|(?:next|new) (?:delivery|shipment|batch))\b"
)
_HOW_MANY_ALONE = re.compile(r"^\W*(?:and\s+|so\s+|ok(?:ay)?\s+)?how many\b")
# Words a stock question about the thing in view is made of, beside the stock words themselves.
_STOCK_TALK = re.compile(
    r"\b(?:how|many|much|when|will|would|is|are|it|its|it's|they|them|those|that|this|one|ones"
    r"|do|does|you|u|ya|have|got|left|in|stock|back|again|be|come|coming|get|getting|more|any"
    r"|idea|know|restock\w*|re-stock\w*|expect\w*|there|still|remaining|available|then|so|ok"
    r"|okay|and|the|a|an|of|roughly|approximately|about|soon|next|delivery|shipment|batch"
    r"|new|arriving|on|way|going|to|gonna|what|date|eta)\b"
)


def asks_restock(text: str) -> bool:
    """ "when will it be back in stock?", "any restock coming?": when more arrive."""
    return bool(_RESTOCK.search(" ".join(text.lower().split())))


def asks_stock_again(understanding: Understanding, before: Understanding, product: Any) -> bool:
    """Make `understanding` the stock question `before` asked of the product in focus, in its
    colour and size, when it asks only a count or a restock date; True when it did."""
    text = " ".join(understanding.text.lower().split())
    refs = understanding.references
    focus = getattr(product, "id", None)
    if (
        focus is None
        or before.intent is not Intent.PRODUCT_QUESTION
        or before.references.product_ids != [focus]
        or understanding.intent not in _GOES_ON
        or refs.ordinals
        or (refs.product_ids and refs.product_ids != [focus])
        or not (asks_how_many(text) or _HOW_MANY_ALONE.search(text) or asks_restock(text))
        or new_words(_STOCK_TALK.sub(" ", text))
    ):
        return False
    slots, asked = understanding.slots, before.slots
    understanding.intent = Intent.PRODUCT_QUESTION
    refs.product_ids = [focus]
    slots.category, slots.kind, slots.required = "", "", []
    if not (slots.colors or slots.size):
        slots.colors, slots.color_words = list(asked.colors), list(asked.color_words)
        slots.size = (
            asked.size
            or size_said(product, before.text)
            or spelled_options(product, before.text).get("size")
        )
    slots.asked = ["stock"]
    return True


_LISTS_OPTIONS = re.compile(r"\b(?:what|which|wat|wht)\s+(?:other\s+)?(sizes?|colou?rs?)\b")
_OPTION_TALK = re.compile(
    r"\b(?:what|which|wat|wht|other|sizes?|colou?rs?|do|does|did|you|u|ya|have|has|got|come|comes"
    r"|it|they|in|the|then|ok|okay|ugh|hmm+|so|and|stock|available|left|is|are|there|any)\b"
)
_LISTING = {
    Intent.SEARCH, Intent.REFINE, Intent.UNCLEAR, Intent.HELP, Intent.PRODUCT_QUESTION,
}  # fmt: skip


def asks_options_left(understanding: Understanding, before: Understanding, product: Any) -> bool:
    """ "ugh what sizes DO u have in the gray" right after a stock question about the product in
    focus: the sizes (or colours) of it in stock, in the colour (or size) said or asked before;
    never the shop's help text. True when it read it so."""
    text = " ".join(understanding.text.lower().split())
    listed = _LISTS_OPTIONS.search(text)
    focus = getattr(product, "id", None)
    refs = understanding.references
    if (
        listed is None
        or focus is None
        or before.intent is not Intent.PRODUCT_QUESTION
        or before.references.product_ids != [focus]
        or not _about_stock(before)  # "battery life?", then "what colour are they": its colours
        or understanding.intent not in _LISTING
        or refs.ordinals
        or (refs.product_ids and refs.product_ids != [focus])
    ):
        return False
    offered = {(v.color or "").lower() for v in product.variants if v.color}
    families = {color_family(c) for c in offered}
    said = [w for w in understanding.slots.color_words if color_family(w.lower()) in families]
    rest = _OPTION_TALK.sub(" ", text)
    for word in said:
        rest = re.sub(rf"\b{re.escape(word.lower())}\b", " ", rest)
    if new_words(rest):
        return False
    slots, asked = understanding.slots, before.slots
    understanding.intent = Intent.PRODUCT_QUESTION
    refs.product_ids = [focus]
    slots.category, slots.kind, slots.required = "", "", []
    if listed[1].startswith("size"):
        if not said:
            said = list(asked.color_words)
        slots.colors, slots.color_words, slots.size = [], said, None
        slots.asked = ["stock"]  # its sizes in stock, not every size it comes in
    else:
        slots.colors, slots.color_words = [], []
        slots.size = asked.size or size_said(product, before.text)
        slots.asked = ["stock"]
    return True


def _about_stock(before: Understanding) -> bool:
    asked = before.slots
    return bool("stock" in asked.asked or asked.colors or asked.size)


_ASKS_ABOUT = re.compile(
    r"^\W*(?:(?:and|ok(?:ay)?|so|hmm+|oh|well)\W+)*(?:what|how)\s+about\b"
    r"|\b(?:in stock|available|any left|do you have|have you got|you got)\b"
)


def asks_about_offer(text: str, awaiting: dict[str, Any] | None) -> bool:
    """ "what about black then?" when the colour or size wanted was sold out and another was
    offered: asking about it, not yet taking it."""
    held = awaiting or {}
    unavailable = held.get("sold_out") or any(held.get(slot) for slot in held.get("slots", []))
    return bool(held.get("product_id") and unavailable and _ASKS_ABOUT.search(text.lower()))


def asks_offered_variant(
    understanding: Understanding, awaiting: dict[str, Any] | None, product: Any
) -> bool:
    """Make "what about black then?", said to a sold-out add's offer, the stock question about
    that product in the colour or size said, the rest as wanted before; True when it did."""
    held = awaiting or {}
    if (
        product is None
        or held.get("product_id") != product.id
        or not asks_about_offer(understanding.text, held)
        or understanding.intent not in _GOES_ON
        or understanding.references.ordinals
    ):
        return False
    text = understanding.text.lower()
    colours = _own_colours(product, understanding.slots.color_words)
    size = size_said(product, text) or size_number_said(product, text)
    if not (colours or size):
        return False
    slots = understanding.slots
    understanding.intent = Intent.PRODUCT_QUESTION
    understanding.references.product_ids = [product.id]
    slots.category, slots.kind, slots.required = "", "", []
    if not colours and held.get("color"):
        colours = [str(held["color"])]
    slots.colors, slots.color_words = [], colours
    slots.size = size or held.get("size")
    slots.asked = ["stock"]
    return True


def _own_colours(product: Any, words: list[str]) -> list[str]:
    offered = {(v.color or "").lower() for v in product.variants if v.color}
    families = {color_family(c) for c in offered}
    return [w.lower() for w in words if w.lower() in offered or color_family(w) in families]


_PICKS_BY_SIZE = re.compile(
    r"\b(?:bigger|larger|smaller|biggest|largest|smallest|cheaper|pricier|cheapest)\b"
)
"""A choice between the options just asked about: the choice is read by `taken_choices`."""


def orders_asked_variant(understanding: Understanding, before: Understanding, product: Any) -> bool:
    """ "i need 6 of them for my hiking group" right after a stock question about the product in
    focus: an order of that many of it (the add keeps the variant asked and checks the stock),
    not a search for "6"; True when it read it so."""
    focus = getattr(product, "id", None)
    refs = understanding.references
    if (
        focus is None
        or before.intent is not Intent.PRODUCT_QUESTION
        or before.references.product_ids != [focus]
        or understanding.intent not in _GOES_ON - {Intent.PRODUCT_QUESTION}
        or refs.ordinals
        or (refs.product_ids and refs.product_ids != [focus])
        or QUESTION.search(understanding.text.lower())
        or _PICKS_BY_SIZE.search(understanding.text.lower())  # "the bigger one then, 2 of them"
    ):
        return False
    count = said_count(understanding.text)
    core, _ = order_core(understanding.text)
    if count is None or new_words(core):
        return False
    understanding.intent = Intent.ADD
    refs.product_ids = [focus]
    understanding.slots.quantity = count
    understanding.slots.category, understanding.slots.kind = "", ""
    return True


def keeps_size_asked(understanding: Understanding, before: Understanding) -> bool:
    """ "any other jeans in navy 36 then?" right after asking about a pair in navy 36: the size
    said again bare is that size, for the new search too; True when it read it so."""
    size = before.slots.size
    if (
        size is None
        or understanding.slots.size
        or before.intent is not Intent.PRODUCT_QUESTION
        or understanding.intent not in {Intent.SEARCH, Intent.REFINE}
    ):
        return False
    bare = rf"(?<![\w.$£€'’]){re.escape(size.lower())}(?![\w.%$])(?!\s*(?:bucks|dollars|usd|quid))"
    if not re.search(bare, understanding.text.lower()):
        return False
    understanding.slots.size = size
    return True


def restock_answer(product: Any, colors: list[str], size: str | None) -> str:
    """No restock date is ever promised: the catalog holds none. What is there instead is said:
    the colour asked in other sizes, then the size asked in other colours."""
    said = [c.lower() for c in colors]
    families = {color_family(c) or c for c in said}

    def colour_fits(v: Any) -> bool:
        shade = (v.color or "").lower()
        return not said or shade in said or color_family(shade) in families

    def size_fits(v: Any) -> bool:
        return not size or normalise_size(v.size or "") == normalise_size(size)

    wanted = " ".join(filter(None, ["/".join(said), f"size {size}" if size else ""]))
    where = f" in {wanted}" if wanted else ""
    title = product.title
    if any(v.in_stock and colour_fits(v) and size_fits(v) for v in product.variants):
        return f"{title} is in stock{where} right now, so there's no need to wait for a restock."
    answer = f"Sorry, I don't have a restock date for {title}{where}: the shop doesn't share one."
    others = [
        v for v in product.variants if v.in_stock and (colour_fits(v) or size_fits(v))
    ] if wanted else []  # fmt: skip
    if others:
        labels = [" ".join(filter(None, [v.color, v.size])) for v in others[:6]]
        answer += f" It's in stock now in {', '.join(labels)}."
    return answer
