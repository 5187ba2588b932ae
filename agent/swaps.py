"""A cart line swapped for another product: "switch it for the Alignment Lines mat instead",
"swap the mat for the other one", "replace the socks with the wool ones".

Read once by the reader into an add of the new product that replaces one line
(`References.replaces`). A swap to another colour or size of the same product ("swap it for the
blue one") stays a variant change.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from agent.cart_lines import LineFacts
from agent.slots import color_words_in, ordinals_in, size_in
from agent.words import new_words
from catalog.sparse import tokenize

# "swap/switch/exchange/replace/change <old> for/with/to <new>".
_SWAP = re.compile(
    r"\b(?:swap|switch|exchange|replace|change|trade)\s+(?P<out>it|that|this|them|those|the \S+"
    r"(?: \S+){0,4}?|my \S+(?: \S+){0,4}?)\s+(?:out\s+)?(?:for|with|to|into)\s+(?P<into>.+)$"
)
# "instead of the cork mat, give me the alignment one": the new one after the old one.
_INSTEAD_OF = re.compile(
    r"\binstead of (?P<out>the \S+(?: \S+){0,4}?|it|that)\s*[,;]?\s*(?:give me|i'?ll take"
    r"|i want|i'?d like|get me|add|put in|let'?s do|go with)\s+(?P<into>.+)$"
)
# "I'd rather have the other one instead", "the other one instead please": the line in view out.
_OTHER_INSTEAD = re.compile(
    r"\b(?P<into>the other one)\b(?=.*\binstead\b)|\binstead\b.*\b(?P<later>the other one)\b"
)
_OTHER = re.compile(r"\b(?:the )?other (?:one|ones|kind)\b|\bthe other\b")
_SAY_NOTHING = frozenset({
    "instead", "same", "colour", "color", "size", "please", "pls", "one", "ones", "thanks",
    "other", "rather", "actually", "then", "too", "kind", "version", "model", "small", "medium",
    "large", "x-large", "xl", "xs", "xxl",
})  # fmt: skip
_PRONOUNS = frozenset({"it", "that", "this", "them", "those"})


def says_swap(text: str) -> bool:
    """ "Swap that for the first one", "instead of the mat, give me the blue one": a swap, whether
    or not the cart holds what it would take out."""
    lowered = " ".join(text.lower().split())
    return bool(_SWAP.search(lowered) or _INSTEAD_OF.search(lowered))


def swap_meant(
    text: str,
    lines: list[LineFacts],
    shown: Sequence[Mapping[str, Any]],
    search: Any,
    focus: str | None,
) -> tuple[str, str] | None:
    """(line product id to take out, product id to put in), or None when it is no swap."""
    if not lines:
        return None
    lowered = " ".join(text.lower().split())
    parts = _swap_parts(lowered)
    if parts is None:
        return None
    said_out, into = parts
    old = _line_named(said_out, lines, focus)
    if old is None:
        return None
    in_cart = {line.product_id for line in lines}
    if ordinals := ordinals_in(into):  # "swap the mat for the second one"
        index = ordinals[0] - 1 if ordinals[0] > 0 else len(shown) - 1
        picked = shown[index]["id"] if 0 <= index < len(shown) else None
        return (old, picked) if picked and picked != old else None
    if _OTHER.search(into):
        others = [p["id"] for p in shown if p["id"] not in in_cart]
        return (old, others[0]) if len(others) == 1 else None
    words = [w for w in new_words(into) if w not in _SAY_NOTHING]
    if not words:
        return None  # "swap it for the blue one": a variant of the same product
    new = _product_named(into, search, exclude=old)
    return (old, new) if new else None


def _swap_parts(lowered: str) -> tuple[str, str] | None:
    """(words for the line taken out, words for the product put in)."""
    match = _SWAP.search(lowered) or _INSTEAD_OF.search(lowered)
    if match is not None:
        return match["out"], match["into"]
    other = _OTHER_INSTEAD.search(lowered)
    if other is not None:
        return "it", other["into"] or other["later"]
    return None


def _line_named(said: str, lines: list[LineFacts], focus: str | None) -> str | None:
    if said in _PRONOUNS:
        if focus in {line.product_id for line in lines}:
            return focus
        return lines[-1].product_id
    terms = set(tokenize(said))
    scored = [
        (len(terms & (set(tokenize(line.title)) | _category_terms(line))), line.product_id)
        for line in lines
    ]
    best = max(score for score, _ in scored)
    top = [pid for score, pid in scored if score == best]
    return top[0] if best > 0 and len(top) == 1 else None


def _category_terms(line: LineFacts) -> set[str]:
    return {t for name in line.category for t in tokenize(name)}


def _product_named(into: str, search: Any, exclude: str) -> str | None:
    """The catalog product the words name: most of their product words in one title."""
    options = set(tokenize(" ".join(color_words_in(into)))) | set(tokenize(size_in(into) or ""))
    said = set(tokenize(into)) - set(_SAY_NOTHING) - options  # "the Summit, in sand": its colour
    if not said:
        return None
    for hit in search.search(into, limit=5, parse=False).hits:
        if hit.product.id == exclude:
            continue
        title = set(tokenize(hit.product.title))
        if len(said & title) >= min(2, len(said)) and len(said & title) / len(said) >= 0.5:
            return str(hit.product.id)
    return None
