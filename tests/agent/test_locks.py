"""Turn locks: one turn at a time per conversation, across workers when Redis is configured."""

from __future__ import annotations

import threading
import time
import uuid

import pytest

from agent.locks import LocalTurnLocks, RedisTurnLocks, TurnBusy, open_turn_locks
from aisle.settings import Settings


def _overlaps(first: object, second: object, thread_id: str) -> bool:
    """Run two holders of the same conversation concurrently; report whether they overlapped."""
    inside = threading.Semaphore(0)
    active = 0
    overlapped = False
    guard = threading.Lock()

    def turn(locks: LocalTurnLocks | RedisTurnLocks) -> None:
        nonlocal active, overlapped
        with locks.hold(thread_id):
            with guard:
                active += 1
                overlapped = overlapped or active > 1
            inside.release()
            time.sleep(0.2)
            with guard:
                active -= 1

    workers = [threading.Thread(target=turn, args=(locks,)) for locks in (first, second)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=10)
    assert inside.acquire(timeout=0) and inside.acquire(timeout=0), "both turns must run"
    return overlapped


def test_local_locks_serialise_one_conversation() -> None:
    locks = LocalTurnLocks()
    assert not _overlaps(locks, locks, "t1")


def test_local_locks_let_different_conversations_run_together() -> None:
    locks = LocalTurnLocks()
    with locks.hold("a"), locks.hold("b"):
        pass


def test_without_redis_url_locks_are_in_process(settings: Settings) -> None:
    assert isinstance(open_turn_locks(settings), LocalTurnLocks)


@pytest.mark.redis
def test_two_workers_sharing_redis_never_run_one_conversation_at_once(redis_url: str) -> None:
    worker_a, worker_b = RedisTurnLocks(redis_url), RedisTurnLocks(redis_url)
    try:
        assert not _overlaps(worker_a, worker_b, f"test-{uuid.uuid4().hex}")
    finally:
        worker_a.close()
        worker_b.close()


@pytest.mark.redis
def test_a_busy_conversation_is_reported_not_waited_forever(redis_url: str) -> None:
    holder = RedisTurnLocks(redis_url)
    impatient = RedisTurnLocks(redis_url, wait_s=0.2)
    thread_id = f"test-{uuid.uuid4().hex}"
    try:
        with holder.hold(thread_id), pytest.raises(TurnBusy), impatient.hold(thread_id):
            pass
        with impatient.hold(thread_id):  # released once the first turn ends
            pass
    finally:
        holder.close()
        impatient.close()
