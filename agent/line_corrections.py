"""A correction of what was just done to the cart, said as a complaint rather than a command:
"sorry, make that a 9.5", "why is it black?? I wanted navy", "I meant the quarter zip one, not
the fleece zip", "oops, misclick, undo that", "changed my mind, put the socks back", "nah remove
that, give me the trucker hat instead".

A general rule over the line the last turn touched: a correction marker, then what the sentence
names decides the edit (a value the line's product offers, another product of its kind, an undo
or a put-back). It only rereads a message nothing else took for a cart edit.
"""

from __future__ import annotations

import re
from typing import Any

from agent.cart_lines import LineFacts
from agent.intents import LIKELY
from agent.size_words import SIZE_WORD, SIZE_WORDS
from agent.understanding import Intent, Understanding
from catalog.sparse import tokenize

_MARKER = re.compile(
    r"\b(?:wrong|meant|mean|wanted|want|wanna|asked for|ordered|said|oops|whoops|sorry|my bad"
    r"|mistake|mis-?click(?:ed)?|accident(?:al(?:ly)?)?|fix|correct|should(?: have)? be(?:en)?"
    r"|supposed to|instead|actually|rather|changed? my mind|scratch that|undo|revert|swap|switch"
    r"|change|make (?:it|that|them)|i'?m (?:a|an|size)|i wear|i take|measured|why is|why did"
    r"|not what|no no|nope|prefer|after all|back)\b"
    r"|^\W*(?:no|nah|nope|naw)\b(?!\W*(?:thanks?|thx|ty|worries|problem|need|rush)\b)"
)
"""Words that turn a value or a name into a change of what was just added; a "no" opening the
message right after the add refuses what was added ("no, the black one", "nah, sky blue, not
sage"), unless it refuses something else ("no thanks", "no rush")."""
_UNDO = re.compile(
    r"\b(?:undo|revert|reverse|take (?:that|it) back|mis-?click(?:ed)?|fat[- ]fingered"
    r"|(?:by|my) (?:mistake|accident)|accidentally|didn'?t mean to (?:add|put|click|tap)"
    r"|cancel (?:that|the last)(?: add| one| item)?)\b"
)
_BACK = re.compile(
    r"\b(?:back|after all|re-?add|restore|again|undo|revert|changed? my mind|keep (?:it|them))\b"
)
_ASKS_OPINION = re.compile(
    r"\b(?:is|are|was|were|would|will)\s+(?:the|this|that|it|they|these|those)\b[^?]*\?\W*$"
)
"""A question weighing the other product ("actually, is the Daily Miles 3 better?"), not a
change: the shopper asks before deciding, and the cart stays as it is."""
_REPLACE = re.compile(r"\b(?:instead|rather|in (?:its|their) place|replace)\b")
_NOT_THIS = re.compile(
    r"\b(?:not|rather than|instead of)\s+(?:the|a|an|my|that|those)?\s*[^,.;!?]*"
)
_PLAIN = frozenset({
    "the", "a", "an", "one", "ones", "it", "that", "this", "them", "those", "same", "colour",
    "color", "size", "and", "please", "pls", "i", "me", "my", "no", "not", "want", "wanted",
    "meant", "instead", "oops", "sorry", "give", "put", "add", "remove", "in", "of", "to",
    "wait", "nah", "nope",
})  # fmt: skip

TOUCHES = frozenset({Intent.ADD, Intent.CHANGE_VARIANT, Intent.SET_QUANTITY})


def last_line(before: Understanding, lines: list[LineFacts], focus: str | None) -> str | None:
    """The cart line the last turn added or changed."""
    in_cart = [line.product_id for line in lines]
    refs = before.references
    for pid in [*refs.line_product_ids, *refs.product_ids, focus or ""]:
        if pid in in_cart and in_cart.count(pid) == 1:
            return pid
    return in_cart[0] if len(in_cart) == 1 else None


def new_values(text: str, line: LineFacts) -> dict[str, str]:
    """The option values of the line's product the text names that the line is not in now."""
    lowered = f" {' '.join(text.lower().split())} "
    lowered = SIZE_WORD.sub(lambda m: f" {SIZE_WORDS[m[0]].lower()} ", lowered)
    current = {v.lower() for v in line.variant_title.split(" / ")}
    found: list[str] = []
    for value in sorted(line.values - current, key=len, reverse=True):
        if re.search(r"[x×*]\s*$", value):
            continue
        pattern = rf"(?<![\w'’.-]){re.escape(value)}(?![\w'’-]|\.\d)"
        if re.search(pattern, lowered) and not any(value in f for f in found):
            found.append(value)
    numbers = [v for v in found if re.fullmatch(r"[\d.]+", v)]
    words = [v for v in found if v not in numbers]
    if len(numbers) > 1 or len(words) > 2:
        return {}
    return {"size": numbers[0]} if numbers and not words else {v: v for v in found}


def same_kind_product(text: str, line: LineFacts, search: Any) -> str | None:
    """Another product of the line's kind whose title words the text names ("the quarter zip one,
    not the fleece zip"), once the words it rules out are set aside."""
    kept = _without_values(_NOT_THIS.sub(" ", text.lower()), line)
    own = set(tokenize(line.title))
    said = [t for t in tokenize(kept) if t not in own and t not in _PLAIN]
    if not said:
        return None
    kind = line.category[-1:] if line.category else []
    hits = search.search(" ".join([*said, *kind]), limit=20, parse=False).hits
    best: list[tuple[int, int, str]] = []
    for hit in hits:
        product = hit.product
        if product.id == line.product_id or list(product.category) != line.category:
            continue
        title = set(tokenize(product.title))
        score = len(set(said) & title)
        if score:  # of several, the one nearest the line's own name ("the low top version")
            best.append((score, len(own & title), str(product.id)))
    best.sort(reverse=True)
    if not best or (len(best) > 1 and best[1][:2] == best[0][:2]):
        return None
    return best[0][2]


def _without_values(text: str, line: LineFacts) -> str:
    """The text less the option values the line's product comes in: "15 lb" names a weight of
    the Hex Rubber Dumbbell in the cart, never the "Adjustable 25 lb Dumbbell"."""
    for value in sorted(line.values, key=len, reverse=True):
        if len(value) > 1:
            text = re.sub(rf"(?<![\w'’.-]){re.escape(value)}(?![\w'’-]|\.\d)", " ", text)
    return text


def _as_values(product: Any, variant_title: str) -> tuple[str | None, str | None]:
    said = {part.strip() for part in variant_title.lower().split(" / ")}
    variant = next(
        (v for v in product.variants if {str(x).lower() for x in v.options.values()} == said), None
    )
    return (variant.color, variant.size) if variant else (None, None)


def read_correction(
    understanding: Understanding,
    before: Understanding,
    lines: list[LineFacts],
    search: Any,
    focus: str | None,
) -> bool:
    """Reread the message as a correction of the last turn's cart edit; True when it is one."""
    text = " ".join(understanding.text.lower().split())
    if not _MARKER.search(text) or (_ASKS_OPINION.search(text) and not _REPLACE.search(text)):
        return False
    if before.intent is Intent.REMOVE:
        return _put_back(understanding, before, lines, search, text)
    if before.intent not in TOUCHES:
        return False
    meant = last_line(before, lines, focus)
    line = next((ln for ln in lines if ln.product_id == meant), None)
    if line is None:
        return False
    values = new_values(text, line)
    removes = understanding.intent is Intent.REMOVE
    other = None
    if not removes or _REPLACE.search(text):  # "I don't need the cup after all": no swap
        other = same_kind_product(text, line, search)
        if other is None and removes:
            other = _named_anywhere(text, line, search)  # "remove that, give me the trucker hat"
    slots, refs = understanding.slots, understanding.references
    if other and any(ln.product_id == other for ln in lines):
        return False  # "no pretzels, just the chips": both in the cart, no swap to make
    if other:
        _reset(understanding, Intent.ADD)
        refs.product_ids, refs.line_product_ids = [other], [line.product_id]
        refs.replaces, refs.names_product = line.product_id, True
        _set_values(understanding, values, search.get(other))
        return True
    if _UNDO.search(text) and before.intent is Intent.ADD and not values:
        if set(refs.product_ids) - {line.product_id}:
            return False  # "oops, I meant to add the tee": another product
        _reset(understanding, Intent.SET_QUANTITY)
        refs.line_product_ids = [line.product_id]
        slots.change_by = -_added_count(before, line.product_id)
        return True
    if understanding.intent in {Intent.REMOVE, Intent.ADD}:
        return False
    if values:
        _reset(understanding, Intent.CHANGE_VARIANT)
        refs.line_product_ids = [line.product_id]
        _set_values(understanding, values, search.get(line.product_id))
        return True
    return False


def _named_anywhere(text: str, line: LineFacts, search: Any) -> str | None:
    kept = _without_values(_NOT_THIS.sub(" ", text), line)
    own = set(tokenize(line.title))
    said = {t for t in tokenize(kept) if t not in own and t not in _PLAIN}
    if len(said) < 2:
        return None
    for hit in search.search(" ".join(sorted(said)), limit=5, parse=False).hits:
        title = set(tokenize(hit.product.title))
        if hit.product.id != line.product_id and len(said & title) >= 2:
            return str(hit.product.id)
    return None


def _put_back(
    understanding: Understanding,
    before: Understanding,
    lines: list[LineFacts],
    search: Any,
    text: str,
) -> bool:
    """ "Put the socks back": the line just removed, in the variant it had."""
    removed = before.references.line_product_ids
    if len(removed) != 1 or not _BACK.search(text) or understanding.intent is Intent.CHECKOUT:
        return False
    product = search.get(removed[0])
    if product is None or any(line.product_id == product.id for line in lines):
        return False
    in_cart = {line.product_id for line in lines}
    named = [p for p in understanding.references.product_ids if p not in in_cart]
    if named and product.id not in named:
        return False  # another product named: not this one back
    variants = before.references.line_variants
    color, size = _as_values(product, variants[0]) if variants else (None, None)
    _reset(understanding, Intent.ADD)
    understanding.references.product_ids = [product.id]
    understanding.references.names_product = True
    understanding.slots.quantity = before.slots.quantity if before.slots.quantity else 1
    understanding.slots.size = size
    understanding.slots.colors = understanding.slots.color_words = [color.lower()] if color else []
    return True


def _reset(understanding: Understanding, intent: Intent) -> None:
    understanding.intent, understanding.confidence = intent, LIKELY
    slots, refs = understanding.slots, understanding.references
    slots.category = slots.kind = ""
    slots.quantity = slots.change_by = slots.size = None
    slots.colors, slots.color_words = [], []
    refs.ordinals, refs.product_ids, refs.line_product_ids = [], [], []
    refs.replaces, refs.shown_list = None, False
    understanding.negations.words, understanding.negations.colors = [], []
    understanding.then = []


def _set_values(understanding: Understanding, values: dict[str, str], product: Any) -> None:
    slots = understanding.slots
    sizes = {str(v.size).lower() for v in product.variants if v.size} if product else set()
    for key, value in values.items():
        if re.fullmatch(r"x{0,3}[sml]|x{1,3}l", value):
            slots.size = value.upper()
        elif key == "size" or re.match(r"[\d.]", value) or value in sizes:  # "15 lb", "king"
            slots.size = value
        else:
            slots.colors = slots.color_words = [value]


def note_removed(understanding: Understanding, lines: list[LineFacts]) -> None:
    """A removal keeps the removed line's variant, so "put it back" restores it as it was."""
    refs = understanding.references
    if understanding.intent is not Intent.REMOVE or refs.line_variants:
        return
    removed = [ln for ln in lines if ln.product_id in refs.line_product_ids]
    ids = [ln.product_id for ln in removed]
    if len(removed) == 1 and len(set(ids)) == len(ids):
        refs.line_variants = [removed[0].variant_title]


def _added_count(before: Understanding, product_id: str) -> int:
    """How many the last add put in: its count, or the count of that product among the items
    one message ordered by title ("add 2 english breakfast tea" is such an order)."""
    if before.slots.quantity:
        return before.slots.quantity
    counts = [int(item.get("quantity") or 0) for item in before.slots.items
              if item.get("product_id") == product_id]  # fmt: skip
    return max(counts, default=0) or 1
