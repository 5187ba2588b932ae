"""A shopper who pushes back on an answer about one product ("are you sure?", "no, I asked if
they're POLARIZED", "I asked about the FIT, not the material") or says which product they meant
("sorry, I meant the Enamel Camp Mug") gets the same question answered again from the record,
not a search for the words of the pushback."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import ids, talk

pytestmark = pytest.mark.parametrize(
    "products",
    [
        sample_catalog_products(
            {"Jackets", "Sunglasses", "T-Shirts", "Running Shoes", "Mugs", "Hoodies"}
        )
    ],
)


def test_are_you_sure_keeps_the_answer(agent: ShoppingAgent) -> None:
    first, again = talk(
        agent,
        "is the Stormline Rain Jacket waterproof?",
        "are you sure? it's literally called a rain jacket",
    )
    assert "not waterproof" in first.reply, first.reply
    assert "not waterproof" in again.reply, again.reply
    assert ids(again) == ["stormline-rain-jacket"]


def test_i_asked_names_the_attribute_again(agent: ShoppingAgent) -> None:
    _, again = talk(
        agent, "Roadster Classic Sunglasses polarized?", "no, I asked if they're POLARIZED"
    )
    assert "not polarized" in again.reply, again.reply
    assert ids(again) == ["roadster-classic-sunglasses"]


def test_i_asked_about_one_thing_not_another(agent: ShoppingAgent) -> None:
    _, again = talk(
        agent, "Henley Waffle Tee - slim or relaxed?", "no I asked about the FIT, not the material"
    )
    assert "slim" in again.reply.lower(), again.reply
    assert ids(again) == ["henley-waffle-tee"]


@pytest.mark.parametrize(
    "messages",
    [
        ["tell me about the stormline rain jacket", "is it waterproof?"],
        ["show me hoodies", "what's the campfire pullover hoodie made of?"],
    ],
)
def test_i_asked_a_feature_only_the_description_names(
    agent: ShoppingAgent, messages: list[str]
) -> None:
    *_, before, again = talk(agent, *messages, "thats not what i asked, i asked if it has a hood")
    assert "hood" in again.reply.lower() and "Here are" not in again.reply, again.reply
    assert ids(again) == ids(before), again.reply


def test_i_meant_another_product_asks_it_the_same(agent: ShoppingAgent) -> None:
    _, meant = talk(
        agent, "what's the drop on the Tempo Glide 4", "no sorry, I meant the Airstep 2"
    )
    assert "4 mm" in meant.reply, meant.reply
    assert ids(meant) == ["airstep-2-running-shoe"]


def test_i_meant_a_fuller_title(agent: ShoppingAgent) -> None:
    _, meant = talk(agent, "is the camp mug dishwasher safe", "sorry, I meant the Enamel Camp Mug")
    assert "not dishwasher" not in meant.reply, meant.reply
    assert ids(meant) == ["enamel-camp-mug"]


def test_a_doubt_with_its_own_question_is_not_a_pushback(agent: ShoppingAgent) -> None:
    _, other = talk(
        agent, "is the Stormline Rain Jacket waterproof?", "are you sure it comes in olive?"
    )
    assert "waterproof" not in other.reply, other.reply
