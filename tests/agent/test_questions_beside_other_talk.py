"""Questions read through the talk around them: "what sizes does it come in? I'm a large or an
XL" lists the sizes; "waterproof or nah" asks whether it is; "r they wireless" names the product
before it; a product named after "oh unrelated but" is the one asked about, not the list; "could
I see yoga mats instead?" after a comment on the list is a new search; "only the polarised ones"
matches the record's "polarized"."""

from __future__ import annotations

import re

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import ids, talk

_KINDS = {
    "T-Shirts", "Jackets", "Headphones", "Mugs", "Socks", "Water Bottles", "Dumbbells",
    "Yoga Mats", "Towels", "Sunglasses", "Backpacks",
}  # fmt: skip


@pytest.fixture
def products() -> list[Product]:
    """The sample catalog's products of the kinds asked about here, as the shop sells them."""
    return sample_catalog_products(_KINDS, leaf_only=True)


@pytest.mark.parametrize(
    ("messages", "answer"),
    [
        (
            (
                "Which sizes does the Stormline Rain Jacket come in? "
                "I'm not sure if I'm a small or a medium.",
            ),
            r"sizes XS, S, M, L, XL, XXL",
        ),
        (("is the stormline rain jacket waterproof or nah",), r"^No, Stormline .* not waterproof"),
        (("travel insulated mug dishwasher safe or what",), r"^No, Travel Insulated Mug is not"),
        (("hush pro anc headphones r they wireless lol",), r"^No, Hush Pro ANC .* not wireless"),
        (
            (
                "show me some backpacks",
                "oh btw the travel insulated mug from clayfield, can it go in the dishwasher?",
            ),
            r"^No, Travel Insulated Mug is not dishwasher safe",
        ),
        (
            (
                "socks for running",
                "oh unrelated but the insulated steel water bottle from "
                "summit supply, how long does it keep stuff cold?",
            ),
            r"24 hours",
        ),
    ],
)
def test_a_question_amid_other_talk_is_answered_from_the_record(
    agent: ShoppingAgent, messages: tuple[str, ...], answer: str
) -> None:
    turn = talk(agent, *messages)[-1]
    assert re.search(answer, turn.reply), turn.reply
    assert len(turn.products) == 1


@pytest.mark.parametrize(
    ("messages", "kind"),
    [
        (("dumbbells please", "No, wait, they're too heavy for me. Could I see yoga mats instead?"),
         "yoga-mat"),
        (("sunglasses", "hmm, they all look a bit pricey. Can I see water bottles instead?"),
         "water-bottle"),
    ],
)  # fmt: skip
def test_seeing_another_kind_instead_is_a_new_search(
    agent: ShoppingAgent, messages: tuple[str, ...], kind: str
) -> None:
    shown = ids(talk(agent, *messages)[-1])
    assert shown and all(kind in pid for pid in shown), shown


def test_a_british_spelling_narrows_the_list_by_the_record(agent: ShoppingAgent) -> None:
    turn = talk(agent, "sunglasses", "Only the polarised ones please, the glare bothers me")[-1]
    assert set(ids(turn)) == {
        "sport-wrap-sunglasses", "cat-eye-sunglasses", "polarized-fishing-sunglasses",
    }, turn.reply  # fmt: skip
