"""Which brand names a catalog also uses as plain words, so that "apple juice" is not a filter."""

from __future__ import annotations

from catalog.everyday_words import EverydayWords

BRANDS = {"Apple", "Apple & Eve", "Coach", "Trail Co", "Voltnest"}


def ambiguous(*products: tuple[str, list[str], str | None]) -> frozenset[str]:
    everyday = EverydayWords()
    for title, category, brand in products:
        everyday.add(title, category, brand)
    return everyday.ambiguous(BRANDS)


def test_a_brand_named_in_its_own_titles_is_not_ambiguous() -> None:
    assert ambiguous(("Apple MacBook Air", ["Laptops"], "Apple")) == set()


def test_another_brands_title_or_category_using_the_word_makes_it_ambiguous() -> None:
    assert ambiguous(("Organic apple juice", ["Juice"], "Orchard Lane")) == {"Apple"}
    assert ambiguous(("Lined jacket", ["Coach Jackets"], "Northpine")) == {"Coach"}
    assert ambiguous(("Apple cider vinegar", [], None)) == {"Apple"}


def test_a_longer_brand_name_hides_only_itself() -> None:
    # "Apple & Eve" is the brand, the second "apple" is the fruit.
    assert ambiguous(("Apple & Eve Apple Juice", ["Juice"], "Apple & Eve")) == {"Apple"}


def test_a_brand_named_as_the_one_an_accessory_fits_is_not_an_everyday_word() -> None:
    accessories = ambiguous(
        ("USB-C cable for Apple iPhone", ["Cables"], "Voltnest"),
        ("Case compatible with Apple Watch", ["Cases"], "Voltnest"),
    )
    assert accessories == set()


def test_names_of_several_words_stay_brands() -> None:
    assert ambiguous(("Trail Co. trail running shoe", ["Shoes"], "Northpine")) == set()
