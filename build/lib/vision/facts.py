"""What Aisle learned from a photo: the stable JSON shape other tools and the agent rely on."""

from __future__ import annotations

from pydantic import BaseModel, Field

from aisle.nutrition import NutritionFacts


class ColorShare(BaseModel):
    """A colour family of the item (not the background) and its share of the item's pixels."""

    name: str = Field(description="Colour family from aisle.colors, e.g. 'blue'.")
    share: float = Field(ge=0, le=1)
    shade: str | None = Field(default=None, description="Closest named shade, e.g. 'navy'.")


class CategoryScore(BaseModel):
    """A catalog category name the item probably belongs to."""

    label: str
    score: float = Field(ge=0, le=1)


class SimilarItem(BaseModel):
    """A catalog product that looks like the photo (or is named in its text)."""

    id: str = Field(description="Merchant product id.")
    score: float
    variant_ids: list[str] = Field(
        default_factory=list, description="Variants that satisfy the filters (e.g. the blue ones)."
    )


class ProductText(BaseModel):
    """Product facts read from printed text on a package."""

    brand: str | None = None
    size: str | None = Field(default=None, description="Net size as printed, e.g. '12 OZ'.")


class ImageFacts(BaseModel):
    """Answers about one image; `text`/`nutrition` are null when OCR did not run or found none."""

    image_id: str = Field(description="sha256 of the upload; fetch it again by this id.")
    colors: list[ColorShare] = Field(
        default_factory=list, description="Colour families of the item, largest share first."
    )
    main_color: str | None = Field(
        default=None,
        description="The colour to name: a family, or 'multicolour' when none dominates.",
    )
    color_confidence: float = Field(
        default=0.0, ge=0, le=1, description="How sure the main colour is (0-1)."
    )
    categories: list[CategoryScore] = Field(default_factory=list)
    unsure: bool = Field(default=True, description="True when no category is confident enough.")
    similar: list[SimilarItem] = Field(default_factory=list)
    text: str | None = None
    nutrition: NutritionFacts | None = None
    product_text: ProductText | None = None
    text_matches: list[SimilarItem] = Field(
        default_factory=list, description="Products whose name matches the text in the photo."
    )
    warnings: list[str] = Field(default_factory=list)
