"""A yes to the agent's own offer to add: after 'Want the Gooseneck Kettle? Say "add it"', the
shopper's "ok yes", "yes please", "sure do it" or "yep" is that "add it"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from agent import phrases as ph

_OFFER = re.compile(r"\bsay \"add it\"", re.I)
_FILLER = re.compile(
    r"[\s,.!]*(?:(?:please|pls|plz|thanks|thank you|thx|ty|then|now|mate|lol)[\s,.!]*)*",
    re.I,
)
_BARE_OK = re.compile(r"\s*(?:ok(?:ay)?|k|alright|cool|great|perfect)[\s.!]*", re.I)


def offered_add_taken(text: str, messages: Sequence[Any]) -> bool:
    """The message is a plain yes and the reply before it offered to add the product in focus
    with 'Say "add it"'. A bare "ok" or "cool" only acknowledges."""
    said = ph.YES.match(text.lower())
    if said is None or _BARE_OK.fullmatch(text) or not _FILLER.fullmatch(text[said.end() :]):
        return False
    return _OFFER.search(_reply_before_last(messages)) is not None


def _reply_before_last(messages: Sequence[Any]) -> str:
    """The agent's last words before the shopper's newest message."""
    seen_human = False
    for message in reversed(messages):
        if message.type == "human":
            if seen_human:
                return ""
            seen_human = True
        elif (
            seen_human
            and message.type == "ai"
            and isinstance(message.content, str)
            and message.content
        ):
            return message.content  # a tool call's message has no words: skipped
    return ""
