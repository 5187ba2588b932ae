"""A bad file never wipes the catalog, and every number is checked as its row is read (issue 10)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from aisle.settings import Settings
from catalog.embed import HashingTextEncoder
from catalog.importers import RowError, read_catalog
from catalog.index import CatalogIndex
from catalog.ingest import IncompleteFile, ReplaceRefused, ingest, ingest_records
from catalog.model import Product
from tests.catalog.test_ingest import product, write_feed

GMC_HEAD = '<?xml version="1.0"?>\n<rss xmlns:g="http://base.google.com/ns/1.0"><channel>\n'


def gmc_item(n: int) -> str:
    return (
        f"<item><g:id>P{n}</g:id><title>Item number {n}</title>"
        "<g:price>10.00 USD</g:price></item>\n"
    )


@pytest.fixture
def index(settings: Settings, tmp_path: Path) -> Iterator[CatalogIndex]:
    opened = CatalogIndex.open(settings)
    ingest(
        write_feed(tmp_path / "full.jsonl", [product(n) for n in range(5)]),
        opened,
        HashingTextEncoder(),
    )
    yield opened
    opened.close()


def test_a_blank_file_with_replace_removes_nothing(index: CatalogIndex, tmp_path: Path) -> None:
    blank = tmp_path / "blank.jsonl"
    blank.write_text("\n\n")
    with pytest.raises(ReplaceRefused, match="no product") as refused:
        ingest(blank, index, HashingTextEncoder(), replace=True)
    assert refused.value.report.removed == 0
    assert index.count() == 5


def test_allow_empty_really_empties_the_catalog(index: CatalogIndex, tmp_path: Path) -> None:
    blank = tmp_path / "blank.jsonl"
    blank.write_text("\n\n")
    report = ingest(blank, index, HashingTextEncoder(), replace=True, allow_empty=True)
    assert report.removed == 5 and index.count() == 0


def snapshot(index: CatalogIndex) -> dict[str, str]:
    """Every product id with its stored content hash."""
    return index.content_hashes(list(index.all_ids()))


def cut_xml(path: Path) -> Path:
    """Two whole items (one changes P1's title, one is new), then the upload was cut off."""
    changed = gmc_item(1).replace("Item number 1", "Renamed item")
    path.write_text(GMC_HEAD + changed + gmc_item(9) + "<item><g:id>P2</g:id><tit")
    return path


def cut_jsonl(path: Path) -> Path:
    whole = write_feed(path, [product(0, price=1), product(7)])
    whole.write_text(whole.read_text() + product(2).model_dump_json()[:30])
    return whole


def not_xml(path: Path) -> Path:
    path.write_text("<?xml version='1.0'?>\nthis is not xml at all {]\n")
    return path


def bad_bytes(path: Path) -> Path:
    """A TSV whose last row is not UTF-8, well past the first read: the reader stops with an
    exception after whole batches of good rows."""
    good = "".join(f"N{n}\tNew item {n}\t1.00 USD\n" for n in range(1000))
    head = ("id\ttitle\tprice\n" + good).encode()
    path.write_bytes(head + b"P1\tRenamed \xff\t2.00 USD\n")
    return path


BAD_FILES = {
    "truncated GMC XML": (cut_xml, "cut.xml", "not well-formed"),
    "JSONL cut off in its last line": (cut_jsonl, "cut.jsonl", "middle of a line"),
    "not XML at all": (not_xml, "feed.xml", "not well-formed"),
}


@pytest.mark.parametrize("replace", [True, False], ids=["replace", "upsert"])
@pytest.mark.parametrize("case", list(BAD_FILES))
def test_a_file_not_read_to_its_end_changes_nothing(
    index: CatalogIndex, tmp_path: Path, case: str, replace: bool
) -> None:
    make, name, reason = BAD_FILES[case]
    before = snapshot(index)
    written: list[str] = []
    with pytest.raises(IncompleteFile, match=reason) as refused:
        ingest(
            make(tmp_path / name),
            index,
            HashingTextEncoder(),
            replace=replace,
            batch_size=1,  # a batch per product: nothing may be written before the end
            on_batch=lambda batch: written.extend(p.id for p in batch),
        )
    assert "nothing was imported or removed" in str(refused.value)
    assert (refused.value.report.imported, refused.value.report.removed) == (0, 0)
    assert written == []
    assert snapshot(index) == before


@pytest.mark.parametrize("replace", [True, False], ids=["replace", "upsert"])
def test_a_reader_that_fails_partway_changes_nothing(
    index: CatalogIndex, tmp_path: Path, replace: bool
) -> None:
    before = snapshot(index)
    with pytest.raises(UnicodeDecodeError):
        ingest(bad_bytes(tmp_path / "feed.tsv"), index, HashingTextEncoder(), replace=replace)
    assert snapshot(index) == before


def test_a_list_of_records_with_a_fatal_error_changes_nothing(index: CatalogIndex) -> None:
    before = snapshot(index)
    records: list[Product | RowError] = [product(8), RowError(2, "cut off", fatal=True)]
    with pytest.raises(IncompleteFile):
        ingest_records(records, index, HashingTextEncoder())
    assert snapshot(index) == before


def test_a_complete_file_with_a_bad_row_still_replaces(index: CatalogIndex, tmp_path: Path) -> None:
    feed = write_feed(tmp_path / "ok.jsonl", [product(0), product(1)], ['{"id": "broken"}'])
    report = ingest(feed, index, HashingTextEncoder(), replace=True)
    assert report.removed == 3 and len(report.skipped) == 1


def rows(path: Path) -> list[Product | RowError]:
    return list(read_catalog(path))


@pytest.mark.parametrize(
    ("price", "reason"),
    [
        ('"1e30 USD"', "unreadable"),
        ('"1000000000000000000000000000000.00 USD"', "too large"),
        ('"99999999999999999999.00 USD"', "too large"),
        ("1e30", "bare number"),
        ('{"amount": 1000000000000000000000000000000, "currency": "USD"}', "not a price"),
        ('{"amount": -100000, "currency": "USD"}', "not a price"),
        ('"-1000.00 USD"', "not above zero"),
        ('{"amount": 0, "currency": "USD"}', "not a price"),
    ],
)
def test_out_of_range_prices_are_row_errors_with_their_line(
    tmp_path: Path, price: str, reason: str
) -> None:
    feed = tmp_path / "feed.jsonl"
    good = product(1).model_dump_json()
    bad = f'{{"id": "X", "title": "Bad", "variants": [{{"id": "X-v", "price": {price}}}]}}'
    feed.write_text(good + "\n" + bad + "\n")
    first, second = rows(feed)
    assert isinstance(first, Product)
    assert isinstance(second, RowError) and second.line == 2 and second.item_id == "X"
    assert reason in second.reason


@pytest.mark.parametrize("stock", ["1e20", "100000000000000000000", "1000001", "inf", "2.5"])
def test_out_of_range_stock_is_a_row_error(tmp_path: Path, stock: str) -> None:
    feed = tmp_path / "feed.tsv"
    feed.write_text(
        f"id\ttitle\tprice\tquantity\nA\tApple\t1.00 USD\t{stock}\nB\tPear\t1.00 USD\t7\n"
    )
    records = rows(feed)
    errors = [r for r in records if isinstance(r, RowError)]
    assert [(e.line, e.item_id) for e in errors] == [(2, "A")]
    (pear,) = [r for r in records if isinstance(r, Product)]
    assert pear.variants[0].stock == 7


def test_jsonl_stock_beyond_the_bound_is_a_row_error(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"id": "X", "title": "Bad", "variants": [{"id": "X-v", "price": "1.00 USD", '
        '"stock": 100000000000000000000}]}\n'
    )
    (error,) = rows(feed)
    assert isinstance(error, RowError) and error.line == 1 and "stock" in error.reason
