"""What a product is really made of, asked of its name or for a reason: "is the wool beanie
actually wool?", "real leather?", "is it vegan?". Read from the record's own material (or
ingredients), never from the title, which may name a look rather than a material."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from agent.negations import MATERIALS
from catalog.model import Product
from catalog.ruled_out_kinds import kinds_of
from catalog.sparse import tokenize

_NOT_MATERIALS = frozenset({
    "gluten", "dairy", "nuts", "peanuts", "sugar", "caffeine", "soy", "down",
})  # fmt: skip
_ANIMAL_ASKED = ("suede", "nubuck", "shearling", "lambswool", "alpaca", "mohair", "beeswax")
# A material asked about, not worn with: "real leather?", "actually wool", "no leather right".
_ASKED_BEFORE = (
    r"(?:real|genuine|actual|actually|really|pure|proper|100%|all|made (?:of|from|with|out of)"
    r"|no|any|contains?|with|is it|are they|it's|its|they're)\s+"
)
_ASKED_AFTER = (
    r"s?\b(?=\s*(?:in (?:it|them|this|that|there)\b\s*)?"  # "is there latex in it?"
    r"(?:[?.,!;]|$|or\b|right\b|though\b|too\b|then\b|yeah\b))"
)
_VEGAN = re.compile(r"\bvegan\b|\banimal[- ](?:products?|free|derived)\b|\bcruelty[- ]free\b")


@cache
def animal_materials() -> dict[str, str]:
    """Material word -> the animal it comes from ("" when the word says it)."""
    text = resources.files("agent").joinpath("data/animal_materials.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return {row[0].strip(): (row[1].strip() if len(row) > 1 else "") for row in rows}


def _count(text: str, word: str) -> int:
    return len(re.findall(rf"\b{re.escape(word)}s?\b", text))


def materials_asked(product: Product, text: str) -> list[str]:
    """Materials the question names beyond its use of the product's name: "is the wool beanie
    actually wool?" asks wool, "is the wool beanie warm?" does not."""
    lowered = text.lower()
    title = set(re.findall(r"[a-z0-9]+", product.title.lower()))
    return sorted(
        w
        for w in (MATERIALS - _NOT_MATERIALS) | set(_ANIMAL_ASKED)
        if _count(lowered, w) > _named_with_title(lowered, w, title)
        and _asked_as_material(lowered, w)
    )


def _named_with_title(text: str, word: str, title: set[str]) -> int:
    """How often `word` is said as part of the product's name, beside another of its title's
    words ("the wool beanie"): "is it real leather?" names no "Leather Carryall Tote"."""
    if word not in title:
        return 0
    said = re.findall(r"[a-z0-9]+", text)
    others = title - {word}
    return sum(
        1
        for i, w in enumerate(said)
        if w in (word, word + "s")
        and ((i > 0 and said[i - 1] in others) or (i + 1 < len(said) and said[i + 1] in others))
    )


def _asked_as_material(text: str, word: str) -> bool:
    return bool(
        re.search(rf"{_ASKED_BEFORE}{re.escape(word)}s?\b", text)
        or re.search(rf"\b{re.escape(word)}{_ASKED_AFTER}", text)
    )


def _ruled_out(text: str, words: list[str]) -> bool:
    return any(
        re.search(rf"\b(?:no|without|non)[\s-]+{re.escape(w)}|\b{re.escape(w)}[\s-]free\b", text)
        for w in words
    )


def _made_of(product: Product) -> str:
    return str(product.attributes.get("material") or product.attributes.get("ingredients") or "")


_SAID_AS_MADE_OF = r"(?:made (?:of|from|out of)|actually|really|real|genuine|pure)\s+(?:\w+\s+)?"
"""A word after these names a material even where no list knows it ("actually walnut")."""


def materials_asked_of(products: list[Product], text: str) -> list[str]:
    """Materials a question about several products names, any title aside: a known material
    asked as one, or a word of one of their records' materials said after "made of" or
    "actually" ("which one is actually made of walnut?" of boards whose material is walnut)."""
    lowered = text.lower()
    known = [w for w in (MATERIALS - _NOT_MATERIALS) | set(_ANIMAL_ASKED) if _count(lowered, w)]
    asked = {w for w in known if _asked_as_material(lowered, w)}
    recorded = {w for p in products for w in re.findall(r"[a-z]{3,}", _made_of(p).lower())}
    recorded -= {part for p in products for key in p.attributes for part in key.lower().split("_")}
    # a word that names an attribute of its own is asked of it ("which of those are actually
    # waterproof?" of a "waterproof membrane upper" whose waterproof field says no)
    asked |= {w for w in recorded if re.search(rf"{_SAID_AS_MADE_OF}{re.escape(w)}s?\b", lowered)}
    return sorted(asked)


def made_of_verdict(product: Product, word: str) -> bool | None:
    """Whether the record's material (or ingredients) is or holds `word` (or a kind of it);
    None when the record names no material."""
    made_of = _made_of(product).lower()
    if not made_of:
        return None
    return bool(_count(made_of, word) or _kinds_made_of(made_of, [word]))


def animal_words(material: str) -> list[str]:
    """The animal materials a material text holds ("shea butter and beeswax" -> beeswax)."""
    lowered = material.lower()
    return [w for w in animal_materials() if _count(lowered, w)]


def material_answer(product: Product, text: str) -> str:
    """ "No — Wool Beanie Hat is made of washed cotton twill, not wool." and, when asked, whether
    that makes it vegan; "" when the question asks neither or the record names no material."""
    made_of = _made_of(product)
    lowered = text.lower()
    asks_vegan = bool(_VEGAN.search(lowered))
    asked = materials_asked(product, text)
    if not made_of or not (asked or asks_vegan):
        return ""
    title = product.title
    parts: list[str] = []
    absent = [w for w in asked if not _count(made_of.lower(), w)]
    present = [w for w in asked if w not in absent]
    if kinds := _kinds_made_of(made_of, absent):  # "any latex?" of natural tree rubber: yes
        verdict = "No —" if _ruled_out(lowered, absent) else "Yes,"
        parts.append(f"{verdict} {title} is made of {made_of}, and {kinds}.")
    elif absent and not present:
        parts.append(f"No — {title} is made of {made_of}, not {' or '.join(absent)}.")
    elif present:
        verdict = "No —" if _ruled_out(lowered, present) else "Yes,"  # "no leather, right?"
        parts.append(f"{verdict} {title} is made of {made_of}.")
    else:
        parts.append(f"{title} is made of {made_of}.")
    if asks_vegan:
        parts.append(_vegan_verdict(made_of))
    return " ".join(parts)


def _kinds_made_of(made_of: str, asked: list[str]) -> str:
    """ "rubber counts as latex" when the record's material is a kind of a word asked."""
    terms = set(tokenize(made_of))
    for word in asked:
        if found := [k for k in kinds_of(word) if k in terms]:
            return f"{found[0]} counts as {word}"
    return ""


def _vegan_verdict(made_of: str) -> str:
    found = animal_words(made_of)
    if found:
        source = animal_materials()[found[0]]
        why = f"{found[0]} comes from {source}" if source else f"{found[0]} is an animal material"
        return f"It is not vegan: {why}."
    return (
        f"The catalog doesn't label it vegan, but none of what it lists ({made_of}) comes from "
        "an animal."
    )
