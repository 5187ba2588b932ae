"""`POST /v1/chat`: one shopper turn, answered as `agent.turn.ChatTurn` (a stable shape).

`POST /v1/chat/stream` runs the same turn and tells it as Server-Sent Events while it works.
Without `thread_id` a turn starts a conversation and returns its `thread_id` and `thread_token`;
later turns send both (the token as `X-Thread-Token`, see `api/authority.py`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header
from fastapi.responses import StreamingResponse
from fastapi.sse import EventSourceResponse, ServerSentEvent
from pydantic import BaseModel, Field, field_validator, model_validator
from starlette.concurrency import run_in_threadpool

from agent.locks import TurnBusy
from agent.photos import accept_photo
from agent.turn import ChatTurn
from aisle.settings import Settings
from api.authority import Access, AccessDep
from api.deps import AgentDep, SettingsDep
from api.error_docs import error_codes
from api.errors import ApiError, image_error
from api.turn_stream import TurnStream
from api.ui_stream import last_user_text, ui_stream_response, wants_ui_stream
from vision.errors import ImageRejected

router = APIRouter(prefix="/v1", tags=["chat"], responses=error_codes(409, 415))


class ChatRequest(BaseModel):
    thread_id: str | None = Field(
        default=None,
        max_length=200,
        description="Omit to start a new conversation; then send the thread_id it returns, "
        "with its thread_token as X-Thread-Token.",
    )
    message: str = Field(default="", max_length=4000)
    image: str | None = Field(default=None, description="A photo as a base64 data: URL.")
    resume: dict[str, Any] | None = Field(
        default=None,
        description='Answer to a pending checkout: {"approved": true|false, "payment_token": ...}.',
    )
    id: str | None = Field(
        default=None,
        max_length=200,
        description="AI SDK body: the client's chat id (not a thread).",
    )
    messages: list[dict[str, Any]] | None = Field(
        default=None,
        max_length=500,
        description="AI SDK body: UI messages; the last user message's text (and image file "
        "part) is the turn. Such a request is answered as a UI message stream (api/ui_stream.py).",
    )

    @model_validator(mode="after")
    def _from_ai_sdk(self) -> ChatRequest:
        if self.messages is not None and not self.message and self.image is None:
            self.message, self.image = last_user_text(self.messages)
            self.message = self.message[:4000]
        return self

    @field_validator("resume")
    @classmethod
    def _resume_is_an_answer(cls, resume: dict[str, Any] | None) -> dict[str, Any] | None:
        """A string "false" must not read as approval, nor an empty token as the default card."""
        if not resume:
            return resume
        if not isinstance(resume.get("approved"), bool | None):
            raise ValueError("approved must be true, false or null")
        token = resume.get("payment_token")
        if token is not None and (not isinstance(token, str) or not 1 <= len(token) <= 100):
            raise ValueError("payment_token must be a token of 1 to 100 characters")
        return resume


@router.post(
    "/chat",
    response_model=ChatTurn,
    responses={
        200: {
            "content": {
                "text/event-stream": {
                    "description": "The AI SDK's UI message stream (v1), for "
                    "`Accept: text/event-stream` or an AI SDK body (api/ui_stream.py): each "
                    "event's data is one UI message chunk as JSON, then `[DONE]`.",
                    "itemSchema": {
                        "type": "object",
                        "properties": {"data": {"type": "string"}, "event": {"type": "string"}},
                        "required": ["data"],
                    },
                }
            }
        }
    },
)
async def chat(
    request: ChatRequest,
    agent: AgentDep,
    settings: SettingsDep,
    access: AccessDep,
    accept: Annotated[str | None, Header()] = None,
) -> ChatTurn | StreamingResponse:
    """One turn as JSON; as the AI SDK's UI message stream for `Accept: text/event-stream` or
    an AI SDK body (`messages`), see `api/ui_stream.py`. A photo the intake refuses is
    413/415/422 as on `/v1/images/analyze`; nothing is stored."""
    if wants_ui_stream(accept, request.messages is not None):
        stream = await start_turn(request, agent, settings, access)
        return ui_stream_response(stream)
    image = await run_in_threadpool(_checked_image, request, settings)
    thread_id, token = await run_in_threadpool(_conversation, request, access)
    try:
        turn = await run_in_threadpool(
            agent.chat, thread_id, request.message, image, request.resume
        )
    except TurnBusy as exc:
        raise _busy(exc) from exc
    except ImageRejected as exc:  # checked above; kept so a refusal can never be a 500
        raise image_error(exc) from exc
    return turn.model_copy(update={"thread_token": token})


async def start_turn(
    request: ChatRequest, agent: AgentDep, settings: SettingsDep, access: AccessDep
) -> TurnStream:
    """Everything that can refuse a turn happens here, so refusals stay plain JSON errors."""
    image = await run_in_threadpool(_checked_image, request, settings)
    thread_id, token = await run_in_threadpool(_conversation, request, access)

    def run(on_start: Callable[[], None], on_progress: Callable[[str], None]) -> ChatTurn:
        turn = agent.chat(
            thread_id,
            request.message,
            image,
            request.resume,
            on_progress=on_progress,
            on_start=on_start,
        )
        return turn.model_copy(update={"thread_token": token})

    try:
        return await TurnStream.start(run)
    except TurnBusy as exc:
        raise _busy(exc) from exc
    except ImageRejected as exc:
        raise image_error(exc) from exc


def _conversation(request: ChatRequest, access: Access) -> tuple[str, str | None]:
    """(thread id, its new token): a conversation the caller may post into, or a new one."""
    if request.thread_id is None:
        return access.commerce.start_conversation()
    access.thread(request.thread_id)
    return request.thread_id, None


@router.post("/chat/stream", response_class=EventSourceResponse)
async def chat_stream(
    turn: Annotated[TurnStream, Depends(start_turn)],
) -> AsyncIterator[ServerSentEvent]:
    """The same turn as `POST /v1/chat`, as Server-Sent Events.

    `progress` events (`{"message": "weighed …"}`) while it runs, then one `turn` event with
    the `/v1/chat` response, or one `error` event (`{"error": {"code", "message"}}`). A client
    that disconnects does not stop the turn: it completes and is saved.
    """
    async for event in turn.events():
        yield event


def _checked_image(request: ChatRequest, settings: Settings) -> bytes | None:
    if not request.message.strip() and request.image is None and request.resume is None:
        raise ApiError(422, "empty_message", "send a message, an image or a resume answer")
    return _image_bytes(request.image, settings) if request.image else None


def _busy(exc: TurnBusy) -> ApiError:
    return ApiError(409, "conversation_busy", str(exc))


def _image_bytes(data_url: str, settings: Settings) -> bytes:
    """The photo's bytes, checked (size, format, pixels, a full decode) before any turn starts."""
    if not data_url.startswith("data:"):
        raise ApiError(422, "invalid_image", "image must be a base64 data: URL")
    try:
        return accept_photo(data_url, settings)
    except ImageRejected as exc:
        raise image_error(exc) from exc
