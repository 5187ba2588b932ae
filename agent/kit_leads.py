"""The item asked for, without the kit it is for: "fishing trip kit for dad: a cap", "care
package for my little brother's dorm. he reads super late so a desk lamp", "putting together a
little coffee corner ... starting with a gooseneck kettle".

A shopper building a kit first names the kit, then the pieces one by one; the kit's words
("fishing", "beach day", "coffee") say what the kit is for, not what the piece is, and searched
with the piece they pull in fishing sunglasses and coffee beans. A lead is dropped only when it
names a kit or the building of one, limits nothing (no price, colour, size or ruling-out), and a
later part of the message names a kind the store sells.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.slots import colors_in, size_in

_PARTS = re.compile(r"(?<=[.!?:;])\s+|\s+[-–—]+\s+|\s*[-–—]+\s+(?=[a-z])|:\s*", re.I)
"""Where a lead ends: a sentence, a colon or a dash ("ok — a frying pan")."""

_KIT = re.compile(
    r"\b(?:kit|kits|pack|package|bundle|hamper|basket|box|set-?up|corner|station|nook|essentials|starter"
    r"|haul|loadout|survival|capsule)\b"
    r"|\b(?:putting|put|getting|get) together\b|\b(?:building|assembling|kitting (?:out|up)"
    r"|setting up|stocking up|gearing up|equipping|furnishing)\b"
    r"|\bwhere (?:do|should|would|can) (?:i|we) (?:even )?(?:start|begin)\b"
    r"|\b(?:first|new|empty) (?:flat|apartment|place|home|house|kitchen|dorm)\b",
    re.I,
)
"""A kit, or the building of one."""

_LIMITS = re.compile(
    r"\d|\$|£|€|\b(?:not|no|never|nothing|without|under|below|budget|cheap|[a-z]+n't)\b", re.I
)
_FOR = re.compile(r"\s+for\s+", re.I)
_START = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|right|alright|first(?: up| off| thing)?|to (?:start|begin)(?: with)?"
    r"|(?:i'?ll |let'?s |we'?ll )?start(?:ing)? (?:with|w|off with)|(?:and )?then)\b\W*)+",
    re.I,
)
"""Words that only say this is the first piece: "starting with a gooseneck kettle"."""


def without_kit_lead(text: str, names_kind: Callable[[str], bool]) -> str:
    """The message from the first part naming a sold kind on, when what comes before it names
    the kit; else the message as it was."""
    starts = [0, *(m.end() for m in _PARTS.finditer(text))]
    for n, start in enumerate(starts[1:], 1):
        end = starts[n + 1] if n + 1 < len(starts) else len(text)
        if not names_kind(text[start:end]):
            continue
        lead = text[:start]
        if not _KIT.search(lead) or _limits(lead) or _names_its_piece(lead, names_kind):
            return text
        if _ASKS_OF_A_PRODUCT.search(lead):  # "how many bags in a box of the …? our office …"
            return text
        rest = text[start:]
        return _START.sub("", rest, count=1) or rest
    return text


_ASKS_OF_A_PRODUCT = re.compile(
    r"^\W*(?:how (?:many|much|big|long|heavy)|(?:is|are|does|do|can) (?:the|it|this|that|these"
    r"|those)\b)[^?]*\?",
    re.I,
)
"""A question about a product ends no kit's lead: its "box" or "pack" is the product's."""


def _names_its_piece(lead: str, names_kind: Callable[[str], bool]) -> bool:
    """ "yoga mat for the living room workout corner": the piece comes first, the kit after."""
    piece = _FOR.split(lead, maxsplit=1)[0]
    return piece != lead and not _KIT.search(piece) and names_kind(piece)


def _limits(lead: str) -> bool:
    lowered = lead.lower()
    return bool(_LIMITS.search(lowered) or colors_in(lowered) or size_in(lowered))


_LABEL = re.compile(r"^(?P<label>[^:!?]{2,80}?)\s*(?::|(?P<bang>!+))\s+(?P<piece>\S.*)$", re.S)
_NOT_A_LABEL = re.compile(
    r"\b(?:show|see|look|compare|question|tell|info|details?|about|what|which|how|not|no|never"
    r"|without|hi|hello|hey|thanks?|ty|sorry|wait|nvm|hmm+)\b",
    re.I,
)
LABEL_WORDS = 8


def labelled_piece(text: str) -> str | None:
    """What follows a kit's or an occasion's label ("cabin kit: wool beanie in olive", "gift for
    my mam: the cashmere blend scarf", "long haul flight kit! travel foldable headphones"), or
    None. A label says what the piece is for and asks nothing; a "!" ends one only when it names
    a kit ("wow! the …" is no label)."""
    match = _LABEL.match(" ".join(text.split()))
    if match is None:
        return None
    label = match["label"]
    if len(label.split()) > LABEL_WORDS or _NOT_A_LABEL.search(label):
        return None
    if match["bang"] and not _KIT.search(label):
        return None
    return match["piece"]
