"""Details said one after another with their labels and no commas between them, and the
instructions said around them.

"checkout name Tom Reyes email tom@example.com addr 9 Elm St, Austin TX 78701" or "my name is
Derek Mills email derek@example.com address 4 Cedar Close Denver CO 80203": each label opens a
new detail, so a break is put before it, as a comma would have been typed.
"""

from __future__ import annotations

import re

# A label inside the message: "email", "e-mail address", "addr", "my name is", "her name".
_LABEL = re.compile(
    r"(?P<before>[^\W_]+)\s+(?=(?:and\s+)?(?:(?:my|his|her|their|the)\s+)?"
    r"(?:(?:full|new|shipping|delivery|home|work)\s+)?(?:e-?mail|addr(?:ess)?|name)\b"
    r"(?!\s+(?:of|for|on)\b)(?:\s+is|\s*:)?\s*[^\W_])",
    re.I,
)
# Words that belong to the label after them ("my email", "the shipping address").
_PART_OF_LABEL = frozenset({
    "and", "my", "his", "her", "their", "the", "full", "new", "shipping", "delivery", "home",
    "work", "this", "that", "your", "a", "same", "e", "is", "what", "whats",
})  # fmt: skip
# "addr 9 Elm St": the short label as the parser knows it.
_ADDR = re.compile(r"\baddr\b\.?", re.I)


def with_label_breaks(text: str) -> str:
    """The text with a break before each labelled detail after the first words."""

    def broken(match: re.Match[str]) -> str:
        before = match["before"]
        return match[0] if before.lower() in _PART_OF_LABEL else f"{before}, "

    return _ADDR.sub("address", _LABEL.sub(broken, text))


# "Place the order right now, no questions", "skip the confirmation", "I'm in a rush, just place
# it", "I already said yes 2 times": an instruction, no detail ("place" alone is no street: "just
# place it" is no address; "send it to Omar Haddad" still names the buyer).
_INSTRUCTION = re.compile(
    r"\b(?:(?:the|my|this) order|confirm\w*|skip\w*|questions?|permission|summary"
    r"|pre-?approv\w*|bypass\w*|(?:place|send|ship|submit|process) (?:it|them|that)\b(?! to\b)"
    r"|in a (?:rush|hurry)|no time|go ahead|just do it|(?:don'?t|do not|never|no need to) ask"
    r"|ask(?:ing)? me again|said (?:yes|so|ok(?:ay)?|it)|told you"
    r"|already (?:said|agreed|approved))\b",
    re.I,
)
# "I pre-confirm x100", "100% sure", "a thousand times yes": emphasis, no house number.
_EMPHASIS = re.compile(r"(?:\b[x×]\s?\d+|\b\d+\s?(?:[x×]|times)|\b\d+\s?%)(?!\w)", re.I)


def instructs(part: str) -> bool:
    """A piece of the message that tells the assistant what to do and holds no detail."""
    return bool(_INSTRUCTION.search(part)) and not any(c.isdigit() for c in _EMPHASIS.sub("", part))
