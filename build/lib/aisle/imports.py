"""Catalog files sent to a running server: imported one at a time, in the order they arrived.

Each import has a folder `<data_dir>/imports/<id>/` holding `import.json` (status and report,
so it survives a restart) and the uploaded file until its import has run. Only the newest
`KEEP_FINISHED` finished imports are kept; older folders are removed as imports finish and at
start-up.
"""

from __future__ import annotations

import logging
import os
import queue
import re
import shutil
import threading
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from aisle.import_status import CatalogImport, ImportProgress, ImportReport, ImportStatus
from aisle.import_uploads import display_name, save_upload, stored_name, without_path
from catalog.importers import FORMATS, UnknownFormat, detect_format
from catalog.importers.images import without_local_images

if TYPE_CHECKING:
    from catalog.ingest import IngestProgress, IngestReport

log = logging.getLogger(__name__)

OnProgress = Callable[["IngestProgress"], None]
RunImport = Callable[[Path, str, bool, bool, OnProgress], "IngestReport"]

KEEP_FINISHED = 200
_STATUS_FILE = "import.json"
_ID = re.compile(r"[0-9a-f]{32}")
_PROGRESS_EVERY_S = 1.0  # how often a running import rewrites its status file
_AGAIN = "; send the file again"


class ImportsClosed(RuntimeError):
    """The server is shutting down and takes no new imports."""


class CatalogImports:
    """Uploads in, one worker thread out: two imports never write the index at the same time."""

    def __init__(self, root: Path, run: RunImport) -> None:
        self.root = root
        self._run = run
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._lock = threading.Lock()
        self._worker: threading.Thread | None = None
        self._closed = False

    def create(
        self,
        upload: BinaryIO,
        filename: str,
        *,
        fmt: str | None,
        replace: bool,
        max_bytes: int,
        allow_empty: bool = False,
    ) -> CatalogImport:
        """Save the upload and queue it; EmptyUpload, UploadTooLarge, UnknownFormat say why not."""
        if fmt is not None and fmt not in FORMATS:
            raise UnknownFormat(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
        job_id = uuid.uuid4().hex
        shown = display_name(filename)
        path = self.root / job_id / stored_name(shown)
        path.parent.mkdir(parents=True)
        try:
            save_upload(upload, path, max_bytes)
            resolved = fmt or detect_format(path)
        except UnknownFormat as exc:
            shutil.rmtree(path.parent, ignore_errors=True)
            raise UnknownFormat(without_path(exc, path, shown)) from None
        except BaseException:
            shutil.rmtree(path.parent, ignore_errors=True)
            raise
        job = CatalogImport(
            id=job_id,
            status="queued",
            filename=shown,
            format=resolved,
            replace=replace,
            allow_empty=allow_empty,
            created_at=_now(),
        )
        self._write(job)
        self._enqueue(job_id)
        return job

    def get(self, job_id: str) -> CatalogImport | None:
        if not _ID.fullmatch(job_id):
            return None
        try:
            text = (self.root / job_id / _STATUS_FILE).read_text()
        except FileNotFoundError:
            return None
        return CatalogImport.model_validate_json(text)

    def fail_interrupted(self) -> None:
        """At start-up: an import still queued or running was cut off by the last shutdown."""
        for status_file in sorted(self.root.glob(f"*/{_STATUS_FILE}")):
            job = self.get(status_file.parent.name)
            if job is not None and not job.finished:
                self._finish(job, error=f"the server stopped before this import finished{_AGAIN}")
        self.prune()

    def prune(self, keep: int | None = None) -> int:
        """Remove the folders of all but the newest `keep` (default `KEEP_FINISHED`) finished
        imports; returns how many."""
        keep = KEEP_FINISHED if keep is None else keep
        finished: list[tuple[datetime, Path]] = []
        for status_file in self.root.glob(f"*/{_STATUS_FILE}"):
            try:
                job = self.get(status_file.parent.name)
            except ValueError:  # an unreadable status file is left for the owner to look at
                continue
            if job is not None and job.finished and job.finished_at is not None:
                finished.append((job.finished_at, status_file.parent))
        finished.sort(reverse=True)
        for _, folder in finished[keep:]:
            shutil.rmtree(folder, ignore_errors=True)
        return max(len(finished) - keep, 0)

    def close(self) -> None:
        """Let the running import finish (the index must not close under it); fail the rest."""
        with self._lock:
            self._closed = True
            worker = self._worker
        while True:
            try:
                job_id = self._queue.get_nowait()
            except queue.Empty:
                break
            job = self.get(job_id) if job_id else None
            if job is not None:
                self._finish(job, error=f"the server stopped before this import started{_AGAIN}")
        if worker is not None:
            if worker.is_alive():
                log.warning("stopping once the running catalog import has finished")
            self._queue.put(None)
            worker.join()

    def _enqueue(self, job_id: str) -> None:
        with self._lock:
            if self._closed:
                raise ImportsClosed("the server is stopping; send the file again once it is back")
            if self._worker is None:
                self._worker = threading.Thread(
                    target=self._work, name="aisle-catalog-import", daemon=True
                )
                self._worker.start()
            self._queue.put(job_id)

    def _work(self) -> None:
        while (job_id := self._queue.get()) is not None:
            try:
                job = self.get(job_id)
                if job is not None:
                    self._run_one(job)
            except Exception:  # a status file that cannot be written must not stop the queue
                log.exception("catalog import %s could not be recorded", job_id)

    def _run_one(self, job: CatalogImport) -> None:
        from catalog.ingest import ImportRefused

        path = self.root / job.id / stored_name(job.filename)
        job = job.model_copy(update={"status": "running", "started_at": _now()})
        self._write(job)
        last_write = time.monotonic()

        def record_progress(totals: IngestProgress) -> None:
            nonlocal job, last_write
            if time.monotonic() - last_write < _PROGRESS_EVERY_S:
                return
            progress = ImportProgress(
                stage=totals.stage,
                read=totals.read,
                imported=totals.imported,
                unchanged=totals.unchanged,
                skipped=totals.skipped,
            )
            job = job.model_copy(update={"progress": progress})
            self._write(job)
            last_write = time.monotonic()

        try:
            with without_local_images():
                report = self._run(path, job.format, job.replace, job.allow_empty, record_progress)
        except Exception as exc:
            if isinstance(exc, ImportRefused):  # a bad file, said in the status: no traceback
                log.warning("catalog import %s (%s) refused: %s", job.id, job.filename, exc)
            else:
                log.exception("catalog import %s (%s) failed", job.id, job.filename)
            partial = getattr(exc, "report", None)  # ImportRefused lists the bad rows it found
            self._finish(
                job,
                error=without_path(exc, path, job.filename),
                report=ImportReport.of(partial) if partial is not None else None,
            )
        else:
            self._finish(job, report=ImportReport.of(report))
        self.prune()

    def _finish(
        self, job: CatalogImport, *, error: str | None = None, report: ImportReport | None = None
    ) -> None:
        """Record the outcome; the uploaded file is not needed any more."""
        (self.root / job.id / stored_name(job.filename)).unlink(missing_ok=True)
        status: ImportStatus = "failed" if error is not None else "succeeded"
        update = {
            "status": status,
            "finished_at": _now(),
            "error": error,
            "report": report,
            "progress": None,
        }
        self._write(job.model_copy(update=update))

    def _write(self, job: CatalogImport) -> None:
        """Readers on other threads (or processes) see the old or the new file, never half."""
        target = self.root / job.id / _STATUS_FILE
        partial = target.with_suffix(".json.partial")
        partial.write_text(job.model_dump_json(indent=2))
        os.replace(partial, target)


def _now() -> datetime:
    return datetime.now(UTC)
