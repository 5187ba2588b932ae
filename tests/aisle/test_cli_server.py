"""`aisle ingest PATH --server URL` against a live server on a loopback port."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from pydantic import SecretStr

from aisle.cli import main
from aisle.services import Services
from aisle.settings import Settings
from api.app import create_app
from catalog.embed import HashingTextEncoder
from tests.api.test_catalog_imports import ADMIN_KEY, FEED, STORE_KEY


def serve(settings: Settings) -> Iterator[str]:
    """Uvicorn in a thread on a free port; yields its URL until the test is done."""
    services = Services(settings.model_copy(update={"image_vectors": False}))
    services.__dict__["text_encoder"] = HashingTextEncoder()
    config = uvicorn.Config(create_app(services.settings, services), log_level="warning")
    server = uvicorn.Server(config)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the server did not start"
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        sock.close()


@pytest.fixture
def server(settings: Settings) -> Iterator[str]:
    yield from serve(settings)


@pytest.fixture
def keyed_server(settings: Settings) -> Iterator[str]:
    keyed = settings.model_copy(
        update={"api_keys": [SecretStr(STORE_KEY)], "admin_api_keys": [SecretStr(ADMIN_KEY)]}
    )
    yield from serve(keyed)


@pytest.fixture
def feed(tmp_path: Path) -> Path:
    path = tmp_path / "feed.tsv"
    path.write_text(FEED)
    return path


def test_ingest_through_a_running_server(
    server: str, feed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ingest", str(feed), "--server", server]) == 0
    out, err = capsys.readouterr()
    assert "imported 3, unchanged 0, skipped 1, removed 0" in out and server in out
    assert "line 4:" in err and "succeeded" in err

    hits = httpx.get(f"{server}/v1/products/search", params={"q": "coffee mug"}).json()
    assert hits["results"][0]["id"] == "MUG-1"


def test_a_failed_import_exits_non_zero_with_its_reason(
    server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    jsonl = tmp_path / "products.jsonl"
    jsonl.write_text('{"id": "x"}\n')
    assert main(["ingest", str(jsonl), "--server", server, "--format", "gmc-tsv"]) == 1
    assert "the import failed: products.jsonl" in capsys.readouterr().err


def test_only_an_admin_key_gets_through(
    keyed_server: str, feed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["ingest", str(feed), "--server", keyed_server]
    assert main([*args, "--api-key", STORE_KEY]) == 1
    assert "403: this is a storefront API key" in capsys.readouterr().err
    assert main([*args, "--api-key", ADMIN_KEY]) == 0
    assert "imported 3" in capsys.readouterr().out


def test_an_unreachable_server_is_a_clear_error(
    feed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed_port = sock.getsockname()[1]
    assert main(["ingest", str(feed), "--server", f"http://127.0.0.1:{closed_port}"]) == 1
    assert "could not reach" in capsys.readouterr().err
