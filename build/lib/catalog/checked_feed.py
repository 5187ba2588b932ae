"""A feed read to its end before anything is written: an import applies whole or not at all.

The first pass parses every row, keeps the row errors and spools the products, one JSON line
each, to a temporary file; the writing pass reads them back from there. Memory stays flat
whatever the feed's size, and what is written is exactly what was checked, even if the feed
file changes in between. A list of records is already whole and is not spooled.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING

from catalog.model import Product

if TYPE_CHECKING:
    from catalog.importers import RowError

_SPOOL_BUFFER = 64 * 1024


@dataclass
class CheckedFeed:
    """What the checking pass found; `products()` streams the products it accepted."""

    errors: list[RowError] = field(default_factory=list)
    read: int = 0  # records, products and row errors
    product_count: int = 0
    fatal: RowError | None = None
    _spool: IO[bytes] | None = None
    _kept: Sequence[Product] = ()

    def products(self) -> Iterator[Product]:
        if self._spool is None:
            yield from self._kept
            return
        self._spool.seek(0)
        for line in self._spool:
            yield Product.model_validate_json(line)


@contextmanager
def checked_feed(
    records: Iterable[Product | RowError],
    *,
    spool_dir: Path | None = None,
    on_progress: Callable[[CheckedFeed], None] | None = None,
    progress_every: int = 64,
) -> Iterator[CheckedFeed]:
    """Read every record (a reader's exception propagates, before anything was written).

    `on_progress` sees the running totals every `progress_every` records, for a progress bar.
    """
    if isinstance(records, Sequence):
        feed = CheckedFeed(_kept=[r for r in records if isinstance(r, Product)])
        for record in records:
            _count(feed, record)
        yield feed
        return
    with tempfile.TemporaryFile(
        prefix="aisle-import-", dir=spool_dir, buffering=_SPOOL_BUFFER
    ) as spool:
        feed = CheckedFeed(_spool=spool)
        for record in records:
            if isinstance(record, Product):
                spool.write(record.model_dump_json().encode())
                spool.write(b"\n")
            _count(feed, record)
            if on_progress is not None and feed.read % progress_every == 0:
                on_progress(feed)
        spool.flush()
        yield feed


def _count(feed: CheckedFeed, record: Product | RowError) -> None:
    feed.read += 1
    if isinstance(record, Product):
        feed.product_count += 1
        return
    feed.errors.append(record)
    if record.fatal and feed.fatal is None:
        feed.fatal = record
