"""A plan to keep the size that fits and send the other back, said beside an add: "add the tee
in sage, one M and one L? not sure which fits so I'll return one", "… in both a 9 and a 9.5,
I'll send back whichever doesn't fit", "can I get the L as well? I'll keep whichever fits".

A shop assistant hears two sizes ordered and the shopper's plan for them; the plan names no
product, option or count ("return one" is not one more). A clause goes when it only tells that
plan and something else is left; a question about returns ("you do take returns if one doesn't
fit?") is never dropped.
"""

from __future__ import annotations

import re

_BREAK = re.compile(r"(\s*[,;]\s+|\s+[-\u2013\u2014]+\s+|(?<=[.!?])\s+)")
_WHICH = (
    r"(?:whichever(?: one)?|which ?ever|the other(?: one| size)?|the one (?:that|which)"
    r"|the ones? (?:that|which)|one|the rest|the spare|any that)"
)
_UNSURE = (
    r"(?:(?:i'?m|im|i am)\s+)?(?:not sure|unsure|no idea|(?:i\s+)?(?:don'?t|do not) know)"
    r"\s+which(?:\s+(?:one|size|of them|of the two))?\s+(?:fits|will fit|i need|i'?ll need"
    r"|is right|works)(?:\s+(?:me|best|better))?"
)
_KEPT = r"(?:whichever(?: one)?|which ?ever|the one (?:that|which))\s+(?:\w+\s+){0,2}fits?\b"
_KEEP_OR_RETURN = (
    r"(?:(?:i|we)(?:'?ll| will| can| could)?|ill|will|and)?\s*(?:just\s+|then\s+)?"
    rf"(?:(?:return|exchange|send back)\s+{_WHICH}\b|send {_WHICH}(?:\s+\w+){{0,3}} back\b"
    rf"|keep\s+{_KEPT}).*"
)
_PLAN = re.compile(
    r"^\W*(?:(?:and|so|but|then|ok(?:ay)?)\s+)*"
    rf"(?:{_UNSURE}(?:\s*(?:,|so|and)\s*)*(?:{_KEEP_OR_RETURN})?|{_KEEP_OR_RETURN})\W*$",
    re.I,
)
"""A clause that only tells the plan: "not sure which fits so I'll return one"."""


def without_return_plan(text: str) -> str:
    """The message without the clauses that only tell which size will be kept or sent back, when
    more is said."""
    pieces = _BREAK.split(text)
    kept: list[str] = []
    dropped = False
    for at in range(0, len(pieces), 2):
        clause = pieces[at]
        if "?" not in clause and _PLAN.match(clause.strip()):
            dropped = True
            continue
        if kept:
            kept.append(pieces[at - 1])
        kept.append(clause)
    rest = "".join(kept).strip(" ,;-\u2013\u2014")
    return rest if dropped and re.search(r"\w", rest) else text
