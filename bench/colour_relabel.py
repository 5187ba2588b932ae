"""Two labellers on the same photos: how far apart people are on "main colour", and where the
namer sits between them.

    PYTHONPATH=$PWD python bench/colour_relabel.py --clothing ../shared/benchmarks/clothing \
        --features /tmp/colour10/measured.npz

`bench/clothing_colours_relabel.csv` holds a second, blind labelling (same rule, same columns,
no split) of 150 photos that already carry a label in `bench/clothing_colours*.csv`. Printed, all
on those 150 photos:
- human vs human: strict (same colour), lenient (either's colour among the other's colour + also),
  Cohen's kappa, the disagreeing pairs;
- the namer out of fold: the shipped setting of `bench/colour_namer_fit.py` (embedding PCA 64 +
  early activations, the model decides multicolour, metal overruled at p >= 0.6 of another
  colour or p < 0.1 of the metal) and the
  colour-features-only model, cross-validated exactly as there (all 941 real photos with their
  ORIGINAL labels plus the synthetic images, stratified 5-fold x seeds 0, 1, 2); the 150 photos'
  held-fold answers are scored against both labellings (mean over seeds), and the seed-0 answers
  are split by which labeller they agree with;
- the rules alone (no fitting) and the palette after border removal, same photos, same run;
- credited generously: the answer equals either labeller's colour, and how many answers fall
  outside both labellers' colour + also (names neither careful person gave).
The relabelled photos are never used to fit anything: the second labels are only scored against.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.colour_namer_data import FOLDS, SEEDS, folds, labelled_rows, measured
from bench.colour_namer_fit import Setting, fit_setting, predict
from bench.vision_clothing import LIMITS, read_colour_labels
from vision.colors import border_palette_color
from vision.intake import load_image

HERE = Path(__file__).resolve().parent
RELABEL = HERE / "clothing_colours_relabel.csv"


def kappa(a: list[str], b: list[str]) -> float:
    n = len(a)
    po = np.mean([x == y for x, y in zip(a, b, strict=True)])
    ca, cb = Counter(a), Counter(b)
    pe = sum(ca[k] * cb[k] for k in set(a) | set(b)) / n / n
    return float((po - pe) / (1 - pe))


def oof(rows: list, m, s: Setting) -> list[list[str]]:
    """Held-fold main colour of every row, one list per seed (as `cross_validate` fits them)."""
    y = [r.colour for r in rows]
    weight = np.array([1.0 if r.source == "real" else s.synthetic_weight for r in rows])
    out = []
    for seed in SEEDS:
        fold = folds(rows, seed)
        mains = [""] * len(rows)
        for k in range(FOLDS):
            fitted = np.flatnonzero((fold != k) & (weight > 0))
            held = np.flatnonzero(fold == k)
            namer = fit_setting(m, fitted, y, weight, s)
            for i, named in zip(held, predict(namer, m, held), strict=True):
                mains[i] = named
        out.append(mains)
    return out


def pct(hits: float, n: int) -> str:
    return f"{hits / n:.1%} ({hits:g}/{n})" if float(hits).is_integer() else f"{hits / n:.1%}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clothing", type=Path, default=Path("../shared/benchmarks/clothing"))
    parser.add_argument("--features", type=Path, default=None, help="cache of the rows (.npz)")
    parser.add_argument("--relabel", type=Path, default=RELABEL)
    args = parser.parse_args()

    second = read_colour_labels(args.relabel)
    rows = labelled_rows(args.clothing)
    index = {r.group: i for i, r in enumerate(rows) if r.source == "real"}
    ids = [index[r["file"]] for r in second]
    first_c = [rows[i].colour for i in ids]
    first_a = [set(rows[i].also) for i in ids]
    second_c = [r["colour"] for r in second]
    second_a = [set(r["also"].split()) for r in second]
    n = len(ids)
    print(f"{n} photos labelled twice; files: {dict(Counter(rows[i].labels for i in ids))}")

    def strict(pred: list[str], truth: list[str]) -> int:
        return sum(p == t for p, t in zip(pred, truth, strict=True))

    def lenient(pred: list[str], truth: list[str], alts: list[set[str]]) -> int:
        return sum(p == t or p in a for p, t, a in zip(pred, truth, alts, strict=True))

    pairs_ab = zip(second_c, first_c, second_a, first_a, strict=True)
    hh_len = sum(a == b or a in bb or b in aa for a, b, aa, bb in pairs_ab)
    print("\n| on the same photos | strict vs original labels | lenient vs original "
          "| strict vs second labels | lenient vs second |")  # fmt: skip
    print("|---|---|---|---|---|")
    print(
        f"| second labeller vs original labeller | {pct(strict(second_c, first_c), n)} "
        f"| {pct(hh_len, n)} (either's colour in the other's colour + also) "
        f"| kappa {kappa(second_c, first_c):.3f} | - |"
    )

    m = measured(rows, args.features)
    shipped = Setting(0.03, 1.0, pca=64, rules_decide=frozenset(), overrule_metal_at=0.6,
                      early=True, metal_floor=0.1, title="shipped namer")  # fmt: skip
    colour_only = Setting(0.03, 0.3, title="colour features only")
    answers: dict[str, list[list[str]]] = {}
    for s in (shipped, colour_only):
        every = oof(rows, m, s)
        answers[s.title] = [[seed[i] for i in ids] for seed in every]
        real = [i for i, r in enumerate(rows) if r.source == "real"]
        allreal = np.mean([np.mean([seed[i] == rows[i].colour for i in real]) for seed in every])
        print(f"(all {len(real)} real photos, {s.title}, CV strict {allreal:.1%})", file=sys.stderr)
    answers["rules alone"] = [[m.mains[i] for i in ids]]
    palette = []
    for i in ids:
        image = load_image(rows[i].path, **LIMITS).image
        palette.append(border_palette_color(image) or "")
    answers["palette after border removal"] = [palette]

    for name, per_seed in answers.items():
        k = len(per_seed)
        cells = [
            float(np.mean([strict(p, first_c) for p in per_seed])),
            float(np.mean([lenient(p, first_c, first_a) for p in per_seed])),
            float(np.mean([strict(p, second_c) for p in per_seed])),
            float(np.mean([lenient(p, second_c, second_a) for p in per_seed])),
        ]
        tag = f" (out of fold, mean of {k} seeds)" if k > 1 else ""
        print(f"| {name}{tag} | " + " | ".join(pct(c, n) for c in cells) + " |")

    print(
        "\nCredited generously (mean over seeds): the answer is either labeller's colour; the"
        " answer is outside both labellers' colour + also (a name neither careful person gave)"
    )
    print("| model | = either labeller's colour | outside both labellers' colour + also |")
    print("|---|---|---|")
    union = [
        {a, b} | aa | bb for a, b, aa, bb in zip(first_c, second_c, first_a, second_a, strict=True)
    ]
    for name, per_seed in answers.items():
        hits = [sum(x in (a, b) for x, a, b in zip(p, first_c, second_c, strict=True))
                for p in per_seed]  # fmt: skip
        either = float(np.mean(hits))
        outside = float(
            np.mean([sum(x not in u for x, u in zip(p, union, strict=True)) for p in per_seed])
        )
        print(f"| {name} | {pct(either, n)} | {pct(outside, n)} |")

    print("\nWhere the answer sits between the labellers (seed 0 for the namers)")
    print("| model | both agree, model right | both agree, model wrong | labellers differ: "
          "model = original | = second | = neither |")  # fmt: skip
    print("|---|---|---|---|---|---|")
    for name, per_seed in answers.items():
        p = per_seed[0]
        agree = [i for i in range(n) if first_c[i] == second_c[i]]
        differ = [i for i in range(n) if first_c[i] != second_c[i]]
        counts = [
            sum(p[i] == first_c[i] for i in agree),
            sum(p[i] != first_c[i] for i in agree),
            sum(p[i] == first_c[i] for i in differ),
            sum(p[i] == second_c[i] for i in differ),
            sum(p[i] not in (first_c[i], second_c[i]) for i in differ),
        ]
        print(f"| {name} | " + " | ".join(str(c) for c in counts) + " |")

    pairs = Counter(tuple(sorted((a, b))) for a, b in zip(first_c, second_c, strict=True) if a != b)
    print("\nLabeller disagreements (pair: count): "
          + ", ".join(f"{a}/{b}: {c}" for (a, b), c in pairs.most_common()))  # fmt: skip
    p = answers["shipped namer"][0]
    both = [
        (first_c[i], p[i]) for i in range(n) if first_c[i] == second_c[i] and p[i] != first_c[i]
    ]
    print("Shipped namer (seed 0) wrong where both labellers agree (label -> answer): "
          + ", ".join(f"{a}->{b}: {c}" for (a, b), c in Counter(both).most_common()))  # fmt: skip
    print(
        "\nper photo (seed 0): file | original | second | shipped | colour-only | rules | palette"
    )
    for j, i in enumerate(ids):
        print(" | ".join([rows[i].group, first_c[j], second_c[j], answers["shipped namer"][0][j],
                          answers["colour features only"][0][j], answers["rules alone"][0][j],
                          palette[j]]))  # fmt: skip


if __name__ == "__main__":
    main()
