"""ACP 2026-04-17 checkout sessions under /acp: each request and answer checked against the spec."""

from __future__ import annotations

from fastapi.testclient import TestClient

from aisle.services import Services
from tests.api.acp_agent import (
    ADDRESS,
    BUYER,
    DECLINED,
    VISA,
    AcpAgent,
    items,
    new_session,
)
from tests.commerce.samples import product


def test_a_purchase_from_create_to_order(acp_client: TestClient, acp_services: Services) -> None:
    agent = AcpAgent(acp_client)
    session = new_session(agent, "tee::tee-v1", "tee::tee-v1", "mug")
    assert session["status"] == "not_ready_for_payment"
    assert session["protocol"] == {"version": "2026-04-17"} and session["currency"] == "usd"
    assert [(li["item"]["id"], li["quantity"]) for li in session["line_items"]] == [
        ("tee::tee-v1", 2),
        ("mug::mug-v1", 1),
    ]
    missing = {m["param"] for m in session["messages"] if m["type"] == "error"}
    assert missing == {"$.buyer", "$.fulfillment_details.address"}
    totals = {t["type"]: t["amount"] for t in session["totals"]}
    assert totals == {"subtotal": 6200, "fulfillment": 0, "tax": 0, "total": 6200}

    updated = agent.call(
        "POST",
        f"checkout_sessions/{session['id']}",
        {
            "buyer": BUYER,
            "fulfillment_details": {"name": "Ada Lovelace", "address": ADDRESS},
            "selected_fulfillment_options": [
                {"type": "shipping", "option_id": "standard", "item_ids": ["li_1", "li_2"]}
            ],
        },
    )
    assert updated.status_code == 200
    ready = updated.json()
    assert ready["status"] == "ready_for_payment" and ready["messages"] == []
    assert ready["fulfillment_details"]["address"] == ADDRESS
    assert ready["fulfillment_options"][0]["id"] == "standard"
    assert ready["buyer"]["email"] == "ada@example.com"

    done = agent.call(
        "POST",
        f"checkout_sessions/{session['id']}/complete",
        {"payment_data": VISA},
        expect="CheckoutSessionWithOrder",
    )
    assert done.status_code == 200
    body = done.json()
    assert body["status"] == "completed"
    order = acp_services.commerce.get_order(body["order"]["id"])
    assert order.checkout_session_id == session["id"] and order.total.amount == 6200
    assert order.buyer.email == "ada@example.com" and order.shipping_address.city == "San Francisco"
    assert body["order"]["line_items"][0]["quantity"] == {
        "ordered": 2,
        "current": 2,
        "fulfilled": 0,
    }
    assert acp_services.commerce.get_offer("tee", "tee-v1").stock == 3

    again = agent.call(
        "GET", f"checkout_sessions/{session['id']}", expect="CheckoutSessionWithOrder"
    )
    assert again.json()["order"]["id"] == body["order"]["id"]


def test_address_and_items_change_on_update_and_problems_are_messages(
    acp_client: TestClient,
) -> None:
    agent = AcpAgent(acp_client)
    session = new_session(agent, "mug", buyer=BUYER)
    path = f"checkout_sessions/{session['id']}"
    abroad = {**ADDRESS, "country": "GB", "state": "", "postal_code": "SW1Y 4JH", "city": "London"}
    moved = agent.call(
        "POST",
        path,
        {"line_items": items("tee::tee-v2"), "fulfillment_details": {"address": abroad}},
    ).json()
    assert [li["item"]["id"] for li in moved["line_items"]] == ["tee::tee-v2"]
    assert moved["fulfillment_details"]["address"]["city"] == "London"
    assert moved["status"] == "ready_for_payment"
    assert {t["type"]: t["amount"] for t in moved["totals"]}["fulfillment"] == 599

    no_zip = {**ADDRESS, "postal_code": ""}
    wrong = agent.call(
        "POST",
        path,
        {
            "fulfillment_details": {"address": no_zip},
            "selected_fulfillment_options": [
                {"type": "pickup", "option_id": "store", "item_ids": ["li_1"]}
            ],
            "discounts": {"codes": ["SAVE20"]},
        },
    ).json()
    problems = {(m["type"], m.get("code"), m["param"]) for m in wrong["messages"]}
    assert problems == {
        ("error", "invalid", "$.fulfillment_details.address.postal_code"),
        ("error", "invalid", "$.selected_fulfillment_options[0].option_id"),
        ("warning", "discount_code_invalid", "$.discounts.codes[0]"),
    }
    assert wrong["fulfillment_details"]["address"]["city"] == "London", (
        "the last good address stays"
    )

    # The spec's Buyer says `format: email`; its MessageError text answers a bad one as a message.
    bad = {"buyer": {**BUYER, "email": "ada-at-example"}}
    bad_email = agent.call("POST", path, bad, check_request=False).json()
    assert [(m["code"], m["param"]) for m in bad_email["messages"]] == [
        ("invalid", "$.buyer.email")
    ]
    assert bad_email["buyer"]["email"] == "ada@example.com", "the last good buyer stays"


def test_out_of_stock_is_a_message_and_nothing_is_charged(
    acp_client: TestClient, acp_services: Services
) -> None:
    agent = AcpAgent(acp_client)
    session = new_session(
        agent, "rare", "rare", buyer=BUYER, fulfillment_details={"address": ADDRESS}
    )
    assert session["status"] == "not_ready_for_payment"
    assert [(m["code"], m["param"]) for m in session["messages"]] == [
        ("out_of_stock", "$.line_items[0]")
    ]
    completed = agent.call(
        "POST", f"checkout_sessions/{session['id']}/complete", {"payment_data": VISA}
    )
    assert completed.status_code == 200
    assert completed.json()["status"] == "not_ready_for_payment" and "order" not in completed.json()
    assert acp_services.commerce.get_offer("rare", "rare-v1").stock == 1


def test_a_declined_card_is_a_message_then_another_card_pays(acp_client: TestClient) -> None:
    agent = AcpAgent(acp_client)
    session = new_session(agent, "mug", buyer=BUYER, fulfillment_details={"address": ADDRESS})
    path = f"checkout_sessions/{session['id']}/complete"
    declined = agent.call("POST", path, {"payment_data": DECLINED}).json()
    assert declined["status"] == "ready_for_payment" and "order" not in declined
    assert [(m["type"], m["code"], m["param"]) for m in declined["messages"]] == [
        ("error", "payment_declined", "$.payment_data")
    ]
    paid = agent.call("POST", path, {"payment_data": VISA}, expect="CheckoutSessionWithOrder")
    assert paid.json()["status"] == "completed"


def test_completion_charges_only_the_approved_version(acp_client: TestClient) -> None:
    agent = AcpAgent(acp_client)
    session = new_session(agent, "mug", buyer=BUYER, fulfillment_details={"address": ADDRESS})
    shown = agent.call("GET", f"checkout_sessions/{session['id']}")
    approved = shown.headers["ETag"]
    agent.call("POST", f"checkout_sessions/{session['id']}", {"line_items": items("mug", "mug")})
    path = f"checkout_sessions/{session['id']}/complete"
    stale = agent.call("POST", path, {"payment_data": VISA}, headers={"If-Match": approved})
    assert stale.status_code == 412 and stale.json()["code"] == "session_changed"
    current = agent.call("GET", f"checkout_sessions/{session['id']}").headers["ETag"]
    paid = agent.call("POST", path, {"payment_data": VISA}, headers={"If-Match": current})
    assert paid.json()["status"] == "completed"
    assert paid.json()["order"]["line_items"][0]["quantity"]["ordered"] == 2


def test_cancel_then_nothing_more(acp_client: TestClient) -> None:
    agent = AcpAgent(acp_client)
    session = new_session(agent, "mug")
    path = f"checkout_sessions/{session['id']}"
    canceled = agent.call(
        "POST", f"{path}/cancel", {"intent_trace": {"reason_code": "timing_deferred"}}
    )
    assert canceled.status_code == 200 and canceled.json()["status"] == "canceled"
    twice = agent.call("POST", f"{path}/cancel", None)
    assert twice.status_code == 405 and twice.json()["code"] == "not_cancelable"
    assert agent.call("POST", path, {"buyer": BUYER}).status_code == 400
    refused = agent.call("POST", f"{path}/complete", {"payment_data": VISA})
    assert refused.status_code == 400 and refused.json()["code"] == "session_closed"


def test_protocol_errors_name_the_field(acp_client: TestClient) -> None:
    agent = AcpAgent(acp_client)
    unknown = agent.call(
        "POST",
        "checkout_sessions",
        {"line_items": items("mug", "nope::x"), "currency": "usd", "capabilities": {}},
    )
    assert unknown.status_code == 400
    assert (unknown.json()["code"], unknown.json()["param"]) == (
        "item_not_found",
        "$.line_items[1].id",
    )
    euros = agent.call(
        "POST",
        "checkout_sessions",
        {"line_items": items("mug"), "currency": "eur", "capabilities": {}},
    )
    assert (euros.status_code, euros.json()["param"]) == (400, "$.currency")
    response = acp_client.post(
        "/acp/checkout_sessions",
        json={"line_items": [], "currency": "usd", "capabilities": {}},
        headers=agent.headers(**{"Idempotency-Key": "k-empty"}),
    )
    assert response.status_code == 400 and response.json()["param"] == "$.line_items"
    missing = agent.call("GET", "checkout_sessions/cs_nope")
    assert missing.status_code == 404 and missing.json()["type"] == "invalid_request"


def test_the_specs_own_examples_are_accepted(acp_client: TestClient) -> None:
    """The spec's examples send `quantity` in items, which its `Item` schema lacks: read as an
    extension (so these bodies are not validated against the schema)."""
    agent = AcpAgent(acp_client)
    response = acp_client.post(
        "/acp/checkout_sessions",
        json={
            "line_items": [{"id": "tee::tee-v1", "quantity": 2}],
            "currency": "USD",
            "capabilities": {},
        },
        headers=agent.headers(**{"Idempotency-Key": "spec-example"}),
    )
    assert response.status_code == 201
    assert response.json()["line_items"][0]["quantity"] == 2


def test_a_price_changed_before_completion_is_not_charged_until_approved(
    acp_client: TestClient, acp_services: Services
) -> None:
    agent = AcpAgent(acp_client)
    session = new_session(agent, "mug", buyer=BUYER, fulfillment_details={"address": ADDRESS})
    assert session["status"] == "ready_for_payment"
    acp_services.commerce.sync_catalog([product("mug", 1500, 10)])  # the store raises the price
    path = f"checkout_sessions/{session['id']}"
    held = agent.call("POST", f"{path}/complete", {"payment_data": VISA}).json()
    assert held["status"] == "not_ready_for_payment" and "order" not in held
    assert [(m["code"], m["resolution"]) for m in held["messages"]] == [
        ("approval_required", "requires_buyer_review")
    ]
    again = agent.call("POST", f"{path}/complete", {"payment_data": VISA}).json()
    assert again["status"] == "not_ready_for_payment", "completing again is no approval"
    shown = agent.call("POST", path, {}).json()  # the agent shows the buyer the new total
    assert shown["status"] == "ready_for_payment"
    assert {t["type"]: t["amount"] for t in shown["totals"]}["total"] == 1500 + 599
    paid = agent.call("POST", f"{path}/complete", {"payment_data": VISA}).json()
    assert paid["status"] == "completed"
    assert acp_services.commerce.get_order(paid["order"]["id"]).total.amount == 2099


def test_an_update_may_empty_the_session_and_a_long_name_is_named(acp_client: TestClient) -> None:
    agent = AcpAgent(acp_client)
    session = new_session(agent, "mug")
    path = f"checkout_sessions/{session['id']}"
    emptied = agent.call("POST", path, {"line_items": []}).json()
    assert emptied["line_items"] == [] and emptied["status"] == "not_ready_for_payment"
    assert ("missing", "$.line_items") in {(m["code"], m["param"]) for m in emptied["messages"]}
    long_name = {**BUYER, "first_name": "A" * 100, "last_name": "B" * 100}
    named = agent.call("POST", path, {"buyer": long_name}).json()
    assert ("invalid", "$.buyer.first_name") in {
        (m.get("code"), m["param"]) for m in named["messages"]
    }


def test_a_price_the_agent_showed_that_differs_is_a_warning(acp_client: TestClient) -> None:
    agent = AcpAgent(acp_client)
    body = {
        "line_items": [
            {"id": "mug", "unit_amount": 999},
            {"id": "tee::tee-v1", "unit_amount": 2500},
        ],
        "currency": "usd",
        "capabilities": {},
    }
    session = agent.create_session(body)
    assert [
        (m["type"], m["code"], m["param"]) for m in session["messages"] if m["type"] == "warning"
    ] == [("warning", "price_change", "$.line_items[0]")]
    assert (
        "$12.00 (not $9.99)"
        in next(m for m in session["messages"] if m["type"] == "warning")["content"]
    )
