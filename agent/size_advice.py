"""Which size to take: "M or L? I'm broad in the shoulders", "do they run small? I'm between
a 9 and a 10".

The catalog keeps no size chart or sizing notes, so the answer says so instead of guessing how a
product runs; the recorded `fit` ("slim") is what speaks to it, and with a close fit the larger
of the sizes asked about is the safer pick for a broad build or someone between sizes.
"""

from __future__ import annotations

import re

from agent.fit_answers import CLOSE_FITS, ROOMY_FITS
from agent.outcome import in_size_order
from catalog.model import Product

_SIZE = r"(?:xxs|xs|s|m|l|xl|xxl|xxxl|small|medium|large|\d{1,2}(?:\.5)?)"
_RUNS = re.compile(
    r"\b(?:runs?|running|fits?|comes?|sized|(?:it|they|these|those) sizes?) "
    r"(?:a (?:bit|little) |quite )?"
    r"(?:small|large|big|short|long|narrow|wide|true)\b|\btrue to size\b|\bsize (?:up|down)\b"
)
_BETWEEN = re.compile(rf"\bbetween (?:an? |sizes? )?{_SIZE} (?:and|&|or) (?:an? )?{_SIZE}\b"
                      r"|\bbetween sizes\b")  # fmt: skip
_WHICH = re.compile(
    rf"(?:^|[\s,])(?:an? )?({_SIZE}) or (?:an? )?({_SIZE})(?=\W*(?:$|in\b|for\b|[?,.]))"
    r"|\b(?:which|what) size (?:should|would|do|to)\b"
)
_BUILD = re.compile(
    r"\b(?:broad|wide|big|narrow|petite|tall|short|stocky|muscular|long)\b[^.?!]{0,25}?"
    r"\b(?:shoulders?|chest|feet|foot|build|frame|hips|waist|arms|legs|torso)\b"
    r"|\bi'?m (?:\d'\s?\d{1,2}|\d ?(?:ft|foot|feet))"
    r"|\b(?:tall|big|broad|petite) (?:guy|man|woman)\b"
)
_APPAREL = {"small": "S", "medium": "M", "large": "L"}


def size_advice(product: Product, text: str) -> str | None:
    """How the product's sizes run and which to take, from what its record says; None when the
    message asks no such thing or the product comes in one size."""
    lowered = text.lower()
    sizes = in_size_order(list(dict.fromkeys(
        str(v.options["size"]) for v in product.variants if v.options.get("size")
    )))  # fmt: skip
    which = _WHICH.search(lowered)
    if len(sizes) < 2 or not (_RUNS.search(lowered) or _BETWEEN.search(lowered) or which):
        return None
    fit = str(product.attributes.get("fit", "")).strip()
    parts = [
        f"The catalog has no size chart or sizing notes for {product.title}, so I can't say "
        "for sure how it runs."
    ]
    if fit:
        parts.append(f"It's listed as a {fit} fit{_pick(fit, sizes, which, lowered)}.")
    parts.append(f"It comes in sizes {', '.join(sizes)}.")
    return " ".join(parts)


def _pick(fit: str, sizes: list[str], which: re.Match[str] | None, text: str) -> str:
    """What the recorded fit suggests for a shopper between two sizes or broadly built."""
    value = fit.lower()
    unsure = bool(which and which[1]) or bool(_BETWEEN.search(text)) or bool(_BUILD.search(text))
    if not unsure:
        return ""
    if any(w in value for w in CLOSE_FITS):
        larger = _larger(sizes, which)
        return f", so {'the ' + larger if larger else 'the larger size'} is the safer pick"
    if any(w in value for w in ROOMY_FITS):
        return ", so your usual size should leave room"
    return ""


def _larger(sizes: list[str], which: re.Match[str] | None) -> str:
    """The larger of the two sizes asked about, as the catalog names it ("L")."""
    if which is None or not which[1]:
        return ""
    named = {s.lower(): s for s in sizes}
    asked = [named.get(_APPAREL.get(w, w).lower()) for w in (which[1], which[2])]
    found = [s for s in asked if s]
    return max(found, key=sizes.index) if len(found) == 2 else ""
