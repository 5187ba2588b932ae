"""End-to-end `search()` latency (parse + embed + Qdrant local) against catalog size.

    .venv/bin/python -m bench.search_latency [--sizes 2123 10000 100000] [--queries 100]

Catalogs beyond chatshop's 2,123 products are perturbed copies: new ids, a title suffix, and
the original text vector jittered (Gaussian, sigma 0.02, renormalised) so set-up encodes each
text once. Sparse vectors are computed for every copy. Qdrant runs in local (in-process) mode.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from bench import SHARED_BENCHMARKS

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np
from qdrant_client import QdrantClient

from aisle.settings import Settings
from bench.retrieval import load_goals
from catalog.embed import TextEncoder, load_text_encoder, product_text
from catalog.importers import RowError, read_catalog
from catalog.index import CatalogIndex
from catalog.model import Product
from catalog.search import CatalogSearch, FusionConfig
from catalog.sparse import document_vector

_SUFFIXES = ("", " - value pack", " (new edition)", " - bundle", " - classic", " - pro")


def synthetic(
    products: list[Product], vectors: np.ndarray, size: int, seed: int = 7
) -> Iterator[tuple[list[Product], np.ndarray]]:
    """Batches of `size` products: originals first, then perturbed copies with fresh ids."""
    rng = np.random.default_rng(seed)
    batch: list[Product] = []
    rows: list[np.ndarray] = []
    for n in range(size):
        base = products[n % len(products)]
        copy = n // len(products)
        if copy == 0:
            product, vector = base, vectors[n % len(products)]
        else:
            title = base.title + _SUFFIXES[copy % len(_SUFFIXES)]
            product = base.model_copy(update={"id": f"{base.id}-c{copy}", "title": title})
            vector = vectors[n % len(products)] + rng.normal(0, 0.02, vectors.shape[1])
            vector = vector / np.linalg.norm(vector)
        batch.append(product)
        rows.append(vector.astype(np.float32))
        if len(batch) == 512:
            yield batch, np.stack(rows)
            batch, rows = [], []
    if batch:
        yield batch, np.stack(rows)


def build_index(products: list[Product], vectors: np.ndarray, size: int) -> CatalogIndex:
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    index = CatalogIndex(QdrantClient(location=":memory:"), settings)
    index.ensure_collection()
    for batch, rows in synthetic(products, vectors, size):
        index.upsert(batch, rows, [document_vector(p) for p in batch])
    return index


def timings(run: Callable[[str], object], queries: list[str]) -> list[float]:
    run(queries[0])  # warm caches
    out = []
    for query in queries:
        started = time.perf_counter()
        run(query)
        out.append((time.perf_counter() - started) * 1000)
    return out


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(np.array(values), q))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--benchmarks", type=Path, default=SHARED_BENCHMARKS)
    parser.add_argument("--sizes", type=int, nargs="+", default=[2123, 10_000, 100_000])
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--plot", type=Path, default=Path("bench/plots/search_latency.png"))
    args = parser.parse_args()
    folder = args.benchmarks / "chatshop"
    products = [p for p in read_catalog(folder / "products.tsv") if not isinstance(p, RowError)]
    goals = load_goals(folder)
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    encoder: TextEncoder = load_text_encoder(settings)
    vectors = encoder.encode([product_text(p) for p in products])
    full_queries = [g.instruction for g in goals]

    print(f"cores {os.cpu_count()}; load avg at start {os.getloadavg()[0]:.2f} (machine shared)")
    print(
        "| products | setup s | queries | embed only p50 | dense-only p50/p95 | "
        "search() p50 | search() p95 |"
    )
    print("|---|---|---|---|---|---|---|")
    rows = []
    for size in args.sizes:
        started = time.perf_counter()
        index = build_index(products, vectors, size)
        setup = time.perf_counter() - started
        n = args.queries if size <= 10_000 else max(20, args.queries // 4)
        queries = full_queries[:n]
        hybrid = CatalogSearch(index, encoder)
        dense = CatalogSearch(index, encoder, FusionConfig(sparse_weight=0))
        embed = timings(lambda q: encoder.encode([q]), queries)
        dense_ms = timings(dense.search, queries)
        full = timings(hybrid.search, queries)
        rows.append((size, percentile(full, 50), percentile(full, 95)))
        print(
            f"| {size:,} | {setup:.0f} | {n} | {statistics.median(embed):.1f} | "
            f"{percentile(dense_ms, 50):.1f}/{percentile(dense_ms, 95):.1f} | "
            f"{percentile(full, 50):.1f} | {percentile(full, 95):.1f} |",
            flush=True,
        )
        index.close()
    print(f"load avg at end {os.getloadavg()[0]:.2f}")
    plot(rows, args.plot)


def plot(rows: list[tuple[int, float, float]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = [r[0] for r in rows]
    fig, ax = plt.subplots(figsize=(6, 4))
    ax.plot(sizes, [r[1] for r in rows], marker="o", label="p50")
    ax.plot(sizes, [r[2] for r in rows], marker="o", label="p95")
    ax.plot([10_000, 100_000], [25, 60], "r--", marker="x", label="targets (p95)")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("products in catalog")
    ax.set_ylabel("search() latency, ms")
    ax.set_title("Hybrid search, Qdrant local mode (2 shared cores)")
    ax.legend()
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)
    print(f"plot written to {path}")


if __name__ == "__main__":
    main()
