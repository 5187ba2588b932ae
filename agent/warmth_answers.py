"""How warm a garment or blanket is: "is it warm enough for snow?", "will it keep me warm?",
"good for winter?". Answered from the record's own warmth words (down, insulated, fleece, wool,
lined, "designed for winter hikes"); the catalog gives no temperature rating, so none is
promised."""

from __future__ import annotations

import re

from catalog.model import Product

_ASKS_WARMTH = re.compile(
    r"\bwarm(?:th|er|est)?\b(?!\s+(?:water|wash|colou?rs?|tones?|shades?|grey|gray|white))"
    r"|\b(?:good|ok|okay|fine|enough|suitable|work|ok(?:ay)?)\s+(?:for|in)\s+(?:the\s+)?"
    r"(?:snow|winter|cold|freezing|sub[- ]?zero|skiing|below zero)\b"
    r"|\b(?:snow|freezing|sub[- ]?zero|below zero|minus \d+)\b"
    r"|\binsulat(?:ed|ion|ing)\b|\bfill(?:ing| power)\b|\bfilled with\b|\bwhat fill\b"
)  # "what's the insulation?", "what's it filled with?" of a jacket: what keeps it warm
_WARMTH = re.compile(
    r"\b(?:down|insulat\w*|\d+[- ]fill|fleece|sherpa|shearling|wool|woolen|woollen|merino"
    r"|cashmere|lambswool|thermal|lined|lining|padded|quilted|puffer|heavyweight|winters?|snowy"
    r"|snow|cold (?:mornings|nights|weather|days)|warm\w*)\b"
)
_WEARABLE = re.compile(
    r"\b(?:apparel|outerwear|jackets?|coats?|hoodies?|sweaters?|tops|bottoms|footwear|boots?"
    r"|socks|hats?|caps?|beanies?|scarves|scarf|gloves?|blankets?|bedding|throws?|vests?)\b"
)
"""What a warmth question is about; "keeps my coffee warm?" of drinkware is insulation."""


def asks_warmth(text: str, product: Product) -> bool:
    """A question about how warm the product keeps the wearer, said of something one wears or
    sleeps under; the product's own title in the question is no such question."""
    kind = " ".join([product.title, *product.category]).lower()
    asked = text.lower().replace(product.title.lower(), " ")
    return bool(_ASKS_WARMTH.search(asked) and _WEARABLE.search(kind))


def warmth_answer(product: Product) -> str:
    """What the record says that bears on warmth: its material, its name, what it is designed
    for; else that the catalog doesn't say."""
    title = product.title
    said: list[str] = []
    material = str(product.attributes.get("material") or "")
    if material:
        said.append(f"it's made of {material}")
    named = [w for w in _WARMTH.findall(title.lower()) if w not in material.lower()]
    if named:
        said.append(f"its name says {named[0]}")
    for sentence in re.split(r"(?<=[.!?])\s+", product.description):
        own = sentence.replace(title, " ")
        if _WARMTH.search(own.lower()) and material not in sentence:
            said.append(_lowered_first(sentence.strip().rstrip(".")))
    if not [s for s in said if _WARMTH.search(s.lower())]:
        made = f" It's made of {material}." if material else ""
        return f"The catalog doesn't say how warm {title} is.{made}"
    return f"{title}: {'; '.join(dict.fromkeys(said))}. The catalog gives no temperature rating."


def _lowered_first(sentence: str) -> str:
    return sentence[:1].lower() + sentence[1:] if sentence[:2] != sentence[:2].upper() else sentence
