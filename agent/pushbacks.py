"""A shopper pushing back on an answer about one product, or saying which product they meant.

Told "No, the Stormline Rain Jacket is not waterproof", a shopper may doubt it ("are you sure?
it's literally called a rain jacket"), say the question again ("no, I asked if they're
POLARIZED", "I asked about the FIT, not the material", "that's not what I asked, I asked if it
has a hood" of a feature only its description names) or name the product they meant ("no
sorry, I meant the Airstep 2"). A shop assistant answers the same question again from the
record — of the same product, or of the one now named — and never searches for the words of the
pushback. Only right after a question about one product is a message read this way.
"""

from __future__ import annotations

import re
from typing import Any

from agent.understanding import Intent, Understanding
from agent.words import asked_about
from catalog.sparse import tokenize

_DOUBT = re.compile(
    r"^\W*(?:(?:no|hmm+|wait|hang on|um+|uh+|huh)\W+)*"
    r"(?:(?:are|r) (?:you|u) (?:sure|certain|positive)|(?:you|u) sure|really|seriously|for real"
    r"|is that (?:right|correct|true)|that(?:'?s| is) (?:not right|wrong|odd|weird|strange)"
    r"|i don'?t think so|(?:can you |could you |pls |please )?double.?check)\b"
    r"(?=\s*[?.!,]|\s*$)"  # "are you sure it comes in blue?" asks something else
)
_ASKED = re.compile(
    r"\bi (?:asked|was asking|(?:only |just )?wanted to know)(?: you)?"
    r"(?: (?:about|if|whether|for))?\s+(?P<rest>.+)"
)
_MEANT = re.compile(
    r"^\W*(?:(?:no|nope|nah|sorry|oops|wait|my bad|actually|ah|oh)\W+)*"
    r"i (?:meant|mean|was asking about|was talking about)\s+(?P<name>.+)"
)
_NOT_THE_OTHER = re.compile(r"[,;]?\s*(?:and |but )?not (?:the |about |its |their )?\w+.*$")
_KEEPS = {
    Intent.SEARCH, Intent.REFINE, Intent.RELAX, Intent.PRODUCT_QUESTION, Intent.UNCLEAR,
    Intent.ACKNOWLEDGE, Intent.DECLINE,
}  # fmt: skip
"""What a pushback may first read as ("no, I asked …" as a no); never a cart change."""


def asks_again(understanding: Understanding, before: Understanding, product: Any) -> bool:
    """Point the message at `product`, the one the last question was about, when it doubts the
    answer or says which of its attributes was asked; True when it did."""
    text = understanding.text.lower()
    if (
        product is None
        or understanding.intent not in _KEEPS
        or before.intent is not Intent.PRODUCT_QUESTION
        or before.references.product_ids != [product.id]
        or not before.slots.asked
    ):
        return False
    asked = list(before.slots.asked)
    said = _ASKED.search(text)
    if said:
        rest = _NOT_THE_OTHER.sub("", said["rest"])
        key = _attribute_named(rest, product)
        asked = _asked_of(key) if key else asked_about(rest)  # "if it has a hood": the hood
        if not asked:
            return False
    elif not _DOUBT.search(text):
        return False
    _ask(understanding, product.id, asked)
    return True


def asks_of_meant(understanding: Understanding, before: Understanding, search: Any) -> bool:
    """Ask the last question again of the product the message says was meant ("no sorry, I
    meant the Airstep 2"); True when it did."""
    meant = _MEANT.search(understanding.text.lower())
    if (
        meant is None
        or understanding.intent not in _KEEPS
        or before.intent is not Intent.PRODUCT_QUESTION
        or len(before.references.product_ids) != 1
        or not before.slots.asked
    ):
        return False
    product = _named_whole(meant["name"], search)
    if product is None or product.id in before.references.product_ids:
        return False
    _ask(understanding, product.id, list(before.slots.asked))
    return True


def _ask(understanding: Understanding, product_id: str, asked: list[str]) -> None:
    understanding.intent = Intent.PRODUCT_QUESTION
    understanding.references.product_ids = [product_id]
    understanding.references.ordinals = []
    understanding.slots.category = ""
    understanding.slots.required = []
    understanding.slots.asked = asked


def _asked_of(key: str) -> list[str]:
    """The question's words for this attribute; the attribute itself where the words read as
    another kind ("the fit" reads as sizes, but the record's `fit` is slim or relaxed)."""
    asked = asked_about(key.replace("_", " "))
    return asked if set(asked) & set(key.lower().split("_")) else [key]


def _attribute_named(text: str, product: Any) -> str | None:
    """The product's attribute whose every word is said ("if they're POLARIZED": polarized)."""
    said = set(re.findall(r"[a-z]+", text.replace("-", " ")))
    for key in product.attributes:
        if set(key.lower().split("_")) <= said:
            return str(key)
    return None


def _named_whole(name: str, search: Any) -> Any:
    """The one product whose own title words (those not in its category) are all said."""
    said = set(tokenize(name))
    for hit in search.search(name, limit=3, parse=False).hits:
        title = set(tokenize(hit.product.title))
        own = title - {t for part in hit.product.category for t in tokenize(part)}
        if own and own <= said:
            return hit.product
    return None
