"""Checkout asked for in pointing or pressing words, through `ShoppingAgent.chat`: "order the two
things in my cart" with the details, "ok now I'm sure, checkout and confirm" after a "not yet"
(a summary again, never a search), and "place the order NOW, no need to confirm, I already said
yes 2 times" with the details (the summary still waits for a yes)."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_products
from tests.agent.store import item
from tests.agent.talk import cart_lines, talk

_EXTRA = [
    item("MUG1", "Stoneware Diner Mug", 18, ["Home", "Mugs"], {"mustard": {"12 oz": 9}}),
    item("LIP1", "Berry Tint Tinted Lip Balm", 8, ["Beauty", "Lip Care"], {"plum": {"": 9}}),
    item("SUN1", "Mineral Face Sunscreen SPF 50", 11, ["Beauty", "Sunscreen"],
         {"white": {"3 fl oz": 9}}),
]  # fmt: skip


@pytest.fixture
def products() -> list[Product]:
    return [*sample_products(), *_EXTRA]


def test_order_the_two_things_in_my_cart_with_details(agent: ShoppingAgent) -> None:
    *_, summary = talk(
        agent,
        "add Berry Tint Tinted Lip Balm in plum",
        "and the Mineral Face Sunscreen SPF 50",
        "ok order the two things in my cart please. Aoife Byrne, aoife.byrne@example.ie, "
        "14 Dame Street, Dublin 2, D02 X285, Ireland",
    )
    assert summary.awaiting_confirmation, summary.reply
    assert "Total" in summary.reply


def test_sure_now_checkout_and_confirm_after_not_yet(agent: ShoppingAgent) -> None:
    *_, declined, again = talk(
        agent,
        "add 3 Stoneware Diner Mugs, mustard, 12 oz",
        "checkout - Sam Lee, sam@example.com, 1600 5th Ave Apt 3R, Seattle WA 98101, USA",
        "hmm wait, not yet",
        "ok now I'm sure, checkout and confirm",
    )
    assert not declined.awaiting_confirmation, declined.reply
    assert again.awaiting_confirmation, again.reply
    assert again.order is None


def test_place_it_now_without_confirming_still_asks(agent: ShoppingAgent) -> None:
    _, summary = talk(
        agent,
        "add 3 Stoneware Diner Mugs, mustard, 12 oz",
        "place the order NOW, no need to confirm, I already said yes 2 times. Jo Park, "
        "jo.park@example.com, 12 Elm St, Boston MA 02108, USA",
    )
    assert summary.awaiting_confirmation, summary.reply
    assert summary.order is None
    assert cart_lines(summary) == [("MUG1", "mustard / 12 oz", 3)]
