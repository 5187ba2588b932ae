"""Who the agent is, which version it speaks, and running each POST once per `Idempotency-Key`.

Authority: ACP is called server to server by an agent platform with `Authorization: Bearer
<key>`. A key in `AISLE_ACP_KEYS` is one agent platform: the sessions and carts it creates are
tagged with a digest of its key (the cart's `shopper_id`, `acp:<digest>`) and no other key sees
them (404, as for an id that does not exist). An admin key reaches every ACP session and cart. A
storefront key (page source shows it) is refused with 403. With no keys configured at all, a
loopback client is one local agent, as the rest of the API serves loopback clients then.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Header, Request
from fastapi.responses import JSONResponse

from api.acp.errors import AcpProblem
from api.acp.models import ACP_VERSION
from api.deps import (
    LOOPBACK_CLIENTS,
    ApiKeyHeader,
    AuthorizationHeader,
    SettingsDep,
    given_key,
    is_one_of,
)
from commerce.errors import IdempotencyConflict
from commerce.idempotency import MAX_KEY_LENGTH, remember, request_fingerprint
from commerce.service import Commerce

SUPPORTED_VERSIONS = [ACP_VERSION]
TAG = "acp:"


@dataclass(frozen=True)
class Agent:
    """The calling agent platform: `owner` tags what it creates; `admin` reaches all of ACP's."""

    owner: str
    admin: bool = False

    def may_reach(self, shopper_id: str | None) -> bool:
        if not shopper_id or not shopper_id.startswith(TAG):
            return False  # not an ACP object (a storefront conversation's), or a canceled cart
        return self.admin or shopper_id == self.owner


def get_agent(
    request: Request,
    settings: SettingsDep,
    authorization: AuthorizationHeader = None,
    x_api_key: ApiKeyHeader = None,
) -> Agent:
    given = given_key(authorization, x_api_key)
    if is_one_of(given, settings.acp_keys):
        assert given is not None
        return Agent(owner=TAG + hashlib.sha256(given.encode()).hexdigest()[:32])
    if is_one_of(given, settings.admin_api_keys):
        return Agent(owner=TAG + "admin", admin=True)
    if is_one_of(given, settings.api_keys):
        raise AcpProblem(
            403,
            "acp_key_required",
            "this is a storefront key; ACP calls need an agent key (AISLE_ACP_KEYS)",
        )
    keyless = not (settings.api_keys or settings.admin_api_keys or settings.acp_keys)
    client = request.client.host if request.client else ""
    if keyless and client in LOOPBACK_CLIENTS:
        return Agent(owner=TAG + "local")
    raise AcpProblem(401, "unauthorized", "missing or wrong Authorization: Bearer <ACP key>")


AgentDep = Annotated[Agent, Depends(get_agent)]


def require_version(
    _: AgentDep,
    api_version: Annotated[
        str | None,
        Header(
            alias="API-Version",
            max_length=20,
            description=f"Required: the ACP version spoken; this server speaks {ACP_VERSION}.",
            json_schema_extra={"enum": SUPPORTED_VERSIONS},
        ),
    ] = None,
) -> None:
    """Checked once the key is: a stranger learns nothing about the versions spoken."""
    if not api_version:
        raise AcpProblem(
            400,
            "api_version_required",
            f"send the API-Version header (supported: {', '.join(SUPPORTED_VERSIONS)})",
            supported_versions=SUPPORTED_VERSIONS,
        )
    if api_version not in SUPPORTED_VERSIONS:
        raise AcpProblem(
            400,
            "unsupported_api_version",
            f"API-Version {api_version[:20]!r} is not supported; this server speaks "
            f"{', '.join(SUPPORTED_VERSIONS)}",
            supported_versions=SUPPORTED_VERSIONS,
        )


IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        description="Required on every POST (and PUT): at most 255 characters, UUID v4 advised.",
    ),
]


@dataclass
class Answer:
    """A successful answer worth replaying: status, ACP body, and the session version (ETag)."""

    status: int
    body: dict[str, Any]
    version: int | None = None

    def response(self, key: str, replayed: bool) -> JSONResponse:
        headers = {"Idempotency-Key": key}
        if replayed:
            headers["Idempotent-Replayed"] = "true"
        if self.version is not None:
            headers["ETag"] = etag(self.version)
        return JSONResponse(status_code=self.status, content=self.body, headers=headers)


def etag(version: int) -> str:
    return f'"{version}"'


def once(
    commerce: Commerce,
    agent: Agent,
    operation: str,
    key: str | None,
    request: dict[str, Any],
    work: Callable[[], Answer],
) -> JSONResponse:
    """Run `work` once per (agent, operation, key); a repeat with the same body replays it."""
    if not key:
        raise AcpProblem(400, "idempotency_key_required", "Idempotency-Key header is required")
    if len(key) > MAX_KEY_LENGTH:
        raise AcpProblem(
            400,
            "invalid_idempotency_key",
            f"Idempotency-Key has at most {MAX_KEY_LENGTH} characters",
        )
    scoped = "acp:" + hashlib.sha256(f"{agent.owner}\0{operation}\0{key}".encode()).hexdigest()
    fingerprint = request_fingerprint(f"acp:{operation}", request)

    def run() -> dict[str, Any]:
        answer = work()
        return {"status": answer.status, "body": answer.body, "version": answer.version}

    try:
        stored, replayed = remember(
            commerce.engine, scoped, fingerprint, run, commerce.clock, commerce.idempotency_lease_s
        )
    except IdempotencyConflict as exc:
        if exc.retry_after is not None:
            raise AcpProblem(
                409,
                "idempotency_in_flight",
                "A request with this Idempotency-Key is currently being processed",
                headers={"Retry-After": str(exc.retry_after)},
            ) from exc
        raise AcpProblem(
            422,
            "idempotency_conflict",
            "Idempotency-Key has already been used with a different request body",
        ) from exc
    return Answer(stored["status"], stored["body"], stored["version"]).response(key, replayed)
