"""When to run OCR: only when the question asks about printed text or the image looks printed.

OCR costs ~0.5-1 s, colours and the embedding ~0.1 s, so plain photos skip it.
"""

from __future__ import annotations

import re

import numpy as np
from PIL import Image, ImageOps

from vision.classify import top_imagenet_labels

_TEXT_QUESTION = re.compile(
    r"\b(sugars?|calories?|kcal|ingredients?|labels?|nutrition\w*|text|says?|written|read|"
    r"brand|fat|sodium|salt|protein|carbs?|carbohydrates?|fib(?:er|re)|cholesterol|"
    r"serving|allergens?|gluten|vegan|net\s*wt|weight|ounces?|oz|ml|size of the (?:box|bag)|"
    # a package's name is printed on it: "this cereal", "how much is a box?"
    r"box(?:es)?|packets?|packages?|packs?|cartons?|jars?|tins?|cans? of|tubs?|"
    r"cereals?|granola|crackers?|chips|cookies|biscuits|snacks?|sauces?|soups?)\b",
    re.I,
)
# ImageNet classes that are usually printed matter or packages with a label.
PRINTED_CLASSES = frozenset(
    {
        "packet", "carton", "menu", "book_jacket", "web_site", "envelope", "comic_book",
        "crossword_puzzle", "binder", "notebook", "pill_bottle", "pop_bottle", "beer_bottle",
        "wine_bottle", "water_bottle", "lotion", "sunscreen", "hair_spray", "street_sign",
        "scoreboard", "slide_rule", "rule", "confectionery",
    }
)  # fmt: skip
TEXT_EDGE_DENSITY = 0.05  # sample set: product shots and photos ≤ 0.03, nutrition labels ≥ 0.10


def question_wants_text(question: str | None) -> bool:
    return bool(question and _TEXT_QUESTION.search(question))


def text_edge_density(image: Image.Image) -> float:
    """Share of pixels with a sharp horizontal change: high for print, low for product shots."""
    gray = ImageOps.grayscale(image)
    gray.thumbnail((256, 256))
    pixels = np.asarray(gray, dtype=np.int16)
    if pixels.shape[1] < 2:
        return 0.0
    return float((np.abs(np.diff(pixels, axis=1)) > 80).mean())


def looks_printed(image: Image.Image, logits: np.ndarray | None) -> bool:
    if logits is not None and PRINTED_CLASSES.intersection(top_imagenet_labels(logits, 3)):
        return True
    return text_edge_density(image) >= TEXT_EDGE_DENSITY


def should_read_text(question: str | None, image: Image.Image, logits: np.ndarray | None) -> bool:
    return question_wants_text(question) or looks_printed(image, logits)
