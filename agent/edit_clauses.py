"""Several requests in one message that opens with a cart edit: "remove the trucker hat and make
the socks 3", "drop the socks, then make the beanie olive", "add the first one, and also show me
some socks", "remove the hat and check out". Each clause opens with its own verb (an edit, a look
or checkout) and is read on its own, in order; a later edit pointing back with a pronoun ("add
the hat and make it 2") stays one edit. Hesitations between them ("hmm", "maybe", "I think")
belong to no clause.
"""

from __future__ import annotations

import re

_EDIT = (
    r"(?:remove|delete|drop|ditch|nix|lose|take|get rid of|make|change|set|switch"
    r"|swap|update|bump|add|put|throw in|toss in)"
)
_LOOK = r"(?:show me|show us|find me|let me see|search for|look for)"
_CHECKOUT = r"(?:check ?out|checkout|proceed to (?:payment|checkout)|pay)"
_HESITATION = (
    r"(?:hmm+|um+|uh+|erm|well|maybe|perhaps|probably|i think|i guess|i suppose|or perhaps"
    r"|or maybe)"
)
_OPENERS = (
    rf"(?:(?:{_HESITATION}|actually|ok|okay|oh|nah|ugh|sorry|and|also|wait|so|please|pls|then"
    r"|now|can you"
    r"|could you|i'?ll|i will|i want to|i'?d like to|let'?s)\W+)*"
)
_VERB = rf"(?:{_EDIT}|{_LOOK}|{_CHECKOUT})"
_SPLIT = re.compile(
    r"\s*(?:[,;]\s*(?:and\s+)?(?:then\s+)?|\s+(?:and then|and also|and|then|also|plus)\s+)"
    rf"(?={_OPENERS}{_VERB}\b)",
    re.I,
)
_OPENS_WITH_EDIT = re.compile(rf"^\W*{_OPENERS}{_EDIT}\b", re.I)
_OPENS_WITH_VERB = re.compile(rf"^\W*{_OPENERS}{_VERB}\b", re.I)
_ONLY_HESITATION = re.compile(rf"^\W*(?:{_HESITATION}|actually|oh|ok|okay|wait)?\W*$", re.I)
_LEADING = re.compile(rf"^\W*(?:(?:{_HESITATION}|and|also|then|plus)\W+)+", re.I)
_TRAILING = re.compile(rf"(?:\W+(?:{_HESITATION}))+\W*$", re.I)
_INSTEAD = re.compile(rf"^\W*{_OPENERS}(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+instead\W*$", re.I)
"""A change said bare before further edits of the same line ("hmm black instead. and make it
two"): the later "it" is that line, changed, not a product the first clause adds."""
_POINTS_BACK = re.compile(r"\b(?:it|that|them|this|those|these)\b", re.I)


_COUNT_VERB = re.compile(rf"^\W*{_OPENERS}(make|change|set|update|bump)\b", re.I)
_GAPPED = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?=(?:the|my)\s+[a-z][\w' -]*?\s+(?:to\s+)?"
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:\s+(?:please|pls|plz|thanks))?\W*$)",
    re.I,
)
"""The second count of "make the socks 2 and the hats 1": its verb is the first clause's."""


_REMARK = re.compile(r"^[^.!?]*[.!]+\s+")
"""A sentence before the edits that only remarks on the cart ("hmm too many chips.")."""


def edit_clauses(text: str) -> list[str]:
    """The clauses of a message that opens with a cart edit and goes on with further edits, a
    look at other products or checkout, in order; [text] when it is one request."""
    remark = _REMARK.match(text)
    if remark and not re.search(rf"\b{_VERB}\b", remark[0], re.I):
        clauses = edit_clauses(text[remark.end() :])
        if len(clauses) > 1:
            return clauses
    parts = _joined_hesitations([p for p in _SPLIT.split(text) if p and p.strip()])
    if len(parts) < 2 and (verb := _COUNT_VERB.match(text)) and (gap := _GAPPED.search(text)):
        return [text[: gap.start()].strip(" ,;"), f"{verb[1]} {text[gap.end() :].strip()}"]
    instead = len(parts) > 1 and bool(_INSTEAD.match(parts[0]))
    if len(parts) < 2 or not (instead or _OPENS_WITH_EDIT.match(parts[0])):
        return [text]
    if not all(_OPENS_WITH_VERB.match(p) for p in parts[1:]):
        return [text]
    if not instead and any(_OPENS_WITH_EDIT.match(p) and _POINTS_BACK.search(p) for p in parts[1:]):
        return [text]
    return [_plain(p) for p in parts]


def _joined_hesitations(parts: list[str]) -> list[str]:
    """ "add the first, hmm, and remove the beanie": the "hmm" goes with the clause after it."""
    joined: list[str] = []
    carried = ""
    for part in parts:
        if _ONLY_HESITATION.match(part):
            carried = f"{carried}{part}, "
            continue
        joined.append(carried + part)
        carried = ""
    if carried and joined:
        joined[-1] = f"{joined[-1]}, {carried}".rstrip(" ,")
    return joined


def _plain(clause: str) -> str:
    """The clause without the hesitations around it ("maybe make the hoodie two" reads as an
    edit, "the first, I think" as a pick)."""
    clause = _LEADING.sub("", clause.strip(" ,;"))
    return _TRAILING.sub("", clause).strip(" ,;")
