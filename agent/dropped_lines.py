"""One of several cart lines dropped by a "no", with the rest kept: "actually no pretzels, just
the chips", "no socks, only the tee", "scratch the mug, just the kettle then". The line the
dropped words name (and no other) is removed; the kept words only have to name something."""

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


def read_dropped_line(understanding: Understanding, lines: list[LineFacts]) -> bool:
    """Make "no <line>, just <other>" a removal of the line named; True when it is one."""
    if len(lines) < 2:
        return False
    said = _DROP_KEEP.match(" ".join(understanding.text.lower().split()))
    if said is None:
        return False
    drop = line_scores(said["drop"], lines)
    best = max(drop.values())
    named = [pid for pid, score in drop.items() if score == best]
    if best <= 0 or len(named) != 1 or not any(line_scores(said["keep"], lines).values()):
        return False
    understanding.intent, understanding.confidence = Intent.REMOVE, LIKELY
    refs, slots = understanding.references, understanding.slots
    refs.line_product_ids, refs.product_ids, refs.ordinals = named, [], []
    slots.quantity = slots.change_by = slots.size = None
    slots.colors, slots.color_words = [], []
    slots.category = slots.kind = ""
    understanding.negations.words, understanding.negations.colors = [], []
    return True
