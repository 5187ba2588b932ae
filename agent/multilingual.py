"""A message in another language read as English, and the shopper's language remembered.

The reader hands the rules the English shopping words of the message (`agent/translate.py`)
and keeps the language in `Slots.language`, so replies that have words in it use them. A
message that says nothing in any language (a size, a name and address) keeps the
conversation's language; buyer details are always read from the message as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.buyer import details_in
from agent.language import detect_language
from agent.lexicon import LANGUAGES, english_words, lexicon, tokens
from agent.translate import to_english
from agent.understanding import Understanding


@dataclass(frozen=True)
class Said:
    """The message as written, its language and its English."""

    original: str
    language: str
    english: str

    def apply(self, understanding: Understanding) -> None:
        """Record the language; read buyer details from the original words."""
        if self.language == "en":
            return
        understanding.slots.language = self.language
        if understanding.slots.details:
            understanding.slots.details = _details(self.original, understanding.slots.details)


def in_english(text: str, previous: str, titles: list[str], wants_details: bool = False) -> Said:
    """The message's language (`previous` when it cannot be told) and its English. Buyer
    details given when they are asked for stay as written: "Rosa Delgado" is a name there."""
    if wants_details and details_in(text):
        return Said(text, "en", text) if previous in {"", "en"} else Said(text, previous, text)
    language = detect_language(text, previous or "en")
    if language == "en":
        return Said(text, "en", _with_cart_tail_in_english(text))
    return Said(text, language, to_english(text, language, keep=titles))


_TO_CART = re.compile(r"\b(?:in|to) my cart$")


def _with_cart_tail_in_english(text: str) -> str:
    """ "summit tech hoodie black M in den Warenkorb": a product named in English (as the
    catalog names it) put in the cart in the shopper's own language; the tail read as English."""
    for code in LANGUAGES:
        said = tokens(text, code)
        if said and _polite(said[-1].word, code):
            said = said[:-1]  # "… al carrito por favor"
        for size in (4, 3, 2):
            key = tuple(t.word for t in said[-size:])
            meaning = lexicon(code).phrases.get(key, "") if len(said) > size else ""
            if _TO_CART.search(meaning) and not set(key) <= english_words():
                return f"{text[: said[-size].start]}{meaning}{text[said[-1].end :]}"
    return text


def _polite(word: str, code: str) -> bool:
    said = lexicon(code).phrases.get((word,), word)
    return said in {"please", "pls", "plz", "thanks", "thank you", "thx"}


def english_of(text: str) -> str:
    """A short answer in English words ("sim", "nein danke" -> "yes", "no thanks")."""
    return in_english(text, "en", []).english


def _details(original: str, translated: dict) -> dict:
    """Name and e-mail as read from the English; the address as written (street names are
    never translated: "8 rue de Rivoli")."""
    written = details_in(original)
    merged = dict(translated)
    if written.get("address"):
        merged["address"] = written["address"]
    if not merged.get("name") and written.get("name"):
        merged["name"] = written["name"]
    return merged
