"""A thanks or an "ok cool" before the next request: manners, not the message.

"thanks! also need some socks", "cool ty, now show me jackets", "perfect thx. could u add the
black one": the shopper thanks for the last answer and asks for the next thing in one breath,
so the request is what the assistant acts on. "thanks, that's all", "ty, you're a star" and
"ok thanks, I'll think about it" ask for nothing more and stay a thanks.
"""

from __future__ import annotations

import re

_ACK = r"(?:ok(?:ay)?|k|kk|cool|great|perfect|awesome|nice|sweet|lovely|amazing|brilliant"
_ACK += r"|alright|got it|gotcha|right|yes|yeah|yep|yup|oh|ah|wow|fab|excellent|super)"
_THANKS = re.compile(
    rf"^\W*(?:{_ACK}[\s,!.:;~\-]+){{0,3}}"
    r"(?:thank (?:you|u|ya)|thanks?|thx|thnx|thanx|ty|tysm|tyvm|cheers|much appreciated"
    r"|appreciate (?:it|that)|merci|gracias|danke|grazie|\U0001f64f)"
    r"(?:\s+(?:so much|very much|a lot|a bunch|a ton|again|loads|heaps|mate|man|dude|buddy))*"
    r"(?:\s+for (?:that|this|those|these|the (?:help|list|info|suggestions?|options|answer|tip)"
    r"|your help|helping|the quick answer))?"
    r"[\s!.,;:)~\-\u2013\u2014\u2600-\u27bf\ufe0f\U0001f300-\U0001faff]+",
    re.I,
)
"""A thanks (maybe after "ok cool") that opens the message, with the punctuation after it."""

_PRAISE_ALONE = re.compile(
    r"^\W*(?:lovely|great|perfect|cool|awesome|nice|brilliant|amazing|fab|excellent|super"
    r"|sweet|wonderful|fantastic)\s*[!.]+\s+",
    re.I,
)
"""A word of praise as a sentence of its own ("Lovely. And two packs of …"), never a yes."""

_NEVER_MIND = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|k|oh|ah|ahh|eh|hmm+|well|right|alright|fine|actually|ugh)\W+)*"
    r"(?:nvm|never ?mind)"
    r"(?:\s+(?:then|lol|haha))?\s*[.!,;:\-\u2013\u2014]+\s*",
    re.I,
)
"""A "never mind" said as a sentence of its own, maybe after "ok": what follows is the next
request, whatever it opens with ("nvm. black beanie", "ok nvm, beanies")."""

_ASKS_NEXT = re.compile(
    r"^\W*(?:(?:also|and|now|next|but|btw|by the way|oh|so|one more thing|another thing"
    r"|then|plus)\b|(?:can|could|would|will) (?:you|u|ya|i)\b|(?:do|does|is|are|have) (?:you|u"
    r"|ya|they|it|there|those|these|any)\b|(?:what|which|how|where|when|any|anything|something"
    r"|show|find|search|get|give|add|put|remove|take|make|change|swap|check|i (?:need|want"
    r"|also need|also want|am looking|'?m looking|would like)|i'?m after|im (?:looking|after)"
    r"|i'?d like|i'?ll (?:take|get|have|grab)|need|want|looking|got any|let'?s see)\b)",
    re.I,
)
"""What the rest opens with when it asks for something: "also …", "now show me …", "could u …"."""

_CLOSING = re.compile(
    r"\b(?:that'?s (?:all|it|everything)|(?:i'?m|im) (?:done|good|all set|off)|nothing else"
    r"|bye|goodbye|see (?:you|ya)|cya|later|have a (?:good|nice|great)|take care"
    r"|think about it|come back)\b",
    re.I,
)


def without_thanks(text: str) -> str:
    """The request after a thanks or a "never mind" that opens the message; the message itself
    when that is all it says or the rest only closes the talk."""
    dropped = _NEVER_MIND.match(text)
    match = dropped or _THANKS.match(text) or _PRAISE_ALONE.match(text)
    if match is None:
        return text
    rest = text[match.end() :].strip()
    if not re.search(r"[^\W\d_]", rest) or _CLOSING.search(rest):
        return text
    if not (dropped or _ASKS_NEXT.match(rest) or rest.endswith("?")):
        return text
    return _ASIDE_OPENER.sub("", rest, count=1) or rest


_ASIDE_OPENER = re.compile(r"^(?:but|btw|by the way|oh|one more thing|another thing)\W+", re.I)
"""Words that only link the request to the thanks ("thanks, but do you have it in blue?")."""
