"""Our JSON Lines catalog: what Product.model_dump_json writes, plus hand-written prices."""

from __future__ import annotations

from pathlib import Path

from catalog.importers import RowError, read_catalog
from catalog.importers.images import local_image_dirs
from catalog.model import Product

DATA = Path(__file__).parent / "data"


def split(path: Path) -> tuple[dict[str, Product], list[RowError]]:
    entries = list(read_catalog(path))
    products = {e.id: e for e in entries if isinstance(e, Product)}
    return products, [e for e in entries if isinstance(e, RowError)]


def test_dumped_products_round_trip_exactly(tmp_path: Path) -> None:
    products, _ = split(DATA / "catalog.jsonl")
    copy = tmp_path / "copy.jsonl"
    copy.write_text("".join(p.model_dump_json() + "\n" for p in products.values()))
    with local_image_dirs([DATA]):  # the images stay where the original feed has them
        again, errors = split(copy)
    assert errors == []
    assert again == products
    oats = again["OAT-500"]
    assert oats.nutrition is not None and oats.nutrition.calories == 150
    assert oats.variants[0].price.amount == 349


def test_hand_written_price_strings_are_read_as_money() -> None:
    products, _ = split(DATA / "catalog.jsonl")
    socks = products["SOCK-WOOL"].variants
    assert (socks[0].price.amount, socks[0].price.currency) == (1650, "USD")
    assert socks[0].compare_at_price is not None and socks[0].compare_at_price.amount == 1900
    assert socks[1].price.amount == 1650  # "16.50" takes the default currency
    assert not socks[1].available


def test_hand_written_price_without_currency_takes_the_default(tmp_path: Path) -> None:
    catalog = tmp_path / "c.jsonl"
    catalog.write_text('{"id": "a", "title": "A", "variants": [{"id": "a", "price": "1200"}]}\n')
    entries = list(read_catalog(catalog, default_currency="JPY"))
    assert isinstance(entries[0], Product)
    assert (entries[0].variants[0].price.amount, entries[0].currency) == (1200, "JPY")


def test_comments_and_blank_lines_are_skipped_and_errors_keep_their_line() -> None:
    products, errors = split(DATA / "catalog.jsonl")
    assert sorted(products) == ["OAT-500", "SOCK-WOOL"]
    by_line = {e.line: e for e in errors}
    assert sorted(by_line) == [5, 6, 7, 8]
    assert by_line[5].reason.startswith("not valid JSON")
    assert by_line[6].item_id == "MIXED-1" and "several currencies" in by_line[6].reason
    assert "bare number" in by_line[7].reason
    assert by_line[8].reason.startswith("variants:")
    assert all("Traceback" not in e.reason and "pydantic" not in e.reason for e in errors)


def test_same_product_id_twice_is_reported(tmp_path: Path) -> None:
    catalog = tmp_path / "dupes.jsonl"
    line = '{"id": "a", "title": "A", "variants": [{"id": "a", "price": "1.00 USD"}]}\n'
    catalog.write_text(line + line)
    products, errors = split(catalog)
    assert list(products) == ["a"]
    assert errors[0].line == 2 and "already imported from line 1" in errors[0].reason
