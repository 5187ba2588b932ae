"""A shopper asking what the assistant can do: "how does this work? do you just search or can you
recommend things?", "remind me how this works, can you like track my stuff or?", "what can you
actually help me with?". A shop assistant explains what it does; it does not search for work boots
or recommend some. The question names nothing to buy: every word it has beyond the talk is about
the assistant and its abilities, so "can you recommend a rain jacket?" stays a request."""

from __future__ import annotations

import re

from agent.meta_talk import TALK_WORDS
from agent.words import new_words

_ABILITY = re.compile(
    r"\bhow (?:does |do |will )?(?:this|it|you|u|that|the chat|this chat|this thing)"
    r" (?:all |even |actually )?works?\b"
    r"|\bwhat (?:else |exactly |all )?(?:can|could|do|will) (?:you|u) (?:\w+ )?help"
    r" (?:me |us )?(?:with|on|out with)\b"
    r"|\b(?:can|could|do|will) (?:you|u) (?:\w+ ){0,2}?(?:search|recommend|suggest|track"
    r"|compare|remember|advise|give advice|help|find)"
    r"(?: (?:my |your )?(?:things|stuff|products|items|orders)(?: for (?:me|you))?)?"
    r"\s*(?:\bor\b|\btoo\b|\bas well\b|\balso\b|[?,.!]|$)"  # asked of the ability, no object
)
_ABOUT_ABILITIES = frozenset({
    "search", "searching", "recommend", "recommendations", "recommending", "suggest",
    "suggestions", "track", "tracking", "compare", "comparing", "remember", "advise", "advice",
    "give", "help", "find", "finding", "remind", "explain", "products", "items", "sizing",
    "sizes", "size", "fit", "questions", "answer", "anything", "whatever", "basically", "kind",
    "sort", "etc", "how", "exactly", "does", "work", "works", "this", "with", "out",
})  # fmt: skip


def asks_what_you_can_do(text: str) -> bool:
    """Whether the message asks what the assistant can do, naming nothing to buy."""
    lowered = text.lower()
    if not _ABILITY.search(lowered):
        return False
    return all(w in TALK_WORDS or w in _ABOUT_ABILITIES for w in new_words(lowered))
