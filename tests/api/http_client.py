"""What the API tests read of an answer and how they post, whichever client sent it.

Starlette's `TestClient` is built on httpx2 since Starlette 1.x (on httpx before), and a live
server is reached with httpx: their `Response` and `Client` classes are different types, so
helpers that take either name only the members they use.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol


class HttpResponse(Protocol):
    @property
    def status_code(self) -> int: ...

    @property
    def headers(self) -> Mapping[str, str]: ...

    @property
    def text(self) -> str: ...

    def json(self, **kwargs: Any) -> Any: ...


class Poster(Protocol):
    def post(
        self, url: str, *, json: Any | None = ..., headers: Mapping[str, str] | None = ...
    ) -> HttpResponse: ...
