"""Photo understanding on the sample catalog: `python bench/vision.py [--skip-ocr] [--out FILE]`.

`--only nutrition` runs just the nutrition-label rows (OCR accuracy and latency).

Colour, category, similar-item and nutrition-label accuracy beside trivial baselines measured in
the same run, and per-image latency. Nearest neighbours are exact cosine over the embeddings
(what Qdrant computes), so the numbers isolate the vision part from the index.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.photo_colours import photo_colours
from catalog.colors import color_family
from catalog.model import Product
from vision.classify import Neighbour, guess_category
from vision.colors import mean_color
from vision.encoder import EfficientNetLite0Encoder
from vision.intake import load_image
from vision.nutrition import parse_nutrition
from vision.ocr import read_text, tesseract_available

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "sample"
LIMITS = {"max_bytes": 10 * 1024 * 1024, "max_pixels": 25_000_000}
NUTRITION_FIELDS = (
    "serving_size", "servings_per_container", "calories", "total_fat_g", "saturated_fat_g",
    "trans_fat_g", "cholesterol_mg", "sodium_mg", "total_carbohydrate_g", "dietary_fiber_g",
    "total_sugars_g", "protein_g",
)  # fmt: skip


@dataclass(frozen=True)
class CatalogImage:
    product_id: str
    category: tuple[str, ...]
    color_family: str | None
    path: Path


def catalog_images(sample: Path) -> tuple[list[CatalogImage], list[Product]]:
    """One entry per distinct variant image, with the family of that variant's colour."""
    products = [
        Product.model_validate_json(line)
        for line in (sample / "catalog.jsonl").read_text().splitlines()
        if line.strip()
    ]
    images: dict[Path, CatalogImage] = {}
    for product in products:
        references = [(v.image, v.color) for v in product.variants if v.image]
        references += [(ref, None) for ref in product.images]
        for ref, color in references:
            path = sample / ref
            if path.is_file() and (path not in images or images[path].color_family is None):
                images[path] = CatalogImage(
                    product.id, tuple(product.category), color_family(color), path
                )
    return list(images.values()), products


def percent(hits: int, total: int) -> str:
    return f"{100 * hits / total:.1f}% ({hits}/{total})" if total else "n/a"


def quantiles(samples: Sequence[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def timed(function: Callable[[], object]) -> float:
    started = time.perf_counter()
    function()
    return (time.perf_counter() - started) * 1000


def colour_rows(
    images: list[CatalogImage], photos: list[dict], sample: Path,
    encoder: EfficientNetLite0Encoder | None,
) -> list[str]:  # fmt: skip
    """First colour of each image as the photo path gives it: with the item's embedding from
    `encoder` (None: colour features alone)."""
    rows = []
    labelled = [i for i in images if i.color_family]
    for name, items in (
        ("catalog variant images", [(i.path, i.color_family) for i in labelled]),
        ("shopper photos", [(sample / "photos" / p["file"], p["color_family"]) for p in photos]),
    ):
        ours = base = 0
        for path, truth in items:
            image = load_image(path, **LIMITS).image
            colors = photo_colours(image, encoder).colors
            ours += bool(colors) and colors[0].name == truth
            base += mean_color(image) == truth
        rows.append(
            f"| colour family, {name} | {percent(ours, len(items))} "
            f"| mean pixel colour: {percent(base, len(items))} |"
        )
    return rows


def category_rows(
    images: list[CatalogImage],
    photos: list[dict],
    sample: Path,
    encoder: EfficientNetLite0Encoder,
    label: str = "",
) -> list[str]:
    pictures = [load_image(i.path, **LIMITS).image for i in images]
    features, logits = encoder.embed_and_classify(pictures)
    products = np.array([i.product_id for i in images])
    majority_root = Counter(i.category[0] for i in images).most_common(1)[0][0]
    majority_leaf = Counter(i.category for i in images).most_common(1)[0][0]

    def vote(vector: np.ndarray, logit: np.ndarray, exclude: str | None) -> tuple:
        scores = features @ vector
        if exclude is not None:
            scores = np.where(products == exclude, -np.inf, scores)
        order = np.argsort(-scores)
        seen: list[int] = []
        for j in order:  # one image per product, like one Qdrant point per product
            if all(products[j] != products[k] for k in seen):
                seen.append(int(j))
            if len(seen) == 10:
                break
        neighbours = [Neighbour(images[j].category, float(scores[j])) for j in seen]
        return guess_category(neighbours, logit), seen

    root = leaf = sim5 = sim_total = unsure = 0
    for i, item in enumerate(images):
        guess, seen = vote(features[i], logits[i], exclude=item.product_id)
        root += bool(guess.best_path) and guess.best_path[0] == item.category[0]
        leaf += guess.best_path == item.category
        unsure += guess.unsure
        sim5 += sum(images[j].category == item.category for j in seen[:5])
        sim_total += 5
    base_root = sum(i.category[0] == majority_root for i in images)
    base_leaf = sum(i.category == majority_leaf for i in images)
    n = len(images)
    rows = [
        f"| category (top level), leave-one-product-out kNN, catalog images | {percent(root, n)} "
        f"| majority class: {percent(base_root, n)} |",
        f"| category (leaf), same | {percent(leaf, n)} | majority class: {percent(base_leaf, n)} |",
        f"| similar@5 precision (same leaf category), catalog images | {percent(sim5, sim_total)} "
        f"| majority class: {percent(base_leaf, n)} |",
        f"| 'unsure' flagged, catalog images | {percent(unsure, n)} | - |",
    ]
    photo_images = [load_image(sample / "photos" / p["file"], **LIMITS).image for p in photos]
    photo_features, photo_logits = encoder.embed_and_classify(photo_images)
    p_root = p_leaf = p_top1 = p_top5 = 0
    for vector, logit, truth in zip(photo_features, photo_logits, photos, strict=True):
        guess, seen = vote(vector, logit, exclude=None)
        category = tuple(truth["category"])
        p_root += bool(guess.best_path) and guess.best_path[0] == category[0]
        p_leaf += guess.best_path == category
        p_top1 += products[seen[0]] == truth["product_id"]
        p_top5 += truth["product_id"] in {products[j] for j in seen[:5]}
    m = len(photos)
    base_photo = sum(tuple(p["category"]) == majority_leaf for p in photos)
    rows += [
        f"| category (top level), shopper photos vs catalog{label} | {percent(p_root, m)} "
        f"| majority class: {percent(sum(p['category'][0] == majority_root for p in photos), m)} |",
        f"| category (leaf), shopper photos{label} | {percent(p_leaf, m)} "
        f"| majority class: {percent(base_photo, m)} |",
        f"| photo's own product ranked 1st / in top 5{label} | {percent(p_top1, m)} / "
        f"{percent(p_top5, m)} | random: {100 / len(set(products)):.1f}% |",
    ]
    return rows


def nutrition_rows(sample: Path) -> tuple[list[str], list[float]]:
    labels = [json.loads(line) for line in (sample / "labels" / "labels.jsonl").open()]
    by_noise: dict[str, list[int]] = {}
    latencies: list[float] = []
    for entry in labels:
        accepted = load_image(sample / "labels" / entry["file"], **LIMITS)
        started = time.perf_counter()
        facts = parse_nutrition(read_text(accepted.for_reading(LIMITS["max_pixels"])).all_text)
        latencies.append((time.perf_counter() - started) * 1000)
        got = facts.model_dump() if facts else {}
        truth = entry["nutrition"]
        fields = [f for f in NUTRITION_FIELDS if truth.get(f) is not None]
        right = sum(_same(got.get(f), truth[f]) for f in fields)
        tally = by_noise.setdefault(entry["noise"], [0, 0])
        tally[0] += right
        tally[1] += len(fields)
    rows = [
        f"| nutrition fields, {noise} labels | {percent(r, t)} | no OCR: 0% |"
        for noise, (r, t) in sorted(by_noise.items())
    ]
    return rows, latencies


def _same(got: object, truth: object) -> bool:
    if isinstance(truth, str):
        return isinstance(got, str) and _squash(got) == _squash(truth)
    return got is not None and abs(float(got) - float(truth)) < 1e-6  # type: ignore[arg-type]


def _squash(text: str) -> str:
    return text.replace(" ", "").lower()


def latency_rows(photos: list[dict], sample: Path, encoder: EfficientNetLite0Encoder) -> list[str]:
    encoder.embed([load_image(sample / "photos" / photos[0]["file"], **LIMITS).image])  # warm
    intake_only, full = [], []
    for p in photos:
        data = (sample / "photos" / p["file"]).read_bytes()

        def intake(d: bytes = data) -> None:
            load_image(d, **LIMITS)

        intake_only.append(timed(intake))

        def pipeline(d: bytes = data) -> None:
            photo_colours(load_image(d, **LIMITS).image, encoder)

        full.append(timed(pipeline))
    (a50, a95), (b50, b95) = quantiles(intake_only), quantiles(full)
    return [
        f"| latency intake+colour+embedding, per photo | p50 {b50:.0f} ms, p95 {b95:.0f} ms "
        f"| intake only: p50 {a50:.0f} ms, p95 {a95:.0f} ms |"
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", type=Path, default=SAMPLE)
    parser.add_argument("--skip-ocr", action="store_true")
    parser.add_argument("--ablate-framing", action="store_true", help="also embed uncropped")
    parser.add_argument("--only", choices=["nutrition", "clothing"], default=None, help="one part")
    parser.add_argument(
        "--clothing",
        type=Path,
        default=None,
        help="also the real photos: ../shared/benchmarks/clothing",
    )
    parser.add_argument("--cache", type=Path, default=None, help="reuse clothing embeddings here")
    parser.add_argument(
        "--colour-labels",
        type=Path,
        action="append",
        default=[],
        help="a further colour labels csv (clothing_colours.csv's columns), scored per split",
    )
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    sample: Path = args.sample
    images, _ = catalog_images(sample)
    photos = [json.loads(line) for line in (sample / "photos" / "photos.jsonl").open()]
    rows = ["| measure | Aisle | baseline (same run) |", "|---|---|---|"]
    if args.only is None:
        encoder = EfficientNetLite0Encoder()
        rows += colour_rows(images, photos, sample, encoder)
        rows += category_rows(images, photos, sample, encoder)
        if args.ablate_framing:
            plain = EfficientNetLite0Encoder(frame_items=False)
            rows += category_rows(images, photos, sample, plain, " (no framing)")[-3:]
        rows += latency_rows(photos, sample, encoder)
    if args.clothing is not None:
        from bench.vision_clothing import clothing_rows

        rows += clothing_rows(args.clothing, args.cache, args.colour_labels)
    if not args.skip_ocr and args.only != "clothing" and tesseract_available():
        nutrition, ocr_ms = nutrition_rows(sample)
        p50, p95 = quantiles(ocr_ms)
        rows += nutrition
        rows.append(f"| latency OCR + parse, per label | p50 {p50:.0f} ms, p95 {p95:.0f} ms | - |")
    load = os.getloadavg()
    machine = (
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"load average {load[0]:.1f}/{load[1]:.1f} (shared with other engineers' jobs), "
        f"torch threads {__import__('torch').get_num_threads()}"
    )
    report = "\n".join(
        [*rows, "", f"{len(images)} catalog images, {len(photos)} photos. Machine: {machine}."]
    )
    print(report)
    if args.out:
        args.out.write_text(report + "\n")


if __name__ == "__main__":
    main()
