"""Asking to pay in a shopper's own words, with something else said beside it: "checkout now
please, I'm in a hurry", "I would like to pay now please. What do you need from me?", "Alright,
let's pay. Name is Bernard Okafor." The ask is one clause; the others only hurry, ask what is
needed, thank, or give buyer details. A clause that says anything else (an item, a change, a
question about a product) leaves the message to the other rules.
"""

from __future__ import annotations

import re

from agent.buyer import details_in

_CLAUSE = re.compile(r"[.!?;,:]+(?=\s|$)|\s[-\u2013\u2014]\s|[,;:]|\s+but\s+")
_LEAD = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|alright|all right|right|so|well|great|cool|perfect|fine|now|and|then"
    r"|yes|yeah|yep|good|lovely|brilliant|hmm+|um+|please|pls)(?:\W+|$))*"
)
# Only words of paying or checking out: "buy it" or "order it" with nothing in the cart may
# mean the product in view, so those stay with the other rules.
_PAY = re.compile(
    r"^(?:(?:i'?d|i would|i'?d really|we'?d|we would) (?:like|love) to|i (?:want|need|wish) to"
    r"|we (?:want|need) to|i wanna|let'?s|let me|lets|can i|could i|may i|can we|could we"
    r"|i'?m ready to|i am ready to|we'?re ready to|ready to|(?:it'?s )?time to|i'?ll|i will"
    r"|how about (?:we|i)|i'?d like to go ahead and|please let me|i'?d better"
    r"|i|we)?\s*"  # "I checkout", "I pay but send it to my mother": terse, the same ask
    r"(?:(?:just|now|go ahead and|quickly|finally)\s+)*"
    r"(?:pay|check ?out|checkout|make (?:the|a|my) payment|proceed to (?:payment|checkout)"
    # "checkout the matching set": one word, what is in the cart ("check out the …" may look)
    r"|checkout (?:the|my) (?:[\w-]+ ){0,2}(?:set|lot|order|items|things|stuff|bundle|pair)"
    r"|go to (?:the )?(?:checkout|payment)"
    # "order the two things in my cart", "buy everything in my basket": the whole cart
    r"|(?:order|buy|purchase) (?:(?:the|all the|both|all) (?:(?:two|three|\d) )?(?:things"
    r"|items|stuff|lot)|everything|all|both|the (?:two|three|\d)|what'?s|what i have)"
    r" in (?:my|the) (?:cart|basket|bag|trolley))"
    r"(?: (?:for (?:it|them|this|that|these|those|everything|the lot|my (?:stuff|things|items"
    r"|order|cart|basket)|the (?:items|order|things))|up))?"
    r"(?: (?:now|please|pls|plz|then|already|right now|straight away|asap|quickly|thanks"
    r"|thank you|for me|here|on here|today|if i can|if that'?s ok(?:ay)?))*$"
)
# What may stand beside the ask: hurry, "what do you need?", thanks.
_ASIDE = re.compile(
    r"^(?:(?:(?:i'?m|i am|we'?re) )?(?:in (?:a|such a|a bit of a) (?:hurry|rush)"
    r"|running (?:late|behind|out of time)|short on time)"
    r"|(?:i'?ve )?got(?:ta| to) (?:go|run|dash|rush)|(?:in a )?(?:hurry|rush)"
    r"|quick(?:ly)?|asap|no time|(?:please|pls|thanks|thank you|cheers|ta)"
    r"|what (?:do|would|will|else do) you need(?: from me| to know)?(?: now| next)?"
    r"|what (?:info(?:rmation)?|details) (?:do|would|will) you need(?: from me)?"
    r"|what do (?:i|you) need to (?:give|tell|send) (?:you|me)|what(?:'?s| is| comes)? next"
    r"|what now|how does (?:it|this|that) work|ready when you are"
    # where it goes, without the address yet: "ship it straight to her", "it's a gift for him"
    r"|(?:(?:please|can you|could you) )?(?:ship|send|deliver|post|mail)(?: it| them| this)?"
    r"(?: (?:straight|directly|right))? to (?:her|him|them|my [\w-]+)(?: (?:directly|instead"
    r"|please))?|it'?s (?:an? )?(?:(?:last[- ]minute |birthday |little )?(?:gift|present) )?"
    r"for (?:her|him|them|my [\w-]+)|it'?s an? (?:gift|present))$"
)


def asks_to_pay(text: str) -> bool:
    """The message asks to pay or check out, and says nothing else but asides and details."""
    rest = besides_paying(text)
    return rest is not None and (not rest or bool(details_in(rest)))


def besides_paying(text: str) -> str | None:
    """What a message asking to pay says besides the ask and its asides ("my bus is coming" of
    "checkout now please, my bus is coming"); None when no clause asks to pay."""
    clauses = [c.strip() for c in _CLAUSE.split(text) if c and c.strip(" .!?")]
    lowered = [_LEAD.sub("", " ".join(c.lower().split())).strip() for c in clauses]
    asks = [n for n, clause in enumerate(lowered) if _PAY.match(clause)]
    if not asks:
        return None
    return ", ".join(
        clauses[n] for n, clause in enumerate(lowered)
        if n not in asks and clause and not _ASIDE.match(clause)
    )  # fmt: skip


def pays_with_details(text: str) -> bool:
    """ "I'd like to check out. My name is Dorothy Kemp": the ask and details to keep with it."""
    return asks_to_pay(text) and bool(details_in(text))


_BARE_BUY = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|alright|right|so|well|great|cool|perfect|fine|now|and|then|yes|yeah"
    r"|yep|good|please|pls)\W+)*(?:(?:i'?ll|i will|i wanna|i want to|let'?s|let me|lets) )?"
    r"(?:buy|purchase)(?: (?:now|please|pls|plz|then|already|right now|thanks|thank you))*\W*$"
)


def buys_without_object(text: str) -> bool:
    """ "buy", "ok buy now", "i'll buy": a buy word with nothing named, which buys what is
    already in the cart once everything in view is in it."""
    return bool(_BARE_BUY.match(text))
