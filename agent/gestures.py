"""Emoji said instead of words: "👍" after a list is an ok, "🙏" a thanks, "👋" a hello, "🤷"
a shrug and "👎" a no. Read only when the message is made of such emoji (with punctuation);
product emoji ("🎧") are words of a request (agent/emoji_words.py). The pairs are data:
`agent/data/gesture_emoji.tsv`.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from agent.understanding import Intent

_VARIATION = re.compile("[\ufe0e\ufe0f\u200d\u2640\u2642]|[\U0001f3fb-\U0001f3ff]")
"""Presentation selectors, joiners, gender signs and skin tones ("🤷‍♀️" is "🤷")."""
_MEANS = {
    "ok": Intent.ACKNOWLEDGE,
    "thanks": Intent.THANKS_BYE,
    "greet": Intent.GREET,
    "unsure": Intent.UNCLEAR,
    "no": Intent.ACKNOWLEDGE,
}


@cache
def _meanings() -> dict[str, str]:
    data = resources.files("agent").joinpath("data/gesture_emoji.tsv").read_text(encoding="utf-8")
    pairs = {}
    for line in data.splitlines():
        if line.strip() and not line.startswith("#"):
            emoji, meaning = line.split("\t")
            pairs[_VARIATION.sub("", emoji)] = meaning.strip()
    return pairs


def gesture_of(text: str) -> str | None:
    """What a message of gesture emoji alone means ("ok", "thanks", ...), by its first emoji;
    None when it holds anything else (a word, a digit, a product emoji)."""
    plain = _VARIATION.sub("", text)
    said = [ch for ch in plain if not (ch.isspace() or ch in "!?.,:;()~-*")]
    meanings = _meanings()
    if not said or any(ch not in meanings for ch in said):
        return None
    return meanings[said[0]]


def gesture_intent(text: str, *, opening: bool = False) -> Intent | None:
    """The intent of a message of gestures; a smile or a thumbs up `opening` the talk (nothing
    shown, nothing in the cart) is a hello."""
    gesture = gesture_of(text)
    if gesture == "ok" and opening:
        return Intent.GREET
    return _MEANS[gesture] if gesture else None


def gesture_reply(text: str) -> str | None:
    """Words for a shrug or a thumbs down, which the talk replies have no answer for."""
    gesture = gesture_of(text)
    if gesture == "unsure":
        return (
            "No worries if you're not sure yet! Tell me what it's for, who it's for or a budget, "
            "and I'll suggest a few things."
        )
    if gesture == "no":
        return (
            "Not quite right? Tell me what to change — a colour, a budget or another kind of "
            "thing — and I'll look again."
        )
    return None
