"""When a request's head noun may say "we don't carry that" though the request is long.

A long, detailed request has no reliable head (agent/carried.py KIND_WORDS), but two kinds of
long message name their kind plainly: a thing described and then named ("..., a microwave I
think it is called", agent/called_names.py), and a kind followed by a list of short details
("vegan protein powder, chocolate flavour, big tub")."""

from __future__ import annotations

from agent.called_names import called_name
from agent.kinds import request_head, request_terms

DETAIL_TERMS = 2
"""A comma-separated detail of at most this many terms ("chocolate flavour", "big tub") is a
detail of the kind named first, not a request of its own."""


def head_is_plain(text: str, most_terms: int) -> bool:
    """Whether the request is short (at most `most_terms` terms) or names its kind plainly."""
    if len(request_terms(text)) <= most_terms or called_name(text):
        return True
    first, *details = [part for part in text.split(",") if part.strip()]
    return (
        bool(details)
        and len(request_terms(first)) <= most_terms
        and request_head(first) is not None
        and all(len(request_terms(part)) <= DETAIL_TERMS for part in details)
    )
