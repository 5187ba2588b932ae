"""A photo the vision intake refuses is a 4xx on /v1/chat and /v1/chat/stream; nothing is stored."""

from __future__ import annotations

import base64
import io
import random
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from PIL import Image

from aisle.services import Services
from aisle.settings import Settings
from api.app import create_app
from tests.agent.shop import SHOE_PHOTO, FakeVision, open_shop
from tests.api.threads import new_thread, token_headers


def _encoded(image: Image.Image, fmt: str) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt)
    return buffer.getvalue()


def _noise_png(side: int = 160) -> bytes:
    rng = random.Random(7)
    pixels = bytes(rng.randrange(256) for _ in range(side * side * 3))
    return _encoded(Image.frombytes("RGB", (side, side), pixels), "PNG")


GIF = _encoded(Image.new("RGB", (40, 40), (200, 30, 30)), "GIF")
HEIC = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10"/></svg>'
CORRUPT_PNG = _noise_png()[:30_000]  # a real PNG header, then cut off mid-pixels
REFUSED = [
    ("gif", GIF, 415, "unsupported_image_type"),
    ("heic", HEIC, 415, "unsupported_image_type"),
    ("svg", SVG, 415, "unsupported_image_type"),
    ("corrupt", CORRUPT_PNG, 422, "undecodable_image"),
    ("oversized", _noise_png(200), 413, "image_too_large"),
    (
        "too many pixels",
        _encoded(Image.new("RGB", (1200, 1000)), "PNG"),
        422,
        "image_too_many_pixels",
    ),
]


def data_url(data: bytes, mime: str = "image/png") -> str:
    return f"data:{mime};base64," + base64.b64encode(data).decode()


def conversations(client: TestClient) -> int:
    from sqlalchemy import func, select

    from commerce.database import read
    from commerce.tables import conversations as table

    commerce = client.app.state.services.commerce  # type: ignore[attr-defined]
    with read(commerce.engine) as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def stored_files(settings: Settings) -> list[Path]:
    root = settings.images_dir
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


@pytest.fixture
def limited(settings: Settings) -> Settings:
    """Limits low enough that a small test photo is 'oversized' or has 'too many pixels'."""
    return settings.model_copy(update={"max_image_bytes": 100_000, "max_image_pixels": 1_000_000})


@pytest.fixture
def client(limited: Settings) -> Iterator[TestClient]:
    shop = open_shop(limited)
    services = Services(limited)
    services.__dict__.update(
        index=shop.search.index, search=shop.search, commerce=shop.commerce, vision=FakeVision()
    )
    with TestClient(create_app(limited, services)) as client:
        yield client


Post = Callable[[TestClient, dict[str, object]], object]


@pytest.mark.parametrize("route", ["/v1/chat", "/v1/chat/stream"])
@pytest.mark.parametrize(("name", "data", "status", "code"), REFUSED, ids=[r[0] for r in REFUSED])
def test_a_refused_photo_is_a_4xx_and_nothing_is_stored(
    client: TestClient, limited: Settings, route: str, name: str, data: bytes, status: int,
    code: str,
) -> None:  # fmt: skip
    thread = new_thread(client)
    body = {"message": "do you have this?", "image": data_url(data), "thread_id": thread}
    response = client.post(route, json=body, headers=token_headers(thread))
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    assert response.json()["error"]["code"] == code
    assert stored_files(limited) == []
    agent = client.app.state.services.agent  # type: ignore[attr-defined]
    assert agent.history(thread) == [], "the conversation did not move"
    before = conversations(client)
    fresh = client.post(route, json={"message": "hi", "image": body["image"]})
    assert fresh.status_code == status
    assert conversations(client) == before, "a refused photo starts no conversation either"
    ok = client.post("/v1/chat", json={"message": "hello", "thread_id": thread},
                     headers=token_headers(thread))  # fmt: skip
    assert ok.status_code == 200, ok.text


def test_the_codes_match_the_image_analysis_route(client: TestClient, limited: Settings) -> None:
    from aisle.photos import PhotoAnswers

    services = client.app.state.services  # type: ignore[attr-defined]
    services.__dict__["vision"] = PhotoAnswers.open(limited, None)  # the real intake
    for name, data, status, code in REFUSED:
        analyzed = client.post("/v1/images/analyze", files={"file": (name, data)})
        assert (analyzed.status_code, analyzed.json()["error"]["code"]) == (status, code), name


def test_an_accepted_photo_is_stored_once(client: TestClient, limited: Settings) -> None:
    response = client.post(
        "/v1/chat", json={"message": "like this?", "image": data_url(SHOE_PHOTO)}
    )
    assert response.status_code == 200, response.text
    assert len(stored_files(limited)) == 1


def test_the_refusals_are_documented(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for route in ("/v1/chat", "/v1/chat/stream"):
        assert {"409", "413", "415", "422"} <= set(paths[route]["post"]["responses"]), route
