"""One product in several of its values, told by the values said in turn: "the pima crew tee in
heather grey, M for me and S for my son", "3 stoneware diner mugs, 12 oz, one sky blue one
mustard one cream", "2 bottles in navy 20oz and 1 in sand", "the wool beanie, black x2 and
olive x1", "ringer tee burgundy M and burgundy S, one for me one for my son".

A shop assistant hears one add per value of the option that changes; an option said once holds
for every share. Every word after the product must be one of its values, a count, whom it is
for or a plain joining word; anything else leaves the message to the other readings.
"""

from __future__ import annotations

import re
from typing import Any

from agent.size_words import SIZE_WORDS
from agent.slots import count_value
from agent.split_orders import ASKS_TO_ADD, LEAD, Share, offers_colour, product_named
from catalog.colors import color_family, known_color_words

_NUMBER = r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten"
_HEAD_END = re.compile(rf"\s+(?:in|and|for)\s|[,;:]|\s+x\s?\d|\s+(?:{_NUMBER})\b")
_WORD = re.compile(r"[a-z0-9][a-z0-9'’.-]*|[,;:&+]")
_TIMES = re.compile(r"^(?:x|×)(\d{1,2})$")
_FILLER = frozenset(
    re.findall(
        r"\S+",
        "and & + , ; : plus also in of the a an size sizes colour colours color colors ones one's"
        " same please pls plz thanks thx too both all each them those these pairs pair packs pack"
        " pieces units small big large little bigger smaller then with to into my cart basket bag"
        " trolley i'd i'll like want need add put get take",
    )
)
"""Words that join the shares or order them and say nothing of a share's options."""
_OTHER = {"another": 1, "other": 1}
_RECIPIENT_WORDS = 4
"""At most this many words say whom a share is for ("for the running club")."""


def value_shares(text: str, search: Any) -> tuple[Any, list[Share]] | None:
    """(product, its shares) when the message orders one product in several values of one
    option, every other option said once for all."""
    said = _ordered(text)
    if said is None:
        return None
    rest, lead = said
    end = _HEAD_END.search(rest)
    head = rest[: end.start()] if end else rest
    product = product_named(head, search)
    if product is None:
        return None
    return _shares_said(rest, lead, product)


def value_shares_of(text: str, product: Any) -> tuple[Any, list[Share]] | None:
    """(product, its shares) when a message naming no product orders the one in view (a
    photo's match) in several values: "add black in M and L, one each"."""
    said = _ordered(text)
    return _shares_said(*said, product) if said is not None else None


def _ordered(text: str) -> tuple[str, Any] | None:
    """The message after its lead ("add", a count) and that lead; None for a question, but
    "can you add … ?" asks to order (its "?" dropped)."""
    lowered = " ".join(text.lower().split()).strip(" .!")
    if ASKS_TO_ADD.match(lowered):
        lowered = lowered.rstrip(" ?")
    if "?" in lowered:
        return None
    lead = LEAD.match(lowered)
    return (lowered[lead.end() :] if lead else lowered), lead


def _shares_said(rest: str, lead: Any, product: Any) -> tuple[Any, list[Share]] | None:
    total = count_value(lead["count"]) if lead and lead["count"] else None
    tokens = _tokens(rest, product)  # the head too: "ringer tee burgundy M and burgundy S"
    if tokens is None:
        return None
    if tokens and tokens[0][0] == "times" and total is None:
        total, tokens = tokens[0][1], tokens[1:]  # "latte bowl mug x3, one sage …"
    return _shares(tokens, product, total, ordered=bool(lead and lead.group(0).strip()))


def _value_spans(text: str, product: Any) -> list[tuple[int, int, str, str]]:
    """(start, end, option, value) of each of the product's values said, in order."""
    spans: list[tuple[int, int, str, str]] = []
    taken = text
    for word in known_color_words():
        said = re.escape(word).replace(r"\ gray", r"\ gr[ae]y")
        for match in re.finditer(rf"(?<![\w-]){said}(?![\w-])", taken):
            if offers_colour(product, word):
                spans.append((match.start(), match.end(), "color", _colour_of(product, word)))
            taken = taken[: match.start()] + " " * len(word) + taken[match.end() :]
    keys = {k for v in product.variants for k in v.options} - {"color"}
    for key in sorted(keys):
        values = {v.options[key] for v in product.variants if v.options.get(key)}
        for value in sorted(values, key=len, reverse=True):
            for pattern in _value_patterns(value):
                for match in re.finditer(pattern, taken):
                    spans.append((match.start(), match.end(), key, value))
                    width = match.end() - match.start()
                    taken = taken[: match.start()] + " " * width + taken[match.end() :]
    return sorted(spans)


def _value_patterns(value: str) -> list[str]:
    """How a value may be written: "12 oz" as "12oz", "M" as "m" or "medium"."""
    said = value.lower()
    edge_in, edge_out = r"(?<![\w'’-])", r"(?![\w'’-])"
    if re.fullmatch(r"[\d.]+", said):
        return [rf"(?<=\bsize )(?:{re.escape(said)}){edge_out}"]
    number_unit = re.fullmatch(r"([\d.]+)\s*([a-z]+)", said)
    if number_unit:
        return [rf"{edge_in}{re.escape(number_unit[1])}\s*{number_unit[2]}{edge_out}"]
    words = [w for w, letter in SIZE_WORDS.items() if letter.lower() == said]
    return [rf"{edge_in}(?:{'|'.join(map(re.escape, [*words, said]))}){edge_out}"]


def _colour_of(product: Any, word: str) -> str:
    """The product's own colour a word names ("green": forest green), else the word."""
    colours = {(v.color or "").lower() for v in product.variants if v.color}
    if word in colours:
        return word
    same = [c for c in colours if color_family(c) == color_family(word)]
    return same[0] if len(same) == 1 else word


def _tokens(text: str, product: Any) -> list[tuple[str, Any]] | None:
    """The words after the product as ("value", (option, value)), ("count", n), ("each", n),
    ("times", n); None when a word says something else."""
    spans = _value_spans(text, product)
    title = set(re.findall(r"[a-z]+", product.title.lower()))
    tokens: list[tuple[str, Any]] = []
    at, recipient = 0, 0
    pieces: list[tuple[str, Any]] = []
    for start, end, key, value in spans:
        pieces += [("text", w) for w in _WORD.findall(text[at:start])]
        pieces.append(("value", (key, value)))
        at = end
    pieces += [("text", w) for w in _WORD.findall(text[at:])]
    for at, (kind, piece) in enumerate(pieces):
        if kind == "value":
            tokens.append((kind, piece))
            recipient = 0
            continue
        word = str(piece).strip(".")
        before = [str(p) for _, p in pieces[max(0, at - 2) : at]]
        if word in {"one", "ones"} and _names_a_value(pieces[max(0, at - 2) : at]):
            continue  # "the teal one": which, not how many
        if recipient and before[-1:] and before[-1] in _WHOSE:
            recipient -= 1  # "for my two boys": who, not how many
        elif times := _TIMES.match(word):
            tokens.append(("times", int(times[1])))
        elif re.fullmatch(_NUMBER, word) or word in _OTHER:
            tokens.append(("count", _OTHER.get(word) or count_value(word)))
            recipient = 0
        elif word == "each" and tokens and tokens[-1][0] == "count":
            tokens[-1] = ("each", tokens[-1][1])
        elif word == "for":
            recipient = _RECIPIENT_WORDS
            tokens.append(("for", None))
        elif recipient and word not in {",", ";", "and", "&", "+"}:
            recipient -= 1
        elif word in _FILLER or word.rstrip("s") in title or word in title or not word:
            recipient = 0
        else:
            return None
    return tokens


_WHOSE = frozenset({"my", "our", "his", "her", "their", "the"})


def _names_a_value(before: list[tuple[str, Any]]) -> bool:
    """The two pieces before are "the <value>": a following "one" names a share, counts none."""
    return len(before) == 2 and before[0] == ("text", "the") and before[1][0] == "value"


def _shares(
    tokens: list[tuple[str, Any]], product: Any, total: int | None, *, ordered: bool
) -> tuple[Any, list[Share]] | None:
    values = [t[1] for t in tokens if t[0] == "value"]
    said: dict[str, list[str]] = {}
    for key, value in values:
        said.setdefault(key, []).append(value)
    varying = [k for k, vs in said.items() if len(set(vs)) > 1]
    rows = _rows(values, varying)
    if rows is None:
        return None
    key = next(iter(rows[0]))
    common = {k: vs[0] for k, vs in said.items() if k not in varying}
    varies = {
        k
        for k in {k for v in product.variants for k in v.options}
        if len({v.options.get(k) for v in product.variants}) > 1
    }
    if not varies <= {*varying, *common}:
        return None  # an option left open: the usual add asks for it
    counts = _own_counts(tokens, key)
    if counts is None:
        return None
    quantities = _quantities(counts, total)
    if quantities is None:
        return None
    said_for = any(t[0] == "for" for t in tokens)
    if not ordered and total is None and all(c is None for c in counts) and not said_for:
        return None  # "<title> in S and M" alone may be a look, not an order
    shares = []
    for row, quantity in zip(rows, quantities, strict=True):
        options = {**common, **row}
        words = " ".join(options[k] for k in sorted(options, key=lambda k: k != "color"))
        size = options.get("size")
        shares.append(Share(quantity=quantity, words=f"{product.title} in {words}", size=size))
    return product, shares


def _rows(values: list[tuple[str, str]], varying: list[str]) -> list[dict[str, str]] | None:
    """Each share's own values: one of the option that changes, or, when two change, one of
    each said side by side ("in black size M for my wife and the teal one in S"); None when the
    values said do not part into distinct shares."""
    moving = [(k, v) for k, v in values if k in varying]
    width = len(varying)
    if width not in {1, 2} or len(moving) % width:
        return None
    rows = [dict(moving[i : i + width]) for i in range(0, len(moving), width)]
    if any(len(row) != width or next(iter(row)) != moving[0][0] for row in rows):
        return None
    if len({tuple(sorted(row.items())) for row in rows}) < len(rows):
        return None  # the same value twice is no split
    return rows


def _own_counts(tokens: list[tuple[str, Any]], key: str) -> list[int | None] | None:
    """Each share's own count: one said just before its value, or "x2" just after it; a count
    said with "each" holds for every share; loose "one"s ("one for me one for my son") must be
    one per share."""
    counts: list[int | None] = []
    pending: int | None = None
    each: int | None = None
    loose: list[int] = []
    for kind, piece in tokens:
        if kind == "value" and piece[0] == key:
            counts.append(pending)
            pending = None
        elif kind == "count":
            if pending is not None:
                loose.append(pending)
            pending = piece
        elif kind == "each":
            each = piece
        elif kind == "times":
            if not counts or counts[-1] is not None:
                return None
            counts[-1] = piece
    if pending is not None:
        loose.append(pending)
    if loose and (any(n != 1 for n in loose) or len(loose) != len(counts)):
        return None
    if each is not None:
        counts = [each if c is None else c for c in counts]
    if loose:
        counts = [1 if c is None else c for c in counts]
    return counts


def _quantities(counts: list[int | None], total: int | None) -> list[int] | None:
    """The shares' quantities: a count said before the product is the first share's when only
    it has none ("2 bottles in navy and 1 in sand"), else all of them together."""
    if total is None:
        return [c or 1 for c in counts]
    if all(c is not None for c in counts):
        return [int(c or 0) for c in counts] if sum(int(c or 0) for c in counts) == total else None
    if counts[0] is None and all(c is not None for c in counts[1:]):
        return [total, *[int(c or 0) for c in counts[1:]]]
    if all(c is None for c in counts) and total == len(counts):
        return [1] * len(counts)
    return None
