"""Which cart line a message means: "the shoes", "the socks", "the blue one", or its title.

A line is found by the words of its title and category path, the colour of its variant, and a
few everyday names for kinds of goods ("shoes" for sneakers and boots). Only a single best line
counts; a tie falls back to the product in focus, then to the only line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from agent.cart_phrases import command_clauses
from agent.kind_synonyms import KIND_SYNONYMS
from agent.outcome import ToolRun
from agent.slots import color_words_in, colors_in
from agent.title_orders import aligned
from agent.understanding import Understanding
from agent.words import new_words
from catalog.colors import color_family
from catalog.kind_words import plain_kind_words
from catalog.sparse import stem, tokenize
from commerce.models import Cart, CartLine

_COMMAND_WORDS = frozenset({
    "remove", "delete", "take", "out", "off", "drop", "get", "rid", "make", "change", "set",
    "update", "quantity", "qty", "actually", "instead", "switch", "swap", "size", "color",
    "colour", "cart", "basket", "bag?", "want", "don't", "dont", "only", "just", "need", "the",
    "those", "these", "that", "them", "one", "ones", "please", "pair", "pairs", "to", "from",
})  # fmt: skip


@dataclass(frozen=True)
class LineFacts:
    """What identifies one cart line."""

    product_id: str
    title: str
    category: list[str]
    variant_title: str
    values: frozenset[str] = frozenset()
    """Every option value the product comes in, lower-case ("forest green", "m")."""
    quantity: int = 1
    price: int = 0
    """The line's unit price in minor units ("the cheaper of the two")."""


# "drop the cheaper of the two", "remove the pricier one", "keep... no, lose the more expensive
# one", "take out whichever one is more expensive": a line by its price, among two or more lines
# of different prices.
_BY_PRICE = re.compile(
    r"\b(?:the|(?:whichever|whatever|which ever)(?: one| item| thing| of (?:them|the two|those"
    r"|these|the \w+))?(?:'s| is| costs?)?) "
    r"(?:(cheaper|cheapest|less expensive|least expensive|lower[- ]priced)"
    r"|(pricier|priciest|dearer|dearest|more expensive|most expensive|higher[- ]priced))"
    r"(?:\s+(?:one|ones|item|thing|line|of (?:the|them|those|these|my)\b)|\s*[,.!?]|\s*$)"
)


def line_by_price(text: str, lines: list[LineFacts]) -> str | None:
    """The cart line "the cheaper of the two" or "the pricier one" means (by unit price)."""
    said = _BY_PRICE.search(text.lower())
    prices = {line.price for line in lines}
    if said is None or len(lines) < 2 or len(prices) < len(lines):
        return None
    pick = min if said[1] else max
    return pick(lines, key=lambda line: line.price).product_id


def line_meant(
    understanding: Understanding, lines: list[LineFacts], referred: list[str], focus: str | None
) -> str | None:
    """The product id of the line the message means, or None when it cannot tell."""
    if not lines:
        return None
    said, keep = command_clauses(understanding.text.lower())  # "remove the shoes, keep the socks"
    kept = {line.product_id for line in lines if keep and _score(keep, line) > 0}
    lines = [line for line in lines if line.product_id not in kept] or lines
    scores = {line.product_id: _score(said, line) for line in lines}
    best = max(scores.values())
    top = [pid for pid, score in scores.items() if score == best]
    if best > 0 and len(top) == 1:
        return top[0]
    if best == 0 and _names_something(said, understanding):
        return None  # "remove the shoes" with no shoes in the cart: ask, never guess
    if _colour_of_several(said, understanding, lines):
        return None  # "remove the black one" with two black lines: ask, never guess
    if best > 0 and len(top) > 1 and _kind_of_several(said, lines, top):
        return None  # "make the socks 3" with two lines of socks: ask, never guess
    in_cart = {line.product_id for line in lines}
    candidates = top if best > 0 else list(in_cart)
    for pid in referred:
        if pid in candidates:
            return pid
    corrects = bool(_CORRECTS.search(understanding.text))  # "oops i meant 9": the last add
    if focus in candidates and (understanding.references.pronoun or best > 0 or corrects):
        return focus
    if len(lines) == 1:
        return lines[0].product_id
    if understanding.references.pronoun and best == 0:
        return lines[-1].product_id  # "make that size M": the line added last
    return None


def _kind_of_several(said: str, lines: list[LineFacts], top: list[str]) -> bool:
    """ "The socks" said of two lines whose kind it names alike, and no word of either title
    apart from the kind (no "the merino socks", no "it")."""
    words = {w for w in tokenize(said) if w not in _COMMAND_WORDS and not w.isdigit()}
    tied = [line for line in lines if line.product_id in top]
    kinds = [{t for name in line.category for t in tokenize(name)} for line in tied]
    titles = [set(tokenize(line.title)) for line in tied]
    shared = set.intersection(*[t | k for t, k in zip(titles, kinds, strict=True)])
    return bool(words) and aligned(words, shared) <= shared


_COLOUR_ONE = re.compile(r"\bthe ([a-z]+(?: [a-z]+)?) (?:one|ones|item|thing)\b")


def _colour_of_several(said: str, understanding: Understanding, lines: list[LineFacts]) -> bool:
    """ "The black one" said when more than one line is black and nothing else is named."""
    named = _COLOUR_ONE.search(said)
    colours = set(understanding.slots.color_words)
    if named is None or named[1] not in colours or _names_something(said, understanding):
        return False
    return sum(named[1] in line.variant_title.lower().split(" / ") for line in lines) > 1


_EXCEPT = re.compile(
    r"\b(?:except(?: for)?|but(?: for)?|apart from|other than|besides|save)\s+(.+)$"
)


def lines_kept(text: str, lines: list[LineFacts]) -> set[str]:
    """The lines "remove everything except the socks" keeps (none when no exception is said)."""
    said = _EXCEPT.search(text.lower())
    if said is None:
        return set()
    return {line.product_id for line in lines if _score(said[1], line) > 0}


def line_offering(
    understanding: Understanding, lines: list[LineFacts], meant: str | None
) -> str | None:
    """ "Can I have it in forest green instead?" with a jacket and a bottle in the cart: "it" is
    the one line whose product comes in what was said, when the line meant does not."""
    if meant is None or not understanding.references.pronoun:
        return meant
    fits = [line.product_id for line in lines if _offers(line, understanding)]
    return fits[0] if len(fits) == 1 and meant not in fits else meant


def _offers(line: LineFacts, understanding: Understanding) -> bool:
    slots = understanding.slots
    if not line.values or not (slots.size or slots.colors):
        return False
    if slots.size and slots.size.lower() not in line.values:
        return False
    if not slots.colors:
        return True
    families = {color_family(w) for value in line.values for w in [value, *value.split()]}
    return any(c in line.values for c in slots.color_words) or bool(set(slots.colors) & families)


def _names_something(text: str, understanding: Understanding) -> bool:
    """ "Remove the shoes" names a kind of thing; "remove it" does not."""
    ignored = _COMMAND_WORDS | _FILLER
    said = {stem(w) for w in new_words(text) if w not in ignored} - ignored
    named = [*understanding.slots.color_words, *color_words_in(text)]  # "navy, not olive"
    colours = {part for word in named for part in word.split()}
    return bool(said - colours - set(understanding.slots.colors))


_FILLER = frozenset({
    "item", "thing", "everything", "all", "please", "now", "actually", "instead", "quantity",
    "make", "remove", "delete", "set", "change", "update", "want", "don't", "dont", "cart",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "couple", "more",
    "oops", "whoops", "sorry", "meant", "mean", "should", "been", "before", "pay", "paying",
    "checkout", "order", "first", "then", "okay", "hold", "wait", "hang", "i'll", "gonna",
    "small", "medium", "large", "thought", "second", "mind", "think", "guess", "prefer", "rather",
    "swap", "switch", "exchange", "wrong", "can", "could", "you", "pls", "plz", "thanks", "too",
    "many", "less", "fewer", "one", "keep", "just", "only", "really", "ugh", "hmm", "nah", "yeah",
    "toss", "nix", "ditch", "drop", "scrap", "bin", "lose", "rid", "chuck", "axe", "cut", "kill",
    "yeet",
    "add", "another", "bump", "increase", "raise", "grab", "give", "throw", "put", "pack", "packs",
    "knock", "subtract", "minus", "away", "off", "out", "argh", "erm", "meh", "ooh", "ohh", "welp",
    "enough", "plenty", "sufficient", "pair", "pairs", "piece", "pieces", "unit", "units",
    "either", "anymore", "longer", "after", "afterall", "changed", "nvm", "nevermind", "total",
    "altogether", "together", "overall", "mistake", "mistakes", "mistaken", "typo", "not",
    "half", "dozen", "dozens", "nos", "pcs", "eleven", "twelve", "fifteen", "twenty", "same",
    "again",
})  # fmt: skip
_CORRECTS = re.compile(r"\b(?:i meant|i mean|meant to say|should(?: have)? be(?:en)?)\b", re.I)


def line_scores(text: str, lines: list[LineFacts]) -> dict[str, float]:
    """How well the text names each line (by product id); 0 for a line it does not name."""
    return {line.product_id: _score(text, line) for line in lines}


def _score(text: str, line: LineFacts) -> float:
    said = {w for w in tokenize(text) if w not in _COMMAND_WORDS}
    said = {w for w in said if not w.isdigit()}
    wanted = set(said)  # "the crisps", "the trainers", "the jumper": the chips, the sneakers, ...
    plain = tokenize(plain_kind_words(text))
    wanted |= {w for w in plain if w not in _COMMAND_WORDS and not w.isdigit()}
    for word in set(wanted):
        wanted |= KIND_SYNONYMS.get(word, set())
    title_terms = set(tokenize(line.title))
    kind_terms = {t for name in line.category for t in tokenize(name)}
    said = aligned(said, title_terms | kind_terms)  # "the knives" for a Knife
    wanted = aligned(wanted, title_terms | kind_terms)
    score = 2.0 * len(said & title_terms) + 1.0 * len((wanted - said) & (title_terms | kind_terms))
    score += 1.0 * len(said & kind_terms)
    colours = {color_family(w) for w in re.findall(r"[a-z]+", line.variant_title.lower())}
    colours.discard(None)
    score += 1.5 * len(set(colors_in(text)) & colours)
    return score


def line_of_variant(lines: list[Any], color: str | None, size: str | None) -> list[Any]:
    """Of several cart lines of one product, those whose variant has the colour or size said
    ("drop the olive one" with a navy and an olive backpack); [] when none or no choice."""
    if len(lines) < 2 or not (color or size):
        return []
    picked = list(lines)
    if color and (family := color_family(color.lower())):
        picked = [li for li in picked if family in _families(li.variant_title or "")]
    if size:
        picked = [li for li in picked if size.lower() in _parts(li.variant_title or "")]
    return picked if len(picked) < len(lines) else []


def _parts(variant_title: str) -> set[str]:
    return {part.strip().lower() for part in variant_title.split("/")}


def _families(variant_title: str) -> set[str]:
    found = {color_family(part) for part in _parts(variant_title)}
    found |= {color_family(w) for w in re.findall(r"[a-z]+", variant_title.lower())}
    return {f for f in found if f}


def cart_line_of(
    run: ToolRun,
    product_id: str,
    color: str | None = None,
    size: str | None = None,
    words: str = "",
    new: frozenset[str] = frozenset(),
) -> tuple[Cart | None, CartLine | None]:
    """The conversation's cart (None when it has none yet) and its line of this product; of two
    lines of it, the one whose colour or size was said (or, for a change to `new` values, whose
    current value `words` name: "make the L one olive"), else None: never a guess."""
    if not run.state.cart_id:
        return None, None
    cart = run.ctx.commerce.get_cart(run.state.cart_id)
    lines = [li for li in cart.lines if li.product_id == product_id]
    if len(lines) < 2:
        return cart, next(iter(lines), None)
    meant = ((run.state.intent or {}).get("references") or {}).get("line_variants") or []
    picked = [li for li in lines if meant and li.variant_title in meant]  # "my dad's one"
    picked = picked or line_of_variant(lines, color, size) or lines_named(lines, words, new)
    return cart, picked[0] if len(picked) == 1 else None


def lines_named(lines: list[Any], words: str, new: frozenset[str] = frozenset()) -> list[Any]:
    """The lines whose current option value (other than the `new` ones) the words name."""
    lowered = f" {' '.join(words.lower().split())} "
    return [
        line
        for line in lines
        if any(
            re.search(rf"(?<![\w']){re.escape(part)}(?![\w'])", lowered)
            for part in _parts(line.variant_title or "") - new
            if part
        )
    ]
