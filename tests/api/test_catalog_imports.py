"""A store owner re-imports the catalog while the shop is live: upload, follow, search."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from aisle.services import Services
from aisle.settings import Settings
from api.app import create_app
from catalog.embed import HashingTextEncoder

FEED = (
    "id\ttitle\tdescription\tproduct_type\tprice\tavailability\tcolor\n"
    "TR-1\tTrailblazer Trail Running Shoe\tGrippy lugs for muddy trails\t"
    "Footwear > Running Shoes\t89.00 USD\tin_stock\tRed\n"
    "MUG-1\tStoneware Coffee Mug 12 oz\tA heavy mug for coffee\tHome > Mugs\t"
    "14.50 USD\tin_stock\tWhite\n"
    "BAD-1\tBroken Row\tno price here\tHome\tfree\tin_stock\t\n"
    "LAMP-1\tBrass Desk Lamp\tWarm light for reading\tHome > Lamps\t59.00 USD\t"
    "out_of_stock\tGold\n"
)
STORE_KEY = "storefront-key-0123456789"
ADMIN_KEY = "admin-key-abcdefghijklmnop"

OpenClient = Callable[..., AbstractContextManager[TestClient]]


@pytest.fixture
def open_client(settings: Settings) -> OpenClient:
    """A live app (lifespan included) over `settings`, with the fast hashing text encoder."""

    @contextmanager
    def open_(**overrides: Any) -> Iterator[TestClient]:
        configured = settings.model_copy(update={"image_vectors": False, **overrides})
        services = Services(configured)
        services.__dict__["text_encoder"] = HashingTextEncoder()  # no model load in a unit test
        with TestClient(create_app(configured, services)) as client:
            yield client

    return open_


@pytest.fixture
def client(open_client: OpenClient) -> Iterator[TestClient]:
    with open_client() as client:
        yield client


def upload(client: TestClient, text: str, name: str = "feed.tsv", **form: str) -> dict[str, Any]:
    response = client.post("/v1/catalog/imports", files={"file": (name, text.encode())}, data=form)
    assert response.status_code == 202, response.text
    body: dict[str, Any] = response.json()
    assert response.headers["location"] == f"/v1/catalog/imports/{body['id']}"
    return body


def finished(client: TestClient, import_id: str, **headers: str) -> dict[str, Any]:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        body: dict[str, Any] = client.get(
            f"/v1/catalog/imports/{import_id}", headers=headers
        ).json()
        if body["status"] in ("succeeded", "failed"):
            return body
        time.sleep(0.02)
    raise AssertionError(f"import {import_id} did not finish")


def search_ids(client: TestClient, q: str) -> list[str]:
    response = client.get("/v1/products/search", params={"q": q})
    return [hit["id"] for hit in response.json()["results"]]


def test_upload_imports_in_the_background_and_reports_bad_rows(client: TestClient) -> None:
    job = upload(client, FEED, name="my feed.tsv")
    assert job["status"] in ("queued", "running", "succeeded")
    assert job["filename"] == "my feed.tsv" and job["format"] == "gmc-tsv"

    done = finished(client, job["id"])
    assert done["status"] == "succeeded", done["error"]
    report = done["report"]
    assert (report["imported"], report["skipped"], report["removed"]) == (3, 1, 0)
    assert [e["line"] for e in report["errors"]] == [4]  # the header is line 1
    assert "price" in report["errors"][0]["reason"]

    assert search_ids(client, "coffee mug")[0] == "MUG-1"
    # Colour words filter only on colours the catalog has, so this needs a refreshed vocabulary.
    red = client.get("/v1/products/search", params={"q": "red trail shoe"}).json()
    assert red["filters"]["colors"] == ["red"]
    assert [hit["id"] for hit in red["results"]] == ["TR-1"]


def test_replace_removes_products_missing_from_the_file(client: TestClient) -> None:
    finished(client, upload(client, FEED)["id"])
    only_mug = FEED.splitlines()[0] + "\n" + FEED.splitlines()[2] + "\n"
    done = finished(client, upload(client, only_mug, replace="true")["id"])
    assert done["report"]["removed"] == 2 and done["report"]["unchanged"] == 1
    assert client.get("/v1/products/TR-1").status_code == 404
    assert search_ids(client, "trail running shoe") == ["MUG-1"]


def test_imports_run_one_at_a_time_in_arrival_order(client: TestClient) -> None:
    first, second = upload(client, FEED), upload(client, FEED, replace="true")
    first, second = finished(client, first["id"]), finished(client, second["id"])
    assert first["finished_at"] <= second["started_at"]
    assert second["report"]["unchanged"] == 3 and second["report"]["imported"] == 0


def test_a_file_that_cannot_import_fails_with_its_reason(client: TestClient) -> None:
    job = upload(client, '{"id": "x"}\n', name="products.jsonl", format="gmc-tsv")
    done = finished(client, job["id"])
    assert done["status"] == "failed" and done["report"] is None
    assert "products.jsonl" in done["error"] and "imports" not in done["error"]  # no server path


def test_empty_or_unrecognisable_uploads_are_refused_with_a_reason(client: TestClient) -> None:
    empty = client.post("/v1/catalog/imports", files={"file": ("feed.tsv", b"")})
    assert empty.status_code == 400
    assert empty.json()["error"] == {
        "code": "empty_upload",
        "message": "the uploaded file is empty",
    }

    garbage = client.post("/v1/catalog/imports", files={"file": ("feed.bin", b"\x89PNG\r\n\x00")})
    assert garbage.status_code == 415
    assert garbage.json()["error"]["code"] == "unsupported_catalog_format"
    assert "cannot tell the format" in garbage.json()["error"]["message"]

    unknown = client.post(
        "/v1/catalog/imports", files={"file": ("feed.tsv", FEED.encode())}, data={"format": "xls"}
    )
    assert unknown.status_code == 422 and "gmc-tsv" in unknown.json()["error"]["message"]
    assert client.post("/v1/catalog/imports", data={"replace": "true"}).status_code == 415


def test_an_upload_over_the_limit_is_413_and_not_kept(
    open_client: OpenClient, data_dir: Path
) -> None:
    with open_client(max_import_bytes=len(FEED) - 1) as client:
        response = client.post("/v1/catalog/imports", files={"file": ("feed.tsv", FEED.encode())})
        assert response.status_code == 413
        assert response.json()["error"]["code"] == "upload_too_large"
        huge = client.post("/v1/catalog/imports", files={"file": ("f.tsv", b"x" * 200_000)})
        assert huge.status_code == 413
    assert not any((data_dir / "imports").glob("*/*"))


def test_unknown_import_is_404(client: TestClient) -> None:
    for import_id in ("0" * 32, "...", "aisle.db"):
        response = client.get(f"/v1/catalog/imports/{import_id}")
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "import_not_found"


def test_only_an_admin_key_may_import(open_client: OpenClient) -> None:
    keys = {"api_keys": [SecretStr(STORE_KEY)], "admin_api_keys": [SecretStr(ADMIN_KEY)]}
    with open_client(**keys) as client:
        files = {"file": ("feed.tsv", FEED.encode())}
        refused = client.post("/v1/catalog/imports", files=files, headers={"X-API-Key": STORE_KEY})
        assert refused.status_code == 403
        assert "storefront" in refused.json()["error"]["message"]
        assert client.post("/v1/catalog/imports", files=files).status_code == 401

        accepted = client.post("/v1/catalog/imports", files=files, headers={"X-API-Key": ADMIN_KEY})
        assert accepted.status_code == 202
        bearer = {"Authorization": f"Bearer {ADMIN_KEY}"}
        assert finished(client, accepted.json()["id"], **bearer)["status"] == "succeeded"
        status_url = f"/v1/catalog/imports/{accepted.json()['id']}"
        assert client.get(status_url, headers={"X-API-Key": STORE_KEY}).status_code == 403

        shop = client.get(
            "/v1/products/search", params={"q": "mug"}, headers={"X-API-Key": STORE_KEY}
        )
        assert shop.json()["results"][0]["id"] == "MUG-1"
        wrong = client.get("/v1/products/search", headers={"Authorization": "Bearer not-a-key"})
        assert wrong.status_code == 401 and wrong.json()["error"]["code"] == "api_key_required"


def test_storefront_keys_without_admin_keys_lock_imports(open_client: OpenClient) -> None:
    """Behind a same-host proxy every client looks local, so keys switch the loopback rule off."""
    with open_client(api_keys=[SecretStr(STORE_KEY)]) as client:
        response = client.post(
            "/v1/catalog/imports",
            files={"file": ("feed.tsv", FEED.encode())},
            headers={"X-API-Key": STORE_KEY},
        )
        assert response.status_code == 403
        assert "AISLE_ADMIN_API_KEYS" in response.json()["error"]["message"]


def test_an_uploaded_feed_cannot_publish_files_from_the_server(client: TestClient) -> None:
    secret = Path(__file__).resolve().parents[1] / "catalog" / "data" / "images" / "red-tee.png"
    feed = f"id\ttitle\tprice\timage_link\nCAP\tCap\t9.00 USD\t{secret}\n"
    assert finished(client, upload(client, feed)["id"])["status"] == "succeeded"
    assert client.get("/v1/products/CAP").json()["image_url"] is None
    assert client.get("/v1/products/CAP/image").status_code == 404


def test_status_survives_a_restart_and_cut_off_imports_fail(
    open_client: OpenClient, data_dir: Path
) -> None:
    with open_client() as client:
        done = finished(client, upload(client, FEED)["id"])
    cut_off = data_dir / "imports" / ("f" * 32)
    cut_off.mkdir()
    running = {**done, "id": "f" * 32, "status": "running", "report": None, "finished_at": None}
    (cut_off / "import.json").write_text(json.dumps(running))

    with open_client() as client:
        assert client.get(f"/v1/catalog/imports/{done['id']}").json() == done
        interrupted = client.get(f"/v1/catalog/imports/{'f' * 32}").json()
        assert interrupted["status"] == "failed"
        assert "stopped before this import finished" in interrupted["error"]
