"""The words around a product named to be ordered that say it is an order, not what it is: a want
("we need", "chuck in"), a count ("three pairs", "half a dozen of the", "3 nos.", "just the
one"), who it is for ("for my husband", "for the office") and a reason ("I run a cooking class").

`order_core` drops them, so "Merino Hiker Socks, white, size S, three pairs for my daughter" is
the title and its options, and says whether any were there: each of them is a sign of an order.
"""

from __future__ import annotations

import re

_NUMBER = (
    r"(?:half a dozen|(?:a|one|two|three|\d) dozen|a couple|a pair|a few|\d{1,3}|one|two"
    r"|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)"
)
_UNIT = (
    r"(?:pairs?|box(?:es)?|bags?|packs?|packets?|bottles?|cans?|jars?|tins?|units?|pieces?|pcs"
    r"|nos\.?|numbers?|items?|of them)"
)
_MEASURE = (
    r"(?:ounces?|oz|fl|inch(?:es)?|in|lbs?|pounds?|kg|kilos?|grams?|g|ml|lit(?:er|re)s?|l|cm|mm|w|watts?|mah|gb|tb|pack|pk|ct|count"
    r"|person|people|port|waist|inseam|long|wide|tall|length)"
)
# "we need", "chuck in", "i'd like", "please add": a want that opens the message. A want of "a"
# or "some" thing ("i need a cast iron skillet") looks for a kind, and says no order.
_WANT = re.compile(
    r"^\s*(?:(?:oh|ok|okay|hi|hey|so|right|yes|yeah|fine|alright|all right)\W+)*"
    r"(?:(?:please|pls|kindly|can you|could you)"
    r"\s+)?(?:(?:add|chuck in|chuck|pop in|pop|put in|throw in|toss in|stick in|bung in)\b"
    r"|(?:grab me|grab|get me|give me|we(?:'?ll)? need|i(?:'?ll)? need|we want|i want|i'?d like"
    r"|we'?d like|i'?ll (?:take|have)|we'?ll (?:take|have)|can i (?:get|have)|could i (?:get|have)"
    r"|i'?m after|we'?re after|(?:i'?ll|we'?ll|let'?s) go (?:with|for)|i'?ll (?:get|buy|order))\b"
    r"(?!\s+(?:a|an|some|any|one|something)\b))"
    # "alright, the …", "sold! the …": a decision said before the product it takes
    r"|^\s*(?:alright|all right|fine|sold|decided|done deal|perfect)\W+(?=the\b)"
)
# "three pairs", "half a dozen of the", "fifty of the", ", one box": a count that is no option
# (not "waist 34" or "the 16 oz one", where a word comes just before it).
_COUNT = re.compile(
    rf"(?<![a-z0-9] )(?<![a-z0-9])(?<!\d\.)\b{_NUMBER}(?:\s+{_UNIT})?(?:\s+of)?"
    rf"(?:\s+(?:the|those|these))?\b(?!\s*{_MEASURE}\b)(?![\w-])(?!\.\d)"
)  # never the 9 of a size "9.5"
# "for my husband", "for the office kitchen", "for me": who or what it is for.
_FOR = re.compile(
    r"\bfor (?:me|him|her|them|us|my|our|his|her|their|the|a|an)\b(?:\s+(?!in\b|size\b)"
    r"[a-z']+){0,2}"
)
# ", I run a cooking class", ". they're for my dad", ", one is a present": why, after a break.
_REASON = re.compile(
    r"[,.;:!-]\s*(?:(?:i|we|he|she|they|you)\b(?!'?(?:ll|d) (?:go|take|have|get|buy|order|like)\b)"
    r"|it'?s (?:for|my|our|his|her|their"
    r"|(?:just )?an? (?:[\w-]+ ){0,2}?(?:gift|present|surprise))\b"
    r"|they'?re\b|one (?:is|'s|of them)\b"
    r"|one each\b|one (?:for|per) (?:each|every)\b|as a\b|as (?:gifts?|presents?)\b).*$"
)
# ", gift for our berlin office", ", a little birthday present for mum": why, after a break.
_GIFT_FOR = re.compile(
    r"[,.;:!-]\s*(?:(?:it'?s|this is|they'?re)\s+)?(?:(?:a|an|my|our|the|just)\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:gifts?|presents?|treats?|surprises?)\s+for\b.*$"
)
_POLITE = re.compile(r"\b(?:please|pls|plz|thanks|thank you|thx|ty|cheers)\b")
# ", just the one", "only one": the count, closing the order.
_JUST_ONE = re.compile(
    r"[,.;:!-]?\s*\b(?:just|only)\s+(?:the\s+)?one\b(?=\W*$|\W+(?:please|pls|thanks))"
)


_STILL_ASKS = re.compile(
    r"\b(?:want|wanted|meant|mean|need|needed|prefer|rather|instead|not|mistake|wrong|should"
    r"|change|swap|switch|make|add|remove|take)\b"
)


def without_reason(text: str) -> str:
    """The message without a reason said after it ("size L actually, i like it baggy"), unless
    that part still asks for something ("sorry, i make mistake, i want the navy one")."""
    reason = _REASON.search(text)
    if reason is None or _STILL_ASKS.search(reason[0]):
        return text.strip()
    return text[: reason.start()].strip()


def without_gift_reason(text: str) -> str:
    """The message without who or what the gift is for said after it ("add the gooseneck kettle,
    gift for our berlin office" -> "add the gooseneck kettle")."""
    return _GIFT_FOR.sub("", text).strip() or text


def said_count(text: str) -> int | None:
    """How many the order words ask for ("three pairs for my daughter" -> 3), or None."""
    from agent.slots import MAX_QUANTITY, count_value

    lowered = " ".join(text.lower().split())
    said = _COUNT.search(_WANT.sub(" ", _REASON.sub(" ", lowered)))
    if said is None:
        return None
    number = re.match(r"half a dozen|(?:a|one|two|three|\d) dozen|\d{1,3}|[a-z]+", said[0])
    if number is None:
        return None
    word = number[0]
    if word in {"a couple", "a pair", "a few"} or word.startswith("a "):
        return 12 if word == "a dozen" else 2
    return min(count_value(word), MAX_QUANTITY)  # "fifty of them": the add says what there is


def says_count(text: str) -> bool:
    """The message says how many ("just one", "two pairs"), beside what it names."""
    lowered = " ".join(text.lower().split())
    core = _WANT.sub(" ", _REASON.sub(" ", lowered))
    return bool(_JUST_ONE.search(core) or _COUNT.search(core))


def order_core(text: str) -> tuple[str, bool]:
    """The message without its order words, and whether it had any."""
    lowered = " ".join(text.lower().split())
    core = _REASON.sub(" ", lowered)
    core = _WANT.sub(" ", core)
    core = _FOR.sub(" ", core)
    core = _JUST_ONE.sub(" ", core)
    core = _COUNT.sub(" ", core)
    core = _POLITE.sub(" ", core)
    core = " ".join(re.sub(r"\s+[,.;:!]+(?=\s|$)", " ", core).split()).strip(" ,.;:!")
    return core, core != lowered.strip(" ,.;:!") and bool(core)
