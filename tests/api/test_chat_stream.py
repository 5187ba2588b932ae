"""`POST /v1/chat/stream`: progress while the agent works, then the very turn `/v1/chat` returns."""

from __future__ import annotations

import base64
import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient

from agent import fanout
from agent.locks import TurnBusy
from agent.turn import ChatTurn
from aisle.services import Services
from aisle.settings import Settings
from api.app import create_app
from tests.agent.shop import SHOE_PHOTO, FakeVision, open_shop
from tests.api.threads import new_thread, remember, token_headers

ADVICE = "which trail running shoes are best for muddy trails?"
TURN_KEYS = {
    "thread_id",
    "thread_token",
    "reply",
    "products",
    "cart",
    "awaiting_confirmation",
    "order",
    "checkout",
}


def shop_app(settings: Settings) -> FastAPI:
    shop = open_shop(settings)
    services = Services(settings)
    services.__dict__.update(
        index=shop.search.index, search=shop.search, commerce=shop.commerce, vision=FakeVision()
    )
    return create_app(settings, services)


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    small_photos = settings.model_copy(update={"max_image_bytes": 1024})
    with TestClient(shop_app(small_photos)) as client:
        yield client


def stream(client: TestClient, message: str, **extra: Any) -> list[tuple[str, Any]]:
    headers = token_headers(extra.get("thread_id"))
    response = client.post("/v1/chat/stream", json={"message": message, **extra}, headers=headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/event-stream")
    return parse_events(response.text)


def parse_events(text: str) -> list[tuple[str, Any]]:
    """(event, data) pairs of a complete `text/event-stream` body; comments are skipped."""
    events = []
    for block in text.strip().split("\n\n"):
        fields = [line.split(": ", 1) for line in block.splitlines() if not line.startswith(":")]
        if fields:
            named = dict(fields)
            events.append((named["event"], json.loads(named["data"])))
    return events


def test_a_contemplate_question_streams_progress_then_the_turn(client: TestClient) -> None:
    events = stream(client, ADVICE)
    *progress, (last, turn) = events
    notes = [data["message"] for kind, data in progress if kind == "progress"]
    assert len(notes) == len(progress), "only progress before the turn"
    assert notes[0] == "searching the catalog"
    assert len(notes) >= 3 and all(n.startswith("weighed ") for n in notes[1:])
    assert last == "turn" and set(turn) == TURN_KEYS
    thread = remember(turn)["thread_id"]
    assert turn["thread_token"] and turn["products"][0]["id"] == "TRL2"

    plain = client.post("/v1/chat", json={"message": ADVICE}).json()
    minted = {"thread_id", "thread_token"}
    assert plain["thread_id"] != thread and plain["thread_token"] != turn["thread_token"]
    same = {k: v for k, v in turn.items() if k not in minted}
    assert same == {k: v for k, v in plain.items() if k not in minted}, "/v1/chat's very turn"
    add = {"message": "add the first one in red, size 10", "thread_id": thread}
    added = client.post("/v1/chat", json=add, headers=token_headers(thread)).json()
    assert added["cart"]["lines"][0]["variant_id"] == "TRL2-RED-10", "the turn was saved"


def test_a_photo_turn_says_it_is_looking_at_the_photo(client: TestClient) -> None:
    url = "data:image/png;base64," + base64.b64encode(SHOE_PHOTO).decode()
    events = stream(client, "something like this?", image=url)
    assert events[0] == ("progress", {"message": "looking at your photo"})
    assert events[-1][0] == "turn" and events[-1][1]["products"]


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"message": "  "}, 422, "empty_message"),
        ({"message": "this?", "image": "https://example.com/a.png"}, 422, "invalid_image"),
        (
            {"message": "this?", "image": "data:image/png;base64," + "A" * 4000},
            413,
            "image_too_large",
        ),
    ],
)
def test_refusals_are_json_errors_not_streams(
    client: TestClient, body: dict[str, Any], status: int, code: str
) -> None:
    response = client.post("/v1/chat/stream", json=body)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/json"
    assert response.json()["error"]["code"] == code


class BusyLocks:
    """Every conversation is in the middle of another turn (as Redis says after its wait)."""

    @contextmanager
    def hold(self, thread_id: str) -> Iterator[None]:
        raise TurnBusy(f"conversation {thread_id} is busy with another turn")
        yield

    def close(self) -> None:
        pass


def test_a_busy_conversation_is_409_before_any_stream(client: TestClient) -> None:
    client.app.state.services.agent._turn_locks = BusyLocks()  # type: ignore[attr-defined]
    thread = new_thread(client)
    body = {"message": "daypack", "thread_id": thread}
    response = client.post("/v1/chat/stream", json=body, headers=token_headers(thread))
    assert response.status_code == 409
    assert response.headers["content-type"] == "application/json"
    assert response.json()["error"]["code"] == "conversation_busy"


def test_a_failure_mid_turn_ends_the_stream_with_an_error_event(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> ChatTurn:
        raise RuntimeError("the database went away")

    agent = client.app.state.services.agent  # type: ignore[attr-defined]
    monkeypatch.setattr(agent, "_turn", broken)
    events = stream(client, ADVICE)
    assert events[0] == ("progress", {"message": "searching the catalog"})
    kind, data = events[-1]
    assert kind == "error" and data["error"]["code"] == "turn_failed"
    assert "database" not in data["error"]["message"], "internals stay in the server log"
    assert [k for k, _ in events].count("error") == 1 and "turn" not in dict(events)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture
def server(settings: Settings) -> Iterator[str]:
    """The app on a real socket, so a client can hang up mid-stream."""
    port = free_port()
    config = uvicorn.Config(shop_app(settings), host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not running.started and time.monotonic() < deadline:
        time.sleep(0.02)
    assert running.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(30)


def test_a_shopper_who_hangs_up_mid_turn_still_gets_it(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    hung_up = threading.Event()
    assess = fanout.assess

    def assess_after_hang_up(*args: Any) -> Any:
        assert hung_up.wait(30), "the test never hung up"
        return assess(*args)

    monkeypatch.setattr(fanout, "assess", assess_after_hang_up)
    with httpx.Client(base_url=server, timeout=30) as http:
        thread = new_thread(http)
    headers = token_headers(thread)
    body = {"message": ADVICE, "thread_id": thread}
    with (
        httpx.Client(base_url=server, timeout=30) as http,
        http.stream("POST", "/v1/chat/stream", json=body, headers=headers) as response,
    ):
        assert next(response.iter_lines()) == "event: progress"
    time.sleep(0.1)  # let the server notice
    hung_up.set()

    add = {"message": "add the first one in red, size 10", "thread_id": thread}
    added = httpx.post(f"{server}/v1/chat", json=add, headers=headers, timeout=30).json()
    assert added["cart"]["lines"][0]["variant_id"] == "TRL2-RED-10"
