"""What an import says about itself: its status file and the API's answer have this shape."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, Field

if TYPE_CHECKING:
    from catalog.ingest import IngestReport

ImportStatus = Literal["queued", "running", "succeeded", "failed"]

REPORTED_ERRORS = 100


class RowProblem(BaseModel):
    line: int = Field(description="Line in the uploaded file; a header row is line 1.")
    reason: str
    item_id: str | None = None


class ImportReport(BaseModel):
    imported: int = Field(description="New or changed products written to the index.")
    unchanged: int
    skipped: int = Field(description="Rows that could not import; the first 100 are in errors.")
    removed: int = Field(description="With replace: products that were not in the file.")
    repaired: int = Field(
        default=0, description="Unchanged products whose missing offers were written again."
    )
    seconds: float
    errors: list[RowProblem]

    @classmethod
    def of(cls, report: IngestReport, limit: int = REPORTED_ERRORS) -> ImportReport:
        return cls(
            imported=report.imported,
            unchanged=report.unchanged,
            skipped=len(report.skipped),
            removed=report.removed,
            repaired=report.repaired,
            seconds=round(report.seconds, 3),
            errors=[
                RowProblem(line=e.line, reason=e.reason, item_id=e.item_id)
                for e in report.skipped[:limit]
            ],
        )


class ImportProgress(BaseModel):
    """Running totals while an import runs."""

    stage: Literal["checking", "writing"] = Field(
        default="writing",
        description="The whole file is read and checked first; nothing is written before.",
    )
    read: int = Field(description="Rows read so far, good and bad.")
    imported: int
    unchanged: int
    skipped: int


class CatalogImport(BaseModel):
    id: str
    status: ImportStatus
    filename: str = Field(description="The uploaded file's name as sent; not used for storage.")
    format: str
    replace: bool
    allow_empty: bool = Field(
        default=False, description="With replace: a file with no products may empty the catalog."
    )
    created_at: datetime
    started_at: datetime | None = None
    finished_at: datetime | None = None
    error: str | None = Field(default=None, description="Why a failed import failed.")
    progress: ImportProgress | None = Field(default=None, description="While running.")
    report: ImportReport | None = None

    @property
    def finished(self) -> bool:
        return self.status in ("succeeded", "failed")
