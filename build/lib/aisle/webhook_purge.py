"""Settled webhook rows do not pile up, and deleting them never holds up an order's write.

Every `PURGE_EVERY_S` the sender deletes delivered events older than `AISLE_WEBHOOK_RETENTION_S`
and given-up ones older than `AISLE_WEBHOOK_FAILED_RETENTION_S`, in batches of `PURGE_BATCH`
rows per transaction (the next batch at once while batches come back full), so an order's
write never queues behind a long delete. Pending rows are never deleted.
"""

from __future__ import annotations

import time

from sqlalchemy import Engine

from commerce import outbox
from commerce.database import write

PURGE_EVERY_S = 60.0  # how often settled rows past their retention are looked for
PURGE_BATCH = 200  # rows deleted per transaction


def purge_batch(engine: Engine, delivered_before: float, failed_before: float) -> int:
    """Delete up to `PURGE_BATCH` settled rows in one transaction; returns how many."""
    with write(engine) as conn:
        return outbox.purge(conn, delivered_before, failed_before, PURGE_BATCH)


class PurgeSchedule:
    """When the next batch is due: at once while batches come back full, else a period on."""

    def __init__(self, every_s: float = PURGE_EVERY_S) -> None:
        self.every_s = every_s
        self._next = 0.0  # time.monotonic(): the first round purges

    def due(self) -> bool:
        return time.monotonic() >= self._next

    def ran(self, deleted: int, finished: float) -> bool:
        """Note a batch that ended at `finished` (monotonic); True when more rows are waiting."""
        if deleted == PURGE_BATCH:
            self._next = 0.0
            return True
        self._next = finished + self.every_s
        return False
