"""Congruence: the same catalog calls on qdrant-client local mode and on Qdrant Edge agree.

Local mode is the reference (pure Python, exact); Edge is the embedded default. Both get the
sample catalog (Edge closed, which optimizes it, and reopened, as after `aisle ingest`), then
every search must return the same products in the same order, with the same matching variants
and scores within float32 tolerance. Deletes and the restart test cover the unoptimized store.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import pytest
from qdrant_client import QdrantClient, models

from aisle.settings import Settings
from catalog.edge import EdgeClient
from catalog.embed import HashingTextEncoder, product_text
from catalog.filters import SearchFilters
from catalog.importers import read_catalog
from catalog.index import IMAGE, IMAGE_DIM, TEXT, CatalogIndex
from catalog.model import Product, StockLevel
from catalog.search import CatalogSearch, SearchHit
from catalog.sparse import SparseVector, document_vector

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "fixtures" / "sample" / "catalog.jsonl"
SCORE_TOLERANCE = 1e-4


def _rng(key: str) -> np.random.Generator:
    return np.random.default_rng(
        int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "little")
    )


class TieFreeEncoder(HashingTextEncoder):
    """Hashed words plus a fixed per-text direction: no two products score alike.

    Tied scores may come back in either order on either engine, and RRF turns a swapped tie
    into different fused scores; the congruence test compares engines, not tie-breaking.
    """

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        rows = super().encode(texts) + np.stack(
            [0.5 * _rng(t).normal(size=self.dim).astype(np.float32) / self.dim**0.5 for t in texts]
        )
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)


ENCODER = TieFreeEncoder()


def image_vector(product_id: str) -> np.ndarray | None:
    """Deterministic stand-ins; about a third of the products have no image vector at all."""
    rng = _rng("image:" + product_id)
    if rng.random() < 0.33:
        return None
    row = rng.normal(size=IMAGE_DIM).astype(np.float32)
    return row / np.linalg.norm(row)


def put_catalog(index: CatalogIndex) -> None:
    """The sample catalog through `CatalogIndex.upsert`, BM25 weights nudged apart (<0.1%)."""
    index.ensure_collection()
    products = [p for p in read_catalog(SAMPLE) if isinstance(p, Product)]
    assert len(products) == 321
    for start in range(0, len(products), 64):
        batch = products[start : start + 64]
        sparse = []
        for product in batch:
            bm25 = document_vector(product)
            nudge = 1 + 1e-3 * _rng("bm25:" + product.id).random()
            sparse.append(SparseVector(bm25.indices, [v * nudge for v in bm25.values]))
        texts = ENCODER.encode([product_text(p) for p in batch])
        index.upsert(batch, texts, sparse, [image_vector(p.id) for p in batch])


def build(index: CatalogIndex) -> CatalogSearch:
    put_catalog(index)
    return CatalogSearch(index, ENCODER)


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[CatalogSearch, CatalogSearch]]:
    folder = tmp_path_factory.mktemp("congruence")
    settings = Settings(data_dir=folder, _env_file=None)  # type: ignore[call-arg]
    local = build(CatalogIndex(QdrantClient(location=":memory:"), settings))
    build(CatalogIndex(EdgeClient(folder / "edge"), settings)).index.close()  # optimizes
    edge = CatalogSearch(CatalogIndex(EdgeClient(folder / "edge"), settings), ENCODER)
    yield local, edge
    local.index.close()
    edge.index.close()


def assert_same_hits(expected: Sequence[SearchHit], actual: Sequence[SearchHit]) -> None:
    """Same products in the same order; products tied on score may swap places."""
    assert len(actual) == len(expected)
    assert [h.score for h in actual] == pytest.approx(
        [h.score for h in expected], rel=SCORE_TOLERANCE, abs=SCORE_TOLERANCE
    )
    for want, got in zip(_tie_groups(expected), _tie_groups(actual), strict=True):
        assert {h.product.id: h.variant_ids for h in got} == {
            h.product.id: h.variant_ids for h in want
        }


def _tie_groups(hits: Sequence[SearchHit]) -> list[list[SearchHit]]:
    groups: list[list[SearchHit]] = []
    for hit in hits:
        if groups and abs(groups[-1][-1].score - hit.score) <= SCORE_TOLERANCE:
            groups[-1].append(hit)
        else:
            groups.append([hit])
    return groups


QUERIES = [
    ("red t-shirt", SearchFilters()),
    ("trail running shoes", SearchFilters(colors=["black"], sizes=["10"])),  # same variant
    ("running shoe", SearchFilters(colors=["navy"], sizes=["7"], in_stock=True)),
    ("hoodie", SearchFilters(price_min=3000, price_max=6000)),
    ("jacket", SearchFilters(price_max=9000, colors=["green"])),
    ("headphones", SearchFilters(brands=["Auralis"])),
    ("backpack", SearchFilters(categories=["Backpacks"], in_stock=True)),
    ("mug", SearchFilters(exclude_ids=["speckled-camp-mug"])),
    ("camp", SearchFilters(product_ids=["speckled-camp-mug", "ultralight-1p-tent", "nope"])),
    ("coffee", SearchFilters()),
    ("organic cereal", SearchFilters(in_stock=True)),
    ("red shoe in size 10 under $100", SearchFilters()),  # parsed into filters
    ("cheapest jeans", SearchFilters()),  # price sort after ranking
    ("wireless", SearchFilters(brands=["northpine", "Saltmarsh"])),
]


@pytest.mark.parametrize(("query", "filters"), QUERIES, ids=[q for q, _ in QUERIES])
def test_hybrid_search_agrees(
    pair: tuple[CatalogSearch, CatalogSearch], query: str, filters: SearchFilters
) -> None:
    local, edge = pair
    expected = local.search(query, filters, limit=20).hits
    assert_same_hits(expected, edge.search(query, filters, limit=20).hits)


def test_the_congruence_queries_are_not_vacuous(pair: tuple[CatalogSearch, CatalogSearch]) -> None:
    local, _ = pair
    empty = [q for q, f in QUERIES if not local.search(q, f, limit=20).hits]
    assert empty == []


@pytest.mark.parametrize("filters", [SearchFilters(brands=["Northpine"]), SearchFilters()])
@pytest.mark.parametrize("query", ["", "cheapest", "most expensive"])
def test_browsing_agrees(
    pair: tuple[CatalogSearch, CatalogSearch], query: str, filters: SearchFilters
) -> None:
    local, edge = pair
    expected = local.search(query, filters, limit=15).hits
    actual = edge.search(query, filters, limit=15).hits
    if query == "":  # unordered browse: scroll order is by point id on both
        assert [h.product.id for h in actual] == [h.product.id for h in expected]
    else:  # price order; products at one price may come in either order
        price = {h.product.id: h.product.min_price.amount for h in expected + actual}
        assert [price[h.product.id] for h in actual] == [price[h.product.id] for h in expected]


def probe_vector(index: CatalogIndex, using: str) -> np.ndarray:
    product = index.get("everyday-crew-tee")
    assert product is not None
    if using == TEXT:
        return ENCODER.encode([product_text(product)])[0]
    return _rng("probe").normal(size=IMAGE_DIM).astype(np.float32)


@pytest.mark.parametrize("using", [TEXT, IMAGE])
def test_similar_to_vector_agrees(pair: tuple[CatalogSearch, CatalogSearch], using: str) -> None:
    local, edge = pair
    vector = probe_vector(local.index, using)
    for filters in (SearchFilters(), SearchFilters(colors=["red"], price_max=5000)):
        expected = local.similar_to_vector(vector, using=using, filters=filters, limit=12)
        actual = edge.similar_to_vector(vector, using=using, filters=filters, limit=12)
        assert_same_hits(expected, actual)
    expected = local.similar_to_vector(vector, using=using, exclude_ids=["everyday-crew-tee"])
    actual = edge.similar_to_vector(vector, using=using, exclude_ids=["everyday-crew-tee"])
    assert_same_hits(expected, actual)


def test_index_reads_agree(pair: tuple[CatalogSearch, CatalogSearch]) -> None:
    local, edge = pair
    assert edge.index.count() == local.index.count() == 321
    assert sorted(edge.index.all_ids()) == sorted(local.index.all_ids())
    wanted = ["ultralight-1p-tent", "missing", "everyday-crew-tee"]
    assert edge.index.get_many(wanted) == local.index.get_many(wanted)
    assert edge.index.content_hashes(wanted) == local.index.content_hashes(wanted)
    assert edge.index.vocabulary() == local.index.vocabulary()


def test_deletes_agree(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, _env_file=None)  # type: ignore[call-arg]
    local = build(CatalogIndex(QdrantClient(location=":memory:"), settings))
    edge = build(CatalogIndex(EdgeClient(tmp_path / "edge"), settings))
    try:
        gone = ["speckled-camp-mug", "everyday-crew-tee", "not-there"]
        for search in (local, edge):
            search.index.delete(gone)
        assert edge.index.count() == local.index.count() == 319
        for query in ("mug", "crew tee", "camp"):
            hits = edge.search(query, limit=20).hits
            assert not {h.product.id for h in hits} & set(gone)
            assert_same_hits(local.search(query, limit=20).hits, hits)
        assert edge.index.vocabulary() == local.index.vocabulary()
    finally:
        local.index.close()
        edge.index.close()


def sold_out_and_restocked(index: CatalogIndex) -> dict[str, dict[str, StockLevel]]:
    """Every crew tee sold, the red pocket tees sold and one sky-blue size back in stock."""
    crew = index.get("everyday-crew-tee")
    pocket = index.get("heavyweight-pocket-tee")
    assert crew is not None and pocket is not None
    pocket_levels = {v.id: StockLevel(0, True) for v in pocket.variants if v.color == "red"}
    pocket_levels["HVY-SKY-S"] = StockLevel(5, True)
    return {
        "everyday-crew-tee": {v.id: StockLevel(0, True) for v in crew.variants},
        "heavyweight-pocket-tee": pocket_levels,
    }


def test_stock_updates_agree(tmp_path: Path) -> None:
    """Set on the optimized store, as after an import and a restart, when orders come in."""
    settings = Settings(data_dir=tmp_path, _env_file=None)  # type: ignore[call-arg]
    local = build(CatalogIndex(QdrantClient(location=":memory:"), settings))
    build(CatalogIndex(EdgeClient(tmp_path / "edge"), settings)).index.close()
    edge = CatalogSearch(CatalogIndex(EdgeClient(tmp_path / "edge"), settings), ENCODER)
    try:
        levels = sold_out_and_restocked(local.index)
        assert edge.index.set_stock(levels) == local.index.set_stock(levels) == 2
        wanted = ["everyday-crew-tee", "heavyweight-pocket-tee", "ultralight-1p-tent"]
        assert edge.index.get_many(wanted) == local.index.get_many(wanted)
        assert edge.index.content_hashes(wanted) == local.index.content_hashes(wanted)
        for query, filters in (
            ("crew tee", SearchFilters(in_stock=True)),
            ("red t-shirt", SearchFilters(colors=["red"], in_stock=True)),
            ("t-shirt", SearchFilters(sizes=["S"], in_stock=True)),
            ("crew tee", SearchFilters()),
        ):
            expected = local.search(query, filters, limit=20).hits
            assert_same_hits(expected, edge.search(query, filters, limit=20).hits)
        in_stock = edge.search("crew tee", SearchFilters(in_stock=True), limit=20).hits
        assert "everyday-crew-tee" not in {h.product.id for h in in_stock}
        sky_s = edge.search("pocket tee", SearchFilters(sizes=["S"], in_stock=True)).hits
        pocket = next(h for h in sky_s if h.product.id == "heavyweight-pocket-tee")
        assert "HVY-SKY-S" in pocket.variant_ids and "HVY-RED-S" not in pocket.variant_ids
        assert edge.index.vocabulary() == local.index.vocabulary()
    finally:
        local.index.close()
        edge.index.close()


_WRITER = """
import sys
from aisle.settings import Settings
from catalog.edge import EdgeClient
from catalog.index import CatalogIndex
from tests.catalog.test_edge import put_catalog

settings = Settings(data_dir=sys.argv[1], _env_file=None)
index = CatalogIndex(EdgeClient(settings.qdrant_path), settings)
put_catalog(index)
index.delete(["speckled-camp-mug"])
if sys.argv[2] == "close":
    index.close()
"""


@pytest.mark.parametrize("ending", ["close", "exit-without-close"])
def test_edge_data_survives_a_process_restart(tmp_path: Path, ending: str) -> None:
    """Written by one process, read by the next; without close() the WAL replays the writes."""
    subprocess.run([sys.executable, "-c", _WRITER, str(tmp_path), ending], cwd=ROOT, check=True)
    settings = Settings(data_dir=tmp_path, _env_file=None)  # type: ignore[call-arg]
    reopened = CatalogIndex(EdgeClient(settings.qdrant_path), settings)
    reference = CatalogIndex(QdrantClient(location=":memory:"), settings)
    try:
        reopened.ensure_collection()  # finds the collection, creates nothing
        put_catalog(reference)
        reference.delete(["speckled-camp-mug"])
        assert reopened.count() == 320
        for query in ("camp mug", "trail running shoes size 10", "hoodie under $60"):
            assert_same_hits(
                CatalogSearch(reference, ENCODER).search(query).hits,
                CatalogSearch(reopened, ENCODER).search(query).hits,
            )
    finally:
        reopened.close()
        reference.close()


@pytest.fixture
def client(tmp_path: Path) -> Iterator[EdgeClient]:
    edge = EdgeClient(tmp_path)
    edge.create_collection(
        "c", vectors_config={"v": models.VectorParams(size=2, distance=models.Distance.COSINE)}
    )
    edge.upsert(
        "c",
        [
            models.PointStruct(id=1, vector={"v": [1.0, 0.0]}, payload={"ok": True, "n": 1}),
            models.PointStruct(id=2, vector={"v": [0.0, 1.0]}, payload={"ok": False, "n": 0}),
        ],
    )
    yield edge
    edge.close()


def test_a_boolean_match_finds_boolean_payloads(client: EdgeClient) -> None:
    """qdrant-edge-py 0.9.0 would read `True` as the integer 1; the adapter sends a boolean."""
    for value, expected in ((True, [1]), (False, [2])):
        condition = models.FieldCondition(key="ok", match=models.MatchValue(value=value))
        records, _ = client.scroll("c", scroll_filter=models.Filter(must=[condition]))
        assert [r.id for r in records] == expected
    by_int = models.FieldCondition(key="n", match=models.MatchValue(value=1))
    assert client.count("c", count_filter=models.Filter(must=[by_int])).count == 1


def test_what_the_adapter_cannot_translate_fails_loudly(client: EdgeClient) -> None:
    near = models.GeoRadius(center=models.GeoPoint(lon=0, lat=0), radius=1.0)
    geo = models.Filter(must=[models.FieldCondition(key="at", geo_radius=near)])
    with pytest.raises(NotImplementedError, match="geo"):
        client.query_points("c", query=[1.0, 0.0], using="v", query_filter=geo)


def test_set_payload_merges_as_local_mode_does(client: EdgeClient) -> None:
    local = QdrantClient(location=":memory:")
    local.create_collection(
        "c", vectors_config={"v": models.VectorParams(size=2, distance=models.Distance.COSINE)}
    )
    local.upsert(
        "c",
        [
            models.PointStruct(id=1, vector={"v": [1.0, 0.0]}, payload={"ok": True, "n": 1}),
            models.PointStruct(id=2, vector={"v": [0.0, 1.0]}, payload={"ok": False, "n": 0}),
        ],
    )
    not_ok = models.Filter(
        must=[models.FieldCondition(key="ok", match=models.MatchValue(value=False))]
    )
    for target in (local, client):
        target.set_payload("c", {"ok": False, "m": {"a": 1}}, [1])
        target.set_payload("c", {"b": 2}, [1], key="m")
        target.set_payload("c", {"n": 5}, models.FilterSelector(filter=not_ok))
    assert client.retrieve("c", [1, 2]) == local.retrieve("c", [1, 2])
    assert client.retrieve("c", [1])[0].payload == {"ok": False, "n": 5, "m": {"a": 1, "b": 2}}
    local.close()
