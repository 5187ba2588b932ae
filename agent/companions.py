"""Another kind asked for to go with the product in view: "and scarves to go with it?".

After a beanie is shown, "scarves to go with it", "a matching scarf?" or "socks that go with
these" ask for scarves or socks, not whether the beanie "is scarves": the kind named before the
linking phrase is searched. "Does it come with a case?" names no companion (it asks about the
product), nor does "what goes with it?" (no kind is named).
"""

from __future__ import annotations

import re

from agent.kinds import request_head

_LINKED = re.compile(
    r"(?P<kind>[a-z][a-z' -]*?)\s+(?:to go with|(?:that |which )?(?:would |will |could |might )?"
    r"go(?:es)? (?:well |best |nicely )?with"
    r"|to match|that match(?:es)?|to wear with|to pair with|to team with"
    r"|in the same (?:colou?r|shade)(?: as)?)"
    r"\s+(?:it|this|that|them|those|these|the (?:first|second|third|last|\w+)(?: one)?)\b"
)
_SAME_COLOUR = re.compile(
    r"(?P<kind>[a-z][a-z' -]*?)\s+in (?:the )?same (?:colou?r|shade)\b(?! as my)"
)
_MATCHING = re.compile(
    r"\bmatching (?P<kind>[a-z][a-z'-]*(?: [a-z][a-z'-]*)?)(?=\s*(?:[?.!,]|$|too\b|as well\b))"
)
_LEAD = re.compile(
    r"^(?:(?:nice|great|cool|ok(?:ay)?|love it|perfect|and|also|so|now|then|maybe|what about"
    r"|how about|what|which|any|some|a|an|got|do you have|have you got|you got|can you show me"
    r"|show me"
    r"|i'?d like|i need|i want|looking for)\b[\s,!.]*)+"
)


def companion_kind(text: str) -> str | None:
    """The kind asked for to go with the product in view ("scarves"), or None."""
    lowered = " ".join(text.lower().split())
    match = _LINKED.search(lowered) or _MATCHING.search(lowered) or _SAME_COLOUR.search(lowered)
    if match is None:
        return None
    phrase = re.split(r"[,.!?;:]", match.group("kind"))[-1].strip()
    phrase = _LEAD.sub("", phrase).strip()
    head = request_head(phrase) if phrase else None
    return phrase if head is not None else None


def asks_same_colour(text: str) -> bool:
    """ "A tote in the same colour?": the companion takes the colour of the product in view."""
    return _SAME_COLOUR.search(" ".join(text.lower().split())) is not None
