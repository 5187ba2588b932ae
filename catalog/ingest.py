"""Feed file → index, in batches: unchanged products are neither re-embedded nor rewritten."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from catalog.embed import TextEncoder, product_text
from catalog.index import CatalogIndex
from catalog.model import Product
from catalog.sparse import document_vector

if TYPE_CHECKING:
    from catalog.importers import RowError

ImageEmbedder = Callable[[list[Product]], list[np.ndarray | None]]


@dataclass(frozen=True)
class IngestProgress:
    """Running totals after each batch, for a progress bar."""

    read: int
    imported: int
    unchanged: int
    skipped: int
    seconds: float


@dataclass
class IngestReport:
    imported: int = 0
    unchanged: int = 0
    skipped: list[RowError] = field(default_factory=list)
    removed: int = 0
    seconds: float = 0.0


def ingest(
    path: Path,
    index: CatalogIndex,
    encoder: TextEncoder,
    *,
    fmt: str | None = None,
    replace: bool = False,
    batch_size: int = 64,
    default_currency: str = "USD",
    image_embedder: ImageEmbedder | None = None,
    on_batch: Callable[[list[Product]], None] | None = None,
    progress: Callable[[IngestProgress], None] | None = None,
) -> IngestReport:
    """Import a catalog file; with `replace`, products absent from the file are removed."""
    from catalog.importers import read_catalog

    records = read_catalog(Path(path), fmt, default_currency=default_currency)
    return ingest_records(
        records,
        index,
        encoder,
        replace=replace,
        batch_size=batch_size,
        image_embedder=image_embedder,
        on_batch=on_batch,
        progress=progress,
    )


def ingest_records(
    records: Iterable[Product | RowError],
    index: CatalogIndex,
    encoder: TextEncoder,
    *,
    replace: bool = False,
    batch_size: int = 64,
    image_embedder: ImageEmbedder | None = None,
    on_batch: Callable[[list[Product]], None] | None = None,
    progress: Callable[[IngestProgress], None] | None = None,
) -> IngestReport:
    """Same as `ingest` over already-read records (products or row errors)."""
    started = time.perf_counter()
    report = IngestReport()
    seen: set[str] = set()
    read = 0
    with index.bulk_writes():  # searches during a live import keep the old vocabulary
        for batch, errors in _batches(records, batch_size):
            read += len(batch) + len(errors)
            report.skipped.extend(errors)
            if replace:  # ids only; a bad row of a known product must not delete that product
                seen.update(e.item_id for e in errors if e.item_id)
                seen.update(p.id for p in batch)
            changed = _changed(batch, index)
            report.unchanged += len(batch) - len(changed)
            if changed:
                _write(changed, index, encoder, image_embedder)
                report.imported += len(changed)
                if on_batch is not None:
                    on_batch(changed)
            if progress is not None:
                progress(
                    IngestProgress(
                        read=read,
                        imported=report.imported,
                        unchanged=report.unchanged,
                        skipped=len(report.skipped),
                        seconds=time.perf_counter() - started,
                    )
                )
        if replace:
            stale = [product_id for product_id in index.all_ids() if product_id not in seen]
            index.delete(stale)
            report.removed = len(stale)
    report.seconds = time.perf_counter() - started
    return report


def _batches(
    records: Iterable[Product | RowError], size: int
) -> Iterator[tuple[list[Product], list[RowError]]]:
    """Batches of distinct products (a later row of the same id wins) plus the row errors."""
    products: dict[str, Product] = {}
    errors: list[RowError] = []
    for record in records:
        if isinstance(record, Product):
            products[record.id] = record
        else:
            errors.append(record)
        if len(products) >= size:
            yield list(products.values()), errors
            products, errors = {}, []
    if products or errors:
        yield list(products.values()), errors


def _changed(batch: list[Product], index: CatalogIndex) -> list[Product]:
    stored = index.content_hashes(p.id for p in batch)
    return [p for p in batch if stored.get(p.id) != p.content_hash()]


def _write(
    products: list[Product],
    index: CatalogIndex,
    encoder: TextEncoder,
    image_embedder: ImageEmbedder | None,
) -> None:
    text_vectors = encoder.encode([product_text(p) for p in products])
    sparse_vectors = [document_vector(p) for p in products]
    image_vectors = image_embedder(products) if image_embedder is not None else None
    index.upsert(products, text_vectors, sparse_vectors, image_vectors)
