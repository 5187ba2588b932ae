"""Whether the store carries the KIND of product asked for, not merely one of its words.

"gaming laptop" shares "gaming" with the Gaming Headset, and "tires for my car" shares "car"
with the Car Charger, yet the store sells neither laptops nor tires. The head noun of a short
request ("laptop", "tires") is compared with the kinds the catalog sells: the head noun of each
title and the words of its categories. A head the catalog never uses counts as carried only when
it means one of its kinds ("sweatshirt" is a hoodie, "coat" a jacket), judged by the text
encoder already loaded; a head its titles use only as a modifier ("cap" in Dad Cap Washed Hat,
"laptop" in Laptop Pro Backpack) is carried when the best search hit holds it, since the encoder
cannot tell those apart. The thresholds were read off cosines of about 80 probe words (things
the sample store sells under other names and things it does not) and checked against the
false-"no" rate of bench/no_match.py; see BENCHMARKS.md.
"""

from __future__ import annotations

import difflib
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np

from agent.called_names import called_name
from agent.compound_kinds import (
    COMPOUND_PART,
    another_compound,
    names_other_kind,
    written_apart,
)
from agent.kind_names import Name, last_kind_named, name_stems, named_kind, sold_under
from agent.opinion_openers import without_opinion
from agent.spelling import is_english_word
from catalog.colors import color_family
from catalog.embed import encode_queries
from catalog.kind_words import kind_words
from catalog.query_price import find_price_clauses
from catalog.sparse import STOPWORDS, stem, tokenize

SYNONYM = 0.63
"""A head the catalog never uses is carried when its cosine to one of the catalog's kind words
is at least this ("sweatshirt"~"hoodie" 0.71, "coat"~"jacket" 0.78; "wine"~"bottle" 0.62)."""
NEAR_WORD = 0.52
"""A head the catalog never uses is carried when the word alone comes this close to a product's
text (dense cosine: "earbuds" 0.52, "sweatshirt" 0.58; "dryer" 0.50, "helmet" 0.48)."""
TYPO = 0.85
"""A head this similar in spelling to a kind word is that kind ("hedphones")."""
MODIFIER_KIND = 0.5
"""A word the titles use only as a modifier, held by the best hit, is that hit's kind when this
close to the kind it modifies ("cap"~"hat" 0.59) or when it names it as a compound, right before
the head ("Wool Beanie Hat"); not when it says what the product is for ("laptop"~"backpack" 0.42
in Laptop Pro 26L Backpack, "pole"~"tent" 0.28 in Trekking Pole 2P Tent, "food" in Food Storage
Set): a shopper asking for laptops, hiking poles or dog food is told the store lacks them."""
RELATED_KIND = 0.55
"""Products offered instead of a kind not carried are of a kind at least this close."""

# Where a request's product phrase starts: after the asking words.
_CUE = re.compile(
    r"\b(?:sell|sells|selling|carry|carries|stock|have|got|get|need|needs|want|wants|buy|find"
    r"|looking for|look for|searching for|search for|shopping for|show me|recommend|any"
    r"|(?:re)?stock(?:ing)? up on|restocking(?: on)?"  # "stocking up on coffee for the office"
    r"|look at|looking at|see"  # "I would like to look at some mugs for coffee"
    r"|back to"  # "anyway, back to the sandals, anything under 30?"
    r"|(?:i'm|i am|im|we're|we are)\s+(?:just\s+)?after"  # "I'm after a good heavy frying pan"
    r"|choose|chose|pick|picked|select|prefer"  # verbs of choosing are not kinds either
    r"|thinking(?:\s+(?:of|about))?|considering)\b"  # "next week, thinking a watch under $150"
    r"|(?:'d|’d|would)\s+(?:really\s+)?(?:love|like|adore)\b"  # "he'd love a kettle that ..."
    r"|\b(?:do|does) (?:you|u|ya)(?: guys)? do\b"  # "do you do reading glasses?"
)
# Where it ends: a complement, a clause or punctuation (not inside a word: "slip-on").
_END = re.compile(
    r"[,;:!?.()]|(?<![-'])\b(?:for|with|that|which|who|to|in|on|from|by|under|over|so|if|but"
    r"|because|without|near|like|please|pls|plz|asap|today|delivered|than|at"
    r"|when|whenever|while|whilst|before|during|until"  # "a warm hat when I walk the dog",
    # "a drink before bed": when it is used
    r"|i|we|you|they|i'd|i'll|i'm|im|we'd|we're|you'd"  # "backpacks i can take"
    r"|i've|we've|you've|they've|you're|they're|you'll"  # "the cheapest laptop you've got"
    r"|he|she|he'd|she'd|he's|she's|he'll|she'll"  # "a watch he can wear every day"
    r"|mine|ours"  # "new headphones mine just broke": the old pair
    r"|each|apiece"  # "3 pairs of socks each": the count's unit, not the kind
    r"|as\s+well)\b(?![-'])"  # "white socks as well": an addition, the socks are the kind
    r"|\b(?:that|who|which)'(?:s|re|ll|d)\b|\bthats\b"  # "a swimsuit that's loose-fitting", "a
    # beanie that'll fit": a relative clause, with or without its apostrophe ("sunscreen thats
    # gentle enough for kids")
    r"|\b(?:is|are)\s+(?:(?:the|a|an|really|most|more)\s+)?(?:ok|okay|good|best|better|fine"
    r"|safe|suitable|right|decent|worth|ideal|gentle|kind)\b"  # "which shampoo is ok for …"
)
_WHICH_ASKS = re.compile(
    r"(?:^|(?<=[.?!] ))which (?!(?:is|are|was|were|one|ones|of|do|does|did|would|should|will|can"
    r"|could|has|have|had|i|you|we)\b)(?=[a-z])"
)
"""A sentence opening with "which" asks about the noun after it; inside one it starts a clause."""
_ACKNOWLEDGED = re.compile(
    r"^(?:(?:ah+|oh+|ok(?:ay)?|hmm+|well|alright|right|i see|got it|fair enough|no worries"
    r"|too bad|shame|pity|sad|oh well|seriously|srsly|honestly|ngl|tbh|literally|anyway|anyways"
    r"|(?:hi|hey|hello|hiya|howdy|yo|(?:good\s+)?(?:morning|afternoon|evening))"
    r"(?:\s+(?:all|everyone|folks|there|guys|y'?all|team))?(?=\s*[,.!;:-]))\b[\s,.!;:-]*)+(?=\S)"
)
"""An acknowledgement, a greeting or a manner word before the request ("ah ok. then maybe a nice
tinted lip balm", "evening all, rain jacket wanted", "ok srsly, a beanie under 30")."""
_WORD = re.compile(r"(?<![a-z0-9])[a-z][a-z'-]*(?![a-z0-9])")
"""A word, not the letters of a code ("R16" in "205/55 R16", "2P")."""
_MEASURE = re.compile(
    r"(?<![a-z])\d+(?:\.\d+)?\s*-?\s*(?:inch(?:es)?|in|cm|mm|ft|foot|feet|oz|lbs?|kg|ml|l"
    r"|litres?|liters?|quarts?|qt|gallons?)(?![a-z])"
)
"""A size said as a measure ("12 inch", "10in", "2 litre"): no kind."""
_PARTICIPLE = re.compile(r"[a-z]{3,}ed|made|built|sold|worn|grown|known")
_NOT_HEADS = frozenset({
    "something", "anything", "stuff", "thing", "item", "one", "gift", "present", "idea", "option",
    "product", "kind", "type", "sort", "brand", "recommendation", "suggestion", "pair", "set",
    "piece", "new", "good", "nice", "cheap", "best", "great", "else", "more", "other", "another",
    "some", "any", "u", "you", "guys", "ya", "me", "i", "im", "i'm", "it", "them", "those",
    "these", "this", "that", "there", "here", "store", "shop", "size", "colour", "color", "not",
    "no", "nothing", "but", "except", "then", "thats", "whats", "that's", "what's", "too", "pricey",
    "lookin", "btw", "fyi", "random", "him", "her", "us", "myself", "himself", "herself",
    "yourself", "ourselves", "themselves", "length",
    "expensive", "cheaper", "ok", "okay", "instead", "about", "what", "hmm", "maybe", "also",
    "again", "though", "anyway", "actually", "just", "still", "even", "really", "now", "easy",
    "simple", "quick", "able", "womens", "women's", "mens", "men's", "ladies", "unisex", "kids",
    "kid's", "kids'", "childrens", "children's",
    # an occasion says when a gift is given, not what it is ("birthday gift for my sister")
    "birthday", "bday", "b-day", "anniversary", "christmas", "xmas", "graduation", "retirement",
    "housewarming", "valentine", "valentine's",
    # a change in the shopper's life is why they shop, not what ("new job at a bakery. a mug")
    "job", "jobs",
    # the shopper's own plan names no kind ("list for the autumn: a navy hoodie", "tea, stocking
    # up on a budget")
    "list", "budget",
    # a step up in price or quality names no kind ("anything more upmarket")
    "upmarket", "up-market", "upscale", "posher", "fancier", "premium", "pricier", "classier",
})  # fmt: skip


_THING_NEEDS = re.compile(
    r"(?:[,;:.!?(-]|\b(?:it|that|which|this|one))\s*(?:(?:just|only|really|also|still)\s+)*"
    r"needs$"
)
""""Needs" said of the thing asked for, its subject left out or "it" ("small backpack ..., just
needs a water bottle + a jumper"): what it must hold, not what the shopper asks for."""

_THING_NEEDS_CLAUSE = re.compile(
    r"\W*(?:(?:it|that|this)\s+)?(?:(?:just|only|really|also|still)\s+)*needs\b"
)


def needs_of_the_thing(clause: str) -> bool:
    """Whether a clause opens with what the thing asked for needs ("just needs a water bottle + a
    jumper" after "small backpack for sightseeing"): it asks for nothing of its own."""
    return _THING_NEEDS_CLAUSE.match(clause.lower()) is not None


_THINGS_HELD = re.compile(
    r"(?<=[,;:.!?-])\s*(?:(?:it|that|this)\s+)?(?:(?:just|only|really|also|still)\s+)*needs"
    r"\s+(?:to\s+(?:fit|hold|take|carry)\s+|room for\s+)?(?:a|an|some|my|the)\b[^,;:.!?]*[,;:.!?]?",
    re.I,
)


def without_things_held(text: str) -> str:
    """The request less what the thing must hold ("small backpack ..., just needs a water bottle
    + a jumper. under 60"): those kinds go in it, they are not searched for."""
    kept = _THINGS_HELD.sub(" ", text)
    return " ".join(kept.split()) if kept != text and request_head(kept) is not None else text


_OCCASIONS = frozenset({
    "trip", "trips", "break", "holiday", "holidays", "vacation", "getaway", "honeymoon", "flight",
    "cruise", "wedding", "weekend", "festival", "visit", "tour",
})  # fmt: skip
"""What an opening sentence tells when it names a trip or an event ("city break in copenhagen,
lots of walking. comfy sneakers"): why the shopper shops; a later sentence names the kind."""


def tells_an_occasion(text: str) -> bool:
    """Whether the words name a trip or an event ("city break in copenhagen")."""
    return any(word in _OCCASIONS for word in _WORD.findall(text.lower()))


_CHAT_TERMS = frozenset({
    "got", "any", "do", "doe", "guy", "sell", "carry", "if", "possible", "pls", "plz", "u",
    "ya", "thank", "thx", "lol", "hey", "hi", "ok", "okay", "hello", "evening", "morning",
    "afternoon", "folk", "wanted", "needed",
})  # fmt: skip
"""Terms of the asking, not of the thing asked for ("do you guys sell …", "… if possible")."""
CHAT_TERMS = _CHAT_TERMS


def request_terms(text: str) -> list[str]:
    """The terms that describe what is asked for: the tokens less the asking words and single
    letters ("got any dog food? grain free if possible" -> dog, food, grain, free), so a chatty
    short request is not read as a long, detailed one."""
    return [t for t in tokenize(text) if t not in _CHAT_TERMS and len(t) > 1]


@dataclass(frozen=True)
class Head:
    """The product phrase of a request ("coffee table") and its head noun ("table")."""

    phrase: str
    word: str

    @property
    def term(self) -> str:
        return stem(self.word)


_SENTENCE_END = re.compile(r"(?<=[a-z0-9][.!?])\s+|\s+[-–—]+\s+")
"""Where a sentence ends, or a clause set off by a dash ("$60 for my nephew - a tee and a cap")."""
_POINTS_BACK = re.compile(r"(?:it|its|it's|they|they're|them|this|that|these|those)\b")


_ASIDE = re.compile(r"\s*\([^()]*\)")
"""Words in brackets, an aside about the thing asked for ("mineral (zinc oxide) sunscreen")."""


def request_head(text: str) -> Head | None:
    """The head noun of what is asked for, or None when no product kind is named."""
    lowered = _ACKNOWLEDGED.sub("", " ".join(_without_prices(text).lower().split()))
    lowered = without_opinion(lowered)  # "those look a bit cheap tbh, anything more upmarket"
    lowered = _WHICH_ASKS.sub("", lowered)  # "which shampoo is ok for …?": a question's which
    lowered = _ASIDE.sub(" ", lowered)  # "mineral (zinc oxide) sunscreen": the aside names none
    if (name := called_name(lowered)) and (named := _phrase_head(name)):
        return named  # "the box that heats food ..., a microwave I think it is called"
    starts = [
        cue.end() for cue in _CUE.finditer(lowered) if not _THING_NEEDS.search(lowered[: cue.end()])
    ] or [0]
    # The last asking phrase that names something: in "find me a steel band for my watch? i need
    # it to be 24 mm" the second phrase points back ("it"), so the first names the product.
    for start in reversed(starts):
        head = _phrase_head(lowered[start:])
        if head is not None and not (start == 0 and head.word in _OCCASIONS):
            return head
    first_end = _SENTENCE_END.search(lowered)
    if starts == [0] or (first_end and starts[-1] <= first_end.start()):  # "birthday gift for
        # my sister, she does yoga. a mat under 50?", "I've got $60 for him - a tee and a cap":
        for sentence in reversed(_SENTENCE_END.split(lowered)[1:]):  # a later one names the kind
            if _POINTS_BACK.match(sentence.strip()):  # "... it should allow for wireless
                continue  # charging": more about the thing already asked for, not a kind
            if (head := _phrase_head(sentence.strip())) is not None:
                return head
    if starts[0] > 0:  # asked only at the end: "water bottle for my kid ... if u have"
        head = _phrase_head(lowered)
        end = _END.search(lowered)
        said = _WORD.findall(lowered[: end.start()] if end else lowered)
        if head is not None and said and said[-1] == head.word:  # not "cool stuff you got?"
            return head
    if kind_said := last_kind_named(lowered):  # "I search baby stroller for my daughter"
        return Head(phrase=kind_said, word=kind_said.split()[-1])
    return None


def _without_prices(text: str) -> str:
    """The request less its budget ("40 quid total for a beanie", "I've got $60 all in"): a price
    names no kind."""
    for clause in reversed(find_price_clauses(text, bare=True)):  # the budget ends the phrase
        text = f"{text[: clause.start]} , {text[clause.end :]}"  # ("a black tee under 20 lol")
    return text


def says_what_it_is_like(text: str) -> bool:
    """The request describes the thing only by what it is like ("something warm for the winter
    walks", "anything waterproof for hiking?"): no kind to be told the store lacks."""
    lowered = text.lower()
    return any(
        _SOMETHING_ADJECTIVE.match(lowered[m.start() : end.start() if end else None])
        for m in re.finditer(r"\b(?:something|anything)\b", lowered)
        for end in [_END.search(lowered, m.end())]
    )


def _phrase_head(rest: str) -> Head | None:
    """The head noun of the phrase that starts `rest`, or None when it names no kind."""
    rest = _MEASURE.sub(" ", rest)  # "cast iron pan 12 inch": the pan, not the inch
    rest = _HOW_OFTEN.sub(" ", rest)  # "wears his beanie every day": the beanie, not the day
    end = _END.search(rest)
    if _SOMETHING_ADJECTIVE.match(rest[: end.start()] if end else rest):
        return None  # "something warm for the winter walks": what it is like, not a kind
    words = [
        w for w in _WORD.findall(rest[: end.start()] if end else rest)
        if w not in STOPWORDS or w in _PLACEHOLDERS
    ]  # fmt: skip
    if len(words) > 1 and words[-1] in _PLACEHOLDERS and words[-2] not in _SAME:
        return None  # "a cosy thing to throw over my legs": cosy is what it is like, no kind
    words = [
        w for w in words
        if w not in _PLACEHOLDERS and not {w, stem(w)} & _NOT_HEADS and not _CUE.fullmatch(w)
    ]  # fmt: skip
    while words and (words[-1].endswith("ly") or not tokenize(words[-1])):
        words.pop()
    # A model's number and tier after its kind name no kind ("iphone 16 pro", "galaxy s24 ultra").
    while words and words[-1] in _MODEL_TIERS and _MODEL_NUMBER.search(rest):
        words.pop()
    # Attribute words after the noun name no kind: "baby stroller lightweight foldable" asks
    # for a stroller, never for whatever else is foldable.
    while len(words) > 1 and is_attribute_word(words[-1]):
        words.pop()
    # A participle that ended the phrase introduced a complement the end marker cut off ("bars
    # enriched [with peanut butter]", "extensions made [with synthetic hair]"): the noun before
    # it is the head. Only before a cut: "insulated jacket" and "black insulated" keep theirs.
    while end and len(words) > 1 and _PARTICIPLE.fullmatch(words[-1]):
        words.pop()
    # A letter after the noun names its type, no kind ("charger usb c": a USB-C charger).
    while len(words) > 1 and len(words[-1]) == 1:
        words.pop()
    if not words or (len(words[-1]) < 3 and words[-1] not in _SHORT_KINDS):
        return None
    said = _WORD.findall(rest[: end.start()] if end else rest)
    at = len(said) - 1 - said[::-1].index(words[-1]) if words[-1] in said else 0
    if at and said[at - 1] in _NAMES_A_KIND_BEFORE and said[at - 1] not in words:
        words = [*words[:-1], said[at - 1], words[-1]]  # "a gift card": a kind of its own
    return Head(phrase=" ".join(words[-3:]), word=words[-1])


_SOMETHING_ADJECTIVE = re.compile(
    r"\W*(?:(?:a|an|some)\s+)?(?:something|anything)\s+(?:(?:really|very|super|nice|and)\s+)*"
    r"[a-z'-]+\W*$"
)
"""A thing said only by what it is like ("something warm", "anything cosy"): the word after
"something" is an adjective, never the kind."""

_PLACEHOLDERS = frozenset({"thing", "things", "thingy", "thingie", "thingies"})
"""Nouns standing in for a kind not named ("a cosy thing", "the flat thingy"): the words before
them say what the thing is like, never its kind. ("One" points back at a listed product.)"""

_SAME = frozenset({"same", "similar", "other", "kinda", "sorta"})
"""Words before a placeholder that point back at a thing already said ("the same thing")."""

_HOW_OFTEN = re.compile(
    r"\b(?:every|each|all|most|some)\s+(?:single\s+)?(?:day|night|morning|evening|week|weekend"
    r"|month|year|time|summer|winter|season)s?\b"
)
"""How often or how long something is used ("every day", "all winter"): no kind."""

_MODEL_TIERS = frozenset({"pro", "max", "plus", "ultra", "mini", "lite", "air", "se", "fe"})
_MODEL_NUMBER = re.compile(r"\b[a-z]?\d{1,3}[a-z]?\s+(?:pro|max|plus|ultra|mini|lite|air|se|fe)\b")
"""A model number before its tier ("16 pro", "s24 ultra"): the tier is no kind."""

_SHORT_KINDS = frozenset({"tv", "tvs", "pc", "pcs"})
"""Two-letter words that name a kind of product ("a 55 inch TV"); other short words name none."""

_NAMES_A_KIND_BEFORE = frozenset({"gift"})
"""Words that name no kind alone but do before a noun ("gift card", "gift wrap")."""


_ATTRIBUTE_ENDINGS = re.compile(r"[a-z]{2,}(?:able|ible|proof|less|weight|ful|ish|ive|i[sz]ed)")
"""Adjectives by their ending ("foldable", "waterproof", "wireless", "lightweight", "stylish",
"polarized")."""
_ENDING_NOUNS = frozenset({
    "table", "cable", "vegetable", "turntable", "timetable", "stable", "bible", "olive",
    "drive", "knive", "archive", "adhesive", "laxative", "preservative", "sedative", "dish",
    "relish", "polish", "radish", "fish", "wish", "finish", "mouthful", "handful", "spoonful",
    "cupful", "counterweight", "paperweight", "flyweight", "explosive", "contraceptive",
    "locomotive", "detective", "motive",
})  # fmt: skip
"""Nouns that only look like adjectives by their ending."""


def is_attribute_word(word: str) -> bool:
    """A word that describes a product and names no kind of one: an adjective by its ending and
    not a plural ("foldable", "lightweight"; "vegetables", "wearables" are kinds)."""
    if word in _ENDING_NOUNS:
        return False
    material = word in MATERIAL_WORDS  # the word itself: "glasses" is a kind, "glass" a material
    return bool(_ATTRIBUTE_ENDINGS.fullmatch(word)) or material or bool(color_family(word))


class KindIndex:
    """The kinds a catalog sells: title head nouns and category words, and which words it uses
    only as modifiers (with the kinds they modify). Built from the index's payloads once per
    vocabulary (the index rebuilds that after writes)."""

    def __init__(self, payloads: Iterable[dict[str, Any]]) -> None:
        self.kinds: set[str] = set()
        self.heads: set[str] = set()  # title heads and the last word of leaf categories
        self.kind_words: dict[str, str] = {}  # stem -> a word as written, for the encoder
        self.modifies: dict[str, set[str]] = {}
        self.compounds: set[str] = set()  # modifiers right before a title's head: "beanie" hat
        self.named: dict[str, set[str]] = {}  # head -> "cutting board", "duffel bag", as titled
        self.told: dict[str, set[str]] = {}  # head -> the words its products' texts use
        self.written: list[Name] = []  # titles and leaf categories, as stems: "throw blanket"
        for product in payloads:
            head = title_head(str(product.get("title") or ""))
            category = [str(c) for c in product.get("category") or []]
            for name in category:
                for word in re.findall(r"[a-z][a-z'-]*", name.lower()):
                    self._add_kind(word)
            leaf = re.findall(r"[a-z][a-z'-]*", category[-1].lower()) if category else []
            title_stems = name_stems(str(product.get("title") or ""))
            self.written += [title_stems, name_stems(" ".join(leaf))]
            for word in [*leaf[-1:], *([head] if head else [])]:
                self._add_kind(word)
                self.heads.add(stem(word))
            if head is None:
                continue
            self.told.setdefault(stem(head), set()).update(product_text_words(product))
            if before := word_before_head(str(product.get("title") or ""), head):
                self.compounds.add(stem(before))
                self.named.setdefault(stem(head), set()).add(f"{before} {head}")
            for word in re.findall(r"[a-z][a-z'-]*", str(product.get("title") or "").lower()):
                term = stem(word)
                if term != stem(head) and word not in STOPWORDS:
                    self.modifies.setdefault(term, set()).add(stem(head))

    def _add_kind(self, word: str) -> None:
        if word in STOPWORDS:
            return
        term = stem(word)
        self.kinds.add(term)
        self.kind_words.setdefault(term, word)


MATERIAL_WORDS = frozenset({
    "leather", "suede", "wool", "cotton", "nylon", "plastic", "metal", "silk", "canvas", "denim",
    "linen", "rubber", "mesh", "fleece", "bamboo", "glass", "steel", "aluminum", "aluminium",
    "wood", "wooden", "ceramic", "stoneware", "cork", "copper", "brass", "titanium", "marble",
})  # fmt: skip
"""Materials written before a title's head ("Glass Mug", "Leather Boot"): what a product is made
of, never a compound kind of it, so "prescription glasses" is no Double Wall Glass Mug."""


def is_material(word: str) -> bool:
    """Whether a word (or its stem: "glasses") is a material."""
    return word in MATERIAL_WORDS or stem(word) in _MATERIAL_STEMS


_MATERIAL_STEMS = frozenset(stem(m) for m in MATERIAL_WORDS)


def product_text_words(product: dict[str, Any]) -> set[str]:
    """The words a product's title, categories, description and attribute values use."""
    attributes = product.get("attributes") or {}
    parts = [
        str(product.get("title") or ""), *[str(c) for c in product.get("category") or []],
        str(product.get("description") or ""), *[f"{k} {v}" for k, v in attributes.items()],
    ]  # fmt: skip
    return set(re.findall(r"[a-z]+", " ".join(parts).lower()))


def title_head(title: str) -> str | None:
    """The head noun of a title: the last word of its first part ("Dad Cap Washed Hat" -> hat,
    "Peppermint Herbal Tea, 16 Bags (Pack of 6)" -> tea, "Kids Gentle Sunscreen SPF 50" ->
    sunscreen: a rating written after the noun, in capitals with its whole number, is no head)."""
    first = re.split(r"[,(|\[]| - | – ", title, maxsplit=1)[0]
    first = _RATING_AFTER.sub("", first).lower()
    words = [w for w in re.findall(r"[a-z][a-z'-]*", first) if w not in STOPWORDS]
    words = [w for w in words if tokenize(w) and not re.fullmatch(r"\d+\w*", w)]
    return words[-1] if words else None


_RATING_AFTER = re.compile(r"(?<=[a-z])\s+[A-Z]{3,4}\s+\d+\+?\s*$")
"""A rating closing a title ("… Sunscreen SPF 50", "… Shirt UPF 50+"), not "USB 3.0" or a model
number after a word in lower case."""


def word_before_head(title: str, head: str) -> str | None:
    """The word written right before the title's head noun ("Wool Beanie Hat" -> beanie; "Trekking
    Pole 2P Tent" -> None, "2P" stands between)."""
    first = re.split(r"[,(|\[]| - | – ", title.lower(), maxsplit=1)[0]
    words = re.findall(r"[a-z0-9][a-z0-9'-]*", first)
    if head not in words:
        return None
    at = len(words) - 1 - words[::-1].index(head)
    before = words[at - 1] if at > 0 else None
    return before if before and before not in STOPWORDS and before.isalpha() else None


def _listed_as_kind(word: str, heads: set[str]) -> bool:
    """A word the shopper-words table gives as another name of a kind it modifies ("daypack" ->
    backpack, though the catalog writes Daypack 18L Backpack)."""
    plain = kind_words().get(word) or kind_words().get(stem(word)) or ""
    return bool(plain) and stem(plain.split()[-1]) in heads


def _names_kind(word: str, heads: set[str]) -> bool:
    """A word that is itself a name of a kind it modifies: by the shopper-words table ("daypack"
    -> backpack) or by a shared ending of a compound ("daypack", "backpack": a pack)."""
    if _listed_as_kind(word, heads):
        return True
    return any(len(_common_ending(stem(word), h)) >= 4 for h in heads if h != stem(word))


def compound_ending(word: str, kinds: KindIndex) -> str | None:
    """The kind a closed compound the catalog never writes ends with ("board" of skateboards,
    "watch" of stopwatch), None for any other word. Such a compound names a kind of its own
    more often than a variety of the catalog's (a skateboard, a doormat, a stopwatch); one that
    is a variety and close to the products ("wristwatch", "sunhat") is carried by closeness
    before this is asked."""
    lowered = word.lower()
    term = stem(lowered)
    if term in kinds.kinds or term in kinds.modifies or kind_words().get(lowered):
        return None
    for head in kinds.heads:
        part = term[: -len(head)] if term.endswith(head) else ""
        if len(part) >= COMPOUND_PART and part.isalpha():
            return lowered[len(part) :]
    return None


def _holds_word(title: str, word: str) -> bool:
    return word in re.findall(r"[a-z]+", title.lower())


def _common_ending(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return a[len(a) - n :]


class KindJudge:
    """Decides "carried" by kind for one catalog search; caches word vectors and the index."""

    def __init__(self, search: Any) -> None:
        self.search = search
        self._lock = threading.Lock()
        self._built_for: Any = None
        self._index: KindIndex | None = None
        self._vectors: dict[str, np.ndarray] = {}

    def index(self) -> KindIndex:
        vocabulary = self.search.index.vocabulary()
        with self._lock:
            if self._index is None or self._built_for is not vocabulary:
                fields = ["product.title", "product.category", "product.description"]
                fields += ["product.attributes"]
                payloads = (
                    p.get("product") or {} for p in self.search.index._scroll_payloads(fields)
                )
                self._index, self._built_for = KindIndex(payloads), vocabulary
            return self._index

    def carried(self, head: Head, top: set[str] | None = None, strict: bool = True) -> bool | None:
        """True when the store sells that kind, False when it does not, None when the head cannot
        tell. `top` holds the best search hit's words: a head the titles use only as a modifier
        counts as carried when it means a kind it modifies ("bikini" in Bikini Swimsuit) or when
        that hit holds it ("baseball caps" -> Dad Cap Washed Hat), not when the best hit is
        something else ("gaming laptop" -> Gaming Headset Headphones). A word the catalog does
        not know but spells closely ("hedphones", "ingredeints") is judged as the catalog's word.
        """
        kinds = self.index()
        if (names := named_kind(head.phrase.split())) is not None:
            return sold_under(names, kinds.heads, kinds.written)  # "monitor", "contact lenses"
        term = head.term
        if term in kinds.kinds:
            return not self.another_kind(head)  # "ironing board": no cutting board
        if written_apart(head, kinds):
            return True  # "anti perspirant": the catalog's Anti-Perspirant
        if any(another_compound(kind, head) for kind in kinds.heads):
            return False  # "wine glasses": the store's glasses are sunglasses
        word = term if len(term) >= 3 else head.word  # "laptops" is read as "laptop"
        typo = len(head.word) >= 6 and not is_english_word(head.word)  # "hedphones", not "powder"
        if term not in kinds.modifies and typo:
            near = difflib.get_close_matches(term, [*kinds.kinds, *kinds.modifies], 1, TYPO)
            if near and near[0] in kinds.kinds:  # "hedphones"
                return True
            term = word = near[0] if near else term  # "ingredeints" is judged as "ingredient"
        if term in kinds.modifies:  # "beanie" in Wool Beanie Hat, but also "laptop" in
            if self.best(word, kinds.modifies[term]) >= SYNONYM:  # Laptop Backpack: a modifier
                return True  # meaning a kind it modifies is that kind ("bikini" swimsuit)
            if _listed_as_kind(head.word, kinds.modifies[term]):  # "a daypack for a city
                return True  # break": a backpack, whatever the best hit is
            if top is None or term not in top:  # else the best hit decides, when it is a
                return None if top is None else False  # compound of that kind ("beanie hat")
            return not strict or (  # a long, detailed request: the hit holding it is enough
                (term in kinds.compounds and not is_material(head.word))
                or _names_kind(head.word, kinds.modifies[term])
                or self.best(word, kinds.modifies[term]) >= MODIFIER_KIND
            )
        if max(self.search.closeness(w) for w in {word, head.word}) >= NEAR_WORD:
            return True
        if compound_ending(head.word, kinds) is not None:
            return False  # "skateboards" are no cutting boards, however close "board" is
        return self.best(word, kinds.heads) >= SYNONYM

    def related(self, head: Head, products: list[Any]) -> list[Any]:
        """Of these products, those of a kind close in meaning to the one asked for: both the
        head word and the whole phrase must be close ("dryer" is near moisturizer, 0.56, but "hair
        dryer" is not, 0.52; "coffee table" is near coffee, "table" is not)."""
        ending = compound_ending(head.word, self.index())
        if ending is not None:  # "skateboards": the Skate Pro Sneaker, never a cutting board
            return [p for p in products if _holds_word(p.title, head.word[: -len(ending)])]
        other = self.another_kind(head)  # "sleeping bags": no duffel bag either
        out = []
        for product in products:
            kind = title_head(product.title)
            if not kind or another_compound(kind, head) or (other and stem(kind) == head.term):
                continue  # "wine glasses" are no sunglasses
            alone, said = self.best(head.word, {stem(kind)}), self.best(head.phrase, {stem(kind)})
            if other and said <= alone:  # "sleeping bags": a blanket, never a backpack for "bag"
                continue
            if min(alone, said) >= RELATED_KIND and not self._holds_another(head, product):
                out.append(product)
        return out

    def _holds_another(self, head: Head, product: Any) -> bool:
        """Whether the product is a thing for a sibling of what was asked: "wine" is close to a
        bottle, but a Water Bottle holds water, a drink like wine, and is no wine (the asked
        thing is nearer the modifier than the whole kind, and not near enough that whole kind)."""
        kind = title_head(product.title)
        modifier = word_before_head(product.title, kind) if kind else None
        if modifier is None:
            return False
        whole = self.best(head.phrase, [f"{modifier} {kind}"])
        return whole < RELATED_KIND and self.best(head.phrase, [modifier]) >= whole

    def another_kind(self, head: Head) -> bool:
        """A head the store sells named with a purpose that makes it another thing."""
        return names_other_kind(head, self.index(), self.best)

    def best(self, word: str, terms: Iterable[str]) -> float:
        kinds = self.index()
        words = [kinds.kind_words.get(t, t) for t in terms]
        if not words:
            return 0.0
        vectors = self._encode([word, *words])
        return float(max(vectors[1:] @ vectors[0]))

    def _encode(self, words: list[str]) -> np.ndarray:
        missing = [w for w in dict.fromkeys(words) if w not in self._vectors]
        if missing:
            encoded = encode_queries(self.search.encoder, missing)
            with self._lock:
                for word, vector in zip(missing, encoded, strict=True):
                    self._vectors[word] = np.asarray(vector, dtype=np.float32)
        return np.stack([self._vectors[w] for w in words])


_judges: dict[int, KindJudge] = {}
_judges_lock = threading.Lock()


def judge_for(search: Any) -> KindJudge:
    """One judge per catalog search object (its caches live as long as the search)."""
    with _judges_lock:
        judge = _judges.get(id(search))
        if judge is None or judge.search is not search:
            judge = _judges[id(search)] = KindJudge(search)
        return judge
