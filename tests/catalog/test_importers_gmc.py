"""Google Merchant Center feeds (tab-separated and XML) import as grouped products."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import SHARED_BENCHMARKS
from catalog.importers import RowError, read_catalog
from catalog.model import Product

DATA = Path(__file__).parent / "data"
CHATSHOP = SHARED_BENCHMARKS / "chatshop" / "products.tsv"


def split(path: Path) -> tuple[dict[str, Product], list[RowError]]:
    entries = list(read_catalog(path))
    products = {e.id: e for e in entries if isinstance(e, Product)}
    return products, [e for e in entries if isinstance(e, RowError)]


def test_tsv_rows_sharing_item_group_id_become_one_product_with_variants() -> None:
    products, _ = split(DATA / "gmc_feed.tsv")
    tee = products["TEE"]
    assert [v.id for v in tee.variants] == ["TEE-RED-M", "TEE-RED-L", "TEE-NAVY-M"]
    red_l = tee.variant("TEE-RED-L")
    assert red_l is not None
    assert red_l.options == {"color": "Red", "size": "L", "material": "Cotton"}
    assert tee.option_values("color") == ["Red", "Navy"]
    assert tee.category == ["Apparel", "Tops", "T-Shirts"]
    assert tee.brand == "Acme"


def test_tsv_sale_price_becomes_price_and_regular_price_compare_at() -> None:
    products, _ = split(DATA / "gmc_feed.tsv")
    sale = products["TEE"].variant("TEE-RED-M")
    assert sale is not None
    assert (sale.price.amount, sale.price.currency) == (1499, "USD")
    assert sale.compare_at_price is not None and sale.compare_at_price.amount == 1999
    assert products["TEE"].variant("TEE-NAVY-M").compare_at_price is None  # type: ignore[union-attr]


def test_tsv_availability_and_quantity_set_stock() -> None:
    products, _ = split(DATA / "gmc_feed.tsv")
    red_l = products["TEE"].variant("TEE-RED-L")
    assert red_l is not None and not red_l.available and not red_l.in_stock
    assert products["TEE"].variant("TEE-RED-M").stock == 12  # type: ignore[union-attr]
    assert products["TEE"].variant("TEE-NAVY-M").stock is None  # type: ignore[union-attr]
    assert products["MUG-2"].variants[0].available  # preorder can still be bought
    assert products["BOOK-1"].variants[0].available  # backorder too


def test_tsv_unknown_columns_are_kept_as_attributes() -> None:
    products, _ = split(DATA / "gmc_feed.tsv")
    assert products["TEE"].attributes["custom_label_0"] == "summer"
    assert products["TEE"].attributes["condition"] == "new"
    assert products["BOOK-1"].attributes == {"condition": "used"}


def test_tsv_quoted_field_keeps_tabs_quotes_and_newlines() -> None:
    products, _ = split(DATA / "gmc_feed.tsv")
    assert products["MUG-2"].description == 'A 12 oz mug, "diner"\tstyle\nwith a rolled rim.'


def test_tsv_bad_rows_report_their_line_and_the_rest_imports() -> None:
    products, errors = split(DATA / "gmc_feed.tsv")
    by_line = {e.line: e for e in errors}
    assert by_line[5].item_id == "TEE-NAVY-L" and "EUR" in by_line[5].reason
    assert by_line[6].reason == "price '15,00' has no currency"
    assert by_line[9].reason == "missing id"  # after a quoted field spanning lines 7-8
    assert len(errors) == 3
    assert sorted(products) == ["BOOK-1", "MUG-2", "TEE"]
    assert products["BOOK-1"].currency == "EUR"


def test_tsv_with_bom_and_crlf_reads_the_same(tmp_path: Path) -> None:
    text = (DATA / "gmc_feed.tsv").read_text()
    windows = tmp_path / "feed.tsv"
    windows.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())
    original, original_errors = split(DATA / "gmc_feed.tsv")
    crlf, crlf_errors = split(windows)

    def offers(products: dict[str, Product]) -> list[tuple[str, int, dict[str, str]]]:
        return [(v.id, v.price.amount, v.options) for p in products.values() for v in p.variants]

    assert offers(crlf) == offers(original)
    assert crlf["TEE"].title == original["TEE"].title
    assert crlf["MUG-2"].description == original["MUG-2"].description.replace("\n", "\r\n")
    assert [e.line for e in crlf_errors] == [e.line for e in original_errors]


def test_tsv_reads_identically_every_time() -> None:
    first = [e for e in read_catalog(DATA / "gmc_feed.tsv")]
    second = [e for e in read_catalog(DATA / "gmc_feed.tsv")]
    assert first == second


def test_tsv_row_with_a_stray_extra_field_is_reported(tmp_path: Path) -> None:
    feed = tmp_path / "feed.tsv"
    feed.write_text("id\ttitle\tprice\nA\tApple\t1.00 USD\t\t\nB\tBanana\t2.00 USD\toops\n")
    products, errors = split(feed)
    assert list(products) == ["A"]  # empty trailing columns are fine
    assert errors[0].line == 3 and "header has 3" in errors[0].reason


def test_group_split_across_the_file_is_reported_not_merged_silently(tmp_path: Path) -> None:
    feed = tmp_path / "feed.tsv"
    feed.write_text(
        "id\ttitle\tprice\titem_group_id\n"
        "A1\tA small\t1.00 USD\tA\n"
        "B\tB\t2.00 USD\t\n"
        "A2\tA large\t1.50 USD\tA\n"
    )
    products, errors = split(feed)
    assert [v.id for v in products["A"].variants] == ["A1"]
    assert errors == [
        RowError(
            4,
            "product id 'A' was already imported from line 2; rows of one product must be "
            "contiguous",
            "A",
        )
    ]


def test_untitled_row_imports_under_a_stand_in_title(tmp_path: Path) -> None:
    feed = tmp_path / "feed.tsv"
    feed.write_text(
        "id\ttitle\tdescription\tprice\nX1\t\t\t3.00 USD\nX2\t\tBlue widget\t3.00 USD\n"
    )
    products, errors = split(feed)
    assert errors == []
    assert products["X1"].title == "X1"
    assert products["X2"].title == "Blue widget"


def test_xml_items_with_g_fields_group_into_variants() -> None:
    products, _ = split(DATA / "gmc_feed.xml")
    jacket = products["JKT"]
    assert jacket.title == "Rain Jacket - Forest Green / S"
    assert jacket.description == "Packable 2.5-layer rain shell & hood."
    assert [v.id for v in jacket.variants] == ["JKT-GRN-S", "JKT-GRN-M"]
    assert jacket.variants[0].options == {"color": "Forest Green", "size": "S"}
    assert jacket.variants[0].price.amount == 9900
    assert jacket.variants[0].compare_at_price.amount == 12900  # type: ignore[union-attr]
    assert jacket.variants[0].gtin == "00098765432109"
    assert not jacket.variants[1].available
    assert jacket.category == ["Outdoor", "Clothing", "Jackets"]
    assert jacket.images == [
        "https://cdn.example.com/jacket-green.jpg",
        "https://cdn.example.com/jacket-back.jpg",
        "https://cdn.example.com/jacket-hood.jpg",
    ]
    assert jacket.attributes["shipping"] == "US:Standard:4.95 USD"


def test_xml_g_namespaced_title_and_google_category_and_quantity() -> None:
    products, _ = split(DATA / "gmc_feed.xml")
    lamp = products["LAMP-1"]
    assert lamp.title == "Headlamp 400"
    assert lamp.link == "https://shop.example.com/headlamp"
    assert lamp.category == ["Sporting Goods", "Outdoor Recreation", "Camping"]
    assert lamp.variants[0].stock == 3
    assert lamp.attributes["energy_efficiency_class"] == "A"


def test_xml_bad_items_report_the_line_their_item_starts_on() -> None:
    products, errors = split(DATA / "gmc_feed.xml")
    by_line = {e.line: e for e in errors}
    assert by_line[42].item_id == "JKT-GRN-M" and "duplicate id" in by_line[42].reason
    assert by_line[49].reason == "unreadable price 'forty dollars'"
    assert len(errors) == 2
    assert sorted(products) == ["JKT", "LAMP-1"]


def test_malformed_xml_keeps_items_before_the_break(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(
        '<rss xmlns:g="http://base.google.com/ns/1.0"><channel>\n'
        "<item><g:id>A</g:id><title>Apple</title><g:price>1.00 USD</g:price></item>\n"
        "<item><g:id>B</g:id><title>Broken</title><g:price>2.00 USD</g:pricee></item>\n"
        "<item><g:id>C</g:id><title>Cherry</title><g:price>3.00 USD</g:price></item>\n"
        "</channel></rss>\n"
    )
    products, errors = split(feed)
    assert list(products) == ["A"]
    assert len(errors) == 1 and errors[0].line == 3 and "not well-formed" in errors[0].reason


@pytest.mark.parametrize(
    "declaration",
    [
        '<!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>',
        '<!DOCTYPE rss SYSTEM "file:///etc/passwd">',
    ],
)
def test_xml_with_doctype_or_entities_is_refused(tmp_path: Path, declaration: str) -> None:
    feed = tmp_path / "bomb.xml"
    feed.write_text(
        f'<?xml version="1.0"?>\n{declaration}\n'
        '<rss xmlns:g="http://base.google.com/ns/1.0"><channel>\n'
        "<item><g:id>A</g:id><title>&lol2;</title><g:price>1.00 USD</g:price></item>\n"
        "</channel></rss>\n"
    )
    products, errors = split(feed)
    assert products == {}
    assert errors[0].line == 2 and "refused" in errors[0].reason


@pytest.mark.skipif(not CHATSHOP.exists(), reason=f"shared benchmark missing: {CHATSHOP}")
def test_chatshop_feed_imports_every_row() -> None:
    products, errors = split(CHATSHOP)
    assert errors == []
    assert len(products) == 2123
    first = products["B0007SMLUM"]
    assert first.variants[0].price.amount == 1661
    assert first.category[0] == "Grocery & Gourmet Food"


def test_doctype_text_inside_a_description_is_not_mistaken_for_a_declaration(
    tmp_path: Path,
) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(
        '<rss xmlns:g="http://base.google.com/ns/1.0"><channel>\n'
        "<item><g:id>A</g:id><title>Apple</title><g:price>1.00 USD</g:price>\n"
        "<description><![CDATA[<!DOCTYPE html><p>Crisp</p>]]></description></item>\n"
        "</channel></rss>\n"
    )
    products, errors = split(feed)
    assert errors == [] and products["A"].description == "<!DOCTYPE html><p>Crisp</p>"


def test_atom_feed_entries_import(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(
        '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:g="http://base.google.com/ns/1.0">\n'
        "<title>Store</title>\n"
        "<entry>\n<id>tag:store,2024:1</id><g:id>CAP-1</g:id><title>Cap</title>\n"
        '<link href="https://shop.example.com/cap"/><summary>Cotton cap</summary>\n'
        "<g:price>9.50 GBP</g:price></entry>\n</feed>\n"
    )
    products, errors = split(feed)
    assert errors == []
    cap = products["CAP-1"]
    assert (cap.title, cap.description, cap.link) == (
        "Cap",
        "Cotton cap",
        "https://shop.example.com/cap",
    )
    assert (cap.variants[0].price.amount, cap.currency) == (950, "GBP")
