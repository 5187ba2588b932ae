"""One of several cart lines dropped by a "no", with the rest kept: "actually no pretzels, just
the chips", "no socks, only the tee", "scratch the mug, just the kettle then". The line the
dropped words name (and no other) is removed; the kept words only have to name something. A
line let go of alone ("forget the socks, I'll use my old ones", "actually no apple juice") is
removed the same way, and "I only need one backpack. keep the rolltop" removes the other lines
of the kept line's kind."""

from __future__ import annotations

import re

from agent.cart_lines import LineFacts, line_scores
from agent.intents import LIKELY
from agent.understanding import Intent, Understanding

_DROP_KEEP = re.compile(
    r"^\W*(?:(?:actually|ok(?:ay)?|oh|wait|hmm+|sorry|so|on second thought|changed? my mind)\W+)*"
    r"(?:no|no more|not the|skip the|forget the|scratch the|never ?mind the)\s+"
    r"(?P<drop>[a-z][^,.;:!?]*?)\W+(?:just|only)\s+(?P<keep>[a-z][^,.;:!?]*?)"
    r"(?:\W+(?:then|please|pls|thanks|instead))*\W*$"
)

_LET_GO = re.compile(
    r"^\W*(?:(?:actually|ok(?:ay)?|oh|wait|hmm+|nah|sorry|so|on second thought|changed? my mind)"
    r"\W+)*(?:forget|never ?mind|skip|scratch)(?: about)? (?:the|those|that|my)\s+"
    r"(?P<drop>[a-z][^,.;:!?]*?)(?:\s+(?:then|please|pls|thanks))*\s*(?:[,.;:!?]|$)"
)

_TAKEN_BACK = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|oh|so|hmm+)\W+)*(?:actually|wait|sorry|on second thought"
    r"|changed? my mind)\W+(?:(?:actually|hmm+|um+)\W+)*(?:no|no more|not the|none of the)\s+"
    r"(?P<drop>[a-z][^,.;:!?]*?)(?:\s+(?:then|please|pls|thanks|after all))*\W*$"
)
"""A line taken back on second thought, with nothing kept said: "actually no apple juice"."""

_ONE_KEPT = re.compile(
    r"\b(?:only|just) (?:need|want) (?:one|1|a single)\b[^.;!?]*?[\s,.;!]+(?:so\s+)?"
    r"(?:i'?ll\s+|let'?s\s+|just\s+)?keep (?:the|my)\s+(?P<keep>[a-z][^,.;:!?]*)"
)


def read_dropped_line(understanding: Understanding, lines: list[LineFacts]) -> bool:
    """Make "no <line>, just <other>" a removal of the line named; True when it is one."""
    text = " ".join(understanding.text.lower().split())
    said = _DROP_KEEP.match(text) if len(lines) > 1 else None
    let_go = None if said else _LET_GO.match(text) or _TAKEN_BACK.match(text)
    if lines and let_go:
        named = _named_alone(let_go["drop"], lines)
    elif said and any(line_scores(said["keep"], lines).values()):
        named = _named_alone(said["drop"], lines)
    else:
        return False
    return _removes(understanding, named)


def read_one_kept(understanding: Understanding, lines: list[LineFacts]) -> bool:
    """Make "I only need one backpack. keep the rolltop" a removal of the other backpacks (not a
    count of one); True when it is one."""
    said = _ONE_KEPT.search(" ".join(understanding.text.lower().split()))
    named = _others_of_its_kind(_named_alone(said["keep"], lines), lines) if said and lines else []
    return _removes(understanding, named)


def _removes(understanding: Understanding, named: list[str]) -> bool:
    if not named:
        return False
    understanding.intent, understanding.confidence = Intent.REMOVE, LIKELY
    refs, slots = understanding.references, understanding.slots
    refs.line_product_ids, refs.product_ids, refs.ordinals = named, [], []
    slots.quantity = slots.change_by = slots.size = None
    slots.colors, slots.color_words = [], []
    slots.category = slots.kind = ""
    understanding.negations.words, understanding.negations.colors = [], []
    return True


def _named_alone(words: str, lines: list[LineFacts]) -> list[str]:
    """The one line the words name best, or [] when they name none or tie."""
    scores = line_scores(words, lines)
    best = max(scores.values())
    named = [pid for pid, score in scores.items() if score == best]
    return named if best > 0 and len(named) == 1 else []


def _others_of_its_kind(kept: list[str], lines: list[LineFacts]) -> list[str]:
    """The lines of the kept line's kind besides it ("keep the rolltop": the other backpack)."""
    kind = next((line.category[-1:] for line in lines if [line.product_id] == kept), None)
    return [
        line.product_id
        for line in lines
        if kind and line.category[-1:] == kind and line.product_id not in kept
    ]
