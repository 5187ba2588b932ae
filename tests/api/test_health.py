"""Ready means ready: /v1/health answers 200 only once a chat turn would find its models loaded."""

from __future__ import annotations

import json
import statistics
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from aisle.services import Services
from aisle.settings import Settings
from api.app import create_app
from tests.agent.shop import open_shop


def wait_until_ready(client: TestClient, timeout: float = 120.0) -> dict[str, object]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        response = client.get("/v1/health")
        if response.status_code == 200:
            body: dict[str, object] = response.json()
            return body
        assert response.status_code == 503
        assert response.json()["status"] in {"starting", "warming"}
        time.sleep(0.02)
    raise AssertionError("/v1/health never answered 200")


class HeldWarmUp(Services):
    """Services whose warm-up waits until the test lets it finish."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self.release = threading.Event()

    def warm_up(self, *, photos: bool = True) -> None:
        assert self.release.wait(30)
        super().warm_up(photos=photos)


def test_health_says_warming_until_the_models_are_loaded(settings: Settings) -> None:
    warming = settings.model_copy(update={"warm_up": True})
    shop = open_shop(warming)
    services = HeldWarmUp(warming)
    services.__dict__.update(index=shop.search.index, search=shop.search, commerce=shop.commerce)
    services.__dict__["vision"] = object()  # no image model in this test: nothing to warm
    with TestClient(create_app(warming, services)) as client:
        deadline = time.monotonic() + 10
        while client.get("/v1/health").json()["status"] == "starting":
            assert time.monotonic() < deadline
            time.sleep(0.01)
        response = client.get("/v1/health")
        assert (response.status_code, response.json()) == (503, {"status": "warming"})
        services.release.set()
        assert wait_until_ready(client)["status"] == "ok"
        assert "agent" in services.__dict__, "the agent is opened before health says ok"


def test_without_warm_up_health_is_ready_once_the_index_is_open(settings: Settings) -> None:
    shop = open_shop(settings)
    services = Services(settings)
    services.__dict__.update(index=shop.search.index, search=shop.search, commerce=shop.commerce)
    with TestClient(create_app(settings, services)) as client:
        assert wait_until_ready(client, timeout=10)["status"] == "ok"
        assert "agent" not in services.__dict__  # AISLE_WARM_UP=false: loaded on first use


@pytest.fixture
def real_models(tmp_path: Path, settings: Settings) -> Iterator[Settings]:
    """A small catalog indexed with the packaged MiniLM, served with warm-up on."""
    feed = tmp_path / "feed.jsonl"
    rows = [
        (f"tee-{color}", f"Cotton Crew Tee {color.title()}", color, 1800 + i * 100)
        for i, color in enumerate(["navy", "grey", "red", "olive", "white", "black"])
    ]
    feed.write_text(
        "\n".join(
            json.dumps(
                {
                    "id": pid,
                    "title": title,
                    "category": ["Apparel", "T-Shirts"],
                    "variants": [
                        {
                            "id": f"{pid}-m",
                            "options": {"color": color, "size": "M"},
                            "price": {"amount": cents, "currency": "USD"},
                            "stock": 5,
                        }
                    ],
                }
            )
            for pid, title, color, cents in rows
        )
    )
    loaded = Services(settings.model_copy(update={"image_vectors": False}))
    try:
        loaded.ingest(feed)
    finally:
        loaded.close()
    yield settings.model_copy(update={"warm_up": True})


@pytest.mark.slow
def test_the_first_turn_after_health_200_is_not_spent_loading_models(
    real_models: Settings,
) -> None:
    services = Services(real_models)
    with TestClient(create_app(real_models, services)) as client:
        assert wait_until_ready(client)["status"] == "ok"
        # Loaded before 200, not on the first turn: the text model, the agent and the image model.
        assert {"text_encoder", "agent", "vision"} <= set(services.__dict__)
        assert services.vision.vision.encoder._model is not None  # type: ignore[attr-defined]

        def turn(message: str) -> float:
            started = time.perf_counter()
            response = client.post("/v1/chat", json={"message": message})
            assert response.status_code == 200, response.text
            assert response.json()["products"], response.text
            return time.perf_counter() - started

        first = turn("navy crew tee")
        warm = statistics.median(turn(q) for q in ("red tee", "olive t-shirt", "grey crew tee"))
    # Loading MiniLM alone takes seconds; a warm turn takes tens of milliseconds. A generous
    # bound that noise on a shared machine does not trip, but a lazily loaded model does.
    assert first < 5 * warm + 0.75, f"first turn {first:.3f}s vs warm {warm:.3f}s"
