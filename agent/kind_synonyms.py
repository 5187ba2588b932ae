"""Everyday names for kinds of goods and the catalog words they cover: "shoes" are sneakers and
boots, "pans" are skillets, "tops" are tees and hoodies. A cart line ("remove the shoes") and a
kind's remembered list ("back to pans") are found by them when the catalog's own words differ."""

from __future__ import annotations

from catalog.sparse import stem

_F_ENDINGS = (("fe", "f"), ("ve", "f"))


def kind_form(word: str) -> str:
    """The one form kinds are compared in, here and by the words of titles and messages: the
    catalog's (`catalog.sparse.stem`: "beanies" and "beanie" as "beany") with its f-ending folded,
    so "knives" and "knife" meet as "knif"."""
    word = stem(word)
    for ending, single in _F_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)] + single
    return word


KIND_SYNONYMS: dict[str, set[str]] = {
    "shoe": {"shoe", "sneaker", "boot", "sandal", "footwear", "runner", "trainer", "slide"},
    "sneaker": {"sneaker", "shoe", "footwear", "trainer"},
    "trainer": {"sneaker", "shoe", "footwear", "trainer"},
    "kick": {"sneaker", "shoe", "footwear"},
    "footwear": {"shoe", "sneaker", "boot", "sandal", "footwear"},
    "shirt": {"tee", "t-shirt", "shirt", "top", "henley"},
    "tee": {"tee", "t-shirt", "shirt"},
    "top": {"top", "tee", "shirt", "hoody", "sweater"},
    "pant": {"jean", "pant", "trouser", "bottom", "chino"},
    "trouser": {"jean", "pant", "trouser", "bottom"},
    "bag": {"bag", "backpack", "tote", "duffel", "pack"},
    "jacket": {"jacket", "coat", "outerwear", "parka", "vest"},
    "coat": {"jacket", "coat", "outerwear", "parka"},
    "hat": {"hat", "cap", "beany", "visor"},
    "cap": {"hat", "cap"},
    "glass": {"sunglass", "glass"},
    "shade": {"sunglass"},
    "sunny": {"sunglass"},
    "sock": {"sock"},
    "pullover": {"pullover", "sweater", "jumper", "knit", "cardigan"},
    "sweater": {"pullover", "sweater", "jumper", "knit"},
    "coffee": {"coffee", "bean", "espresso"},
    "headphone": {"headphone", "earbud", "earphone"},
    "speaker": {"speaker"},
    "mug": {"mug", "cup", "drinkware"},
    "cup": {"mug", "cup", "drinkware"},
    "cushion": {"pillow", "cushion"},
    "pillow": {"pillow", "cushion"},
    "pan": {"skillet", "pan", "cookware", "braiser"},
    "flask": {"bottle", "flask"},
    "bottle": {"bottle", "flask"},
    "throw": {"blanket", "throw"},
    "blanket": {"blanket", "throw"},
}
"""A shopper's word -> the title and category words of the kinds it names, all in the form
`catalog.sparse.stem` gives them ("beanie" as "beany", "hoodie" as "hoody")."""
