"""Look-alikes of a product named by its title, shown or not: "something like the Chelsea Suede
Boot but cheaper", "sunglasses like the Cat Eye pair but less money", "similar to the weekender
canvas duffel but not nylon".

The named product is the anchor `search_like` (agent/tools_like.py) measures against; it is what
the shopper already knows, never one of the answers. Only the words after the look-alike phrase
name it (up to "but" or a comma), so "a beanie like the one in the first photo" names nothing.
"""

from __future__ import annotations

import re
from typing import Any

from agent.like_shown import LikeShown
from agent.title_orders import quoted_product
from agent.understanding import Intent, Understanding
from agent.words import new_words

_LIKE_NAMED = re.compile(
    r"\b(?:(?:(?P<pre>[\w']+)\s+)??(?P<before>[\w']+)\s+like"
    r"|similar to|alike|comparable to|alternative to|alternatives to|dupe (?:of|for)"
    r"|in the style of|(?:a |the )?(?:\w+ ){0,2}version of|same (?:look|style|vibe) as"
    r"|(?<!\bthe )same as)"
    r"\s+(?P<named>(?:the|my|that|those|a|an|your)\b[^,;.!?]*?)"
    r"(?=\s*(?:$|[,;.!?]|\bbut\b|\bexcept\b|\bonly\b|\bjust\b|\bwithout\b|\bthat\b|\bwhich\b"
    r"|\bin (?:a |an )?(?:smaller|bigger|cheaper|different)\b|\bfor (?:less|under|below)\b))"
)
"""A look-alike phrase and what follows it up to its end: "like the Cat Eye pair"."""
_NOT_AN_ANCHOR = re.compile(r"\b(?:first|second|third|last|photo|picture|pic|one you|it)\b")
_RULED_OUT = re.compile(
    r"\b(?:not|no|without|except|anything but|dont want|don't want|never)\b"
    r"(?:\s+(?:made|of|in|from))*(?:\s+[a-z'-]+)?"
)
"""A ruled-out word with its "not (made of)": "but not made of nylon" adds nothing wanted."""
_LIKERS = frozenset({
    "i", "we", "you", "he", "she", "they", "i'd", "we'd", "would", "really", "do", "does",
    "did", "also", "def", "definitely", "kinda", "quite", "totally", "actually", "just", "all",
})  # fmt: skip
"""Words before a "like" that make it a liking ("I like the X"), a look-alike only of its look."""
_HEDGES = frozenset({"kinda", "sorta", "quite", "really", "just", "totally", "actually", "all"})
"""Hedges that make a liking only after a liker: "I kinda like the X", but "a tee kinda like the
X but less pricey" is a look-alike."""
_A_LOOK = re.compile(r"\b(?:look|looks|style|vibe|design|shape|aesthetic)$")
_MAY_BE_LIKE = {Intent.SEARCH, Intent.REFINE, Intent.PRODUCT_QUESTION, Intent.RECOMMEND}
_FRAME_WORDS = frozenset({
    "something", "anything", "like", "similar", "alike", "comparable", "alternative",
    "alternatives", "dupe", "style", "version", "same", "look", "vibe", "want", "gimme", "give",
    "need", "looking", "find", "show", "whats", "what", "is", "got", "have", "any", "some",
    "but", "pls", "please", "plz", "tho", "though", "still", "maybe", "def", "usual", "new",
    "one", "ones", "pair", "thing", "stuff", "has", "be", "to", "dont", "don't", "cheaper",
    "cheeper", "less", "money", "smaller", "bigger", "different", "must", "should", "kinda",
    "sorta", "pricey", "spendy", "expensive",
})  # fmt: skip


def like_named(understanding: Understanding, search: Any, *, has_image: bool) -> LikeShown | None:
    """The product a look-alike request names by its title, and the words it adds, or None."""
    if has_image or understanding.intent not in _MAY_BE_LIKE or understanding.references.like:
        return None
    text = " ".join(understanding.text.lower().split())
    found = _LIKE_NAMED.search(text)
    if found is None or _NOT_AN_ANCHOR.search(found.group("named")):
        return None
    before, pre = found.group("before"), found.group("pre")
    hedged_thing = before in _HEDGES and pre is not None and pre not in _LIKERS
    if before in _LIKERS and not hedged_thing and not _A_LOOK.search(found.group("named")):
        return None  # "I like the Chelsea Suede Boot, add it": a liking, not a look-alike
    product = quoted_product(found.group("named"), search)
    if product is None or not product.category:
        return None
    neg = understanding.negations
    said = set(new_words(found.group("named")))
    said |= {w for phrase in [*neg.materials, *neg.words, *neg.brands] for w in new_words(phrase)}
    start = found.start("before") if before is not None else found.start()  # keeps the "pre"
    rest = _RULED_OUT.sub(" ", text[:start] + " " + text[found.end() :])
    words = [w for w in new_words(rest) if w not in _FRAME_WORDS and w not in said]
    return LikeShown(anchor=str(product.id), words=" ".join(words))


def read_like_named(understanding: Understanding, like: LikeShown) -> None:
    """The message as a look-alike search about its named product."""
    understanding.intent = Intent.REFINE
    understanding.confidence = max(understanding.confidence, 0.75)
    refs = understanding.references
    refs.like, refs.shown_list, refs.names_product = True, False, True
    refs.product_ids = [like.anchor] if like.anchor else []
    understanding.slots.category = like.words
    understanding.slots.asked, understanding.slots.superlative = [], ""
