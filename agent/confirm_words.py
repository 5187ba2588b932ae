"""How shoppers answer "Shall I place the order?" in their own words (lower-case text).

A yes may open with a word of praise or the shopper's own yes ("grand, go ahead", "hai, yes
please", "sure thing"); a
no may be a hesitation ("nah hold on", "not yet, lemme think", "maybe not"). A question asked
there ("wait, how much is shipping?", "hmm is it returnable?") is neither: it is answered and
the order is asked about again.
"""

from __future__ import annotations

import re

from agent import phrases as ph
from agent.order_terms import term_asked
from agent.words import asked_about, new_words

_PRAISE = (
    r"(?:(?:ok(?:ay)?|k|kk|alright|alrighty|all right|right|great|perfect|cool|sure|grand"
    r"|lovely|brilliant|awesome|amazing|nice|excellent|fab(?:ulous)?|fine|good|sweet as|sweet"
    r"|cheers|thanks|thank you|ta|oh|well|then|so|and|hmm+|ah|yes|yeah|yep|yup|aye|wonderful"
    r"|fantastic|super|splendid|excellent|righto|kindly|please|bet)[\s,!.]+){0,3}"
)
_YES = re.compile(
    rf"^\s*(?:[^\W\d_]{{1,6}},\s*)?{_PRAISE}(?:yes|yeah|yeh|yep|yup|ya|yea|yass|aye|sure|ok(?:ay)?|confirm(?:ed)?"
    r"|ye+s+|ye+|ya+s+|yah|yep+|yup+"  # typed in a hurry or stretched: "yesss send it", "ye go"
    r"|yes+(?:sir+(?:ee)?|um|m'?a'?am)"  # run together: "yessir", "yessum"
    r"|i confirm|go ahead|go on|do it|(?:please )?place (?:it|the order|my order|order)"
    r"|approved?|sounds (?:good|great|perfect|right|fine)|absolutely|definitely|of course"
    r"|let'?s (?:do it|go|do this)|go for it|that'?s (?:right|correct|fine|perfect|great|good"
    r"|it|all correct|all good)|correct|proceed|send it|ship it|book it|buy it|order it"
    r"|all (?:good|correct|fine)|looks (?:good|great|right|fine|correct|perfect)|make it so"
    r"|(?:complete|finish|submit) (?:it|the order|my order)|tak|sim|jawohl|claro|bien s[uû]r"
    r"|d'accord|va bene|certo|natürlich|naturlich|passt(?: so)?|genau|vale|dale|oui|s[ií]"
    r"|ja|parfait|perfetto|perfecto|bet|do the needful|sweet as|righto"
    r"|go(?:[\s!.]+go)*(?=[\s!.]*$))\b"  # "go", "go go go!" said alone: a go-ahead
)
_BARE_YES = re.compile(
    rf"^\s*{_PRAISE}(?:k+|kay|go(?:[\s,!.]+go)*|fine|perfect|great|cool|good|alright|all right"
    r"|works(?: for me)?|that works|fine by me|(?:fine|good|ok) with me)"
    r"(?:[\s,!.]+(?:thx|thanks|ty|pls|plz|please|then|now))*[\s!.]*$"
)
"""The whole answer is one word of assent ("k", "go", "fine go", "perfect"): asked "Shall I
place the order?", a shopper who says only that has said yes."""
_THUMBS = re.compile(r"^\s*(?:👍|👌|✅|🙆|👍🏻|👍🏼|👍🏽|👍🏾|👍🏿)+\s*[!.]*\s*$")
_SYMBOLS = re.compile(r"[\u2600-\u27bf\ufe0f\U0001f300-\U0001faff]+")
"""Emoji around the words of a yes, which say nothing the words do not."""
_HESITATE = (
    r"(?:(?:hmm+|hm+|uh+|um+|erm|well|oh|ah|actually|wait|hold on|hang on|sorry|ok(?:ay)?|so"
    r"|ugh|eh|nah|no|nope)[\s,.!-]*)*"
)
_NO = re.compile(
    rf"^\s*{_HESITATE}(?:maybe not|not (?:yet|now|today|right now|just yet|so fast|quite yet)"
    r"|lemme (?:think|sleep on it|check|see)|let me (?:think|sleep on it|check|see)"
    r"|i(?:'ll| will| need to| wanna| want to|'d like to)? think(?: about it| it over)?"
    r"|hold up|hol'? ?up|nvm|never ?mind|i'?ll pass|pass|forget it|scratch that"
    r"|on second thoughts?|not so sure|(?:i'?m )?not (?:ready|sure)|don'?t (?:place|order|buy"
    r"|submit|confirm)|(?:one|a|just a|gimme a|give me a) (?:sec|second|moment|min(?:ute)?)"
    r"|nein|non|nee|nie|no thanks|no thank you|stop|abort|naw|nuh uh|nope)\b"
)
# What comes before a question at the confirmation: "wait, ...", "ok but ...", "hmm ...".
_LEAD = re.compile(
    r"^\W*(?:(?:wait|hold on|hang on|hmm+|hm+|um+|uh+|oh|ah|so|and|but|also|sorry|actually"
    r"|ok(?:ay)?|yes|yeah|yep|sure|alright|cool|great|perfect|looks good|sounds good"
    r"|quick question|one (?:more )?(?:thing|question)|before (?:that|i (?:say yes|confirm))"
    r"|first)\W+)*"
)


# "yes, is correct", "yes it is right": the summary said to be right, in a learner's words.
_ALL_RIGHT = re.compile(
    r"^(?:it\s+|all\s+|everything\s+|this\s+|that\s+)?(?:is|'s|s)\s+(?:all\s+)?(?:correct|right"
    r"|good|fine|ok(?:ay)?|perfect)\b\W*"
)


def _all_right(rest: str) -> bool:
    """ "is correct", "is correct, buy it": the summary said to be right, and at most a yes."""
    said = _ALL_RIGHT.match(rest)
    after = rest[said.end() :] if said else ""
    return said is not None and (not after or bool(_YES.match(after)))


_HOLDS_A_NO = re.compile(
    r"\b(?:nah|nope|not (?:yet|now|today|right now|just yet|quite yet|so fast|sure|ready)"
    r"|don'?t (?:place|order|buy|submit|confirm|do it|send)|do not (?:place|order|buy|confirm)"
    r"|hold (?:on|off|up)|hang on|wait|cancel|stop|never ?mind|changed my mind)\b"
)
"""A no said anywhere in the answer: "yeah nah, not yet" (an Australian no) opens with "yeah"
but is no yes. Money is never spent on an answer that also holds a no."""


def holds_a_no(text: str) -> bool:
    """Whether the answer says no or "not yet" anywhere in it."""
    return bool(_HOLDS_A_NO.search(text))


def says_yes(text: str) -> bool:
    """A yes to the order, in the shopper's words ("grand, go ahead", "sure thing", "👍"), with
    no no anywhere in it ("yeah nah, not yet" is a no)."""
    if _THUMBS.match(text):
        return True
    if holds_a_no(text):
        return False
    plain = _SYMBOLS.sub(" ", text)  # "👍 yes", "yesss send it 🚀"
    return bool(_YES.match(plain) or _BARE_YES.match(plain))


def says_no(text: str) -> bool:
    """A no or a hesitation ("nah hold on", "not yet, lemme think", "maybe not"), also after a
    yes-word ("yeah nah", "ok wait, not yet")."""
    if _NO.match(text):
        return True
    return bool(_YES.match(_SYMBOLS.sub(" ", text))) and holds_a_no(text)


_CHECK_OUT = re.compile(r"\b(?:check ?out|checkout)\b")


def asks_to_check_out(text: str) -> bool:
    """ "ok now checkout" at the confirmation asks for the order to be shown (again), not to pay:
    the summary is shown and waits for its own yes."""
    return bool(_CHECK_OUT.search(text))


def asks_first(text: str) -> bool:
    """A question at the confirmation ("wait, how much is shipping?", "hmm can I return it if it
    doesn't fit?"): answered first, so it is no yes and no no."""
    if term_asked(text):
        return True
    rest = text[_LEAD.match(text).end() :]  # type: ignore[union-attr]
    if ph.NO.match(rest) or says_no(rest) or _all_right(rest):
        return False
    asks_stock = "stock" in asked_about(rest)  # "wait, is it still in stock?"
    return bool(ph.QUESTION.search(rest) and (new_words(rest) or asks_stock))
