"""A shopper who asks how buying here works ("can you please explain me how I can buy something
here, step by step?", "how does the ordering work on this site?") gets the steps, not a search
for "buy something"."""

from __future__ import annotations

import re

_BUY = (
    r"(?:buy|order|purchase|shop|check ?out|place (?:an? |my )?orders?"
    r"|make (?:an? )?(?:order|purchase)"
    r"|add (?:something|anything|stuff|things|items?|products?|it|them) (?:to|in|into)"
    r" (?:my |the |a )?(?:cart|basket|bag|trolley))(?:ing)?"
)
_GENERIC = (
    r"(?:\s+(?:something|anything|stuff|things|items?|an item|a product|products|from you"
    r"|here|on here|from here|online|with you|through (?:you|this|here)|in this (?:shop|store)"
    r"|on (?:this|your|the) (?:site|website|web ?site|page|shop|store|app|chat)|it|them"
    r"|again|now|next|once more|exactly))*"
)
_END = (
    r"\s*(?=$|[,.?!;:]|\s+(?:step|please|pls|plz|thank|and\b|exactly|properly|then"
    r"|lol\b|haha|lmao\b))"
)
_HOW_TO = re.compile(
    r"\bhow\s+(?:(?:do|does|can|could|would|should|will|to|exactly)\s+)*"
    r"(?:(?:i|we|one|you|u|someone|people)\s+)?"
    r"(?:(?:can|could|would|should|do|go about|actually|even|am able to|is it possible to)\s+)*"
    rf"{_BUY}{_GENERIC}{_END}",
    re.I,
)
_CONTAINER = r"(?:my |the |a |your |ur )?(?:cart|basket|bag|trolley|shopping (?:cart|basket|bag))"
_ONE_OF_THOSE = (
    r"(?:(?:one|some|a couple|two|2) of (?:those|these|them|the \w+(?: \w+)?)|one|ones|it|this|that"
    r"|them|these|those|(?:this|that)(?: \w+)? one|the \w+(?: \w+)?(?: one)?|an? \w+(?: \w+)?)"
)
_HOW_TO_ADD = re.compile(
    r"\bhow\s+(?:(?:do|does|can|could|would|should|to|exactly)\s+)*"
    r"(?:(?:i|we|one|you|u)\s+)?(?:(?:can|could|would|should|do|go about|actually|even)\s+)*"
    r"(?:(?:put|get|add|pop|place|stick|move|throw|drop)(?:ting)?\s+"
    rf"{_ONE_OF_THOSE}\s+(?:in|into|to|in to|onto|on)\s+{_CONTAINER}\b"
    rf"|(?:buy|order|purchase|get)(?:ing)?\s+{_ONE_OF_THOSE}{_END})",
    re.I,
)
"""How to put what is shown in the cart: "how do i put one of those in my basket", "how can I
get this into my bag?", "how do I buy that one"."""
_PROCESS = re.compile(
    r"\bhow\s+(?:does\s+|do\s+)?(?:the\s+)?(?:ordering|buying|purchasing|shopping|order"
    r"|checking\s+out|check[\s-]?out|paying|payment)"
    r"(?:\s+(?:process|part|thing|system))?\s+"
    r"(?:works?|goes|happens|is done)\b"
    r"|\b(?:walk|talk|take|guide)\s+me\s+through\s+(?:the\s+)?(?:ordering|buying|purchasing"
    r"|shopping|order|purchase)"
    r"|\bstep[\s-]+by[\s-]+step\b[^.?!]{0,60}\bhow\b[^.?!]{0,30}\b(?:buy|order|purchase)"
    r"|\bhow\b[^.?!]{0,30}\b(?:buy|order|purchase)\w*\b[^.?!]{0,60}\bstep[\s-]+by[\s-]+step\b",
    re.I,
)
_HERE = re.compile(
    r"\b(?:take care of|handle|do|sort(?: out)?|deal with|manage|process|complete|enter|fill in"
    r"|give you)\s+(?:the\s+|my\s+)?(?:payment|paying|checkout|check ?out|delivery|shipping"
    r"|address)\b[^.?!]{0,60}?\b(?:here|in (?:this|the) chat|with you|through you"
    r"|somewhere else|elsewhere|(?:a |an )?(?:different|another|other|separate) (?:page|site"
    r"|website|place))\b",
    re.I,
)
"""Whether paying and the address are done in the chat: "can you take care of the payment and
the delivery address here, or do I need to do that somewhere else?"."""

HOW_TO_BUY = (
    "Happy to help — it goes like this:\n"
    '1. Tell me what you are looking for, in your own words ("a warm hat under $30").\n'
    "2. I show you what we have; ask me anything about those products.\n"
    '3. Say "add the first one" (with the colour or size you want) to put it in your cart.\n'
    '4. Say "check out" and give me your name, email and shipping address.\n'
    "5. I show you the total and ask you to confirm before I place the order.\n"
    "What would you like to find?"
)


def asks_how_to_buy(text: str) -> bool:
    """Whether the message asks how buying in this shop works, not for a product."""
    return bool(
        _HOW_TO.search(text)
        or _PROCESS.search(text)
        or _HERE.search(text)
        or _HOW_TO_ADD.search(text)
    )


def how_to_add(
    text: str, focus_title: str | None, listed: int, *, has_focus: bool = False
) -> str | None:
    """The short answer to how to put what is shown in the cart, offering the product in focus;
    None when the message asks about buying in general."""
    if not _HOW_TO_ADD.search(text) or _HOW_TO.search(text) or _PROCESS.search(text):
        return None  # "walk me through how to purchase an item here": the whole steps
    steps = (
        "Just tell me here in the chat: say what to add, with the colour or size you want, and "
        'I put it in your cart; when you are ready, say "check out".'
    )
    if focus_title:
        return f'{steps} For the {focus_title}, say "add it" and I\'ll add it now.'
    if has_focus:
        return f'{steps} For the one we were just talking about, say "add it" and I\'ll add it now.'
    if listed > 1:
        return f'{steps} For one of the list, say "add the first one" (or its name).'
    return f"{steps} What would you like to add?"
