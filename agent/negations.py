"""What a shopper rules out ("not leather", "no black", "anything but Nike") or lets go of.

Negated words become filters (qdrant `must_not`) and leave the search text, so "a tote, but not
leather" never ranks leather totes up. Relaxing ("any colour is fine", "forget the budget") names
the constraints to drop while the others stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from agent.free_words import FREE_OF
from agent.understanding import Negations
from catalog.colors import color_family, known_color_words
from catalog.sparse import STOPWORDS

MATERIALS = frozenset({
    "leather", "suede", "wool", "cotton", "polyester", "nylon", "plastic", "metal", "silk",
    "down", "canvas", "denim", "linen", "rubber", "mesh", "fleece", "cashmere", "merino",
    "bamboo", "acrylic", "spandex", "latex", "fur", "feathers", "synthetic", "glass", "steel",
    "aluminum", "aluminium", "wood", "ceramic", "stoneware", "foam", "gluten", "dairy", "nuts",
    "peanuts", "sugar", "caffeine", "soy", "porcelain", "tpu", "pvc", "eva", "vinyl", "silicone",
    "polycarbonate", "tritan", "teflon", "ptfe", "neoprene", "coating",
})  # fmt: skip
# What "I'm vegan" rules out among materials a catalog names.
_VEGAN = ("leather", "suede", "wool", "silk", "down", "fur", "cashmere", "merino")
_SKIP_AFTER_NOT = frozenset({
    "too", "very", "so", "that", "sure", "yet", "really", "much", "more", "less", "now", "a",
    "the", "interested", "bad", "only", "just", "quite", "over", "under", "above", "below",
    "thanks", "thank", "problem", "worries", "rush", "need", "want", "like", "exactly", "all",
    "any", "one", "ones", "it", "this", "those", "them", "what", "i", "you", "bigger",
    "smaller", "cheaper", "longer", "shorter", "in", "made", "of", "from", "with", "later", "mind",
    "than", "spend", "spending", "pay", "paying", "go", "exceed", "blow", "break", "not", "no",
})  # fmt: skip
_NEGATOR = re.compile(
    r"\b(?:not (?:a (?:big |huge )?fan of|keen on|into|big on)|no more|not|no|without|except"
    r"|excluding|anything but|nothing|nothin'?|nuthin'?|never|avoid|minus|sans"
    r"|any (?:other )?(?:colou?r|brand|material) (?:but|other than)|other than"
    r"|isn'?t|aren'?t|is not|are not|wasn'?t|nothing in|none in|skip the|rather not"
    r"|don'?t (?:want|like|need|do)|do not (?:want|like|need|do)|hat(?:e|es|ed|ing)"
    r"|dislikes?|detest|can'?t (?:stand|do|wear)|cannot (?:stand|do|wear)|allergic to|free of"
    r"|(?:sick|tired) of|had enough of|steer clear of|stay away from|keep away from|apart from"
    r"|bad (?:experiences?|luck|time) with|disappointed (?:by|with|in)|let down by|burn[et] by"
    r"|non(?=[\s-]))(?:\s+|(?<=non)-)"
    r"(?:(?:in|on|made of|made from|from|with|by|(?:made|produced|manufactured|designed) by)\s+"
    r"(?:(?:a|an|the|that|this|those|these|any)\s+)?"
    r"|(?:any|a|an|the)\s+)?"
    r"(?:(?:anything|something|stuff|ones?)\s+(?:in|made of|made from|from|with|by"
    r"|(?:made|produced|manufactured|designed) by)\s+)?"
    r"([a-z][a-z'&-]*(?:\s+[a-z][a-z'&-]*)?)"
)
_ZERO = re.compile(r"\b(?:zero|0%)\s+([a-z]+)\b")
"""A material said with "zero" ("a belt with zero leather"): a spec's zero ("zero drop") is no
negation, so only materials count."""
# The thing ruled out said first: "suede is a no for me", "black is out", "Nike's a no-go".
_RULED_OUT_AFTER = re.compile(
    r"\b((?:[a-z][a-z'&-]*,?\s+){0,4}[a-z][a-z'&-]*)(?:\s+(?:is|are)|'s)\s+(?:a\s+)?(?:hard\s+)?"
    r"(?:no(?:[- ]go)?|out(?!\s+of\b)|off the table|dealbreaker|not for me|not my thing)\b"
    r"(?:\s+for (?:me|us|him|her|them))?"
)
_VEGAN_WORD = re.compile(r"\bvegan\b")
_VEGAN_SAID = re.compile(r"\b(?:i'?m|i am|we'?re|we are|(?:and|but|as)\s+i'?m)\s+(?:a\s+)?vegan\b")
_STOP_SECOND = frozenset({
    "and", "or", "but", "please", "i", "i'm", "im", "because", "as", "since", "thanks", "for",
    "under", "over", "in", "size", "with", "then", "though", "either", "at", "ones", "one",
    "color", "colour", "stuff", "things", "items", "products", "material", "brand", "pls",
    "plz", "thx", "ok", "okay", "so", "if", "is", "are", "that", "which", "all",
})  # fmt: skip


_NOT_RULED_OUT_BY_FREE = frozenset({
    "for", "feel", "tax", "duty", "hands", "care", "worry", "stress", "hassle", "fee", "toll",
    "totally", "completely", "entirely", "100", "the", "and", "get", "got", "its", "it's", "set",
    "break", "run", "home", "scot", "fancy", "fat",
})  # fmt: skip
"""Words before "free" that name nothing to rule out ("feel free", "hands-free", "tax free")."""


def negations_in(
    text: str,
    brands: frozenset[str] = frozenset(),
    kept_free: frozenset[str] = frozenset(),
    short_words: frozenset[str] = frozenset(),
    title_phrases: frozenset[str] = frozenset(),
    word_pairs: frozenset[str] = frozenset(),
) -> tuple[Negations, str]:
    """The excluded colours, materials, brands and words, and the text without those phrases.

    "X-free" rules X out unless X is in `kept_free`, the "X-free" phrases the catalog itself
    uses as a property (agent/free_words.py). A word of three letters is ruled out only when it
    is one of `short_words`, the catalog's own ("no zip"; never "no way"). A phrase of
    `title_phrases` ("no show" of "No Show Liner Socks") names a product, not a negation. Two
    plain words the catalog names as one (`word_pairs`: "not a power bank", "not water
    resistant") are ruled out together, never by the first ("power" is every charger's)."""
    lowered = text.lower()
    found = Negations()
    spans: list[tuple[int, int]] = []
    brand_names = {b.lower(): b for b in brands}
    for match in FREE_OF.finditer(lowered):  # "peanut-free granola bars": no peanut
        word = match[1]
        if word in _NOT_RULED_OUT_BY_FREE or word in kept_free or word in STOPWORDS:
            continue
        if _classify(word, found, brand_names) or _classify_short(word, found):
            spans.append((match.start(), match.end()))
    for match in _negator_matches(lowered):
        words = match[1].split()
        vague = 0
        if words and words[0] in _VAGUE:  # "hates anything itchy": the feel, not "anything"
            vague, words = len(words[0]) + 1, words[1:2]
        if not words or words[0] in _SKIP_AFTER_NOT | _VAGUE:
            continue
        said = len(words[0])
        if feel := _FELT_MATERIAL.get(words[0]):
            words = [feel]
        negator = lowered[match.start() : match.start(1)].replace("-", " ").split()
        if negator[:1] == ["no"] and negator[1:2] in (["a"], ["an"], ["the"]):
            continue  # "no a DUFFEL bag": the no answers the last reply, the bag is wanted
        if negator and f"{negator[-1]} {words[0]}" in title_phrases:
            continue  # "the no show liner socks": a title, not "not show"
        if _POINTED.search(match[0], 0, match.start(1) - match.start()) and not (
            _names_a_property(words[0], brand_names)
        ):
            continue
        if len(words) > 1 and words[1] in _STOP_SECOND:
            words = words[:1]
        phrase = " ".join(words)
        if _a_named_pair(words, word_pairs, brand_names):
            _add(found.words, phrase)
            spans.append((match.start(), match.end(1)))
            continue
        if not _classify(phrase, found, brand_names, short_words):
            if not _classify(words[0], found, brand_names, short_words):
                continue
            if _a_part(lowered[: match.start(1)], words):  # "without a carbon plate": the
                _add(found.features, phrase)  # plate is out, not all carbon
                spans.append((match.start(), match.end(1)))
                continue
            phrase = words[0]
        end = match.start(1) + vague + (said if phrase == words[0] else len(phrase))
        if _pair_out_by_first(words, phrase, lowered, match.end(1), brand_names):
            end = match.end(1)  # "no flip flops or slides": the pair is out by its first word
        end = _more_of_the_same(lowered, end, found, brand_names, phrase)
        spans.append((match.start(), end))
    for match in _NOT_THOSE.finditer(lowered):  # "not one of those squishy TPU ones"
        if any(start <= match.start() < end for start, end in spans):
            continue  # "not the Clayfield ones": the brand is already out, the kind kept
        marks = [w for w in match[1].split() if _names_a_property(w, brand_names)]
        if not marks:  # "not one of those heavy weighted ones": the words marking the kind
            marks = [w for w in match[1].split() if _plain_word(w) and w not in STOPWORDS]
        for word in marks:
            _classify(word, found, brand_names)
        if marks:
            spans.append((match.start(), match.end()))
    for match in _ZERO.finditer(lowered):  # "zero leather in it"; never "zero drop"
        if match[1] in MATERIALS or match[1].rstrip("s") in MATERIALS:
            _classify(match[1], found, brand_names)
            spans.append((match.start(), match.end()))
    spans += allergies_in(lowered, found, brand_names)
    for match in _RULED_OUT_AFTER.finditer(lowered):  # "suede is a no for me", "black's out"
        if (start := _ruled_out_before(match[1], found, brand_names)) is not None:
            spans.append((match.start(1) + start, match.end()))
    if vegan := _VEGAN_SAID.search(lowered):
        spans.append((vegan.start(), vegan.end()))
    vegan_in(lowered, found)
    return found, _cut(text, spans)


def vegan_in(text: str, found: Negations) -> None:
    """Rules out what "vegan" does, also when the message says it as a reason the request
    leaves out ("scratch the leather, it's for my sister and she's vegan")."""
    if _VEGAN_WORD.search(text):
        for material in _VEGAN:
            _add(found.materials, material)


_NOT_THOSE = re.compile(
    r"\b(?:not|none of|no|never)\s+(?:(?:one|any|some)\s+of\s+)?(?:those|these|them|the)\s+"
    r"((?:[a-z][a-z'-]*\s+){1,3})(?:ones|things|kinds?|types?|sorts?)\b"
)
"""A kind of thing ruled out by what marks it: "not one of those squishy TPU ones", "none of
the plastic ones"; its colours, materials and brands are out, or, when it names none, its
plain words ("not one of those heavy weighted ones")."""
_POINTED = re.compile(
    r"\b(?:in|on|made of|made from|from|with|by)\s+(?:a|an|the|that|this|those|these|any)\s+$"
)
"""A preposition and a determiner before the word: "not in that sand colour" rules sand out,
"nothing in the kitchen" and "not in that price range" rule out nothing."""
_ALLERGY = re.compile(
    r"\b([a-z][a-z'-]{2,})[- ](?:allerg(?:y|ies)|intoleran(?:ce|t))\b"
    r"|\ballergic to\s+(?:any\s+|all\s+)?([a-z][a-z'-]{2,})"
)
"""What a shopper is allergic to or cannot take: "a nut allergy", "lactose intolerant", "my kid
is allergic to nuts" (said as a reason, which the request leaves out)."""


def _a_part(before: str, words: list[str]) -> bool:
    """Whether two words ruled out after "without a" or "with no" name one part ("without a
    carbon plate"), not a thing ruled out and the kind wanted ("no leather belts")."""
    if len(words) != 2 or words[1] in STOPWORDS or len(words[1]) < 3 or not words[1].isalpha():
        return False
    return bool(_PART_BEFORE.search(before))


def _a_named_pair(words: list[str], pairs: frozenset[str], brands: dict[str, str]) -> bool:
    """Two plain words the catalog names as one ("power bank"), neither a colour, material or
    brand ("not black jeans" still rules black out)."""
    return (
        len(words) == 2
        and " ".join(words) in pairs
        and not _names_a_property(words[0], brands)
        and not _names_a_property(words[1], brands)
    )


_PART_BEFORE = re.compile(r"\b(?:without an?|with no)\s+$")


def _negator_matches(text: str) -> Iterator[re.Match[str]]:
    """Each negation, the next searched from the words after the last one's negator, so "no
    black no white" and "wait no, not black" each rule their colour out."""
    pos = 0
    while (match := _NEGATOR.search(text, pos)) is not None:
        yield match
        pos = match.start(1)


def allergies_in(
    text: str, found: Negations, brands: dict[str, str] | None = None
) -> list[tuple[int, int]]:
    """Adds what the shopper is allergic to ("my son has a nut allergy") to `found`, where the
    message may say it as a reason the request leaves out; the spans saying it."""
    spans = []
    for match in _ALLERGY.finditer(text):
        said = match[1] or match[2]
        if said in STOPWORDS or said in _SKIP_AFTER_NOT:
            continue
        if _classify(said, found, brands or {}) or _classify_short(said, found):
            spans.append((match.start(), match.end()))
    return spans


_AND_PHRASE = re.compile(r"\s*(?:&|and)\s+([a-z][a-z'-]*)")
_OR_MORE = re.compile(r"\s*(?:,|or|nor|and|,\s*or)\s+(?:no\s+|not\s+)?([a-z][a-z'-]*)")
_WANTED_ONLY = re.compile(r"\s+only\b")
_TRAILING = re.compile(r"\s*(?:colou?red|colou?rs?|ones?|material|stuff)\b")


def _more_of_the_same(
    text: str, end: int, found: Negations, brands: dict[str, str], said: str = ""
) -> int:
    """ "not mustard or rust coloured", "no leather or suede": the list goes on with the same
    kind; "not salt and vinegar" is one flavour (both words must be there to rule one out);
    after a material, plain words go on too ("isn't ceramic or porcelain")."""
    last = (found.words or [""])[-1]
    pair = _AND_PHRASE.match(text, end)
    if (  # "nothing huge and under 150": the price clause that follows is not ruled out
        pair
        and last
        and not color_family(last)
        and not _kind_of_its_own(pair[1], brands)
        and pair[1] not in _STOP_SECOND | _SKIP_AFTER_NOT
    ):
        found.words[-1] = f"{last} {pair[1]}"
        return pair.end()
    plain = bool(last) and not _kind_of_its_own(last, brands)  # "no flip flops or slides"
    plain = plain or _is_material(said)
    while (
        (more := _OR_MORE.match(text, end))
        and (_kind_of_its_own(more[1], brands) or (plain and _plain_word(more[1])))
        and not _WANTED_ONLY.match(text, more.end())  # "no v neck, crew only": crew is wanted
        and not _wanted_after_comma(text, end, more)  # "no leather, canvas": canvas is wanted
    ):
        _classify(more[1], found, brands)
        end = more.end()
    if trailing := _TRAILING.match(text, end):
        end = trailing.end()
    return end


_LIST_GOES_ON = re.compile(r"(?:\s*,\s*[a-z][a-z'-]*)*\s*,?\s*(?:or|nor|and)\s+[a-z]")


def _wanted_after_comma(text: str, end: int, more: re.Match[str]) -> bool:
    """A word after a bare comma is what is wanted instead ("no bluetooth, wired", "no leather,
    canvas") unless the list goes on to an "or" ("no leather, suede or wool")."""
    return text[end : more.start(1)].strip() == "," and not _LIST_GOES_ON.match(text, more.end())


def _pair_out_by_first(
    words: list[str], phrase: str, text: str, end: int, brands: dict[str, str]
) -> bool:
    """ "no flip flops or slides": a pair of plain words ruled out by its first word, when an
    or-list of plain words goes on after it."""
    more = _OR_MORE.match(text, end)
    return (
        len(words) == 2
        and phrase == words[0]
        and not _kind_of_its_own(words[0], brands)
        and _plain_word(words[1])
        and more is not None
        and _plain_word(more[1])
    )


def _plain_word(word: str) -> bool:
    """A word an or-list of plain words goes on with ("slides"), not "anything" or "so"."""
    return len(word) > 3 and word.isalpha() and word not in _STOP_SECOND | _SKIP_AFTER_NOT | _VAGUE


_VAGUE = frozenset({"anything", "something", "whatever", "similar", "stuff", "things", "else"})
_FELT_MATERIAL = {"itchy": "wool", "scratchy": "wool", "prickly": "wool", "woolly": "wool"}
"""A feel a shopper rules out names the material that has it: "he hates anything itchy"."""
_KINDS_OF_MATERIAL = {"wool": ("merino", "lambswool")}
"""Materials that are kinds of a wider one, ruled out with it ("no wool" rules merino out)."""


def _is_material(phrase: str) -> bool:
    return phrase in MATERIALS or phrase.rstrip("s") in MATERIALS


def _kind_of_its_own(word: str, brands: dict[str, str]) -> bool:
    return bool(color_family(word) or word in MATERIALS or word in brands)


def _ruled_out_before(said: str, found: Negations, brands: dict[str, str]) -> int | None:
    """The colours, materials and brands listed before "is/are a no" ("suede and leather are a
    no"), read from the end; where the list starts in `said`, or None when it names none."""
    words = [(m.start(), m[0]) for m in re.finditer(r"[a-z][a-z'&-]*", said)]
    start, i = None, len(words)
    while i > 0:
        pair = " ".join(w for _, w in words[max(i - 2, 0) : i])
        if i >= 2 and _names_a_property(pair, brands):
            _classify(pair, found, brands)
            start, i = words[i - 2][0], i - 2
        elif _names_a_property(words[i - 1][1], brands):
            _classify(words[i - 1][1], found, brands)
            start, i = words[i - 1][0], i - 1
        else:
            break
        if i > 0 and words[i - 1][1] in {"and", "or", "nor"}:
            i -= 1
    return start


def _names_a_property(phrase: str, brands: dict[str, str]) -> bool:
    """A colour, material or brand: what "X is a no" can rule out (not "that is a no")."""
    return bool(
        phrase in brands
        or (color_family(phrase) and (" " not in phrase or phrase in known_color_words()))
        or phrase in MATERIALS
        or phrase.rstrip("s") in MATERIALS
    )


def _classify(
    phrase: str, found: Negations, brands: dict[str, str], short: frozenset[str] = frozenset()
) -> bool:
    if phrase in brands:
        _add(found.brands, brands[phrase])
        return True
    if color_family(phrase) and (" " not in phrase or phrase in known_color_words()):
        _add(found.colors, phrase)  # as said: "tan" rules out tan, "brown" every brown
        _add(found.words, phrase)
        return True
    if phrase in MATERIALS or phrase.rstrip("s") in MATERIALS:
        _add(found.materials, phrase)
        for kind in _KINDS_OF_MATERIAL.get(phrase.rstrip("s"), ()):
            _add(found.materials, kind)  # "no wool": the merino ones are wool too
        return True
    if " " not in phrase and phrase.isalpha() and (len(phrase) > 3 or phrase in short):
        _add(found.words, phrase)
        if (noun := _PARTICIPLE.match(phrase)) is not None:
            _add(found.words, f"{noun[1]}ing")  # "no coated pans": a "ceramic coating" is out
        if (base := _short_base(phrase, short)) is not None:
            _add(found.words, base)  # "no zipper": the titles say "Zip"
        return True
    return False


_PARTICIPLE = re.compile(r"^([a-z]{3,})ed$")
"""A finish said as a participle ("coated", "quilted") names its noun ("coating", "quilting")."""
_DERIVED = ("pered", "pers", "per", "ped", "ping", "py")
"""Endings that make a catalog's short word into the shopper's ("zipper", "zipped")."""


def _short_base(word: str, short: frozenset[str]) -> str | None:
    for ending in _DERIVED:
        base = word.removesuffix(ending)
        if base != word and base in short:
            return base
    return None


def _classify_short(word: str, found: Negations) -> bool:
    """A short word ruled out by "-free" ("nut-free", "soy-free"): a plain excluded word."""
    if word.isalpha() and len(word) >= 3:
        _add(found.words, word)
        return True
    return False


def _add(values: list[str], value: str) -> None:
    if value not in values:
        values.append(value)


def _cut(text: str, spans: list[tuple[int, int]]) -> str:
    out = text
    for start, end in sorted(spans, reverse=True):
        out = out[:start] + " " + out[end:]
    out = re.sub(r"\s*,\s*(?:,\s*)+", ", ", out)
    out = re.sub(r"\b(?:but|and|or)\s*([,.!?]|$)", r"\1", out.strip())
    return " ".join(out.split()).strip(" ,;")


_LET_GO = (
    r"(?:forget|ignore|drop|never ?mind|don'?t (?:care|worry) about|do not (?:care|worry) about"
    r"|skip|remove|lose|scrap|ditch|lift|no need for)\s+(?:about\s+)?(?:the\s+|my\s+|that\s+"
    r"|this\s+|a\s+)?"
)
"""Letting go of a constraint: "forget about the price limit", "never mind my budget"."""
_RELAX = {
    "price": re.compile(
        rf"\b{_LET_GO}(?:price|budget|price (?:limit|cap|range)|spending limit|max(?:imum)?"
        r"|cap|limit)\b|\b(?:price|budget|cost) (?:doesn'?t|does not)"
        r" matter\b|\bany price\b|\bno (?:budget|price limit)\b"
        r"|\bover (?:the )?budget is (?:ok|fine)"
        r"|\b(?:money|price|budget|cost)(?:'s| is)? (?:no|not|n'?t|isn'?t|is not)(?: really| much"
        r" of| an?)* (?:object|issue|problem|concern|constraint)\b|\bdoesn'?t have to be cheap\b"
    ),
    "color": re.compile(
        rf"\bany (?:colou?r|shade)s?\b|\b{_LET_GO}colou?r\b"
        r"|\bcolou?r (?:doesn'?t|does not) matter\b|\ball colou?rs\b"
        r"|\bdoesn'?t have to be (?:in )?(?:"
        + "|".join(
            [
                "red",
                "blue",
                "black",
                "white",
                "green",
                "grey",
                "gray",
                "navy",
                "brown",
                "pink",
                "yellow",
                "orange",
                "purple",
                "beige",
                "tan",
            ]
        )
        + r")\b"
    ),
    "size": re.compile(
        rf"\bany size\b|\b{_LET_GO}size\b"
        r"|\bsize (?:doesn'?t|does not) matter\b|\ball sizes\b"
    ),
    "brand": re.compile(
        rf"\bany brand\b|\b{_LET_GO}brand\b"
        r"|\bbrand (?:doesn'?t|does not) matter\b|\bother brands\b"
    ),
}


def relaxed_in(text: str) -> list[str]:
    """Constraints the shopper lets go of: "any colour is fine" -> ["color"]."""
    lowered = text.lower()
    return [name for name, pattern in _RELAX.items() if pattern.search(lowered)]


def without_ruled_out_colours(kept: str, found: Negations) -> str:
    """The text less a colour said again after it was ruled out ("not grey, he already owns 5
    grey ones"): what the shopper has already, never a colour wanted."""
    ruled = {_colour_spelling(word) for word in found.colors}
    for word in sorted(known_color_words(), key=len, reverse=True):
        if _colour_spelling(word) in ruled:
            kept = re.sub(rf"(?<![\w-]){re.escape(word)}(?![\w-])", " ", kept)
    return kept


def _colour_spelling(word: str) -> str:
    return word.lower().replace("grey", "gray")
