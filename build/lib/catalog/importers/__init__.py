"""Catalog importers: stream a store's existing export as Products, reporting bad rows by line.

for entry in read_catalog(Path("feed.tsv")):
    if isinstance(entry, RowError): ...   # line, reason, item_id
    else: ...                             # a catalog.model.Product
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from aisle.money import Money
from catalog.importers.detect import detect_format
from catalog.importers.gmc_tsv import read_gmc_tsv
from catalog.importers.gmc_xml import read_gmc_xml
from catalog.importers.jsonl import read_jsonl
from catalog.importers.rows import FORMATS, ReadResult, RowError, UnknownFormat
from catalog.importers.shopify import read_shopify_csv
from catalog.model import Product

__all__ = ["FORMATS", "RowError", "UnknownFormat", "detect_format", "read_catalog"]


def read_catalog(
    path: Path, fmt: str | None = None, *, default_currency: str = "USD"
) -> Iterator[Product | RowError]:
    """Products in file order, with a RowError wherever a row cannot import.

    `default_currency` prices Shopify rows and currency-less JSONL prices; GMC feeds must name
    their currency, as Google requires. A product id seen twice is reported, not imported twice.
    """
    path = Path(path)
    fmt = fmt or detect_format(path)
    if fmt not in FORMATS:
        raise UnknownFormat(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    currency = Money.zero(default_currency).currency
    return _without_duplicates(_read(path, fmt, currency))


def _read(path: Path, fmt: str, currency: str) -> Iterator[ReadResult]:
    if fmt == "gmc-tsv":
        return read_gmc_tsv(path)
    if fmt == "gmc-xml":
        return read_gmc_xml(path)
    if fmt == "shopify-csv":
        return read_shopify_csv(path, currency)
    return read_jsonl(path, currency)


def _without_duplicates(entries: Iterator[ReadResult]) -> Iterator[Product | RowError]:
    """Only product ids are remembered, so memory grows with ids, never with whole products."""
    first_lines: dict[str, int] = {}
    for entry in entries:
        if isinstance(entry, RowError):
            yield entry
            continue
        line, product = entry
        if product.id in first_lines:
            reason = (
                f"product id {product.id!r} was already imported from line "
                f"{first_lines[product.id]}; rows of one product must be contiguous"
            )
            yield RowError(line, reason, product.id)
            continue
        first_lines[product.id] = line
        yield product
