"""A product named by its title and options is an order when the words around it say so: a
count ("three pairs", "3 nos.", "two dozen"), who it is for, a want ("we need"), a reason after
it; and the whole title, in any case, when long or said as "the <title>". Through
`ShoppingAgent.chat`."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.order_shop import ORDER_PRODUCTS
from tests.agent.talk import cart_lines, ids, talk


@pytest.fixture
def products() -> list[Product]:
    return ORDER_PRODUCTS


def test_title_options_and_a_recipient_is_an_add(agent: ShoppingAgent) -> None:
    turn = talk(agent, "Washed Twill Cap in olive for my husband")[-1]
    assert cart_lines(turn) == [("CAP1", "olive", 1)], turn.reply


def test_a_count_said_after_the_options_is_the_quantity(agent: ShoppingAgent) -> None:
    turn = talk(agent, "Alpaca Trek Socks, rust, size M, three pairs for my daughter")[-1]
    assert cart_lines(turn) == [("SOCK1", "rust / m", 3)], turn.reply


def test_a_product_in_one_variant_asked_for_politely_with_a_count(agent: ShoppingAgent) -> None:
    turn = talk(agent, "I'd like the Assam Breakfast Tea please, two boxes")[-1]
    assert cart_lines(turn) == [("TEA1", "", 2)], turn.reply


def test_a_reason_after_the_add_is_no_other_item(agent: ShoppingAgent) -> None:
    turn = talk(agent, "add two dozen Nakiri 6in Knives, I teach a knife skills class")[-1]
    assert cart_lines(turn) == [("KNIFE1", "", 24)], turn.reply


def test_nos_closing_an_add_is_its_count(agent: ShoppingAgent) -> None:
    turn = talk(agent, "Please add Assam Breakfast Tea, 4 nos.")[-1]
    assert cart_lines(turn) == [("TEA1", "", 4)], turn.reply


def test_the_whole_title_in_lower_case_with_every_option_is_an_add(agent: ShoppingAgent) -> None:
    added = talk(agent, "the harness leather belt in black, waist 36")[-1]
    assert cart_lines(added) == [("BELT1", "black / 36", 1)], added.reply
    short = talk(agent, "harbor slub tee in sage size M")[-1]  # every option said: chosen
    assert cart_lines(short) == [("TEE1", "sage / m", 1)], short.reply


def test_a_long_title_in_one_variant_typed_bare_is_shown_not_added(agent: ShoppingAgent) -> None:
    """No option and no word that orders: typed like a search, so the product is shown first
    (the long-title rule is for a title said with its options)."""
    listed = talk(agent, "maple pecan clusters cereal")[-1]
    assert ids(listed)[:1] == ["CEREAL1"] and cart_lines(listed) == [], listed.reply
    added = talk(agent, "I'd like the Maple Pecan Clusters Cereal please")[-1]
    assert cart_lines(added) == [("CEREAL1", "", 1)], added.reply
