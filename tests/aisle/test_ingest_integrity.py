"""Services.ingest keeps offers, index and hashes together; stock follows sales; images are
only ever served from the image store (issue 10)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from aisle.money import Money
from aisle.services import Services
from aisle.settings import Settings
from catalog.embed import HashingTextEncoder
from catalog.ingest import ReplaceRefused
from catalog.model import Product, StockLevel, Variant
from commerce.errors import NotFound
from tests.aisle.test_services import _product, buy, stock_in_index, write_feed

IMAGES = Path(__file__).resolve().parents[1] / "catalog" / "data" / "images"


def open_services(settings: Settings, **overrides: Any) -> Services:
    opened = Services(settings.model_copy(update={"image_vectors": False, **overrides}))
    opened.__dict__["text_encoder"] = HashingTextEncoder()
    return opened


@pytest.fixture
def services(settings: Settings) -> Iterator[Services]:
    opened = open_services(settings)
    yield opened
    opened.close()


def tee(price: int = 2500, s: int = 5, m: int = 5) -> Product:
    return Product(
        id="tee",
        title="Merino tee",
        variants=[
            Variant(
                id="tee-S",
                options={"size": "S"},
                price=Money(amount=price, currency="USD"),
                stock=s,
            ),
            Variant(
                id="tee-M", options={"size": "M"}, price=Money(amount=2500, currency="USD"), stock=m
            ),
        ],
    )


def test_a_sibling_price_change_does_not_give_sold_units_back(
    services: Services, tmp_path: Path
) -> None:
    services.ingest(write_feed(tmp_path / "a.jsonl", [tee(s=1)]))
    buy(services, "tee-S")
    assert services.commerce.get_offer("tee", "tee-S").stock == 0
    report = services.ingest(write_feed(tmp_path / "b.jsonl", [tee(price=2400, s=1)]))
    assert report.imported == 1  # the product changed, so it was written again
    assert services.commerce.get_offer("tee", "tee-S").stock == 0  # still sold out
    assert services.commerce.get_offer("tee", "tee-S").price.amount == 2400
    assert stock_in_index(services, "tee") == {"tee-S": 0, "tee-M": 5}


def test_a_new_stock_count_in_the_feed_is_taken(services: Services, tmp_path: Path) -> None:
    services.ingest(write_feed(tmp_path / "a.jsonl", [tee(s=1)]))
    buy(services, "tee-S")
    services.ingest(write_feed(tmp_path / "b.jsonl", [tee(s=8)]))  # the owner restocked
    assert services.commerce.get_offer("tee", "tee-S").stock == 8
    assert services.commerce.get_offer("tee", "tee-M").stock == 5
    assert stock_in_index(services, "tee") == {"tee-S": 8, "tee-M": 5}


def test_a_fresh_database_gets_its_offers_from_the_same_feed(
    settings: Settings, tmp_path: Path
) -> None:
    feed = write_feed(tmp_path / "feed.jsonl", [tee(), _product("mug", "Mug", {"one": 2})])
    first = open_services(settings)
    first.ingest(feed)
    first.close()
    fresh = open_services(settings, database_url=f"sqlite:///{tmp_path / 'fresh.db'}")
    try:
        with pytest.raises(NotFound):
            fresh.commerce.get_offer("tee", "tee-S")
        report = fresh.ingest(feed)
        assert (report.imported, report.repaired, report.unchanged) == (0, 2, 0)
        assert fresh.commerce.get_offer("tee", "tee-S").stock == 5
        assert fresh.commerce.get_offer("mug", "mug-one").stock == 2
        again = fresh.ingest(feed)
        assert (again.repaired, again.unchanged) == (0, 2)
    finally:
        fresh.close()


def test_a_failed_offer_write_leaves_the_product_unsearchable_then_repairs(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feed = write_feed(tmp_path / "feed.jsonl", [tee()])
    with monkeypatch.context() as patched:

        def broken(products: object) -> int:
            raise RuntimeError("database went away")

        patched.setattr(services.commerce, "sync_catalog", broken)
        with pytest.raises(RuntimeError):
            services.ingest(feed)
    assert services.index.get("tee") is None  # never searchable without an offer
    report = services.ingest(feed)
    assert report.imported == 1
    assert services.commerce.get_offer("tee", "tee-M").stock == 5


def test_a_blank_replace_through_services_removes_nothing(
    services: Services, tmp_path: Path
) -> None:
    services.ingest(write_feed(tmp_path / "a.jsonl", [tee()]))
    blank = tmp_path / "blank.jsonl"
    blank.write_text("\n\n")
    with pytest.raises(ReplaceRefused):
        services.ingest(blank, replace=True)
    assert services.index.count() == 1
    assert services.commerce.get_offer("tee", "tee-S").available


def test_a_replace_retires_the_offers_of_removed_products(
    services: Services, tmp_path: Path
) -> None:
    services.ingest(write_feed(tmp_path / "a.jsonl", [tee(), _product("mug", "Mug", {"one": 2})]))
    report = services.ingest(write_feed(tmp_path / "b.jsonl", [tee()]), replace=True)
    assert report.removed == 1
    assert not services.commerce.get_offer("mug", "mug-one").available


def test_startup_recovery_brings_the_index_stock_in_line(
    services: Services, tmp_path: Path
) -> None:
    services.ingest(write_feed(tmp_path / "a.jsonl", [tee()]))
    services.index.set_stock({"tee": {"tee-S": StockLevel(99, True)}})  # a lagging copy
    services.recover()
    assert stock_in_index(services, "tee") == {"tee-S": 5, "tee-M": 5}


@pytest.mark.parametrize(
    "reference",
    [
        "/etc/passwd",
        "file:///etc/passwd",
        "../../../../../../../../etc/passwd",
        "file://localhost/etc/passwd",
        "/etc/hostname",
    ],
)
def test_a_feed_cannot_publish_a_local_file(
    services: Services, tmp_path: Path, reference: str
) -> None:
    row = tee().model_copy(update={"images": [reference]})
    services.ingest(write_feed(tmp_path / "feed.jsonl", [row]))
    stored = services.index.get("tee")
    assert stored is not None and stored.images == []


def test_images_outside_the_feed_folder_and_non_images_are_dropped(
    services: Services, tmp_path: Path
) -> None:
    feed_dir = tmp_path / "feed"
    feed_dir.mkdir()
    (feed_dir / "notes.png").write_text("root:x:0:0:root:/root:/bin/bash\n")  # not an image
    (feed_dir / "link.png").symlink_to(IMAGES / "red-tee.png")  # points out of the folder
    row = tee().model_copy(update={"images": ["notes.png", "link.png", str(IMAGES / "tote.png")]})
    services.ingest(write_feed(feed_dir / "feed.jsonl", [row]))
    stored = services.index.get("tee")
    assert stored is not None and stored.images == []


def test_a_local_image_is_reencoded_into_the_store(services: Services, tmp_path: Path) -> None:
    feed_dir = tmp_path / "feed"
    (feed_dir / "img").mkdir(parents=True)
    shutil.copy(IMAGES / "red-tee.png", feed_dir / "img" / "tee.png")
    row = tee().model_copy(update={"images": ["img/tee.png"]})
    services.ingest(write_feed(feed_dir / "feed.jsonl", [row]))
    stored = services.index.get("tee")
    assert stored is not None and len(stored.images) == 1
    reference = stored.images[0]
    assert reference.startswith("image:") and "/" not in reference
    path = services.vision.store.get(reference.removeprefix("image:"))
    with Image.open(path) as decoded:
        assert decoded.format == "JPEG"


def test_an_owner_named_folder_is_allowed(settings: Settings, tmp_path: Path) -> None:
    opened = open_services(settings, catalog_image_dirs=[IMAGES])
    try:
        row = tee().model_copy(update={"images": [str(IMAGES / "tote.png")]})
        opened.ingest(write_feed(tmp_path / "feed.jsonl", [row]))
        stored = opened.index.get("tee")
        assert stored is not None and stored.images[0].startswith("image:")
    finally:
        opened.close()


@pytest.mark.slow
def test_the_cli_refuses_a_blank_replace_unless_told_to_empty(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from aisle.cli import main
    from tests.aisle.test_cli import FEED

    feed = tmp_path / "feed.tsv"
    feed.write_text(FEED)
    common = ["--data-dir", str(data_dir), "--no-images"]
    assert main(["ingest", str(feed), *common]) == 0
    blank = tmp_path / "blank.jsonl"
    blank.write_text("\n\n")
    capsys.readouterr()
    assert main(["ingest", str(blank), "--replace", *common]) == 1
    out, err = capsys.readouterr()
    assert "the import failed" in err and "removed 0" in out
    assert main(["ingest", str(blank), "--replace", "--allow-empty", *common]) == 0
    assert "removed 3" in capsys.readouterr().out
