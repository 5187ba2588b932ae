"""The import queue reports progress while a long import runs, and drops it once finished."""

from __future__ import annotations

import io
import threading
import time
from pathlib import Path

import pytest

from aisle import imports
from aisle.imports import CatalogImports, OnProgress
from catalog.ingest import IngestProgress, IngestReport

FEED = "id\ttitle\tprice\n1\tMug\t5.00 USD\n"


def test_a_running_import_shows_rows_read_so_far(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(imports, "_PROGRESS_EVERY_S", 0.0)
    halfway = threading.Event()
    release = threading.Event()

    def run(
        path: Path, fmt: str, replace: bool, allow_empty: bool, on_progress: OnProgress
    ) -> IngestReport:
        on_progress(IngestProgress(read=640, imported=600, unchanged=30, skipped=10, seconds=1.0))
        halfway.set()
        release.wait(10)
        return IngestReport(imported=1200)

    queue = CatalogImports(tmp_path, run)
    job = queue.create(
        io.BytesIO(FEED.encode()), "feed.tsv", fmt=None, replace=False, max_bytes=1000
    )
    try:
        assert halfway.wait(10)
        running = queue.get(job.id)
        assert running is not None and running.status == "running"
        assert running.progress is not None
        assert (running.progress.read, running.progress.skipped) == (640, 10)
    finally:
        release.set()
    deadline = time.monotonic() + 10
    while (done := queue.get(job.id)) is not None and not done.finished:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    queue.close()
    assert done is not None and done.status == "succeeded" and done.progress is None
    assert done.report is not None and done.report.imported == 1200
