"""ACP carts under /acp/carts: create, get, full replacement, stock limits, cancel."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.api.acp_agent import (
    AcpAgent,
    items,
)


def test_cart_lifecycle(acp_client: TestClient) -> None:
    agent = AcpAgent(acp_client)
    created = agent.call(
        "POST",
        "carts",
        {
            "line_items": items("tee::tee-v1", "mug", "tee::tee-v1"),
            "buyer": {"email": "ada@example.com"},
        },
    )
    assert created.status_code == 201
    cart = created.json()
    assert [(li["item"]["id"], li["quantity"]) for li in cart["line_items"]] == [
        ("tee::tee-v1", 2),
        ("mug::mug-v1", 1),
    ]
    assert cart["currency"] == "usd" and cart["messages"] == []
    assert {t["type"]: t["amount"] for t in cart["totals"]} == {"subtotal": 6200, "total": 6200}
    assert agent.call("GET", f"carts/{cart['id']}").json() == cart

    replaced = agent.call("PUT", f"carts/{cart['id']}", {"line_items": items("tee::tee-v2")}).json()
    assert [li["item"]["id"] for li in replaced["line_items"]] == ["tee::tee-v2"]

    canceled = agent.call("POST", f"carts/{cart['id']}/cancel", None)
    assert canceled.status_code == 200 and canceled.json() == replaced, "the cart as it was"
    gone = agent.call("GET", f"carts/{cart['id']}")
    assert gone.status_code == 404 and gone.json()["code"] == "not_found"
    assert agent.call("PUT", f"carts/{cart['id']}", {"line_items": items("mug")}).status_code == 404


def test_stock_limits_carts(acp_client: TestClient) -> None:
    agent = AcpAgent(acp_client)
    short = agent.call("POST", "carts", {"line_items": items("mug", "rare", "rare")}).json()
    assert [(li["item"]["id"], li["quantity"]) for li in short["line_items"]] == [
        ("mug::mug-v1", 1),
        ("rare::rare-v1", 1),
    ]
    assert [(m["type"], m["code"], m["param"]) for m in short["messages"]] == [
        ("error", "out_of_stock", "$.line_items[1]")
    ]
    refilled = agent.call("PUT", f"carts/{short['id']}", {"line_items": items("mug")}).json()
    assert refilled["messages"] == [] and len(refilled["line_items"]) == 1
    sold_out = agent.call("POST", "carts", {"line_items": items("gone", "rare", "rare")})
    assert sold_out.status_code == 201, "some of it can be had"
    nothing = agent.call("POST", "carts", {"line_items": items("gone")})
    assert nothing.status_code == 422 and nothing.json()["code"] == "out_of_stock"
    unknown = agent.call("POST", "carts", {"line_items": items("ghost")})
    assert unknown.status_code == 400 and unknown.json()["param"] == "$.line_items[0].id"
