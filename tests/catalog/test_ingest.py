"""Ingest: re-importing changes nothing, --replace removes, bad rows are reported, not fatal."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import pytest

from aisle.money import Money
from aisle.settings import Settings
from catalog.embed import HashingTextEncoder
from catalog.index import CatalogIndex
from catalog.ingest import IngestProgress, ingest
from catalog.model import Product, Variant


class CountingEncoder(HashingTextEncoder):
    """Counts the texts it embeds, to prove unchanged products are not re-embedded."""

    def __init__(self) -> None:
        super().__init__()
        self.texts = 0

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.texts += len(texts)
        return super().encode(texts)


def product(n: int, price: int = 1000) -> Product:
    return Product(
        id=f"P{n}",
        title=f"Item number {n}",
        category=["Things"],
        variants=[Variant(id=f"P{n}-v", price=Money(amount=price, currency="USD"))],
    )


def write_feed(path: Path, products: list[Product], extra_lines: list[str] = ()) -> Path:  # type: ignore[assignment]
    lines = [p.model_dump_json() for p in products] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.fixture
def index(settings: Settings) -> Iterator[CatalogIndex]:
    opened = CatalogIndex.open(settings)
    yield opened
    opened.close()


def test_first_import_stores_every_product(index: CatalogIndex, tmp_path: Path) -> None:
    feed = write_feed(tmp_path / "feed.jsonl", [product(n) for n in range(10)])
    report = ingest(feed, index, HashingTextEncoder(), batch_size=4)
    assert (report.imported, report.unchanged, report.removed) == (10, 0, 0)
    assert index.count() == 10


def test_reimporting_the_same_file_changes_nothing(index: CatalogIndex, tmp_path: Path) -> None:
    feed = write_feed(tmp_path / "feed.jsonl", [product(n) for n in range(10)])
    encoder = CountingEncoder()
    ingest(feed, index, encoder, batch_size=4)
    embedded = encoder.texts
    synced: list[str] = []
    again = ingest(feed, index, encoder, on_batch=lambda b: synced.extend(p.id for p in b))
    assert (again.imported, again.unchanged) == (0, 10)
    assert encoder.texts == embedded  # nothing re-embedded
    assert synced == []  # nothing re-synced into commerce
    assert index.count() == 10


def test_only_changed_products_are_rewritten(index: CatalogIndex, tmp_path: Path) -> None:
    ingest(write_feed(tmp_path / "a.jsonl", [product(1), product(2)]), index, HashingTextEncoder())
    changed = write_feed(tmp_path / "b.jsonl", [product(1), product(2, price=900)])
    report = ingest(changed, index, HashingTextEncoder())
    assert (report.imported, report.unchanged) == (1, 1)
    stored = index.get("P2")
    assert stored is not None and stored.min_price.amount == 900


def test_replace_removes_products_missing_from_the_file(
    index: CatalogIndex, tmp_path: Path
) -> None:
    ingest(
        write_feed(tmp_path / "a.jsonl", [product(n) for n in range(5)]),
        index,
        HashingTextEncoder(),
    )
    smaller = write_feed(tmp_path / "b.jsonl", [product(0), product(1)])
    kept = ingest(smaller, index, HashingTextEncoder())
    assert kept.removed == 0 and index.count() == 5
    report = ingest(smaller, index, HashingTextEncoder(), replace=True)
    assert report.removed == 3
    assert sorted(index.all_ids()) == ["P0", "P1"]


def test_bad_rows_are_reported_and_the_rest_imports(index: CatalogIndex, tmp_path: Path) -> None:
    feed = write_feed(
        tmp_path / "feed.jsonl",
        [product(1), product(2)],
        ['{"id": "P3", "title": "no variants"}', "not json"],
    )
    report = ingest(feed, index, HashingTextEncoder())
    assert report.imported == 2
    assert [e.line for e in report.skipped] == [3, 4]
    assert index.count() == 2


def test_a_bad_row_does_not_delete_its_product_under_replace(
    index: CatalogIndex, tmp_path: Path
) -> None:
    ingest(write_feed(tmp_path / "a.jsonl", [product(1), product(2)]), index, HashingTextEncoder())
    broken = write_feed(tmp_path / "b.jsonl", [product(1)], ['{"id": "P2", "title": "oops"}'])
    report = ingest(broken, index, HashingTextEncoder(), replace=True)
    assert report.removed == 0 and index.count() == 2


def test_image_vectors_and_progress_are_wired_in(index: CatalogIndex, tmp_path: Path) -> None:
    feed = write_feed(tmp_path / "feed.jsonl", [product(n) for n in range(5)])
    seen: list[IngestProgress] = []

    def embed_images(batch: list[Product]) -> list[np.ndarray | None]:
        return [np.ones(1280, np.float32) if p.id == "P0" else None for p in batch]

    ingest(
        feed,
        index,
        HashingTextEncoder(),
        batch_size=2,
        image_embedder=embed_images,
        progress=seen.append,
    )
    assert [(p.stage, p.read) for p in seen] == [
        ("checking", 2),
        ("checking", 4),  # the whole file is read before anything is written
        ("writing", 5),
        ("writing", 5),
        ("writing", 5),
    ]
    assert [p.imported for p in seen] == [0, 0, 2, 4, 5]
    hits = index.client.query_points(index.collection, query=[1.0] * 1280, using="image").points
    assert [h.payload["id"] for h in hits if h.payload] == ["P0"]
