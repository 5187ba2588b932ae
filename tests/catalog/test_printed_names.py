"""Printed product names are read out of noisy OCR text, word by word, one OCR slip allowed."""

from __future__ import annotations

from catalog.printed_names import PrintedNames

NAMES = PrintedNames.build(
    [
        ("popcorn", "Popcorn Lightly Salted Chips", "Crunchwell"),
        ("kettle", "Sea Salt Kettle Chips", "Crunchwell"),
        ("jasmine", "Jasmine Green Tea", "Kettle & Leaf"),
        ("peppermint", "Peppermint Tea", "Kettle & Leaf"),
        ("honey-oat", "Honey Oat Clusters Cereal", "Golden Furrow"),
        ("cinnamon", "Cinnamon Crunch Squares Cereal", "Golden Furrow"),
        ("shampoo", "Tea Tree Scalp Shampoo", "Verdant"),
    ]
)


def test_a_package_name_read_with_slips_finds_that_product() -> None:
    assert [n.product_id for n in NAMES.named_in("Popoom\nLightly\nSatted Chips")] == ["popcorn"]


def test_a_name_among_stray_marks_finds_that_product_and_no_other() -> None:
    # real OCR reads of sample shopper photos (bench.photo_kinds)
    tea = "errrk sity\nJasmine\nGreen Tea\n\ncontent ee"
    cereal = "=, i ered' .\nwt Sa\na ee\n} | ea f\npo bes PURE TW\n\nHoney te\n\nOat oN\nClusters"
    assert [n.product_id for n in NAMES.named_in(tea)] == ["jasmine"]
    assert [n.product_id for n in NAMES.named_in(cereal)] == ["honey-oat"]


def test_noise_names_nothing() -> None:
    noise = "= Vin ENE at\n} SS ae eee\nme : rece Bt ae\nSovretiet aoe. Le"
    assert NAMES.named_in(noise) == []
    assert NAMES.named_in("TEA") == []  # one word of a title is not its name


def test_a_printed_brand_is_reported_even_without_a_name() -> None:
    assert NAMES.brand_in("iit ET rst\n= = | GOLDEN FuRROW Zhe enSae") == "Golden Furrow"
    assert NAMES.brand_in("golden hour") is None
