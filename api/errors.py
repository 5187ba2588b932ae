"""One error shape for every route: {"error": {"code": ..., "message": ...}}."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from vision.errors import (
    DecompressionBomb,
    ImageRejected,
    ImageTooLarge,
    UndecodableImage,
    UnsupportedImage,
)


class ApiError(Exception):
    """An error a client can act on, with a stable machine-readable code."""

    def __init__(self, status_code: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.code = code
        self.message = message


def image_error(exc: ImageRejected) -> ApiError:
    """A refused photo, the same on every route: 413 too large, 415 not an image, else 422."""
    if isinstance(exc, ImageTooLarge):
        return ApiError(413, "image_too_large", str(exc))
    if isinstance(exc, UnsupportedImage):
        return ApiError(415, "unsupported_image_type", str(exc))
    if isinstance(exc, DecompressionBomb):
        return ApiError(422, "image_too_many_pixels", str(exc))
    if isinstance(exc, UndecodableImage):
        return ApiError(422, "undecodable_image", str(exc))
    return ApiError(422, "image_rejected", str(exc))


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(
            status_code=exc.status_code,
            content={"error": {"code": exc.code, "message": exc.message}},
        )

    @app.exception_handler(RequestValidationError)
    async def _invalid_request(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [
            f"{'.'.join(str(p) for p in err.get('loc', ()))}: {err.get('msg', 'invalid')}"
            for err in exc.errors()
        ]
        return JSONResponse(
            status_code=422,
            content={
                "error": {"code": "invalid_request", "message": "; ".join(problems)},
                "detail": jsonable_encoder(exc.errors()),
            },
        )
