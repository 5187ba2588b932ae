"""`aisle chat --server` and `aisle search --server`: the same commands against a running server.

The embedded index opens in one process only, so while `aisle serve` holds the data folder the
terminal talks to it over HTTP instead of opening the stores itself.
"""

from __future__ import annotations

import base64
from typing import Any

import httpx

from agent.turn import ChatTurn
from api.schemas import SearchResponse

TURN_TIMEOUT = httpx.Timeout(10.0, read=120.0)  # a turn may wait for models or a busy lock


class ServerError(Exception):
    """The server could not be reached or refused the request; the message says which and why."""

    def __init__(
        self, message: str, status: int | None = None, code: str | None = None, reason: str = ""
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.reason = reason or message
        """The server's own words, without the URL and status."""


class RemoteShop:
    """A running Aisle server, spoken to with a storefront key."""

    def __init__(self, server: str, api_key: str | None = None) -> None:
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self.server = server.rstrip("/")
        self._client = httpx.Client(base_url=self.server, headers=headers, timeout=TURN_TIMEOUT)
        self.thread_token: str | None = None
        """The conversation's secret, when the server mints one (`X-Thread-Token`)."""

    def close(self) -> None:
        self._client.close()

    def search(self, query: str, limit: int = 10) -> SearchResponse:
        response = self._request("GET", "/v1/products/search", params={"q": query, "limit": limit})
        return SearchResponse.model_validate(response.json())

    def chat(self, thread_id: str | None, message: str, image: bytes | None = None) -> ChatTurn:
        body: dict[str, Any] = {"thread_id": thread_id, "message": message}
        if image is not None:
            body["image"] = f"data:{_mime(image)};base64," + base64.b64encode(image).decode()
        headers = {"X-Thread-Token": self.thread_token} if self.thread_token else {}
        data = self._request("POST", "/v1/chat", json=body, headers=headers).json()
        if data.get("thread_token"):
            self.thread_token = str(data["thread_token"])
        return ChatTurn.model_validate(data)

    def _request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        try:
            response = self._client.request(method, url, **kwargs)
        except httpx.HTTPError as exc:
            raise ServerError(f"could not reach {self.server}: {exc}") from exc
        if response.is_error:
            code, reason = _reason(response)
            raise ServerError(
                f"{self.server} answered {response.status_code}: {reason}",
                status=response.status_code,
                code=code,
                reason=reason,
            )
        return response


def _reason(response: httpx.Response) -> tuple[str | None, str]:
    try:
        body = response.json()
    except ValueError:
        return None, response.text[:200] or response.reason_phrase
    error = body.get("error") if isinstance(body, dict) else None
    if isinstance(error, dict) and error.get("message"):
        return error.get("code"), str(error["message"])
    return None, str(body)[:200]


def _mime(image: bytes) -> str:
    """The data URL's type; the server decides from the bytes themselves anyway."""
    if image.startswith(b"\x89PNG"):
        return "image/png"
    if image.startswith(b"\xff\xd8"):
        return "image/jpeg"
    if image[:4] == b"RIFF" and image[8:12] == b"WEBP":
        return "image/webp"
    return "application/octet-stream"
