"""Searches said by voice or a hurried thumb ("sunscreen four kids", "beanie's for winter",
"jacket period under 250") and corrections of a list led by "no" or "I said" ("no, under 200"):
the request is read as meant. Through `ShoppingAgent.chat`."""

from __future__ import annotations

import pytest

from agent.correction_leads import without_correction_lead
from agent.dictated_words import as_meant
from agent.service import ShoppingAgent
from agent.spoken_punctuation import with_spoken_punctuation
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import ids, kinds, talk


def _item(
    pid: str, title: str, leaf: list[str], price: str, attributes: dict[str, str] | None = None
) -> Product:
    return acme_product(pid, title, leaf, price, sizes=["M"], brand=None, attributes=attributes)


@pytest.fixture
def products() -> list[Product]:
    wet = {"waterproof": "yes"}
    return [
        _item("HAT1", "Wool Beanie Hat", ["Accessories", "Hats"], "28.50"),
        _item("HAT2", "Bucket Canvas Hat", ["Accessories", "Hats"], "16.99"),
        _item("SUN1", "Kids Gentle Sunscreen SPF 50", ["Beauty", "Sun Care"], "28.99"),
        _item("SUN2", "Mineral Face Sunscreen SPF 50", ["Beauty", "Sun Care"], "10.99"),
        _item("JKT1", "Packable Wind Jacket", ["Apparel", "Jackets"], "202.99", wet),
        _item("JKT2", "Softshell Trek Jacket", ["Apparel", "Jackets"], "378.00", wet),
        _item("SHOE1", "Summit Sky Trail Running Shoe", ["Footwear", "Shoes"], "109.00", wet),
        _item("SCARF1", "Lambswool Plaid Scarf", ["Accessories", "Scarves"], "25.99"),
        _item("BAG1", "Silicone Bag 4-Pack Food Storage Set", ["Kitchen", "Storage"], "39.99"),
        _item("TENT1", "Car Camping 4P Tent", ["Outdoor", "Tents"], "335.95"),
        _item("TENT2", "Trekking Pole 2P Tent", ["Outdoor", "Tents"], "169.99"),
    ]


def test_dictated_words_are_read_as_meant() -> None:
    assert as_meant("sunscreen four kids") == "sunscreen for kids"
    assert as_meant("scarf 4 my mom") == "scarf for my mom"
    assert as_meant("beanie's for winter pls") == "beanies for winter pls"
    for kept in ["need four kids tees", "make it 4 the blue", "socks 4 pack", "it's for me"]:
        assert as_meant(kept) == kept
    assert as_meant("the beanie's lining") == "the beanie's lining"


def test_spoken_period_before_a_limit_and_a_label_colon() -> None:
    assert with_spoken_punctuation("jacket period under 250") == "jacket. under 250"
    assert with_spoken_punctuation("system colon show me hoodies") == "system: show me hoodies"
    assert with_spoken_punctuation("a colon cleanse tea") == "a colon cleanse tea"


def test_correction_leads_fall_away_but_a_plain_no_stays() -> None:
    assert without_correction_lead("no no, under 250 i mean") == "under 250 i mean"
    assert without_correction_lead("no cheaper, like under 60") == "cheaper, like under 60"
    assert without_correction_lead("nope, I said dishwasher safe") == "dishwasher safe"
    for kept in ["no thanks", "nope, im good", "no leather", "no more than 50", "nope, no suede"]:
        assert without_correction_lead(kept) == kept


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("beanie's for winter pls", "HAT"),
        ("sunscreen four kids", "SUN"),
        ("scarf 4 my mom under forty", "SCARF"),
        ("waterproof jacket period under 250", "JKT"),
    ],
)
def test_a_dictated_search_finds_its_kind(agent: ShoppingAgent, said: str, kind: str) -> None:
    (found,) = talk(agent, said)
    assert found.products and kinds(found) == {kind}, found.reply


def test_no_then_a_budget_narrows_the_list(agent: ShoppingAgent) -> None:
    _, narrowed = talk(agent, "tent for camping", "no, under 200")
    assert ids(narrowed) == ["TENT2"], narrowed.reply


def test_no_thanks_after_a_list_is_still_a_no(agent: ShoppingAgent) -> None:
    _, declined = talk(agent, "tent for camping", "no thanks")
    assert not declined.products, declined.reply


def test_a_refused_spend_with_a_plus_is_a_ceiling(agent: ShoppingAgent) -> None:
    _, narrowed = talk(agent, "waterproof jacket", "no no, not paying 300+ for a coat")
    assert ids(narrowed) == ["JKT1"], narrowed.reply


def test_a_correction_keeps_its_reason_out_of_the_search() -> None:
    said = "nope, I said dishwasher safe. the others crack"
    assert without_correction_lead(said) == "dishwasher safe"
