"""`POST /v1/chat`: one shopper turn, answered as `agent.turn.ChatTurn` (a stable shape)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from agent.locks import TurnBusy
from agent.turn import ChatTurn
from api.deps import AgentDep, SettingsDep
from api.errors import ApiError

router = APIRouter(prefix="/v1", tags=["chat"])


class ChatRequest(BaseModel):
    thread_id: str | None = Field(
        default=None, max_length=200, description="Omit to start a new conversation."
    )
    message: str = Field(default="", max_length=4000)
    image: str | None = Field(default=None, description="A photo as a base64 data: URL.")
    resume: dict[str, Any] | None = Field(
        default=None,
        description='Answer to a pending checkout: {"approved": true|false, "payment_token": ...}.',
    )


@router.post("/chat", response_model=ChatTurn)
async def chat(request: ChatRequest, agent: AgentDep, settings: SettingsDep) -> ChatTurn:
    if not request.message.strip() and request.image is None and request.resume is None:
        raise ApiError(422, "empty_message", "send a message, an image or a resume answer")
    image = _image_bytes(request.image, settings.max_image_bytes) if request.image else None
    try:
        return await run_in_threadpool(
            agent.chat, request.thread_id, request.message, image, request.resume
        )
    except TurnBusy as exc:
        raise ApiError(409, "conversation_busy", str(exc)) from exc


def _image_bytes(data_url: str, max_bytes: int) -> bytes:
    from vision.errors import ImageRejected, ImageTooLarge
    from vision.intake import read_image_source

    if not data_url.startswith("data:"):
        raise ApiError(422, "invalid_image", "image must be a base64 data: URL")
    try:
        return read_image_source(data_url, max_bytes)
    except ImageTooLarge as exc:
        raise ApiError(413, "image_too_large", str(exc)) from exc
    except ImageRejected as exc:
        raise ApiError(422, "invalid_image", str(exc)) from exc
