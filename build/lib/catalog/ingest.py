"""Feed file → index, in batches: unchanged products are neither re-embedded nor rewritten."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

import numpy as np

from catalog.checked_feed import CheckedFeed, checked_feed
from catalog.embed import TextEncoder, product_text
from catalog.index import CatalogIndex
from catalog.model import Product
from catalog.sparse import document_vector

if TYPE_CHECKING:
    from catalog.importers import RowError

ImageEmbedder = Callable[[list[Product]], list[np.ndarray | None]]
Stage = Literal["checking", "writing"]  # reading the whole file first, then writing it


@dataclass(frozen=True)
class IngestProgress:
    """Running totals while the file is checked, then after each written batch."""

    read: int
    imported: int
    unchanged: int
    skipped: int
    seconds: float
    stage: Stage = "writing"


@dataclass
class IngestReport:
    imported: int = 0
    unchanged: int = 0
    skipped: list[RowError] = field(default_factory=list)
    removed: int = 0
    seconds: float = 0.0
    repaired: int = 0  # unchanged products whose offers were missing, written to commerce again


class ImportRefused(ValueError):
    """The file was refused as a whole: the index, the offers and the hashes are as they were.

    `report` lists the bad rows found while checking the file (nothing imported or removed).
    """

    def __init__(self, message: str, report: IngestReport) -> None:
        super().__init__(message)
        self.report = report


class IncompleteFile(ImportRefused):
    """The file could not be read to its end (cut off, not well-formed)."""


class ReplaceRefused(ImportRefused):
    """A replace import of a file with no product, which would empty the catalog."""


WriteIndex = Callable[[list[Product]], None]


class OfferStore(Protocol):
    """Where prices and stock live (commerce); the index must never show a product it lacks."""

    def missing(self, products: Sequence[Product]) -> set[str]:
        """Ids of these products with no offer for some variant."""
        ...

    def sync(self, products: list[Product], write_index: WriteIndex | None) -> None:
        """Write the offers, then `write_index` with the products as the store has them.

        `write_index` gets the products in the same order (stock may differ); None means the
        index already holds them and only their stock is to be refreshed.
        """
        ...

    def retire(self, product_ids: Sequence[str]) -> None:
        """Products removed from the catalog: no longer for sale."""
        ...


def ingest(
    path: Path,
    index: CatalogIndex,
    encoder: TextEncoder,
    *,
    fmt: str | None = None,
    replace: bool = False,
    allow_empty: bool = False,
    batch_size: int = 64,
    default_currency: str = "USD",
    image_embedder: ImageEmbedder | None = None,
    prepare: Callable[[list[Product]], list[Product]] | None = None,
    offers: OfferStore | None = None,
    on_batch: Callable[[list[Product]], None] | None = None,
    progress: Callable[[IngestProgress], None] | None = None,
    spool_dir: Path | None = None,
) -> IngestReport:
    """Import a catalog file; with `replace`, products absent from the file are removed."""
    from catalog.importers import read_catalog

    records = read_catalog(Path(path), fmt, default_currency=default_currency)
    return ingest_records(
        records,
        index,
        encoder,
        replace=replace,
        allow_empty=allow_empty,
        batch_size=batch_size,
        image_embedder=image_embedder,
        prepare=prepare,
        offers=offers,
        on_batch=on_batch,
        progress=progress,
        spool_dir=spool_dir,
    )


def ingest_records(
    records: Iterable[Product | RowError],
    index: CatalogIndex,
    encoder: TextEncoder,
    *,
    replace: bool = False,
    allow_empty: bool = False,
    batch_size: int = 64,
    image_embedder: ImageEmbedder | None = None,
    prepare: Callable[[list[Product]], list[Product]] | None = None,
    offers: OfferStore | None = None,
    on_batch: Callable[[list[Product]], None] | None = None,
    progress: Callable[[IngestProgress], None] | None = None,
    spool_dir: Path | None = None,
) -> IngestReport:
    """Same as `ingest` over already-read records (products or row errors).

    The records are read to their end before anything is written (`catalog.checked_feed`,
    spooled in `spool_dir`, default the system's temp folder): a file cut off or not
    well-formed raises `IncompleteFile` and changes nothing, with or without `replace`. A bad
    row is only skipped. With `replace`, a file that holds no product raises `ReplaceRefused`
    (`allow_empty` lets it empty the catalog); products not in the file are removed.

    Per batch, the offers are written before the index (`offers.sync`), so no product is
    searchable without an offer; a product whose content hash is unchanged but whose offer is
    missing is synced again. `prepare` may rewrite changed products before they are embedded
    (images into the image store); the stored hash stays the feed's. `on_batch` sees each
    written batch before the index does.
    """
    started = time.perf_counter()
    report = IngestReport()

    def report_progress(read: int, stage: Stage) -> None:
        if progress is not None:
            progress(
                IngestProgress(
                    read=read,
                    imported=report.imported,
                    unchanged=report.unchanged,
                    skipped=len(report.skipped),
                    seconds=time.perf_counter() - started,
                    stage=stage,
                )
            )

    with checked_feed(
        records,
        spool_dir=spool_dir,
        on_progress=lambda feed: report_progress(feed.read, "checking"),
        progress_every=batch_size,
    ) as feed:
        report.skipped = feed.errors
        _refuse_a_bad_file(feed, replace, allow_empty, report, started)
        seen: set[str] = {e.item_id for e in feed.errors if e.item_id} if replace else set()
        written = 0
        with index.bulk_writes():  # searches during a live import keep the old vocabulary
            for batch in _batches(feed.products(), batch_size):
                written += len(batch)
                if replace:  # ids only; a bad row of a known product must not delete it
                    seen.update(p.id for p in batch)
                _write_batch(
                    batch, index, encoder, image_embedder, prepare, offers, on_batch, report
                )
                report_progress(feed.read, "writing")
            if replace:
                stale = [product_id for product_id in index.all_ids() if product_id not in seen]
                index.delete(stale)
                if offers is not None and stale:
                    offers.retire(stale)
                report.removed = len(stale)
        if progress is not None and written == 0:
            report_progress(feed.read, "writing")
    report.seconds = time.perf_counter() - started
    return report


def _write_batch(
    batch: list[Product],
    index: CatalogIndex,
    encoder: TextEncoder,
    image_embedder: ImageEmbedder | None,
    prepare: Callable[[list[Product]], list[Product]] | None,
    offers: OfferStore | None,
    on_batch: Callable[[list[Product]], None] | None,
    report: IngestReport,
) -> None:
    """Changed products are embedded and written; unchanged ones lacking an offer repaired."""
    changed = _changed(batch, index)
    changed_ids = {p.id for p in changed}
    unchanged = [p for p in batch if p.id not in changed_ids]
    report.unchanged += len(unchanged)
    if changed:
        _write(changed, index, encoder, image_embedder, prepare, offers, on_batch)
        report.imported += len(changed)
    if offers is not None and unchanged:
        lacking = offers.missing(unchanged)
        repair = [p for p in unchanged if p.id in lacking]
        if repair:
            offers.sync(repair, None)
            report.repaired += len(repair)
            report.unchanged -= len(repair)


def _refuse_a_bad_file(
    feed: CheckedFeed,
    replace: bool,
    allow_empty: bool,
    report: IngestReport,
    started: float,
) -> None:
    report.seconds = time.perf_counter() - started
    if feed.fatal is not None:
        raise IncompleteFile(
            f"line {feed.fatal.line}: {feed.fatal.reason}. The file was not read to its end, "
            "so nothing was imported or removed",
            report,
        )
    if replace and feed.product_count == 0 and not allow_empty:
        raise ReplaceRefused(
            "the file holds no product, so a replace import would empty the catalog; nothing "
            "was removed (ask for allow_empty to empty the catalog on purpose)",
            report,
        )


def _batches(products: Iterable[Product], size: int) -> Iterator[list[Product]]:
    """Batches of distinct products (a later row of the same id wins)."""
    batch: dict[str, Product] = {}
    for product in products:
        batch[product.id] = product
        if len(batch) >= size:
            yield list(batch.values())
            batch = {}
    if batch:
        yield list(batch.values())


def _changed(batch: list[Product], index: CatalogIndex) -> list[Product]:
    stored = index.content_hashes(p.id for p in batch)
    return [p for p in batch if stored.get(p.id) != p.content_hash()]


def _write(
    products: list[Product],
    index: CatalogIndex,
    encoder: TextEncoder,
    image_embedder: ImageEmbedder | None,
    prepare: Callable[[list[Product]], list[Product]] | None,
    offers: OfferStore | None,
    on_batch: Callable[[list[Product]], None] | None,
) -> None:
    hashes = [p.content_hash() for p in products]  # the feed's, before `prepare` rewrites
    stored = prepare(products) if prepare is not None else products
    text_vectors = encoder.encode([product_text(p) for p in stored])
    sparse_vectors = [document_vector(p) for p in stored]
    image_vectors = image_embedder(stored) if image_embedder is not None else None

    def write_index(final: list[Product]) -> None:
        index.upsert(final, text_vectors, sparse_vectors, image_vectors, content_hashes=hashes)

    if on_batch is not None:
        on_batch(stored)
    if offers is not None:
        offers.sync(stored, write_index)
    else:
        write_index(stored)
