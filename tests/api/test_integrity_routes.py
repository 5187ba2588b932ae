"""Issue 10 through HTTP: a bad replace upload removes nothing; product images come only from
the image store; a key still running answers 409 with Retry-After; 3-D Secure is not the
client's to claim; money rules hold on session updates."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from aisle.money import Money
from aisle.services import Services
from aisle.settings import Settings
from api.app import create_app
from catalog.embed import HashingTextEncoder
from catalog.model import Product, Variant
from commerce.idempotency import request_fingerprint
from commerce.tables import idempotency_keys
from tests.api.test_catalog_imports import FEED, finished, search_ids, upload

BUYER = {"name": "Ada", "email": "ada@example.com"}
ADDRESS = {
    "name": "Ada",
    "line_one": "1 Main St",
    "city": "Springfield",
    "postal_code": "12345",
    "country": "US",
}


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    configured = settings.model_copy(update={"image_vectors": False})
    services = Services(configured)
    services.__dict__["text_encoder"] = HashingTextEncoder()  # no model load in a unit test
    with TestClient(create_app(configured, services)) as opened:
        yield opened


def imported(client: TestClient) -> None:
    job = finished(client, upload(client, FEED)["id"])
    assert job["status"] == "succeeded"


def test_a_blank_replace_upload_fails_and_removes_nothing(client: TestClient) -> None:
    imported(client)
    job = finished(client, upload(client, "\n\n", name="blank.jsonl", replace="true")["id"])
    assert job["status"] == "failed" and "no product" in job["error"]
    assert job["report"]["removed"] == 0
    assert "MUG-1" in search_ids(client, "coffee mug")


CUT_XML = (
    '<?xml version="1.0"?>\n<rss xmlns:g="http://base.google.com/ns/1.0"><channel>\n'
    "<item><g:id>NEW-1</g:id><title>Canvas Tote</title><g:price>20.00 USD</g:price></item>\n"
    "<item><g:id>MUG-1</g:id><title>Stoneware Coffee Mug</title><g:price>1.00 USD</g:price>"
    "</item>\n<item><g:id>NEW-2</g:id><tit"
)
CUT_JSONL = (
    '{"id": "NEW-1", "title": "Canvas Tote", "variants": [{"id": "NEW-1", "price": "20.00 USD"}]}\n'
    '{"id": "MUG-1", "title": "Mug", "variants": [{"id": "MUG-1", "price": "1.00 USD"}]}\n'
    '{"id": "NEW-2", "title": "Cut'
)
BAD_UPLOADS = {
    "truncated GMC XML": ("cut.xml", CUT_XML),
    "JSONL cut off at the end": ("cut.jsonl", CUT_JSONL),
    "not XML": ("feed.xml", "<?xml version='1.0'?>\nnot xml {]"),
}
QUERIES = ("coffee mug", "canvas tote", "trail running shoe", "brass lamp")


def catalog_as_seen(client: TestClient) -> dict[str, Any]:
    """What a shopper sees: search results, product pages with price and stock."""
    seen: dict[str, Any] = {
        q: client.get("/v1/products/search", params={"q": q}).json() for q in QUERIES
    }
    for product_id in ("TR-1", "MUG-1", "LAMP-1", "NEW-1"):
        seen[product_id] = client.get(f"/v1/products/{product_id}").json()
    return seen


@pytest.mark.parametrize("replace", ["true", "false"])
@pytest.mark.parametrize("case", list(BAD_UPLOADS))
def test_an_upload_not_read_to_its_end_changes_nothing(
    client: TestClient, case: str, replace: str
) -> None:
    imported(client)
    before = catalog_as_seen(client)
    name, text = BAD_UPLOADS[case]
    job = finished(client, upload(client, text, name=name, replace=replace)["id"])
    assert job["status"] == "failed" and "not read to its end" in job["error"]
    assert (job["report"]["imported"], job["report"]["removed"]) == (0, 0)
    assert catalog_as_seen(client) == before
    assert client.get("/v1/products/NEW-1").status_code == 404
    cart = client.post("/v1/carts", json={}).json()
    added = client.post(
        f"/v1/carts/{cart['id']}/lines",
        json={"product_id": "MUG-1", "variant_id": "MUG-1", "quantity": 1},
        headers={"X-Thread-Token": cart["thread_token"]},
    )
    assert added.json()["subtotal"]["amount"] == 1450  # the offer's price did not move


def test_allow_empty_empties_on_purpose(client: TestClient) -> None:
    imported(client)
    form = {"replace": "true", "allow_empty": "true"}
    job = finished(client, upload(client, "\n", name="blank.jsonl", **form)["id"])
    assert job["status"] == "succeeded" and job["report"]["removed"] == 3
    assert search_ids(client, "coffee mug") == []


def test_import_folders_are_pruned_but_reports_kept(
    client: TestClient, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from aisle import imports

    monkeypatch.setattr(imports, "KEEP_FINISHED", 2)
    ids = [finished(client, upload(client, FEED)["id"])["id"] for _ in range(4)]
    root = settings.data_dir / "imports"
    deadline = time.monotonic() + 10  # pruning follows the status write on the import thread
    while len(list(root.iterdir())) > 2 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert sorted(ids[-2:]) == sorted(p.name for p in root.iterdir())
    latest = client.get(f"/v1/catalog/imports/{ids[-1]}").json()
    assert latest["report"]["unchanged"] == 3
    assert not any(
        p.name != "import.json" for p in (settings.data_dir / "imports" / ids[-1]).iterdir()
    )


def seed(client: TestClient, product: Product) -> None:
    services = client.app.state.services  # type: ignore[attr-defined]
    from aisle.offers import CommerceOffers
    from catalog.ingest import ingest_records

    ingest_records(
        [product],
        services.index,
        services.text_encoder,
        offers=CommerceOffers(services.commerce, services.index, services._stock_lock),
    )


def test_a_path_stored_by_an_older_version_is_not_served(client: TestClient) -> None:
    seed(
        client,
        Product(
            id="P",
            title="Passwd",
            images=["/etc/passwd"],
            variants=[Variant(id="P-v", price=Money(amount=100, currency="USD"))],
        ),
    )
    response = client.get("/v1/products/P/image")
    assert response.status_code == 404
    assert "root:" not in response.text
    assert client.get("/v1/products/P").json()["image_url"] is None


def test_a_stored_image_is_served_as_jpeg(client: TestClient, tmp_path: Path) -> None:
    services = client.app.state.services  # type: ignore[attr-defined]
    image = Path(__file__).resolve().parents[1] / "catalog" / "data" / "images" / "tote.png"
    (stored,) = services.vision.store_catalog_images(
        [
            Product(
                id="T",
                title="Tote",
                images=[str(image)],
                variants=[Variant(id="T-v", price=Money(amount=100, currency="USD"))],
            )
        ]
    )
    seed(client, stored)
    response = client.get("/v1/products/T/image")
    assert response.status_code == 200
    assert response.headers["content-type"] == "image/jpeg"
    assert response.content[:3] == b"\xff\xd8\xff"
    assert client.get("/v1/products/T").json()["image_url"] == "/v1/products/T/image"


def session_for(client: TestClient, quantity: int = 1) -> dict[str, Any]:
    cart = client.post("/v1/carts", json={}).json()
    client.headers["X-Thread-Token"] = cart["thread_token"]  # the conversation's secret
    added = client.post(
        f"/v1/carts/{cart['id']}/lines",
        json={"product_id": "MUG-1", "variant_id": "MUG-1", "quantity": quantity},
    )
    assert added.status_code == 200, added.text
    created = client.post(
        "/v1/checkout_sessions",
        json={"cart_id": cart["id"], "buyer": BUYER, "shipping_address": ADDRESS},
    )
    assert created.status_code in (200, 201), created.text
    body: dict[str, Any] = created.json()
    return body


def test_a_running_key_answers_409_with_retry_after(client: TestClient) -> None:
    imported(client)
    session = session_for(client)
    commerce = client.app.state.services.commerce  # type: ignore[attr-defined]
    now = commerce.clock()
    with commerce.engine.begin() as conn:  # as if its owner died a moment ago
        conn.execute(
            idempotency_keys.insert().values(
                key="k",
                request_hash=request_fingerprint(
                    "complete_checkout",
                    {
                        "session_id": session["id"],
                        "payment": {"token": "tok_visa"},
                        "expected_total": None,
                        "expected_version": session["version"],
                    },
                ),
                state="running",
                created_at=now,
                locked_at=now,
            )
        )
    response = client.post(
        f"/v1/checkout_sessions/{session['id']}/complete",
        json={"payment_token": "tok_visa", "expected_version": session["version"]},
        headers={"Idempotency-Key": "k"},
    )
    assert response.status_code == 409
    assert 1 <= int(response.headers["retry-after"]) <= 30


def test_a_client_cannot_claim_3d_secure(client: TestClient) -> None:
    imported(client)
    session = session_for(client)
    response = client.post(
        f"/v1/checkout_sessions/{session['id']}/complete",
        json={
            "payment_token": "tok_authenticationRequired",
            "authenticated": True,
            "expected_version": session["version"],
        },
    )
    assert response.status_code == 200
    assert response.json()["status"] == "authentication_required"
    assert response.json()["order_id"] is None


def test_session_updates_keep_the_money_rules(client: TestClient) -> None:
    imported(client)
    session = session_for(client)
    url = f"/v1/checkout_sessions/{session['id']}"
    huge = client.post(
        url, json={"items": [{"product_id": "MUG-1", "variant_id": "MUG-1", "quantity": 10**17}]}
    )
    assert huge.status_code == 422 and huge.json()["error"]["code"] == "invalid_quantity"
    eur = Product(
        id="EUR-1",
        title="Euro mug",
        variants=[Variant(id="EUR-1", price=Money(amount=900, currency="EUR"))],
    )
    seed(client, eur)
    mixed = client.post(
        url,
        json={
            "items": [
                {"product_id": "MUG-1", "variant_id": "MUG-1", "quantity": 1},
                {"product_id": "EUR-1", "variant_id": "EUR-1", "quantity": 1},
            ]
        },
    )
    assert mixed.status_code == 422 and mixed.json()["error"]["code"] == "currency_mismatch"
    unchanged = client.get(url).json()
    assert [li["product_id"] for li in unchanged["line_items"]] == ["MUG-1"]
