"""A need said by use instead of a product: "something to keep my coffee hot on the commute".

A shop assistant hears the need and shows what serves it (a travel mug), never the thing the need
is about (coffee). The needs and what serves them are data (`agent/data/needs.tsv`: everyday
needs, each with the kind a shopper would be shown); the catalog's own search then finds that
kind, so the table never names one store's products. A need counts only when nothing before it
in the message names a kind already ("a backpack to carry my laptop" asks for a backpack; "the
low sun is blinding" names none) and no later clause asks for one ("camping trip, need a mug");
the words around it ("off to a beach holiday", "on the commute") describe the need, not the
product, unless they set a limit (a price, a colour, a size, a negation).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from agent.kinds import request_head
from agent.slots import colors_in, size_in
from agent.thing_words import NO_THING_WORDS
from catalog.query_price import find_price_clauses

_CLAUSE_BREAK = re.compile(r"[,;.!?]|\s(?:but|and|though|also)\s")
_OWNED = re.compile(r"\b(?:my|our|his|her|their|your)\s+(?:[a-z'-]+\s+){1,2}$")
"""What the need is about, already someone's ("my flat is always cold"): no kind asked for."""
_LEAD_IN = re.compile(
    r"\b(?:(?:an?|some|any)\s+)?(?:way|ways|solution|fix|idea|ideas|help|something|anything"
    r"|thing|stuff)\s+(?:to|for|that|which)\s*$"
)
"""Words that say a need follows, never a kind: "need a way to bring my laptop"."""
_NEED_VERBS = frozenset({
    "carry", "carries", "stay", "stays", "charge", "charging", "listen", "listening", "block",
    "play", "protect", "shield", "store", "chop", "chopping", "boil", "heat", "type", "typing",
    "lug", "haul", "transport", "read", "reading", "sleep", "drink",
})  # fmt: skip
"""A need said as what to do ("... bottle keep my drinks icy"): the word before it is the kind."""
_ASKS_LATER = re.compile(
    r"\b(need|want|after|looking for|buy|get|add|show me|order|thinking(?: of| about)?|maybe"
    r"|ideally|preferably)\s+(?:an?|some|one|new|the)\s+(?!(?:kind|sort|type)\s+of\b)\w"
)
"""A later clause that asks for something itself: "going camping, need a mug", "thinking a
dress"; "need some kind of light" asks for nothing more than the need does."""
_SUFFERS = re.compile(
    r"\b(?:get|gets|getting|got|have|has|having|had|wak(?:e|es|ing) up with)\s+(?:an?\s+|some\s+)?$"
)
"""Words that say the need is suffered, never asked for: "keep getting a sore neck"."""
_CLAUSE_START = re.compile(
    r"[,;.!?]|\b(?:and|but|so|because|cause|cos|while|when|whenever|by the time|how do i)\s"
)
_AND_GOES_ON = re.compile(r"\band\s+(?:[a-z'-]+\s+){0,2}$")
"""An "and" a word or two before the need: "... hair loss and repair damaged hair"."""
_SUBJECT = re.compile(
    r"(?:i|i'm|im|i've|me|my|we|we're|our|us|you|your|he|she|his|her|they|their|it|it's|its"
    r"|this|that|these|those|there|the|a|an|need|needs|want|wants)\b"
)
"""Words that open a clause of its own after "and"; "need" asks anew ("and need a mug")."""
_ARTICLE = re.compile(r"\b(?:a|an|some)\s")
"""The clause before names a thing ("a serum ..."), not only what the shopper does ("hiking")."""
_HEDGES = frozenset({"thinking", "thinking of", "thinking about", "maybe", "ideally", "preferably"})
_TIME = re.compile(r"\b\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|\b\d{1,2}:\d\d\b")
_FOR_END = re.compile(r"\bfor\s*$")
_LIMIT = re.compile(r"\b(?:no|not|without|nothing|under|below|over|max|less|more|budget)\b|\$|\d")


@dataclass(frozen=True)
class Need:
    """The message with the need written as the kind that serves it."""

    request: str
    serves: str
    said: str
    """The words that say the need ("my only belt is falling apart" is outside it)."""


@cache
def _needs() -> list[tuple[re.Pattern[str], str]]:
    data = resources.files("agent").joinpath("data/needs.tsv").read_text(encoding="utf-8")
    needs = []
    for line in data.splitlines():
        if line.strip() and not line.startswith("#"):
            pattern, serves = line.split("\t")
            needs.append((re.compile(rf"\b(?:{pattern.strip()})\b"), serves.strip()))
    return needs


def need_served(text: str) -> str:
    """The kind that serves the first need the message says ("" when it says none)."""
    lowered = " ".join(text.lower().split())
    found = _first_need(lowered)
    return found[1] if found else ""


def read_need(text: str) -> Need | None:
    """The request with its need read as a kind, None when it says no need or names a kind
    before it."""
    lowered = " ".join(text.lower().split())
    found = _first_need(lowered)
    if found is None:
        return None
    match, serves = found
    before = lowered[: match.start()]
    owned = _OWNED.search(before)
    if owned:  # "my flat is always cold": the flat is what the need is about
        before = before[: owned.start()]
        if _FOR_END.search(before) and _asks_for_a_kind(before, "for"):
            return None  # "a belt for my grandson's first job interview": the belt is asked for
    elif _asks_for_a_kind(_own_clause(before), match[0]):  # "cycling to work and ..."
        return None  # "a backpack to carry my laptop": the backpack is asked for
    if not clause_limits(before):  # "off to a scorching beach holiday": context, not the product
        before = ""
    after = lowered[match.end() :]
    if (asks := _ASKS_LATER.search(after)) and _asks_for_a_kind(after[asks.start() :], "for"):
        if asks[1] in _HEDGES:  # "job interview thursday. thinking a dress": the dress, plainly
            return Need(request=after[asks.end(1) :].strip(), serves="", said="")
        return None  # "going camping next week, need a mug": the mug is asked for
    brk = _CLAUSE_BREAK.search(after)
    rest_of_clause, later = (after[: brk.start()], after[brk.start() :]) if brk else (after, "")
    if not clause_limits(rest_of_clause):
        rest_of_clause = ""  # "on the commute" says when it is needed, not what to buy
    # "... and the landlord won't fix the heating. help": more context; "something that cuts
    # it down? under 150": only the clause that sets the limit
    later = " ".join(c for c in re.split(r"[,;.!?]", later) if clause_limits(c))
    request = " ".join(f"{before} {serves} {rest_of_clause}{later}".split())
    return Need(request=request, serves=serves, said=match[0])


def _first_need(text: str) -> tuple[re.Match[str], str] | None:
    found = [(m, serves) for pattern, serves in _needs() if (m := pattern.search(text))]
    return min(found, key=lambda f: f[0].start()) if found else None


def _own_clause(before: str) -> str:
    """The clause the need is said in. An "and" with no subject after it goes on with the clause
    before ("a serum designed to combat hair loss and repair damaged hair": the serum's purpose);
    one with a subject starts a new clause ("cycling to work and my hands are freezing")."""
    clauses = _CLAUSE_START.split(before)
    own = clauses[-1]
    joined = _AND_GOES_ON.search(before)
    if (
        joined
        and len(clauses) > 1
        and _ARTICLE.search(clauses[-2])
        and not _SUBJECT.match(own.strip())
    ):
        return clauses[-2] + " and " + own
    return own


def _asks_for_a_kind(before: str, need: str) -> bool:
    """Whether the words before the need ask for a kind ("a backpack to carry my laptop"), not
    lead into it ("a way to bring my laptop") or describe what it is about ("the low sun")."""
    if _LEAD_IN.search(before) or _SUFFERS.search(before):
        return False
    head = request_head(before)
    if head is None or set(head.phrase.split()) <= NO_THING_WORDS:
        return False  # "off to a scorching beach holiday": nothing asked for yet
    words = re.findall(r"[a-z0-9][a-z0-9'-]*", before)
    first = need.split()[0] if need.split() else ""
    # "the low sun is blinding": a word right before a need said as a noun describes it
    return words[-1] != head.word or first in NO_THING_WORDS | _NEED_VERBS


def clause_limits(clause: str) -> bool:
    """A clause that narrows what is asked ("but not carbon steel", "in cream", "size M", "under
    40"), not one that only tells the story ("on the commute", "by 4pm")."""
    clause = _TIME.sub(" ", clause)  # "by 4pm my desk is so dark": a time, not a limit
    return bool(
        _LIMIT.search(clause) or colors_in(clause) or size_in(clause) or find_price_clauses(clause)
    )
