"""What fusing in Python costs against Qdrant's own fusion, interleaved query by query.

    .venv/bin/python -m bench.fusion_cost [--queries 300] [--rounds 3]

`catalog/fusion.py` replaced one Query API call (dense and BM25 prefetches fused by Qdrant's
weighted RRF) with two calls fused in Python, so that ties rank alike across builds. Both paths
run here on one ingested sample catalog, with the same cached query vectors and filters, one
query after the other, so machine load falls on both alike. Prints p50/p95 ms per path and how
often the two put a different product first.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from qdrant_client import models

from aisle.services import Services
from aisle.settings import Settings
from bench.conversation_data import load_conversations
from catalog.fusion import fuse
from catalog.index import BM25, TEXT
from catalog.qdrant_filters import to_qdrant_filter
from catalog.search import CatalogSearch
from catalog.sparse import query_vector

SAMPLE = Path(__file__).resolve().parent.parent / "fixtures" / "sample" / "catalog.jsonl"


def shopper_lines(limit: int) -> list[str]:
    """First turns of the conversation bench: how shoppers word a search."""
    lines = sorted(
        {
            turn["say"]
            for conversation in load_conversations()
            for turn in conversation["turns"][:1]
            if isinstance(turn.get("say"), str)
        }
    )
    return lines[:limit]


def prefetches(search: CatalogSearch, text: str) -> tuple[list[models.Prefetch], list[float]]:
    cfg = search.fusion
    fetches = [models.Prefetch(query=search.text_vector(text), using=TEXT, limit=cfg.dense_limit)]
    weights = [cfg.dense_weight]
    sparse = query_vector(text)
    if sparse.indices:
        vector = models.SparseVector(indices=sparse.indices, values=sparse.values)
        fetches.append(models.Prefetch(query=vector, using=BM25, limit=cfg.sparse_limit))
        weights.append(cfg.sparse_weight)
    return fetches, weights


def by_qdrant(search: CatalogSearch, fetches: list[models.Prefetch], weights: list[float],
              query_filter: models.Filter | None) -> str | None:  # fmt: skip
    cfg = search.fusion
    response = search.index.client.query_points(
        search.index.collection,
        prefetch=fetches,
        query=models.RrfQuery(rrf=models.Rrf(k=cfg.rrf_k, weights=weights)),
        query_filter=query_filter,
        limit=cfg.rerank_depth,
        with_payload=True,
    )
    return (
        str(response.points[0].payload["id"])
        if response.points and response.points[0].payload
        else None
    )


def in_python(search: CatalogSearch, fetches: list[models.Prefetch], weights: list[float],
              query_filter: models.Filter | None) -> str | None:  # fmt: skip
    cfg = search.fusion
    lists = [search._retrieve(fetch, query_filter) for fetch in fetches]  # what search() calls
    fused = fuse(lists, weights, cfg.rrf_k, cfg.rerank_depth)
    records = search.index.client.retrieve(search.index.collection, [key for key, _ in fused])
    payloads = {str(r.id): r.payload for r in records if r.payload}
    first = payloads.get(fused[0][0]) if fused else None
    return str(first["id"]) if first else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="aisle-fusion-cost-") as folder:
        settings = Settings(data_dir=Path(folder), _env_file=None)  # type: ignore[call-arg]
        services = Services(settings)
        try:
            services.ingest(SAMPLE)
            search = services.search
            queries = []
            for line in shopper_lines(args.queries):
                parsed = search._understand(line, True)
                fetches, weights = prefetches(search, parsed.text)
                queries.append((fetches, weights, to_qdrant_filter(parsed.filters)))
            times: dict[str, list[float]] = {
                "Qdrant fusion (1 call)": [],
                "Python fusion (2 calls)": [],
            }
            differ = 0
            for _ in range(args.rounds):
                for fetches, weights, query_filter in queries:
                    tops = []
                    for name, path in zip(times, (by_qdrant, in_python), strict=True):
                        start = time.perf_counter()
                        tops.append(path(search, fetches, weights, query_filter))
                        times[name].append((time.perf_counter() - start) * 1000)
                    differ += tops[0] != tops[1]
        finally:
            services.close()
    print(f"{len(queries)} first shopper turns × {args.rounds} rounds, sample catalog "
          f"(321 products), load average {os.getloadavg()[0]:.1f}\n")  # fmt: skip
    print("| path | p50 ms | p95 ms |\n|---|---|---|")
    for name, values in times.items():
        p95 = statistics.quantiles(values, n=20)[-1]
        print(f"| {name} | {statistics.median(values):.2f} | {p95:.2f} |")
    print(f"\nTop product differs between the paths: {differ}/{len(queries) * args.rounds}")


if __name__ == "__main__":
    main()
