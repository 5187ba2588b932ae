"""Photos in chat: checked before anything is stored; told apart as a label, a package or an item.

`accept_photo` runs the vision intake's checks (size, format, pixel count, a full decode), so a
GIF, HEIC, SVG, corrupt or oversized upload is refused before the image store or the graph sees
it. `refusal_text` says why in the shopper's terms, for channels that answer in words (the CLI).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Literal

from agent.outcome import Outcome, ToolRun
from aisle.settings import Settings
from vision.errors import (
    DecompressionBomb,
    ImageRejected,
    ImageTooLarge,
    UnsupportedImage,
)
from vision.facts import ImageFacts, SimilarItem
from vision.intake import load_image

ACCEPTED = "a JPEG, PNG or WebP photo"


def accept_photo(image: bytes | str, settings: Settings) -> bytes:
    """The upload's bytes once the intake accepts them; raises an `ImageRejected` subclass."""
    return load_image(image, settings.max_image_bytes, settings.max_image_pixels).data


def refusal_text(exc: ImageRejected) -> str:
    """A friendly reply for a refused photo; nothing was stored or searched."""
    if isinstance(exc, ImageTooLarge):
        return f"That photo is too large for me ({exc}). Could you send a smaller one?"
    if isinstance(exc, UnsupportedImage):
        return f"I can't open that kind of file ({exc}). Please send {ACCEPTED}."
    if isinstance(exc, DecompressionBomb):
        return f"That image has too many pixels for me ({exc}). Please send a smaller photo."
    return f"I couldn't read that photo ({exc}). Please try another one, as {ACCEPTED}."


PhotoKind = Literal["label", "package", "item"]

_ASKS_VARIANT = re.compile(
    r"\b(?:in (?:a |an )?(?:size|colou?r)|size \w+|colou?rs?|navy|black|white|grey|gray|red|blue"
    r"|green|pink|olive|beige|brown|xs|xl|small|medium|large)\b"
)
CLEAR_LEAD = 0.05
"""How far the best look-alike must score above the next one to be "this" without asking.

On the 60 sample shopper photos the best look-alike is the photographed product 29 times; with
a lead of 0.05 it is picked 7 times, 6 of them right (0.03: 18 picked, 14 right)."""


def photo_kind(
    facts: ImageFacts, question: str, title_of: Callable[[str], str | None]
) -> PhotoKind:
    """A nutrition label, a package whose printed name finds a product, or an item to match.

    OCR reads something on most photos (a logo, a tag, noise), and the best text match always
    scores 1.0, so a text match counts only when the photo backs it: its product also looks like
    the photo, or the printed words spell at least two words of its title (measured on the 60
    sample shopper photos: 12 had text matches, 2 of them right, both kept by this rule; the
    other 10 fall back to the visual match). A colour or size in the question ("this in navy,
    size L?") is about an item.
    """
    if facts.nutrition is not None:
        return "label"
    if _ASKS_VARIANT.search(question.lower()) or not facts.text_matches:
        return "item"
    best = facts.text_matches[0].id
    if best in {s.id for s in facts.similar}:
        return "package"
    printed = set(re.findall(r"[a-z]{4,}", (facts.text or "").lower()))
    title = set(re.findall(r"[a-z]{4,}", (title_of(best) or "").lower()))
    return "package" if len(printed & title) >= 2 else "item"


def matches_for(facts: ImageFacts, kind: PhotoKind) -> list[SimilarItem]:
    """The products a photo points at: named on a label or package, else the look-alikes."""
    if kind == "package":
        return [
            facts.text_matches[0],
            *(s for s in facts.similar if s.id != facts.text_matches[0].id),
        ]
    return list(facts.text_matches) if kind == "label" else list(facts.similar)


def clear_best(kind: PhotoKind, matches: list[SimilarItem]) -> str | None:
    """The product "this" means after the photo, or None when the shopper should be asked."""
    if not matches:
        return None
    if kind == "package" or len(matches) == 1:
        return matches[0].id
    if kind == "item" and matches[0].score - matches[1].score >= CLEAR_LEAD:
        return matches[0].id
    return None


_NUTRIENTS: dict[str, tuple[str, str]] = {
    "protein": ("protein_g", "{:g} g of protein"),
    "calorie": ("calories", "{:g} calories"),
    "kcal": ("calories", "{:g} calories"),
    "saturated": ("saturated_fat_g", "{:g} g of saturated fat"),
    "fat": ("total_fat_g", "{:g} g of fat"),
    "sugar": ("total_sugars_g", "{:g} g of sugars"),
    "carb": ("total_carbohydrate_g", "{:g} g of carbohydrates"),
    "fiber": ("dietary_fiber_g", "{:g} g of fibre"),
    "fibre": ("dietary_fiber_g", "{:g} g of fibre"),
    "sodium": ("sodium_mg", "{:g} mg of sodium"),
    "salt": ("sodium_mg", "{:g} mg of sodium"),
    "cholesterol": ("cholesterol_mg", "{:g} mg of cholesterol"),
    "serving": ("serving_size", "a serving of {}"),
}
_CLAIMS: dict[str, tuple[str, tuple[str, ...]]] = {
    r"\bgluten": ("gluten free", ("wheat", "barley", "rye", "gluten", "spelt")),
    r"\bvegan": ("vegan", ("milk", "egg", "honey", "gelatin", "whey", "butter")),
    r"\bdairy": ("dairy free", ("milk", "whey", "butter", "cream", "cheese", "lactose")),
    r"\blactose": ("lactose free", ("milk", "lactose", "whey")),
    r"\b(?:tree )?(?:pea)?nuts?\b": (
        "nut free",
        ("almond", "peanut", "hazelnut", "cashew", "walnut", "pecan", "nut"),
    ),
    r"\bsoy\b": ("soy free", ("soy",)),
}
_ABOUT_LABEL = re.compile(
    r"\b(?:protein|calorie|kcal|fat|sugar|carb|fib(?:er|re)|sodium|salt|cholesterol|serving"
    r"|gluten|vegan|dairy|lactose|nuts?|soy|ingredients?|allergens?|contains?|healthy)"
)


_QUESTION = re.compile(
    r"\?\s*$|^\s*(?:and|so|what about|how)\b"
    r"|\b(?:how much|how many|is (?:it|this|that)|does (?:it|this|that)|contains?|free)\b"
)
_SHOPPING = re.compile(
    r"\b(?:show|find|search|looking for|buy|recommend|cheaper|under \$?\d"
    r"|do you (?:have|sell|carry|stock)|i (?:need|want))\b"
)


def asks_about_label(text: str) -> bool:
    """A follow-up about the label just read: "and how much protein?", "is it gluten free?".

    "Show me protein bars" or "do you have protein bars?" is shopping, not a label question.
    """
    lowered = text.lower()
    return bool(
        _ABOUT_LABEL.search(lowered) and _QUESTION.search(lowered) and not _SHOPPING.search(lowered)
    )


def label_answer(question: str, label: dict[str, Any]) -> str:
    """The answer read from the last label photo, or that the label doesn't say."""
    lowered = question.lower()
    nutrition: dict[str, Any] = label.get("nutrition") or {}
    text = " ".join(str(label.get("text") or "").lower().split())
    for pattern, (claim, culprits) in _CLAIMS.items():
        if re.search(pattern, lowered):
            return _claim_answer(claim, culprits, text)
    if re.search(r"\b(?:ingredients?|allergens?|contains?)\b", lowered):
        found = _section(text, ("ingredients", "contains", "allergens"))
        return f"The label says: {found}" if found else "The label doesn't list ingredients."
    answers: list[tuple[str, str | None]] = []
    for word, (field, phrase) in _NUTRIENTS.items():
        if word in lowered and field not in {f for f, _ in answers}:
            value = nutrition.get(field)
            answers.append((field, phrase.format(value) if value is not None else None))
    if not answers:
        return "From the label, per serving: " + _all_values(nutrition) + "."
    said = [a for _, a in answers if a]
    missing = [f.split("_")[0] for f, a in answers if not a]
    parts = []
    if said:
        parts.append(f"The label says {' and '.join(said)} per serving.")
    if missing:
        parts.append(f"The label doesn't say how much {', '.join(missing)} it has.")
    return " ".join(parts)


def _claim_answer(claim: str, culprits: tuple[str, ...], text: str) -> str:
    if claim in text.replace("-", " "):
        return f"Yes — the label says {claim}."
    section = _section(text, ("ingredients", "contains", "allergens"))
    if section:
        found = [c for c in culprits if re.search(rf"\b{c}", section)]
        if found:
            return f"No — the label lists {', '.join(found)} ({section})."
        return f"The label doesn't say it is {claim}; its ingredients: {section}"
    return f"The label doesn't say whether it is {claim}."


def _section(text: str, names: tuple[str, ...]) -> str:
    for name in names:
        match = re.search(rf"\b{name}\s*:?\s*(.+?)(?:\.\s|$)", text)
        if match:
            return match[1].strip(" .") + "."
    return ""


def _all_values(nutrition: dict[str, Any]) -> str:
    values = [
        phrase.format(nutrition[field])
        for field, phrase in dict(_NUTRIENTS.values()).items()
        if field != "serving_size" and nutrition.get(field) is not None
    ]
    return ", ".join(dict.fromkeys(values)) or "no readable values"


def answer_label_question(run: ToolRun, question: str) -> Outcome:
    """A follow-up about the last label photo, answered from what was read on it."""
    label = run.state.photo or {}
    if label.get("kind") != "label":
        return Outcome(False, "There is no label photo in this conversation to answer from.")
    if _ADDS_THIS.search(question.lower()):
        return Outcome(False, UNNAMED_LABEL, {"label": True})
    return Outcome(True, label_answer(question, label), {"label": True})


UNNAMED_LABEL = (
    "I can't tell which product that label is from: it doesn't print a name I can find in the "
    "catalog. What is it called? I'll look it up."
)
_ADDS_THIS = re.compile(r"\b(?:add|buy|get|order)\b.*\b(?:this|it|that)\b")


def label_follow_up(
    text: str, kind: str, photo: dict[str, Any] | None, *, has_image: bool, has_shown: bool
) -> bool:
    """The message (understood as `kind`) asks about the label photo sent earlier.

    "Add this to my cart" after a label that named no product is one too: it gets a question.
    A cart request with products on screen stays a cart request.
    """
    if not photo or photo.get("kind") != "label" or has_image:
        return False
    if kind in {"add", "view_cart"}:
        return not has_shown and bool(_ADDS_THIS.search(text.lower()))
    return asks_about_label(text)
