"""Hard filters a search must satisfy, shared by query understanding, search, vision and agent."""

from __future__ import annotations

from pydantic import BaseModel, Field


class SearchFilters(BaseModel):
    """Constraints on products. Variant-level fields must hold for one and the same variant."""

    # variant level
    price_min: int | None = Field(default=None, ge=0, description="Inclusive, minor units.")
    price_max: int | None = Field(default=None, ge=0, description="Inclusive, minor units.")
    colors: list[str] = Field(default_factory=list, description="Colour families (any of).")
    sizes: list[str] = Field(default_factory=list, description="Size values (any of).")
    in_stock: bool = Field(default=False, description="Only variants that can be bought now.")
    # product level
    categories: list[str] = Field(
        default_factory=list, description="Category names; a product matches if any is on its path."
    )
    brands: list[str] = Field(default_factory=list, description="Brands (any of).")
    product_ids: list[str] = Field(default_factory=list, description="Restrict to these ids.")
    exclude_ids: list[str] = Field(default_factory=list, description="Never return these ids.")
    # what the shopper ruled out ("not leather", "no black", "anything but Nike")
    exclude_colors: list[str] = Field(
        default_factory=list, description="Colour families no matching variant may have."
    )
    exclude_brands: list[str] = Field(default_factory=list, description="Brands never returned.")
    exclude_words: list[str] = Field(
        default_factory=list,
        description="Words (materials too) that no returned product's title, category or "
        "material may hold.",
    )

    def is_empty(self) -> bool:
        return self == SearchFilters()

    def refined_by(self, newer: SearchFilters) -> SearchFilters:
        """A follow-up ("in red", "under $50") overrides the fields it names, keeps the rest; a
        colour it rules out is no longer asked for."""
        merged = self.model_dump()
        for name, value in newer.model_dump().items():
            if value not in (None, [], False):
                merged[name] = value
        if newer.exclude_colors and not newer.colors:  # "not green tho, he has 4 green ones"
            merged["colors"] = [c for c in merged["colors"] if c not in newer.exclude_colors]
        low, high = merged["price_min"], merged["price_max"]
        if low is not None and high is not None and low >= high:  # "over 150", then "under 100"
            merged["price_min" if newer.price_max is not None else "price_max"] = None
        return SearchFilters.model_validate(merged)
