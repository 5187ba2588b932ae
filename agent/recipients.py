"""Who a purchase is for and on what occasion: words that say nothing about the product.

"for my 10 year old niece", "my coworkers", "a housewarming present" name a person or an
occasion; searched as words they pull in whatever shares them (a Dad Cap for "my dad", a Work
Belt for "coworkers"). A shop assistant hears them as context: a child points at the kids'
things, a new home at things for the home; anything else about the recipient is left out.
"""

from __future__ import annotations

import re

_PERSONS_TEXT = """
mother father mom mum mommy mummy mam ma dad daddy pa papa sister sis brother bro wife husband
hubby boyfriend bf girlfriend gf partner fiance fiancee fiancé fiancée spouse friend bestie bff
mate pal buddy son daughter aunt auntie aunty uncle nephew niece cousin grandma granny gran nana
nan grandpa grandad granddad gramps grandmother grandfather grandparent grandson granddaughter
grandkid grandchild parent stepmom stepmum stepdad stepson stepdaughter godson goddaughter
godmother godfather mother-in-law father-in-law sister-in-law brother-in-law in-laws teacher
boss coworker co-worker colleague workmate flatmate roommate housemate neighbour neighbor kid
child children toddler baby teen teenager twins team staff employee client host hostess guest
girl boy guy lady man woman folks family
"""
PERSONS = frozenset(_PERSONS_TEXT.split())
"""People a shopper buys for ("my niece", "our neighbours")."""
PERSON_PATTERN = "|".join(re.escape(p) for p in sorted(PERSONS, key=len, reverse=True))
"""A regular expression naming any of the persons, longest first."""
_PERSON = PERSON_PATTERN
_RECIPIENT = re.compile(
    rf"\b(?:for|to|get|buy|getting|buying) (?:my|our|his|her|their|a|an|the|some)"
    rf"(?: [a-z0-9'/-]+){{0,4}}? (?:{_PERSON})(?:s|es|'s|s')?\b"
    rf"|\b(?:my|our|his|her|their) (?:[a-z0-9'/-]+ ){{0,3}}?(?:{_PERSON})(?:'s|s')"
    r" (?:birthday|bday|b-day|anniversary|christmas|xmas|graduation|retirement|wedding|party)\b"
)
"""A recipient named: "for my 10 year old niece", "get my mum", "my wife's birthday"."""
_AGE = re.compile(
    r"\b(\d{1,2})\s*(?:-\s*)?(?:years?|yrs?|yo|y/o|y\.o\.)(?:[\s-]*old)?\b"
    r"(?![\s-]*(?:anniversary|warranty|guarantee|subscription|plan)\b)"
)
"""An age ("my 10 year old niece"), not a span of time ("our 10 year anniversary")."""
_CHILD = re.compile(
    r"\b(?:kids?|kiddos?|child|children|toddlers?|little (?:one|ones|boy|girl|guy|man|lady)"
    r"|grandkids?|grandchild(?:ren)?|preschooler|baby|babies|\d{1,2}(?:st|nd|rd|th) birthday)\b"
)
CHILD_AGE = 12
"""Up to this age a recipient is a child: the kids' things are shown."""
_FOR_THE_HOME = re.compile(
    r"\b(?:house ?warming|new (?:home|house|flat|apartment|place|pad)"
    r"|mov(?:ed|ing|es) (?:in|into|house|home)|first (?:home|house|flat|apartment|place)"
    r"|wedding|engagement|newlyweds?)\b"
)
"""Occasions a shop assistant answers with things for the home."""
_OCCASION_TEXT = """
birthday bday b-day anniversary christmas xmas holiday holidays hanukkah graduation retirement
wedding engagement housewarming valentine valentine's mother's father's day secret santa party
shower thank-you thankyou occasion stocking stuffer stuffers filler fillers
"""
OCCASIONS = frozenset(_OCCASION_TEXT.split())


def recipient(text: str) -> re.Match[str] | None:
    """Where the message names who the purchase is for, None when it names no one."""
    return _RECIPIENT.search(text.lower())


def is_person(word: str) -> bool:
    """A word naming a recipient, singular or plural ("coworkers", "nieces")."""
    word = word.lower().removesuffix("'s").removesuffix("'")
    return (
        word in PERSONS
        or (word.endswith("s") and word[:-1] in PERSONS)
        or (word.endswith("es") and word[:-2] in PERSONS)
    )


def for_a_child(text: str) -> bool:
    """The recipient is a child: an age up to twelve or a word for a child."""
    lowered = text.lower()
    ages = [int(m[1]) for m in _AGE.finditer(lowered)]
    return any(age <= CHILD_AGE for age in ages) or bool(_CHILD.search(lowered))


def without_ages(text: str) -> str:
    """The words with an age left out ("for a 10 year old who runs" -> "for a who runs"): the
    number says who it is for, never a size or a count to match ("Glass 10-Piece")."""
    return _AGE.sub(" ", text.lower()) if _AGE.search(text.lower()) else text


def for_the_home(text: str) -> bool:
    """The occasion is a new home or a wedding: things for the home suit it."""
    return bool(_FOR_THE_HOME.search(text.lower()))


_OCCASIONS = "|".join(re.escape(o) for o in sorted(OCCASIONS, key=len, reverse=True))
_TRAILING_OCCASION = re.compile(rf"(?:\s+(?:{_OCCASIONS})\b)+")
_FOR_OCCASION = re.compile(
    rf"\b(?:for|at) (?:my|our|his|her|their|the|a|an)(?: [a-z0-9'-]+)?? (?:{_OCCASIONS})"
    rf"(?:\s+(?:{_OCCASIONS}))*\b"
)


def without_recipient(text: str) -> str:
    """The words with who the purchase is for and its occasion left out ("cupcake picks for my
    son's birthday party" -> "cupcake picks"): they never name the product."""
    lowered = text.lower()
    for match in reversed(list(_RECIPIENT.finditer(lowered))):
        end = match.end()
        if trailing := _TRAILING_OCCASION.match(lowered, end):
            end = trailing.end()
        lowered = f"{lowered[: match.start()]} {lowered[end:]}"
    return _FOR_OCCASION.sub(" ", lowered)
