"""An unsure answer to "Shall I place the order?" ("maybe? not sure", "hmm idk"): neither a yes
nor a no. A shop assistant never buys on a maybe, and does not drop the order either: the
question stays open, asked again with the total."""

from __future__ import annotations

import re

_UNSURE_WORD = (
    r"(?:maybe|perhaps|possibly|probably|i guess|i suppose|not (?:so |too |really |entirely )?sure"
    r"|(?:i'?m |im |i am )?(?:not (?:so |too |really |entirely )?sure|unsure|undecided|torn)"
    r"|idk|dunno|i dunno|i don'?t know|don'?t know|no idea|not certain|unsure|could be"
    r"|hmm+|hm+|um+|uh+|erm|well|eh|mm+|yes or no|yes no|tbh|to be honest|honestly|just|lol|haha)"
)
_UNSURE = re.compile(rf"^\W*{_UNSURE_WORD}(?:[\W_]+{_UNSURE_WORD})*[\W_]*$")
_HAS_DOUBT = re.compile(
    r"\b(?:maybe|perhaps|possibly|probably|guess|suppose|sure|unsure|undecided|torn|idk|dunno"
    r"|know|idea|certain|could be)\b"
)

UNSURE_REPLY = "No rush: I won't place anything until you say yes."
"""Said before the order is shown again."""


def unsure(text: str) -> bool:
    """The whole message only hesitates ("maybe? not sure", "hmm idk"), with no no in it
    ("maybe not" and "not yet" are a no for now; a lone "hmm" is not unsure enough)."""
    return bool(_UNSURE.match(text)) and bool(_HAS_DOUBT.search(text))
