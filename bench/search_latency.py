"""End-to-end `search()` latency (parse + embed + Qdrant) against catalog size, per backend.

    .venv/bin/python -m bench.search_latency [--sizes 2123 10000 100000] [--queries 100]

Backends: `edge` (Qdrant Edge, the embedded default) and `local` (qdrant-client local mode, the
baseline, run only up to `--local-max-size` products on `--local-queries` queries, since it
scans every point in Python). Catalogs beyond chatshop's 2,123 products are perturbed copies:
new ids, a title suffix, and the original text vector jittered (Gaussian, sigma 0.02,
renormalised) so set-up encodes each text once. Sparse vectors are computed for every copy.
The Edge index is closed (which optimizes it) and reopened before timing, as after `aisle
ingest`. "cached vector" times `search()` with the query embedding precomputed: the engine,
parsing and rerank without the MiniLM forward pass.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from bench import SHARED_BENCHMARKS

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np
from qdrant_client import QdrantClient

from aisle.settings import Settings
from bench.retrieval import MemoEncoder, load_goals
from catalog.edge import EdgeClient
from catalog.embed import TextEncoder, load_text_encoder, product_text
from catalog.importers import RowError, read_catalog
from catalog.index import CatalogIndex
from catalog.model import Product
from catalog.query import parse_query
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


@dataclass(frozen=True)
class Built:
    index: CatalogIndex
    setup_s: float
    optimize_s: float


def build_index(
    products: list[Product], vectors: np.ndarray, size: int, backend: str, folder: Path
) -> Built:
    settings = Settings(data_dir=folder, _env_file=None)  # type: ignore[call-arg]
    started = time.perf_counter()
    if backend == "edge":
        index = CatalogIndex(EdgeClient(settings.qdrant_path / "edge"), settings)
    else:
        index = CatalogIndex(QdrantClient(location=":memory:"), settings)
    index.ensure_collection()
    for batch, rows in synthetic(products, vectors, size):
        index.upsert(batch, rows, [document_vector(p) for p in batch])
    setup = time.perf_counter() - started
    optimize = 0.0
    if backend == "edge":
        started = time.perf_counter()
        index.close()  # optimizes: merges segments, builds HNSW and payload indexes
        index = CatalogIndex(EdgeClient(settings.qdrant_path / "edge"), settings)
        optimize = time.perf_counter() - started
    return Built(index, setup, optimize)


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(np.array(values), q))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--benchmarks", type=Path, default=SHARED_BENCHMARKS)
    parser.add_argument("--sizes", type=int, nargs="+", default=[2123, 10_000, 100_000])
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--backends", nargs="+", default=["local", "edge"])
    parser.add_argument("--local-max-size", type=int, default=10_000)
    parser.add_argument("--local-queries", type=int, default=25)
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
        "| backend | products | setup s | optimize s | queries | load | embed only p50 | "
        "dense-only p50/p95 | search() p50 | search() p95 | cached vector p50/p95 |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    rows: list[tuple[str, int, float, float]] = []
    for size in args.sizes:
        for backend in args.backends:
            if backend == "local" and size > args.local_max_size:
                continue
            n = args.queries if size <= 10_000 else max(20, args.queries // 4)
            if backend == "local":
                n = min(n, args.local_queries)
            with tempfile.TemporaryDirectory() as data_dir:
                built = build_index(products, vectors, size, backend, Path(data_dir))
                t = measure(built.index, encoder, full_queries[:n])
                built.index.close()
            rows.append((backend, size, t.search_p50, t.search_p95))
            print(
                f"| {backend} | {size:,} | {built.setup_s:.0f} | {built.optimize_s:.1f} | {n} | "
                f"{os.getloadavg()[0]:.1f} | {t.embed_p50:.1f} | {t.dense} | "
                f"{t.search_p50:.1f} | {t.search_p95:.1f} | {t.cached} |",
                flush=True,
            )
    print(f"load avg at end {os.getloadavg()[0]:.2f}")
    plot(rows, args.plot)


@dataclass(frozen=True)
class Timing:
    embed_p50: float
    dense: str  # "p50/p95"
    cached: str  # "p50/p95", query vector precomputed
    search_p50: float
    search_p95: float


def measure(index: CatalogIndex, encoder: TextEncoder, queries: list[str]) -> Timing:
    """Each query runs every variant in turn, so load drift on the shared host hits all alike."""
    memo = MemoEncoder(encoder)
    vocabulary = index.vocabulary()
    memo.warm([parse_query(q, vocabulary).text for q in queries])
    variants: dict[str, Callable[[str], object]] = {
        "embed": lambda q: encoder.encode([q]),
        "dense": CatalogSearch(index, encoder, FusionConfig(sparse_weight=0)).search,
        "cached": CatalogSearch(index, memo).search,
        "full": CatalogSearch(index, encoder).search,
    }
    for run in variants.values():
        run(queries[0])  # warm caches
    ms: dict[str, list[float]] = {name: [] for name in variants}
    for query in queries:
        for name, run in variants.items():
            started = time.perf_counter()
            run(query)
            ms[name].append((time.perf_counter() - started) * 1000)
    return Timing(
        embed_p50=statistics.median(ms["embed"]),
        dense=_p50_p95(ms["dense"]),
        cached=_p50_p95(ms["cached"]),
        search_p50=percentile(ms["full"], 50),
        search_p95=percentile(ms["full"], 95),
    )


def _p50_p95(values: list[float]) -> str:
    return f"{percentile(values, 50):.1f}/{percentile(values, 95):.1f}"


def plot(rows: list[tuple[str, int, float, float]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = {"edge": "Qdrant Edge", "local": "qdrant-client local mode"}
    colors = {"edge": "tab:green", "local": "tab:blue"}
    fig, ax = plt.subplots(figsize=(6.5, 4.2))
    for backend in dict.fromkeys(r[0] for r in rows):
        mine = [r for r in rows if r[0] == backend]
        sizes = [r[1] for r in mine]
        label, color = names.get(backend, backend), colors.get(backend)
        p50, p95 = [r[2] for r in mine], [r[3] for r in mine]
        ax.plot(sizes, p50, marker="o", color=color, label=f"{label} p50")
        ax.plot(sizes, p95, marker="o", linestyle=":", color=color, label=f"{label} p95")
    ax.plot([10_000, 100_000], [25, 60], "r--", marker="x", label="targets (p95)")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("products in catalog")
    ax.set_ylabel("search() latency, ms")
    ax.set_title("Hybrid search() end to end (2 shared cores)")
    ax.legend(fontsize=8)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)
    print(f"plot written to {path}")


if __name__ == "__main__":
    main()
