"""Streams rows into products: a group (item_group_id, Handle) is built when its rows end."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

from catalog.importers.rows import ReadResult, RowError

Row = TypeVar("Row")


@dataclass(frozen=True)
class KeyedRow(Generic[Row]):
    """A parsed row with its line and the group it belongs to (None: a product on its own)."""

    line: int
    group: str | None
    row: Row


def assemble_groups(
    rows: Iterable[KeyedRow[Row] | RowError],
    build: Callable[[list[KeyedRow[Row]]], Iterator[ReadResult]],
) -> Iterator[ReadResult]:
    """Hold only the current group: ungrouped rows go out at once, a group when the key changes.

    A group whose rows are not contiguous is built once per run of rows; the later run then
    carries an already-seen product id, which `read_catalog` reports as a RowError.
    """
    pending: list[KeyedRow[Row]] = []
    for item in rows:
        if isinstance(item, RowError):
            yield item
            continue
        if pending and item.group is not None and item.group == pending[0].group:
            pending.append(item)
            continue
        if pending:
            yield from build(pending)
            pending = []
        if item.group is None:
            yield from build([item])
        else:
            pending = [item]
    if pending:
        yield from build(pending)
