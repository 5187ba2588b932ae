"""Rules-based understanding of one shopper message: what they want and the slots they gave.

Also the safety gate for both planners: `allows_cart_change` and `allows_checkout` are computed
from the shopper's own words only, never from catalog text or a model's suggestion.
"""

from __future__ import annotations

import re
from typing import Any

from agent.pending import answered_slots, asks_variant
from agent.slots import (
    buyer_details,
    colors_in,
    ordinals_in,
    price_bounds,
    quantity_in,
    size_in,
)

_YES = re.compile(
    r"^\s*(?:yes|yeah|yep|yup|sure|ok(?:ay)?|confirm(?:ed)?|go ahead|do it|place (?:it|the order)"
    r"|approved?|please do|sounds good|y)\b"
)
_NO = re.compile(r"^\s*(?:no|nope|nah|cancel|don't|do not|stop|never ?mind|not now|n)\b")
_GREETING = re.compile(
    r"^\s*(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|howdy)\b[\s!.,]*$"
)
_HELP = re.compile(r"^\s*help\b[\s?!.]*$|\b(?:what can you do|how does this work|who are you)\b")
_ORDER_STATUS = re.compile(
    r"\b(?:order status|status of my order|where(?:'s| is) my (?:order|package|stuff)"
    r"|track (?:my|the) (?:order|package)|did my order|my orders?\b(?! (?:it|them|one|that)))"
)
_CHECKOUT = re.compile(
    r"\b(?:check ?out|checkout|proceed to (?:payment|checkout)|place (?:an|my|the) order|pay now"
    r"|buy (?:it|them|now)|i'm ready to (?:pay|buy)|complete (?:the|my) (?:purchase|order))\b"
)
_VIEW_CART = re.compile(
    r"\bcart\b|\b(?:my|the) (?:basket|bag)\b(?! for| that| with)|\bwhat(?:'s| is) in my\b"
)
_SAYS_CHECKOUT = re.compile(r"\b(?:check ?out|checkout)\b")
_REMOVE = re.compile(r"\b(?:remove|delete|take (?:out|off)|drop|get rid of)\b")
_QUANTITY_CHANGE = re.compile(r"\b(?:make it|change (?:it|the quantity)|quantity|qty|set it to)\b")
_ADD = re.compile(
    r"\b(?:add|buy|purchase|i'll take|i will take|i'll get|i'll have|put|get me|grab|order"
    r"|i want (?:the|that|this|it|one)|take the)\b"
)
_ADD_TO_CART = re.compile(
    r"^\s*(?:please\s+)?(?:add|put)\b.+\b(?:to|in|into) (?:my|the) (?:cart|basket|bag)\b"
)
_CONTEMPLATE = re.compile(
    r"\b(?:which (?:one )?(?:is|are|would be|should i|do you) (?:the )?(?:best|better|recommend|get"
    r"|buy|choose|pick)|which is best|best for|help me (?:choose|decide|pick)|recommend|suggest"
    r"|compare (?:these|them|those|all)|what would you (?:pick|choose|get))\b"
)
_COMPARE = re.compile(r"\b(?:compare|comparison|difference|differ|versus|vs\.?)\b")
_DETAILS = re.compile(
    r"\b(?:made of|material|fabric|tell me (?:more|about)|details?|more about|describe|specs?"
    r"|dimensions?|weight|how (?:big|heavy|long)|is it|does it|waterproof|ingredients|nutrition"
    r"|calories|what about|sizes? (?:do|does|are)|colou?rs? (?:do|does|are)|in stock|available)\b"
)
_PHOTO = re.compile(
    r"\b(?:like this|this one in the photo|in (?:the|this|my) (?:photo|picture|image)"
    r"|what is this|what's this|similar to this|look(?:s)? like this|this label)\b"
)
_CHEAPER = re.compile(r"\b(?:cheaper|cheapest|less expensive|lowest price|budget|affordable)\b")
_PRICIER = re.compile(r"\b(?:pricier|priciest|more expensive|most expensive|premium|fancier)\b")
_REFERENCE = re.compile(
    r"\b(?:it|that|this|them|those|these|the (?:cheaper|cheapest|pricier|priciest|other|last"
    r"|same) ?(?:one)?|that one|this one|one)\b"
)
_OUT_OF_SCOPE = re.compile(
    r"\b(?:what(?:'s| is| will be) the weather|weather (?:today|tomorrow|like|forecast)"
    r"|(?:latest|today's) news|tell me a joke|politics|election|do my homework|stock market"
    r"|bitcoin price|capital of|who (?:is|was) the president|write (?:me )?(?:code|a story"
    r"|an essay|a poem)|meaning of life)\b"
)
_FILLER = frozenset({
    "any", "anything", "some", "in", "the", "a", "an", "do", "does", "you", "have", "got",
    "show", "me", "them", "those", "these", "ones", "one", "only", "what", "about", "how",
    "with", "please", "instead", "maybe", "something", "under", "below", "less", "than", "over",
    "above", "more", "cheaper", "cheapest", "size", "color", "colour", "and", "or", "but",
    "also", "too", "same", "other", "options", "option", "there", "is", "are", "it", "that",
    "this", "for", "i", "want", "need", "would", "like", "to", "see", "dollars", "dollar",
    "usd", "price", "budget", "of", "lower", "higher", "most", "least", "expensive", "pricier",
    "priciest", "affordable", "available", "stock", "whats", "what's", "let's", "lets", "just",
    "can", "could", "my", "ok", "okay", "hmm", "well", "then", "still", "kind", "sort", "up",
    "at", "max", "between", "from", "no", "not", "yes", "yeah", "yep", "yup", "sure", "confirm",
    "confirmed", "ahead", "thanks", "thank", "nope", "nah", "cancel", "sounds", "good",
})  # fmt: skip


def understand_message(
    text: str,
    *,
    currency: str,
    has_image: bool = False,
    awaiting: dict[str, Any] | None = None,
    has_pending_checkout: bool = False,
    has_shown: bool = False,
    has_cart: bool = False,
    names_product: bool = False,
) -> dict[str, Any]:
    """The intent of one message plus every slot found in it.

    `names_product`: the message calls a product shown in this conversation by its title.
    """
    lowered = " ".join(text.lower().split())
    low, high = price_bounds(lowered, currency)
    intent: dict[str, Any] = {
        "text": text,
        "kind": "search",
        "ordinals": ordinals_in(lowered),
        "colors": colors_in(lowered),
        "size": size_in(lowered, bare=asks_variant(awaiting)),
        "quantity": quantity_in(lowered),
        "price_min": low,
        "price_max": high,
        "cheaper": bool(_CHEAPER.search(lowered)),
        "pricier": bool(_PRICIER.search(lowered)),
        "refers": bool(_REFERENCE.search(lowered)),
        "needs": _needs(lowered),
        "answer": _answer(lowered, awaiting),
    }
    intent["kind"] = _kind(
        lowered, intent, has_image, awaiting, has_pending_checkout, has_shown, has_cart,
        names_product,
    )  # fmt: skip
    if intent["kind"] == "give_details":
        intent["details"] = buyer_details(text)
    intent["allows_cart_change"] = intent["kind"] in {"add", "remove", "set_quantity"}
    intent["allows_checkout"] = intent["kind"] in {"checkout", "give_details"}
    return intent


def _kind(
    text: str,
    slots: dict[str, Any],
    has_image: bool,
    awaiting: dict[str, Any] | None,
    pending: bool,
    has_shown: bool,
    has_cart: bool,
    names_product: bool,
) -> str:
    slot_names = (awaiting or {}).get("slots", [])
    if "details" in slot_names and "@" in text:
        return "give_details"
    if slots["answer"]:
        return "add"
    if pending and _YES.match(text):
        return "confirm"
    if pending and _NO.match(text):
        return "decline"
    if has_image or _PHOTO.search(text):
        return "photo"
    if has_shown and _ADD_TO_CART.search(text):
        return "add"  # the widget's "add <title> to my cart": a title may hold any words
    if _GREETING.match(text):
        return "greet"
    if _OUT_OF_SCOPE.search(text):
        return "out_of_scope"
    if _ORDER_STATUS.search(text):
        return "order_status"
    if _CHECKOUT.search(text) and (has_cart or _SAYS_CHECKOUT.search(text)):
        return "checkout"
    if has_cart and _REMOVE.search(text):
        return "remove"
    if has_cart and _QUANTITY_CHANGE.search(text) and slots["quantity"]:
        return "set_quantity"
    if (
        has_shown
        and _ADD.search(text)
        and (slots["ordinals"] or slots["refers"] or names_product or len(text) < 40)
    ):
        return "add"
    if _VIEW_CART.search(text):
        return "view_cart"
    if _CONTEMPLATE.search(text):
        return "contemplate"
    if _COMPARE.search(text):
        return "compare"
    if _HELP.search(text):
        return "help"
    if (_YES.match(text) or _NO.match(text)) and not _new_words(text):
        return "acknowledge"
    if has_shown and (slots["ordinals"] or _DETAILS.search(text)) and not _new_words(text):
        return "details"
    if has_shown and _DETAILS.search(text) and (slots["ordinals"] or slots["refers"]):
        return "details"
    if has_shown and not _new_words(text):
        return "refine" if _has_filter(slots) or "more" in text.split() else "details"
    return "search"


_ANSWER_WORDS = frozenset({
    "add", "make", "take", "get", "go", "prefer", "pick", "i'll", "i'd", "rather", "pair",
    "pairs", "colour", "color", "size", "please", "those", "ones", "them", "two", "three",
    "four", "five", "six", "seven", "eight", "nine", "ten", "couple", "fine", "great",
    "perfect", "works", "will",
})  # fmt: skip


def _answer(text: str, awaiting: dict[str, Any] | None) -> dict[str, str]:
    """Size and colour given in reply to the pending add's question; {} for any other message."""
    given, rest = answered_slots(text, awaiting)
    if not given or len(text.split()) > 8:
        return {}
    extra = [w for w in _new_words(rest) if w not in _ANSWER_WORDS]
    return {} if extra else given


def _has_filter(slots: dict[str, Any]) -> bool:
    return bool(
        slots["colors"]
        or slots["size"]
        or slots["price_min"] is not None
        or slots["price_max"] is not None
        or slots["cheaper"]
        or slots["pricier"]
    )


def _new_words(text: str) -> list[str]:
    """Words that name a product or feature, once filler, prices, colours and sizes are gone."""
    words = re.findall(r"[a-z][a-z'-]+", text)
    colors = set(colors_in(text))
    return [
        w
        for w in words
        if w not in _FILLER and w not in colors and len(w) > 2 and not _is_color_word(w)
    ]


def _is_color_word(word: str) -> bool:
    return bool(colors_in(word))


def _needs(text: str) -> str:
    """What the item is for: "best for running in the rain" -> "running in the rain"."""
    match = re.search(r"\b(?:for|to)\s+(.+?)[?.!]*$", text)
    return match[1] if match else ""


def is_new_product_type(text: str) -> bool:
    """A follow-up naming a new kind of product starts a fresh search (filters reset)."""
    return bool(_new_words(text.lower()))


_ASKS_ABOUT = re.compile(
    r"\b(?:tell me (?:more )?about|more about|details (?:on|of|for|about)|describe"
    r"|what(?:'s| is) the .+ made of|is the .+ (?:waterproof|in stock|available))\b"
)


def asks_about_something(text: str) -> bool:
    """ "Tell me more about the Task Desk Lamp": a question about a product named by title."""
    return bool(_ASKS_ABOUT.search(text.lower()))


def read_yes_no(text: str) -> bool | None:
    """True for a clear yes, False for a clear no, None for anything else."""
    lowered = " ".join(text.lower().split())
    if _YES.match(lowered):
        return True
    if _NO.match(lowered):
        return False
    return None
