"""Every operation's OpenAPI lists the 4xx it can answer, each in the common error shape."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi import APIRouter, FastAPI

from aisle.services import Services
from aisle.settings import Settings
from api.app import create_app
from api.error_docs import install_error_docs


@pytest.fixture
def schema(settings: Settings) -> dict[str, Any]:
    return create_app(settings, Services(settings)).openapi()


def operations(schema: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, op)
        for path, ops in schema["paths"].items()
        for method, op in ops.items()
        if method in ("get", "post", "put", "patch", "delete")
    ]


def test_every_operation_lists_its_4xx_with_the_error_shape(schema: dict[str, Any]) -> None:
    assert len(operations(schema)) >= 20
    for path, method, op in operations(schema):
        codes = set(op["responses"])
        assert {"400", "413", "429"} <= codes, (method, path)
        if op.get("security"):
            assert {"401", "403"} <= codes, (method, path)
        if "{" in path:
            assert "404" in codes, (method, path)
        if method != "get":
            assert "403" in codes, (method, path)
        shapes = ("AcpError",) if path.startswith(("/acp/", "/.well-known/acp")) else (
            "ErrorBody", "ValidationErrorBody"
        )  # fmt: skip
        for code, response in op["responses"].items():
            if code.startswith("4"):
                ref = response["content"]["application/json"]["schema"]["$ref"]
                assert ref.rsplit("/", 1)[-1] in shapes, (path, code)
    assert "ErrorBody" in schema["components"]["schemas"]


def test_acp_operations_document_the_specs_errors(schema: dict[str, Any]) -> None:
    """ACP's error shape everywhere under /acp, and 409 (in flight) with its Retry-After."""
    complete = schema["paths"]["/acp/checkout_sessions/{checkout_session_id}/complete"]["post"]
    assert {"400", "401", "403", "404", "409", "412", "422"} <= set(complete["responses"])
    assert "Retry-After" in complete["responses"]["409"]["headers"]
    cancel = schema["paths"]["/acp/checkout_sessions/{checkout_session_id}/cancel"]["post"]
    assert "405" in cancel["responses"]
    error = schema["components"]["schemas"]["AcpError"]
    assert set(error["required"]) == {"type", "code", "message"}


def test_commerce_and_chat_conflicts_are_listed(schema: dict[str, Any]) -> None:
    paths = schema["paths"]
    assert "409" in paths["/v1/carts/{cart_id}/lines"]["post"]["responses"]
    assert "409" in paths["/v1/checkout_sessions/{session_id}/complete"]["post"]["responses"]
    assert "409" in paths["/v1/chat"]["post"]["responses"]
    assert "415" in paths["/v1/images/analyze"]["post"]["responses"]


def test_a_route_added_later_is_documented_without_edits() -> None:
    app = FastAPI()
    router = APIRouter()

    @router.post("/v1/things/{thing_id}")
    def touch(thing_id: str) -> dict[str, str]:
        return {"id": thing_id}

    app.include_router(router)
    install_error_docs(app)
    responses = app.openapi()["paths"]["/v1/things/{thing_id}"]["post"]["responses"]
    assert {"400", "403", "404", "413", "422", "429"} <= set(responses)
    assert responses["422"]["content"]["application/json"]["schema"]["$ref"].endswith(
        "/ValidationErrorBody"
    )
