"""Shopify product CSV exports: one row per variant, rows of a product joined by Handle.

The first row of a handle carries Title, Body and option names; later rows may carry only option
values and variant fields; rows without variant fields only add images.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from catalog.importers.grouping import KeyedRow, assemble_groups
from catalog.importers.images import normalise_image
from catalog.importers.rows import ReadResult, RowError, UnknownFormat
from catalog.importers.values import (
    FieldError,
    attribute_key,
    category_path,
    html_to_text,
    option_name,
    parse_price,
    parse_stock,
    validation_reason,
)
from catalog.model import Product, Variant

Row = dict[str, str]

_OPTION_COLUMNS = tuple((f"Option{i} Name", f"Option{i} Value") for i in (1, 2, 3))
_VARIANT_COLUMNS = ("Option1 Value", "Variant SKU", "Variant Price")
_PLACEHOLDER_VALUE = "default title"
_UNLISTED_STATUSES = ("draft", "archived")
# Columns read into the model, or per-variant details with no product-level meaning.
_CONSUMED = frozenset(
    {
        "Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type",
        *(column for pair in _OPTION_COLUMNS for column in pair),
        "Option1 Linked To", "Option2 Linked To", "Option3 Linked To",
        "Variant SKU", "Variant Grams", "Variant Inventory Tracker", "Variant Inventory Qty",
        "Variant Inventory Policy", "Variant Fulfillment Service", "Variant Price",
        "Variant Compare At Price", "Variant Requires Shipping", "Variant Taxable",
        "Variant Barcode", "Image Src", "Image Position", "Image Alt Text", "Variant Image",
        "Variant Weight Unit", "Variant Tax Code", "Cost per item",
    }
)  # fmt: skip


@dataclass
class _Draft:
    """A product being assembled from its rows."""

    handle: str
    line: int
    head: Row
    option_names: list[str]
    base_dir: Path
    currency: str
    variants: list[Variant] = field(default_factory=list)
    images: list[tuple[int, int, str]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


class ShopifyReader:
    """Reads one export; the default currency prices every row (Shopify exports carry none)."""

    def __init__(self, path: Path, default_currency: str) -> None:
        self.path = path
        self.base_dir = path.parent.resolve()
        self.currency = default_currency

    def __iter__(self) -> Iterator[ReadResult]:
        return assemble_groups(self._keyed_rows(), self._build)

    def _keyed_rows(self) -> Iterator[KeyedRow[Row] | RowError]:
        with self.path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            if "Handle" not in (reader.fieldnames or []):
                raise UnknownFormat(f"{self.path} has no 'Handle' column; not a Shopify export")
            last_line = reader.line_num
            for raw in reader:
                line, last_line = last_line + 1, reader.line_num
                row = {k.strip(): (v or "").strip() for k, v in raw.items() if k is not None}
                if not any(row.values()):
                    continue
                if not row.get("Handle"):
                    yield RowError(line, "missing Handle", row.get("Variant SKU") or None)
                    continue
                yield KeyedRow(line, row["Handle"], row)

    def _build(self, rows: list[KeyedRow[Row]]) -> Iterator[ReadResult]:
        head = rows[0]
        names = [option_name(head.row.get(n, "")) for n, _ in _OPTION_COLUMNS]
        draft = _Draft(head.group or "", head.line, head.row, names, self.base_dir, self.currency)
        for keyed in rows:
            self._add_row(draft, keyed)
        yield from draft.errors
        yield from _finish(draft)

    def _add_row(self, draft: _Draft, keyed: KeyedRow[Row]) -> None:
        row, line = keyed.row, keyed.line
        image = normalise_image(row.get("Image Src", ""), draft.base_dir, line)
        if image:
            position = int(row["Image Position"]) if row.get("Image Position", "").isdigit() else 0
            draft.images.append((position or 10**9, len(draft.images), image))
        if not any(row.get(column) for column in _VARIANT_COLUMNS):
            return
        try:
            variant = _variant(draft, row, line)
        except FieldError as exc:
            draft.errors.append(RowError(line, str(exc), row.get("Variant SKU") or draft.handle))
            return
        except ValidationError as exc:
            reason = validation_reason(exc)
            draft.errors.append(RowError(line, reason, row.get("Variant SKU") or draft.handle))
            return
        if any(v.id == variant.id for v in draft.variants):
            reason = f"duplicate variant {variant.id!r} in handle {draft.handle!r}"
            draft.errors.append(RowError(line, reason, variant.id))
            return
        draft.variants.append(variant)


def _variant(draft: _Draft, row: Row, line: int) -> Variant:
    if not row.get("Variant Price"):
        raise FieldError("Variant Price is empty")
    price = parse_price(row["Variant Price"], "Variant Price", draft.currency)
    compare_text = row.get("Variant Compare At Price", "")
    compare = None
    if compare_text:
        compare = parse_price(compare_text, "Variant Compare At Price", price.currency)
    options = _options(draft.option_names, row)
    sku = row.get("Variant SKU") or None
    status = (draft.head.get("Status") or "active").lower()
    tracked = bool(row.get("Variant Inventory Tracker"))
    oversell = row.get("Variant Inventory Policy", "").lower() == "continue"
    stock_text = row.get("Variant Inventory Qty", "") if tracked and not oversell else ""
    return Variant(
        id=sku or (f"{draft.handle}:{'/'.join(options.values())}" if options else draft.handle),
        title=" / ".join(options.values()) or None,
        options=options,
        price=price,
        compare_at_price=compare if compare and compare.amount > price.amount else None,
        stock=parse_stock(stock_text, "Variant Inventory Qty"),
        available=status not in _UNLISTED_STATUSES,
        gtin=row.get("Variant Barcode", "").lstrip("'") or None,
        sku=sku,
        image=normalise_image(row.get("Variant Image", ""), draft.base_dir, line),
    )


def _options(names: list[str], row: Row) -> dict[str, str]:
    """Option name -> value, without Shopify's 'Title: Default Title' placeholder."""
    options: dict[str, str] = {}
    for index, (_, value_column) in enumerate(_OPTION_COLUMNS):
        value = row.get(value_column, "")
        name = names[index] or f"option{index + 1}"
        if value and value.lower() != _PLACEHOLDER_VALUE:
            options[name] = value
    return options


def _finish(draft: _Draft) -> Iterator[ReadResult]:
    head = draft.head
    if not head.get("Title"):
        yield RowError(draft.line, "missing Title on the first row of the handle", draft.handle)
        return
    if not draft.variants:
        if not draft.errors:
            yield RowError(draft.line, "no variant with a price", draft.handle)
        return
    attributes = {
        attribute_key(column): value
        for column, value in head.items()
        if column not in _CONSUMED and value
    }
    if head.get("Type"):
        attributes = {"type": head["Type"], **attributes}
    try:
        product = Product(
            id=draft.handle,
            title=head.get("Title", ""),
            description=html_to_text(head.get("Body (HTML)", "")),
            brand=head.get("Vendor") or None,
            category=category_path(head.get("Product Category", ""))
            or ([head["Type"]] if head.get("Type") else []),
            images=list(dict.fromkeys(image for *_, image in sorted(draft.images))),
            attributes=attributes,
            variants=draft.variants,
        )
    except ValidationError as exc:
        yield RowError(draft.line, validation_reason(exc), draft.handle)
        return
    yield draft.line, product


def read_shopify_csv(path: Path, default_currency: str) -> Iterator[ReadResult]:
    return iter(ShopifyReader(path, default_currency))
