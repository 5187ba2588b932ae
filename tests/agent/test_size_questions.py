"""A size asked as a question ("do these come in a 9?") is kept for the add, never a price;
shopper words for kinds ("kicks", "sneaks") find that kind."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from agent.slots import price_bounds, size_in
from catalog.model import Product
from tests.agent.store import store_products
from tests.agent.talk import ids, talk


@pytest.fixture
def products() -> list[Product]:
    return store_products()


def test_a_size_asked_as_a_question_narrows_the_list(agent: ShoppingAgent) -> None:
    _, nines = talk(agent, "show me sneakers", "do these come in a 9?")
    assert set(ids(nines)) == {"SNK1", "SNK2"}  # both stock a 9 (the running shoe only in orange)
    assert "size 9" in nines.reply


def test_the_size_asked_is_not_asked_again_at_the_add(agent: ShoppingAgent) -> None:
    *_, added = talk(agent, "show me sneakers", "got them in a 9?", "add the canvas one")
    lines = added.cart.lines if added.cart else []
    assert [(line.product_id, line.variant_id) for line in lines] == [("SNK2", "SNK2-BLACK-9")]


def test_a_refinement_about_one_listed_product_keeps_it_in_focus(agent: ShoppingAgent) -> None:
    first, _, asked, added = talk(
        agent, "sneakers", "got the second one in a 9?", "add it", "white"
    )
    assert ids(first)[1] == "SNK1"
    assert "Court Classic" in asked.reply and "size" not in asked.reply.lower()  # colour only
    assert added.cart is not None
    assert [line.variant_id for line in added.cart.lines] == ["SNK1-WHITE-9"]


def test_in_a_number_is_a_size_and_under_a_number_a_price() -> None:
    assert size_in("do these come in a 9?") == "9"
    assert price_bounds("do these come in a 9?", "USD") == (None, None)
    assert size_in("socks under 9") is None
    assert price_bounds("socks under 9", "USD") == (None, 900)
    assert size_in("knives in a 12 piece set") is None


def test_shopper_words_for_a_sold_kind_find_it(agent: ShoppingAgent) -> None:
    kicks, sneaks = (talk(agent, m)[0] for m in ("need some new kicks", "any white sneaks?"))
    for turn in (kicks, sneaks):
        assert "don't carry" not in turn.reply
        assert ids(turn) and set(ids(turn)) <= {"SNK1", "SNK2", "RUN1"}
    assert ids(sneaks)[0] == "SNK1"  # the white one


def test_a_kind_not_sold_is_still_not_carried(agent: ShoppingAgent) -> None:
    (laptops,) = talk(agent, "do you sell laptops")
    assert "don't carry" in laptops.reply
