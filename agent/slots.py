"""Slot values in a shopper's words: prices, colours, sizes, quantities, ordinals."""

from __future__ import annotations

import re

from catalog.colors import color_family, known_color_words
from catalog.query_price import find_price_clauses
from catalog.query_price import price_bounds as bounds_of
from catalog.query_variants import GENDERED_SIZE

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a couple": 2, "a pair": 2, "couple": 2,
    "half a dozen": 6, "a dozen": 12, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50,
}  # fmt: skip
MAX_QUANTITY = 48
"""The most of one item a message may order ("two dozen", "fifteen"), four dozen; a tool call
asking more is a model's slip, refused by the tool's schema. Stock is checked after."""
_DOZEN = re.compile(r"^(\d{1,2}|two|three|four|five|half a|a) dozen$")
"""A count said in dozens ("two dozen", "3 dozen", "half a dozen")."""
ORDINAL_WORDS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "last": -1,
}  # fmt: skip
# ("throw in 2 of the wool ones": a count after "in", not a size 2)
_SIZE = re.compile(
    r"\b(?:size|sz)(?:\s+|:\s*|(?=\d))(?:(?:is|to)\s+)?(\d{1,2}(?:\.5)?|xxs|xs|s|m|l|xl|xxl|xxxl|small"
    r"|medium|large|x-large|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen)\b"
    r"|\bin ([sml])\W*$"  # "add 3 of the first one in L": a letter ending the message
    r"|\bin (?:a |an )?(\d{1,2}(?:\.5)?|xs|xl|xxl|small|medium|large)\b(?! ?(?:pack|oz|ounce"
    r"|fl\b|fl\.|fluid|inch|piece|pc|count|ct|set|cup|quart|qt|liter|litre|ml|l\b|gb|tb|mah|w\b|watt|lb|kg"
    r"|year|yr|month|hour|min|%|x\b|-)|\s+(?:of|more|pairs?|units?|boxes|packs)\b)"
    # "i'd need a small", "I wear a medium": a letter size said as a word, naming nothing after it
    r"|\b(?:need|want|wear|take|i'?m|i am)\s+(?:a|an)\s+(small|medium|large|x-large)\b"
    r"(?!\s*-|\s+(?!(?:size|please|pls|thanks?|too|if|and|or|but|one|though)\b)[a-z])"
    # "can you make that a medium?", "change it to a large": a cart line's new letter size
    r"|\b(?:make|change|switch) (?:it|that|this|them|those)(?: in)?(?: to)? (?:an? )?"
    r"(small|medium|large|x-large)\b(?!\s*-|\s+(?!(?:size|please|pls|instead|then)\b)[a-z])"
    r"|\b(\d{2})\s*waist\b"  # "32 waist": a waist size
    # "the River Strap in olive too, also a 9": the size of the line before, said again
    r"|\b(?:also|too|again|both|each)\s+an?\s+(\d{1,2}(?:\.5)?)\b(?!\s*(?:\$|dollars?|bucks|%|x\b"
    r"|pack|pairs?|pieces?|pcs?|oz|years?|yrs?|months?|of\b|-))"
    # "mens 9", "women's 7.5": a shoe size said with whose sizing it is
    f"|{GENDERED_SIZE}"
    # "his waist is 34", "she wears a 30", "he takes a size 38": the wearer's size, said of them
    r"|\bwaist (?:is |size )?(?:a |about |around )?(\d{2})\b(?!\s*(?:\$|dollars?|bucks|%))"
    r"|\b(?:he|she|i|they|we|you|son|daughter|husband|wife|dad|mum|mom|brother|sister)"
    r"(?:\s+(?:usually|normally|always|only))?\s+(?:wears?|takes?)\s+(?:an?\s+)?(\d{1,2}(?:\.5)?)\b(?!\s*(?:\$|dollars?|bucks|%|years?"
    r"|yrs?|months?|pack|pairs?|of\b))"
)
_LETTER_SIZE = re.compile(
    r"(?<![\w-])(xxs|xs|xl|xxl|xxxl|2xl|3xl)(?![\w-])|[,/]\s*(s|m|l|small|medium|large)"
    r"\s*(?:(?:please|pls|plz|thanks|thank you|thx|ty)\W*)?(?:$|(?=,))"
)  # ", M" closing the message or one of its comma-separated parts ("white, M, just the one"),
# or a polite word after it ("in rust, M please")
_BARE_SIZE = re.compile(r"^\s*(?:size\s*)?(\d{1,2}(?:\.5)?|xxs|xs|s|m|l|xl|xxl|xxxl)\s*[.!]?\s*$")
_SHORT_LETTER_SIZE = re.compile(
    r"^\W*(?:(?:and|ok(?:ay)?|so|hmm+|well|oh)\W+)*(?:(?:what|how) about (?:an? |size )?"
    r"|(?:(?:any|got (?:any|it|one|them|those)|have (?:it|any|one)|do you have (?:it|any|one"
    r"|them|those|these)|(?:is|are) there (?:one|any)|(?:any )?(?:in stock|left))\s+)?"
    r"in (?:an? |size )?)(s|m|l)\W*$"
)
"""A size letter said alone in a short follow-up: "any in M?", "what about L?", "got it in S?"."""
_SIZE_ALONE = re.compile(
    r"^\W*(?:(?:and|ok(?:ay)?|so|hmm+|well|oh|maybe|actually|ideally|preferably)\W+)*"
    r"(?:(?:what|how) about (?:an? |size )(\d{1,2}(?:\.5)?)"
    r"|(?:(?:what|how) about |in )?(?:an? |size )?(small|medium|large|x-large))"
    r"(?:\W+(?:ideally|preferably|please|pls|plz|then|instead|maybe|if possible|tho|though))*\W*$"
)
"""A size said alone in a short follow-up, hedged or not: "medium ideally", "what about a 34?"
(a number after "a" is no count, and the list's sizes are what it is read against)."""
_SIZE_WORDS = {
    "small": "S", "medium": "M", "large": "L", "x-large": "XL", "one": "1", "two": "2",
    "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
    "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
    "fifteen": "15",
}  # fmt: skip
_COUNT = (
    r"((?:\d{1,2}|two|three|four|five|half a|a) dozen|\d{1,2}|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
    r"|nineteen|twenty|a couple|a pair|couple)"
)
COUNT = _COUNT
"""A count in digits or words, as one group ("two", "a couple", "half a dozen", "3")."""
_NOT_A_COUNT = (
    r"(?!\s*(?:%|\$|dollars?|bucks|usd|eur|oz|ounces?|ml|l\b|liters?|litres?|inch|cm|mm"
    # "2 in" is inches ("12 in wide"), but "add 2 in the 20 oz" says which variant; "a pair in L
    # too" stays no count, as before
    r"|in\b(?!\s+the\b)"
)
_NOT_A_COUNT += r"|kg|g\b|lbs?|pounds?|pack\b|-pack|gb|tb|mah|w\b|watts?|st\b|nd\b|rd\b|th\b|\.\d))"
_QUANTITY_PATTERNS = (
    # "3 of the first one", "two of those", "3 pairs", "4 units", "2x"
    re.compile(
        rf"\b{_COUNT}\s*(?:of\b|pairs?\b|units?\b|pieces?\b|items?\b|x\b|copies\b"
        r"|nos\b|pcs\b)"
    ),
    # "2 boxes of this", "3 bags of the chips": a count of packages
    re.compile(
        rf"\b{_COUNT}\s+(?:box(?:es)?|bags?|bottles?|packs|packets?|cans|jars?|cartons?|tins?"
        r"|tubs?|bars?)\s+of\b"
    ),
    # "add 3 ...", "I'll take two", "get me 2", "I want 3"
    re.compile(
        rf"\b(?:add|take|get|grab|buy|order|want|need|have|put|give me|gimme|i'?ll take|i'?d like"
        r"|(?:throw|toss|pop|chuck|stick) in|include)\s+"
        rf"(?:me\s+)?{_COUNT}\b{_NOT_A_COUNT}(?!\s+(?:of (?:you|us)\b))"
    ),
    # "make the L one 2", "change the kids ones to 3": a line pointed at by its option or owner
    re.compile(
        rf"\b(?:make|set|change|bump|increase|decrease|reduce)\s+(?:the|my|his|her)\s+"
        rf"[a-z0-9][\w' .-]*?\s+ones?\s+(?:to\s+)?{_COUNT}\b{_NOT_A_COUNT}"
        r"(?!\s*(?:size|in size))"
    ),
    # "make it 2", "make the socks 3", "set the tee to 2", "change the quantity to 4"
    re.compile(
        rf"\b(?:make|set|change|update|bump|increase|decrease|reduce)\s+(?:it|that|this|them|those"
        rf"|the [a-z][\w' -]*?|my [a-z][\w' -]*?)?\s*(?:quantity\s+)?(?:to\s+)?{_COUNT}\b"
        rf"{_NOT_A_COUNT}(?!\s*(?:size|in size))"
    ),
    # "2 more", after the count set: "make it 4, one more runner just signed up" is 4
    re.compile(rf"\b{_COUNT}\s*more\b"),
    re.compile(rf"\b(?:quantity|qty)\s*(?:to|of|=|:|is)?\s*{_COUNT}\b"),
    # "I'll take all 6" after "we have 6": every one the store has, counted
    re.compile(
        rf"\b(?:take|have|buy|grab|get)\s+(?:me\s+)?all\s+{_COUNT}\b{_NOT_A_COUNT}"
        r"(?!\s+(?:of|colou?rs?|kinds|sizes|shades|products|items)\b)"
    ),
    # "add the Jasmine Green Tea, 2 boxes": a count of packages said after the item
    re.compile(
        rf"\b{_COUNT}\s+(?:boxes|bags|bottles|packs|packets|cans|jars|cartons|tins|tubs)\b"
        r"(?!\s+of\b)"
    ),
    # "3 peppermint tea in my cart please": the count that opens an item put in the cart
    re.compile(
        rf"^\W*(?:(?:and|also|plus|ok(?:ay)?|oh|so|then|please|pls)\W+)*{_COUNT}\b{_NOT_A_COUNT}"
        r"(?=\s+[a-z][\w' -]*?\b(?:in|into|to|on) (?:my|the) (?:cart|basket|bag|trolley)\b)"
    ),
    # "one bottle is enough", "two mugs will do": the count a line should have
    re.compile(
        rf"\b{_COUNT}(?:\s+(?!(?:is|are|will|would|should)\b)[a-z][\w'-]*){{0,3}}"
        r"(?:(?:\s+(?:is|are|will be|would be|should be)|'s|'ll be|'d be)\s+"
        r"(?:plenty|enough|sufficient)|\s+(?:will|would|should) do|'ll do)\b"
    ),
    # "just the one mug please", "only two then": the count wanted, and nothing else said
    re.compile(
        rf"^\W*(?:(?:ok(?:ay)?|actually|hmm+|oh|no|nah|wait|sorry)\W+)*(?:just|only)\s+(?:the\s+)?"
        rf"{_COUNT}(?:\s+(?!left\b|more\b)[a-z][\w'-]*)?(?:\s+(?:please|pls|thanks|then))?\W*$"
    ),
    re.compile(r"\bx\s?(\d{1,2})\b"),
    re.compile(rf"\b(?:only|just)\s+(?:want|need)?\s*{_COUNT}\b{_NOT_A_COUNT}"),
)


def price_bounds(text: str, currency: str) -> tuple[int | None, int | None]:
    """(min, max) in minor units named in the text, e.g. "under $120" -> (None, 12000).

    The catalog's own price parser reads it, with bare numbers after a comparator taken as
    prices ("ok what about under 100 then?", "nothing over 150", "between 20 and 40")."""
    clauses = find_price_clauses(text, bare=True)
    if not clauses and (
        asked := _ANY_AROUND.search(text.lower()) or _AROUND_CLOSING.search(text.lower())
    ):  # "anything around 90?", "hoodie for my son, around 60"
        clauses = find_price_clauses(f"around ${asked[1]}", bare=True)
    if not clauses and (capped := _CAPPED_AFTER.search(text.lower())):  # "how about 100 max"
        clauses = find_price_clauses(f"under ${capped[1]}", bare=True)
    if not clauses and (raised := _RAISED_TO.search(text.lower())):  # "ok bump it to 70"
        clauses = find_price_clauses(f"under ${raised[1]}", bare=True)
    bounds = bounds_of(clauses, currency)
    return bounds.price_min, bounds.price_max


_ANY_AROUND = re.compile(
    r"\b(?:anything|something|any|ones?)(?: else)? (?:for )?(?:around|about|roughly) (\d{2,5})\b"
    r"(?! ?(?:people|persons|guests|pieces|pcs|cm|mm|in|inch|inches|oz|ml|l|kg|lbs?|g|w)\b)"
)
"""A bare price asked of a list ("anything around 90?"): no count or measure follows it."""
_AROUND_CLOSING = re.compile(
    r"(?<!size )(?<!waist )(?<!inseam )(?<!length )(?<!for )(?<!sleeps )(?<!age )"
    r"(?<!how )(?<!what )"
    r"\b(?:around|about|roughly|approx(?:imately)?|somewhere around) (\d{2,4})(?:ish)?"
    r"(?=\s*(?:[,.!?;)]|$|or so\b|max\b|tops\b|if\b|pls\b|please\b|thanks\b))"
)
"""A bare amount closing a request ("hoodie for my son, around 60"): no size, count or measure
precedes or follows it, and two digits at least ("a tent for around 6" counts people)."""
_RAISED_TO = re.compile(
    r"\b(?:bump|raise|push|up|take|move|increase|stretch)\s+(?:it|that|the budget|my budget"
    r"|the (?:max|limit|cap|price))\s+(?:up\s+)?to\s+\$?(\d{2,5})\b"
    r"(?! ?(?:people|persons|guests|pieces|pcs|cm|mm|in|inch|inches|oz|ml|l|kg|lbs?|g|w)\b)"
)
"""A budget moved for the list ("ok bump it to 70"): two digits at least, as "bump it to 3" is
a count."""
_CAPPED_AFTER = re.compile(
    r"(?<!size )\b(\d{2,5}) ?(?:max|maximum|tops|at most|or less|or under)\b"
)
"""A bare amount with its cap after it ("how about 100 max then?")."""


def colors_in(text: str) -> list[str]:
    """Colour families named in the text ("navy" -> "blue"), in order of mention."""
    found: list[str] = []
    padded = f" {text} "
    for word in known_color_words():
        if re.search(rf"\b{re.escape(word)}\b", padded):
            family = color_family(word)
            if family and family not in found:
                found.append(family)
            padded = padded.replace(word, " ")
    return found


def color_words_in(text: str) -> list[str]:
    """The colour words as said ("off-white", "navy"), longest first wins, in order of mention;
    a shade said the British way is the shade as named ("heather grey" is heather gray)."""
    found: list[tuple[int, str]] = []
    padded = f" {text} "
    for word in known_color_words():
        spelled = re.escape(word).replace(r"\ gray", r"\ gr[ae]y")  # "light grey"
        if match := re.search(rf"(?<![\w-]){spelled}(?![\w-])", padded):
            found.append((match.start(), word))
            padded = padded[: match.start()] + " " * len(word) + padded[match.end() :]
    return [word for _, word in sorted(found)]


def size_in(text: str, *, bare: bool = False) -> str | None:
    """A size the shopper asked for ("in size 10", "a medium"); `bare` accepts just "10"."""
    match = (
        _SIZE.search(text)
        or _LETTER_SIZE.search(text)
        or _SHORT_LETTER_SIZE.match(text)
        or _SIZE_ALONE.match(text)
        or (_BARE_SIZE.match(text) if bare else None)
    )
    if not match:
        return _letter_after_colour(text)
    value = next(group for group in match.groups() if group)
    return _SIZE_WORDS.get(value, value.upper())


_LETTER_ENDING = re.compile(
    r"([\w-]+)\s+(s|m|l)\s*(?:(?:please|pls|plz|thanks|thank you|thx|ty)\W*)?[.!]?\s*$", re.I
)


def _letter_after_colour(text: str) -> str | None:
    """A size letter right after a colour word, ending the message: "trail graphic tee black M
    please", "pima crew tee olive S" (the variant written as the store lists it)."""
    match = _LETTER_ENDING.search(text)
    if match is None or color_family(match[1].lower()) is None:
        return None
    return match[2].upper()


_PAIR_OF_ONE = re.compile(
    r"\s+of\s+(?:the\s+|those\s+|these\s+|your\s+)?(?:[\w'-]+\s+){0,5}?(?:socks?|shoes?|sneakers?"
    r"|trainers?|boots?|sandals?|slippers?|loafers?|heels|flats|gloves?|mittens?|jeans|trousers"
    r"|pants|shorts|leggings|tights|joggers|earrings?|earbuds|headphones|sunglasses|glasses"
    r"|goggles|cleats|flip[- ]flops|insoles|laces|pyjamas|pajamas|overalls|chinos)\b"
)
"""After "a pair": goods sold by the pair, so "a pair of the socks" is one item, not two."""


def quantity_in(text: str) -> int | None:
    """How many the shopper wants, wherever it is said ("add 3 of the first one in size L")."""
    dimensions = list(_DIMENSION.finditer(text))
    for pattern in _QUANTITY_PATTERNS:
        for match in pattern.finditer(text):
            index = next((i for i, group in enumerate(match.groups(), 1) if group), 0)
            value = match[index] if index else None
            if value is None or _is_size_or_position(text, match.start(), match.start(index)):
                continue
            if value == "one" and _picks_one(text[: match.start(index)]):
                continue  # "make the jacket the navy one": which one, not how many
            if any(d.start() < match.end() and match.start() < d.end() for d in dimensions):
                continue  # "20 x 20 in" is a pillow's size, not twenty pillows
            if _RATE_AFTER.match(text, match.end()):
                continue  # "make the socks 3, one pair per run day": a rate, not the count
            number = count_value(value)
            if value == "a pair" and _PAIR_OF_ONE.match(text, match.end(index)):
                number = 1  # "a pair of the socks": one pair, what the store sells as one
            if 1 <= number <= 20 or (_DOZEN.match(value) and number <= MAX_QUANTITY):
                return number
    return _count_before_options(text)


def count_value(said: str) -> int:
    """The number a count said in digits or words stands for ("two dozen" -> 24)."""
    if dozens := _DOZEN.match(said):
        many = dozens[1]
        return (
            6 if many == "half a" else 12 * (int(many) if many.isdigit() else _NUMBER_WORDS[many])
        )
    return int(said) if said.isdigit() else _NUMBER_WORDS.get(said, 2)


_COUNT_THEN_IN = re.compile(
    rf"(?:\b(?:add|take|get|grab|buy|order|want|need|i'?ll take|i'?d like)\s+"
    r"|^\W*(?:(?:ok(?:ay)?|then|so|and|alright|fine|right|yes|yeah|yep|cool|great|perfect)"
    rf"[\s,.!]+)*){_COUNT}\s+in\s+"
    r"(?:an?\s+|the\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
)
"""A count before "in" and an option ("add 3 in white, size L", "ok then 2 in sand"): not three
inches."""


def _count_before_options(text: str) -> int | None:
    said = _COUNT_THEN_IN.search(text)
    if said is None or not (colors_in(said[2]) or said[2].startswith("size")):
        return None
    number = count_value(said[1])
    return number if 1 <= number <= 20 else None


_DIMENSION = re.compile(r"\d+(?:\.\d+)?\s*[x×]\s*\d+")
_RATE_AFTER = re.compile(
    r"\s*(?:(?:pairs?|units?|pieces?|items?)\s+)?(?:per|a|an|for (?:each|every)|each)"
    r"\s+(?!(?:couple|pair|few|dozen)\b)(?:[a-z-]+\s+)?(?:day|night|week|month|run|person|kid|child"
    r"|guest|head|shift|session|trip|workout|room|bed|member|player|one|of us)s?\b"
)
"""A count said as a rate ("one pair per run day", "one for each kid"): the why, not how many."""


_PICK_BEFORE = re.compile(r"\b(?:the|a|an|that|this)\s+(?:[a-z-]+\s+)?([a-z-]+)\s+$")
_PICK_WORDS = frozenset({
    "small", "medium", "large", "bigger", "smaller", "other", "same", "new", "different", "xl",
    "xs", "xxs", "xxl", "s", "m", "l",
})  # fmt: skip


def _picks_one(before: str) -> bool:
    """ "the navy one", "the forest green one", "a large one": a colour or size picks one."""
    said = _PICK_BEFORE.search(before)
    return bool(said and (said[1] in _PICK_WORDS or colors_in(said[1])))


def _is_size_or_position(text: str, start: int, said: int) -> bool:
    """ "size 10", "#3", "number 2" name a size or a position, not a count; so does "change the
    size to 10", told by the words right before the number (`said`)."""
    before = text[max(0, start - 8) : start]
    if re.search(r"(?:size|#|number|no\.|option|item)\s*$", before):
        return True
    return bool(re.search(r"\bsize (?:to|is) $", text[max(0, said - 8) : said]))


_POINTING_BEFORE = re.compile(r"\b(?:the|that|this|my|your)\s+$")
_VERB_BEFORE = re.compile(
    r"\b(?:does|do|did|will|would|should|can|could|might|to)\s+(?:[a-z]+\s+){0,2}$|\bhow long\b"
)
_VERB_AFTER = re.compile(r"^\s*(?:long|longer|for|all|through|a while)\b")


def _the_verb_last(text: str, start: int, end: int) -> bool:
    """ "How long does the battery last?", "will it last": the verb, not the last one."""
    before = text[:start]
    if _POINTING_BEFORE.search(before):
        return False
    return bool(_VERB_BEFORE.search(before) or _VERB_AFTER.match(text[end:]))


_POSITION_IN_WORDS = re.compile(
    r"\b(?:number|option|item|no\.)\s+(one|two|three|four|five|six|seven|eight|nine|ten)\b"
)
"""A position said in words after its marker: "number three", "option two"."""


_FIRST_FEW = re.compile(
    r"\b(?:first|top)\s+(two|three|four|five|\d)\b|\b(two|three|four|five|\d)\s+(?:first|top)\s+"
    r"(?:ones|items|products|picks|options|results|of them)\b"
)
"""The first few of a list: "the first two", "those two first ones" (French or Spanish order)."""


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_BEFORE = re.compile(
    rf"(?:\b(?:on|by|before|until|till|til|after|from|due|arrives?|arriving)\s+the\s+"
    rf"|\b{_MONTH}\s+(?:the\s+)?)$"
)
_DATE_AFTER = re.compile(rf"^\s+of\s+(?:{_MONTH}|this month|next month)")
"""A day of the month: "by the 10th", "on the 3rd", "dec 3rd", "the 3rd of january"."""


_OWNED_BEFORE = re.compile(r"(?:\b(?:my|his|her|their|our)|\w's)\s+$")
"""An ordinal owned by someone ("her first bike", "my son's second year"): their first of a kind,
never a position in the list shown ("your first pick" still is one)."""


def _is_a_date(text: str, start: int, end: int) -> bool:
    return bool(_DATE_BEFORE.search(text[:start]) or _DATE_AFTER.match(text[end:]))


_AGES_BEFORE = re.compile(
    r"\b(?:they'?re|they are|he'?s|she'?s|he is|she is|ages?|aged|kids?|boys|girls)\s*$", re.I
)
"""Who a pair of numbers are the ages of ("the kids, they're 4 and 6"): no list positions."""


def ordinals_in(text: str) -> list[int]:
    """1-based positions named: "the second one" -> [2], "the first two" -> [1, 2], "#3" -> [3]."""
    if match := _FIRST_FEW.search(text):
        said = match[1] or match[2]
        count = _NUMBER_WORDS.get(said) or int(said)
        return list(range(1, count + 1))
    found: list[tuple[int, int]] = []
    for word, position in ORDINAL_WORDS.items():
        for match in re.finditer(rf"\b{word}\b", text):
            if position == -1 and _the_verb_last(text, match.start(), match.end()):
                continue  # "how long does the battery last": a verb, not the last one
            if word[0].isdigit() and _is_a_date(text, match.start(), match.end()):
                continue  # "leaving on the 3rd", "dec 2nd": a day, not a position
            if _OWNED_BEFORE.search(text, 0, match.start()):
                continue  # "my daughter's first apartment": someone's first, not the list's
            found.append((match.start(), position))
    for match in re.finditer(r"\b(\d{1,2})(?:st|nd|rd|th)\b", text):
        if _is_a_date(text, match.start(), match.end()):
            continue  # "need it by the 10th", "leaving on the 3rd": a day, not a position
        found.append((match.start(), int(match[1])))  # "the 7th one", "12th"
    for match in re.finditer(r"(?:#|\bnumber\s*|\boption\s*|\bno\.\s*|\bitem\s*)(\d{1,2})\b", text):
        found.append((match.start(), int(match[1])))
    for match in _POSITION_IN_WORDS.finditer(text):  # "how much is number three?"
        found.append((match.start(), _NUMBER_WORDS[match[1]]))
    match = re.search(r"\b(\d)\s*(?:and|&|vs\.?|,)\s*(\d)\b", text)
    if not found and match and not _AGES_BEFORE.search(text[: match.start()]):
        found = [(0, int(match[1])), (1, int(match[2]))]
    ordered: list[int] = []
    for _, position in sorted(found):
        if position not in ordered:
            ordered.append(position)
    return ordered
