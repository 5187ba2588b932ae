"""The colour namer's training photos and what is measured on each (features, rules, embedding).

Rows: every hand-labelled real photo (`bench/clothing_colours.csv`, `_2.csv` to `_7.csv`, all
their splits: 941 photos, the whole clothing set; `_7.csv` was the last blind check, scored once
on 4 Dec before it joined the fit) and the sample catalog's synthetic variant images and shopper
photos (their variant's colour family). Each photo is read as the photo path reads it:
`vision.colour_features` on the current mask, the rules' answer, and the encoder's own
L2-normalised vector of the framed item and its early activations
(`EfficientNetLite0Encoder.encode`, what `Vision.look` gets from the built-in backend).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bench.vision import SAMPLE, catalog_images
from bench.vision_clothing import LIMITS, read_colour_labels
from vision.colors import item_region
from vision.colour_features import colour_features
from vision.colour_rules import read_by_rules
from vision.encoder import EfficientNetLite0Encoder
from vision.intake import load_image

HERE = Path(__file__).resolve().parent
LABELS = [
    HERE / "clothing_colours.csv",
    HERE / "clothing_colours_2.csv",
    HERE / "clothing_colours_3.csv",
    HERE / "clothing_colours_4.csv",
    HERE / "clothing_colours_5.csv",
    HERE / "clothing_colours_6.csv",
    HERE / "clothing_colours_7.csv",
]
FOLDS = 5
SEEDS = (0, 1, 2)


@dataclass
class Row:
    path: Path
    colour: str
    also: tuple[str, ...]
    group: str
    source: str  # real, catalog (synthetic variant image) or photo (synthetic shopper photo)
    labels: str = ""  # the labels file of a real photo


@dataclass
class Measured:
    """Per row: colour features, the rules' main and first colour, the encoder's vectors."""

    x: np.ndarray
    mains: list[str]
    firsts: list[str]
    embeddings: np.ndarray
    early: np.ndarray


def labelled_rows(clothing: Path) -> list[Row]:
    rows = []
    for labels in LABELS:
        for r in read_colour_labels(labels):
            folder = "catalog" if r["role"] == "catalog" else "queries"
            rows.append(
                Row(clothing / folder / r["file"], r["colour"], tuple(r["also"].split()),
                    r["file"], "real", labels.stem)
            )  # fmt: skip
    images, _ = catalog_images(SAMPLE)
    rows += [
        Row(i.path, i.color_family, (), i.product_id, "catalog") for i in images if i.color_family
    ]
    for line in (SAMPLE / "photos" / "photos.jsonl").read_text().splitlines():
        p = json.loads(line)
        rows.append(
            Row(SAMPLE / "photos" / p["file"], p["color_family"], (), p["product_id"], "photo")
        )
    return rows


def measure(rows: list[Row]) -> Measured:
    encoder = EfficientNetLite0Encoder()
    features, mains, firsts, embeddings, early = [], [], [], [], []
    for row in rows:
        image = load_image(row.path, **LIMITS).image
        lab, mask = item_region(image)
        reading = read_by_rules(lab, mask)
        assert reading is not None
        features.append(colour_features(lab, mask, reading))
        mains.append(reading.main)
        firsts.append(reading.ranked[0][0])
        encoded = encoder.encode([image])
        embeddings.append(encoded.features[0])
        early.append(encoded.early[0])
    return Measured(np.array(features), mains, firsts, np.array(embeddings), np.array(early))


def measured(rows: list[Row], cache: Path | None) -> Measured:
    """`measure(rows)`, kept in `cache` (.npz) when given and reused when it exists."""
    if cache is not None and cache.is_file():
        data = np.load(cache, allow_pickle=False)
        return Measured(data["x"], list(data["mains"]), list(data["firsts"]), data["embeddings"],
                        data["early"])  # fmt: skip
    found = measure(rows)
    if cache is not None:
        np.savez(cache, x=found.x, mains=found.mains, firsts=found.firsts,
                 embeddings=found.embeddings, early=found.early)  # fmt: skip
    return found


def folds(rows: list[Row], seed: int) -> np.ndarray:
    """Real photos stratified by colour; synthetic images grouped by product."""
    from sklearn.model_selection import StratifiedKFold

    fold = np.zeros(len(rows), dtype=int)
    real = [i for i, r in enumerate(rows) if r.source == "real"]
    colours = [rows[i].colour for i in real]
    strata = [c if colours.count(c) >= FOLDS else "rare" for c in colours]
    split = StratifiedKFold(FOLDS, shuffle=True, random_state=seed).split(real, strata)
    for k, (_, test) in enumerate(split):
        fold[np.array(real)[test]] = k
    groups = sorted({r.group for r in rows if r.source != "real"})
    np.random.RandomState(seed).shuffle(groups)
    of_group = {g: i % FOLDS for i, g in enumerate(groups)}
    for i, r in enumerate(rows):
        if r.source != "real":
            fold[i] = of_group[r.group]
    return fold
