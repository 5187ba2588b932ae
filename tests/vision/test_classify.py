from __future__ import annotations

import numpy as np

from vision.classify import (
    Neighbour,
    guess_category,
    imagenet_classes,
    imagenet_to_catalog,
)


def _logits_for(name: str, strength: float = 12.0) -> np.ndarray:
    logits = np.zeros(1000, dtype=np.float32)
    logits[imagenet_classes().index(name)] = strength
    return logits


def test_class_list_is_the_imagenet_order() -> None:
    names = imagenet_classes()
    assert names[0] == "tench" and names[504] == "coffee_mug" and names[999] == "toilet_tissue"


def test_mapping_points_into_the_catalog_taxonomy() -> None:
    roots = {path[0] for path in imagenet_to_catalog().values()}
    assert {"Footwear", "Apparel", "Bags", "Home", "Grocery"} <= roots


def test_look_alikes_vote_for_their_category() -> None:
    neighbours = [
        Neighbour(("Footwear", "Running Shoes"), 0.9),
        Neighbour(("Footwear", "Running Shoes"), 0.85),
        Neighbour(("Footwear", "Sneakers"), 0.6),
        Neighbour(("Bags", "Backpacks"), 0.3),
    ]
    guess = guess_category(neighbours)
    assert [c.label for c in guess.categories[:2]] == ["Footwear", "Running Shoes"]
    assert guess.best_path == ("Footwear", "Running Shoes")
    assert not guess.unsure


def test_imagenet_alone_answers_on_an_empty_catalog() -> None:
    guess = guess_category([], _logits_for("coffee_mug"))
    assert guess.categories[0].label in {"Home", "Drinkware", "Mugs"}
    assert "Mugs" in [c.label for c in guess.categories]
    assert not guess.unsure


def test_unsure_when_the_evidence_is_weak_or_split() -> None:
    assert guess_category([], _logits_for("tench")).unsure  # a fish says nothing about the shop
    split = [Neighbour(("Footwear",), 0.5), Neighbour(("Bags",), 0.5), Neighbour(("Home",), 0.5)]
    assert guess_category(split).unsure
