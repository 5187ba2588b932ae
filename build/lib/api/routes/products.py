"""Catalog reads for storefronts: search with filters, one product, its image."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import FileResponse, RedirectResponse, Response

from aisle.catalog_images import image_id
from api.deps import SearchDep, SettingsDep
from api.errors import ApiError
from api.schemas import ProductPublic, SearchResponse
from catalog.filters import SearchFilters
from vision.store import ImageStore

router = APIRouter(prefix="/v1/products", tags=["products"])


@router.get("/search", response_model=SearchResponse)
def search_products(
    search: SearchDep,
    q: Annotated[str, Query(max_length=500, description="The shopper's words.")] = "",
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
    offset: Annotated[int, Query(ge=0, le=10_000)] = 0,
    price_min: Annotated[int | None, Query(ge=0, description="Minor units.")] = None,
    price_max: Annotated[int | None, Query(ge=0, description="Minor units.")] = None,
    color: Annotated[list[str] | None, Query(description="Colour family, repeatable.")] = None,
    size: Annotated[list[str] | None, Query()] = None,
    brand: Annotated[list[str] | None, Query()] = None,
    category: Annotated[list[str] | None, Query()] = None,
    in_stock: bool = False,
    parse: Annotated[bool, Query(description="Read price/colour/size words from q.")] = True,
) -> SearchResponse:
    filters = SearchFilters(
        price_min=price_min,
        price_max=price_max,
        colors=[c.lower() for c in color or []],
        sizes=size or [],
        brands=brand or [],
        categories=category or [],
        in_stock=in_stock,
    )
    if price_min is not None and price_max is not None and price_min > price_max:
        raise ApiError(422, "invalid_price_range", "price_min is greater than price_max")
    result = search.search(q, filters, limit=limit, offset=offset, parse=parse)
    return SearchResponse.of(result)


@router.get("/{product_id}", response_model=ProductPublic)
def get_product(product_id: str, search: SearchDep) -> ProductPublic:
    product = search.get(product_id)
    if product is None:
        raise ApiError(404, "product_not_found", f"no product with id {product_id!r}")
    return ProductPublic.of(product)


@router.get("/{product_id}/image", response_model=None)
def get_product_image(
    product_id: str, search: SearchDep, settings: SettingsDep, variant_id: str | None = None
) -> Response:
    product = search.get(product_id)
    if product is None:
        raise ApiError(404, "product_not_found", f"no product with id {product_id!r}")
    variant = product.variant(variant_id) if variant_id else None
    source = (variant.image if variant and variant.image else None) or next(
        iter(product.images), None
    )
    if source is None:
        raise ApiError(404, "image_not_found", "this product has no image")
    if source.startswith(("http://", "https://")):
        return RedirectResponse(source)
    # Only images an import re-encoded into the content-addressed store are served: never a
    # path, whatever a feed (or an index written by an older version) names.
    stored = image_id(source)
    store = ImageStore(settings.images_dir)
    if stored is None or stored not in store:
        raise ApiError(404, "image_not_found", "the product's image is not in the image store")
    return FileResponse(
        store.get(stored),
        media_type="image/jpeg",
        headers={"Cache-Control": "public, max-age=3600", "X-Content-Type-Options": "nosniff"},
    )
