"""Requests for more like a product already shown: "anything similar to the third one but
cheaper", "more like the 2nd one", "same but for kids".

The product pointed at (by its place in the list, or "it"/"that one" for the product in focus)
is the anchor: `search_like` (agent/tools_like.py) lists others of its kind within the limits
said. With no one product pointed at ("same but for kids" right after a list) the request
refines the list itself, keeping its kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.state import ShoppingState
from agent.understanding import Intent, Understanding
from agent.words import new_words

_ORDINAL = (
    r"(?:the )?(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)(?: one| ones?)?"
    r"|#\d|number \d|no\. ?\d"
)
_POINTED = rf"(?:{_ORDINAL}|that one|this one|those|these|them|that|this|it)\b"
_LIKE = re.compile(
    r"\b(?:similar|alike|comparable)\b(?:\s+to\b)?"
    r"|\b(?:more|others?|ones?|something|anything|stuff|things?|items?|any|some|products?)"
    rf"(?:\s+\w+)?\s+like\s+(?={_POINTED})"
    r"|\b(?:in )?the same (?:vein|style|kind|type|sort|line)\b"
    r"|(?:^|\b(?:the|just|exactly)\s+)same\b(?=\s+(?:but|thing|kind|style|type|sort|vibe|idea"
    r"|one but|as)\b)"
)
"""Words asking for products like another: "similar to", "more like the 2nd", "same but"."""
_SINGLE = re.compile(r"\b(?:it|that one|this one|that|this)\b")
_LIKE_WORDS = frozenset({
    "similar", "alike", "comparable", "like", "same", "kind", "sort", "vibe", "idea", "thing",
    "things", "stuff", "products", "product", "items", "item", "show", "others", "ones", "vein",
    "line", "lines", "looking", "look", "find", "give", "got", "have", "but", "exactly",
})  # fmt: skip
_MAY_BE_LIKE = {Intent.SEARCH, Intent.REFINE, Intent.PRODUCT_QUESTION, Intent.RECOMMEND}


@dataclass(frozen=True)
class LikeShown:
    """The product a request points at (None: the list) and the words it adds ("kids")."""

    anchor: str | None
    words: str


def like_shown(
    understanding: Understanding, state: ShoppingState, *, has_image: bool = False
) -> LikeShown | None:
    """The "more like that one" a message asks for after a list, or None."""
    if has_image or not state.shown or understanding.intent not in _MAY_BE_LIKE:
        return None
    text = " ".join(understanding.text.lower().split())
    found = _LIKE.search(text)
    if found is None:
        return None
    rest = _LIKE.sub(" ", text)
    rest = re.sub(rf"\b{_POINTED}", " ", rest)
    words = [w for w in new_words(rest) if w not in _LIKE_WORDS]
    anchor = _anchor(understanding, state, text[found.start() :])
    return LikeShown(anchor=anchor, words=" ".join(words))


def _anchor(understanding: Understanding, state: ShoppingState, said: str) -> str | None:
    """The one listed product meant: by its place, else "it"/"that one" for the one in focus."""
    refs = understanding.references
    if len(refs.ordinals) == 1:
        index = refs.ordinals[0]
        position = len(state.shown) - 1 if index == -1 else index - 1
        if 0 <= position < len(state.shown):
            return str(state.shown[position]["id"])
        return None
    if refs.ordinals:
        return None
    if _SINGLE.search(said) and state.focus:
        return state.focus
    return None


def read_like_shown(understanding: Understanding, state: ShoppingState, like: LikeShown) -> None:
    """The message as a refinement of the list, about its anchor when there is one."""
    understanding.intent = Intent.REFINE
    understanding.confidence = max(understanding.confidence, 0.75)
    refs = understanding.references
    refs.like, refs.shown_list = True, False
    refs.product_ids = [like.anchor] if like.anchor else []
    said = understanding.slots.color_words  # "same but white": the colour, not "but white"
    understanding.slots.category = like.words or (" ".join(said) if like.anchor is None else "")
    understanding.slots.asked, understanding.slots.superlative = [], ""
