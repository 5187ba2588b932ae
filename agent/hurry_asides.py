"""Hurry and deadlines said beside a request: "check out quick, flight in 3 hours", "Daypack 18L
Backpack in mustard, quick before they're gone", "is that still in stock? race is sunday",
"checkout please, I fly to Lyon on the 9th. Camille Martin, …".

A shop assistant hears the hurry and serves the request; the flight, the race and "quick" name
no product, no person and no address. A clause goes when it only hurries (`_HURRY`) or only
tells of an event on a day (`_EVENT` with `_WHEN`), and something else is left; a question
("can it arrive by sunday?") is never dropped.
"""

from __future__ import annotations

import re

_BREAK = re.compile(r"(\s*[,;]\s+|\s+[-\u2013\u2014]+\s+|\s*[\u2013\u2014]\s*|(?<=[.!?])\s+)")
_GONE = (
    r"before (?:they'?re|they are|it'?s|it is|they) (?:all )?(?:gone|sold out|sell out|run out"
    r"|runs out|sells out)"
)
_HURRY = re.compile(
    r"^\W*(?:(?:and|but|so|please|pls|oh)\s+)*(?:(?:quick(?:ly)?|fast|asap|hurry(?: up)?"
    r"|(?:i'?m |we'?re )?in a (?:hurry|rush)|no time|i'?m late|be quick)(?:\s*(?:please|pls|plz))?"
    rf"(?:\s*,?\s*{_GONE})?|{_GONE})\W*$",
    re.I,
)
"""A clause that only hurries: "quick", "asap", "quick before they're gone"."""
EVENTS = (
    r"(?:race|flight|trip|party|picnic|wedding|game|match|event|hike|holiday|vacation"
    r"|camp(?:ing)?|concert|marathon|birthday|meeting|interview|train|plane|journey)"
)
"""What a shopper is getting ready for: "my camping trip", "race is sunday"."""
_WHEN = (
    r"(?:(?:on |this |next |by )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight"
    r"|tomorrow(?: (?:morning|afternoon|evening|night))?|this (?:week(?:end)?|morning|afternoon"
    r"|evening)|next (?:week|month)"
    r"|(?:in|within) (?:\d+|an?|one|two|three|four|five|six|a few|a couple of) "
    r"(?:hours?|hrs?|days?|minutes?|mins?|weeks?)|on the \d{1,2}(?:st|nd|rd|th)"
    r"|(?:on )?(?:the )?\d{1,2}(?:st|nd|rd|th)(?: of [a-z]+)?"
    r"|for (?:xmas|christmas|the holidays|new year'?s?|thanksgiving|easter|the weekend))"
)
_EVENT = re.compile(
    r"^\W*(?:(?:and|but|so|because|cause|cuz|as|since|it'?s|its|it is)\s+)*(?:"
    # "race is sunday", "my flight's in 3 hours", "ski trip saturday", "flight in 3 hours"
    r"(?:(?:my|our|the|his|her|their)\s+)?(?:[a-z'-]+\s+){0,2}?"
    + EVENTS
    + r"(?:'s|\s+is|\s+was|\s+are)?\s+"
    r"(?:(?:on|at|for)\s+)?" + _WHEN + r"|"
    # "I fly to Lyon on the 9th", "we leave tomorrow", "I'm travelling on friday"
    r"(?:(?:i|we|he|she|they)(?:'m|'re| am| are| is|'ll| will)?\s+)?(?:fly(?:ing)?|leav(?:e|ing)"
    r"|travel(?:l?ing)?|go(?:ing)?|head(?:ing)?|depart(?:ing)?|race|racing|set(?:ting)? off)"
    r"(?:\s+(?:to|for|out|off|home|away)(?:\s+[\w'-]+){0,3}?)?\s+" + _WHEN + r")\W*$",
    re.I,
)
"""A clause that only tells of an event on a day: "race is sunday", "I fly to Lyon on the 9th"."""
_HURRIED_VERB = re.compile(
    r"\b(check[ -]?out|checkout|pay|place (?:it|the order|my order|the order))\s+(?:quick(?:ly)?"
    r"|asap|fast)\b(?:\s+(?:please|pls))?",
    re.I,
)
"""A checkout said with a hurry after it: "check out quick"."""


def without_hurry(text: str) -> str:
    """The message without the clauses that only hurry or tell a deadline, when more is said."""
    pieces = _BREAK.split(text)
    kept: list[str] = []
    dropped = False
    before = ""  # the break before a run of dropped clauses, which the next kept one takes
    for at in range(0, len(pieces), 2):
        clause, brk = pieces[at], pieces[at - 1] if at else ""
        if clause.strip() and "?" not in clause and _drops(clause):
            dropped, before = True, before or brk
            continue
        if kept:
            kept.append(before or brk)
        before = ""
        kept.append(clause)
    rest = "".join(kept).strip(" ,;-\u2013\u2014")
    if dropped and re.search(r"\w", rest):
        text = rest
    return _HURRIED_VERB.sub(r"\1", text)


def _drops(clause: str) -> bool:
    words = clause.strip()
    return bool(re.search(r"\w", words)) and bool(_HURRY.match(words) or _EVENT.match(words))
