"""What kind of item: a light classifier learned from the store's own product images.

Fitted on the catalog's image vectors and their product types (category paths), so "shorts" means
what this store calls shorts. Multinomial logistic regression on the unit vectors is fast to fit
(well under a second for a few thousand products) and beats nearest-neighbour voting on real
photos (bench/vision.py). Stores too small to learn from (fewer than `MIN_TYPES` types with
`MIN_PER_TYPE` images each) get no classifier; the ImageNet mapping answers for them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

MIN_TYPES = 2
MIN_PER_TYPE = 5
REGULARISATION = 5.0  # sklearn C, chosen by 5-fold CV on the clothing catalog photos only
MAX_ITERATIONS = 500
MAX_PER_TYPE = 200  # a big store's fit stays fast: the first this many images of each type


@dataclass(frozen=True)
class KindClassifier:
    """Category path probabilities for an image vector."""

    paths: tuple[tuple[str, ...], ...]
    model: object
    fitted_on: int

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        """(n, len(paths)) rows summing to one."""
        rows = np.atleast_2d(np.asarray(vectors, dtype=np.float32))
        return np.asarray(self.model.predict_proba(rows))  # type: ignore[attr-defined]

    def votes(self, vectors: np.ndarray) -> dict[tuple[str, ...], float]:
        """Mean probability of each path over the given views of one photo."""
        mean = self.probabilities(vectors).mean(axis=0)
        return {path: float(p) for path, p in zip(self.paths, mean, strict=True)}


def fit_kind_classifier(
    vectors: Sequence[np.ndarray] | np.ndarray, paths: Sequence[tuple[str, ...]]
) -> KindClassifier | None:
    """A classifier over the types that have enough images, or None when the store is too small.

    Types with fewer than `MIN_PER_TYPE` images are left out (their products are still found as
    look-alikes; they are just not predicted as a kind)."""
    if len(vectors) != len(paths):
        raise ValueError("vectors and paths differ in length")
    counts = Counter(tuple(p) for p in paths if p)
    kept = sorted(path for path, n in counts.items() if n >= MIN_PER_TYPE)
    if len(kept) < MIN_TYPES:
        return None
    from sklearn.linear_model import LogisticRegression

    index = {path: i for i, path in enumerate(kept)}
    taken: Counter[tuple[str, ...]] = Counter()
    rows = []
    for i, p in enumerate(paths):
        if tuple(p) in index and taken[tuple(p)] < MAX_PER_TYPE:
            taken[tuple(p)] += 1
            rows.append(i)
    x = np.asarray([vectors[i] for i in rows], dtype=np.float32)
    y = np.array([index[tuple(paths[i])] for i in rows])
    model = LogisticRegression(C=REGULARISATION, max_iter=MAX_ITERATIONS)
    model.fit(x, y)
    return KindClassifier(paths=tuple(kept), model=model, fitted_on=len(rows))
