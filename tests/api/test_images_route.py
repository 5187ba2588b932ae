from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from PIL import Image

from aisle.photos import PhotoAnswers
from aisle.services import Services
from aisle.settings import Settings
from api.app import create_app
from tests.api.http_client import HttpResponse
from tests.vision.fakes import FakeSearch, FakeUnderstanding, make_product, png_bytes
from tests.vision.fakes import shape_on_background as shirt
from tests.vision.test_intake import bomb_png


@pytest.fixture
def catalog() -> FakeSearch:
    return FakeSearch(
        [
            make_product("tee-navy", ["Apparel", "Tops", "T-Shirts"], price=2500),
            make_product("tee-red", ["Apparel", "Tops", "T-Shirts"], price=6500),
        ]
    )


@pytest.fixture
def client(settings: Settings, catalog: FakeSearch) -> TestClient:
    services = Services(settings)
    vision = PhotoAnswers(settings, catalog, backend=FakeUnderstanding())  # type: ignore[arg-type]
    services.__dict__["vision"] = vision  # what the lifespan would open, without the models
    return TestClient(create_app(settings, services))


def _post(client: TestClient, data: bytes, name: str = "photo.png", **form: object) -> HttpResponse:
    return client.post("/v1/images/analyze", files={"file": (name, data)}, data=form)


def test_analyze_returns_the_image_facts(client: TestClient) -> None:
    response = _post(client, png_bytes(shirt((25, 35, 80))), q="do you have this under $30?")
    assert response.status_code == 200
    body = response.json()
    assert set(body) >= {
        "image_id", "colors", "categories", "unsure", "similar", "text", "nutrition", "warnings"
    }  # fmt: skip
    assert body["colors"][0]["name"] == "blue"
    assert 0.5 < body["colors"][0]["share"] <= 1
    assert body["similar"][0]["id"] == "tee-navy"
    assert len(body["image_id"]) == 64


def test_form_filters_restrict_similar_items(client: TestClient) -> None:
    response = _post(client, png_bytes(shirt((25, 35, 80))), price_max=3000, in_stock=True)
    assert [s["id"] for s in response.json()["similar"]] == ["tee-navy"]


def test_oversize_upload_is_413(client: TestClient, settings: Settings) -> None:
    settings.max_image_bytes = 1000
    response = _post(client, png_bytes(Image.effect_noise((100, 100), 80).convert("RGB")))
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "image_too_large"


@pytest.mark.parametrize(
    ("data", "name"),
    [(b"GIF89a" + b"\x00" * 100, "a.gif"), (b"just some text", "notes.txt")],
)
def test_unsupported_type_is_415_with_a_reason(client: TestClient, data: bytes, name: str) -> None:
    response = _post(client, data, name=name)
    assert response.status_code == 415
    error = response.json()["error"]
    assert error["code"] == "unsupported_image_type"
    assert "JPEG, PNG or WebP" in error["message"]


def test_bomb_and_broken_images_are_422(client: TestClient) -> None:
    bomb = _post(client, bomb_png(20_000, 20_000))
    assert bomb.status_code == 422
    assert bomb.json()["error"]["code"] == "image_too_many_pixels"
    data = png_bytes(Image.effect_noise((200, 200), 50).convert("RGB"))
    broken = _post(client, data[: len(data) // 2])
    assert broken.status_code == 422
    assert broken.json()["error"]["code"] == "undecodable_image"
