"""Real photos: `python bench/vision.py --clothing ../shared/benchmarks/clothing`.

The clothing set (CC0, people's own photos of clothes on floors, beds and hangers) is used as a
store: its 600 catalog photos are product images with their class as product type, its 341 query
photos are shoppers' photos. Rows:
- category top-1 and similar@5 (share of the 5 most similar catalog photos with the query's class),
  Aisle (item-framed embedding, the store's kind classifier, look-alikes
  re-ranked by kind) beside the baseline EfficientNet-Lite0 + 5-NN on whole photos, same run;
- main colour on the hand-labelled sample `bench/clothing_colours.csv` (tune and held-out halves
  reported apart), beside the palette after border removal and "always black", same run;
- latency of intake + colour + embedding per photo, with the plain embedding's latency measured in
  the same run (the ratio survives a busy shared machine better than the milliseconds do).
"""

from __future__ import annotations

import csv
import hashlib
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from aisle.photos import KIND_RERANK_WEIGHT as KIND_WEIGHT
from bench.photo_colours import photo_colours
from catalog.similar import RERANK_DEPTH
from vision.classify import Neighbour, guess_category
from vision.colors import border_palette_color
from vision.embed_cache import EmbeddingCache
from vision.encoder import EfficientNetLite0Encoder
from vision.intake import load_image
from vision.kind import fit_kind_classifier

LIMITS = {"max_bytes": 10 * 1024 * 1024, "max_pixels": 25_000_000}
COLOURS = Path(__file__).resolve().parent / "clothing_colours.csv"
LATENCY_PHOTOS = 60


@dataclass(frozen=True)
class Photo:
    role: str
    path: Path
    label: str


def read_set(root: Path) -> list[Photo]:
    with (root / "labels.csv").open(newline="") as handle:
        return [
            Photo(r["role"], root / _folder(r["role"]) / r["file"], r["label"])
            for r in csv.DictReader(handle)
        ]  # fmt: skip


def _folder(role: str) -> str:
    return "catalog" if role == "catalog" else "queries"


def percent(hits: float, total: int) -> str:
    return f"{100 * hits / total:.1f}% ({hits:g}/{total})" if total else "n/a"


def embed_all(
    encoder: EfficientNetLite0Encoder, paths: Sequence[Path], tag: str, cache_dir: Path | None,
    mirror: bool = False,
) -> tuple[np.ndarray, np.ndarray]:  # fmt: skip
    """(features, logits) of every photo; with `cache_dir`, reused across runs of the same code."""
    cache = None
    if cache_dir is not None:
        cache = EmbeddingCache(cache_dir / tag, f"{tag}-{encoder.version}", 1280 + 1000)
    rows: list[np.ndarray | None] = [None] * len(paths)
    keys = [hashlib.sha256(p.read_bytes()).hexdigest() for p in paths]
    if cache is not None:
        rows = [cache.get(k) for k in keys]
    todo = [i for i, r in enumerate(rows) if r is None]
    for start in range(0, len(todo), 16):
        chunk = todo[start : start + 16]
        images = [load_image(paths[i], **LIMITS).image for i in chunk]
        features, logits = encoder.embed_and_classify(images, mirrored=mirror)
        if mirror:  # the framed input flipped, as the built-in backend does
            features, logits = features[1::2], logits[1::2]
        for i, f, lg in zip(chunk, features, logits, strict=True):
            row = np.concatenate([f, lg]).astype(np.float32)
            rows[i] = row
            if cache is not None:
                cache.put(keys[i], row)
    stacked = np.stack([r for r in rows if r is not None])
    return stacked[:, :1280], stacked[:, 1280:]


def kind_rows(root: Path, cache_dir: Path | None) -> list[str]:
    photos = read_set(root)
    catalog = [p for p in photos if p.role == "catalog"]
    queries = [p for p in photos if p.role == "query"]
    framed = EfficientNetLite0Encoder()
    plain = EfficientNetLite0Encoder(frame_items=False)
    cat_f, _ = embed_all(framed, [p.path for p in catalog], "framed", cache_dir)
    q_f, q_logits = embed_all(framed, [p.path for p in queries], "framed", cache_dir)
    cat_p, _ = embed_all(plain, [p.path for p in catalog], "plain", cache_dir)
    q_p, _ = embed_all(plain, [p.path for p in queries], "plain", cache_dir)
    labels = np.array([p.label for p in catalog])
    truth = np.array([p.label for p in queries])
    n = len(queries)

    base_order = np.argsort(-(q_p @ cat_p.T), axis=1)
    base_cat = sum(
        Counter(labels[o[:5]]).most_common(1)[0][0] == t
        for o, t in zip(base_order, truth, strict=True)
    )
    base_sim = int((labels[base_order[:, :5]] == truth[:, None]).sum())

    scores = q_f @ cat_f.T
    order = np.argsort(-scores, axis=1)
    kind = fit_kind_classifier(cat_f, [(label,) for label in labels])
    assert kind is not None
    ours_cat = knn_cat = ours_sim = knn_sim = 0
    for i in range(n):
        neighbours = [Neighbour((labels[j],), float(scores[i, j])) for j in order[i, :10]]
        learned = kind.votes(q_f[i : i + 1])
        guess = guess_category(neighbours, q_logits[i], learned=learned)
        ours_cat += guess.best_path == (truth[i],)
        knn_cat += guess_category(neighbours, q_logits[i]).best_path == (truth[i],)
        depth = order[i, :RERANK_DEPTH]
        lifted = scores[i, depth] + KIND_WEIGHT * np.array([learned[(labels[j],)] for j in depth])
        top5 = depth[np.argsort(-lifted, kind="stable")[:5]]
        ours_sim += int((labels[top5] == truth[i]).sum())
        knn_sim += int((labels[order[i, :5]] == truth[i]).sum())
    return [
        f"| clothing, category top-1 (341 shopper photos vs 600 catalog photos) "
        f"| {percent(ours_cat, n)} | EfficientNet-Lite0 + 5-NN: {percent(base_cat, n)} |",
        f"| clothing, category: framed + 10-NN vote + ImageNet (Aisle before the classifier) "
        f"| {percent(knn_cat, n)} | - |",
        f"| clothing, similar@5 (same class) | {percent(ours_sim, 5 * n)} "
        f"| EfficientNet-Lite0 cosine: {percent(base_sim, 5 * n)} |",
        f"| clothing, similar@5 without the kind re-rank (framed cosine) "
        f"| {percent(knn_sim, 5 * n)} | - |",
    ]


def read_colour_labels(path: Path) -> list[dict[str, str]]:
    """Rows of a colour labels csv (columns file, role, label, colour, also, note, split;
    lines starting with # are comments)."""
    lines = [line for line in path.read_text().splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines))


def colour_rows(root: Path, extra_labels: Sequence[Path] = ()) -> list[str]:
    """Main colour per split of `clothing_colours.csv` and of any further labels file with the
    same columns (its splits reported apart, e.g. a second tune or held-out sample)."""
    out = []
    encoder = EfficientNetLite0Encoder()
    for path in (COLOURS, *extra_labels):
        rows = read_colour_labels(path)
        source = "" if path == COLOURS else f" ({path.name})"
        for split in dict.fromkeys(r["split"] for r in rows):
            part = [r for r in rows if r["split"] == split]
            out += _colour_split_rows(root, part, split + source, encoder)
    return out


def _colour_split_rows(
    root: Path, part: list[dict[str, str]], split: str, encoder: EfficientNetLite0Encoder | None
) -> list[str]:
    """Main colour as the photo path names it: with the item's vectors from `encoder` (None: the
    colour features alone, as for a caller with no embedding)."""
    ours = lenient = palette = black = 0
    for r in part:
        folder = "catalog" if r["role"] == "catalog" else "queries"
        image = load_image(root / folder / r["file"], **LIMITS).image
        main = photo_colours(image, encoder).main
        ours += main == r["colour"]
        lenient += main in {r["colour"], *r["also"].split()}
        palette += border_palette_color(image) == r["colour"]
        black += r["colour"] == "black"
    m = len(part)
    return [
        f"| clothing, main colour, {split} half of the labels | {percent(ours, m)} "
        f"| palette after border removal: {percent(palette, m)}; always black: "
        f"{percent(black, m)} |",
        f"| clothing, main colour counting the labeller's alternatives, {split} "
        f"| {percent(lenient, m)} | - |",
    ]


def latency_rows(root: Path) -> list[str]:
    queries = [p for p in read_set(root) if p.role == "query"][:LATENCY_PHOTOS]
    framed = EfficientNetLite0Encoder()
    plain = EfficientNetLite0Encoder(frame_items=False)
    warm = load_image(queries[0].path, **LIMITS).image
    framed.embed([warm])
    plain.embed([warm])
    full, reference, cpu = [], [], []
    for photo in queries:
        data = photo.path.read_bytes()
        started, cpu_started = time.perf_counter(), time.process_time()
        photo_colours(load_image(data, **LIMITS).image, framed)
        full.append(_ms(started))
        cpu.append((time.process_time() - cpu_started) * 1000)
        started = time.perf_counter()
        plain.embed([load_image(data, **LIMITS).image])
        reference.append(_ms(started))
    p50, p95 = _quantiles(full)
    r50, r95 = _quantiles(reference)
    c50, c95 = _quantiles(cpu)
    return [
        f"| clothing, CPU time of intake + colour + embedding (this process, all its threads) "
        f"| p50 {c50:.0f} ms, p95 {c95:.0f} ms | - |",
        f"| clothing latency, intake + colour + embedding | p50 {p50:.0f} ms, p95 {p95:.0f} ms "
        f"| intake + plain embedding: p50 {r50:.0f} ms, p95 {r95:.0f} ms (p95 ratio "
        f"{p95 / r95:.2f}) |",
    ]


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def _quantiles(samples: Sequence[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return ordered[len(ordered) // 2], ordered[
        min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))
    ]


def clothing_rows(
    root: Path, cache_dir: Path | None = None, extra_labels: Sequence[Path] = ()
) -> list[str]:
    return [*colour_rows(root, extra_labels), *kind_rows(root, cache_dir), *latency_rows(root)]
