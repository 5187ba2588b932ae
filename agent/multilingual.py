"""A message in another language read as English, and the shopper's language remembered.

The reader hands the rules the English shopping words of the message (`agent/translate.py`)
and keeps the language in `Slots.language`, so replies that have words in it use them. A
message that says nothing in any language (a size, a name and address) keeps the
conversation's language; buyer details are always read from the message as written.
"""

from __future__ import annotations

from dataclasses import dataclass

from agent.buyer import details_in
from agent.language import detect_language
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
        return Said(text, "en", text)
    return Said(text, language, to_english(text, language, keep=titles))


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
