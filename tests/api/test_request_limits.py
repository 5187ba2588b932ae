"""Bodies are bounded before they are read; bad text is a 4xx; errors echo only an excerpt."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from aisle.services import Services
from aisle.settings import Settings
from api.app import create_app
from tests.api.threads import remember, token_headers
from tests.commerce.samples import ADDRESS, BUYER, product


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    services = Services(settings)
    services.commerce.sync_catalog([product("tee", 2500, 5)])
    with TestClient(create_app(settings, services)) as client:
        yield client


def test_a_declared_body_over_the_limit_is_413_before_the_route_runs(client: TestClient) -> None:
    big = b'{"thread_id": "' + b"x" * (1024 * 1024) + b'"}'
    response = client.post("/v1/carts", content=big, headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "body_too_large"
    assert "1,048,576 bytes" in response.json()["error"]["message"]
    assert len(response.content) < 300


def test_a_chunked_body_is_counted_as_it_arrives(client: TestClient) -> None:
    sent = 0

    def chunks() -> Iterator[bytes]:  # no Content-Length: the server must count
        nonlocal sent
        yield b'{"thread_id": "'
        for _ in range(64):
            sent += 64 * 1024
            yield b"x" * (64 * 1024)
        yield b'"}'

    response = client.post(
        "/v1/carts", content=chunks(), headers={"content-type": "application/json"}
    )
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "body_too_large"


def test_chat_admits_a_photo_but_not_more(client: TestClient, settings: Settings) -> None:
    photo_sized = '{"message": "hi", "image": "' + "A" * 2_000_000 + '"}'  # not a data: URL
    answer = client.post(
        "/v1/chat", content=photo_sized, headers={"content-type": "application/json"}
    )
    assert answer.status_code == 422  # read and judged: 2 MB fits the chat route's allowance
    assert answer.json()["error"]["code"] == "invalid_image"
    too_big = "A" * (settings.max_body_bytes + 4 * settings.max_image_bytes // 3 + 10)
    refused = client.post(
        "/v1/chat",
        content=json.dumps({"message": too_big}),
        headers={"content-type": "application/json"},
    )
    assert refused.status_code == 413


def test_a_validation_error_echoes_only_an_excerpt(client: TestClient) -> None:
    response = client.post("/v1/chat", json={"message": "m" * 500_000})
    assert response.status_code == 422
    assert len(response.content) < 2_000
    detail = response.json()["detail"][0]
    assert detail["loc"] == ["body", "message"]
    assert detail["input"].startswith("mmm") and len(detail["input"]) <= 81


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/v1/carts", '{"thread_id": "\\ud800"}'),
        ("/v1/carts", '{"thread_id": "ok", "shopper_id": "\\udfff tail"}'),
        ("/v1/chat", '{"message": "hello \\ud83d"}'),  # a high surrogate with no low one
        ("/v1/chat", '{"message": "hi", "resume": {"\\udc00": 1}}'),  # in a key
        ("/v1/chat", '{"message": ' + "1" * 200 + ', "thread_id": "\\ud800"}'),  # and invalid
    ],
)
def test_a_lone_surrogate_in_any_json_string_is_a_4xx(
    client: TestClient, path: str, body: str
) -> None:
    response = client.post(path, content=body, headers={"content-type": "application/json"})
    assert 400 <= response.status_code < 500, response.text
    assert response.json()["error"]["code"] in ("invalid_unicode", "invalid_request")


def test_a_proper_surrogate_pair_is_text(client: TestClient) -> None:
    response = client.post(
        "/v1/carts",
        content='{"shopper_id": "smile \\ud83d\\ude00 and \\\\ud800 is escaped"}',
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 200, response.text


@pytest.mark.parametrize("token", ["", "t" * 101])
def test_an_empty_or_over_long_payment_token_is_422(client: TestClient, token: str) -> None:
    cart = remember(client.post("/v1/carts", json={}).json())
    own = token_headers(cart["thread_id"])
    client.post(
        f"/v1/carts/{cart['id']}/lines",
        json={"product_id": "tee", "variant_id": "tee-v1", "quantity": 1},
        headers=own,
    )
    session = client.post(
        "/v1/checkout_sessions",
        json={
            "cart_id": cart["id"],
            "buyer": BUYER.model_dump(mode="json"),
            "shipping_address": ADDRESS.model_dump(mode="json"),
        },
        headers=own,
    ).json()
    response = client.post(
        f"/v1/checkout_sessions/{session['id']}/complete",
        json={"payment_token": token, "expected_version": session["version"]},
        headers=own,
    )
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "payment_token"]
    status = client.get(f"/v1/checkout_sessions/{session['id']}", headers=own).json()["status"]
    assert status != "completed"


def test_unknown_paths_answer_in_the_error_shape(client: TestClient) -> None:
    response = client.get("/v1/nothing-here")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_a_lone_surrogate_never_starts_a_streamed_turn(client: TestClient) -> None:
    response = client.post(
        "/v1/chat/stream",
        content='{"message": "\\ud800 shoes"}',
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_unicode"


@pytest.mark.parametrize(
    "resume",
    [
        {"approved": True, "payment_token": ""},  # would fall back to the default card
        {"approved": True, "payment_token": "t" * 101},
        {"approved": True, "payment_token": 4242},
        {"approved": "false"},  # a non-empty string is truthy: it must not read as a yes
    ],
)
def test_a_chat_resume_answer_is_checked_at_the_edge(
    client: TestClient, resume: dict[str, object]
) -> None:
    response = client.post("/v1/chat", json={"thread_id": "t-resume", "resume": resume})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "resume"]
