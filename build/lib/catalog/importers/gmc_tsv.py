"""Google Merchant Center tab-separated feeds, read one row at a time."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from catalog.importers.gmc import Item, ParsedItem, build_product, field_name, keyed_item
from catalog.importers.grouping import KeyedRow, assemble_groups
from catalog.importers.rows import ReadResult, RowError, UnknownFormat

csv.field_size_limit(16 * 1024 * 1024)


def read_gmc_tsv(path: Path) -> Iterator[ReadResult]:
    return assemble_groups(_keyed_rows(path), build_product)


def _keyed_rows(path: Path) -> Iterator[KeyedRow[ParsedItem] | RowError]:
    base_dir = path.parent.resolve()
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.reader(handle, delimiter="\t")
        header = next(reader, None)
        if not header:
            raise UnknownFormat(f"{path} is empty; a GMC feed starts with a header row")
        fields = [field_name(column) for column in header]
        while fields and not fields[-1]:
            fields.pop()
        if "id" not in fields:
            raise UnknownFormat(f"{path}: the header has no 'id' column: {header}")
        last_line = reader.line_num
        for cells in reader:
            line, last_line = last_line + 1, reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            item = _as_item(fields, cells)
            if isinstance(item, str):
                yield RowError(line, item, cells[fields.index("id")] or None)
                continue
            yield keyed_item(item, line, base_dir)


def _as_item(fields: list[str], cells: list[str]) -> Item | str:
    """The row as an Item, or why its cells do not line up with the header."""
    extra = cells[len(fields) :]
    if any(cell.strip() for cell in extra):
        return f"{len(cells)} fields but the header has {len(fields)} (a stray tab?)"
    item: Item = {}
    for name, cell in zip(fields, cells, strict=False):
        if not name:
            continue
        item.setdefault(name, []).append(cell)
    return item
