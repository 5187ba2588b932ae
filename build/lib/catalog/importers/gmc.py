"""Google Merchant Center items -> Products; shared by the tab-separated and the XML feed."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from aisle.money import Money
from catalog.importers.grouping import KeyedRow
from catalog.importers.images import normalise_image
from catalog.importers.rows import ReadResult, RowError
from catalog.importers.values import (
    FieldError,
    attribute_key,
    category_path,
    parse_availability,
    parse_price,
    parse_stock,
    validation_reason,
)
from catalog.model import Product, Variant

logger = logging.getLogger(__name__)

# A GMC item: field name (lower-case, no 'g:') -> its values in feed order.
Item = dict[str, list[str]]

OPTION_FIELDS = ("color", "size", "material")
QUANTITY_FIELDS = ("quantity", "stock", "stock_quantity", "inventory", "sell_on_google_quantity")
MAPPED_FIELDS = frozenset(
    {
        "id", "title", "description", "link", "image_link", "additional_image_link", "price",
        "sale_price", "availability", "brand", "gtin", "product_type", "item_group_id",
        *OPTION_FIELDS, *QUANTITY_FIELDS,
    }
)  # fmt: skip


def field_name(column: str) -> str:
    """'g:image_link', 'Image Link' and 'image_link' all name the same GMC field."""
    name = column.strip().lower().removeprefix("g:")
    return "_".join(name.split())


def first(item: Item, field: str) -> str:
    return next((v.strip() for v in item.get(field, []) if v.strip()), "")


@dataclass(frozen=True)
class ParsedItem:
    """One feed row read into our terms, before it joins its group."""

    variant: Variant
    title: str
    description: str
    brand: str | None
    category: list[str]
    link: str | None
    images: list[str]
    attributes: dict[str, str]


def keyed_item(item: Item, line: int, base_dir: Path) -> KeyedRow[ParsedItem] | RowError:
    """Parse one item, or say in a RowError why it cannot import."""
    item_id = first(item, "id")
    try:
        if not item_id:
            raise FieldError("missing id")
        parsed = _parse_item(item, item_id, line, base_dir)
    except FieldError as exc:
        return RowError(line, str(exc), item_id or None)
    except ValidationError as exc:
        return RowError(line, validation_reason(exc), item_id or None)
    return KeyedRow(line, first(item, "item_group_id") or None, parsed)


def build_product(rows: list[KeyedRow[ParsedItem]]) -> Iterator[ReadResult]:
    """Rows of one item_group_id (or one ungrouped row) as one Product."""
    head = rows[0]
    product_id = head.group or head.row.variant.id
    accepted: list[KeyedRow[ParsedItem]] = []
    variants: list[Variant] = []
    seen: dict[str, int] = {}
    for keyed in rows:
        variant = keyed.row.variant
        if variant.id in seen:
            first_line = seen[variant.id]
            reason = f"duplicate id {variant.id!r} in group {product_id!r} (line {first_line})"
            yield RowError(keyed.line, reason, variant.id)
            continue
        if variants and variant.price.currency != variants[0].price.currency:
            reason = (
                f"price in {variant.price.currency} but group {product_id!r} "
                f"is priced in {variants[0].price.currency}"
            )
            yield RowError(keyed.line, reason, variant.id)
            continue
        seen[variant.id] = keyed.line
        variants.append(variant)
        accepted.append(keyed)
    try:
        product = Product(
            id=product_id,
            title=head.row.title,
            description=_first_given(r.row.description for r in accepted),
            brand=_first_given(r.row.brand or "" for r in accepted) or None,
            category=next((r.row.category for r in accepted if r.row.category), []),
            link=_first_given(r.row.link or "" for r in accepted) or None,
            images=list(dict.fromkeys(image for r in accepted for image in r.row.images)),
            attributes=_merged_attributes(accepted),
            variants=variants,
        )
    except ValidationError as exc:
        yield RowError(head.line, validation_reason(exc), product_id)
        return
    yield head.line, product


def _parse_item(item: Item, item_id: str, line: int, base_dir: Path) -> ParsedItem:
    title = first(item, "title") or _stand_in_title(item, item_id, line)
    price_text = first(item, "price")
    if not price_text:
        raise FieldError("missing price")
    price = parse_price(price_text, "price", None)
    sale_text = first(item, "sale_price")
    compare_at: Money | None = None
    if sale_text:
        sale = parse_price(sale_text, "sale_price", price.currency)
        if sale.currency != price.currency:
            raise FieldError(f"sale_price {sale_text!r} is not in {price.currency} like the price")
        if sale.amount > price.amount:
            raise FieldError(f"sale_price {sale_text!r} is above price {price_text!r}")
        price, compare_at = sale, (price if sale.amount < price.amount else None)
    image = normalise_image(first(item, "image_link"), base_dir, line)
    extra_images = [
        normalise_image(url, base_dir, line)
        for value in item.get("additional_image_link", [])
        for url in value.split(",")
    ]
    variant = Variant(
        id=item_id,
        title=title,
        options={name: first(item, name) for name in OPTION_FIELDS if first(item, name)},
        price=price,
        compare_at_price=compare_at,
        stock=_quantity(item),
        available=parse_availability(first(item, "availability")),
        gtin=first(item, "gtin") or None,
        image=image,
    )
    return ParsedItem(
        variant=variant,
        title=title,
        description=first(item, "description"),
        brand=first(item, "brand") or None,
        category=category_path(first(item, "product_type"))
        or _readable_google_category(first(item, "google_product_category")),
        link=first(item, "link") or None,
        images=[url for url in (image, *extra_images) if url],
        attributes={
            attribute_key(name): ", ".join(v.strip() for v in values if v.strip())
            for name, values in item.items()
            if name not in MAPPED_FIELDS and any(v.strip() for v in values)
        },
    )


def _stand_in_title(item: Item, item_id: str, line: int) -> str:
    """Real feeds have untitled rows that are still priced and linked; import them, loudly."""
    stand_in = " ".join(first(item, "description").split()[:20]) or item_id
    logger.warning("line %d: item %s has no title; imported as %r", line, item_id, stand_in)
    return stand_in


def _quantity(item: Item) -> int | None:
    for field in QUANTITY_FIELDS:
        if first(item, field):
            return parse_stock(first(item, field), field)
    return None


def _readable_google_category(text: str) -> list[str]:
    """Google's taxonomy path when given as words; a bare numeric id says nothing to shoppers."""
    return [] if text.isdigit() else category_path(text)


def _first_given(values: Iterator[str]) -> str:
    return next((v for v in values if v), "")


def _merged_attributes(rows: list[KeyedRow[ParsedItem]]) -> dict[str, str]:
    merged: dict[str, str] = {}
    for keyed in rows:
        for key, value in keyed.row.attributes.items():
            merged.setdefault(key, value)
    return merged
