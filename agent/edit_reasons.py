"""An edit of the line just touched said with its reason: "actually make that an L, they run
small", "make it 4, we have two couches", "hmm make it an L, I layer a lot". The reason names
nothing to buy, so it is dropped before the edit is read: its words ("run", "two") would
otherwise name another product or count."""

from __future__ import annotations

import re

from agent.order_asides import without_reason

_EDIT_OF_IT = re.compile(
    r"^\W*(?:(?:actually|hmm+|hm+|wait|oh|ok(?:ay)?|no|nah|sorry|so|on second thought"
    r"|changed? my mind)\W+)*"
    r"(?:make|change|switch|swap|bump|set) (?:it|that|this|them|those|these)\b",
    re.IGNORECASE,
)


_OWN_REASON = re.compile(
    r"[,.;:!-]\s*(?:(?:and|because|cause|cos|since|as)\s+)?(?:my|our|his|her|their)\s+"
    r"(?:[\w-]+\s+){1,2}?(?:(?:always|never|often|usually|really|just|so|still)\s+)?"
    r"(?:is|are|was|were|'s|'re|gets?|got|keeps?|runs?|feels?|loves?|hates?|likes?)\b.*$"
)
"""A reason about the shopper's own things or body ("my feet are always freezing", "our kids
love them"): it describes, it asks for nothing."""


def edit_without_reason(text: str) -> str:
    """The message less the reason said after an edit of "it" or "that"; else as it was."""
    said = text.strip()
    lowered = said.lower()
    if not _EDIT_OF_IT.match(said) or len(lowered) != len(said):
        return text
    kept = without_reason(lowered)  # "…, I layer a lot": the reason's own case
    own = _OWN_REASON.search(kept)
    if own is not None and own.start() > 0:  # "make it 3, my feet are always freezing"
        kept = kept[: own.start()].strip()
    return said[: len(kept)]


_CHANGE_IT_LAST = re.compile(
    r"^(?P<said>.+?)[\s,.;:!]+(?:(?:so|then|pls|please|can you|could you)\s+)*"
    r"(?:change|switch|swap) (?:it|that)(?:\s+(?:pls|please|plz|then|over|for me))*\W*$",
    re.IGNORECASE,
)
_OPENING = re.compile(r"^(?:(?:hmm+|hm+|ok(?:ay)?|oh|wait|actually|so|no|nah|sorry)\W+)*", re.I)
_VALUE_ENDS = re.compile(r"\s+(?:is|are|'s|should|would|will|might|seems?|sounds?)\b.*$", re.I)
_VALUE = re.compile(r"^(?:size\s+)?[\w.-]+(?:\s+[\w.-]+)?$", re.IGNORECASE)
_OWN_THING_IS = re.compile(
    r"^(?:my|our|his|her|their|the)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:is|are|'s)\s+(?:a|an|the\s+)?\s*"
    r"(?P<value>(?:size\s+)?[\w.-]+(?:\s+[\w.-]+)?)$",
    re.IGNORECASE,
)
"""What the shopper's own thing is ("our bed is a king"): the value is said after "is"."""


def change_asked_last(text: str) -> str:
    """ "10 inch is probably enough for 2 people, change it", "i just measured, 36. change it
    pls": the value said first, asked for as "change it to 10 inch"; else the message as it was."""
    said = _CHANGE_IT_LAST.match(text.strip())
    if said is None:
        return text
    value = _OPENING.sub("", re.split(r"[,.;:!]\s+", said["said"])[-1])
    own = _OWN_THING_IS.match(value.strip())  # "our bed is a king, switch it": king
    value = own["value"] if own else _VALUE_ENDS.sub("", value).strip()
    if not _VALUE.match(value):
        return text
    return f"change it to {value}"
