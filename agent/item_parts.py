"""Several items named in one request: "add 2 bags of the chips and one of that OJ", "add the
stovetop one in white, and the linen pillow in navy 20x20", "remove the socks and the mug",
"need a yoga mat and a water bottle".

A shop assistant hears one verb for every item joined to the first by "and", ",", "plus" or
"also": each part is read as its own request with that verb ("add one of that OJ"), in its own
quantity, colour and size. A part starts with what points at an item (a count, "the", "a",
"that", an ordinal), so "black and white", "salt and vinegar" or "2 and a half" never split; the
reader still checks that every part names an item before acting on the parts.
"""

from __future__ import annotations

import re

_OPENERS = (
    r"(?:(?:ok(?:ay)?|oh|and|also|so|then|please|pls|actually|hmm+|um+|right|great|cool|nice"
    r"|hi+|hey+|hello|hiya|yo|morning|good (?:morning|afternoon|evening)|evening|there"
    r"|perfect|can you|could you|would you|just|yes|yeah|sure)[\s,!.]+)*"
)
_ADD_LEAD = re.compile(
    rf"^\W*{_OPENERS}(?P<verb>add|put|throw in|toss in|pop in|chuck in|grab|get me|give me"
    r"|i'?ll take|i'?ll have|i'?ll get|i want|i'd like|we'?ll take|let me get|can i (?:get|have)"
    r"|could i (?:get|have))\s+",
    re.I,
)
_REMOVE_LEAD = re.compile(
    rf"^\W*{_OPENERS}(?P<verb>remove|delete|drop|take out|take off|get rid of|ditch|lose|nix)\s+",
    re.I,
)
_SEARCH_VERB = (
    r"(?P<verb>(?:i |we )?(?:also |still |really )?need|(?:i'?m |im |we'?re )?looking for"
    r"|(?:i'?m |im )?after|show me|find me|do you (?:have|sell|carry)|got any|any"
    r"|(?:i |we )(?:want|would like|'d like)|i'?d like)\s+"
)
_SEARCH_LEAD = re.compile(rf"^\W*{_OPENERS}{_SEARCH_VERB}", re.I)
_LIST_LEAD = re.compile(
    r"^\W*(?P<label>(?:(?!\b(?:add|remove|which|what|how|is|are|does|do|can)\b)[^:?.;\-–—])"
    r"{2,70}?)(?P<verb>:|\s[-–—]+)\s+",
    re.I,
)
"""A shopping list's label before its items, with no verb: "winter stuff: beanie, scarf",
"lunchbox stuff for the kids - granola bars and juice", "I have $60 for all of it: a yoga mat
and a water bottle". What the label limits (a budget) holds for every item."""
_LABEL_LIMIT = re.compile(r"\d|\$|£|€|\b(?:under|below|budget|cheap)\b", re.I)
_SENTENCE_END = re.compile(r"[.?!](?:\s|$)(?!\s*(?:and also|and|plus|also)\s)")
"""Where the list ends: "… and honey oat cereal? doing the weekly shop"; not before an item
added after the question ("got any scarves? and gloves")."""
_SEARCH_LEAD_WITHIN = re.compile(rf"(?:[,.;:!]\s*|\s(?:and|so)\s+){_OPENERS}{_SEARCH_VERB}", re.I)
"""A lead after a story: "i'm moving into a new flat and need a blanket, …"."""
_SHARED_TAIL = re.compile(
    r"(?:\s*(?:[,;]|\s-+)\s*|\s+(?=(?:nothing|none|without|not|each|both|all|under|below"
    r"|less than|max|no more than|at most|around|about|budget)\b))(?P<tail>.+)$",
    re.I,
)
"""What follows the last item and holds for every item: ", nothing leather", "under 50 each"."""
_ITEM_NOT = (
    r"(?!(?:a|an|one)\s+(?:half|quarter|bit|little|lot|few|couple of (?:days|weeks))\b)"
    r"(?!(?:one|two|three|\d{1,2})\s+(?:more|less|size|sizes|of them|of those|each)\b)"
    r"(?!(?:a|an|one|two|three|four|five|six|\d{1,2})\s+(?:couple|pairs?|packs?|sets?|boxes"
    r"|bags?|bottles?|cans?|pieces?|pcs|units?)\b(?!\s+of\b))"
    r"(?!(?:the|a|an|my|its)\s+(?:colou?r|size|price|style|shade|length|width|fit)\b)"
    r"(?!\d+(?:\.\d+)?\s*(?:ml|l|oz|fl|ft|feet|foot|in|inch(?:es)?|cm|mm|gb|tb|gigabytes?"
    r"|terabytes?|lbs?|pounds?|kg|g|grams?|mah|w|watts?|v|volts?|count|ct)\b)"
)
_ITEM_START = (
    r"(?=(?:the|a|an|some|that|this|those|these|my|one|two|three|four|five|six|\d{1,2}"
    r"|first|second|third|fourth|fifth|last)\b)" + _ITEM_NOT
)
"""A count said beside the kind ("socks, 3 pairs", "a couple") is no item of its own; "2 packs of
gum" is one. Nor is an option or a measure of the item before ("water shoes in size 7.5 and the
color khaki", "case size 30 ml, 50 ml, 100 ml")."""
_RELATIVE = re.compile(r"\s(?:that|which|who|that'?s|with|having|where)\b", re.I)
"""Where a clause about the item begins ("a usb cable that is high speed and 32 ft", "a desktop
that's got an i5, 32 gigabytes of ram, and a 1 tb ssd"): what follows describes the item before
it, so no part starts there; it stays with the last item ("a mat and a bottle that keeps water
cold")."""
_JOIN = re.compile(
    r"\s*(?:,\s*(?:and\s+|plus\s+|also\s+|and also\s+)?|\s+(?:and also|and|plus|&|also)\s+)"
    + _ITEM_START
    + r"|\s*[?!.]+\s*(?:and also|and|plus|also)\s+(?=[a-z])",
    re.I,
)
"""Also a question ended and another item added after it ("got any scarves? and gloves"): the
item there needs no "a" or "the"."""
_LOOSE_JOIN = re.compile(
    r"\s*(?:,\s*(?:and\s+|plus\s+|also\s+)?|\s+(?:and also|and"
    r"|plus|&)\s+)(?=[a-z0-9])(?!(?:starting|doing|going|getting|looking|thinking|planning|moving|heading"
    r"|trying|like|for|but|so|let'?s|lets|i|im|i'm|we|it|its|it's|he|she|they|he's|she's|they're|you|your"
    r"|that|which|who|to|with|without|not|no|size|sizes|colou?r|ideally|preferably"
    r"|nothing|under|below|over|around|about|max|budget|each|both|all|in|at|on|from|by|as|if"
    r"|or|pls|please|thanks|ty)\b)" + _ITEM_NOT,
    re.I,
)
"""Between the kinds of a search, a bare noun starts an item too ("orange juice, sea salt chips
and honey oat cereal", "beanie, scarf, maybe gloves"); the reader keeps the parts only when each
names a kind ("salt and vinegar chips" stays one)."""
_CART_TAIL = re.compile(
    r"\s+(?:to|in|into|on|onto)\s+(?:my|the|our)\s+(?:cart|basket|bag|trolley)\b.*$", re.I
)


def item_parts(text: str) -> list[tuple[str, list[str]]]:
    """The ways the message reads as one request ("add", "remove" or "search") for several
    items, each part with the verb said once for all ("add the mat and the bottle" -> "add the
    mat", "add the bottle"); "i want a tote and a cap" may be an add or a search of each kind.
    Empty when the message names fewer than two items after one verb."""
    readings: list[tuple[str, list[str]]] = []
    for kind, lead in (("add", _ADD_LEAD), ("remove", _REMOVE_LEAD), ("search", _SEARCH_LEAD)):
        match = lead.match(text) or (_SEARCH_LEAD_WITHIN.search(text) if kind == "search" else None)
        label = None
        if match is None and kind == "search":
            label = match = _LIST_LEAD.match(text)
        if match is None:
            continue
        rest = text[match.end() :].strip()
        end = _SENTENCE_END.search(rest) if kind == "search" else None
        if end and (label is not None or end[0].startswith("?")):
            rest = rest[: end.start()]  # "… and honey oat cereal? doing the weekly shop"
        tail = _CART_TAIL.search(rest) if kind == "add" else None
        said_tail = tail[0] if tail else ""
        rest = rest[: tail.start()] if tail else rest
        clause = _RELATIVE.search(rest)
        about = rest[clause.start() :] if clause else ""
        rest = rest[: clause.start()] if clause else rest
        parts = _split(rest, _JOIN)
        enumerated = label is not None or _AND.search(rest) is not None
        enumerated = enumerated and not _RULED_OUT.search(rest)  # "except sour cream & onion"
        if kind == "search" and enumerated and _all_short(loose := _split(rest, _LOOSE_JOIN)):
            parts = loose  # "orange juice, sea salt chips and honey oat cereal"
        if about and parts:
            parts[-1] += about
        if len(parts) < 2:
            continue
        if kind == "search":
            parts, said_tail = _shared_tail(parts)
        if label is not None and _LABEL_LIMIT.search(label["label"]):
            said_tail += f", {label['label'].strip()}"  # "I have $60 for all of it: …"
        verb = "need" if label is not None else "add" if kind == "add" else match["verb"].lower()
        readings.append((kind, [f"{verb} {part}{said_tail}" for part in parts]))
    return readings


def _split(rest: str, join: re.Pattern[str]) -> list[str]:
    return [p.strip(" ,.;") for p in join.split(rest) if p and p.strip(" ,.;")]


_LOOSE_WORDS = 4
_RULED_OUT = re.compile(r"\b(?:except|not|no|without|but|nothing|never)\b", re.I)
_AND = re.compile(r",[^,]*\s(?:and|&|plus)\s", re.I)
"""Bare items are an enumeration when a list's label leads them or a comma and an "and" join
them ("orange juice, sea salt chips and honey oat cereal"); two bare words joined by "and" alone
may be one thing ("a record player and stereo speaker", "plant based and sulfate free shampoo":
ChatShop goals 709 and 1649 were answered "we don't carry" for the first word)."""


def _all_short(parts: list[str]) -> bool:
    """Items said bare are listed short ("beanie, scarf, maybe gloves"); a longer part is a
    description going on ("a warm winter jacket in navy, size medium, ideally below $250")."""
    return all(len(part.split()) <= _LOOSE_WORDS for part in parts)


def _shared_tail(parts: list[str]) -> tuple[list[str], str]:
    """The parts without what the last one says for all of them, and that, to say with each."""
    tail = _SHARED_TAIL.search(parts[-1])
    if tail is None or not parts[-1][: tail.start()].strip():
        return parts, ""
    return [*parts[:-1], parts[-1][: tail.start()]], ", " + tail["tail"]


def without_search_lead(text: str) -> str:
    """The item a search part names ("need a grinder" -> "a grinder")."""
    match = _SEARCH_LEAD.match(text)
    return text[match.end() :] if match else text


_AN_ITEM = re.compile(rf"(?:maybe\s+|perhaps\s+)?{_ITEM_START}|(?:maybe|perhaps)\b", re.I)


def said_as_an_item(text: str) -> bool:
    """A search part's item opens like one ("a grinder", "some coffee", "maybe gloves"), not as a
    bare word ("quick" of "coffee beans, quick")."""
    return _AN_ITEM.match(without_search_lead(text).strip()) is not None
