"""A gift request: search what the recipient is into, or ask.

"need a gift for my sister, she's into yoga" is a search for yoga things, not for "gift" or
"sister"; "a present for my dad who loves hiking, around 80 bucks" keeps the budget with the
hiking. A gift with no interest and no kind named ("a birthday present for my brother") is
answered with a question about what they like. An interest is read from "into / loves / likes
(to) / enjoys / is big on X", "an X lover / fan / addict" and the person nouns "a runner",
"a gamer", "a cook", and from "my sister just got into cooking" with no gift word; an interest
is searched through every kind the catalog says is for it (agent/interests.py: socks, a day pack
and a water bottle for a hiker, not boots alone), and a need said of the recipient ("she's always
cold") through what serves it (agent/needs.py).
Who it is for (agent/recipients.py) is never searched: a child points at the kids' things, a
new home at things for the home, and a budget alone ("something for my coworkers under $20")
is a search within it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from agent.interests import interest_words
from agent.needs import need_served
from agent.recipients import (
    OCCASIONS,
    PERSON_PATTERN,
    for_a_child,
    for_the_home,
    is_person,
    recipient,
)
from agent.slots import colors_in
from catalog.query_price import find_price_clauses
from catalog.sparse import STOPWORDS

_GIFT = re.compile(
    r"\b(?:gifts?|presents?|pressies?|prezzies?|stocking (?:stuffers?|fillers?)"
    r"|secret santa|white elephant|what (?:do|should|can|could) i (?:get|buy)(?: for)?"
    r"|(?:get|buy) (?:my|our|him|her|them)\b"
    r"|something (?:nice )?for (?:my|our|him|her|them)\b)",
    re.I,
)
_KIT = re.compile(
    r"\b(?:(?:(?:i'?m|we'?re)\s+)?(?:putting|put|building|build|making|make|assembling"
    r"|assemble|doing|do|creating|create)\s+(?:together\s+|up\s+)?(?:a|an|my|our|the|this)\s+)?"
    r"(?:(?:gift|care|goodie|goody|swag|welcome)[ -](?:box(?:es)?|packages?|baskets?|hampers?"
    r"|bags?|packs?|kits?)|hampers?)\b"
)
"""What a gift is put together in ("a gift box", "putting together a care package"): the gift,
not a kind."""


def without_kit(text: str) -> str:
    """The lowered text with the box or package a gift is put together in said as "gift", and
    the time of year it is given for left out."""
    return _TIME_OF_YEAR.sub(" ", _KIT.sub("gift", text.lower()))


_TIME_OF_YEAR = re.compile(
    r"\b(?:end|start|beginning|last day)[ -]of[ -](?:the[ -])?(?:school[ -])?"
    r"(?:year|term|semester|season)\b"
)
"""When a gift is given ("an end of year gift for the teacher"), not what it is: "end" is no
kind."""


_LIKES = re.compile(
    r"\b(?:(?:is|'s|s|are|'re|re) )?(?:really |totally |super |very |so |big |huge |basically )?"
    r"(?:into|loves?|loving|likes|enjoys?|adores?|obsessed w(?:ith|/)?|crazy about|mad about"
    r"|big on|keen on|passionate about|a fan of|all about|does|drinks|lives on|lives for)"
    r"\s+(?:to\s+|going\s+|doing\s+)?(?:go\s+)?(?:(?:a lot|lots|loads|tons) of\s+)?"
    r"([a-z]+(?: [a-z]+)?)",
    re.I,
)
_LOVER = re.compile(
    r"\b([a-z]+) (?:lover|fan|addict|nut|fanatic|enthusiast|snob|junkie|buff|freak|person"
    r"|head|guy|gal|girl|type)s?\b",
    re.I,
)
_PERSON = re.compile(
    r"\b(?:a|an|total|massive|huge|big|keen|avid|real|serious)\s+(?:\w+\s+)?"
    r"(runner|jogger|gamer|cook|chef|hiker|yogi|baker|camper|cyclist|golfer|climber|swimmer"
    r"|trekker|backpacker)\b",
    re.I,
)
_DOES = re.compile(
    r"\b(?:he|she|they|who|he'?s|she'?s|they'?re|(?:my|our) [a-z'-]+)\s+"
    r"(?:(?:really|always|often|just|also|recently|has|have|started|took up|taken up|got into"
    r"|is getting into)\s+)*"
    r"(hikes|runs|jogs|cooks|bakes|camps|games|treks|climbs|cycles|swims|hiking|running"
    r"|jogging|cooking|baking|camping|gaming|trekking|climbing|cycling|swimming)\b",
    re.I,
)
"""What the recipient does: "he hikes", "she runs a lot", "who just started running"."""
_NOT_INTEREST_TEXT = """
it that this them stuff things something anything everything a an the her his their me my our
gifts gift presents present when where how what if whatever
"""
_NOT_INTEREST = frozenset(_NOT_INTEREST_TEXT.split())
_FILLER_TEXT = """
need want looking look after get buy find gift gifts present presents pressie prezzie for my our
his her their him them he she they who whos who's is 's s really something nice good birthday
christmas xmas bday anniversary holiday holidays ideas idea any some please pls mother father
mom mum dad sister sis brother bro wife husband boyfriend girlfriend partner friend friends son
daughter aunt uncle nephew niece cousin grandma grandpa grandad granddad grandmother grandfather
teacher boss coworker colleague flatmate roommate law in kid kids someone person what do should
can could i i'm im am give giving stocking stuffer stuffers fillers filler budget bucks dollars
under below around about less than max up to little small cute fun cool lovely thoughtful
special unique each both all year years old yo age aged turning turns turned next week month
ideas suggestions suggest recommend spend spending want dont don't much more got have help pick
choose just new home house flat apartment place moved moving into first one ones thing things
hi hii hey hello hiya heya morning evening afternoon lot lots loads tons always really it's its
every weekend weekends day days weeks months time times basically total massive huge keen
avid real serious like there there's theres limit limits tops ish roughly approx bought buying
getting coming soon somewhere maybe perhaps thinking think wondering ideally u ya pls plz thx
love
lol
doing work office clue no two three four teen teens teenager teenagers
"""
_FILLER = frozenset(_FILLER_TEXT.split())
"""Words of a gift request that name neither a kind nor an interest."""


@dataclass(frozen=True)
class Gift:
    """A gift request: `search` is the search to run ("hike hiking trail ... priced under 80"),
    or "" when the shopper should be asked what the recipient likes; `interest` the words that
    say a product is for what the recipient is into (agent/interests.py), and `said` the words
    of the message that named it ("he hikes basically every weekend")."""

    search: str
    interest: tuple[str, ...] = ()
    said: str = ""


def read_gift(text: str, listed: bool = False) -> Gift | None:
    """The gift request in the message, None when it asks for no gift or already names a kind.

    With a list on screen (`listed`), a recipient named without a gift word ("for my mum")
    is about that list unless it says what they are into, need or are (a child)."""
    lower = text.lower()
    said_gift = _GIFT.search(lower)
    asked = said_gift or recipient(lower) or (None if listed else _someone_into(lower))
    if asked is None:
        return None
    if listed and said_gift is None:
        found = read_gift(f"gift {text}")
        return found if found and found.search and found.search != _budget(lower) else None
    interest, said = _interest(lower)
    before = lower[: asked.start()].replace(said, " ") if said else lower[: asked.start()]
    if _names_more(before):
        return None  # "running shoes for my dad": the shoes are the search
    budget = _budget(lower)
    child = for_a_child(lower)
    if interest:
        words = interest_words(interest)
        search = " ".join(["kids" if child else "", *words, budget]).strip()
        return Gift(search, words, said)
    if served := need_served(lower):
        return Gift(" ".join(["kids" if child else "", served, budget]).strip())
    if _names_more(_without_prices(lower)):
        return None  # "a gift for my mum, maybe a scarf": the scarf is the search
    if child:
        return Gift(f"for kids {budget}".strip())  # "for my 10 year old niece, max 40"
    if for_the_home(lower):
        return Gift(f"home {budget}".strip())  # "a housewarming present, around 50"
    return Gift(budget)


def kind_beside_gift(text: str, listed: bool = False) -> str | None:
    """ "friends just bought their first flat, I want to get them a nice lamp as a housewarming
    present, under 100": a gift that names its kind is a search for that kind within the budget
    ("lamp priced under 100"), without who it is for and the occasion, which would pull in
    whatever shares their words; None when the message asks for no gift or names no kind."""
    lower = without_kit(text)  # "a gift box for a freshman - a mug": the mug
    if not (_GIFT.search(lower) or _OCCASION.search(lower)) or _ORDERS.search(lower):
        return None  # "juice for the kids" is no gift; "add … to my basket" no search
    if read_gift(text, listed) is not None:
        return None  # the interest, the need or the budget alone: read_gift's search
    if not _names_more(_without_prices(lower)):
        return None
    spans = [(c.start, c.end) for c in find_price_clauses(lower, bare=True)]
    kept, at = [], 0
    for start, end in [*spans, (len(lower), len(lower))]:  # the budget is kept as said
        kept += [_CONTEXT_WORD.sub(_context_left_out, lower[at:start]), lower[start:end]]
        at = end
    clauses = "".join(kept).split(",")  # "for my [mum]," says nothing once its person is out
    return " ".join(",".join(c for c in clauses if not _only_stopwords(c)).split())


def _only_stopwords(clause: str) -> bool:
    return all(w in STOPWORDS for w in re.findall(r"[a-z][a-z'-]*", clause))


def _context_left_out(word: re.Match[str]) -> str:
    """The word, or nothing when it only says who, when or how ("friends", "housewarming")."""
    w = word[0]
    kept = w in STOPWORDS or w in _PRONOUNS or w in _NEGATORS or for_a_child(w)  # "for the kids"
    return w if kept or _names_more(w) else ""


_PRONOUNS = frozenset({"he", "she", "they", "he's", "she's", "they're", "who"})
"""Kept: the clause they start still reads as context ("she is allergic to leather")."""
_NEGATORS = frozenset({"no", "not", "without", "nothing", "never", "non", "don't", "dont"})
"""Kept: what they rule out still limits the search ("a dress for a wedding, no viscose")."""


_CONTEXT_WORD = re.compile(r"[a-z][a-z'-]*")
_ORDERS = re.compile(
    r"\b(?:add|adding|cart|basket|trolley|check ?out|checkout|order|ordering|i'?ll take)\b"
)
"""Words of an add or an order: the message is no search, whoever it is for."""
_OCCASION = re.compile(
    r"\b(?:birthday|bday|b-day|anniversary|christmas|xmas|hanukkah|graduation|retirement"
    r"|wedding|engagement|house ?warming|valentine'?s?|secret santa)\b"
)
"""Occasions a purchase is a gift for; not "day", "party" or "shower", which name products too."""


def _someone_into(text: str) -> re.Match[str] | None:
    """ "my sister just got into cooking", "my dad loves hiking": a person of the shopper's with
    an interest, said to a shop assistant, asks what to get them."""
    found = _THEIR_PERSON.search(text)
    return found if found and _interest(text[found.start() :])[0] else None  # "my son games"


_THEIR_PERSON = re.compile(rf"\b(?:my|our) (?:[a-z'-]+ ){{0,2}}?(?:{PERSON_PATTERN})s?\b")


def names_only_the_recipient(text: str) -> bool:
    """ "for my mum", "it's a gift for my brother btw": who it is for and nothing else."""
    lower = text.lower()
    found = recipient(lower)
    if found is None:
        return False
    rest = re.findall(r"[a-z][a-z']*", lower[: found.start()] + " " + lower[found.end() :])
    return all(w in _ONLY_CONTEXT or w in OCCASIONS for w in rest)


_ONLY_CONTEXT_TEXT = """
it's its it is this that these those they're theyre they are all oh ok okay btw fyi just so and
yes yeah yep gift present a an the as actually by way these'll these'd would be will going to
buying getting
"""
_ONLY_CONTEXT = frozenset(_ONLY_CONTEXT_TEXT.split())
"""Words around a recipient that add nothing to search ("oh it's a gift for my mum btw")."""


def _budget(text: str) -> str:
    """The price limits said, in plain words the search reads ("dont want to spend more than
    40" -> "under 40")."""
    said = []
    text = _LIMIT.sub("budget", text)  # "secret santa limit is $25": a budget of 25
    text = _LIMIT_AFTER.sub(r"under \1", text)  # "a $20 limit": under 20
    for clause in find_price_clauses(text, bare=True):
        low, high = (_amount(v) for v in (clause.low, clause.high))
        if low and high:
            said.append(f"priced between {low} and {high}")
        elif high:
            said.append(f"priced under {high}")
        elif low:
            said.append(f"priced over {low}")
    return " ".join(said)


_LIMIT = re.compile(
    r"\b(?:(?:spend(?:ing)?|price) )?(?:limit|cap)\b(?= (?:is |of )?[$£€]\d| (?:is|of) \d)"
)
"""A gift's spending limit said as such ("the limit is $25")."""
_LIMIT_AFTER = re.compile(r"([$£€]\s?\d+(?:\.\d+)?)\s+(?:spend(?:ing)?\s+)?(?:limit|cap)\b")
"""A limit said after its amount ("$20 limit")."""


def _amount(value: Decimal | None) -> str:
    return "" if value is None else f"{value.normalize():f}"


def _without_prices(text: str) -> str:
    for clause in reversed(find_price_clauses(text, bare=True)):
        text = text[: clause.start] + " " + text[clause.end :]
    return text


def _interest(text: str) -> tuple[str, str]:
    """What the recipient is into, and the words that said it ("", "" when nothing)."""
    for pattern in (_PERSON, _LOVER, _DOES, _LIKES):
        for match in pattern.finditer(text):
            words = [w for w in match.group(1).split() if w not in STOPWORDS]
            words = [w for w in words if w not in _NOT_INTEREST and w not in _FILLER]
            words = [w for w in words if not colors_in(w)]  # "loves anything pink": a colour
            if words:
                return " ".join(words), match[0]
    return "", ""


def _names_more(text: str) -> bool:
    words = re.findall(r"[a-z][a-z'-]*", text)
    return any(
        w not in STOPWORDS
        and w not in _FILLER
        and w not in OCCASIONS
        and not is_person(w)
        and not _ADVERB.fullmatch(w)
        for w in words
    )


_ADVERB = re.compile(r"[a-z]{5,}(?<!f)ly")
"""A manner word ("literally", "honestly", "seriously"): it names no kind ("butterfly" does)."""


GIFT_QUESTION = (
    "Happy to help with a gift! What are they into — hiking, yoga, cooking, coffee, gaming, "
    "music…? Tell me that (and a budget, if you have one) and I'll pick a few things."
)
