"""Variant options named in a query: colour families, sizes and "in stock".

Colours and sizes become filters only when the catalog has them, so a feed without colour
options never loses every result to a colour filter it cannot satisfy.
"""

from __future__ import annotations

import re
from functools import lru_cache

from catalog.colors import color_family, known_color_words
from catalog.colour_names import after_key, phrase_key
from catalog.query_text import choose_spans, lead_start

_FLAGS = re.IGNORECASE

# Shades that are as often a flavour, scent, material or product ("styling cream", "olive oil"):
# a colour only when the query says so ("in olive", "olive colour").
_AMBIGUOUS_SHADES = frozenset(
    {
        "cream", "chocolate", "olive", "mint", "sage", "rust", "plum", "blush", "sand", "tan",
        "camel", "cognac", "coral", "charcoal", "lavender", "ivory", "denim", "violet",
    }
)  # fmt: skip
_COLOR_RE = re.compile(
    r"(?<![a-z])(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"[\s-]+") for w in known_color_words())
    + r")(?![a-z])",
    _FLAGS,
)
_NEGATION_BEFORE = re.compile(
    r"\b(?:(?:not|no|non|without|except|avoid|nothing)[\s-]+(?:(?:in|a|an|any|the)\s+)*"
    r"|but[\s-]+(?:(?:a|an|any|the)\s+)*)$",  # "caps but navy"; "those but in red" asks for red
    _FLAGS,
)
_COLOR_CUE_BEFORE = re.compile(r"(?:\bin\s+(?:an?\s+)?|\bcolou?r\s*[:=]?\s*)$", _FLAGS)
_COLOR_CUE_AFTER = re.compile(r"^[\s-]*colou?r", _FLAGS)
# a shade paired with another colour is a colour too: "black or olive backpacks", "sage/cream"
_PAIR = r"\s*(?:[,/&]\s*(?:(?:or|and)\b\s*)?|(?:or|and)\b\s*)"
_PAIRED_BEFORE = re.compile(rf"{_COLOR_RE.pattern}{_PAIR}$", _FLAGS)
_PAIRED_AFTER = re.compile(rf"^{_PAIR}{_COLOR_RE.pattern}", _FLAGS)
# a finish, not a colour: "gold plated hdmi cable"
_FINISH_AFTER = re.compile(r"^[\s-]*(?:plated|plating|filled|leaf)\b", _FLAGS)
_NEXT_WORD = re.compile(r"^[\s-]+([a-z][a-z'-]*)", _FLAGS)
_PREVIOUS_WORD = re.compile(r"(?<![a-z'-])([a-z][a-z'-]*)[\s-]+\Z", _FLAGS)

_LETTER_SIZE_WORDS = (
    r"extra[\s-](?:extra[\s-])?(?:large|small)|(?:[2-5]x|x{2,4})[\s-]?(?:large|small)"
    r"|x-?(?:large|small)|[2-5]?x{1,4}[sl]"
)
_SIZE_TOKEN = rf"{_LETTER_SIZE_WORDS}|[a-z0-9]+(?:\.\d+)?"
_SIZE_END = r"(?![\w'’*×/\"″-])"  # not "size 40*40cm", "size 36\" x 24\"", "in l'oreal"
_SIZED = r"(?:[\s-]+sized?\b)?"
_NOT_A_SIZE_AFTER = r"(?!\s+(?:colou?r|shade|tone|roast|heat|weight|firm|hold|coverage)\b)"
GENDERED_SIZE = (
    r"\b(?:men|women|ladies)(?:['’]?s|s['’])?\s+(?:us\s+)?(?P<val>\d{1,2}(?:\.5)?)"
    r"(?![\w.%$]|\s*(?:\$|dollars?|bucks|years?|yrs?|months?|pack|pairs?|of\b|x\b))"
)
"""A number after whose sizing it is ("mens 9", "women's 7.5"): a shoe size, not a count."""
_SIZE_RES = (
    # "size 10", "in a size 10.5", ", size: M", "the size should be small"
    re.compile(
        r"\b(?:in\s+)?(?:(?:a|an|the)\s+)?(?:size|sz)"
        r"(?:\s+(?:needs\s+to\s+be|should\s+be|must\s+be|is|of))?\s*[:#=]?\s*"
        rf"(?P<val>{_SIZE_TOKEN}){_SIZE_END}",
        _FLAGS,
    ),
    # "in a medium", "in M", "in x-large size"
    re.compile(
        rf"\bin\s+(?:(?:a|an)\s+)?(?P<val>{_LETTER_SIZE_WORDS}|[sml]|small|medium|large)"
        rf"{_SIZE_END}{_NOT_A_SIZE_AFTER}{_SIZED}",
        _FLAGS,
    ),
    # "medium size", "large-sized"
    re.compile(r"\b(?P<val>small|medium|large)[\s-]+sized?\b", _FLAGS),
    # unmistakable size words on their own: "XL", "xx-large", "extra large", "5x-large"
    re.compile(rf"(?<![\w-])(?P<val>{_LETTER_SIZE_WORDS}){_SIZE_END}{_SIZED}", _FLAGS),
    # "waist 32", "32 waist", "32 inch waist"
    re.compile(
        r"\b(?:(?:a|with\s+a)\s+)?waist(?:\s+size)?\s*[:#=]?\s*(?P<val>\d{2})(?![\w.])",
        _FLAGS,
    ),
    re.compile(r"(?<![\w.])(?P<val>\d{2})(?:\s*(?:inch(?:es)?|in|\"|″))?\s+waist\b", _FLAGS),
    # jeans sizes written waist-by-length: "w32", "W32 L30", "w32/l32"
    re.compile(r"(?<![\w.])w\s?(?P<val>\d{2})(?:\s*[x/]?\s*l\s?\d{2})?(?![\w.])", _FLAGS),
    re.compile(GENDERED_SIZE, _FLAGS),
)
_NUMBER = re.compile(r"\d{1,2}(?:\.5)?")
"""A shoe or clothing size said by number: kept as said even when nothing comes in it."""
_NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
}  # fmt: skip
_LETTER_SIZE = re.compile(r"^(?:(?P<xs>x*)|(?P<n>[2-5])x)(?P<base>s|l|small|large)$")
_MEDIUM = frozenset({"m", "med", "medium"})

_STOCK_RE = re.compile(
    r"\b(?:(?:that\s+(?:is|are)|which\s+(?:is|are)|currently|only)\s+)*"
    r"(?:in[\s-]stock|available\s+(?:right\s+)?(?:now|today)|ships?\s+(?:today|now|immediately)"
    r"|ready\s+to\s+ship)\b",
    _FLAGS,
)
# "any yoga mats left in plum", "do you have any left?", "are there still some left": what is
# left to buy; never a side or hand ("left-handed", "the left shoe")
_LEFT_RE = re.compile(
    r"\b(?:any(?:thing|one)?|some|have|got)\b[^.?!;]{0,60}?\b(?P<left>(?:still\s+)?left)\b"
    r"(?![\s-]*(?:hand|handed|side|foot|shoe|ear|arm|leg|over|behind)\b)",
    _FLAGS,
)
_STOCK_NEGATION = re.compile(r"\b(?:not|no\s+longer|isn['’]?t|aren['’]?t|out\s+of)\s*\Z", _FLAGS)


def find_colors(
    text: str,
    available: frozenset[str],
    skip: list[tuple[int, int]],
    names: frozenset[str] = frozenset(),
) -> list[str]:
    """Colour families named in text that the catalog stocks; negated or skipped spans ignored,
    and so are colours that begin a product's name (`names`, catalog/colour_names.py)."""
    families = _families(available)
    found: list[str] = []
    for match in _COLOR_RE.finditer(text):
        start, end = match.span()
        word = re.sub(r"[\s-]+", " ", match.group(0).lower())
        family = color_family(word)
        if family is None or family not in families or family in found:
            continue
        if any(s < end and start < e for s, e in skip):
            continue
        before = text[max(0, start - 30) : start]
        if _NEGATION_BEFORE.search(before) or _FINISH_AFTER.match(text[end:]):
            continue
        if (after := _NEXT_WORD.match(text[end:])) and phrase_key(word, after[1]) in names:
            continue  # "green tea": the Jasmine Green Tea, nothing green
        if (prior := _PREVIOUS_WORD.search(text[:start])) and after_key(prior[1], word) in names:
            continue  # "earl grey tea": the Earl Grey Lavender Tea, nothing grey
        if word in _AMBIGUOUS_SHADES and not (
            _COLOR_CUE_BEFORE.search(before)
            or _COLOR_CUE_AFTER.match(text[end:])
            or _paired(before, text[end:])
        ):
            continue
        found.append(family)
    return found


def _paired(before: str, after: str) -> bool:
    """The shade is said beside a plain colour ("black or olive", "olive & navy"): a colour. Two
    ambiguous words together ("mint and sage") say nothing more about each other."""
    other = _PAIRED_BEFORE.search(before) or _PAIRED_AFTER.match(after)
    said = _COLOR_RE.search(other.group(0)) if other else None
    return said is not None and said.group(0).lower() not in _AMBIGUOUS_SHADES


def find_sizes(text: str, available: frozenset[str]) -> tuple[list[str], list[tuple[int, int]]]:
    """Sizes the catalog stocks, as stored, and the phrases that named them; a number said as a
    size ("size 5") that nothing comes in is kept as said, so the search finds none in it rather
    than dropping the size."""
    index = _size_index(available)
    if not index:
        return [], []
    hits: dict[tuple[int, int], list[str]] = {}
    for pattern in _SIZE_RES:
        for match in pattern.finditer(text):
            stored = index.get(size_key(match.group("val")))
            if not stored and pattern is _SIZE_RES[0] and _NUMBER.fullmatch(match.group("val")):
                stored = [match.group("val")]  # "boots size 5", none made: none in that size
            if stored:
                hits.setdefault((lead_start(text, match.start()), match.end()), stored)
    sizes: list[str] = []
    spans = choose_spans(list(hits))
    for span in spans:
        sizes.extend(s for s in hits[span] if s not in sizes)
    return sizes, spans


def find_in_stock(text: str) -> list[tuple[int, int]]:
    """Where the query asks for items that can be bought now ("in stock", "ships today", "any
    left in plum")."""
    spans = [
        (lead_start(text, m.start()), m.end())
        for m in _STOCK_RE.finditer(text)
        if not _STOCK_NEGATION.search(text, max(0, m.start() - 20), m.start())
    ]
    spans += [(lead_start(text, m.start("left")), m.end("left")) for m in _LEFT_RE.finditer(text)]
    return choose_spans(spans)


def size_key(value: str) -> str:
    """One spelling per size: "X-Large", "extra large" and "xl" all become "XL"; "10.0" is "10"."""
    compact = re.sub(r"[\s_-]+", "", value.strip().lower())
    compact = _NUMBER_WORDS.get(compact, compact)
    compact = compact.replace("extra", "x")
    if compact in _MEDIUM:
        return "M"
    letter = _LETTER_SIZE.match(compact)
    if letter:
        x_count = int(letter["n"]) if letter["n"] else len(letter["xs"] or "")
        return "X" * x_count + letter["base"][0].upper()
    if re.fullmatch(r"\d+\.0+", compact):
        compact = compact.split(".")[0]
    return compact.upper()


@lru_cache(maxsize=16)
def _size_index(sizes: frozenset[str]) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for stored in sorted(sizes):
        index.setdefault(size_key(stored), []).append(stored)
    return index


@lru_cache(maxsize=16)
def _families(colors: frozenset[str]) -> frozenset[str]:
    return frozenset(color_family(c) or c.strip().lower() for c in colors)
