"""Photos in chat: checked before anything is stored; told apart as a label, a package or an item.

`accept_photo` runs the vision intake's checks (size, format, pixel count, a full decode), so a
GIF, HEIC, SVG, corrupt or oversized upload is refused before the image store or the graph sees
it. `refusal_text` says why in the shopper's terms, for channels that answer in words (the CLI).
"""

from __future__ import annotations

import re
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


KIND_QUORUM = 3
"""Look-alikes (of 5) that must share the best one's category for the photo to show that kind."""

SURE_LOOK_ALIKE = 0.58
"""How close (image-vector cosine) the best look-alike must be for the look-alikes' shared kind
to stand when the photo's kind vote does not name it. On the 60 sample shopper photos five
shared kinds went unnamed by the vote: four were right, their best look-alike at 0.639-0.758,
and one wrong (a tilted white lamp whose nearest shots were white socks) at 0.515; this is
midway. It is a figure for the built-in EfficientNet-Lite0 vectors."""


def photo_kind(facts: ImageFacts, question: str) -> PhotoKind:
    """A nutrition label, a package whose printed name finds a product, or an item to match.

    `facts.text_matches` are titles most of whose words are printed on the photo
    (`catalog.printed_names`), so one is a package's name; a colour or size in the question
    ("this in navy, size L?") is about an item.
    """
    if facts.nutrition is not None:
        return "label"
    if _ASKS_VARIANT.search(question.lower()) or not facts.text_matches:
        return "item"
    return "package"


def matches_for(facts: ImageFacts, kind: PhotoKind) -> list[SimilarItem]:
    """The products a photo points at: named on a label or package, else the look-alikes."""
    if kind == "package":
        return [
            facts.text_matches[0],
            *(s for s in facts.similar if s.id != facts.text_matches[0].id),
        ]
    return list(facts.text_matches) if kind == "label" else list(facts.similar)


def shared_kind(categories: list[str]) -> str | None:
    """The best look-alike's category when most look-alikes share it ("Backpacks")."""
    if not categories:
        return None
    first = categories[0]
    return first if sum(c == first for c in categories) >= KIND_QUORUM else None


def backed_kind(
    facts: ImageFacts, kind: str | None, matches: list[SimilarItem], unanimous: bool
) -> str | None:
    """The look-alikes' shared kind when it can be trusted: the photo's kind vote (the store's
    classifier, neighbours and ImageNet together) names it too, every look-alike is of it, or
    they are close. Otherwise None: three far socks among five look-alikes are no answer ("one
    of our socks" for a lamp), and the shopper is told the kind is unclear."""
    if kind is None:
        return None
    voted = {c.label.lower() for c in facts.categories}
    best = max((m.score for m in matches), default=0.0)
    return kind if kind.lower() in voted or unanimous or best >= SURE_LOOK_ALIKE else None


def clear_best(kind: PhotoKind, matches: list[SimilarItem], kind_agreed: bool) -> str | None:
    """The product "this" means after the photo, or None when the shopper should be asked.

    An item's best look-alike is "this" when it leads clearly, or when the look-alikes agree on
    the kind of item (the reply then says it is the closest match, so a wrong guess is easy to
    correct); otherwise "add this" asks which one.
    """
    if not matches:
        return None
    if kind == "package" or len(matches) == 1:
        return matches[0].id
    if kind == "item" and matches[0].score - matches[1].score >= CLEAR_LEAD:
        return matches[0].id
    return matches[0].id if kind == "item" and kind_agreed else None
