"""Shopify product CSV exports import as products joined by Handle."""

from __future__ import annotations

from pathlib import Path

from catalog.importers import RowError, read_catalog
from catalog.model import Product

DATA = Path(__file__).parent / "data"
EXPORT = DATA / "shopify_products.csv"


def split(path: Path, currency: str = "USD") -> tuple[dict[str, Product], list[RowError]]:
    entries = list(read_catalog(path, default_currency=currency))
    products = {e.id: e for e in entries if isinstance(e, Product)}
    return products, [e for e in entries if isinstance(e, RowError)]


def test_rows_of_a_handle_become_one_product_with_named_options() -> None:
    products, _ = split(EXPORT)
    shoe = products["trail-runner"]
    assert shoe.title == "Trail Runner"
    assert shoe.brand == "Stride"
    assert [v.options for v in shoe.variants] == [
        {"color": "Red", "size": "9"},
        {"color": "Red", "size": "10"},
        {"color": "Blue", "size": "9"},
    ]
    assert shoe.category == ["Apparel & Accessories", "Shoes"]


def test_variant_id_is_the_sku_or_handle_and_option_values() -> None:
    products, _ = split(EXPORT)
    ids = [v.id for v in products["trail-runner"].variants]
    assert ids == ["TR-RED-9", "TR-RED-10", "trail-runner:Blue/9"]


def test_prices_use_the_default_currency_and_compare_at_only_when_higher() -> None:
    products, _ = split(EXPORT, currency="cad")
    red_9, red_10, blue_9 = products["trail-runner"].variants
    assert (red_9.price.amount, red_9.price.currency) == (8900, "CAD")
    assert red_9.compare_at_price is not None and red_9.compare_at_price.amount == 12000
    assert red_10.compare_at_price is None  # equal to the price: not a sale
    assert blue_9.price.amount == 9250


def test_tracked_inventory_sets_stock_and_oversell_means_untracked() -> None:
    products, _ = split(EXPORT)
    red_9, red_10, blue_9 = products["trail-runner"].variants
    assert red_9.stock == 5 and red_9.in_stock
    assert red_10.stock == 0 and not red_10.in_stock
    assert blue_9.stock is None  # policy 'continue': can be bought whatever the count
    assert products["canvas-tote"].variants[0].stock is None  # no tracker


def test_image_only_rows_add_images_in_position_order() -> None:
    products, _ = split(EXPORT)
    assert products["trail-runner"].images == [
        "https://cdn.shopify.com/s/files/tr-red.jpg",
        "https://cdn.shopify.com/s/files/tr-sole.jpg",
        "https://cdn.shopify.com/s/files/tr-side.jpg",
    ]
    assert (
        products["trail-runner"].variants[0].image == "https://cdn.shopify.com/s/files/tr-red.jpg"
    )


def test_body_html_becomes_plain_text() -> None:
    products, _ = split(EXPORT)
    description = products["trail-runner"].description
    assert description == "Light trail shoe & more.\nGrippy sole\nRock plate"
    assert products["canvas-tote"].description == "Sturdy tote for groceries & books"


def test_default_title_placeholder_means_no_options() -> None:
    products, _ = split(EXPORT)
    tote = products["canvas-tote"].variants
    assert len(tote) == 1 and tote[0].options == {} and tote[0].id == "TOTE-1"


def test_extra_columns_kept_and_drafts_not_buyable() -> None:
    products, _ = split(EXPORT)
    attributes = products["trail-runner"].attributes
    assert attributes["tags"] == "running, trail"
    assert attributes["google_shopping_gender"] == "unisex"
    assert products["trail-runner"].variants[0].gtin == "0123456789012"
    hat = products["winter-hat"]
    assert hat.attributes["status"] == "draft" and not hat.in_stock


def test_bad_price_row_reports_its_physical_line_and_the_rest_imports() -> None:
    products, errors = split(EXPORT)
    # Line 10, not 6: the first row's Body (HTML) spans five lines.
    assert errors == [RowError(10, "unreadable Variant Price 'eighty'", "TR-BLUE-10")]
    assert sorted(products) == ["canvas-tote", "trail-runner", "winter-hat"]


def test_handle_without_title_row_is_reported(tmp_path: Path) -> None:
    export = tmp_path / "products.csv"
    export.write_text(
        "Handle,Title,Option1 Name,Option1 Value,Variant SKU,Variant Price\n"
        "orphan,,,M,ORPH-M,10.00\n"
        "ok,Okay Cap,Size,M,CAP-M,12.00\n"
    )
    products, errors = split(export)
    assert list(products) == ["ok"]
    assert errors == [RowError(2, "missing Title on the first row of the handle", "orphan")]
