"""Look-alikes scored by the photo's likeness to each product's closest image: a boot
photographed in its third colour is found by that colour's image, not by its first one."""

from __future__ import annotations

from catalog.search import SearchHit
from catalog.similar import LIKENESS_SHARE, with_likeness
from tests.agent.store import item


def test_a_product_whose_other_image_is_closer_comes_first() -> None:
    first = SearchHit(item("B1", "Winter Boot", 160, ["Footwear", "Boots"]), 0.72, [])
    chelsea = SearchHit(item("B2", "Chelsea Boot", 278, ["Footwear", "Boots"]), 0.65, [])
    ranked = with_likeness([first, chelsea], {"B1": 0.72, "B2": 0.80})
    assert [h.product.id for h in ranked] == ["B2", "B1"]
    assert ranked[0].score == (1 - LIKENESS_SHARE) * 0.65 + LIKENESS_SHARE * 0.80


def test_a_product_without_stored_images_keeps_its_score() -> None:
    hit = SearchHit(item("B1", "Winter Boot", 160, ["Footwear", "Boots"]), 0.72, [])
    assert with_likeness([hit], {})[0].score == 0.72
