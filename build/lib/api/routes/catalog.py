"""Catalog imports for the store owner: upload a feed to the live server, then follow its status.

Admin keys only (`require_admin_key`): a storefront key is in page source for anyone to copy.
The form is parsed here, after the key check and with a byte limit, so that nobody can make
the server store an unbounded body before being refused.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator
from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import TypeAdapter, ValidationError
from starlette.datastructures import FormData, UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser

from aisle.import_status import CatalogImport
from aisle.import_uploads import EmptyUpload, UploadTooLarge
from aisle.imports import ImportsClosed
from api.deps import ImportsDep, SettingsDep
from api.errors import ApiError, ErrorBody
from catalog.importers import FORMATS, UnknownFormat

router = APIRouter(prefix="/v1/catalog", tags=["catalog"])
ADMIN = True

_ENVELOPE_BYTES = 64 * 1024  # multipart boundaries, part headers, `format` and `replace`
_UPLOAD_FORM: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {
                            "type": "string",
                            "format": "binary",
                            "description": "GMC TSV/XML, Shopify CSV or JSONL; at most "
                            "AISLE_MAX_IMPORT_BYTES (512 MB by default).",
                        },
                        "format": {
                            "type": "string",
                            "enum": list(FORMATS),
                            "description": "Default: from the file name and first line.",
                        },
                        "replace": {
                            "type": "boolean",
                            "default": False,
                            "description": "Remove products that are not in the file; only "
                            "once the whole file was read and held at least one product.",
                        },
                        "allow_empty": {
                            "type": "boolean",
                            "default": False,
                            "description": "With replace: a file with no products empties "
                            "the catalog (refused otherwise).",
                        },
                    },
                }
            }
        },
    }
}


@router.post(
    "/imports",
    status_code=202,
    response_model=CatalogImport,
    openapi_extra=_UPLOAD_FORM,
    responses={
        400: {"description": "Empty file or malformed form"},
        413: {"description": "Larger than AISLE_MAX_IMPORT_BYTES"},
        415: {"description": "Not a catalog format Aisle reads"},
        503: {"description": "The server is stopping", "model": ErrorBody},
    },
)
async def start_import(
    request: Request, response: Response, imports: ImportsDep, settings: SettingsDep
) -> CatalogImport:
    """Queue a catalog file; imports run one at a time, in the order they arrived."""
    limit = settings.max_import_bytes
    form = await _read_form(request, limit)
    try:
        upload, fmt, replace, allow_empty = _import_fields(form)
        job = await run_in_threadpool(
            imports.create,
            upload.file,
            upload.filename or "",
            fmt=fmt,
            replace=replace,
            max_bytes=limit,
            allow_empty=allow_empty,
        )
    except EmptyUpload as exc:
        raise ApiError(400, "empty_upload", str(exc)) from exc
    except UploadTooLarge as exc:
        raise _too_large(limit) from exc
    except UnknownFormat as exc:
        raise ApiError(415, "unsupported_catalog_format", str(exc)) from exc
    except ImportsClosed as exc:
        raise ApiError(503, "server_stopping", str(exc)) from exc
    finally:
        await form.close()
    response.headers["Location"] = str(request.app.url_path_for("get_import", import_id=job.id))
    return job


@router.get("/imports/{import_id}", response_model=CatalogImport)
def get_import(import_id: str, imports: ImportsDep) -> CatalogImport:
    """Status, and once finished the counts and the first 100 bad rows with their lines."""
    job = imports.get(import_id)
    if job is None:
        raise ApiError(404, "import_not_found", f"no catalog import with id {import_id!r}")
    return job


async def _read_form(request: Request, limit: int) -> FormData:
    ceiling = limit + _ENVELOPE_BYTES
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > ceiling:
        raise _too_large(limit)
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        raise ApiError(
            415, "unsupported_media_type", "send multipart/form-data with the catalog in 'file'"
        )
    parser = MultiPartParser(
        request.headers, _at_most(request.stream(), ceiling, limit), max_files=1, max_fields=4
    )
    try:
        return await parser.parse()
    except MultiPartException as exc:
        raise ApiError(400, "malformed_upload", exc.message) from exc


async def _at_most(
    chunks: AsyncIterator[bytes], ceiling: int, limit: int
) -> AsyncGenerator[bytes, None]:
    """The body as it arrives, refused once it passes the ceiling (a body may omit its length)."""
    received = 0
    async for chunk in chunks:
        received += len(chunk)
        if received > ceiling:
            raise _too_large(limit)
        yield chunk


def _import_fields(form: FormData) -> tuple[UploadFile, str | None, bool, bool]:
    upload = form.get("file")
    if not isinstance(upload, UploadFile):
        raise ApiError(422, "invalid_request", "file: the catalog file is required")
    fmt = form.get("format") or None
    if fmt is not None and fmt not in FORMATS:
        raise ApiError(422, "invalid_request", f"format: expected one of {', '.join(FORMATS)}")
    replace, allow_empty = (_flag(form, name) for name in ("replace", "allow_empty"))
    return upload, fmt if isinstance(fmt, str) else None, replace, allow_empty


def _flag(form: FormData, name: str) -> bool:
    try:
        return TypeAdapter(bool).validate_python(form.get(name) or False)
    except ValidationError as exc:
        raise ApiError(422, "invalid_request", f"{name}: expected true or false") from exc


def _too_large(limit: int) -> ApiError:
    return ApiError(
        413,
        "upload_too_large",
        f"the file is larger than this server's limit of {limit:,} bytes (AISLE_MAX_IMPORT_BYTES)",
    )
