"""Adds whose verb comes late or after a want: "summit tech hoodie blk size M add to cart",
"canvas low sneaker black size 9 pls add", "the hex dumbbell, 15 lb, add two" (its count after
the verb), "I want put in the basket the bucket hat, black colour". Each is written as the
plain "add <item>" the rules read."""

from __future__ import annotations

import re

from agent.phrases import ADD_TO_CART, QUESTION

_POLITE = r"(?:\s*[,.!]?\s*(?:pls|plz|please|thanks|thx|ty))*"
# "…, pls add", "… add to cart", "… add it to my basket please"
_ADD_AT_END = re.compile(
    rf"^(?P<item>.+?)[\s,.!]+(?:(?:pls|plz|please|and|then|now)\s+)*add"
    r"(?:\s+(?P<object>it|this|that|them|one)|\s+(?P<count>\d{1,2}|two|three|four|five|six|a couple"
    r"|a pair)(?:\s+of\s+(?:them|those|these|it))?)?"
    r"(?:\s+(?:to|in|into)\s+(?:my\s+|the\s+)?(?:cart|basket|bag))?"
    rf"{_POLITE}[\s.!]*$",
    re.I,
)
# "I want put in the basket the bucket hat", "please i wanna put into my cart 2 mugs"
_PUT_IN_FIRST = re.compile(
    r"^(?:(?:please|pls|plz)\s+)?(?:i\s+)?(?:want|wanna|would like|'d like|need|like)?(?:\s+to)?\s*"
    r"(?:put|add|place)\s+(?:in|into|to)\s+(?:my|the)\s+(?:cart|basket|bag)[\s,]+(?P<item>.+)$",
    re.I,
)
# "i want put the wool beanie hat in my basket": the want before the verb
_WANT_BEFORE_VERB = re.compile(
    r"^(?:(?:please|pls|plz)\s+)?i\s+(?:want|wanna|would like|need)(?:\s+to)?\s+(?=(?:put|add)\b)",
    re.I,
)
_VERB = re.compile(
    r"\b(?:add|put|pop|throw|remove|delete|take|change|swap|make|buy|order"
    r"|i|we|you|should|could|would|shall|what|which|anything|else|nothing)\b",
    re.I,
)  # a verb or sentence word in the item makes it a sentence ("anything else i should add")


def _points_back(late: re.Match[str]) -> bool:
    """ "great, add them", "ok cool add it": the add points at what was shown, not an item."""
    words = re.findall(r"[a-z']+", late["item"].lower())
    return bool(late["object"]) and (len(words) < 3 or bool(set(words) & _PLEASED))


_PLEASED = frozenset({
    "great", "cool", "ok", "okay", "perfect", "awesome", "nice", "love", "lovely", "yes", "yeah",
    "yep", "sure", "thanks", "thank", "amazing", "brilliant", "fine", "good", "alright",
})  # fmt: skip


def with_add_first(text: str) -> str:
    """The message with its add said first; any other message as it was."""
    stripped = text.strip()
    if QUESTION.search(stripped.lower()) or ADD_TO_CART.search(stripped.lower()):
        return text
    if (put := _PUT_IN_FIRST.match(stripped)) and not _VERB.search(put["item"]):
        return f"add {put['item']}"
    if (want := _WANT_BEFORE_VERB.match(stripped)) and ADD_TO_CART.search(
        stripped[want.end() :].lower()
    ):
        return stripped[want.end() :]
    late = _ADD_AT_END.match(stripped)
    if late and not _VERB.search(late["item"]) and not _points_back(late):
        if late["count"]:  # "the Hex Rubber Dumbbell, 15 lb, add two"
            item = re.sub(r"^(?:the|a|an)\s+", "", late["item"], flags=re.I)
            return f"add {late['count']} {item}"
        return f"add {late['item']}"
    return text
