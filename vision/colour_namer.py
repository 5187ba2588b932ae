"""The learned colour namer: a multinomial logistic regression over `colour_features`.

Fitted by `bench/colour_namer_fit.py` on hand-labelled real photos and the sample catalog's
synthetic images and photos; shipped as plain numbers in `vision/data/colour_namer.json` (the
feature names, the scaler, one row of weights per colour), loaded once. When the model's best
probability is below the file's `fallback_below`, the rules' answer stands; so it does when the
rules saw polished metal or no dominant colour (`RULES_DECIDE`): the model saw few metals and few
clear multicolour items, and measured on the labelled photos it named a crisp four-colour stripe
or a polished steel watch worse than the rules do. The model that reads the embedding may
overrule the rules' metal when it is sure enough of another colour (`overrule_metal_at`), or when it
gives that metal itself almost nothing (`metal_floor`): on real clothing the rules' silver and
gold were never right, and out of fold the model gave the metal under 0.1 on most of those photos
(heather cotton, a black cap with a sheen) and over 0.28 on every synthetic steel item it kept.

The file also holds a second model over the same features plus the item's image vector (the
encoder's L2-normalised output, reduced by a PCA fitted with it; the basis and the scaler are
folded into one row of weights per colour over the vector, since both steps are linear) and the
item's early activations (`vision.encoder.Encoded.early`, 40 numbers, their scaler folded in the
same way). It answers when the caller gives both from the encoder it was fitted on; without them,
the model over the colour features alone does. It also decides "multicolour" itself: measured on
the labelled photos, the rules' "no colour dominates" was right half the time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from vision.colour_features import FEATURE_NAMES

MODEL_FILE = Path(__file__).resolve().parent / "data" / "colour_namer.json"
RULES_DECIDE = frozenset({"silver", "gold", "multicolour"})
METALS = frozenset({"silver", "gold"})


@dataclass(frozen=True)
class ColourNamer:
    classes: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray  # (classes, features)
    intercept: np.ndarray
    fallback_below: float
    embedding_weights: np.ndarray | None = None  # (classes, vector dim): PCA and scaler folded in
    with_embedding: ColourNamer | None = None  # the model that also reads the image vector
    encoder: str | None = None  # the encoder (name-version) whose vectors `with_embedding` reads
    rules_decide: frozenset[str] = RULES_DECIDE  # the rules' answers this model may not overrule
    overrule_metal_at: float | None = None  # a rules' metal stands below this (None: always)
    early_weights: np.ndarray | None = None  # (classes, 40): over the early activations
    metal_floor: float | None = None  # a rules' metal the model gives less than this falls

    def probabilities(
        self,
        features: np.ndarray,
        embedding: np.ndarray | None = None,
        early: np.ndarray | None = None,
    ) -> np.ndarray:
        z = self.weights @ ((features - self.mean) / self.scale) + self.intercept
        for weights, vector in ((self.embedding_weights, embedding), (self.early_weights, early)):
            if weights is not None:
                if vector is None or vector.shape != weights.shape[1:]:
                    raise ValueError("this colour model reads the image vectors of its encoder")
                z = z + weights @ vector
        z = np.exp(z - z.max())
        return z / z.sum()

    def name(
        self,
        features: np.ndarray,
        rules_main: str,
        embedding: np.ndarray | None = None,
        early: np.ndarray | None = None,
    ) -> tuple[str, float] | None:
        """(colour, probability), or None when the rules decide: they said what this model may
        not overrule, or the model is less sure than its fallback level. With the item's
        `embedding` (and `early` activations, if it reads them) the model fitted with them
        answers, when the file has one."""
        second = self.with_embedding
        reads_all = second is not None and (second.early_weights is None or early is not None)
        if embedding is not None and second is not None and reads_all:
            return second.name(features, rules_main, embedding, early)
        if rules_main in self.rules_decide:
            return None
        p = self.probabilities(features, embedding, early)
        best = int(np.argmax(p))
        if p[best] < self.fallback_below or self._metal_stands(rules_main, p, best):
            return None
        return self.classes[best], float(p[best])

    def _metal_stands(self, rules_main: str, p: np.ndarray, best: int) -> bool:
        """The rules' silver or gold stands unless the model names a metal itself, gives that
        metal less than `metal_floor`, or is at least `overrule_metal_at` sure of another colour
        (the rules call cloth with a sheen metal)."""
        if rules_main not in METALS or self.classes[best] in METALS:
            return False
        if self.metal_floor is not None:
            given = p[self.classes.index(rules_main)] if rules_main in self.classes else 0.0
            if given < self.metal_floor:
                return False
        return self.overrule_metal_at is None or p[best] < self.overrule_metal_at

    def reads_embeddings_of(self, encoder: str) -> bool:
        """Whether the model fitted with embeddings was fitted on this encoder's."""
        return self.with_embedding is not None and self.encoder == encoder

    def to_json(self, extra: dict[str, object] | None = None) -> str:
        return json.dumps({"features": list(FEATURE_NAMES), **self._numbers(), **(extra or {})},
                          indent=1) + "\n"  # fmt: skip

    def _numbers(self) -> dict[str, object]:
        data: dict[str, object] = {
            "classes": list(self.classes),
            "mean": _rounded(self.mean),
            "scale": _rounded(self.scale),
            "weights": [_rounded(row) for row in self.weights],
            "intercept": _rounded(self.intercept),
            "fallback_below": self.fallback_below,
            "rules_decide": sorted(self.rules_decide),
            "overrule_metal_at": self.overrule_metal_at,
        }
        if self.metal_floor is not None:
            data["metal_floor"] = self.metal_floor
        if self.embedding_weights is not None:
            data["embedding_weights"] = [_rounded(row) for row in self.embedding_weights]
        if self.early_weights is not None:
            data["early_weights"] = [_rounded(row) for row in self.early_weights]
        if self.with_embedding is not None:
            data["with_embedding"] = {"encoder": self.encoder, **self.with_embedding._numbers()}
        return data


def _rounded(values: np.ndarray) -> list[float]:
    return [round(float(v), 6) for v in values]


def parse_namer(text: str) -> ColourNamer:
    data = json.loads(text)
    if tuple(data["features"]) != FEATURE_NAMES:
        raise ValueError("colour namer was fitted on other features; refit it")
    second = data.get("with_embedding")
    return _namer(data, _namer(second) if second else None, second and second["encoder"])


def _namer(
    data: dict[str, Any], with_embedding: ColourNamer | None = None, encoder: str | None = None
) -> ColourNamer:
    embedding_weights, early_weights = (
        None if data.get(key) is None else np.asarray(data[key], dtype=np.float64)
        for key in ("embedding_weights", "early_weights")
    )
    return ColourNamer(
        classes=tuple(data["classes"]),
        mean=np.asarray(data["mean"], dtype=np.float64),
        scale=np.asarray(data["scale"], dtype=np.float64),
        weights=np.asarray(data["weights"], dtype=np.float64),
        intercept=np.asarray(data["intercept"], dtype=np.float64),
        fallback_below=float(data["fallback_below"]),
        embedding_weights=embedding_weights,
        with_embedding=with_embedding,
        encoder=encoder,
        rules_decide=frozenset(data.get("rules_decide", RULES_DECIDE)),
        overrule_metal_at=data.get("overrule_metal_at"),
        early_weights=early_weights,
        metal_floor=data.get("metal_floor"),
    )


@lru_cache(maxsize=1)
def shipped_namer() -> ColourNamer | None:
    """The shipped model, or None when its file is missing (the rules answer alone)."""
    if not MODEL_FILE.is_file():
        return None
    return parse_namer(MODEL_FILE.read_text())
