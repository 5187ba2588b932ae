"""What every importer yields besides products: a bad row, reported so the rest can import."""

from __future__ import annotations

from dataclasses import dataclass

from catalog.model import Product

FORMATS = ("gmc-tsv", "gmc-xml", "shopify-csv", "jsonl")


@dataclass(frozen=True)
class RowError:
    """A bad row: reported with its line so the owner can fix it; the rest imports."""

    line: int
    reason: str
    item_id: str | None = None
    fatal: bool = False  # the file could not be read past this point (cut off, not well-formed)


class UnknownFormat(ValueError):
    """The file is not one of FORMATS, or its content does not match the format asked for."""


# Readers yield products with the line they start on, so duplicates can be reported by line.
LocatedProduct = tuple[int, Product]
ReadResult = LocatedProduct | RowError
