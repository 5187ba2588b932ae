"""One turn at a time per conversation, so a doubled "yes" cannot pay twice.

In one process a `threading.Lock` per thread id is enough. Several API workers behind a load
balancer share conversations, so with `REDIS_URL` set the lock lives in Redis instead.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from aisle.settings import Settings


class TurnBusy(RuntimeError):
    """Another turn of the same conversation did not finish in time."""


class LocalTurnLocks:
    """Per-thread locks inside this process."""

    def __init__(self) -> None:
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    @contextmanager
    def hold(self, thread_id: str) -> Iterator[None]:
        with self._guard:
            lock = self._locks.setdefault(thread_id, threading.Lock())
        with lock:
            yield

    def close(self) -> None:
        """Nothing to release: the locks live in this process."""


class RedisTurnLocks:
    """Per-thread locks shared by every worker that talks to the same Redis."""

    def __init__(self, url: str, *, ttl_s: float = 120.0, wait_s: float = 60.0) -> None:
        import redis

        self._redis = redis.Redis.from_url(url)
        self._ttl_s = ttl_s
        self._wait_s = wait_s

    @contextmanager
    def hold(self, thread_id: str) -> Iterator[None]:
        # The TTL frees a conversation whose worker died mid-turn; a turn never takes that long.
        lock = self._redis.lock(
            f"aisle:turn:{thread_id}", timeout=self._ttl_s, blocking_timeout=self._wait_s
        )
        if not lock.acquire():
            raise TurnBusy(f"conversation {thread_id} is busy with another turn")
        try:
            yield
        finally:
            lock.release()

    def close(self) -> None:
        self._redis.close()


def open_turn_locks(settings: Settings) -> LocalTurnLocks | RedisTurnLocks:
    return RedisTurnLocks(settings.redis_url) if settings.redis_url else LocalTurnLocks()
