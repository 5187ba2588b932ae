"""The MCP server through the SDK's own client: streamable HTTP at /mcp, UCP shapes, authority."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared._httpx_utils import create_mcp_http_client
from pydantic import SecretStr

from aisle.services import Services
from aisle.settings import Settings
from api.app import create_app
from tests.agent.shop import FakeVision, open_shop
from tests.api.live import serve
from tests.api.specs import assert_ucp

META = {"ucp-agent": {"profile": "https://agent.example/profile.json"}}
TOOLS = {
    "search_catalog", "lookup_catalog", "get_product", "create_cart", "get_cart", "update_cart",
    "cancel_cart", "create_checkout", "get_checkout", "update_checkout", "complete_checkout",
    "cancel_checkout", "get_order", "ask_shopping_assistant",
}  # fmt: skip
BUYER = {"first_name": "Ada", "last_name": "Lovelace", "email": "ada@example.com"}
SHIP_TO = {
    "methods": [
        {
            "type": "shipping",
            "destinations": [
                {
                    "first_name": "Ada",
                    "last_name": "Lovelace",
                    "street_address": "12 St James's Sq",
                    "address_locality": "London",
                    "postal_code": "SW1Y 4JH",
                    "address_country": "GB",
                }
            ],
        }
    ]
}
PAYMENT = {
    "instruments": [
        {
            "id": "pi_1",
            "handler_id": "aisle_test",
            "type": "card",
            "credential": {"type": "token", "token": "tok_visa"},
        }
    ]
}
ADMIN_KEY = "admin-key-for-mcp-tests-0123456789"
SHOP_KEY = "storefront-key-for-mcp-tests-0123"


def shop_services(settings: Settings) -> Services:
    shop = open_shop(settings)
    services = Services(settings)
    services.__dict__.update(
        index=shop.search.index, search=shop.search, commerce=shop.commerce, vision=FakeVision()
    )
    return services


@pytest.fixture
def keyed(settings: Settings) -> Settings:
    keys = {"api_keys": [SecretStr(SHOP_KEY)], "admin_api_keys": [SecretStr(ADMIN_KEY)]}
    return settings.model_copy(update=keys)


@pytest.fixture
def url(keyed: Settings) -> Iterator[str]:
    with serve(create_app(keyed, shop_services(keyed))) as base:
        yield f"{base}/mcp"


@asynccontextmanager
async def connect(url: str, key: str = SHOP_KEY) -> AsyncIterator[Client]:
    http = create_mcp_http_client(headers={"Authorization": f"Bearer {key}"})
    async with http, Client(streamable_http_client(url, http_client=http)) as client:
        yield client


async def call(client: Client, tool: str, **arguments: Any) -> tuple[dict[str, Any], bool]:
    result = await client.call_tool(tool, {"meta": META, **arguments})
    body = result.structured_content
    assert isinstance(body, dict), result
    return body, result.is_error


def token_meta(token: str, **extra: Any) -> dict[str, Any]:
    return {**META, "aisle-thread-token": token, **extra}


async def test_lists_every_ucp_tool(url: str) -> None:
    async with connect(url) as client:
        listed = await client.list_tools()
    names = {tool.name for tool in listed.tools}
    assert names == TOOLS
    by_name = {tool.name: tool for tool in listed.tools}
    assert by_name["complete_checkout"].input_schema["required"] == ["meta", "id", "checkout"]
    annotations = by_name["search_catalog"].annotations
    assert annotations is not None and annotations.read_only_hint is True


async def test_key_is_required_over_http(url: str) -> None:
    import httpx

    body = {"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {}}
    async with httpx.AsyncClient() as http:
        response = await http.post(url, json=body, headers={"Accept": "application/json"})
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "api_key_required"


async def test_catalog_tools_answer_in_ucp_shapes(url: str) -> None:
    async with connect(url) as client:
        found, failed = await call(
            client,
            "search_catalog",
            catalog={"query": "trail running shoe", "pagination": {"limit": 2}},
        )
        assert not failed
        assert_ucp("shopping/catalog_search.json#/$defs/search_response", found)
        assert len(found["products"]) == 2 and found["pagination"]["has_next_page"] is True
        first = found["products"][0]
        variant_id = first["variants"][0]["id"]
        looked, _ = await call(
            client, "lookup_catalog", catalog={"ids": [first["id"], variant_id, "NOPE"]}
        )
        assert_ucp("shopping/catalog_lookup.json#/$defs/lookup_response", looked)
        assert [p["id"] for p in looked["products"]] == [first["id"]]
        assert looked["messages"][0]["code"] == "not_found"
        product, _ = await call(client, "get_product", catalog={"id": first["id"]})
        assert_ucp("shopping/catalog_lookup.json#/$defs/get_product_response", product)
        missing, failed = await call(client, "get_product", catalog={"id": "NOPE"})
        assert failed and missing["messages"][0]["code"] == "not_found"
        assert_ucp("common/types/error_response.json", missing)


async def test_full_purchase_through_mcp_tools(url: str) -> None:
    async with connect(url) as client:
        order_id = await purchase(client, "TRL1::TRL1-BLU-10", unit_price=9500)
    async with connect(url, ADMIN_KEY) as admin:
        seen, failed = await call(admin, "get_order", id=order_id)
        assert not failed and seen["id"] == order_id


async def purchase(client: Client, item_id: str, unit_price: int) -> str:
    """Cart, checkout, the buyer's approval, completion, the order: every reply UCP-valid."""
    cart, _ = await call(
        client, "create_cart", cart={"line_items": [{"item": {"id": item_id}, "quantity": 1}]}
    )
    assert_ucp("shopping/cart.json", cart)
    token = cart["aisle"]["thread_token"]
    assert cart["totals"][-1] == {"type": "total", "amount": unit_price}

    stranger, failed = await call(client, "get_cart", id=cart["id"])
    assert failed and stranger["messages"][0]["code"] == "not_found"

    meta = token_meta(token)
    updated = await client.call_tool("update_cart", {"meta": meta, "id": cart["id"], "cart": {
        "line_items": [{"item": {"id": item_id}, "quantity": 2}]}})  # fmt: skip
    assert updated.structured_content["line_items"][0]["quantity"] == 2
    assert_ucp("shopping/cart.json", updated.structured_content)

    created = await client.call_tool("create_checkout", {"meta": meta, "checkout": {
        "cart_id": cart["id"], "buyer": BUYER, "fulfillment": SHIP_TO}})  # fmt: skip
    checkout = created.structured_content
    assert_ucp("shopping/checkout.json", checkout)
    assert checkout["status"] == "ready_for_complete"
    total = next(t["amount"] for t in checkout["totals"] if t["type"] == "total")
    assert total >= 2 * unit_price

    unapproved = await client.call_tool("complete_checkout", {
        "meta": {**meta, "idempotency-key": str(uuid.uuid4())}, "id": checkout["id"],
        "checkout": {"payment": PAYMENT}})  # fmt: skip
    assert unapproved.is_error
    assert unapproved.structured_content["messages"][0]["code"] == "approval_required"

    stale = await client.call_tool("complete_checkout", {
        "meta": {**meta, "idempotency-key": str(uuid.uuid4())}, "id": checkout["id"],
        "checkout": {"payment": PAYMENT, "aisle": {"approved_version": 99}}})  # fmt: skip
    assert stale.structured_content["messages"][0]["code"] == "session_changed"

    approval = {"approved_version": checkout["aisle"]["version"], "approved_total": total}
    done = await client.call_tool("complete_checkout", {
        "meta": {**meta, "idempotency-key": str(uuid.uuid4())}, "id": checkout["id"],
        "checkout": {"payment": PAYMENT, "aisle": approval}})  # fmt: skip
    completed = done.structured_content
    assert not done.is_error, completed
    assert_ucp("shopping/checkout.json", completed)
    assert completed["status"] == "completed" and completed["order"]["id"]

    order = await client.call_tool("get_order", {"meta": meta, "id": completed["order"]["id"]})
    assert_ucp("shopping/order.json", order.structured_content)
    assert order.structured_content["totals"][-1]["amount"] == total
    order_id: str = completed["order"]["id"]
    return order_id


async def test_complete_and_cancel_need_an_idempotency_key(url: str) -> None:
    async with connect(url) as client:
        made, _ = await call(client, "create_checkout", checkout={
            "line_items": [{"item": {"id": "BAG1::BAG1-GRN"}, "quantity": 1}]})  # fmt: skip
        assert_ucp("shopping/checkout.json", made)
        meta = token_meta(made["aisle"]["thread_token"])
        refused = await client.call_tool("cancel_checkout", {"meta": meta, "id": made["id"]})
        assert refused.structured_content["messages"][0]["code"] == "idempotency_key_required"
        canceled = await client.call_tool("cancel_checkout", {
            "meta": {**meta, "idempotency-key": str(uuid.uuid4())}, "id": made["id"]})  # fmt: skip
        assert canceled.structured_content["status"] == "canceled"


async def test_meta_ucp_agent_is_required(url: str) -> None:
    async with connect(url) as client:
        result = await client.call_tool("search_catalog", {"meta": {}, "catalog": {"query": "x"}})
    assert result.is_error
    assert_ucp("common/types/error_response.json", result.structured_content)


async def test_ask_shopping_assistant_keeps_the_conversation_behind_its_token(url: str) -> None:
    async with connect(url) as client:
        first = await client.call_tool("ask_shopping_assistant", {"message": "daypack"})
        turn = first.structured_content
        assert not first.is_error and turn["products"][0]["id"] == "BAG1"
        assert turn["thread_token"]
        stranger = await client.call_tool(
            "ask_shopping_assistant", {"message": "add it", "thread_id": turn["thread_id"]}
        )
        assert stranger.is_error
        assert stranger.structured_content["error"]["code"] == "thread_token_invalid"
        again = await client.call_tool("ask_shopping_assistant", {
            "message": "add the first one", "thread_id": turn["thread_id"],
            "meta": {"aisle-thread-token": turn["thread_token"]}})  # fmt: skip
        assert again.structured_content["cart"]["lines"][0]["product_id"] == "BAG1"


async def test_a_body_over_the_json_limit_is_413_before_the_mcp_layer(url: str) -> None:
    import httpx

    pad = b"x" * (2 * 1024 * 1024)  # over AISLE_MAX_BODY_BYTES (1 MB)
    big = b'{"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {"p": "' + pad + b'"}}'
    headers = {
        "Authorization": f"Bearer {SHOP_KEY}",
        "Accept": "application/json, text/event-stream",
        "Content-Type": "application/json",
    }
    async with httpx.AsyncClient() as http:
        declared = await http.post(url, content=big, headers=headers)
        chunked = await http.post(url, content=_chunks(big), headers=headers)
        small = {"jsonrpc": "2.0", "id": 2, "method": "tools/list", "params": {}}
        fits = await http.post(url, json=small, headers=headers)
    for response in (declared, chunked):
        assert response.status_code == 413, response.text
        assert response.json()["error"]["code"] == "body_too_large"
    assert fits.status_code == 200, fits.text
    assert {tool["name"] for tool in fits.json()["result"]["tools"]} == TOOLS


async def _chunks(data: bytes) -> AsyncIterator[bytes]:
    for start in range(0, len(data), 64 * 1024):
        yield data[start : start + 64 * 1024]
