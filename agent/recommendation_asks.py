"""A request for a recommendation read as the request itself.

"which kettle would you recommend for pour-over coffee?", "which mug would you get for a big
morning coffee?" and "is there any throw blanket under 100 you'd recommend?" ask for a kettle for
pour-over coffee, a mug for a big morning coffee, a throw blanket under 100: the words of the
asking ("which", "would you get", "you'd recommend") name no product, and left in the request they
hide its kind, so the list fills with whatever the purpose names (coffee, lamps, cereal). The
asking is dropped and the thing asked for kept with what follows it. "which one would you get?"
and "which of these would you pick?" point at a list and are left as they are.
"""

from __future__ import annotations

import re

_CHOOSING = r"(?:recommend|suggest|get|pick|choose|buy|go\s+(?:for|with)|take)"
_WHICH_THING = re.compile(
    r"^(?P<lead>\W*(?:(?:ok(?:ay)?|so|hmm+|well|and|also)\b[\s,]*)*)"
    r"(?:which|what)\s+(?P<thing>(?!(?:one|ones|of|do|would|should|is|are|size|colou?r|brand)\b)[a-z][\w'-]*"
    r"(?:\s+(?!(?:would|should|do|could|will)\b)[a-z][\w'-]*){0,3})\s+"
    r"(?:would|should|do|could|will)\s+(?:you|u|ya)\s+" + _CHOOSING + r"\b\s*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
"""'which kettle would you recommend for ...': the thing, then what follows the asking."""
_ANY_THING = re.compile(
    r"^(?P<lead>\W*)(?:is|are)\s+there\s+(?:any|an?|some)\s+(?P<thing>.+?)\s+(?:that\s+)?"
    r"(?:you'?d|you\s+would|you(?:\s+(?:can|could))?)\s+" + _CHOOSING + r"\b\W*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
"""'is there any throw blanket under 100 you'd recommend?': the thing, with its limits."""


def without_choosing_ask(text: str) -> str:
    """The thing asked for behind "which X would you get (for Y)" ("X (for Y)"); other text as
    it is."""
    for pattern in (_WHICH_THING, _ANY_THING):
        match = pattern.match(text)
        if match is not None:
            rest = match["rest"].strip()
            return f"{match['thing']} {rest}".rstrip()  # "so", "ok" ask nothing either
    return text
