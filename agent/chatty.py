"""Long, chatty messages: which sentences carry the request and which only tell the context.

"Oh dear. Ok, what about under 50 then?", "Which of those are waterproof? He walks the dog in
all weathers, rain or shine.": an interjection or a sentence about someone's life is no part of
what is asked, and "rain or shine" must not pick a Rain Jacket. "Good morning! I've just sat
down with my first cup of coffee and the cat is on my lap" asks for nothing at all: a kind the
store sells, said only inside a context phrase ("my first cup of coffee"), is no search for it.
A sentence asks when it is a question, or says a want ("I'd like", "I need", "looking for"), or
tells the assistant to show, find or add; every other sentence is context.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.called_names import called_name
from agent.request_parts import about_the_photo

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")

_INTERJECTION = re.compile(
    r"^\W*(?:(?:oh|ah|aw+|ooh|hmm+|well|ok(?:ay)?|right|dear|oh dear|oh no|oh well|ah well"
    r"|bless (?:her|him|them|you|me|his|their)(?: heart| cotton socks)?|goodness(?: me)?|gosh"
    r"|golly|blimey|crikey|oops|ugh|fine|darn|drat|shame|what a shame|such a shame|never mind"
    r"|fair enough|i see|typical|figures|bummer|pity|what a pity|too bad|meh|hmm+ no"
    r"|nothing (?:there )?(?:i|that) (?:fancy|like|love|want)(?: much| really)?"
    r"|none of (?:those|these|them) (?:really )?(?:grab|do it for|appeal to) me"
    r"|not (?:really )?(?:my (?:style|thing|taste)|for me|feeling (?:those|these|them|it))"
    r"|oof|yikes|ouch|eek|whoa|wow|phew|sheesh|jeez|geez"
    r"|(?:those|these|they|that|it) (?:all |really |sure )?adds? up(?: (?:fast|quick(?:ly)?"
    r"|quite a bit|a lot))?"
    r"|(?:that'?s|those are|these are|they'?re|it'?s) (?:a bit |a little |pretty |so |way "
    r"|really |quite |kinda |kind of )?(?:a lot|pricey|steep|expensive|spendy|a lot of money))"
    r"[\s,!.~]*)+$",
    re.I,
)
"""A sentence that only reacts: "Oh dear.", "Bless her.", "Ah well, never mind.", "oof those
add up fast." (the price said by the request beside it: "anything cheaper?")."""

_ASKS = re.compile(
    r"\?"
    r"|\b(?:i|we)(?:'d| would)? (?:really |also |just |still )?(?:like|love|need|want)\b"
    r"(?! (?:it|that|this|them|to (?:be (?:sure|certain|clear)|make sure|check|know|confirm"
    r"|double[- ]check))\b)"  # "I just want to be sure before I buy" asks for nothing
    r"|\b(?:needs|wants|could use|could do with) (?:a|an|some|something|new|another|one|more)\b"
    r"|\b(?:i'?m|im|i am|we'?re|we are) (?:\w+ )?(?:looking|searching|shopping|after)\b"
    r"|\b(?:looking|searching|shopping) (?:for|around)\b"
    r"|\b(?:i|we) (?:search|seek|look for)\b"  # learners' English: "I search warm boots"
    r"|\b(?:show|find|get|give|send) (?:me|us|him|her)\b"
    r"|\b(?:do|does) (?:you|u|ya)(?: guys)? (?:have|sell|carry|stock|do)\b|\bgot any\b"
    r"|^\W*(?:please |pls |now |so |and |also |ok(?:ay)?,? )*(?:show|find|add|put|get|give"
    r"|recommend|suggest|search|browse|help me (?:find|choose|pick))\b"
    # a need said without its subject: "... nothing to cook with. need a pan"
    r"|^\W*(?:(?:so|and|but|just|really|now|still|i)\s+)*(?:need|needing|want|wanting|after)\s+"
    r"(?:a|an|some|something|new|another|one|more|two|three|a few)\b"
    # a gift or a thing described, and whom it is for: "gift for my sister", "something for HER"
    r"|^\W*(?:(?:a|an|some)\s+)?(?:gift|present|something|anything)(?:\s+[a-z'-]+){0,3}?\s+for\b",
    re.I,
)
"""What makes a sentence a request rather than context. A need said of someone else ("he needs
something that fits his books") asks too; a bare "what she wants, thanks" does not."""

_HEDGE = re.compile(
    r"^\W*(?:(?:so|and|but|ok(?:ay)?|sorry|yeah)[\s,]+)?"
    r"(?:(?:i|we)(?:'d| would)? (?:just |only |really )?"
    r"(?:want(?:ed)?|need(?:ed)?|like) to (?:be (?:sure|certain|clear)|make sure|check|know"
    r"|double[- ]check|confirm)|just (?:checking|asking|wondering|making sure|curious))"
    r"(?:\s+(?:first|again|though|that|of that))?(?:\s+before (?:i|we) (?:buy|order|pay|purchase"
    r"|get (?:them|it|one)|commit|decide)(?:\s+(?:it|them|one))?)?[\s.!,]*$",
    re.I,
)
"""A sentence that only says why the shopper asks ("I just want to be certain before I buy."):
it asks for nothing and narrows nothing."""

_BUILD_TOLD = re.compile(
    r"^\W*(?:(?:so|and|but|also|yeah|sorry|oh)[\s,]+)?(?:(?:i have|i'?ve got|got|have|with)\s+)?"
    r"(?:(?:really|very|super|quite|rather|massive(?:ly)?)\s+)?(?:big|huge|large|small|tiny"
    r"|long|short|broad)\s+(?:feet|foot|head|hands|wrists|arms|legs|shoulders|calves|neck)"
    r"(?:\s+(?:problems?|issues?|struggles?|here|life|gang|club|lol|haha|tbh|sadly|unfortunately"
    r"|over here))*[\s.!~]*$",
    re.I,
)
"""A sentence that only tells the shopper's build beside a size question ("which colours do you
have in a 12? big feet problems", "big head here"): why the size matters, not a thing asked for."""

_POINTS_AT_LIST = re.compile(
    r"\b(?:these|those|them|they|any of|which (?:one|ones|of)|what about|how about|the (?:first"
    r"|second|third|last|cheaper|other) (?:one)?|anything)\b",
    re.I,
)
"""A follow-up about the list on screen."""

_POINTS_BACK = re.compile(r"\b(?:it|its|that one|this one|the one)\b", re.I)
_POINTS_BACK_OR_LIST = re.compile(r"\b(?:it|its|that|this|one|ones|them|they|these|those)\b", re.I)
"""An asking sentence that needs the one before it ("tell me about it"): nothing is dropped."""

_KEEPS = re.compile(
    r"\d|\b(?:size|budget|spend|colou?r|prefers?|likes?|loves?|only|not|no|never|don'?t"
    r"|doesn'?t|can'?t|hates?|allergic|vegan|wears?|fits?|order(?:ed)?|bought|arrived|refund"
    r"|return(?:ed)?|deliver(?:y|ed)?|paid|payment)\b",
    re.I,
)
"""Context that still narrows the request (a size, a budget, a taste, a ruling-out) or is what
the question is about (an order, a refund): kept."""
_TELLS = re.compile(
    r"^\W*(?:i|i'?m|i'?ve|i'?d|i'?ll|he|he'?s|she|she'?s|they|they'?re|we|we'?re|we'?ve|it|it'?s"
    r"|that|that'?s|this|there|there'?s|my|his|her|our|their|the|what a)\b",
    re.I,
)
"""A sentence that tells (a subject and its verb), unlike "Something for the kids.", which asks."""

_CONTEXT_PHRASE = re.compile(
    r"\b(?:my|his|her|our|their|your|the same|a|an)\s+(?:[a-z'-]+\s+){0,2}?(?:cup|mug|bowl"
    r"|glass|pot|slice|plate|bit|piece|bottle|packet|bar)\s+of\s+[a-z'-]+"
    r"|\b(?:my|his|her|our|their)\s+(?:[a-z'-]+\s+){0,2}[a-z'-]+"
    r"|\b(?:sat|sit|sitting|settled?|calm(?:ed)?|slow(?:ed)?|lie|lay|lying|put|wind|come|came"
    r"|go|went|get|got|pop|popped)\s+(?:down|up|out|off|back|over|in)\b",
    re.I,
)
"""A thing that is already someone's ("my favourite blanket", "a bowl of cereal") or a verb's
particle ("sat down" is no down jacket): context."""

_THANKS_BYE = re.compile(
    r"\b(?:thanks?|thank (?:you|u)|cheers|much appreciated|bye|goodbye|cheerio|see (?:you|ya)"
    r"|take care|have a (?:good|nice|lovely|great) (?:day|evening|weekend|one)|pop back"
    r"|come back|talk (?:soon|later)|for now)\b",
    re.I,
)


_WHAT_DO_YOU_HAVE = re.compile(
    r"^\W*(?:so |and |ok(?:ay)?,? )?(?:what|which)\s+(?:(?:kinds?|sorts?|types?|flavou?rs?"
    r"|brands?) of\s+)?(?P<kind>[a-z][a-z' -]{1,40}?)\s+(?:do|have|did)\s+(?:you|u|ya)"
    r"(?: guys| all)?\s+(?:have|got|sell|carry|stock|do)\b",
    re.I,
)
"""A kind asked for by name: "what juices do you have?", "which hats have you got?"."""
_DO_YOU_SELL = re.compile(
    r"^\W*(?:(?:so|and|also|ok(?:ay)?|hey|hi)\W+)*(?:do|d'?you|does)\s+(?:you|u|ya)?"
    r"(?: guys| all)?\s*(?:have|got|sell|carry|stock|do)\s+(?:any\s+)?"
    r"(?P<kind>[a-z][a-z' -]{1,40}?)\W*$",
    re.I,
)
"""A kind asked for by name: "do you do dumbbells", "do u sell any candles?"."""


def kind_asked(text: str) -> str:
    """The words naming what "what … do you have?" or "do you sell …?" asks for, "" when it is
    neither question."""
    match = _WHAT_DO_YOU_HAVE.match(text) or _DO_YOU_SELL.match(text)
    return match.group("kind") if match else ""


def sentences(text: str) -> list[str]:
    return [part.strip() for part in _SENTENCE_END.split(text.strip()) if part.strip()]


def without_interjections(text: str) -> str:
    """The message less the sentences that only react ("Oh dear."), when something else is said."""
    parts = sentences(text)
    kept = [part for part in parts if not _INTERJECTION.match(part)]
    return " ".join(kept) if kept and len(kept) < len(parts) else text


def points_at_list(text: str) -> bool:
    """ "Which of those are waterproof?": a follow-up about the list on screen."""
    return bool(_POINTS_AT_LIST.search(text))


def asks(sentence: str) -> bool:
    """Whether the sentence asks; naming a thing described asks for it ("… a microwave I think
    it is called")."""
    return bool(_ASKS.search(sentence)) or bool(called_name(sentence))


def request_sentences(text: str, *, listed: bool) -> str:
    """The sentences that ask, when the others are only context; the message otherwise.

    Context goes only when it narrows nothing (no size, budget, taste or ruling-out) and the
    asking sentence stands alone: a follow-up on the list, or a request of its own."""
    parts = sentences(text)
    if len(parts) < 2:
        return text
    if about := [part for part in parts if about_the_photo(part)]:  # "did the pic come through?"
        parts = [part for part in parts if part not in about] or parts
        text = " ".join(parts)
    if told := [part for part in parts if _BUILD_TOLD.match(part)]:  # "big feet problems"
        parts = [part for part in parts if part not in told] or parts
        text = " ".join(parts)
    if hedges := [part for part in parts if _HEDGE.match(part)]:  # "just want to be sure."
        parts = [part for part in parts if part not in hedges] or parts
        text = " ".join(parts)
    asking = [part for part in parts if asks(part)]
    if not asking or len(asking) == len(parts):
        return text
    context = [part for part in parts if part not in asking]
    if any(_KEEPS.search(part) or not _TELLS.match(part) for part in context):
        return text
    if listed and not any(_POINTS_AT_LIST.search(part) for part in asking):
        return text
    back = _POINTS_BACK if listed else _POINTS_BACK_OR_LIST
    if any(back.search(part) for part in asking):
        return text  # "I've been looking at the Task Desk Lamp. Could you tell me about it?"
    return " ".join(asking)


def asks_nothing(text: str, names_kind: Callable[[str], bool]) -> bool:
    """A long message with no asking sentence that names no kind outside a context phrase:
    small talk, thanks or a goodbye, however many of the store's words it uses."""
    if any(asks(part) for part in sentences(text)):
        return False
    return not names_kind(_THANKS_BYE.sub(" ", _CONTEXT_PHRASE.sub(" ", text)))


def says_thanks_or_bye(text: str) -> bool:
    return bool(_THANKS_BYE.search(text))
