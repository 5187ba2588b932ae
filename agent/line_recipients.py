"""Cart lines by who they are for: "take my dad's ones off", "my sister wants hers in coral
instead", after "add the hiking socks for my dad, and the liner socks for me".

Who a line is for is read back from the shopper's own earlier messages: the part of a message
that names a line's product and says "for my <someone>". A later message that names that
someone ("my dad's", "my sister … hers") means that line, when it is the only one for them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from agent.cart_lines import LineFacts
from agent.intents import LIKELY
from agent.order_asides import without_reason
from agent.understanding import Intent, Understanding
from catalog.sparse import STOPWORDS, tokenize

# "for my dad", "for my little sister", "they're for my husband", "for me".
_FOR_WHOM = re.compile(
    r"\bfor (?:my|our) (?:(?:little|big|baby|older|younger|eldest|youngest|best) )?([a-z]+)\b"
    r"|\bfor (me|myself)\b"
)
# "my dad's", "my sister's", "the ones for my dad", "mine".
_WHOSE = re.compile(
    r"\b(?:my|our) (?:(?:little|big|baby|older|younger|eldest|youngest|best) )?([a-z]+)'s\b"
    r"|\b(?:my|our) ([a-z]+)\b|\b(mine|my ones|my own)\b"
)
_PARTS = re.compile(r"[.;!?]\s+|,?\s+and\s+(?=(?:a|an|the|some|also|\d+)\b)|\s+\+\s+")
_NOT_PEOPLE = frozenset({
    "cart", "basket", "bag", "order", "size", "mind", "bad", "way", "own", "money", "budget",
    "first", "last", "favourite", "favorite", "kitchen", "office", "home", "house", "room",
})  # fmt: skip
_OFF = re.compile(
    r"\b(?:off|out|remove|delete|drop|ditch|cancel|scrap|lose|bin|don'?t need|doesn'?t need"
    r"|no longer|won'?t need|got loads|has loads|not needed)\b"
)
_CHANGE = re.compile(r"\b(?:instead|rather|switch|swap|change|prefers?|wants?|would like)\b")


def read_recipient_line(
    understanding: Understanding, history: Iterable[str], lines: list[LineFacts]
) -> None:
    """Point the message at the line for the person it names, and read it as taking that line
    off or changing its variant when it says so."""
    if len(lines) < 2:
        return
    text = understanding.text.lower()
    if _names_a_line(text, lines, understanding.references.line_product_ids):
        return  # "remove the daypack, my nephew has one": the line named by its title
    whose = _people_named(text)
    if not whose:
        return
    owners = _owners(history, lines)
    meant = [pid for pid, person in owners.items() if person in whose]
    if len(meant) != 1:
        return
    slots = understanding.slots
    if understanding.intent is Intent.REMOVE or (
        understanding.intent not in {Intent.CHANGE_VARIANT, Intent.SET_QUANTITY}
        and _OFF.search(without_reason(text) + " " + text)
        and not (slots.colors or slots.size)
    ):
        understanding.intent = Intent.REMOVE
    elif (slots.colors or slots.size) and (
        understanding.intent is Intent.CHANGE_VARIANT or _CHANGE.search(text)
    ):
        understanding.intent = Intent.CHANGE_VARIANT
    elif understanding.intent is not Intent.SET_QUANTITY:
        return
    understanding.references.line_product_ids = meant
    understanding.confidence = max(understanding.confidence, LIKELY)
    slots.category = ""


def _names_a_line(text: str, lines: list[LineFacts], resolved: list[str]) -> bool:
    said = set(tokenize(text))
    return any(said & set(tokenize(line.title)) for line in lines if line.product_id in resolved)


def _people_named(text: str) -> set[str]:
    said = set()
    for match in _WHOSE.finditer(text):
        word = match[1] or match[2] or ("me" if match[3] else "")
        if word and word not in _NOT_PEOPLE and word not in STOPWORDS | {"me"}:
            said.add(word)
        elif match[3]:
            said.add("me")
    return said


def _owners(history: Iterable[str], lines: list[LineFacts]) -> dict[str, str]:
    """Each line's person, from the newest message that names the line with "for my …"."""
    owners: dict[str, str] = {}
    for message in history:  # oldest first: a later message says it again
        for part in _PARTS.split(message.lower()):
            person = _FOR_WHOM.search(part)
            line = _line_named(part, lines)
            if person is None or line is None:
                continue
            owners[line] = person[1] or "me"
    return owners


def _line_named(part: str, lines: list[LineFacts]) -> str | None:
    said = set(tokenize(part))
    scores = {line.product_id: len(said & set(tokenize(line.title))) for line in lines}
    best = max(scores.values(), default=0)
    top = [pid for pid, score in scores.items() if score == best]
    return top[0] if best >= 2 and len(top) == 1 else None
