"""A chat turn as the Vercel AI SDK's UI message stream (v1), for `useChat` storefronts.

`POST /v1/chat` answers with this stream when the request asks for `text/event-stream` or
carries the AI SDK's body (`messages` with `parts`, an `id`). Events, each `data: <json>`:
`start`, `start-step`, `data-conversation` (thread id and, on
the first turn only, its token), `data-progress` notes while the agent works, `text-start` /
`text-delta` / `text-end` with the reply, `data-products`, `data-cart`, `data-checkout` (items,
totals and the exact `approve` / `decline` bodies to send) and `data-order` when there is one,
`finish-step`, `finish` (`messageMetadata.thread_id`), then `data: [DONE]`. A failed turn
sends `error` and finishes.

The AI SDK's chat `id` is the client's own name for the chat, not an Aisle thread: Aisle mints
threads itself. A client keeps `thread_id` and `thread_token` from `data-conversation` and sends
them back (`thread_id` in the body, the token as `X-Thread-Token`), as every Aisle client does.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator
from typing import Any

from fastapi.responses import StreamingResponse

from agent.turn import ChatTurn
from api.turn_stream import TURN_FAILED, TurnStream

HEADERS = {
    "x-vercel-ai-ui-message-stream": "v1",
    "Cache-Control": "no-cache",
    "X-Accel-Buffering": "no",
}


def wants_ui_stream(accept: str | None, ai_sdk_body: bool) -> bool:
    """The AI SDK's transport sends its body without an Accept header; others ask by Accept."""
    return ai_sdk_body or "text/event-stream" in (accept or "").lower()


def last_user_text(messages: list[dict[str, Any]]) -> tuple[str, str | None]:
    """(text, image data URL) of the last user message of an AI SDK request body."""
    for message in reversed(messages):
        if message.get("role") != "user":
            continue
        parts = message.get("parts") or []
        text = "".join(str(p.get("text", "")) for p in parts if p.get("type") == "text")
        image = next(
            (
                str(p["url"])
                for p in parts
                if p.get("type") == "file"
                and str(p.get("mediaType", "")).startswith("image/")
                and str(p.get("url", "")).startswith("data:")
            ),
            None,
        )
        return text, image
    return "", None


def ui_stream_response(turn: TurnStream) -> StreamingResponse:
    return StreamingResponse(_chunks(turn), media_type="text/event-stream", headers=HEADERS)


async def _chunks(turn: TurnStream) -> AsyncIterator[str]:
    yield _sse({"type": "start", "messageId": f"msg_{uuid.uuid4().hex}"})
    yield _sse({"type": "start-step"})
    thread: dict[str, Any] = {}
    notes = 0
    async for event in turn.events():
        if event.event == "progress":
            notes += 1
            yield _sse({"type": "data-progress", "id": f"progress-{notes}", "data": event.data})
        elif event.event == "turn" and isinstance(event.data, ChatTurn):
            done = event.data
            thread = {"thread_id": done.thread_id}
            for chunk in turn_chunks(done):
                yield _sse(chunk)
        else:
            yield _sse({"type": "error", "errorText": TURN_FAILED["error"]["message"]})
            yield _sse({"type": "finish-step"})
            yield _sse({"type": "finish", "finishReason": "error"})
            yield "data: [DONE]\n\n"
            return
    yield _sse({"type": "finish-step"})
    yield _sse({"type": "finish", "finishReason": "stop", "messageMetadata": thread})
    yield "data: [DONE]\n\n"


def turn_chunks(turn: ChatTurn) -> list[dict[str, Any]]:
    """The chunks of one finished turn: conversation, reply text, then its structured parts."""
    body = turn.model_dump(mode="json")
    chunks: list[dict[str, Any]] = [
        {
            "type": "data-conversation",
            "id": "conversation",
            "data": {"thread_id": turn.thread_id, "thread_token": turn.thread_token},
        },
        {"type": "text-start", "id": "reply"},
        {"type": "text-delta", "id": "reply", "delta": turn.reply},
        {"type": "text-end", "id": "reply"},
    ]
    if turn.products:
        chunks.append({"type": "data-products", "id": "products", "data": body["products"]})
    if turn.cart is not None:
        chunks.append({"type": "data-cart", "id": "cart", "data": body["cart"]})
    if turn.awaiting_confirmation:
        confirmation = _confirmation(body)
        chunks.append({"type": "data-checkout", "id": "checkout", "data": confirmation})
    if turn.order is not None:
        chunks.append({"type": "data-order", "id": "order", "data": body["order"]})
    return chunks


def _confirmation(body: dict[str, Any]) -> dict[str, Any]:
    """What the shopper confirms (`ChatTurn.checkout`) and what the client sends to answer it."""
    summary = body.get("checkout") or {}
    approve = {"thread_id": body["thread_id"], "resume": {"approved": True}}
    decline = {"thread_id": body["thread_id"], "resume": {"approved": False}}
    return {"summary": summary, "cart": body.get("cart"), "reply": body.get("reply"),
            "approve": approve, "decline": decline}  # fmt: skip


def _sse(chunk: dict[str, Any]) -> str:
    return f"data: {json.dumps(chunk, separators=(',', ':'))}\n\n"
