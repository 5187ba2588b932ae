"""Fit the learned colour namer and print its cross-validated accuracy beside the rules.

    PYTHONPATH=$PWD python bench/colour_namer_fit.py --clothing ../shared/benchmarks/clothing

Data and what is measured: `bench/colour_namer_data.py` (the labelled real photos of sets 1-7
and the sample catalog's synthetic images; colour features, the rules' answer and the encoder's
vectors of each). Two models are fitted: one over the colour features alone (for callers with no
image vector), and one that also reads the item's embedding reduced by PCA (`--pca`, fitted on
the training rows of each fold, then folded into the weights: `vision.colour_namer`) and its
early activations (`--no-early` leaves them out), and decides "multicolour" itself.

Cross-validation (repeated, same folds for every row of the table): the real photos in stratified
5-fold (seeds 0, 1, 2), the synthetic images grouped by product into 5 folds (a product's variants
never straddle train and test). Every fold fits on the other four folds of both sets and scores the
held fold; the rules and the namer as it was before colour9 (4 Dec: the embedding without the early
activations, the rules' "multicolour" standing) are scored on the same folds in the same run
(`--no-before` skips the latter); so is the shipped model without its metal floor (colour11: the
rules' silver/gold falls when the model gives it less than `--metal-floor`), scored on the very
models of the same folds, since only the decision differs. Real photos: main colour strict and
counting the labeller's alternatives, and each labels file apart (set 7 for continuity); synthetic
rows: the first colour of the list, as `bench/vision.py` scores them; metals: the synthetic
silver/gold images named so, and the real photos the rules call metal named right. Then both models
are fitted on everything and written to `vision/data/colour_namer.json` (with `--write`; `--keep-
colour-only` refits only the embedding model).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.colour_namer_data import FOLDS, SEEDS, Measured, Row, folds, labelled_rows, measured
from vision.colour_features import CLASSES, FEATURE_NAMES
from vision.colour_namer import MODEL_FILE, RULES_DECIDE, ColourNamer, parse_namer
from vision.encoder import EfficientNetLite0Encoder, encoder_tag

METALS = ("silver", "gold")


@dataclass(frozen=True)
class Setting:
    c: float
    synthetic_weight: float
    fallback_below: float = 0.0
    pca: int = 0  # embedding components added to the features (0: colour features alone)
    rules_decide: frozenset[str] = RULES_DECIDE
    overrule_metal_at: float | None = None
    early: bool = False  # the encoder's early activations added (with the embedding only)
    metal_floor: float | None = None  # the rules' metal falls when the model gives it less
    title: str = ""  # what the row is called in the table, before its settings

    def label(self) -> str:
        gate = "/".join(sorted(self.rules_decide)) or "nothing"
        if self.overrule_metal_at is not None:
            gate += f" (metal unless p >= {self.overrule_metal_at:g} of another colour"
            floor = self.metal_floor
            gate += f" or p < {floor:g} of the metal)" if floor is not None else ")"
        extra = f", + embedding PCA {self.pca}" if self.pca else ""
        extra += " + early activations" if self.early else ""
        title = f"{self.title}: " if self.title else ""
        return (f"{title}logistic C={self.c:g}, synthetic weight {self.synthetic_weight:g}{extra}, "
                f"rules below p {self.fallback_below:g}, rules decide {gate}")  # fmt: skip


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


def fit_setting(m: Measured, train: np.ndarray, y: list[str], weight: np.ndarray,
                s: Setting) -> ColourNamer:  # fmt: skip
    """The model of setting `s` fitted on rows `train`; with an embedding, the PCA basis (fitted
    on the same rows) and the scaler of its columns are folded into weights over the vector, and
    so is the scaler of the early activations."""
    labels = [y[i] for i in train]
    if not s.pca:
        plain = fit(m.x[train], labels, weight[train], s.c, s.fallback_below)
        return decided_as(plain, s)
    centre = m.embeddings[train].mean(axis=0)
    _, _, axes = np.linalg.svd(m.embeddings[train] - centre, full_matrices=False)
    basis = axes[: s.pca]
    blocks = [m.x[train], (m.embeddings[train] - centre) @ basis.T]
    if s.early:
        blocks.append(m.early[train])
    full = fit(np.hstack(blocks), labels, weight[train], s.c, s.fallback_below)
    n, k = m.x.shape[1], m.x.shape[1] + s.pca
    scaled = full.weights[:, n:k] / full.scale[n:k]
    folded = scaled @ basis
    intercept = full.intercept - folded @ centre - scaled @ full.mean[n:k]
    early = None
    if s.early:
        early = full.weights[:, k:] / full.scale[k:]
        intercept = intercept - early @ full.mean[k:]
    return ColourNamer(
        classes=full.classes,
        mean=full.mean[:n],
        scale=full.scale[:n],
        weights=full.weights[:, :n],
        intercept=intercept,
        fallback_below=s.fallback_below,
        embedding_weights=folded,
        rules_decide=s.rules_decide,
        overrule_metal_at=s.overrule_metal_at,
        early_weights=early,
        metal_floor=s.metal_floor,
    )


def decided_as(namer: ColourNamer, s: Setting) -> ColourNamer:
    """`namer`'s weights with the decision of setting `s` (what the rules still decide)."""
    return replace(namer, fallback_below=s.fallback_below, rules_decide=s.rules_decide,
                   overrule_metal_at=s.overrule_metal_at, metal_floor=s.metal_floor)  # fmt: skip


def predict(namer: ColourNamer, m: Measured, rows: np.ndarray) -> list[str]:
    reads = namer.embedding_weights is not None
    out = []
    for i in rows:
        named = namer.name(m.x[i], m.mains[i], m.embeddings[i] if reads else None, m.early[i])
        out.append(named[0] if named is not None else m.mains[i])
    return out


def first_colours(mains: list[str], rule_firsts: list[str]) -> list[str]:
    """The list's first colour: the model's main colour leads unless it says multicolour."""
    return [m if m != "multicolour" else f for m, f in zip(mains, rule_firsts, strict=True)]


def scores(rows: list[Row], mains: list[str], firsts: list[str], rule_mains: list[str]
           ) -> list[float]:  # fmt: skip
    """Real strict, real lenient, synthetic catalog, synthetic photos, synthetic metals, and the
    real photos the rules call metal."""
    real = [i for i, r in enumerate(rows) if r.source == "real"]
    metal = [i for i, r in enumerate(rows) if r.source != "real" and r.colour in METALS]
    called = [i for i in real if rule_mains[i] in METALS]
    parts = [
        [mains[i] == rows[i].colour for i in real],
        [mains[i] == rows[i].colour or mains[i] in rows[i].also for i in real],
        *([firsts[i] == rows[i].colour for i, r in enumerate(rows) if r.source == source]
          for source in ("catalog", "photo")),
        [mains[i] == rows[i].colour for i in metal],
        [mains[i] == rows[i].colour for i in called],
    ]  # fmt: skip
    return [float(np.mean(hits)) if hits else float("nan") for hits in parts]


def by_labels_file(rows: list[Row], mains: list[str]) -> dict[str, float]:
    """Strict main-colour accuracy on each labels file's photos."""
    files = dict.fromkeys(r.labels for r in rows if r.source == "real")
    return {
        name: float(np.mean([m == r.colour for r, m in zip(rows, mains, strict=True)
                             if r.labels == name]))
        for name in files
    }  # fmt: skip


Scored = tuple[list[float], float, dict[str, float]]


def cross_validate(rows: list[Row], m: Measured, s: Setting) -> Scored:
    """Mean held-fold scores over the seeds, the mean training accuracy on real photos, and the
    mean held-fold strict accuracy on each labels file."""
    return cross_validate_decisions(rows, m, s, [s])[0]


def cross_validate_decisions(rows: list[Row], m: Measured, s: Setting,
                             decisions: list[Setting]) -> list[Scored]:  # fmt: skip
    """`cross_validate` of each of `decisions` (settings that differ from `s` only in what the
    rules still decide), all scored on the same models, fitted once per fold with `s`."""
    y = [r.colour for r in rows]
    weight = np.array([1.0 if r.source == "real" else s.synthetic_weight for r in rows])
    results: list[list[list[float]]] = [[] for _ in decisions]
    train_scores: list[list[float]] = [[] for _ in decisions]
    per_file: list[list[dict[str, float]]] = [[] for _ in decisions]
    for seed in SEEDS:
        fold = folds(rows, seed)
        mains = [[""] * len(rows) for _ in decisions]
        for k in range(FOLDS):
            fitted = np.flatnonzero((fold != k) & (weight > 0))
            held = np.flatnonzero(fold == k)
            namer = fit_setting(m, fitted, y, weight, s)
            seen = np.array([i for i in fitted if rows[i].source == "real"])
            for d, decision in enumerate(decisions):
                decided = decided_as(namer, decision)
                for i, named in zip(held, predict(decided, m, held), strict=True):
                    mains[d][i] = named
                guessed = predict(decided, m, seen)
                hits = [g == y[i] for g, i in zip(guessed, seen, strict=True)]
                train_scores[d].append(float(np.mean(hits)))
        for d in range(len(decisions)):
            firsts = first_colours(mains[d], m.firsts)
            results[d].append(scores(rows, mains[d], firsts, m.mains))
            per_file[d].append(by_labels_file(rows, mains[d]))
    out = []
    for d in range(len(decisions)):
        files = {name: float(np.mean([p[name] for p in per_file[d]])) for name in per_file[d][0]}
        out.append((list(np.mean(results[d], axis=0)), float(np.mean(train_scores[d])), files))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clothing", type=Path, default=Path("../shared/benchmarks/clothing"))
    parser.add_argument("--c", type=float, default=0.03, help="inverse L2 strength")
    parser.add_argument("--synthetic-weight", type=float, default=0.3)
    parser.add_argument("--pca", type=int, default=64, help="embedding components (model 2)")
    parser.add_argument("--pca-synthetic-weight", type=float, default=1.0)
    parser.add_argument(
        "--overrule-metal-at",
        type=float,
        default=0.6,
        help="model 2 may overrule the rules' silver/gold when this sure",
    )
    parser.add_argument(
        "--metal-floor",
        type=float,
        default=0.1,
        help="model 2 overrules the rules' silver/gold it gives less than this",
    )
    parser.add_argument("--rules-keep-metal", action="store_true",
                        help="model 2 never overrules the rules' silver/gold")  # fmt: skip
    parser.add_argument("--no-early", action="store_true", help="model 2 without early activations")
    parser.add_argument("--no-before", action="store_true", help="skip the namer before colour9")
    parser.add_argument("--grid", action="store_true", help="also the other settings tried")
    parser.add_argument("--no-cv", action="store_true", help="only fit (and write)")
    parser.add_argument("--features", type=Path, default=None, help="cache of the rows (.npz)")
    parser.add_argument("--write", action="store_true", help=f"write {MODEL_FILE.name}")
    parser.add_argument("--keep-colour-only", action="store_true",
                        help="--write refits only the embedding model; the file's colour-only "
                             "model (and its fitted_on) stays")  # fmt: skip
    args = parser.parse_args()
    rows = labelled_rows(args.clothing)
    started = time.perf_counter()
    m = measured(rows, args.features)
    counts = {s: sum(r.source == s for r in rows) for s in ("real", "catalog", "photo")}
    print(f"{counts} photos, {len(FEATURE_NAMES)} features, {time.perf_counter() - started:.0f} s")
    print(f"CV: real photos stratified {FOLDS}-fold x seeds {SEEDS}; synthetic grouped by product")
    print("| model | real strict | real lenient | synthetic catalog | synthetic photos "
          "| synthetic metals | real photos the rules call metal | real train |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|")
    base = scores(rows, m.mains, m.firsts, m.mains)
    print("| current rules (no fitting) | " + " | ".join(f"{v:.1%}" for v in base) + " | - |")
    colour_only = Setting(args.c, args.synthetic_weight)
    keep_metal = Setting(args.c, args.pca_synthetic_weight, pca=args.pca)
    before = replace(keep_metal, rules_decide=RULES_DECIDE - set(METALS), overrule_metal_at=0.6,
                     title="namer before colour9")  # fmt: skip
    with_embedding = replace(keep_metal, rules_decide=frozenset(), early=not args.no_early)
    if args.rules_keep_metal:
        with_embedding = replace(with_embedding, rules_decide=frozenset(METALS))
    else:
        with_embedding = replace(with_embedding, overrule_metal_at=args.overrule_metal_at,
                                 metal_floor=args.metal_floor)  # fmt: skip
    no_floor = replace(with_embedding, metal_floor=None, title="namer before colour11")
    settings = [] if args.no_cv else [colour_only, with_embedding]
    if not args.no_cv and not args.no_before:
        settings.insert(1, before)
    if args.grid and not args.no_cv:
        settings += [
            replace(with_embedding, early=False),
            replace(with_embedding, rules_decide=frozenset({"multicolour"})),
            replace(with_embedding, overrule_metal_at=0.0),
            replace(with_embedding, synthetic_weight=args.synthetic_weight),
        ]
    files = {"rules": by_labels_file(rows, m.mains)}
    for s in settings:
        decisions = [no_floor, s] if s is with_embedding and s.metal_floor is not None else [s]
        for d, (cv, train, by_file) in zip(
            decisions, cross_validate_decisions(rows, m, s, decisions), strict=True
        ):
            files[d.label()] = by_file
            print(f"| {d.label()} | " + " | ".join(f"{v:.1%}" for v in cv) + f" | {train:.1%} |")
    names = list(files["rules"])
    print("\nStrict main colour per labels file (CV held folds; rules: no fitting)")
    print("| model | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    for model, by_file in files.items():
        print(f"| {model} | " + " | ".join(f"{by_file[n]:.1%}" for n in names) + " |")
    if args.write:
        write(rows, m, colour_only, with_embedding, counts, args.keep_colour_only)


def write(rows: list[Row], m: Measured, colour_only: Setting, with_embedding: Setting,
          counts: dict[str, int], keep_colour_only: bool = False) -> None:  # fmt: skip
    """Fit both models on every row and write the file; with `keep_colour_only`, the file's
    colour-only model stays as it is and only the embedding model is refitted."""
    y = [r.colour for r in rows]
    fitted = []
    for s in (colour_only, with_embedding):
        weight = np.array([1.0 if r.source == "real" else s.synthetic_weight for r in rows])
        fitted.append(fit_setting(m, np.flatnonzero(weight > 0), y, weight, s))
    plain, second = fitted
    fitted_on: object = counts
    if keep_colour_only:
        plain = parse_namer(MODEL_FILE.read_text())
        fitted_on = json.loads(MODEL_FILE.read_text())["fitted_on"]
    namer = replace(plain, with_embedding=second,
                    encoder=encoder_tag(EfficientNetLite0Encoder()))  # fmt: skip
    missing = [k for k in CLASSES if k not in plain.classes]
    extra: dict[str, object] = {
        "fitted_on": fitted_on,
        "with_embedding_fitted_on": counts,
        "settings": {"C": colour_only.c, "synthetic_weight": colour_only.synthetic_weight},
        "with_embedding_settings": {"C": with_embedding.c, "pca": with_embedding.pca,
                                    "early_activations": with_embedding.early,
                                    "overrule_metal_at": with_embedding.overrule_metal_at,
                                    "metal_floor": with_embedding.metal_floor,
                                    "synthetic_weight": with_embedding.synthetic_weight},
        "regenerate": "PYTHONPATH=$PWD python bench/colour_namer_fit.py --write --keep-colour-only",
        "classes_never_seen": missing,
    }  # fmt: skip
    MODEL_FILE.write_text(namer.to_json(extra))
    print(f"wrote {MODEL_FILE} ({MODEL_FILE.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
