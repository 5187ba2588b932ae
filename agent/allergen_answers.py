"""An allergen asked of a product with listed ingredients: "does it have nuts in it? my son is
allergic" names the nut the record lists ("almonds"), or says that none is listed, from the
record's own ingredients, never "the catalog doesn't say"."""

from __future__ import annotations

import re

from catalog.model import Product

# asked word -> (what it is called, the ingredient words that are one)
_FAMILIES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        r"\b(?:tree[- ])?nuts?\b",
        "nuts",
        ("almond", "peanut", "hazelnut", "cashew", "walnut", "pecan", "pistachio", "macadamia",
         "brazil nut", "pine nut", "coconut", "nut"),
    ),
    (r"\bpeanuts?\b", "peanuts", ("peanut",)),
    (r"\bgluten\b", "gluten", ("wheat", "barley", "rye", "spelt", "gluten")),
    (r"\b(?:dairy|lactose)\b", "dairy", ("milk", "whey", "butter", "cream", "cheese", "lactose")),
    (r"\bsoy\b", "soy", ("soy",)),
)  # fmt: skip
_FREE = re.compile(r"[\s-]free\b|\bwithout\b|\bsafe for\b")


def allergen_answer(product: Product, text: str) -> str:
    """ "Yes — Honey Oat Clusters Cereal lists almonds: rolled oats and almonds." ("" when no
    allergen is asked beyond the product's name, or the record lists no ingredients)."""
    ingredients = str(product.attributes.get("ingredients") or "").strip()
    if not ingredients:
        return ""
    lowered, title = text.lower(), product.title.lower()
    for pattern, name, words in _FAMILIES:
        if len(re.findall(pattern, lowered)) <= len(re.findall(pattern, title)):
            continue
        listed = ingredients.lower()
        found = [w for w in words if re.search(rf"\b{re.escape(w)}", listed)]
        found = [w for w in found if not any(w != o and w in o for o in found)][:3]
        if found:
            named = " and ".join(w if w.endswith("s") else f"{w}s" for w in found)
            verdict = f"No, it isn't {name} free" if _FREE.search(lowered) else "Yes"
            return f"{verdict} — {product.title} lists {named} in its ingredients: {ingredients}."
        return (
            f"{product.title} lists no {name} in its ingredients ({ingredients}), though the "
            f"catalog doesn't label it {name} free."
        )
    return ""
