"""A turn in a worker thread, told as Server-Sent Events while it runs (`POST /v1/chat/stream`).

Once a turn holds its conversation's lock it is never cancelled: a shopper who closes the tab
mid-turn still gets the cart change or order it made, saved for their next message.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import suppress
from typing import Any

from fastapi.sse import ServerSentEvent
from starlette.concurrency import run_in_threadpool

from agent.turn import ChatTurn

log = logging.getLogger(__name__)

TurnRunner = Callable[[Callable[[], None], Callable[[str], None]], ChatTurn]
"""Runs one turn given (on_start, on_progress), as `ShoppingAgent.chat` does."""

TURN_FAILED = {
    "error": {
        "code": "turn_failed",
        "message": "the assistant could not finish this turn; please try again",
    }
}

# Turns outlive their requests when a shopper disconnects; these references keep them running.
_running: set[asyncio.Task[None]] = set()


class TurnStream:
    """One turn's happenings in order: started, progress notes, then the turn or its failure."""

    def __init__(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._queue: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()

    @classmethod
    async def start(cls, run_turn: TurnRunner) -> TurnStream:
        """Start the turn; return once it holds its lock, or raise what stopped it before that."""
        stream = cls()
        task = asyncio.create_task(run_in_threadpool(stream._run, run_turn))
        _running.add(task)
        task.add_done_callback(_running.discard)
        kind, value = await stream._queue.get()
        if kind == "failed":
            raise value
        return stream

    async def events(self) -> AsyncIterator[ServerSentEvent]:
        """`progress` events, then exactly one `turn` (a `ChatTurn`) or `error` event."""
        while True:
            kind, value = await self._queue.get()
            if kind == "progress":
                yield ServerSentEvent(event="progress", data={"message": value})
            elif kind == "turn":
                yield ServerSentEvent(event="turn", data=value)
                return
            elif kind == "failed":
                yield ServerSentEvent(event="error", data=TURN_FAILED)
                return

    def _run(self, run_turn: TurnRunner) -> None:
        """In the worker thread: every outcome goes to the queue, nothing escapes."""
        started = False

        def on_start() -> None:
            nonlocal started
            started = True
            self._post("started", None)

        try:
            turn = run_turn(on_start, lambda note: self._post("progress", note))
        except Exception as exc:
            if started:  # before the start the request answers with the error itself
                log.exception("a streamed chat turn failed")
            self._post("failed", exc)
        else:
            self._post("turn", turn)

    def _post(self, kind: str, value: Any) -> None:
        with suppress(RuntimeError):  # the event loop is gone (server stopped): nobody listens
            self._loop.call_soon_threadsafe(self._queue.put_nowait, (kind, value))


async def finish_running_turns() -> None:
    """Let turns whose shopper disconnected finish before the services close under them."""
    loop = asyncio.get_running_loop()
    mine = [task for task in _running if task.get_loop() is loop]
    if mine:
        await asyncio.gather(*mine, return_exceptions=True)
