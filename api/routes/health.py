"""Liveness and readiness: 200 once the catalog index is open."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from api.deps import ServicesDep

router = APIRouter(prefix="/v1", tags=["health"])
PUBLIC = True


@router.get(
    "/health",
    responses={
        503: {
            "description": "Starting: the catalog index is not open yet",
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "properties": {"status": {"const": "starting"}},
                        "required": ["status"],
                    }
                }
            },
        }
    },
)
def health(services: ServicesDep) -> JSONResponse:
    index = services.__dict__.get("index")
    if index is None:
        return JSONResponse({"status": "starting"}, status_code=503)
    return JSONResponse({"status": "ok", "products": index.count()})
