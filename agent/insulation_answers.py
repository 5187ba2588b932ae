"""How long a bottle or mug keeps a drink cold or hot: "does it keep stuff cold till lunch?",
"will my coffee stay hot all morning?", "how long does it keep ice?". Answered from the record's
own insulation words ("keeps drinks cold for 24 hours"), else the catalog doesn't say."""

from __future__ import annotations

import re

from catalog.model import Product

_TEMPERATURE = r"(?:cold|cool|chilled|icy|frozen|hot|warm|piping hot)"
_ASKS_INSULATION = re.compile(
    rf"\b(?:keeps?|keeping|stays?|staying|remain|remains|hold|holds)\b(?:\s+[\w'-]+){{0,4}}?"
    rf"\s+{_TEMPERATURE}\b"
    r"|\bhow long\b.*\b(?:cold|cool|chilled|hot|warm|ice)\b"
    r"|\binsulat(?:ed|ion|es|e)\b|\bthermal\b|\bdouble[- ]wall(?:ed)?\b"
    r"|\bice (?:last|melt)s?\b"
)
_RECORD_INSULATION = re.compile(
    rf"\binsulat\w*|\bdouble[- ]wall\w*|\bvacuum\b|\bkeeps?\b[^.]*\b{_TEMPERATURE}\b"
)
_HOURS = re.compile(r"\bkeeps?\b[^.;]*?\bfor \d+(?:\s*-\s*\d+)?\s*hours?\b")


_DRINKWARE = re.compile(
    r"\b(?:bottles?|mugs?|flasks?|tumblers?|cups?|thermos(?:es)?|jugs?|coolers?|lunch ?box(?:es)?"
    r"|growlers?|carafes?|drinkware)\b"
)
"""What keeps a drink cold or hot; "will it keep me warm?" of a jacket is another question."""


def asks_insulation(text: str, product: Product) -> bool:
    """A question about keeping a drink cold or hot, said in any words, of drinkware. The
    product's title said in the question is no such question ("what sizes is the Insulated
    Steel Water Bottle available in")."""
    kind = " ".join([product.title, *product.category]).lower()
    asked = text.lower().replace(product.title.lower(), " ")
    return bool(_ASKS_INSULATION.search(asked) and _DRINKWARE.search(kind))


def insulation_answer(product: Product) -> str:
    """The record's own insulation claim, the hours first; else what it is made of."""
    title = product.title
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", product.description) if s.strip()]
    for sentence in sentences:
        if hours := _HOURS.search(sentence.lower()):
            return f"{title} {hours[0]}."
    for key, value in product.attributes.items():
        if _RECORD_INSULATION.search(f"{key.replace('_', ' ')} {value}".lower()):
            return f"{title}: {key.replace('_', ' ')} {value}."
    for (
        sentence
    ) in sentences:  # the title said in the sentence ("Travel Insulated Mug") is no claim
        if _RECORD_INSULATION.search(sentence.lower().replace(title.lower(), "")):
            return sentence
    if _RECORD_INSULATION.search(title.lower()):
        return f"{title} is insulated; the catalog doesn't say for how many hours."
    material = product.attributes.get("material")
    made = f" It's made of {material}." if material else ""
    return f"The catalog doesn't say how long {title} keeps drinks cold or hot.{made}"
