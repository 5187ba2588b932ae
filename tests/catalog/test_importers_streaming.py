"""Large feeds stream: memory stays flat as the file grows, and products arrive before the end."""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from catalog.importers import RowError, read_catalog


def write_tsv(path: Path, groups: int) -> Path:
    with path.open("w") as handle:
        handle.write("id\ttitle\tprice\tsize\titem_group_id\tdescription\n")
        for g in range(groups):
            for size in ("S", "M", "L"):
                price = f"{g % 90 + 10}.00 USD"
                handle.write(f"P{g}-{size}\tShirt {g}\t{price}\t{size}\tP{g}\t{'x' * 200}\n")
    return path


def write_xml(path: Path, groups: int) -> Path:
    with path.open("w") as handle:
        handle.write('<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0"><channel>\n')
        for g in range(groups):
            for size in ("S", "M", "L"):
                handle.write(
                    f"<item><g:id>P{g}-{size}</g:id><title>Shirt {g}</title>"
                    f"<description>{'x' * 200}</description><g:price>12.00 USD</g:price>"
                    f"<g:size>{size}</g:size><g:item_group_id>P{g}</g:item_group_id></item>\n"
                )
        handle.write("</channel></rss>\n")
    return path


def peak_bytes_while_reading(path: Path) -> tuple[int, int]:
    tracemalloc.start()
    count = 0
    for entry in read_catalog(path):
        assert not isinstance(entry, RowError), entry
        count += 1
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return count, peak


@pytest.mark.slow
@pytest.mark.parametrize("write", [write_tsv, write_xml], ids=["tsv", "xml"])
def test_memory_does_not_grow_with_the_number_of_products(
    tmp_path: Path, write: Callable[[Path, int], Path]
) -> None:
    small_count, small_peak = peak_bytes_while_reading(write(tmp_path / "small", 500))
    large_count, large_peak = peak_bytes_while_reading(write(tmp_path / "large", 5_000))
    assert (small_count, large_count) == (500, 5_000)
    # Ten times the products; only the remembered product ids (under 100 bytes each) grow.
    assert large_peak < small_peak + 5_000 * 150, (small_peak, large_peak)
    assert large_peak < (tmp_path / "large").stat().st_size / 4


def test_first_product_arrives_before_the_file_is_read(tmp_path: Path) -> None:
    feed = write_tsv(tmp_path / "feed.tsv", 3)
    with feed.open("a") as handle:
        handle.write("BAD\tBad\tnot a price\t\t\t\n")
    entries = read_catalog(feed)
    first = next(entries)
    assert not isinstance(first, RowError) and first.id == "P0"
    assert [v.id for v in first.variants] == ["P0-S", "P0-M", "P0-L"]
