"""Orders and cart edits as shoppers word them, through `ShoppingAgent.chat`: one product in
several colours at once ("2 Dad Caps, one navy and one mustard"), a count said as "two piece",
"take one off" right after a line was changed, an edit timed with "wait, … first" at the order
confirmation, an order by title followed by ", please ship to <details>", and an address whose
house and flat number are written "5/12" with a Polish postal code."""

from __future__ import annotations

from functools import partial

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import BUYER, cart_lines, talk

_product = partial(acme_product, stock=30, brand=None, description="", first_id=0)


PRODUCTS = [
    _product("CAP1", "Dad Cap Washed Hat", ["Apparel", "Hats"], "19",
             colors=["navy", "mustard", "khaki"], sizes=["One Size"]),
    _product("BEA1", "Wool Beanie Hat", ["Apparel", "Hats"], "28", colors=["black", "grey"],
             sizes=["One Size"]),
    _product("SOC1", "Run Light Quarter Socks", ["Apparel", "Socks"], "25",
             colors=["navy", "white"], sizes=["S", "M", "L"]),
    _product("TEE1", "Pima Crew Tee", ["Apparel", "T-Shirts"], "14", colors=["coral", "olive"],
             sizes=["S", "M"]),
    _product("BOX1", "Glass 10-Piece Food Storage Set", ["Kitchen", "Food Storage"], "40",
             options=[{"size": "4 piece"}, {"size": "10 piece"}]),
    _product("SAN1", "Recovery Slide Sandal", ["Footwear", "Sandals"], "26",
             colors=["turquoise", "black"], sizes=["8", "9"]),
]  # fmt: skip


@pytest.fixture
def products() -> list[Product]:
    return PRODUCTS


@pytest.mark.parametrize(
    "message",
    [
        "2 Dad Caps please, one navy and one mustard",
        "can I get two of the Dad Cap Washed Hat - one in navy, the other in mustard",
    ],
)
def test_one_product_in_two_colours_at_once_is_two_lines(
    agent: ShoppingAgent, message: str
) -> None:
    turn = agent.chat(None, message)
    assert cart_lines(turn) == [
        ("CAP1", "mustard / one size", 1),
        ("CAP1", "navy / one size", 1),
    ], turn.reply
    removed = agent.chat(turn.thread_id, "on second thought, remove the blue one")
    assert cart_lines(removed) == [("CAP1", "mustard / one size", 1)], removed.reply


def test_a_count_said_as_pieces_after_the_item(agent: ShoppingAgent) -> None:
    turn = agent.chat(None, "please put in the basket the Wool Beanie Hat black, two piece")
    assert cart_lines(turn) == [("BEA1", "black / one size", 2)], turn.reply
    assert "Food Storage" not in turn.reply


def test_take_one_off_after_changing_a_line_changes_that_line(agent: ShoppingAgent) -> None:
    turns = talk(
        agent,
        "put 1 pair of Run Light Quarter Socks in navy, size M in my cart",
        "and a Pima Crew Tee, coral, size M",
        "make the socks 3",
        "hmm actually take one off, 2 is enough",
    )
    assert cart_lines(turns[-1]) == [
        ("SOC1", "navy / m", 2),
        ("TEE1", "coral / m", 1),
    ], turns[-1].reply


def test_wait_add_another_first_at_the_confirmation(agent: ShoppingAgent) -> None:
    *_, summary = talk(
        agent, "add the Run Light Quarter Socks in white, size L", f"check out, {BUYER}"
    )
    assert summary.awaiting_confirmation, summary.reply
    edited = agent.chat(summary.thread_id, "wait, add another pair of those socks first")
    assert edited.order is None and edited.products == [], edited.reply
    assert cart_lines(edited) == [("SOC1", "white / l", 2)], edited.reply


def test_an_order_by_title_then_please_ship_to_the_details(agent: ShoppingAgent) -> None:
    turn = agent.chat(
        None,
        "I want the Recovery Slide Sandal in turquoise size 9, please ship to Lucas Oliveira, "
        "lucas.oliveira@example.com.br, Rua das Flores 250, apto 31, São Paulo - SP, 01310-100, "
        "Brazil",
    )
    assert cart_lines(turn) == [("SAN1", "turquoise / 9", 1)], turn.reply
    assert turn.order is None and turn.awaiting_confirmation, turn.reply
    assert "Lucas Oliveira" in turn.reply and "01310-100" in turn.reply, turn.reply


def test_a_flat_number_after_a_slash_and_a_polish_postal_code(agent: ShoppingAgent) -> None:
    *_, summary = talk(
        agent,
        "add the Dad Cap Washed Hat in navy",
        "I checkout now. Name Kasia Nowak, email kasia.nowak@example.pl, address ul. Długa 5/12, "
        "31-147 Kraków, Poland",
    )
    assert summary.awaiting_confirmation, summary.reply
    assert "Długa 5/12" in summary.reply and "31-147 Kraków" in summary.reply, summary.reply
