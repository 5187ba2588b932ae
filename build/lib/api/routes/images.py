"""Photo questions: upload an image, get colours, category, similar products and label facts."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Form, UploadFile

from api.deps import SettingsDep, VisionDep
from api.error_docs import error_codes
from api.errors import ApiError, image_error
from catalog.filters import SearchFilters
from vision.errors import ImageRejected
from vision.facts import ImageFacts

router = APIRouter(prefix="/v1", tags=["images"], responses=error_codes(415))


@router.post("/images/analyze", response_model=ImageFacts)
def analyze_image(
    vision: VisionDep,
    settings: SettingsDep,
    file: Annotated[UploadFile, File(description="JPEG, PNG or WebP, at most 10 MB.")],
    q: Annotated[str | None, Form(max_length=500, description="The shopper's question.")] = None,
    price_min: Annotated[int | None, Form(ge=0, description="Minor units.")] = None,
    price_max: Annotated[int | None, Form(ge=0, description="Minor units.")] = None,
    color: Annotated[list[str] | None, Form(description="Colour family, repeatable.")] = None,
    category: Annotated[list[str] | None, Form()] = None,
    brand: Annotated[list[str] | None, Form()] = None,
    in_stock: Annotated[bool, Form()] = False,
    limit: Annotated[int, Form(ge=1, le=50)] = 5,
) -> ImageFacts:
    if price_min is not None and price_max is not None and price_min > price_max:
        raise ApiError(422, "invalid_price_range", "price_min is greater than price_max")
    data = file.file.read(settings.max_image_bytes + 1)  # never read more than the limit
    filters = SearchFilters(
        price_min=price_min,
        price_max=price_max,
        colors=[c.lower() for c in color or []],
        categories=category or [],
        brands=brand or [],
        in_stock=in_stock,
    )
    try:
        return vision.analyze_image(data, question=q, filters=filters, limit=limit)
    except ImageRejected as exc:
        raise image_error(exc) from exc
