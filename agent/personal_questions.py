"""Personal questions put to the assistant ("r u single?", "how old are you", "wanna go on a
date?"): answered as questions about the assistant itself, never searched ("single" is a word
of Single Origin Coffee)."""

from __future__ import annotations

import re

_PERSONAL = re.compile(
    r"\b(?:are|r) (?:you|u|ya) (?:even |still |currently )?(?:single|married|taken|seeing "
    r"(?:someone|anyone)|in a relationship|dating|a (?:boy|girl|man|woman|guy|lady))\b"
    r"|\b(?:do|d'?you|got) (?:you |u |ya )?(?:have |got )?(?:a )?(?:boyfriend|girlfriend|bf|gf"
    r"|husband|wife|partner|crush)\b"
    r"|\bhow old (?:even |exactly |actually )?(?:are|r|is) (?:you|u|ya)\b"
    r"|\b(?:what'?s|whats|what is) (?:your|ur) age\b"
    r"|\bwhere (?:do|d'?) (?:you|u|ya) live\b"
    r"|\b(?:wanna|want to|will (?:you|u)|would (?:you|u)|shall we|can we) (?:go )?(?:on a )?"
    r"(?:date|marry me|go out with me|dinner with me)\b"
    r"|\b(?:do|d'?) (?:you|u|ya) (?:love|like|fancy) me\b|\bi (?:love|fancy) (?:you|u)\b",
    re.I,
)


def asks_about_private_life(text: str) -> bool:
    """Whether the message asks the assistant about its private life or for a date."""
    return bool(_PERSONAL.search(text))
