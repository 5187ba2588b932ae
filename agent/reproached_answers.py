"""An answer to "which colour/size?" said as a reproach: "no i said olive not navy", "you added
the wrong size, i wanted medium", "I told you M". Asked for an option of an add that was refused
or still needs one, the shopper blames the assistant and gives the option again. The blame is no
request of its own (nothing was added; nothing is searched): the words after it are the answer.
"""

from __future__ import annotations

import re
from typing import Any

_BLAME = re.compile(
    r"^\W*(?:(?:no+|nope|nah|um+|uh+|hmm+|ugh+|sorry|but|well|wait)[\s,.!-]+)*"
    r"(?:(?:you|u)\s+(?:added|put|got|picked|gave me|chose|did)\s+(?:in\s+)?(?:the|a)\s+wrong\s+"
    r"(?:size|colou?r|one|thing|variant)|(?:that'?s|thats|it'?s|its)\s+(?:the|a)\s+wrong\s+"
    r"(?:size|colou?r|one))\b[\s,.;:!-]*",
    re.I,
)
"""'you added the wrong size', "that's the wrong colour": the blame before the option."""

_SAID = re.compile(
    r"^\W*(?:(?:no+|nope|nah|um+|uh+|hmm+|ugh+|sorry|but|well|wait)[\s,.!-]+)*"
    r"(?:(?:like|as)\s+)?i\s+(?:already\s+)?(?:said|told you|asked for|wanted|meant|want|need"
    r"|specified)\b[\s,:;-]*(?=\w)",
    re.I,
)
"""'no i said', 'i wanted', 'like i told you': the reproach before the option said again."""

_OPTION_SLOTS = {"color", "colour", "size"}


def answer_without_reproach(text: str, awaiting: dict[str, Any] | None) -> str:
    """The option the shopper gives again without the blame before it, while an add waits for
    that option ("no i said olive not navy" -> "olive not navy"); the text unchanged otherwise."""
    if not awaiting or not _OPTION_SLOTS & set(awaiting.get("slots", [])):
        return text
    rest = _BLAME.sub("", text, count=1)
    said = _SAID.sub("", rest, count=1)
    if said == text or len(said.split()) > 5:  # a reproach, then a request of its own
        return text
    return said
