"""A bad file never wipes the catalog, and every number is checked as its row is read (issue 10)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from aisle.settings import Settings
from catalog.embed import HashingTextEncoder
from catalog.importers import RowError, read_catalog
from catalog.index import CatalogIndex
from catalog.ingest import ReplaceRefused, ingest
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


def test_a_truncated_gmc_xml_with_replace_removes_nothing(
    index: CatalogIndex, tmp_path: Path
) -> None:
    cut = tmp_path / "cut.xml"
    cut.write_text(GMC_HEAD + gmc_item(1) + gmc_item(9) + "<item><g:id>P2</g:id><tit")
    with pytest.raises(ReplaceRefused, match="not read to its end") as refused:
        ingest(cut, index, HashingTextEncoder(), replace=True)
    assert refused.value.report.imported == 2  # the two whole items were written
    assert sorted(index.all_ids()) == ["P0", "P1", "P2", "P3", "P4", "P9"]


def test_a_non_xml_upload_with_replace_removes_nothing(index: CatalogIndex, tmp_path: Path) -> None:
    junk = tmp_path / "feed.xml"
    junk.write_text("<?xml version='1.0'?>\nthis is not xml at all {]\n")
    with pytest.raises(ReplaceRefused, match="not well-formed"):
        ingest(junk, index, HashingTextEncoder(), fmt="gmc-xml", replace=True)
    assert index.count() == 5


def test_a_jsonl_cut_off_mid_line_with_replace_removes_nothing(
    index: CatalogIndex, tmp_path: Path
) -> None:
    whole = write_feed(tmp_path / "cut.jsonl", [product(0), product(1)])
    text = whole.read_text() + product(2).model_dump_json()[:30]
    whole.write_text(text)
    with pytest.raises(ReplaceRefused, match="middle of a line"):
        ingest(whole, index, HashingTextEncoder(), replace=True)
    assert index.count() == 5


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
