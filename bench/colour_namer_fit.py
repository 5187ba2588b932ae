"""Fit the learned colour namer and print its cross-validated accuracy beside the rules.

    PYTHONPATH=$PWD python bench/colour_namer_fit.py --clothing ../shared/benchmarks/clothing

Data: the hand-labelled real photos (`bench/clothing_colours.csv`, `_2.csv` to `_6.csv`,
all their splits) and the sample catalog's synthetic variant images and shopper photos (their
variant's colour family). Features: `vision.colour_features` on the current mask.

Cross-validation (repeated, same folds for every row of the table): the real photos in stratified
5-fold (seeds 0, 1, 2), the synthetic images grouped by product into 5 folds (a product's
variants never straddle train and test). Every fold fits on the other four folds of both sets and
scores the held fold; the rules are scored on the same photos in the same run. Real photos:
main colour strict and counting the labeller's alternatives; synthetic rows: the first colour of
the list, as `bench/vision.py` scores them. Then the chosen model is fitted on everything and
written to `vision/data/colour_namer.json` (with `--write`).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.vision import SAMPLE, catalog_images
from bench.vision_clothing import LIMITS, read_colour_labels
from vision.colors import item_region
from vision.colour_features import CLASSES, FEATURE_NAMES, colour_features
from vision.colour_namer import MODEL_FILE, ColourNamer
from vision.colour_rules import read_by_rules
from vision.intake import load_image

HERE = Path(__file__).resolve().parent
LABELS = [
    HERE / "clothing_colours.csv",
    HERE / "clothing_colours_2.csv",
    HERE / "clothing_colours_3.csv",
    HERE / "clothing_colours_4.csv",
    HERE / "clothing_colours_5.csv",
    HERE / "clothing_colours_6.csv",
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


def measure(rows: list[Row]) -> tuple[np.ndarray, list[str], list[str]]:
    """Features of every photo, the rules' main colour and the rules' first colour."""
    features, mains, firsts = [], [], []
    for row in rows:
        lab, mask = item_region(load_image(row.path, **LIMITS).image)
        reading = read_by_rules(lab, mask)
        assert reading is not None
        features.append(colour_features(lab, mask, reading))
        mains.append(reading.main)
        firsts.append(reading.ranked[0][0])
    return np.array(features), mains, firsts


def folds(rows: list[Row], seed: int) -> np.ndarray:
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


def fit(x: np.ndarray, y: list[str], weight: np.ndarray, c: float, tau: float) -> ColourNamer:
    from sklearn.linear_model import LogisticRegression

    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    model = LogisticRegression(C=c, max_iter=5000)
    model.fit((x - mean) / scale, y, sample_weight=weight)
    return ColourNamer(
        classes=tuple(str(k) for k in model.classes_),
        mean=mean,
        scale=scale,
        weights=model.coef_,
        intercept=model.intercept_,
        fallback_below=tau,
    )


def predict(namer: ColourNamer, x: np.ndarray, rules: list[str]) -> list[str]:
    named = [namer.name(v, r) for v, r in zip(x, rules, strict=True)]
    return [n[0] if n is not None else r for n, r in zip(named, rules, strict=True)]


def first_colours(mains: list[str], rule_firsts: list[str]) -> list[str]:
    """The list's first colour: the model's main colour leads unless it says multicolour."""
    return [m if m != "multicolour" else f for m, f in zip(mains, rule_firsts, strict=True)]


def scores(rows: list[Row], mains: list[str], firsts: list[str], which: np.ndarray) -> list[float]:
    real = [i for i in which if rows[i].source == "real"]
    out = [
        np.mean([mains[i] == rows[i].colour for i in real]),
        np.mean([mains[i] == rows[i].colour or mains[i] in rows[i].also for i in real]),
    ]
    for source in ("catalog", "photo"):
        part = [i for i in which if rows[i].source == source]
        out.append(np.mean([firsts[i] == rows[i].colour for i in part]))
    return [float(v) for v in out]


def by_labels_file(rows: list[Row], mains: list[str]) -> dict[str, float]:
    """Strict main-colour accuracy on each labels file's photos."""
    files = dict.fromkeys(r.labels for r in rows if r.source == "real")
    return {
        name: float(np.mean([m == r.colour for r, m in zip(rows, mains, strict=True)
                             if r.labels == name]))
        for name in files
    }  # fmt: skip


def cross_validate(
    rows: list[Row], x: np.ndarray, rule_mains: list[str], rule_firsts: list[str],
    c: float, synthetic_weight: float, tau: float,
) -> tuple[list[float], float, dict[str, float]]:  # fmt: skip
    """Mean held-fold scores over the seeds, the mean training accuracy on real photos, and the
    mean held-fold strict accuracy on each labels file."""
    y = [r.colour for r in rows]
    weight = np.array([1.0 if r.source == "real" else synthetic_weight for r in rows])
    results, train, per_file = [], [], []
    for seed in SEEDS:
        fold = folds(rows, seed)
        mains = [""] * len(rows)
        for k in range(FOLDS):
            fitted = np.flatnonzero((fold != k) & (weight > 0))
            held = np.flatnonzero(fold == k)
            namer = fit(x[fitted], [y[i] for i in fitted], weight[fitted], c, tau)
            guessed = predict(namer, x[held], [rule_mains[i] for i in held])
            for i, m in zip(held, guessed, strict=True):
                mains[i] = m
            seen = [i for i in fitted if rows[i].source == "real"]
            guessed = predict(namer, x[seen], [rule_mains[i] for i in seen])
            train.append(np.mean([g == y[i] for g, i in zip(guessed, seen, strict=True)]))
        firsts = first_colours(mains, rule_firsts)
        results.append(scores(rows, mains, firsts, np.arange(len(rows))))
        per_file.append(by_labels_file(rows, mains))
    files = {name: float(np.mean([p[name] for p in per_file])) for name in per_file[0]}
    return list(np.mean(results, axis=0)), float(np.mean(train)), files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clothing", type=Path, default=Path("../shared/benchmarks/clothing"))
    parser.add_argument("--c", type=float, default=0.03, help="inverse L2 strength")
    parser.add_argument("--synthetic-weight", type=float, default=0.3)
    parser.add_argument("--fallback-below", type=float, default=0.0)
    parser.add_argument("--grid", action="store_true", help="also the other settings tried")
    parser.add_argument("--features", type=Path, default=None, help="cache of the features (.npz)")
    parser.add_argument("--write", action="store_true", help=f"write {MODEL_FILE.name}")
    args = parser.parse_args()
    rows = labelled_rows(args.clothing)
    started = time.perf_counter()
    if args.features is not None and args.features.is_file():
        cached = np.load(args.features, allow_pickle=False)
        x, rule_mains, rule_firsts = cached["x"], list(cached["mains"]), list(cached["firsts"])
    else:
        x, rule_mains, rule_firsts = measure(rows)
        if args.features is not None:
            np.savez(args.features, x=x, mains=rule_mains, firsts=rule_firsts)
    counts = {s: sum(r.source == s for r in rows) for s in ("real", "catalog", "photo")}
    print(f"{counts} photos, {len(FEATURE_NAMES)} features, {time.perf_counter() - started:.0f} s")
    print(f"CV: real photos stratified {FOLDS}-fold x seeds {SEEDS}; synthetic grouped by product")
    print("| model | real strict | real lenient | synthetic catalog | synthetic photos "
          "| real train |")  # fmt: skip
    print("|---|---|---|---|---|---|")
    all_rows = np.arange(len(rows))
    base = scores(rows, rule_mains, rule_firsts, all_rows)
    print("| current rules (no fitting) | " + " | ".join(f"{v:.1%}" for v in base) + " | - |")
    settings = [(args.c, args.synthetic_weight, args.fallback_below)]
    if args.grid:
        settings += [
            (c, w, t)
            for c in (0.01, 0.03, 0.1, 0.3)
            for w in (0.0, 0.3, 1.0)
            for t in (0.0, 0.4)
            if (c, w, t) != settings[0]
        ]
    files = {"rules": by_labels_file(rows, rule_mains)}
    for c, w, t in settings:
        cv, train, files[f"C={c:g} w={w:g} p={t:g}"] = cross_validate(
            rows, x, rule_mains, rule_firsts, c, w, t
        )
        print(
            f"| logistic C={c:g}, synthetic weight {w:g}, rules below p {t:g} | "
            + " | ".join(f"{v:.1%}" for v in cv) + f" | {train:.1%} |"
        )  # fmt: skip
    names = list(files["rules"])
    print("\nStrict main colour per labels file (CV held folds; rules: no fitting)")
    print("| model | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    for model, by_file in files.items():
        print(f"| {model} | " + " | ".join(f"{by_file[n]:.1%}" for n in names) + " |")
    if args.write:
        y = [r.colour for r in rows]
        weight = np.array([1.0 if r.source == "real" else args.synthetic_weight for r in rows])
        keep = np.flatnonzero(weight > 0)
        namer = fit(x[keep], [y[i] for i in keep], weight[keep], args.c, args.fallback_below)
        missing = [k for k in CLASSES if k not in namer.classes]
        extra: dict[str, object] = {
            "fitted_on": counts,
            "settings": {"C": args.c, "synthetic_weight": args.synthetic_weight},
            "regenerate": "PYTHONPATH=$PWD python bench/colour_namer_fit.py --write",
            "classes_never_seen": missing,
        }
        MODEL_FILE.write_text(namer.to_json(extra))
        print(f"wrote {MODEL_FILE} ({MODEL_FILE.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
