"""Public JSON shapes of catalog objects; money is always {"amount": minor units, "currency"}."""

from __future__ import annotations

from pydantic import BaseModel, Field

from aisle.money import Money
from catalog.model import IMAGE_REF_PREFIX, NutritionFacts, Product, Variant
from catalog.search import SearchResult


class VariantPublic(BaseModel):
    id: str
    title: str | None = None
    options: dict[str, str]
    price: Money
    compare_at_price: Money | None = None
    in_stock: bool
    stock: int | None = Field(default=None, description="Units on hand; null when not tracked.")

    @classmethod
    def of(cls, variant: Variant) -> VariantPublic:
        return cls(
            id=variant.id,
            title=variant.title,
            options=variant.options,
            price=variant.price,
            compare_at_price=variant.compare_at_price,
            in_stock=variant.in_stock,
            stock=variant.stock,
        )


class ProductPublic(BaseModel):
    id: str
    title: str
    description: str
    brand: str | None = None
    category: list[str]
    price: Money = Field(description="The lowest variant price.")
    in_stock: bool
    link: str | None = None
    image_url: str | None = Field(default=None, description="Served by this API when local.")
    attributes: dict[str, str]
    nutrition: NutritionFacts | None = None
    variants: list[VariantPublic]

    @classmethod
    def of(cls, product: Product) -> ProductPublic:
        return cls(
            id=product.id,
            title=product.title,
            description=product.description,
            brand=product.brand,
            category=product.category,
            price=product.min_price,
            in_stock=product.in_stock,
            link=product.link,
            image_url=image_url(product),
            attributes=product.attributes,
            nutrition=product.nutrition,
            variants=[VariantPublic.of(v) for v in product.variants],
        )


class SearchHitPublic(ProductPublic):
    score: float
    matching_variant_ids: list[str]


class SearchResponse(BaseModel):
    results: list[SearchHitPublic]
    query: str = Field(description="What was matched after price, colour and size were read.")
    filters: dict[str, object] = Field(description="The hard filters that were applied.")
    sort: str

    @classmethod
    def of(cls, result: SearchResult) -> SearchResponse:
        """The one JSON shape of a search, for the REST route and `aisle search --json`."""
        return cls(
            results=[
                SearchHitPublic(
                    **ProductPublic.of(hit.product).model_dump(),
                    score=hit.score,
                    matching_variant_ids=hit.variant_ids,
                )
                for hit in result.hits
            ],
            query=result.query.text,
            filters=result.filters.model_dump(exclude_defaults=True),
            sort=result.query.sort,
        )


def image_url(product: Product) -> str | None:
    if not product.images:
        return None
    first = product.images[0]
    if first.startswith(("http://", "https://")):
        return first
    if first.startswith(IMAGE_REF_PREFIX):
        return f"/v1/products/{product.id}/image"
    return None  # a path: never served
