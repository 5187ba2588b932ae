"""Fusion: equal scores share their mean rank, so a search ranks alike however it was built."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from aisle.money import Money
from aisle.settings import Settings
from catalog.embed import HashingTextEncoder
from catalog.fusion import Retrieved, fuse, rrf_score, shared_ranks
from catalog.index import CatalogIndex
from catalog.ingest import ingest_records
from catalog.model import Product, Variant
from catalog.search import CatalogSearch


def hit(key: str, score: float) -> Retrieved:
    return Retrieved(key=key, score=score)


def test_equal_scores_share_the_mean_of_their_ranks() -> None:
    hits = [hit("a", 0.9), hit("b", 0.5), hit("c", 0.5), hit("d", 0.1)]
    assert shared_ranks(hits) == [0, 1.5, 1.5, 3]
    assert shared_ranks([hit("a", 1.0)] * 3) == [1, 1, 1]


def test_a_tie_is_not_rewarded_over_the_point_the_other_retriever_prefers() -> None:
    # Four shampoos tie on BM25 above the curl shampoo, which the dense retriever ranks first
    # (the sample catalog, "shampoo for curly hair"); giving the tie the best rank buried it.
    sparse = [*(hit(k, 9.09) for k in "abcd"), hit("curl", 8.98)]
    dense = [hit("curl", 0.62), hit("a", 0.61), hit("b", 0.56), hit("c", 0.55), hit("d", 0.51)]
    fused = fuse([dense, sparse], [1.0, 3.0], k=1, limit=3)
    assert "curl" in [key for key, _ in fused]


def test_scores_follow_qdrants_weighted_rrf() -> None:
    dense = [hit("a", 0.9), hit("b", 0.8)]
    sparse = [hit("b", 7.0), hit("a", 2.0)]
    fused = fuse([dense, sparse], [1.0, 3.0], k=1, limit=10)
    scores = {key: score for key, score in fused}
    assert scores["a"] == rrf_score(0, 1.0, 1) + rrf_score(1, 3.0, 1) == pytest.approx(1.0 + 1.5)
    assert scores["b"] == rrf_score(1, 1.0, 1) + rrf_score(0, 3.0, 1) == pytest.approx(0.5 + 3.0)
    assert [key for key, _ in fused] == ["b", "a"]


def test_a_retrievers_tie_is_decided_by_the_other_retriever_not_by_arrival_order() -> None:
    # BM25 ties "x" and "y"; the dense retriever prefers "y". In either arrival order, "y" wins.
    dense = [hit("y", 0.8), hit("x", 0.7)]
    for sparse in ([hit("x", 4.0), hit("y", 4.0)], [hit("y", 4.0), hit("x", 4.0)]):
        fused = fuse([dense, sparse], [1.0, 3.0], k=1, limit=10)
        assert [key for key, _ in fused] == ["y", "x"]


def test_complete_ties_come_out_in_one_order_whatever_order_they_arrive_in() -> None:
    keys = [f"p{i}" for i in range(12)]
    outcomes = set()
    for seed in range(5):
        shuffled = keys[:]
        random.Random(seed).shuffle(shuffled)
        lists = [[hit(k, 0.5) for k in shuffled], [hit(k, 1.0) for k in reversed(shuffled)]]
        outcomes.add(tuple(key for key, _ in fuse(lists, [1.0, 3.0], k=1, limit=5)))
    assert outcomes == {("p0", "p1", "p10", "p11", "p2")}


def mug(number: int) -> Product:
    return Product(
        id=f"mug-{number}",
        title="Plain white stoneware mug",
        category=["Kitchen", "Mugs"],
        variants=[
            Variant(
                id=f"mug-{number}-v",
                options={"color": "White"},
                price=Money(amount=1200, currency="USD"),
            )
        ],
    )


def ranking(data_dir: Path, products: list[Product]) -> list[str]:
    settings = Settings(data_dir=data_dir, warm_up=False, _env_file=None)  # type: ignore[call-arg]
    index = CatalogIndex.open(settings)
    try:
        ingest_records(products, index, HashingTextEncoder())
        result = CatalogSearch(index, HashingTextEncoder()).search("white mug", limit=8)
        return [h.product.id for h in result.hits]
    finally:
        index.close()


def test_two_builds_of_one_catalog_rank_its_ties_alike(tmp_path: Path) -> None:
    # Eight identical mugs tie on both retrievers. Qdrant's own fusion ordered them by where
    # they sat in the index, so an index built in the other order ranked them the other way.
    mugs = [mug(n) for n in range(8)]
    forward = ranking(tmp_path / "forward", mugs)
    backward = ranking(tmp_path / "backward", list(reversed(mugs)))
    assert sorted(forward) == sorted(m.id for m in mugs)
    assert forward == backward
