"""A question about one product, then another product named or pointed at and nothing more:
"is the Stoneware Diner Mug dishwasher safe?", "and the Speckled Camp Mug?" asks whether that
one is dishwasher safe too, as "what about the other one, the Low Profile 75%?" after "is it in
stock?" asks its stock, not for a summary of it."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.understanding import Intent, Understanding

_LEAD = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|oh|so|hm+|well|right|cool|nice|and)\W+)*"
    r"(?:(?:what|how)(?:'?s| is)? about|and)\b"
)
_POINTER = re.compile(
    r"\b(?:the|that|this|other|one|ones|it|them|those|these|other one|then|instead|too|though)\b"
)
_WORD = re.compile(r"[a-z0-9%']+")
_DETERMINERS = frozenset({"the", "that", "this", "your", "those", "these"})


def carry_last_question(
    understanding: Understanding, before: Understanding, title_of: Callable[[str], str | None]
) -> None:
    """Ask `before`'s question of the product `understanding` points at, when it asks nothing
    of its own ("and the other one?"): its words, less the first product's name, and its
    asked properties."""
    refs = understanding.references
    if understanding.intent is not Intent.PRODUCT_QUESTION or len(refs.product_ids) != 1:
        return
    old = before.references.product_ids
    if before.intent is not Intent.PRODUCT_QUESTION or len(old) != 1 or old == refs.product_ids:
        return
    text, told = _question_and_telling(understanding.text.lower())
    lead = _LEAD.search(text)
    new_title, old_title = title_of(refs.product_ids[0]), title_of(old[0])
    if lead is None or new_title is None or old_title is None:
        return
    own = set(_WORD.findall(new_title.lower()))
    asked_words = _WORD.findall(" ".join(understanding.slots.asked).lower())
    if not told and [w for w in asked_words if w not in own]:
        return  # its title's words are no question of its own
    rest = [w for w in _WORD.findall(_POINTER.sub(" ", text[lead.end() :])) if w not in own]
    if [w for w in rest if not w.rstrip("%").isdigit()]:
        return  # "and the Speckled Camp Mug, how big is it?" asks its own question
    question = _without_title(before.text, old_title)
    if not question:
        return
    understanding.text = question
    understanding.slots.asked = list(before.slots.asked)
    understanding.slots.options_asked = list(before.slots.options_asked)
    refs.names_product = False


_TOLD_AFTER = re.compile(r"\?+\s+(?=[a-z])([^?]*)$")


def _question_and_telling(text: str) -> tuple[str, bool]:
    """ "and the cat eye ones? thinking of getting those instead": the question, and whether a
    told sentence (no question of its own) followed it; what it tells asks nothing."""
    told = _TOLD_AFTER.search(text)
    if told is None:
        return text, False
    return text[: told.start() + 1], True


def _without_title(text: str, title: str) -> str:
    """ "is the Stoneware Diner Mug dishwasher safe?" -> "is it dishwasher safe?"."""
    named = set(_WORD.findall(title.lower()))
    words = text.split()
    kept: list[str] = []
    dropped = False
    for word in words:
        if word.lower().strip("?,.!") in named and word.strip("?,.!"):
            if not dropped:
                if kept and kept[-1].lower() in _DETERMINERS:
                    kept.pop()
                kept.append("it" + word[len(word.rstrip("?,.!")) :])
            dropped = True
            continue
        dropped = False
        kept.append(word)
    return " ".join(kept)
