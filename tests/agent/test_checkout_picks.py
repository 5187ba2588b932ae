"""A product pointed at just before "check out" is bought ("ok the jacket from before in navy,
L. checkout: …", "just the kettle from before. add it and check out - …"); a remark there ("the
total looks fine, checkout") buys nothing. A one-word "go" or "y" answers the yes/no asked."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import BUYER, cart_lines, talk


@pytest.fixture
def products() -> list[Product]:
    return [
        item(
            "JAC1",
            "Packable Wind Jacket",
            90,
            ["Apparel", "Jackets"],
            {"navy": {"M": 4, "L": 6}, "black": {"L": 3}},
        ),
        item("JAC2", "Quilted Field Jacket", 95, ["Apparel", "Jackets"], {"olive": {"L": 5}}),
        item("KET1", "Stovetop Whistling Kettle", 73, ["Home", "Kettles"], {"sage": {"": 5}}),
        item("HAT1", "Wool Beanie Hat", 28, ["Apparel", "Hats"], {"black": {"One Size": 9}}),
    ]


@pytest.mark.parametrize(
    "message",
    [
        f"ok the jacket from before in navy, L. checkout: {BUYER}",
        f"just the packable jacket from before, navy L. add it and check out - {BUYER}",
        f"back to the jackets, the packable one in navy, size L. checkout: {BUYER}",
        f"actually the wind jacket from earlier in navy, L - check out please. {BUYER}",
    ],
)
def test_the_product_pointed_at_before_checkout_is_bought(
    agent: ShoppingAgent, message: str
) -> None:
    *_, summary = talk(agent, "jacket under 100", "beanie?", message)
    assert summary.awaiting_confirmation, summary.reply
    assert cart_lines(summary) == [("JAC1", "navy / l", 1)], summary.reply
    assert "Total:" in summary.reply and "Ana Diaz" in summary.reply


def test_a_remark_before_checkout_buys_nothing_more(agent: ShoppingAgent) -> None:
    *_, summary = talk(agent, "add the Wool Beanie Hat", f"the total looks fine, checkout: {BUYER}")
    assert summary.awaiting_confirmation, summary.reply
    assert cart_lines(summary) == [("HAT1", "black / one size", 1)], summary.reply


def test_a_product_already_in_the_cart_is_not_added_again(agent: ShoppingAgent) -> None:
    *_, summary = talk(
        agent, "kettle", "add it", "beanie?", f"the kettle from before. checkout: {BUYER}"
    )
    assert summary.awaiting_confirmation, summary.reply
    assert [(pid, n) for pid, _, n in cart_lines(summary)] == [("KET1", 1)], summary.reply


@pytest.mark.parametrize("go", ["go", "go go go!"])
def test_go_alone_at_the_confirmation_places_the_order(agent: ShoppingAgent, go: str) -> None:
    *_, placed = talk(agent, "add the Wool Beanie Hat", f"check out {BUYER}", go)
    assert placed.order is not None and placed.order.status == "placed", placed.reply


def test_y_cancels_the_order_asked_about(agent: ShoppingAgent) -> None:
    *_, asked, canceled = talk(
        agent, "add the Wool Beanie Hat", f"check out {BUYER}", "ok", "cancel that order pls", "y"
    )
    assert "cancel order" in asked.reply, asked.reply
    assert canceled.order is not None and canceled.order.status == "canceled", canceled.reply
