"""Every operation's OpenAPI lists the 4xx it can answer, each with the common error shape.

Done once over the generated schema, so routes added later are documented without edits:
- every operation: 400 (malformed request or, on a keyless server, a foreign Host), 413 (body
  over the limit), 429 (rate limited, with `Retry-After`);
- an operation with parameters or a body: 422 (invalid input; also carries `detail`);
- behind an API key (the operation names a security scheme): 401 and 403;
- any state-changing method: 403 (cross-site, on a keyless server);
- a path with an id in it: 404.
Codes a route or router declares itself (409, 415, 503 ...) get the error shape too when they
name no content of their own.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from pydantic import BaseModel

from api.acp.models import AcpError
from api.errors import ErrorBody

METHODS = frozenset({"get", "head", "options", "post", "put", "patch", "delete"})
UNSAFE = frozenset({"post", "put", "patch", "delete"})

DESCRIPTIONS = {
    400: "Malformed request (or, without API keys, a Host that is not this server)",
    401: "Missing or wrong API key",
    403: "Not allowed with this key, from this client or from another site",
    404: "No such resource",
    409: "Conflicts with the resource's current state",
    413: "Request body larger than this route's limit",
    415: "Unsupported media type",
    422: "Invalid input",
    429: "Too many requests; retry after `Retry-After` seconds",
}


class ValidationErrorBody(ErrorBody):
    """A 422: the common error, plus one entry per invalid field (inputs cut to an excerpt)."""

    detail: list[dict[str, Any]] | None = None


def error_codes(*codes: int) -> dict[int | str, dict[str, Any]]:
    """`responses=` for a router or route: these codes, described, with the error shape."""
    return {code: {"description": DESCRIPTIONS.get(code, "Error")} for code in codes}


def install_error_docs(app: FastAPI) -> None:
    documented: set[int] = set()

    def openapi() -> dict[str, Any]:
        schema = FastAPI.openapi(app)  # cached by FastAPI until the routes change
        if id(schema) not in documented:
            _document(schema)
            documented.add(id(schema))
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def _document(schema: dict[str, Any]) -> None:
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    for model in (ErrorBody, ValidationErrorBody, AcpError):
        components.update(_component(model))
    for path, operations in schema.get("paths", {}).items():
        for method, operation in operations.items():
            if method in METHODS:
                _document_operation(operation, path, method, bool(operation.get("security")))


def _document_operation(op: dict[str, Any], path: str, method: str, guarded: bool) -> None:
    codes = {400, 413, 429}
    if op.get("parameters") or op.get("requestBody"):
        codes.add(422)
    if guarded:
        codes |= {401, 403}
    if method in UNSAFE:
        codes.add(403)
    if "{" in path:
        codes.add(404)
    responses: dict[str, Any] = op.setdefault("responses", {})
    for status in codes:
        responses.setdefault(str(status), {"description": DESCRIPTIONS[status]})
    acp = path.startswith("/acp/") or path == "/.well-known/acp.json"
    for code, response in responses.items():
        if not code.startswith("4"):
            continue
        if acp:  # ACP's own error shape (api/acp/errors.py), validation errors included
            response["content"] = {
                **_json("AcpError"),
                **({"text/plain": {"schema": {"type": "string"}}} if code == "400" else {}),
            }
            if code == "409":
                response["headers"] = {
                    "Retry-After": {
                        "description": "`idempotency_in_flight`: seconds until a retry may run.",
                        "schema": {"type": "integer", "minimum": 1},
                    }
                }
        elif code == "422":
            response["content"] = _json("ValidationErrorBody")
        elif code == "400":
            response["content"] = {
                **_json("ErrorBody"),
                "text/plain": {"schema": {"type": "string"}},  # TrustedHostMiddleware's refusal
            }
        else:
            response.setdefault("content", _json("ErrorBody"))
        if code == "429":
            response["headers"] = {
                "Retry-After": {
                    "description": "Seconds to wait before trying again.",
                    "schema": {"type": "integer", "minimum": 1},
                }
            }


def _json(name: str) -> dict[str, Any]:
    return {"application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}}


def _component(model: type[BaseModel]) -> dict[str, Any]:
    schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
    defs = schema.pop("$defs", {})
    return {**defs, model.__name__: schema}
