"""Format detection by extension and a peek at the header; unknown files are refused clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalog.importers import FORMATS, UnknownFormat, detect_format, read_catalog

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("gmc_feed.tsv", "gmc-tsv"),
        ("gmc_feed.xml", "gmc-xml"),
        ("shopify_products.csv", "shopify-csv"),
        ("catalog.jsonl", "jsonl"),
    ],
)
def test_sample_files_are_detected(name: str, fmt: str) -> None:
    assert detect_format(DATA / name) == fmt
    assert fmt in FORMATS


def test_txt_feed_and_ndjson_and_extensionless_files(tmp_path: Path) -> None:
    txt = tmp_path / "feed.txt"
    txt.write_bytes(b"\xef\xbb\xbfID\tTitle\tPrice\nA\tApple\t1.00 USD\n")
    assert detect_format(txt) == "gmc-tsv"
    ndjson = tmp_path / "c.ndjson"
    ndjson.write_text("{}\n")
    assert detect_format(ndjson) == "jsonl"
    bare = tmp_path / "export"
    bare.write_text("Handle,Title,Variant Price\ncap,Cap,1.00\n")
    assert detect_format(bare) == "shopify-csv"


@pytest.mark.parametrize(
    ("name", "content"),
    [("orders.csv", "order_id,total\n1,2\n"), ("notes.txt", "hello\n"), ("x.pdf", "%PDF")],
)
def test_unrecognised_files_raise_unknown_format(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(UnknownFormat):
        detect_format(path)


def test_unknown_format_name_is_refused() -> None:
    with pytest.raises(UnknownFormat, match="expected one of"):
        read_catalog(DATA / "catalog.jsonl", "excel")
