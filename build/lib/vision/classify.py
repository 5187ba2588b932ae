"""What is it: a category guess from the store's kind classifier, look-alike votes and ImageNet.

When the store is large enough to learn from, its own classifier (`vision.kind`, fitted on the
store's image vectors and product types) carries most of the vote; nearest catalog images vote
with their categories (label transfer, score-weighted); the ImageNet classes that map onto the
taxonomy (`data/imagenet_to_catalog.tsv`) add evidence that works even on an empty index.
Every name on a category path collects the votes of the paths below it,
so "Footwear" can be confident while "Running Shoes" vs "Trail Running Shoes" is not.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from vision.facts import CategoryScore

DATA_DIR = Path(__file__).parent / "data"
UNSURE_BELOW = 0.5  # top score under this: say "not sure" rather than guess
NEIGHBOUR_WEIGHT = 0.75  # share of the vote given to catalog look-alikes when there are any
LEARNED_WEIGHT = 0.85  # share given to the store's classifier when it exists (catalog CV)
TOP_CLASSES = 10  # ImageNet classes considered per image


@dataclass(frozen=True)
class Neighbour:
    """A catalog product that looks like the photo: its category path and similarity."""

    category: tuple[str, ...]
    score: float


@dataclass(frozen=True)
class CategoryGuess:
    categories: list[CategoryScore]
    unsure: bool
    best_path: tuple[str, ...]


@lru_cache(maxsize=1)
def imagenet_classes() -> tuple[str, ...]:
    """The 1000 class names in index order (see the file's header for the source)."""
    lines = (DATA_DIR / "imagenet_classes.txt").read_text(encoding="utf-8").splitlines()
    names = tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))
    if len(names) != 1000:
        raise RuntimeError(f"imagenet_classes.txt lists {len(names)} classes, not 1000")
    return names


@lru_cache(maxsize=1)
def imagenet_to_catalog() -> dict[int, tuple[str, ...]]:
    """ImageNet class index -> catalog category path."""
    index = {name: i for i, name in enumerate(imagenet_classes())}
    mapping: dict[int, tuple[str, ...]] = {}
    text = (DATA_DIR / "imagenet_to_catalog.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, path = line.split("\t")
        if name not in index:
            raise RuntimeError(f"imagenet_to_catalog.tsv names unknown class {name!r}")
        mapping[index[name]] = tuple(part.strip() for part in path.split(">"))
    return mapping


def imagenet_votes(logits: np.ndarray) -> dict[tuple[str, ...], float]:
    """Probability mass of the top ImageNet classes that map onto catalog paths."""
    shifted = np.exp(logits - logits.max())
    probabilities = shifted / shifted.sum()
    mapping = imagenet_to_catalog()
    votes: dict[tuple[str, ...], float] = defaultdict(float)
    for i in np.argsort(-probabilities)[:TOP_CLASSES]:
        if int(i) in mapping:
            votes[mapping[int(i)]] += float(probabilities[i])
    return dict(votes)


def top_imagenet_labels(logits: np.ndarray, k: int = 3) -> list[str]:
    names = imagenet_classes()
    return [names[int(i)] for i in np.argsort(-logits)[:k]]


def neighbour_votes(neighbours: Sequence[Neighbour]) -> dict[tuple[str, ...], float]:
    """Each look-alike's category path, weighted by its similarity; sums to 1."""
    votes: dict[tuple[str, ...], float] = defaultdict(float)
    for n in neighbours:
        if n.category:
            votes[tuple(n.category)] += max(n.score, 0.0) ** 2
    total = sum(votes.values())
    return {path: v / total for path, v in votes.items()} if total > 0 else {}


def guess_category(
    neighbours: Sequence[Neighbour],
    logits: np.ndarray | None = None,
    extra: dict[tuple[str, ...], float] | None = None,
    limit: int = 5,
    learned: dict[tuple[str, ...], float] | None = None,
) -> CategoryGuess:
    """Blend the store classifier's, look-alikes', ImageNet's and a backend's votes into names."""
    from_neighbours = neighbour_votes(neighbours)
    from_model: dict[tuple[str, ...], float] = dict(extra or {})
    if logits is not None:
        for path, vote in imagenet_votes(logits).items():
            from_model[path] = from_model.get(path, 0.0) + vote
    weight = NEIGHBOUR_WEIGHT if from_neighbours else 0.0
    paths: dict[tuple[str, ...], float] = defaultdict(float)
    for path, vote in from_neighbours.items():
        paths[path] += weight * vote
    for path, vote in from_model.items():
        paths[path] += (1 - weight) * min(vote, 1.0)
    if learned:
        for path in paths:
            paths[path] *= 1 - LEARNED_WEIGHT
        for path, vote in learned.items():
            paths[path] += LEARNED_WEIGHT * vote
    by_name: dict[str, float] = defaultdict(float)
    depth: dict[str, int] = {}
    for path, vote in paths.items():
        for level, name in enumerate(path):
            by_name[name] += vote
            depth[name] = max(depth.get(name, 0), level)
    ranked = sorted(by_name.items(), key=lambda kv: (-kv[1], -depth[kv[0]], kv[0]))
    categories = [
        CategoryScore(label=name, score=round(min(score, 1.0), 3)) for name, score in ranked[:limit]
    ]
    best_path = max(paths.items(), key=lambda kv: kv[1])[0] if paths else ()
    unsure = not categories or categories[0].score < UNSURE_BELOW
    return CategoryGuess(categories=categories, unsure=unsure, best_path=best_path)
