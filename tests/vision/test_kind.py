from __future__ import annotations

import numpy as np

from vision.kind import MIN_PER_TYPE, fit_kind_classifier


def _vectors(centre: int, count: int, rng: np.random.Generator) -> list[np.ndarray]:
    rows = rng.normal(0, 0.1, (count, 16))
    rows[:, centre] += 1
    return list(rows / np.linalg.norm(rows, axis=1, keepdims=True))


def test_learns_the_store_types_and_skips_those_with_too_few_images() -> None:
    rng = np.random.default_rng(0)
    vectors = _vectors(0, 8, rng) + _vectors(1, 8, rng) + _vectors(2, MIN_PER_TYPE - 1, rng)
    paths = [("Mugs",)] * 8 + [("Hats",)] * 8 + [("Rare",)] * (MIN_PER_TYPE - 1)
    kind = fit_kind_classifier(vectors, paths)
    assert kind is not None and set(kind.paths) == {("Mugs",), ("Hats",)}
    votes = kind.votes(np.stack(_vectors(1, 2, rng)))
    assert max(votes, key=lambda p: votes[p]) == ("Hats",)
    assert abs(sum(votes.values()) - 1) < 1e-6


def test_one_type_is_nothing_to_learn() -> None:
    rng = np.random.default_rng(1)
    assert fit_kind_classifier(_vectors(0, 10, rng), [("Mugs",)] * 10) is None
