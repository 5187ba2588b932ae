"""Which words of a message carry meaning: product words, and what a question asks about."""

from __future__ import annotations

import re

from agent.slots import colors_in

FILLER = frozenset({
    "any", "anything", "some", "in", "the", "a", "an", "do", "does", "you", "have", "got",
    "show", "me", "them", "those", "these", "ones", "one", "only", "what", "about", "how",
    "with", "please", "instead", "maybe", "something", "under", "below", "less", "than", "over",
    "above", "more", "cheaper", "cheapest", "size", "color", "colour", "and", "or", "but",
    "also", "too", "same", "other", "options", "option", "there", "is", "are", "it", "that",
    "this", "for", "i", "want", "need", "would", "like", "to", "see", "dollars", "dollar",
    "usd", "price", "budget", "of", "lower", "higher", "most", "least", "expensive", "pricier",
    "priciest", "affordable", "available", "stock", "whats", "what's", "let's", "lets", "just",
    "can", "could", "my", "ok", "okay", "hmm", "well", "then", "still", "kind", "sort", "up",
    "at", "max", "between", "from", "no", "not", "yes", "yeah", "yep", "yup", "sure", "confirm",
    "confirmed", "ahead", "thanks", "thank", "nope", "nah", "cancel", "sounds", "good",
    "bigger", "larger", "smaller", "biggest", "largest", "smallest", "else", "different",
    "another", "they", "their", "its", "it's", "was", "were", "will", "has", "had", "which",
    "way", "bucks", "euros", "much", "many", "really", "very", "actually", "now", "though",
    "alright", "great", "cool", "nice", "perfect", "fine", "all", "things", "stuff", "around",
    "roughly", "lot", "pricey", "inexpensive",
    "premium", "fancier", "nicer", "cost", "costs", "money", "so", "oh", "ah", "um", "uh",
    "first", "second", "third", "fourth", "fifth", "last", "colors", "colours", "sizes", "type",
    "types", "version", "versions", "u", "ya", "pls", "plz", "model", "models", "shade",
    "shades", "style", "styles",
    "don't", "dont", "mind", "pay", "paying", "spend", "spending", "willing", "bit", "extra",
    "steep", "spendy", "what've", "whatve", "you've", "afford", "range",
    "tbh", "imo", "tho", "lol", "honestly",
    "upmarket", "up-market", "upscale", "posher", "classier", "luxurious", "splurge", "higher-end",
})  # fmt: skip


def new_words(text: str) -> list[str]:
    """Words that name a product or feature, once filler, prices, colours and sizes are gone."""
    words = re.findall(r"[a-z][a-z'-]+", text.lower())
    colors = set(colors_in(text.lower()))
    return [
        w for w in words if w not in FILLER and w not in colors and len(w) > 2 and not colors_in(w)
    ]


_WET = (
    r"\b(?:in|out in|for|survive|handle|stand up to) (?:the |a |heavy |light )?(?:rain|downpours?"
    r"|showers?|drizzle|wet weather)\b(?!\s*(?:jackets?|coats?|boots?|shells?|covers?|pants"
    r"|trousers|hats?|ponchos?|gear|wear)\b)"
    r"|\b(?:(?:my|our|the) (?:[\w']+ ){0,2})?(?:get|gets|getting) (?:wet|soaked|soggy)\b"
    r"|\b(?:keep|keeps|stay|stays) (?:[\w']+ ){0,3}dry\b"
)
"""Rain and wet asked of an item ("will this keep my stuff dry in the rain?"): is it waterproof.
These words ask nothing more; "water resistant" itself stays a word the answer reads."""
_ASKED = {
    "material": r"made (?:out )?(?:of|from)|material|fabric|what(?:'s| is) it made",
    "stock": r"in stock|available(?! in\s*(?:[?.!]|$|what\b|which\b))|availability|sold out"
    r"|have (?:any )?left|how many left"
    r"|(?:sell|carry|stock) (?:it|this|that|these|those|them)\b"
    r"|\bin (?:at the moment|right now|just now|atm|currently|at present|today)\b"  # "got it in"
    r"|\b(?:got|have) (?:it|them|any|some|one) in\b(?! (?:a|an|the|size|colou?r)\b)"
    r"|\bback in\b"
    r"|\b(?:have|got) (?:it|them|any|some|one|this|that|these|those)\s+"  # "do you have it now?"
    r"(?:right now|now|rn|at the moment|atm|currently|at present|today|in)\b",
    "price": r"how much|price|cost|expensive|cheap|\b(?:the|its|their|your|ur|what) rates?\b"
    r"|\brates? (?:of|for|on)\b|\bretails? (?:for|at)\b|\bwhat (?:does|do|is|are) (?:it|they"
    r"|this|that|these|those|the [\w -]+?) (?:go(?:ing)? for|sell(?:ing)? for|retail(?:ing)? at)\b",
    "size": r"\bsizes?\b|(?<!people )(?<!persons )\bfit\b"
    r"(?! (?:\d+|two|three|four|five|six) (?:people|persons|adults))"
    r"(?! (?:a|an|my|the|your|in|into|inside|under|on)\b)"  # "fit a laptop" asks no size
    r"|run (?:small|large|big)|true to size"
    r"|\bcomes? in (?:a |an )?(?:smaller|bigger|larger|other|different) (?!colou?rs?\b)",
    "color": r"colou?rs?\b|available in\s*(?:[?.!]|$|what\b|which\b)"
    r"|come in(?! (?:a |an )?(?:smaller|bigger|larger|other|different) (?!colou?rs?\b))",
    "waterproof": r"water-?proof|water resistant|water-resistant|" + _WET,
    "weight": r"weigh|weight|heavy(?! (?:rain|downpours?|showers?|use|duty))|light(?:weight)?\b",
    "dimensions": r"dimensions?|how (?:big|wide|tall|long)|measure",
    # a volume asked back ("30 litres right?"); "i need it to be 40 l" is a want, no question
    "capacity": r"capacity|how many (?:liters|litres|people|ppl|persons|adults|guests)|hold"
    r"|\b\d+(?:\.\d+)?\s*(?:l|ltrs?|lit(?:er|re)s?|ml|quarts?|qt|gallons?|gal)\b(?=[^.!?]*\?)"
    r"|\b(?:sleeps|seats) how many\b|\b(?:fit|sleep|seat)s? (?:\d+|two|three|four|five|six) "
    r"(?:people|persons|adults)\b",
    "warranty": r"warranty|guarantee",
    "nutrition": r"calories|protein|sugar|carbs|fat\b|nutrition|sodium|fib(?:er|re)|cholesterol",
    "ingredients": r"ingredients|gluten|vegan|dairy|nuts?\b|allergen",
    "brand": r"brand|who makes|made by",
    "washable": r"washable|wash|dishwasher",
}
KNOWN_ASKS = frozenset(_ASKED)
_POINTED = re.compile(r"\b(?:it|its|they|them|these|those)\b")
_NUTRIENTS = re.compile(rf"\b(?:{_ASKED['nutrition']})\w*", re.I)


def is_nutrient(word: str) -> bool:
    """ "fibre", "protein", "carbs": a word that asks a nutrition figure."""
    return bool(_NUTRIENTS.fullmatch(word))


def without_asked_nutrients(text: str) -> str:
    """ "how much protein do they have?": the text without the nutrient it asks of what it points
    at, so that word names no product (the Protein Peanut Crunch Granola Bars); as it is when it
    points at nothing."""
    if not _POINTED.search(text.lower()):
        return text
    return _NUTRIENTS.sub(" ", text)


_QUESTION_FILLER = FILLER | {
    "is", "are", "does", "do", "did", "can", "will", "would", "has", "have", "how", "what",
    "which", "tell", "know", "wonder", "idea", "question", "quick", "item", "more", "details",
    "detail", "info", "information", "describe", "about", "product", "good", "okay", "sell",
    "carry", "moment", "currently", "right", "present", "today", "atm", "called", "named",
    "something", "think", "there", "theres", "there's", "remember", "forget", "forgot",
    # how soon the shopper needs it ("need them asap"): a stock question, no property
    "asap", "urgent", "urgently", "hurry", "quickly", "soonest", "quick-ish",
}  # fmt: skip


def asked_about(text: str) -> list[str]:
    """The attributes a product question asks about ("is it waterproof?" -> ["waterproof"]).

    Known kinds come first; any other content word is kept as asked, so "is it vegan?" is
    looked up in the product's own attributes and description.
    """
    lowered = text.lower()
    if re.search(_ASKED["warranty"], lowered):  # "a warranty? how long": the warranty's length
        lowered = re.sub(r"\bhow long\b(?=\W*$)", " ", lowered)
    found = [name for name, pattern in _ASKED.items() if re.search(pattern, lowered)]
    lowered = re.sub(_WET, " ", lowered)  # "keep my stuff dry in the rain": waterproof, not rain
    words = re.findall(r"[a-z][a-z-]+", _OWNERS_THING.sub(" ", lowered))  # "for my phone"
    extra = [
        w
        for i, w in enumerate(words)
        if w not in _QUESTION_FILLER
        and (len(w) > 3 or _names_with_next(words[i - 1 : i], w, words[i + 1 : i + 2]))
        and not colors_in(w)
    ]
    if not found and not extra:  # "can u dim it?": a short word when nothing longer is asked
        extra = [w for w in words if w not in _QUESTION_FILLER and len(w) > 2 and not colors_in(w)]
    return found + [w for w in extra if w not in found]


_OWNERS_THING = re.compile(
    r"\b(?:for|in|into|inside)\s+(?:my|his|her|our|their|your)\s+"
    r"(?:(?:[a-z0-9'-]+\s+){0,4}?[a-z0-9'-]+(?=\s*(?:[.,;:!?]|$|\b(?:and|but|or|so|does|do|will"
    r"|would|is|are|can|could|because|if|when)\b))|[a-z-]+\b)"
)
"""What the asked thing serves or where it goes ("a USB port for my phone", "will it leak in my
kid's backpack?", "it's for my gym bag"): the shopper's own things, no property of the product."""


_DETERMINERS = frozenset({"a", "an", "the", "any", "some", "its", "their"})


def _names_with_next(before: list[str], word: str, following: list[str]) -> bool:
    """A three-letter word between a determiner and a longer asked word names part of the
    product ("a usb port", "an led light"; not the verb of "does it fit a laptop")."""
    return (bool(before) and before[0] in _DETERMINERS) and (
        len(word) == 3
        and word not in _QUESTION_FILLER
        and bool(following)
        and len(following[0]) > 3
        and following[0] not in _QUESTION_FILLER
    )


_EITHER_OR = re.compile(
    r"\b(?:is|are)\s+(?:it|they|this|that|the [\w\s-]+?)\s+(.+?)\s+or\s+(.+?)\??$"
)


_YES_NO_TAIL = re.compile(
    r"\s+or\s+(?:not|nah|no|nope|what|naw|otherwise|is it not|are they not|isn'?t it"
    r"|aren'?t they)\W*$"
)
"""A tail that makes a yes/no question of the word before it: "waterproof or nah", "is it
dishwasher safe or what" ask whether it is, not which of two things it is."""


def without_yes_no_tail(text: str) -> str:
    """The question without an "or not" / "or nah" / "or what" tail."""
    trimmed = text.rstrip(" ?!.")
    return _YES_NO_TAIL.sub("", trimmed) if _YES_NO_TAIL.search(trimmed) else text


def either_or(text: str) -> list[str]:
    """The choices of an either/or question: "is it whole bean or ground?" -> both, the second
    ending with its question ("or neutral? and the drop"); none for a yes/no question with an
    "or not" tail ("is it waterproof or nah")."""
    match = re.search(
        r"\b(?:is|are)\s+(?:it|they|this|that|the [\w\s-]+?)\s+([^?!;]+?)\s+or\s+([^?!;]+?)"
        r"\s*(?:[?!;]|$)",  # the question it is in: "... or neutral? and the drop" ends there
        without_yes_no_tail(text),
    )
    if not match:
        return []
    first = match[1].split()[-2:] if len(match[1].split()) > 2 else match[1].split()
    return [" ".join(first), match[2].strip(" ?.!")]


_BARE_CHOICE = re.compile(
    r"(?:^|[:;,.!?-]\s*)([a-z0-9][\w-]*(?: [\w-]+)?) or ([a-z0-9][\w-]*(?: [\w-]+)?)\s*\?"
)


def choices_asked(text: str) -> list[str]:
    """An either/or question, also bare after a product's name: "Mechanical TKL Keyboard: ANSI
    or ISO?" -> ["ansi", "iso"] (only read where the message already names one product)."""
    if found := either_or(text):
        return found
    match = _BARE_CHOICE.search(without_yes_no_tail(text))
    return [match[1], match[2]] if match else []
