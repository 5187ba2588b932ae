"""Readiness: 200 once the catalog index is open and the models a chat turn needs are loaded."""

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
            "description": "Starting (the catalog index is not open yet) or warming (the models "
            "a chat turn needs are still loading)",
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "properties": {"status": {"enum": ["starting", "warming"]}},
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
    if services.warming_up.is_set() and not services.warm.is_set():
        return JSONResponse({"status": "warming"}, status_code=503)
    return JSONResponse({"status": "ok", "products": index.count()})
