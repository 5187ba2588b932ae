"""`aisle ingest PATH --server URL`: hand a catalog file to a running server and wait for it.

The embedded index opens in one process only, so a live shop imports through its own server.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from aisle.import_status import CatalogImport


class UploadFailed(Exception):
    """The server could not be reached or refused the file; the message says which and why."""


def send_catalog(
    server: str,
    path: Path,
    *,
    fmt: str | None = None,
    replace: bool = False,
    allow_empty: bool = False,
    api_key: str | None = None,
    on_status: Callable[[CatalogImport], None] | None = None,
    poll_seconds: float = 0.5,
) -> CatalogImport:
    """Upload, then poll until the import has succeeded or failed; UploadFailed otherwise."""
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    timeout = httpx.Timeout(30.0, read=600.0)  # saving a large upload takes a while
    with httpx.Client(base_url=server.rstrip("/"), headers=headers, timeout=timeout) as client:
        form = {
            "replace": "true" if replace else "false",
            "allow_empty": "true" if allow_empty else "false",
            **({"format": fmt} if fmt else {}),
        }
        with path.open("rb") as handle:
            upload = {"file": (path.name, handle)}
            response = _request(client, "POST", "/v1/catalog/imports", files=upload, data=form)
        job = CatalogImport.model_validate(response.json())
        status_url = response.headers.get("location", f"/v1/catalog/imports/{job.id}")
        if on_status is not None:
            on_status(job)
        while not job.finished:
            time.sleep(poll_seconds)
            poll_seconds = min(poll_seconds * 1.5, 5.0)
            previous, job = job.status, _poll(client, status_url)
            if on_status is not None and job.status != previous:
                on_status(job)
        return job


def _poll(client: httpx.Client, url: str) -> CatalogImport:
    return CatalogImport.model_validate(_request(client, "GET", url).json())


def _request(client: httpx.Client, method: str, url: str, **kwargs: Any) -> httpx.Response:
    try:
        response = client.request(method, url, **kwargs)
    except httpx.HTTPError as exc:
        raise UploadFailed(f"could not reach {client.base_url}: {exc}") from exc
    if response.is_error:
        status = response.status_code
        raise UploadFailed(f"{client.base_url} answered {status}: {_reason(response)}")
    return response


def _reason(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return response.text[:200] or response.reason_phrase
    error = body.get("error") if isinstance(body, dict) else None
    if isinstance(error, dict) and error.get("message"):
        return str(error["message"])
    return str(body)[:200]
