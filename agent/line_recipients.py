"""Cart lines by who they are for: "take my dad's ones off", "my sister wants hers in coral
instead", after "add the hiking socks for my dad, and the liner socks for me".

Who a line is for is read back from the shopper's own earlier messages: the part of a message
that names a line's product (or, after "the Pima Crew Tee, one in S for my mum and one in L for my
dad", its own option values) and says "for my <someone>". A later message that names that someone
("my dad's", "my sister … hers", "his one") means that line, when it is the only one for them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from agent.cart_lines import LineFacts, lines_named
from agent.intents import LIKELY
from agent.order_asides import without_reason
from agent.size_words import SIZE_WORD, SIZE_WORDS
from agent.understanding import Intent, Understanding
from catalog.sparse import STOPWORDS, tokenize

# "for my dad", "for my little sister", "they're for my husband", "for me".
_FOR_WHOM = re.compile(
    r"\bfor (?:my|our) (?:(?:little|big|baby|older|younger|eldest|youngest|best) )?([a-z]+)\b"
    r"|\bfor (me|myself)\b|\bfor the (kids|children|boys|girls|twins|grandkids)\b"
)
# "my dad's", "my sister's", "the ones for my dad", "mine".
_WHOSE = re.compile(
    r"\b(?:my|our) (?:(?:little|big|baby|older|younger|eldest|youngest|best) )?([a-z]+)'s\b"
    r"|\b(?:my|our) ([a-z]+)\b|\b(mine|my ones|my own)\b"
    r"|\bthe (kids|children|boys|girls|twins|grandkids)(?:'s?)?\b"
)
_PARTS = re.compile(r"[.;!?]\s+|,?\s+and\s+(?=(?:a|an|the|some|also|\d+)\b)|\s+\+\s+")
_SHE_TEXT = """
mum mom mother mommy mummy mam ma sister sis wife girlfriend gf daughter aunt auntie aunty niece
grandma granny gran nana nan grandmother granddaughter stepmom stepmum stepdaughter goddaughter
godmother fiancee fiancée lady woman girl wifey missus
"""
_HE_TEXT = """
dad daddy father pa papa brother bro husband hubby boyfriend bf son uncle nephew grandpa grandad
granddad gramps grandfather grandson stepdad stepson godson godfather fiance fiancé man boy guy
"""
_SHE = frozenset(_SHE_TEXT.split())
_HE = frozenset(_HE_TEXT.split())
# "hers", "her one", "his in XL", "she wants black too": the line of the one woman or man the
# shopper buys for.
_PRONOUN = re.compile(
    r"\b(?:(hers|her's|her (?:one|ones|tee|top|size|colou?r|mind)|she)|(his|he))\b"
)
# "hers in coral please", "my dad's one in charcoal": a line's new option said with its owner.
_OWNED_FIRST = re.compile(
    r"^(?:(?:and|oh|ok(?:ay)?|actually|wait|so|um+|hmm+|sorry)\W+)*"
    r"(?:hers|his|her's|her one|his one|mine|my one|(?:my|our) [a-z]+'s(?: one| ones)?)\b"
)
_NOT_PEOPLE = frozenset({
    "cart", "basket", "bag", "order", "size", "mind", "bad", "way", "own", "money", "budget",
    "first", "last", "favourite", "favorite", "kitchen", "office", "home", "house", "room",
})  # fmt: skip
_OFF = re.compile(
    r"\b(?:off|out|remove|delete|drop|ditch|cancel|scrap|lose|bin|don'?t need|doesn'?t need"
    r"|no longer|won'?t need|got loads|has loads|not needed)\b"
)
_TO_VALUE = re.compile(r"\bto (?:an? |size )?(\d+(?:\.\d+)?|[a-z]{1,3})\b(?![.\d])")
_CHANGE = re.compile(
    r"\b(?:instead|rather|switch|swap|change|make|turn|prefers?|wants?|would like|should be)\b"
)


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
    meant = [line for line, person in owners.items() if _is_meant(person, whose)]
    if len({pid for pid, _ in meant}) != 1:
        return
    slots = understanding.slots
    if not slots.size and (size := SIZE_WORD.search(text)):  # "change my dad's to a large"
        slots.size = SIZE_WORDS[size[0]]
    if not (slots.size or slots.colors) and (value := _value_said(text, meant, lines)):
        slots.size = value  # "change his to 10.5": a size the line's product comes in
    if understanding.intent is Intent.REMOVE or (
        understanding.intent not in {Intent.CHANGE_VARIANT, Intent.SET_QUANTITY}
        and _OFF.search(without_reason(text) + " " + text)
        and not (slots.colors or slots.size)
    ):
        understanding.intent = Intent.REMOVE
    elif (slots.colors or slots.size) and (
        understanding.intent is Intent.CHANGE_VARIANT
        or _CHANGE.search(text)
        or (_OWNED_FIRST.match(text) and understanding.intent is not Intent.ADD)
    ):
        understanding.intent = Intent.CHANGE_VARIANT
    elif understanding.intent is not Intent.SET_QUANTITY:
        return
    understanding.references.line_product_ids = [meant[0][0]]
    if len(meant) == 1 and sum(line.product_id == meant[0][0] for line in lines) > 1:
        understanding.references.line_variants = [meant[0][1]]  # one of several lines of it
    understanding.confidence = max(understanding.confidence, LIKELY)
    slots.category = ""


def _value_said(text: str, meant: list[tuple[str, str]], lines: list[LineFacts]) -> str | None:
    """A bare value said after "to" that the meant line's product comes in and the line is not."""
    line = next((li for li in lines if (li.product_id, li.variant_title) in meant), None)
    said = _TO_VALUE.search(text)
    if line is None or said is None or said[1] not in line.values - _values(line):
        return None
    return said[1]


def _names_a_line(text: str, lines: list[LineFacts], resolved: list[str]) -> bool:
    said = set(tokenize(text))
    return any(said & set(tokenize(line.title)) for line in lines if line.product_id in resolved)


def _people_named(text: str) -> set[str]:
    said = set()
    for match in _WHOSE.finditer(text):
        word = match[1] or match[2] or match[4] or ("me" if match[3] else "")
        if word and word not in _NOT_PEOPLE and word not in STOPWORDS | {"me"}:
            said.add(word)
        elif match[3]:
            said.add("me")
    for match in _PRONOUN.finditer(text):
        said.add("@she" if match[1] else "@he")
    return said


def _is_meant(person: str, whose: set[str]) -> bool:
    """The person is named, or is the woman ("hers") or man ("his") the message speaks of."""
    return (
        person in whose
        or ("@she" in whose and person in _SHE)
        or ("@he" in whose and person in _HE)
    )


def _owners(history: Iterable[str], lines: list[LineFacts]) -> dict[tuple[str, str], str]:
    """Each line's person, from the newest message that names the line with "for my …"; a line
    is (product id, variant title)."""
    owners: dict[tuple[str, str], str] = {}
    for message in history:  # oldest first: a later message says it again
        named: str | None = None  # the product the message spoke of last
        unplaced: dict[str, list[str]] = {}  # product -> people whose line was changed since
        for part in _PARTS.split(message.lower()):
            marks = list(_FOR_WHOM.finditer(part))
            for i, person in enumerate(marks):
                piece = part[marks[i - 1].end() if i else 0 : person.start()]
                after = part[person.end() : marks[i + 1].start() if i + 1 < len(marks) else None]
                if _line_named(piece, lines) is None and _line_named(after, lines):
                    piece = after  # "for my dad, the hiking socks in L"
                named = _line_named(piece, lines) or named
                if named is None:
                    continue
                said = _lines_said(piece, named, lines)
                for line in said:
                    owners[(line.product_id, line.variant_title)] = person[1] or person[3] or "me"
                if not said:
                    unplaced.setdefault(named, []).append(person[1] or person[3] or "me")
        for product_id, people in unplaced.items():  # the one line left is the one person's
            left = [li for li in lines if li.product_id == product_id]
            left = [li for li in left if (li.product_id, li.variant_title) not in owners]
            if len(people) == 1 and len(left) == 1:
                owners[(product_id, left[0].variant_title)] = people[0]
    return owners


def _lines_said(piece: str, product_id: str, lines: list[LineFacts]) -> list[LineFacts]:
    """The lines of the product; of several, those whose option values the piece names (none
    when it names only values no line has now: that line was changed since)."""
    its = [line for line in lines if line.product_id == product_id]
    if len(its) < 2:
        return its
    shared = set.intersection(*(_values(line) for line in its))
    piece = SIZE_WORD.sub(lambda m: SIZE_WORDS[m[0]].lower(), piece)
    return lines_named(its, piece, frozenset(shared))


def _values(line: LineFacts) -> set[str]:
    return {part.strip().lower() for part in line.variant_title.split("/")}


def _line_named(part: str, lines: list[LineFacts]) -> str | None:
    said = set(tokenize(part))
    scores = {line.product_id: len(said & set(tokenize(line.title))) for line in lines}
    best = max(scores.values(), default=0)
    top = [pid for pid, score in scores.items() if score == best]
    return top[0] if best >= 2 and len(top) == 1 else None
