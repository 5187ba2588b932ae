"""Would a deep signal help the colour namer? Same-fold CV of extra features beside the namer.

    PYTHONPATH=$PWD python bench/colour_signals.py --clothing ../shared/benchmarks/clothing \
        --features /tmp/namer.npz --deep /tmp/deep.npz

Experiment only: nothing here ships. For every row of `bench/colour_namer_fit.py` (the labelled
real photos and the synthetic images), EfficientNet-Lite0 is run on the framed item exactly as the
encoder frames it, keeping the pooled 1280-d vector and the last convolutional map's energy (mean
activation per cell, 7x7). Variants, each cross-validated on the fit script's folds beside the
current features in the same run:
- the family shares of the framed crop weighted by the energy map upsampled (where the network
  looks), and, as a control, weighted by the mask alone (same crop, no deep signal);
- the pooled vector reduced by PCA (fitted on each training fold) and appended to the features.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps
from scipy import ndimage

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.colour_namer_data import FOLDS, SEEDS, Measured, Row, folds, labelled_rows, measured
from bench.colour_namer_fit import first_colours, fit, predict, scores
from bench.vision_clothing import LIMITS
from vision.colors import item_region
from vision.colour_space import FAMILY_ORDER, srgb_to_lab
from vision.encoder import _MEAN, _STD, INPUT_SIDE, EfficientNetLite0Encoder, _border_pixels
from vision.framing import MARGIN
from vision.intake import load_image
from vision.pixel_names import pixel_families

CROP_SIDE = 56  # the framed crop's colours are read at this size (8 cells of the 7x7 map)


def frame_box(width: int, height: int, mask: np.ndarray) -> tuple[int, int, int, int]:
    """The crop `vision.framing.frame_item` takes (the whole image when no item stands out)."""
    if mask.all() or not mask.any():
        return (0, 0, width, height)
    ys, xs = np.nonzero(mask)
    sx, sy = width / mask.shape[1], height / mask.shape[0]
    left, right, top, bottom = (
        xs.min() * sx,
        (xs.max() + 1) * sx,
        ys.min() * sy,
        (ys.max() + 1) * sy,
    )
    side = max(right - left, bottom - top) * (1 + MARGIN)
    cx, cy = (left + right) / 2, (top + bottom) / 2
    return (
        int(max(0, cx - side / 2)),
        int(max(0, cy - side / 2)),
        int(min(width, cx + side / 2)),
        int(min(height, cy + side / 2)),
    )


def deep_signals(rows: list[Row]) -> dict[str, np.ndarray]:
    """Pooled vector, energy map, framed Lab crop and framed mask of every row."""
    import torch

    model = EfficientNetLite0Encoder(threads=1)._load()
    out: dict[str, list[np.ndarray]] = {"pooled": [], "energy": [], "labs": [], "masks": []}
    for row in rows:
        image = load_image(row.path, **LIMITS).image
        _, mask = item_region(image)
        box = frame_box(image.width, image.height, mask)
        rgb = image.convert("RGB").crop(box)
        pad = tuple(int(v) for v in np.median(_border_pixels(np.asarray(rgb)), axis=0))
        side = (INPUT_SIDE, INPUT_SIDE)
        square = ImageOps.pad(rgb, side, Image.Resampling.BILINEAR, color=pad)
        shown = Image.fromarray((mask * 255).astype(np.uint8)).resize(image.size).crop(box)
        framed_mask = ImageOps.pad(shown, side, Image.Resampling.NEAREST, color=0)
        array = (np.asarray(square, dtype=np.float32) - _MEAN) / _STD
        with torch.inference_mode():
            batch = torch.from_numpy(np.ascontiguousarray(array.transpose(2, 0, 1)))[None]
            maps = model.extract_features(batch)  # type: ignore[attr-defined]
        out["pooled"].append(maps.mean(dim=(2, 3))[0].numpy())
        out["energy"].append(maps[0].mean(0).numpy())
        small = np.asarray(square.resize((CROP_SIDE, CROP_SIDE), Image.Resampling.BILINEAR))
        out["labs"].append(srgb_to_lab(small).astype(np.float32))
        out["masks"].append(np.asarray(framed_mask.resize((CROP_SIDE, CROP_SIDE))) > 127)
    return {name: np.array(values) for name, values in out.items()}


def weighted_shares(labs: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Each row's family shares of the framed crop, every pixel counted by its weight."""
    families = pixel_families(labs.reshape(-1, 3)).reshape(labs.shape[:3])
    count = len(FAMILY_ORDER)
    return np.array([
        np.bincount(f.ravel(), weights=w.ravel(), minlength=count) / max(float(w.sum()), 1e-9)
        for f, w in zip(families, weights, strict=True)
    ])  # fmt: skip


def upsampled_energy(energy: np.ndarray) -> np.ndarray:
    """The 7x7 energy maps at the crop's size, each scaled to 0..1."""
    up = np.array([ndimage.zoom(m, CROP_SIDE / m.shape[0], order=1) for m in energy])
    low = up.min(axis=(1, 2), keepdims=True)
    return (up - low) / np.maximum(up.max(axis=(1, 2), keepdims=True) - low, 1e-9)


Extra = Callable[[np.ndarray], np.ndarray]  # training rows -> extra columns for every row


def cross_validated(
    rows: list[Row], x: np.ndarray, rule_mains: list[str], rule_firsts: list[str],
    extra: Extra | None, synthetic_weight: float, seeds: tuple[int, ...],
) -> list[float]:  # fmt: skip
    """The fit script's scores (real strict, lenient, synthetic catalog, photos) on its folds."""
    y = [r.colour for r in rows]
    weight = np.array([1.0 if r.source == "real" else synthetic_weight for r in rows])
    results = []
    for seed in seeds:
        fold = folds(rows, seed)
        mains = [""] * len(rows)
        for k in range(FOLDS):
            train = np.flatnonzero((fold != k) & (weight > 0))
            held = np.flatnonzero(fold == k)
            full = x if extra is None else np.hstack([x, extra(train)])
            namer = fit(full[train], [y[i] for i in train], weight[train], 0.03, 0.0)
            named = predict(namer, Measured(full, rule_mains, rule_firsts, full, full), held)
            for i, m in zip(held, named, strict=True):
                mains[i] = m
        results.append(scores(rows, mains, first_colours(mains, rule_firsts), rule_mains)[:4])
    return [float(v) for v in np.mean(results, axis=0)]


def pca_columns(pooled: np.ndarray, size: int) -> Extra:
    def columns(train: np.ndarray) -> np.ndarray:
        centre = pooled[train].mean(axis=0)
        _, _, axes = np.linalg.svd(pooled[train] - centre, full_matrices=False)
        return (pooled - centre) @ axes[:size].T

    return columns


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clothing", type=Path, default=Path("../shared/benchmarks/clothing"))
    parser.add_argument("--features", type=Path, help="the fit script's feature cache (.npz)")
    parser.add_argument("--deep", type=Path, help="cache of the deep signals (.npz)")
    parser.add_argument("--seeds", default=",".join(map(str, SEEDS)))
    args = parser.parse_args()
    rows = labelled_rows(args.clothing)
    m = measured(rows, args.features)
    x, rule_mains, rule_firsts = m.x, m.mains, m.firsts
    if args.deep is not None and args.deep.is_file():
        deep = dict(np.load(args.deep, allow_pickle=False))
    else:
        deep = deep_signals(rows)
        if args.deep is not None:
            np.savez(
                args.deep, pooled=deep["pooled"], energy=deep["energy"], labs=deep["labs"],
                masks=deep["masks"],
            )  # fmt: skip
    seeds = tuple(int(s) for s in args.seeds.split(","))
    masks = deep["masks"].astype(np.float64)
    energy = upsampled_energy(deep["energy"])
    variants: list[tuple[str, Extra | None, float]] = [
        ("current features (the namer)", None, 0.3),
        ("+ family shares weighted by the energy map", _fixed(deep["labs"], energy), 0.3),
        ("+ ... by energy x mask", _fixed(deep["labs"], energy * masks), 0.3),
        ("+ ... by the framed mask alone (control)", _fixed(deep["labs"], masks), 0.3),
        ("+ embedding PCA 16", pca_columns(deep["pooled"], 16), 0.3),
        ("+ embedding PCA 64", pca_columns(deep["pooled"], 64), 0.3),
        ("+ embedding PCA 64, synthetic weight 1", pca_columns(deep["pooled"], 64), 1.0),
    ]
    print(f"same folds as bench/colour_namer_fit.py, seeds {seeds}, {os.cpu_count()} cores")
    print("| features | real strict | real lenient | synthetic catalog | synthetic photos |")
    print("|---|---|---|---|---|")
    for name, extra, weight in variants:
        cv = cross_validated(rows, x, rule_mains, rule_firsts, extra, weight, seeds)
        print(f"| {name} | " + " | ".join(f"{v:.1%}" for v in cv) + " |", flush=True)


def _fixed(labs: np.ndarray, weights: np.ndarray) -> Extra:
    shares = weighted_shares(labs, weights)
    return lambda _train: shares


if __name__ == "__main__":
    main()
