"""Photos in chat: checked before anything is stored; told apart as a label, a package or an item.

`accept_photo` runs the vision intake's checks (size, format, pixel count, a full decode), so a
GIF, HEIC, SVG, corrupt or oversized upload is refused before the image store or the graph sees
it. `refusal_text` says why in the shopper's terms, for channels that answer in words (the CLI).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

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
