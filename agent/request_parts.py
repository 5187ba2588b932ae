"""The parts of a search request: what is asked for, what would merely be nice, and why.

"evening, need some trail runners, wide fit if possible, max 130" asks for trail runners under
$130; "wide fit if possible" is a soft wish (it may order the list, it never filters it nor names
the kind) and "evening," is a greeting. In "a hat that's not forest green, i have too much green
stuff" the clause after the constraint gives the shopper's reason: its words ("green") describe
nothing wanted and are not searched. Only a clause after the first one is set aside, so the
request itself always stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agent.recommendation_asks import without_choosing_ask
from agent.slots import colors_in, price_bounds, size_in

_GREETING = re.compile(
    r"^\s*(?:(?:good\s+)?(?:morning|afternoon|evening|day)\s*[,!.:;-]+"
    r"|(?:hiya|hi+|hello+|hey+|heya|howdy|yo|greetings)(?:\s+(?:there|all|folks|team))?"
    r"(?=[\s,!.:;-])[\s,!.:;-]*)\s*"
)
"""A greeting that opens the request ("evening,", "hiya,"): not a product word."""
_CLAUSES = re.compile(r"\s*(?:[,;!?]|\.(?!\d)|\s-\s|\bbut\b)\s*")
_REASON = re.compile(
    r"^(?:(?:and|oh|just|also|coz|cuz|cause|because|since|as)\s+)*"
    r"(?:i(?:'ve| have)?\s+(?:already\s+)?(?:have|has|own|got|bought)\b"
    r"|i\s+already\b|(?:i'?m|i am)\s+(?:sick|tired)\s+of\b|i\s+(?:hate|can'?t stand|don'?t like)\b"
    r"|(?:it'?s|its|it is|they'?re|theyre|they are|this is|that'?s)\s+(?:for|a gift|going to)\b"
    r"|my\s+[a-z']+(?:\s+[a-z']+)?\s+(?:is|are|was|were|has|have|had|broke|died|fell|got)\b"
    r"|(?:because|since|coz|cuz|cause)\b"
    # what happened or is about to: "i had a pair that broke", "we're going to crete in august"
    r"|i\s+(?:had|lost|broke|tried|returned|used to)\b"
    # a change to the shopper's own body: "i might have shrunk", "i've put on a few pounds"
    r"|i(?:\s+(?:might|may|must|could|probably))?(?:\s+have|'ve)\s+(?:shrunk|grown|gained|lost"
    r"|put on|slimmed|bulked)\b"
    r"|(?:we'?re|we are|i'?m|i am)\s+(?:going|heading|off|flying|travel+ing|moving)\b"
    r"|(?:they|it|he|she)\s+(?:never|always|keeps?|kept|broke|tore|died|don'?t|doesn'?t"
    r"|didn'?t)\b"
    # doubt about the use to come: "not sure i'll stick with it", "i'll only wear it twice"
    r"|(?:i'?m\s+|im\s+|i am\s+)?(?:not sure|unsure|no idea|(?:i\s+)?(?:don'?t|do not) know)"
    r"\s+(?:if\s+|whether\s+|that\s+)?(?:i|we|he|she|they)\b"
    r"|(?:i'?ll|i will|i'?d|i would|we'?ll)\s+(?:only|just|probably|barely|rarely|hardly)"
    r"\s+(?:use|wear|need|cook|play|ride|run)\b"
    # how the shopper will make do with it: "it'll be a bit loose", "i'll just use a tighter hole"
    r"|(?:it'?ll|it will|they'?ll|they will)\s+(?:be|fit|run|feel|look)\b"
    r"|(?:i'?ll|i will)\s+just\s+(?!(?:take|have|get|go|grab|buy|order|add)\b))"
)
"""A clause that gives the shopper's reason, not what they want ("i have too much green stuff",
"because my old one broke", "my closet is full of it", "it's for my brother")."""
_OCCASION_FIRST = re.compile(
    r"^(?:(?:ok(?:ay)?|so|well|right|oh)\s+)*(?:it'?s|its|it is|this is|it'?ll be)\s+(?:for\s+)?"
    r"(?:my|our|his|her|their)\s+(?:[a-z]+(?:'s)?\s+)?(?:(?:\d{1,3}(?:st|nd|rd|th)|birthday|bday"
    r"|b-day|anniversary|retirement|graduation|wedding)\b(?:\s+[a-z]+){0,3}?"
    r"|(?:dad|mum|mom|mother|father|brother|sister|son|daughter|wife|husband|partner"
    r"|boyfriend|girlfriend|friend|gran|grandma|grandad|grandpa|nan|uncle|aunt|auntie|niece"
    r"|nephew|cousin|boss|coworker|colleague|teacher|flatmate|roommate|kid|kids|bf|gf)"
    r"(?:'s\s+(?:\d{1,3}(?:st|nd|rd|th)|birthday|bday|anniversary|retirement|graduation))?)"
    r"(?:\s+so\s+(?=(?:i|i'?m|i am|i'?ll|i'?d|we|we'?re)\b)|\s*(?=[,;.!]|$))"
)
"""A first clause that says whom or what occasion it is for ("it's for my dad's 60th, maybe a
scarf", "it's my 30th next week so i'm treating myself to a watch"): the reason, when the
request follows it; "dad" and "30th" describe nothing wanted (a Dad Cap, a Watch Cap)."""
_REASON_INSIDE = re.compile(r"\s+(?:because|coz|cuz|since)\s+(?![\d$])(?=[a-z]).*$")
"""A reason written without a comma: "a hat not in green because i have loads"."""
_CLAUSE_END = re.compile(r"(?:[,;!?]|\.(?!\d))\s*")
_ANY_BUT = re.compile(r"\b(any\s+[a-z]+(?:\s+[a-z]+)?)\s+but\s+(?!not\b|no\b|i\b)")
"""ANY X but Y rules Y out ("any hats but forest green"), as "anything but green" does."""
_SOFT = re.compile(
    r"\b(?:if possible|if you can|if you have (?:it|them|one|any)|if any|ideally|preferably"
    r"|would be (?:nice|great|good|a bonus|ideal)|nice to have|bonus if|a plus"
    r"|(?:does ?n[o']?t|dont|needn'?t) (?:have|need) to be|not a must|optional)\b"
)
"""A hedge that makes a clause a wish, not a requirement ("wide fit if possible")."""
_ASKS_STOCK = re.compile(
    r"^(?:(?:so|and|hey|hi|hello|excuse me|sorry|um+|uh+)\W+)*(?:do|does|would|will|can|could)\s+"
    r"(?:you|u|y'?all|the (?:shop|store))\s+(?:guys\s+)?(?:have|sell|carry|stock|got|do)\b"
    r"|^(?:have|got)\s+(?:you\s+)?(?:got\s+)?any\b|^(?:is|are)\s+there\s+any\b|^any\b"
)
"""A question whether the store has a thing ("do you have bicycles?", "got any skateboards?")."""
_BACKSTORY = re.compile(r"^(?:(?:and|oh|well|so)\s+)?(?:my|our|his|her|she|he|they|we)\b")
"""A sentence about the people concerned ("my daughter turns 8 next month and she wants a bike")
after that question: the shopper's story, not more of the request."""
_ROOM_FOR = re.compile(
    r"^(?:(?:and|so|as|cause|because)\s+)*(?:(?:i|we)\s+(?:want|need|wanna|have|would like|'d like"
    r"|must be able)\s+to\s+|(?:so|to)\s+(?:that\s+)?(?:i|we)?\s*(?:can\s+)?|big enough to\s+"
    r"|it (?:should|has to|must|needs to)\s+)(?:fit|carry|pack|put|hold|take|store|get)\b"
)
"""What a bigger or smaller one must hold ("i want to fit a jacket and lunch too"): the reason
for the size, not things to search for."""
_COMPARED_SIZE = re.compile(
    r"\b(?:bigger|larger|roomier|more room|more space|smaller|more compact)\b"
)
_PHOTO_NOUN = (
    r"(?:(?:the|my|that|this|those|these|a)\s+)?(?:pic|pix|picture|photo|image|upload|file"
    r"|attachment|screenshot|snap)s?"
)
"""The photo itself ("the pics"), not a product named for it (a photo frame)."""
_ABOUT_THE_PHOTO = re.compile(
    r"^(?:(?:ugh+|argh+|hmm+|oh|ok(?:ay)?|sorry|oops|damn|well|so|hm+)\W+)*"
    r"(?:(?:the|my|that|this)\s+)?(?:pic|pics|picture|photo|image|upload|file|attachment)s?\s+"
    r"(?:did ?n[o']?t|does ?n[o']?t|do ?n[o']?t|won'?t|wont|is ?n[o']?t|is not|failed|not|never)\b"
    r"|^(?:(?:ugh+|sorry|oops|hmm+)\W+)*(?:i\s+)?(?:can'?t|cant|couldn'?t|cannot)\s+"
    r"(?:upload|send|attach|share)\b"
    # asking whether it arrived: "did the pic come through?", "did you get my photo?"
    rf"|^(?:(?:so|and|hey|hi|um+|uh+|ok(?:ay)?)\W+)*(?:(?:i'?m\s+)?not sure (?:if|whether)\s+"
    rf"|(?:did|do|does|can|could|has|have|was|were)\s+)"
    rf"(?:(?:you|u)\s+(?:get|see|receive|open)\s+)?{_PHOTO_NOUN}(?:\s+(?:come|go|get|gone|went"
    rf"|came|arrive[ds]?|load(?:ed)?|upload(?:ed)?|send|sent|work(?:ed)?|through)\b.*)?$"
    # letting it go: "forget the pics", "never mind the photo", "ignore that picture"
    rf"|^(?:(?:ok(?:ay)?|so|anyway|oh well|well)\W+)*(?:forget|ignore|never ?mind|nvm|scrap"
    rf"|skip|disregard)\s+(?:about\s+)?{_PHOTO_NOUN}\s*$"
)
"""A clause about the photo itself, not the product: one that did not arrive ("ugh pic didnt
work", "can't upload the picture"), asking whether it did ("did the pic come through?") or
letting it go ("forget the pics"). What is wanted is said beside it, so it is set aside wherever
it stands."""
_DIGIT = re.compile(
    r"(?<!\bturns )(?<!\bturned )(?<!\baged )\d+(?![\d.,]*\s*(?:months?|years?|yrs?|weeks?|days?"
    r"|hours?|times|mins?|minutes?)\b)"
)
"""A number that may limit the request; not a time ("broke after 2 months") or an age."""
_NOW = re.compile(r"\s*\b(?:right now|rn|atm|at the moment|at present)\b(?=\s*(?:[,.;!?]|$))")
"""A time filler ending a clause ("any kettles right now?"): when, never what, is asked."""
_PEOPLE = re.compile(r"\b\d+\s*(?:people|persons?|adults|guests|of us)\b")
_LETTER = re.compile(r"[a-z]")


@dataclass
class RequestParts:
    """A request less its greeting, its reasons and its wishes, with those kept apart."""

    core: str
    soft: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)


def request_parts(text: str, currency: str = "USD") -> RequestParts:
    """Split a lowered message into the request, its soft wishes and its reasons."""
    rest = _GREETING.sub("", text, count=1) if len(text.split()) > 1 else text
    rest = rest if _LETTER.search(rest) else text  # "hiii 👋👋" is a greeting, not a request
    rest = _NOW.sub("", rest)  # "do you have any electric kettles right now? under 100"
    rest = without_choosing_ask(rest)  # "which mug would you get for ..." asks for a mug for ...
    occasion = _OCCASION_FIRST.match(rest)
    if (
        occasion
        and rest[occasion.end() :].strip(" ,;.!-")
        and not _names_limit(occasion[0], currency)
    ):
        after = request_parts(rest[occasion.end() :].strip(" ,;.!-"), currency)
        return RequestParts(after.core, after.soft, [occasion[0].strip(" ,;.!-"), *after.reasons])
    bounds = [(m.start(), m.end()) for m in _CLAUSES.finditer(rest)]
    if not bounds:
        return _inside_reason(rest, currency)
    pieces, start = [], 0
    for begin, end in bounds:
        pieces.append((rest[start:begin], rest[begin:end]))
        start = end
    pieces.append((rest[start:], ""))
    kept: list[str] = []
    parts = RequestParts(core="")
    asks_stock = bool(pieces) and pieces[0][1].strip() == "?" and _ASKS_STOCK.match(pieces[0][0])
    for n, (clause, separator) in enumerate(pieces):
        said = clause.strip()
        if (
            n
            and said
            and asks_stock
            and _BACKSTORY.match(said)
            and not _names_limit(said, currency)
        ):
            parts.reasons.append(said)
            continue
        if said and len(pieces) > 1 and about_the_photo(said):
            parts.reasons.append(said)  # "ugh pic didnt work. its a black backpack"
            continue
        if n and said and _ROOM_FOR.match(said) and _COMPARED_SIZE.search(text):
            parts.reasons.append(said)  # "anything bigger? i want to fit a jacket and lunch too"
            continue
        if n and said and _REASON.match(said) and not _limits(said, currency):
            parts.reasons.append(said)
            continue
        if n and said and _SOFT.search(said) and not _constrains(said, currency):
            parts.soft.append(_SOFT.sub(" ", said).strip())
            continue
        kept.append(clause + separator)
    core = _inside_reason(_ANY_BUT.sub(r"\1 except ", "".join(kept).strip(" ,;-")), currency)
    parts.core, parts.reasons = core.core or rest, [*parts.reasons, *core.reasons]
    return parts


def about_the_photo(clause: str) -> bool:
    """ "did the pic come through?", "forget the pics": a clause about the photo, not a product."""
    return bool(_ABOUT_THE_PHOTO.match(" ".join(clause.lower().split()).strip(" .!?")))


def _inside_reason(text: str, currency: str = "USD") -> RequestParts:
    match = _REASON_INSIDE.search(text)
    if match is None or match.start() == 0:
        return RequestParts(core=text)
    core, reason = text[: match.start()], match[0].strip()
    # The reason ends with its clause; a later clause that sets a limit is the request again
    # ("wireless because he breaks cables, and i don't want to spend more than 60").
    limits = [c for c in _CLAUSE_END.split(reason)[1:] if c.strip() and _limits(c, currency)]
    if limits:
        reason = _CLAUSE_END.split(reason)[0].strip()
        core = ", ".join([core.rstrip(" ,;"), *(c.strip() for c in limits)])
    return RequestParts(core=core, reasons=[reason])


def _constrains(clause: str, currency: str) -> bool:
    """A wish that names a price, a colour or a size stays with the request (as it always has)."""
    return bool(colors_in(clause)) or _limits(clause, currency)


def _names_limit(clause: str, currency: str) -> bool:
    """A price, a colour or a size, not any number ("she turns 8 next month")."""
    if colors_in(clause) or size_in(clause) is not None or _PEOPLE.search(clause):
        return True
    return price_bounds(clause, currency) != (None, None)


def _limits(clause: str, currency: str) -> bool:
    """A clause naming a number, a price or a size limits the request, whatever it opens with
    ("i have 50 to spend", "i'm a size 10")."""
    if _DIGIT.search(clause) or size_in(clause) is not None:
        return True
    return price_bounds(clause, currency) != (None, None)
