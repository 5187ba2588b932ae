import pytest

from catalog.colors import FAMILIES, SHADES, color_family


@pytest.mark.parametrize(
    ("name", "family"),
    [
        ("Navy", "blue"),
        ("heather grey", "gray"),
        ("Burgundy", "red"),
        ("Navy/White", "blue"),
        ("Forest Green", "green"),
        ("olive", "green"),
        ("  CHARCOAL ", "gray"),
        ("Deep Navy Blue", "blue"),
    ],
)
def test_shades_map_to_the_family_shoppers_ask_for(name: str, family: str) -> None:
    assert color_family(name) == family


@pytest.mark.parametrize("name", [None, "", "Default Title", "XL", "stainless"])
def test_non_colours_have_no_family(name: str | None) -> None:
    assert color_family(name) is None


def test_every_shade_belongs_to_a_known_family() -> None:
    assert {family for family, _ in SHADES.values()} <= set(FAMILIES)
