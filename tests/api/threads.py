"""Conversations over HTTP as a shopper's client keeps them: the thread id and token minted."""

from __future__ import annotations

from typing import Any

from tests.api.http_client import Poster

TOKENS: dict[str, str] = {}  # thread id -> its token; thread ids are random, so tests never share


def remember(body: Any) -> Any:
    """Keep the token a conversation's first reply carries; returns the body."""
    if isinstance(body, dict) and body.get("thread_token"):
        TOKENS[body["thread_id"]] = body["thread_token"]
    return body


def token_headers(thread_id: str | None) -> dict[str, str]:
    return {"X-Thread-Token": TOKENS[thread_id]} if thread_id in TOKENS else {}


def new_thread(client: Poster, **headers: str) -> str:
    """A conversation started without a chat turn: `POST /v1/carts` mints it with its cart."""
    response = client.post("/v1/carts", json={}, headers=headers)
    assert response.status_code == 200, response.text
    thread_id: str = remember(response.json())["thread_id"]
    return thread_id
