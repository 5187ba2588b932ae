"""The learned colour namer: a multinomial logistic regression over `colour_features`.

Fitted by `bench/colour_namer_fit.py` on hand-labelled real photos and the sample catalog's
synthetic images and photos; shipped as plain numbers in `vision/data/colour_namer.json` (the
feature names, the scaler, one row of weights per colour), loaded once. When the model's best
probability is below the file's `fallback_below`, the rules' answer stands; so it does when the
rules saw polished metal or no dominant colour (`RULES_DECIDE`): the model saw few metals and few
clear multicolour items, and measured on the labelled photos it named a crisp four-colour stripe
or a polished steel watch worse than the rules do.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from vision.colour_features import FEATURE_NAMES

MODEL_FILE = Path(__file__).resolve().parent / "data" / "colour_namer.json"
RULES_DECIDE = frozenset({"silver", "gold", "multicolour"})


@dataclass(frozen=True)
class ColourNamer:
    classes: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray  # (classes, features)
    intercept: np.ndarray
    fallback_below: float

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        z = self.weights @ ((features - self.mean) / self.scale) + self.intercept
        z = np.exp(z - z.max())
        return z / z.sum()

    def name(self, features: np.ndarray, rules_main: str) -> tuple[str, float] | None:
        """(colour, probability), or None when the rules decide: they said metal or multicolour,
        or the model is less sure than its fallback level."""
        if rules_main in RULES_DECIDE:
            return None
        p = self.probabilities(features)
        best = int(np.argmax(p))
        if p[best] < self.fallback_below:
            return None
        return self.classes[best], float(p[best])

    def to_json(self, extra: dict[str, object] | None = None) -> str:
        data = {
            "features": list(FEATURE_NAMES),
            "classes": list(self.classes),
            "mean": _rounded(self.mean),
            "scale": _rounded(self.scale),
            "weights": [_rounded(row) for row in self.weights],
            "intercept": _rounded(self.intercept),
            "fallback_below": self.fallback_below,
            **(extra or {}),
        }
        return json.dumps(data, indent=1) + "\n"


def _rounded(values: np.ndarray) -> list[float]:
    return [round(float(v), 6) for v in values]


def parse_namer(text: str) -> ColourNamer:
    data = json.loads(text)
    if tuple(data["features"]) != FEATURE_NAMES:
        raise ValueError("colour namer was fitted on other features; refit it")
    return ColourNamer(
        classes=tuple(data["classes"]),
        mean=np.asarray(data["mean"], dtype=np.float64),
        scale=np.asarray(data["scale"], dtype=np.float64),
        weights=np.asarray(data["weights"], dtype=np.float64),
        intercept=np.asarray(data["intercept"], dtype=np.float64),
        fallback_below=float(data["fallback_below"]),
    )


@lru_cache(maxsize=1)
def shipped_namer() -> ColourNamer | None:
    """The shipped model, or None when its file is missing (the rules answer alone)."""
    if not MODEL_FILE.is_file():
        return None
    return parse_namer(MODEL_FILE.read_text())
