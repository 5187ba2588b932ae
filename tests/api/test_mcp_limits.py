"""Over MCP too, refused thread tokens count as failed authentications (as on REST)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared._httpx_utils import create_mcp_http_client
from pydantic import SecretStr

from aisle.settings import Settings
from api.app import create_app
from tests.api.live import serve
from tests.api.test_mcp import ADMIN_KEY, META, SHOP_KEY, call, connect, shop_services, token_meta

WRONG = "not-the-token-0000000000"
LIST_TOOLS = {"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {}}


@pytest.fixture
def url(settings: Settings) -> Iterator[str]:
    limited = settings.model_copy(
        update={
            "api_keys": [SecretStr(SHOP_KEY)],
            "admin_api_keys": [SecretStr(ADMIN_KEY)],
            "rate_limit_auth_failures": "3/hour",
            "rate_limit_per_address": "1000/minute",
        }
    )
    with serve(create_app(limited, shop_services(limited))) as base:
        yield f"{base}/mcp"


async def test_wrong_tokens_in_meta_or_header_spend_the_failed_auth_allowance(url: str) -> None:
    async with connect(url) as client:
        cart, _ = await call(client, "create_cart", cart={"line_items": []})
        right = cart["aisle"]["thread_token"]
        wrong = token_meta(WRONG)
        for target in (cart["id"], "no-such-cart"):  # a wrong token and an unknown id: both count
            refused = await client.call_tool("get_cart", {"meta": wrong, "id": target})
            assert refused.is_error
            assert refused.structured_content["messages"][0]["code"] == "not_found"

    headers = {"Authorization": f"Bearer {SHOP_KEY}", "X-Thread-Token": WRONG}
    http = create_mcp_http_client(headers=headers)
    async with http, Client(streamable_http_client(url, http_client=http)) as header_client:
        refused = await header_client.call_tool("get_cart", {"meta": META, "id": cart["id"]})
        assert refused.is_error  # the third refusal, by header

    async with httpx.AsyncClient() as raw:
        limited = await raw.post(
            url,
            json=LIST_TOOLS,
            headers={"Authorization": f"Bearer {SHOP_KEY}", "Accept": "application/json"},
        )
    assert limited.status_code == 429, limited.text
    assert "failed authentications" in limited.json()["error"]["message"]
    assert 1 <= int(limited.headers["retry-after"]) <= 3600

    async with connect(url, ADMIN_KEY) as admin:  # the admin key is never held back
        seen, failed = await call(admin, "get_cart", id=cart["id"])
        assert not failed and seen["id"] == cart["id"]
    assert right  # the owner's token exists; only guesses were counted


async def test_the_right_token_is_never_counted(url: str) -> None:
    async with connect(url) as client:
        cart, _ = await call(client, "create_cart", cart={"line_items": []})
        meta = token_meta(cart["aisle"]["thread_token"])
        for _ in range(6):
            seen = await client.call_tool("get_cart", {"meta": meta, "id": cart["id"]})
            assert not seen.is_error
