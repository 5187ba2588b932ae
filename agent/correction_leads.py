"""A correction's lead in front of a request about the list shown: "no, under 200", "no no,
under 250 i mean", "no cheaper, like under 60", "nope, I said dishwasher safe", "i said
POLARIZED. only polarized ones". The "no" turns down the list, not the shopping: the words after
it are the request, read as if said alone (a "no" alone, or "no thanks", "nope, I'm good", stays a
"no"). A "no" run straight into a word is only a lead before a price, a comparative or "I said"
("no leather", "no more than 50" rule things out and stay whole). A later sentence that only
gives the reason ("the others crack") or asks again "do you sell those?" goes with the lead.

A limit said again with a reproach after a list that missed it ("I told you size 10 too", "nah I
said waterproof ones", "no, I asked for navy") is the same lead: what follows the reproach is the
limit, read as if said plainly ("size 10 too" narrows the list shown), its "no" kept.
"""

from __future__ import annotations

import re

_LEAD = re.compile(
    r"^\s*(?P<noes>(?:(?:no+|nope|nah|not quite|wrong)\b(?P<mark>[\s,.!:;-]*))+)(?P<rest>\S.*)$",
    re.I | re.S,
)
_I_SAID = re.compile(
    r"^\s*(?:like\s+)?i\s+(?:said|meant|asked for|(?:mean|wanted)\s*[,:;-])\b[\s,:;-]*"
    r"(?P<rest>\S.*)$",
    re.I | re.S,
)
_AFTER_A_BARE_NO = re.compile(
    r"^(?:under|below|over|above|less than|max|cheaper|pricier|less expensive"
    r"|more expensive|i said|i meant|i mean|like i said)\b",
    re.I,
)
_STAYS_A_NO = re.compile(
    r"^(?:thanks?|thank you|ty|thx|cheers|i'?m (?:good|ok|okay|fine|set|done|all set)"
    r"|that'?s (?:all|it|fine|ok|okay|everything)|nothing|none|not (?:yet|now|today|really"
    r"|interested|right now)|just (?:looking|browsing)|all good|maybe later|later|never ?mind"
    r"|worries|problem|i'?m not|im (?:good|ok|okay|fine|set|done)|i don'?t|don'?t|stop|cancel"
    r"|wait|sorry|ok|okay|fine|good)\b",
    re.I,
)

_ASIDE = re.compile(
    r"^(?:(?:the\s+)?others?|the\s+rest|those|they|these|it|that|because|cause|cuz|coz|bc|since"
    r"|(?:do|does|can)\s+(?:you|u)\s+(?:guys\s+)?(?:sell|have|carry|stock|do)\s+"
    r"(?:those|these|them|any|it|that|one|such)\W*$)",
    re.I,
)
"""A sentence after the correction that gives its reason ("the others crack") or asks again
whether the store has the thing corrected to ("do you sell those?"): the correction says it."""

_RULES_OUT = re.compile(r"^(?:no|not|none|nothing|without|non)\b", re.I)
"""A "no" before what it rules out ("nope, no suede", "nah, not Voltnest") reads with it."""


def without_correction_lead(text: str) -> str:
    """The request after a correction's "no" or "I said" when one follows, else the text."""
    rest = text
    if match := _LEAD.match(text):
        marked = bool(re.search(r"[,.!:;-]", match["mark"] or ""))  # after the last "no"
        if (
            _STAYS_A_NO.match(match["rest"])
            or _RULES_OUT.match(match["rest"])
            or not (marked or _AFTER_A_BARE_NO.match(match["rest"]))
        ):
            return text
        rest = match["rest"]
    if said := _I_SAID.match(rest):
        rest = said["rest"]
    if rest == text:
        return text
    sentences = re.split(r"(?<=[.!?])\s+", rest)
    while len(sentences) > 1 and _ASIDE.match(sentences[-1]):
        sentences.pop()  # "the others crack", "do you sell those?"
    first = set(re.findall(r"\w+", sentences[0].lower()))
    if len(sentences) > 1 and first <= set(re.findall(r"\w+", sentences[-1].lower())):
        sentences = sentences[1:]  # "I said POLARIZED. only polarized ones": said again whole
    return " ".join(sentences).rstrip(".!")


_RESTATED = re.compile(
    r"^(\s*(?:(?:no+|nah|nope|sorry|um+|uh+|hmm+|but|well)[\s,.!-]+)*)"
    r"(?:i (?:already )?(?:said|told you|asked for|specified|mentioned)"
    r"|like i (?:said|told you)|as i (?:said|told you))"
    r"(?:\s+(?:that\s+)?i\s+(?:want(?:ed)?|need(?:ed)?))?[\s,:.!-]+(?=\w)",
    re.IGNORECASE,
)


def without_restating(text: str) -> str:
    """The limit without the reproach before it ("I told you size 10 too" -> "size 10 too");
    the text unchanged when it does not open so."""
    return _RESTATED.sub(r"\1", text, count=1)  # "nah waterproof ones": the no kept
