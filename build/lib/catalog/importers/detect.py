"""Which importer reads a file: by extension, confirmed by a peek at the first line."""

from __future__ import annotations

import csv
from pathlib import Path

from catalog.importers.gmc import field_name
from catalog.importers.rows import UnknownFormat

_PEEK_BYTES = 64 * 1024


def detect_format(path: Path) -> str:
    """'gmc-tsv', 'gmc-xml', 'shopify-csv' or 'jsonl'; UnknownFormat says why not."""
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix == ".xml":
        return "gmc-xml"
    first_line = _first_line(path)
    if suffix in (".tsv", ".txt"):
        if _is_gmc_header(first_line):
            return "gmc-tsv"
        raise UnknownFormat(f"{path}: a GMC tab-separated feed needs 'id' and 'title' columns")
    if suffix == ".csv":
        if _is_shopify_header(first_line):
            return "shopify-csv"
        raise UnknownFormat(f"{path}: a Shopify product export needs a 'Handle' column")
    return _by_content(path, first_line)


def _by_content(path: Path, first_line: str) -> str:
    stripped = first_line.lstrip()
    if stripped.startswith("{"):
        return "jsonl"
    if stripped.startswith("<"):
        return "gmc-xml"
    if _is_gmc_header(first_line):
        return "gmc-tsv"
    if _is_shopify_header(first_line):
        return "shopify-csv"
    raise UnknownFormat(
        f"{path}: cannot tell the format; use .tsv (GMC), .xml (GMC), .csv (Shopify) or .jsonl"
    )


def _first_line(path: Path) -> str:
    with path.open("rb") as handle:
        head = handle.read(_PEEK_BYTES)
    text = head.decode("utf-8-sig", errors="replace")
    return text.splitlines()[0] if text else ""


def _is_gmc_header(line: str) -> bool:
    columns = {field_name(column) for column in line.split("\t")}
    return "\t" in line and {"id", "title"} <= columns


def _is_shopify_header(line: str) -> bool:
    row = next(csv.reader([line]), [])
    return "Handle" in (column.strip() for column in row)
