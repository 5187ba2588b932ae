"""Qdrant Edge (the Rust engine, in-process) behind the slice of `QdrantClient` the catalog calls.

The embedded default: one `EdgeShard` per collection under `<path>/<collection>`, with a WAL.
It takes and returns `qdrant_client.models` objects, so `CatalogIndex` and `CatalogSearch` keep
one code path for Edge and for a Qdrant server.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import qdrant_edge as qe
from qdrant_client import models
from qdrant_client.http.models import QueryResponse

from catalog import edge_convert as convert
from catalog.errors import StoreBusy


class EdgeClient:
    """Duck-types the `QdrantClient` methods used by `catalog/index.py` and `catalog/search.py`."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.path.mkdir(parents=True, exist_ok=True)
        self._shards: dict[str, qe.EdgeShard] = {}
        self._lock = threading.Lock()

    def _shard(self, collection_name: str) -> qe.EdgeShard:
        with self._lock:
            shard = self._shards.get(collection_name)
            if shard is None:
                folder = self._folder(collection_name)
                if not folder.is_dir():
                    raise ValueError(f"Collection {collection_name} not found")
                shard = self._shards[collection_name] = _load(folder)
            return shard

    def _folder(self, collection_name: str) -> Path:
        if not collection_name or "/" in collection_name or collection_name.startswith("."):
            raise ValueError(f"not a collection name: {collection_name!r}")
        return self.path / collection_name

    def collection_exists(self, collection_name: str) -> bool:
        return collection_name in self._shards or self._folder(collection_name).is_dir()

    def create_collection(
        self,
        collection_name: str,
        vectors_config: models.VectorParams | dict[str, models.VectorParams] | None = None,
        sparse_vectors_config: dict[str, models.SparseVectorParams] | None = None,
    ) -> bool:
        folder = self._folder(collection_name)
        config = convert.edge_config(vectors_config, sparse_vectors_config)
        with self._lock:
            if collection_name in self._shards or folder.is_dir():
                raise ValueError(f"Collection {collection_name} already exists")
            self._shards[collection_name] = qe.EdgeShard.create(str(folder), config)
        return True

    def create_payload_index(
        self, collection_name: str, field_name: str, field_schema: Any, wait: bool = True
    ) -> None:
        schema = convert.payload_index(field_name, field_schema)
        operation = qe.UpdateOperation.create_field_index(field_name, schema)
        self._shard(collection_name).update(operation)

    def upsert(
        self, collection_name: str, points: Sequence[models.PointStruct], wait: bool = True
    ) -> None:
        if not points:
            return
        operation = qe.UpdateOperation.upsert_points([convert.point(p) for p in points])
        self._shard(collection_name).update(operation)

    def delete(
        self,
        collection_name: str,
        points_selector: models.PointIdsList | models.FilterSelector | list[Any],
        wait: bool = True,
    ) -> None:
        if isinstance(points_selector, models.FilterSelector):
            operation = qe.UpdateOperation.delete_points_by_filter(_filter_of(points_selector))
        else:
            operation = qe.UpdateOperation.delete_points(_ids_of(points_selector))
        self._shard(collection_name).update(operation)

    def set_payload(
        self,
        collection_name: str,
        payload: dict[str, Any],
        points: models.PointIdsList | models.FilterSelector | list[Any],
        key: str | None = None,
        wait: bool = True,
    ) -> None:
        """Merge `payload` into each point's payload (at `key`, a nested path, when given)."""
        if isinstance(points, models.FilterSelector):
            operation = qe.UpdateOperation.set_payload_by_filter(_filter_of(points), payload, key)
        else:
            operation = qe.UpdateOperation.set_payload(_ids_of(points), payload, key)
        self._shard(collection_name).update(operation)

    def retrieve(
        self,
        collection_name: str,
        ids: Sequence[models.ExtendedPointId],
        with_payload: Any = True,
        with_vectors: bool | list[str] = False,
    ) -> list[models.Record]:
        records = self._shard(collection_name).retrieve(
            list(ids), convert.with_payload(with_payload), with_vectors
        )
        return [convert.record(r) for r in records]

    def scroll(
        self,
        collection_name: str,
        scroll_filter: models.Filter | None = None,
        limit: int = 10,
        order_by: models.OrderBy | str | None = None,
        offset: models.ExtendedPointId | None = None,
        with_payload: Any = True,
        with_vectors: bool | list[str] = False,
    ) -> tuple[list[models.Record], models.ExtendedPointId | None]:
        request = qe.ScrollRequest(
            offset=offset,
            limit=limit,
            filter=convert.edge_filter(scroll_filter),
            with_payload=convert.with_payload(with_payload),
            with_vector=with_vectors,
            order_by=convert.order_by(order_by),
        )
        records, next_offset = self._shard(collection_name).scroll(request)
        if order_by is not None:
            next_offset = None  # like a server: ordered scrolls page with `start_from`
        following = None if next_offset is None else convert.point_id(next_offset)
        return [convert.record(r) for r in records], following

    def query_points(
        self,
        collection_name: str,
        query: Any = None,
        using: str | None = None,
        prefetch: models.Prefetch | list[models.Prefetch] | None = None,
        query_filter: models.Filter | None = None,
        limit: int = 10,
        offset: int | None = None,
        with_payload: Any = True,
        with_vectors: bool | list[str] = False,
        score_threshold: float | None = None,
    ) -> QueryResponse:
        fetches = convert.prefetches(prefetch)
        edge_query = convert.query(query, using)
        if edge_query is None and not fetches:
            raise NotImplementedError("query_points without a query on Qdrant Edge")
        request = qe.QueryRequest(
            limit=limit,
            offset=offset,
            query=edge_query,
            prefetches=fetches or None,
            filter=convert.edge_filter(query_filter),
            with_payload=convert.with_payload(with_payload),
            with_vector=with_vectors,
            score_threshold=score_threshold,
        )
        points = self._shard(collection_name).query(request)
        return QueryResponse(points=[convert.scored_point(p) for p in points])

    def count(
        self, collection_name: str, count_filter: models.Filter | None = None, exact: bool = True
    ) -> models.CountResult:
        request = qe.CountRequest(exact=exact, filter=convert.edge_filter(count_filter))
        return models.CountResult(count=self._shard(collection_name).count(request))

    def optimize(self, collection_name: str) -> bool:
        """Merge segments and build HNSW and payload indexes now (Edge does it only when asked)."""
        return self._shard(collection_name).optimize()

    def close(self) -> None:
        """Optimize (quick when nothing changed), flush and release each open shard.

        Writes land in an appendable segment without HNSW: at 100k products a hybrid query took
        ~75 ms before optimizing, ~10 ms after (optimizing took ~2 min), see search_edge.md.
        """
        with self._lock:
            shards, self._shards = self._shards, {}
        for shard in shards.values():
            shard.optimize()
            shard.flush()
            shard.close()


def _ids_of(selector: models.PointIdsList | list[Any]) -> list[Any]:
    return list(selector.points if isinstance(selector, models.PointIdsList) else selector)


def _filter_of(selector: models.FilterSelector) -> qe.Filter:
    edge_filter = convert.edge_filter(selector.filter)
    assert edge_filter is not None
    return edge_filter


def _load(folder: Path) -> qe.EdgeShard:
    try:
        return qe.EdgeShard.load(str(folder))
    except Exception as exc:  # qdrant_edge raises a bare Exception
        if "WouldBlock" in str(exc):
            raise StoreBusy(
                f"Qdrant Edge store {folder} is open in another process (aisle serve?); "
                "send a catalog to a running server with `aisle ingest PATH --server "
                "http://HOST:PORT`, stop it first, or share one Qdrant server through QDRANT_URL"
            ) from exc
        raise
