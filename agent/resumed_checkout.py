"""A checkout taken up again right after "not yet": "ok I've thought about it, let's do it".

The shopper stopped at the order summary, then comes back with a yes or asks for the total
again. Nothing waits for that yes any more, so it reopens the checkout (the details already
given are kept) and shows the summary to approve; it never places the order by itself.
"""

from __future__ import annotations

import re

from agent import phrases as ph
from agent.confirm_words import holds_a_no, says_yes

_GO_ON = re.compile(
    r"\b(?:let'?s do (?:it|this)|let'?s go(?: ahead)?|go ahead|i'?m ready|ready now|go for it"
    r"|i'?ll take (?:it|them)|place (?:it|the order|my order)|(?:show|tell|give) me the total"
    r"|what'?s the total|total again|decided|let'?s order(?: it| them| that)?|order it now"
    r"|(?:she|he|they|wife|husband|partner|mum|mom|dad)(?: says?| said) (?:yes|ok(?:ay)?|go))\b"
    # whoever was asked said yes: "team says go", "boss gave the green light", "good to go"
    r"|\b(?:says?|said|gave|gives|got)\s+(?:\w+\s+){0,2}?(?:(?:it'?s\s+)?(?:yes|ok(?:ay)?|go|fine"
    r"|green light|thumbs up|nod|go-?ahead)|to go ahead)\b"
    r"|\b(?:good to go|all good now|green light|we'?re good now|approved it|signed off)\b"
)  # "ok she says yes, let's order it": the one asked said yes


# "nah, nothing else. ok I'm ready": the no answers "anything to add?", not the order
_NOTHING_MORE = re.compile(
    r"^\W*(?:(?:no|nope|nah)\W+)?(?:nothing (?:else|more)|that'?s (?:all|it)|i'?m good)\b[\s,.!]*"
)
_FIRM = re.compile(r"\b(?:yes|yeah|yep|yup|confirm|proceed|go on|do it|place)\b")


def goes_on_with_checkout(text: str, *, plain_yes: bool) -> bool:
    """Whether the message, said right after declining the summary, asks to go on with it;
    `plain_yes`: a bare yes counts too (the rules read nothing else in the message)."""
    lowered = _NOTHING_MORE.sub("", " ".join(text.lower().split()))
    if ph.NO.match(lowered):
        return False
    if _GO_ON.search(lowered):
        return True
    said_yes = (ph.YES.match(lowered) or says_yes(lowered)) and not holds_a_no(lowered)
    return plain_yes and bool(said_yes and _FIRM.search(lowered))  # a bare "ok" acknowledges
