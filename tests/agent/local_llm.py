"""The packaged local models for slow tests: a visible skip on a dev machine, a failure in CI."""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from agent.local_models import LocalModelMissing, local_model_path
from tests.conftest import IN_CI


def local_model_or_skip(name: str | None = None) -> Path:
    try:
        import llama_cpp  # noqa: F401

        return local_model_path(name)
    except (ImportError, LocalModelMissing) as exc:
        if IN_CI:
            pytest.fail(f"CI installs the local model (make local-llm), but: {exc}")
        pytest.skip(f"no local model here (make local-llm): {exc}")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def llama_server(model: Path, alias: str, ready_s: float = 300) -> Iterator[str]:
    """llama-cpp-python's OpenAI-compatible server on loopback; yields its base URL."""
    port = free_port()
    command = [
        sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--model_alias", alias,
        "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "4096", "--n_threads", "1",
        "--n_threads_batch", "1",
    ]  # fmt: skip
    log = tempfile.TemporaryFile()  # noqa: SIM115 -- a pipe nobody read would stall the server
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log)
    base = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + ready_s
        while time.monotonic() < deadline:
            if server.poll() is not None:
                log.seek(0)
                raise RuntimeError(f"llama server exited: {log.read()[-2000:]!r}")
            try:
                if httpx.get(f"{base}/models", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(1)
        else:
            raise RuntimeError("llama server did not start in time")
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
