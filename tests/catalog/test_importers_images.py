"""Image references: local files become absolute paths, URLs stay links, nothing is fetched."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from catalog.importers import read_catalog
from catalog.model import Product

DATA = Path(__file__).parent / "data"
RED_TEE = (DATA / "images" / "red-tee.png").resolve()


def only_product(path: Path) -> Product:
    entries = list(read_catalog(path))
    assert len(entries) == 1 and isinstance(entries[0], Product), entries
    return entries[0]


def test_relative_image_resolves_against_the_catalog_file() -> None:
    products = [e for e in read_catalog(DATA / "gmc_feed.tsv") if isinstance(e, Product)]
    tee = next(p for p in products if p.id == "TEE")
    assert tee.images[0] == str(RED_TEE)
    assert tee.variants[0].image == str(RED_TEE)


def test_file_url_becomes_an_absolute_path(tmp_path: Path) -> None:
    photo = tmp_path / "my photos" / "cap.png"
    photo.parent.mkdir()
    photo.write_bytes(RED_TEE.read_bytes())
    feed = tmp_path / "feed.tsv"
    url = photo.as_uri()  # file:///.../my%20photos/cap.png
    feed.write_text(f"id\ttitle\tprice\timage_link\nCAP\tCap\t9.00 USD\t{url}\n")
    assert only_product(feed).images == [str(photo)]


def test_http_urls_are_kept_as_links(tmp_path: Path) -> None:
    feed = tmp_path / "feed.tsv"
    feed.write_text("id\ttitle\tprice\timage_link\nCAP\tCap\t9.00 USD\thttps://x.test/c.jpg\n")
    assert only_product(feed).images == ["https://x.test/c.jpg"]


def test_missing_local_image_is_dropped_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    feed = tmp_path / "feed.tsv"
    feed.write_text("id\ttitle\tprice\timage_link\nCAP\tCap\t9.00 USD\tnope/cap.png\n")
    with caplog.at_level(logging.WARNING, logger="catalog.importers"):
        product = only_product(feed)
    assert product.images == [] and product.variants[0].image is None
    assert "line 2" in caplog.text and "cap.png" in caplog.text
