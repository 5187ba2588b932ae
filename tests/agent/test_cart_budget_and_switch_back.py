"""Cart questions and edits said loosely, on the sample catalog: whether the cart keeps within an
amount with shipping, a change taken back ("switch it back", "10 is fine"), the closest match
taken after an add the store could not fill as said, and a counted set with its piece size."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import cart_lines, talk

_KINDS = {"T-Shirts", "Hoodies", "Cookware", "Blankets", "Storage", "Sandals"}


@pytest.fixture
def products() -> list[Product]:
    """The sample catalog's products of the kinds these carts hold."""
    return sample_catalog_products(_KINDS, leaf_only=True)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("am I still under $50 with shipping?", "Yes"),  # 40.94 + 5.99 = 46.93
        ("will that put me over 45 incl shipping?", "Yes"),
        ("does everything stay below 40 before shipping?", "No"),  # subtotal 40.94
    ],
)
def test_a_budget_question_weighs_the_cart_total(
    agent: ShoppingAgent, question: str, answer: str
) -> None:
    turns = talk(
        agent,
        "add a Ringer Tee in sage, size M, and the Recovery Slide Sandal in navy size 9",
        question,
    )
    assert len(cart_lines(turns[0])) == 2, turns[0].reply
    last = turns[-1]
    assert not last.products, last.reply
    assert last.reply.startswith(answer), last.reply
    assert "46.93" in last.reply or "40.94" in last.reply, last.reply


def test_a_price_cap_search_with_a_cart_is_still_a_search(agent: ShoppingAgent) -> None:
    turn = talk(agent, "add a Ringer Tee in sage, size M", "any hoodies under 90?")[-1]
    assert turn.products, turn.reply


@pytest.mark.parametrize(
    ("change", "back", "line"),
    [
        ("wait the 12 inch", "hmm no, 10 is fine, switch it back", ("sage / 10 in")),
        ("make it 12 inch", "change it back", ("sage / 10 in")),
        ("actually the 8 inch one", "nah, switch it back please", ("sage / 10 in")),
    ],
)
def test_a_change_taken_back_restores_the_line(
    agent: ShoppingAgent, change: str, back: str, line: str
) -> None:
    turns = talk(agent, "add the cast iron skillet, sage, 10 inch", change, back)
    assert cart_lines(turns[1]) != cart_lines(turns[0]), turns[1].reply
    assert cart_lines(turns[-1]) == [("cast-iron-skillet", line, 1)], turns[-1].reply


@pytest.mark.parametrize(
    "taken",
    [
        "add the first one",
        "oh the campfire one is a pullover? thats fine, thats the one I want",
        "the campfire one is fine",
    ],
)
def test_the_closest_match_taken_keeps_the_options_asked(agent: ShoppingAgent, taken: str) -> None:
    turns = talk(agent, "put the campfire zip hoodie in my cart, charcoal M", taken)
    assert cart_lines(turns[-1]) == [("campfire-pullover-hoodie", "charcoal / m", 1)], turns[
        -1
    ].reply


def test_a_counted_set_with_its_piece_size_is_one_item(agent: ShoppingAgent) -> None:
    turn = talk(agent, "2 bento lunch sets pls, 4 piece, the blue one. one for each kid")[-1]
    assert cart_lines(turn) == [("bento-lunch-food-storage-set", "sky blue / 4 piece", 2)], (
        turn.reply
    )
