"""The embeddable chat widget (`/widget.js`, `/widget.css`) and a demo storefront that embeds it.

Public: a store's pages load these files without a key; the widget's own calls carry the key.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse, RedirectResponse

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"

router = APIRouter(tags=["widget"])
PUBLIC = True

# Short cache so a deploy reaches stores' pages within minutes; nosniff keeps types honest.
_ASSET_HEADERS = {
    "Cache-Control": "public, max-age=300",
    "X-Content-Type-Options": "nosniff",
    "Access-Control-Allow-Origin": "*",
}


@router.get("/widget.js", include_in_schema=False)
def widget_js() -> FileResponse:
    return FileResponse(
        STATIC_DIR / "widget.js",
        media_type="text/javascript; charset=utf-8",
        headers=_ASSET_HEADERS,
    )


@router.get("/widget.css", include_in_schema=False)
def widget_css() -> FileResponse:
    return FileResponse(
        STATIC_DIR / "widget.css", media_type="text/css; charset=utf-8", headers=_ASSET_HEADERS
    )


@router.get("/demo", include_in_schema=False)
def demo_storefront() -> FileResponse:
    return FileResponse(
        STATIC_DIR / "demo.html",
        media_type="text/html; charset=utf-8",
        headers={"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"},
    )


@router.get("/", include_in_schema=False)
def home() -> RedirectResponse:
    return RedirectResponse("/demo")
