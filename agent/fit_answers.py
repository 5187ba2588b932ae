"""How a garment fits and whether it stretches, read from its own record.

"Is it roomy in a medium?", "baggy or fitted?", "is it stretchy at all or stiff?" ask about the
cut and the fabric's give, which the catalog records as a `fit` attribute ("relaxed", "slim")
and in the material ("stretch denim with 2% elastane"). The answer quotes that record; when the
record has no such field, nothing is answered here and the general answer says what it can.
"""

from __future__ import annotations

import re

from catalog.model import Product

ROOMY_FITS = ("relaxed", "oversized", "loose", "boxy", "wide", "roomy", "baggy", "generous")
CLOSE_FITS = ("slim", "skinny", "fitted", "tight", "tapered", "athletic", "compression")
_ROOMY, _CLOSE = ROOMY_FITS, CLOSE_FITS
# asked word: (fit values meaning yes, fit values meaning no)
_FIT_WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    **dict.fromkeys(
        ("roomy", "loose", "baggy", "oversized", "relaxed", "generous", "boxy", "slouchy"),
        (_ROOMY, (*_CLOSE, "regular")),
    ),
    **dict.fromkeys(
        ("fitted", "tight", "snug", "slim", "skinny", "figure-hugging", "clingy"),
        (_CLOSE, (*_ROOMY, "regular")),
    ),
}
_ASKS_FIT = re.compile(
    r"\bhow (?:does|do|will|would) (?:it|they|this|these|the .+?) fit\b"
    r"|\b(?:what|how)(?:'?s| is) (?:the|its|their) fit\b|\bwhat (?:kind of |sort of )?fit is\b"
)
"""Asks the cut in so many words: "how does it fit?", "what's the fit?", "what fit is it?"."""
_STRETCH_WORDS = re.compile(
    r"\b(?:stretchy|stretch|stretches|elastic|stiff|rigid|(?:any|much|some|little) give)\b"
)
_STRETCH_RECORD = ("stretch", "elastane", "spandex", "lycra", "elastic")


def fit_answer(product: Product, text: str) -> str | None:
    """The fit asked about ("roomy?", "how does it fit"), from the `fit` attribute."""
    fit = str(product.attributes.get("fit", "")).strip()
    if not fit:
        return None
    lowered = _without_title(text, product)
    title = product.title
    said = [w for w in _FIT_WORDS if re.search(rf"\b{re.escape(w)}\b", lowered)]
    sides = {_FIT_WORDS[w][0] for w in said}
    either = re.search(r"\bor\b", lowered)  # "a straight leg or a skinny fit?": no yes/no
    if len(sides) == 1 and not either:  # "roomy?" gets a yes or no; "baggy or fitted?" the fit
        yes, no = _FIT_WORDS[said[0]]
        value = fit.lower()
        if any(w in value for w in yes):
            return f"Yes — {title} has a {fit} fit."
        if any(w in value for w in no):
            return f"Not really — {title} has a {fit} fit."
    if said or _ASKS_FIT.search(lowered):
        return f"{title} has a {fit} fit."
    return None


def stretch_answer(product: Product, text: str) -> str | None:
    """Whether it stretches ("stretchy at all or stiff?"), from the material, then the
    description; None when the question is not about stretch."""
    if not _STRETCH_WORDS.search(_without_title(text, product)):
        return None
    material = str(product.attributes.get("material", "")).strip()
    if _says_stretch(material):
        return f"Yes, {product.title} has some stretch: it's made of {material}."
    if material:
        return (
            f"The catalog doesn't mention stretch in the {product.title}'s fabric: "
            f"it's made of {material}."
        )
    return None


def _says_stretch(text: str) -> bool:
    return any(re.search(rf"\b{w}", text.lower()) for w in _STRETCH_RECORD)


def _without_title(text: str, product: Product) -> str:
    """The question less the product's own title words ("slim" in Slim Taper 220 Jean)."""
    own = set(re.findall(r"[a-z]+", product.title.lower()))
    return " ".join(w for w in re.findall(r"[a-z'-]+", text.lower()) if w not in own)


_FITS_A_BODY = re.compile(
    r"\bfits? (?:a |my |his |her |their |(?:a )?bigger |(?:a )?larger |(?:a )?smaller )?"
    r"(?:(?:really |very |super )?(?:big|large|huge|small|tiny|wide|long|thick|chunky)\s+)?"
    r"(?:head|feet|foot|wrists?|hands?|neck|calves|legs|arms)\b"
    r"|\bone[- ]size(?: fits (?:all|most))?\b|\bfits? (?:all|everyone|everybody)\b"
)
"""Whether it fits a body at all ("will this fit a big head?", "one size fits all?"): the sizes
it comes in answer, not a fit attribute."""
_ONE_SIZE = {"one size", "one-size", "os", "onesize", "one size fits all", "osfa"}


def fits_a_body(text: str) -> bool:
    return bool(_FITS_A_BODY.search(text.lower()))


def size_range_answer(product: Product, text: str) -> str | None:
    """The sizes it comes in, and the adjustable strap or band its description names, when the
    message asks whether it fits a head, feet or everyone; None otherwise."""
    if not fits_a_body(text):
        return None
    sizes = list(dict.fromkeys(v.size for v in product.variants if v.size))
    one = not sizes or all(s.lower() in _ONE_SIZE for s in sizes)
    said = f"{product.title} comes in {'one size' if one else 'sizes ' + ', '.join(sizes)}"
    adjustable = re.search(r"\badjustable ([a-z]+)", (product.description or "").lower())
    return f"{said}{f', with an adjustable {adjustable[1]}' if adjustable else ''}."
