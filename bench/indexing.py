"""Ingest throughput against the raw encoder, and memory on a 10k vs 100k-row feed.

    .venv/bin/python -m bench.indexing [--rows 1000] [--memory-rows 10000 100000]

Throughput: the same feed through `ingest()` (read, hash check, embed, BM25, upsert into Qdrant
Edge, on disk) and through `encoder.encode()` alone on the texts ingest embeds, same batch size.
Memory: tracemalloc peak of `ingest()` with the hashing encoder into an index that drops what
it is given, so that only the pipeline's own footprint is measured (the store's own memory is
not part of it). The same pipeline is also timed without tracemalloc (read, check and spool
the whole file, then hash-embed and "write"): the cost of the import's checking pass shows
there, not behind the real encoder.
"""

from __future__ import annotations

import argparse
import csv
import os
import tempfile
import time
import tracemalloc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from bench import SHARED_BENCHMARKS

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np

from aisle.settings import Settings
from catalog.embed import HashingTextEncoder, load_text_encoder, product_text
from catalog.importers import RowError, read_catalog
from catalog.index import CatalogIndex
from catalog.ingest import ingest
from catalog.model import Product
from catalog.sparse import SparseVector


def write_feed(source: Path, target: Path, rows: int) -> None:
    """A GMC TSV of `rows` rows: the source rows repeated with fresh ids."""
    with source.open(newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        fields = list(reader.fieldnames or [])
        originals = list(reader)
    with target.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, delimiter="\t")
        writer.writeheader()
        for n in range(rows):
            row = dict(originals[n % len(originals)])
            copy = n // len(originals)
            if copy:
                row["id"] = f"{row['id']}-c{copy}"
                row["title"] = f"{row['title']} #{copy}"
            writer.writerow(row)


class DiscardingIndex(CatalogIndex):
    """Accepts everything and keeps nothing: isolates the ingest pipeline's own memory."""

    def __init__(self) -> None:
        self.points = 0

    def content_hashes(self, ids: Iterable[str]) -> dict[str, str]:
        return {}

    def upsert(
        self,
        products: Sequence[Product],
        text_vectors: np.ndarray,
        sparse_vectors: Sequence[SparseVector],
        image_vectors: Sequence[np.ndarray | None] | None = None,
        content_hashes: Sequence[str] | None = None,
    ) -> None:
        self.points += len(products)

    def all_ids(self) -> Iterator[str]:
        return iter(())

    @contextmanager
    def bulk_writes(self) -> Iterator[None]:
        yield


def throughput(feed: Path, batch_size: int) -> tuple[float, float, int]:
    """Raw encoder timed before and after ingest (their mean), as load drifts on a shared host."""
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    encoder = load_text_encoder(settings)
    products = [p for p in read_catalog(feed) if not isinstance(p, RowError)]
    texts = [product_text(p) for p in products]
    encoder.encode(texts[:batch_size])  # warm up

    def raw_rate() -> float:
        started = time.perf_counter()
        for start in range(0, len(texts), batch_size):
            encoder.encode(texts[start : start + batch_size])
        return len(texts) / (time.perf_counter() - started)

    before = raw_rate()
    with tempfile.TemporaryDirectory() as data_dir:
        local = Settings(data_dir=Path(data_dir), _env_file=None)  # type: ignore[call-arg]
        index = CatalogIndex.open(local)
        report = ingest(feed, index, encoder, batch_size=batch_size)
        index.close()
    after = raw_rate()
    return (before + after) / 2, report.imported / report.seconds, report.imported


def peak_memory(feed: Path) -> tuple[float, int]:
    index = DiscardingIndex()
    tracemalloc.start()
    ingest(feed, index, HashingTextEncoder())
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20, index.points


def pipeline_rate(feed: Path) -> float:
    """Products/s through `ingest()` without an encoder or a store worth the name."""
    index = DiscardingIndex()
    started = time.perf_counter()
    ingest(feed, index, HashingTextEncoder())
    return index.points / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--benchmarks", type=Path, default=SHARED_BENCHMARKS)
    parser.add_argument("--rows", type=int, default=1000, help="rows for the throughput run")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--memory-rows", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args()
    source = args.benchmarks / "chatshop" / "products.tsv"
    print(f"cores {os.cpu_count()}; load avg at start {os.getloadavg()[0]:.2f} (machine shared)")
    with tempfile.TemporaryDirectory() as folder:
        feed = Path(folder) / "feed.tsv"
        write_feed(source, feed, args.rows)
        raw, piped, count = throughput(feed, args.batch_size)
        print("| measure | value |")
        print("|---|---|")
        print(f"| raw encoder, sentences/s ({count} texts, batch {args.batch_size}) | {raw:.1f} |")
        print(f"| ingest() into Qdrant Edge on disk, products/s | {piped:.1f} |")
        print(f"| ingest / raw encoder | {piped / raw:.0%} |")
        for rows in args.memory_rows:
            write_feed(source, feed, rows)
            peak, points = peak_memory(feed)
            print(
                f"| tracemalloc peak, ingest() of {rows:,} rows ({points:,} upserted) | "
                f"{peak:.1f} MiB |"
            )
            rate = pipeline_rate(feed)
            print(
                f"| ingest() of {rows:,} rows, hashing encoder, no store, products/s | {rate:.0f} |"
            )
    print(f"load avg at end {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
