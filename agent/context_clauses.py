"""Clauses that tell about a person or what happened, beside a clause that asks for a kind.

"I'd like a speaker for the garden, we have lots of people round in the summer", "I'm after a
cutting board. My brother just bought his first house and he cooks a lot", "Nothing decaf
please, he'd be horrified!": the shop assistant hears the speaker, the cutting board and the
coffee; the people round, the house and the horror narrow nothing. A clause is such context
only when a person is its subject ("we have", "my brother", "he'd") and it neither asks nor
limits anything (a size, a budget, a colour, a taste, a ruling-out). It goes only when what
stays names a kind (one the store sells, or the message's own head noun), so "my girlfriend
keeps stealing my hoodies, so I thought I'd buy her her own" keeps its hoodies.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.carried import KIND_WORDS
from agent.chatty import asks, asks_nothing, sentences
from agent.colour_idioms import without_colour_idioms
from agent.kinds import Head, request_head, request_terms
from agent.openers import without_recommendation_ask
from agent.slots import colors_in, size_in

CLAUSE_BREAK = re.compile(
    r"\s*[,;]\s+|\s+(?:-|–|—)\s+"
    r"|\s+and\s+(?=(?:now\s+|so\s+)?(?:needs|wants|could use|would like|is after|is looking)\b)"
    r"|\s+so\s+(?=(?:nothing|no|not|none|without)\b)"
    r"|,?\s+so\s+(?=(?:a|an|some|maybe)\s)"
)
"""Where a clause ends; "my son is starting university and needs a new laptop" tells, then asks;
"there's a peanut allergy in the house so nothing with peanuts" tells, then rules out; "he reads
super late so a desk lamp" tells, then names the thing."""

_PERSON_SUBJECT = re.compile(
    r"^\W*(?:(?:and|but|so|because|cause|as|since|though|plus|oh)\s+)?(?:"
    r"(?:i|we|he|she|they)(?:'m|'re|'s|'ve|'d|'ll)?"
    r"|(?:my|our|his|her|their)\s+(?!(?:name|address|e-?mail|mail|phone|number|card|order|cart"
    r"|basket|details|post ?code|zip)\b)(?:[a-z'-]+\s+){0,2}?(?:[a-z'-]+)"
    r"|bless\s+(?:her|him|them)"
    r"|there(?:'s| is| are)"
    r")\s+(?:[a-z'-]+)",
    re.I,
)
"""A clause whose subject is a person and that goes on to say something of them, or of their
household ("there's a peanut allergy in the house")."""

_LIMITS = re.compile(
    r"\d|\$|£|€|\b(?:size|sized|budget|spend|price|cheap|cheaper|expensive|afford|colou?rs?"
    r"|prefers?|preferr?ed|likes?|loves?|hates?|only|wears?|wearing|fits?|fitted"
    r"|order(?:ed|s)?|refund|return(?:ed)?|deliver(?:y|ed)?|paid|payment|small|medium|large"
    r"|big|bigger|tall|petite|wide|narrow|sensitive|instead|same|matching|match|vegan"
    r"|must|ha(?:ve|s) to|needs? to be|gotta|dishwashers?|microwaves?|washable)\b",
    re.I,
)
"""What still narrows the request or is itself what is asked about: such a clause stays (a
requirement, "they HAVE to go in the dishwasher", narrows too)."""

_RULES_OUT = re.compile(
    r"\b(?:not|no|never|nothing|without|none|cannot|[a-z]+n't|dont|cant|wont|doesnt|isnt)\b", re.I
)
_REASON = re.compile(
    r"\b(?:allergic|allergy|allergies|intolerant|vegetarian|coeliac|celiac)\b", re.I
)
"""Why something is ruled out: it narrows only when the message says nothing else rules out
("vegan" itself rules materials out: agent/negations.py)."""

_ORDER_OR_CART = re.compile(
    r"\b(?:cancel\w*|refund\w*|(?:my|that|the|this|last) order|cart|basket|check ?out)\b", re.I
)
"""A message about an order or the cart is no product request with context around it."""

_NEEDS_A_THING = re.compile(
    r"\b(?:needs|wants|could use|is after|is looking for|has asked for|asked for|is asking for)"
    r"\s+(?!to\b|it\b|them\b|one\b|help\b|something\b|anything\b)[a-z]",
    re.I,
)
"""A person who needs or wants a thing names the request ("my grandson needs headphones for
school"), never mere context; "he needs to stay warm" says a need, not a thing."""
_OWN_PURCHASE = re.compile(
    r"^\W*(?:(?:and|but|so)\s+)?(?:i|we)(?:'ve)?\s+(?:just\s+)?bought\b", re.I
)
"""'I bought…' may be the matter of the message (a return, a second one): it stays."""


def is_context(clause: str, *, ruled_out: bool = False) -> bool:
    """A clause that tells about a person and narrows nothing; a reason ("I'm allergic to it")
    narrows nothing once the message has said what it rules out (`ruled_out`)."""
    if not _PERSON_SUBJECT.match(clause) or asks(clause) or _OWN_PURCHASE.match(clause):
        return False
    if _NEEDS_A_THING.search(clause):  # "my grandson needs headphones for school": the request
        return False
    lowered = clause.lower()
    if _LIMITS.search(lowered) or _RULES_OUT.search(lowered) or colors_in(lowered):
        return False
    return not (size_in(lowered) or (_REASON.search(lowered) and not ruled_out))


def without_context(
    text: str, names_kind: Callable[[str], bool], sells: Callable[[Head], bool | None]
) -> str:
    """The message, its colour idioms read, less its context clauses when a clause that stays
    asks for a kind: one the store sells (`names_kind`), or the message's own head noun when
    the rest is then short enough for "we don't carry that" (agent/carried.py)."""
    text = without_colour_idioms(text)
    if "@" in text or asks_nothing(text, names_kind):  # contact details; talk (agent/chatty.py)
        return text
    if _ORDER_OR_CART.search(text):  # "cancel that order - I'm certain, go ahead": all of it
        return text  # answers the order's question, the "I'm certain" too
    kept: list[str] = []
    dropped = False
    for sentence in sentences(text):
        clauses = [c for c in CLAUSE_BREAK.split(sentence) if c.strip()]
        staying = [c for c in clauses if not is_context(c, ruled_out=_rules_out(text, c))]
        dropped = dropped or len(staying) < len(clauses)
        if staying:
            joined = ", ".join(staying)
            kept.append(joined if joined[-1] in ".!?" else f"{joined}{_end_of(sentence)}")
    if not dropped or not kept:
        return text
    rest = " ".join(kept)
    if not any(asks(part) or names_kind(part) for part in kept):
        return text
    head = request_head(rest)
    short = len(request_terms(without_recommendation_ask(rest))) <= KIND_WORDS
    if head is not None and sells(head) is not True:  # "a new laptop": judged only when short
        return rest if short and head == request_head(text) else text
    return rest if names_kind(rest) else text


def _rules_out(text: str, clause: str) -> bool:
    """Whether the message rules something out outside this clause."""
    return bool(_RULES_OUT.search(text.replace(clause, " ")))


def _end_of(sentence: str) -> str:
    return sentence[-1] if sentence and sentence[-1] in ".!?" else ""
