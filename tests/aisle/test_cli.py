"""The `aisle` command end to end on a Merchant Center feed with the real text model."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from aisle.cli import main

FEED = (
    "id\ttitle\tdescription\tproduct_type\tprice\tavailability\tlink\n"
    "TR-1\tTrailblazer Trail Running Shoe\tGrippy lugs for muddy trails\t"
    "Footwear > Running Shoes\t89.00 USD\tin_stock\thttps://shop.example/tr-1\n"
    "MUG-1\tStoneware Coffee Mug 12 oz\tA heavy mug for coffee\tHome > Mugs\t"
    "14.50 USD\tin_stock\thttps://shop.example/mug-1\n"
    "BAD-1\tBroken Row\tno price here\tHome\tfree\tin_stock\thttps://shop.example/bad\n"
    "LAMP-1\tBrass Desk Lamp\tWarm light for reading\tHome > Lamps\t59.00 USD\t"
    "out_of_stock\thttps://shop.example/lamp-1\n"
)


@pytest.fixture
def feed(tmp_path: Path) -> Path:
    path = tmp_path / "feed.tsv"
    path.write_text(FEED)
    return path


@pytest.mark.slow
def test_ingest_then_search_round_trip(
    feed: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ingest", str(feed), "--data-dir", str(data_dir), "--no-images"]) == 0
    out, err = capsys.readouterr()
    assert "imported 3" in out and "skipped 1" in out
    assert "line 4" in err  # the header is line 1, so the bad row is line 4

    assert main(["search", "coffee mug", "--data-dir", str(data_dir), "--json"]) == 0
    results = json.loads(capsys.readouterr().out)["results"]
    assert results[0]["id"] == "MUG-1"
    assert results[0]["price"] == {"amount": 1450, "currency": "USD"}

    assert main(["search", "shoes for trail running", "--data-dir", str(data_dir)]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith(" 1. Trailblazer")


@pytest.mark.slow
def test_reimporting_the_same_file_changes_nothing(
    feed: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["ingest", str(feed), "--data-dir", str(data_dir), "--no-images"]
    assert main(args) == 0
    capsys.readouterr()
    assert main(args) == 0
    assert "imported 0, unchanged 3" in capsys.readouterr().out


def test_missing_file_is_a_clear_error(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", str(data_dir / "nope.tsv"), "--data-dir", str(data_dir)]) == 2
    assert "no such file" in capsys.readouterr().err


def test_ingest_while_another_process_holds_the_store_says_what_to_do(
    feed: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_STORE, str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        args = ["ingest", str(feed), "--data-dir", str(data_dir), "--no-images"]
        assert main(args) == 2
        err = capsys.readouterr().err
        assert "open in another process" in err and "--server" in err
        assert "Traceback" not in err
    finally:
        holder.communicate("")


_HOLD_STORE = """
import sys
from pathlib import Path
from aisle.settings import Settings
from catalog.index import CatalogIndex
index = CatalogIndex.open(Settings(data_dir=Path(sys.argv[1]), _env_file=None))
index.ensure_collection()
print("open", flush=True)
sys.stdin.read()
index.close()
"""
