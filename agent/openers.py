"""How a message opens and what it asks of the conversation rather than the catalog.

"morning! need a yoga mat": the greeting is manners, the yoga mat is the request. "start over" /
"never mind all that": the shopper drops the search so far (not the cart). "what would you
recommend under 40?": a recommendation with no kind named yet, so the budget is the request.
"""

from __future__ import annotations

import re

from agent.recommendation_asks import without_choosing_ask

_GREETING = re.compile(
    r"^\W*(?:(?:hi+|hey+|hello+|hiya|heya|howdy|yo|greetings|sup)(?:\s+(?:there|all|folks|guys"
    r"|team))?|(?:good\s+)?(?:morning|afternoon|evening)|g'?day)"
    r"(?:\s*[!.,:;)]+\s*|\s+[-~\u2013\u2014]+\s+"
    r"|\s+(?=(?:i|i'?m|im|we|we'?re|can|could|do|does|need|looking|got|any"
    r"|is|are|what|so|just|quick|please|pls)\b))",
    re.I,
)
"""A greeting opening a longer message; an ambiguous one ("morning") only before punctuation or
the start of a request ("morning coffee blend" keeps its morning)."""

_RESET_CORE = (
    r"(?:start(?:ing)? (?:over|again|afresh|fresh|from scratch|anew)|restart|reset|begin again"
    r"|clear (?:the |my |this )?search|new search|forget (?:all (?:of )?that|everything)"
    r"|never ?mind (?:all (?:of )?that|everything))"
)
_RESET = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|ugh|hmm+|actually|right|so|please|pls|scratch (?:all )?that|can we"
    r"|could we|let'?s|lets|i want to|i'?d like to|wanna|and)\W+)*"
    rf"{_RESET_CORE}(?:\W+(?:and\W+)?(?:let'?s\W+|lets\W+)?{_RESET_CORE})*"
    r"(?:\W+(?:please|pls|thanks|thx|then|now|ok|okay|lol|haha|yeah))*\W*$",
    re.I,
)
"""A message that only drops the conversation's search so far."""

_RECOMMEND_ASK = re.compile(
    r"^\W*(?:(?:so|ok(?:ay)?|hmm+|well|and)\W+)*"
    r"(?:what (?:would|do|can|could|should) (?:you|u) (?:recommend|suggest|pick|choose)"
    r"|what should i (?:get|buy)|(?:do you |got |have you got )?any (?:recommendations?|recs"
    r"|suggestions?|ideas?)|(?:can|could) (?:you|u) (?:recommend|suggest)(?: me)?(?: something)?"
    r"|recommend (?:me )?something|suggest (?:me )?something|what'?s good"
    r"|(?:(?:do you have|have you got|got|show me|i'?d like|i want|i need) )?(?:anything|something)"
    r"(?: (?:nice|good|cool|fun))?(?= (?:for )?(?:under|below|less|around|about|max|up to)\b))"
    r"(?:\s+(?:for me|to buy|to get|for (?=under|below|less|around|about|max)))?",
    re.I,
)
"""An open request for a recommendation, before whatever narrows it ("under 40")."""
_BUDGET = re.compile(
    r"\b(?:under|below|less than|cheaper than|no more than|max(?:imum)?|up to|around|about"
    r"|roughly|within)\s+\$?\s*\d",
    re.I,
)


def without_greeting(text: str) -> str:
    """The message without a greeting that opens it, when a request follows."""
    match = _GREETING.match(text)
    if match is None:
        return text
    rest = text[match.end() :].strip()
    return rest if len(rest.split()) >= 2 else text


def starts_over(text: str) -> bool:
    """ "Start over", "let's start again", "reset", "never mind all that"."""
    return bool(_RESET.match(text.strip()))


def open_recommendation(text: str) -> str | None:
    """What narrows an open request for a recommendation ("under 40"), "" when nothing does;
    None when the message is not one ("which would you recommend for trails?" names a kind,
    and a list on screen makes "what do you recommend" about it)."""
    match = _RECOMMEND_ASK.match(text)
    if match is None:
        return None
    rest = text[match.end() :].strip(" ?!.,")
    if not rest:
        return ""
    return rest if _BUDGET.match(rest) or rest.startswith("$") else None


def without_recommendation_ask(text: str) -> str:
    """ "I need a new backpack. What would you recommend?": the sentences that say what is
    wanted, less the open ask for a recommendation (the whole text when nothing else is said)."""
    parts = [part for part in re.split(r"(?<=[.!?])\s+", text.strip()) if part]
    rest = [part for part in parts if open_recommendation(part) != ""]
    return without_choosing_ask(" ".join(rest) if rest else text)


_NOT_A_THING_TEXT = """
hi hii hey hello hiya heya howdy yo greetings sup morning afternoon evening g'day what which how
who why where when would could should can do does did will is are was recommend suggest start
restart reset begin want need get buy find show help looking look let's lets let mind never
forget nevermind please pls thanks thank you u i me we that this everything something anything
"""
_NOT_A_THING = frozenset(_NOT_A_THING_TEXT.split())
"""Words that make a phrase a greeting, a question or a verb, never the name of a product."""


def names_a_thing(wanted: str) -> bool:
    """Whether "we don't carry <wanted>" would name a product-like phrase."""
    words = re.findall(r"[a-z][a-z']*", wanted.lower())
    return bool(words) and not any(w in _NOT_A_THING for w in words)


def names_nothing(wanted: str) -> bool:
    """Whether the phrase is only talk ("morning", "what would you recommend", "let's start"),
    with no word that could name a product at all."""
    words = re.findall(r"[a-z][a-z']*", wanted.lower())
    return bool(words) and all(w in _NOT_A_THING or w in _TALK_ONLY for w in words)


_TALK_ONLY = frozenset({"all", "it", "over", "again", "good", "day", "there", "so", "ok", "okay"})
