"""Look-alikes of a photo: the kind the shopper named, the photo's colour and a printed brand
reorder the visual neighbours."""

from __future__ import annotations

import numpy as np

from aisle.money import Money
from catalog.model import Product, Variant
from catalog.search import SearchHit
from catalog.similar import by_closest_image, of_brand_first, of_named_kind_first, rerank_by_kind


def _hit(pid: str, score: float, category: str, colour: str, brand: str = "") -> SearchHit:
    variant = Variant(
        id=f"{pid}-1", options={"color": colour}, price=Money(amount=100, currency="USD")
    )
    product = Product(
        id=pid, title=pid, category=["Shop", category], brand=brand or None, variants=[variant]
    )
    return SearchHit(product=product, score=score, variant_ids=[variant.id])


HITS = [
    _hit("dumbbell", 0.71, "Dumbbells", "white"),
    _hit("sock", 0.70, "Socks", "white"),
    _hit("olive-hat", 0.69, "Hats", "olive", brand="Peak"),
    _hit("lamp", 0.60, "Lamps", "white"),
    _hit("forest-hat", 0.69, "Hats", "forest green"),
]


def test_the_kind_the_shopper_named_comes_first() -> None:
    ranked = of_named_kind_first(HITS, ["lamps"])
    assert [h.product.id for h in ranked][:2] == ["lamp", "dumbbell"]


def test_coming_in_the_photos_colour_lifts_a_near_tie() -> None:
    blue = [_hit("a", 0.70, "Hats", "red"), _hit("b", 0.68, "Hats", "navy")]
    assert [h.product.id for h in rerank_by_kind(blue, None, 0.0, "blue", 0.05)] == ["b", "a"]
    assert [h.product.id for h in rerank_by_kind(blue, None, 0.0, None, 0.05)] == ["a", "b"]


def test_a_printed_brand_puts_its_products_first() -> None:
    assert of_brand_first(HITS, "peak")[0].product.id == "olive-hat"


def test_a_look_alike_scores_by_its_closest_own_picture() -> None:
    photo = np.array([0.0, 1.0, 0.0], dtype=np.float32)  # the navy one, say
    pictures = {"two-colours": [np.array([1.0, 0.0, 0.0]), np.array([0.0, 2.0, 0.1])]}
    hits = [_hit("one-colour", 0.70, "Hats", "navy"), _hit("two-colours", 0.40, "Hats", "red")]

    ranked = by_closest_image(hits, photo, lambda p: pictures.get(p.id, []))

    assert [h.product.id for h in ranked] == ["two-colours", "one-colour"]
    assert ranked[0].score > 0.99
    assert ranked[1].score == 0.70  # no pictures of its own: the indexed score stays
