"""Shoppers who name the product and act in one message: a title with its options and a buy
phrase is an add, several titles are several adds, "… to cart and checkout" with the buyer's
details goes straight to the summary (never past it), an address alone is a detail, and "I need
4 of those" right after an add sets that line's count."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from agent.turn import ChatTurn
from catalog.model import Product
from tests.agent.shop import sample_products
from tests.agent.store import item
from tests.agent.talk import talk

_EXTRA = [
    item("HAT1", "Wool Beanie Hat", 28.5, ["Accessories", "Hats"],
         {"black": {"One Size": 9}, "olive": {"One Size": 9}}),
    item("MUG1", "Speckled Camp Mug", 15, ["Home", "Mugs"], {"rust": {"": 9}, "cream": {"": 9}}),
    item("SCF1", "Cashmere Blend Scarf", 39, ["Accessories", "Scarves"], {"forest green": {"": 5}}),
    item("TEE1", "Merino Crew Tee", 32, ["Apparel", "T-Shirts"],
         {"black": {"S": 5, "M": 5}, "heather gray": {"S": 5, "M": 5}}),
    item("SOK1", "Merino Hiker Socks", 30.5, ["Apparel", "Socks"],
         {"heather gray": {"M": 5}, "white": {"M": 5}}),
]  # fmt: skip
_BUYER = "Tomasz Nowak, tomasz.nowak@example.com, 221 Pine Street, Portland, OR 97204, USA"


@pytest.fixture
def products() -> list[Product]:
    return [*sample_products(), *_EXTRA]


def _cart(turn: ChatTurn) -> list[tuple[str, str, int]]:
    lines = turn.cart.lines if turn.cart else []
    return [(li.product_id, (li.variant_title or "").lower(), li.quantity) for li in lines]


def test_a_title_with_a_buy_phrase_and_a_reason_is_an_add(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "Hello, I want to buy the Cashmere Blend Scarf for my mother please")
    assert [line[0] for line in _cart(turn)] == ["SCF1"], turn.reply
    assert not turn.products


def test_two_titles_with_their_options_are_two_adds(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "I'd like the Wool Beanie Hat in black and the Speckled Camp Mug in rust")
    assert {(pid, title.split(" / ")[0]) for pid, title, _ in _cart(turn)} == {
        ("HAT1", "black"),
        ("MUG1", "rust"),
    }, turn.reply


def test_each_item_keeps_its_own_options(agent: ShoppingAgent) -> None:
    (turn,) = talk(
        agent, "add Merino Hiker Socks in heather gray, size M, and the Merino Crew Tee in black, S"
    )
    assert sorted(_cart(turn)) == [
        ("SOK1", "heather gray / m", 1),
        ("TEE1", "black / s", 1),
    ], turn.reply


def test_add_and_check_out_with_details_stops_at_the_summary(agent: ShoppingAgent) -> None:
    summary, placed = talk(
        agent, f"add the Wool Beanie Hat in black and check out. I'm {_BUYER}", "yes, confirm"
    )
    assert [line[0] for line in _cart(summary)] == ["HAT1"], summary.reply
    assert summary.awaiting_confirmation and summary.order is None, summary.reply
    assert summary.checkout is not None and "34.49" in summary.reply  # $28.50 + $5.99 shipping
    assert placed.order is not None, placed.reply


def test_to_the_cart_and_checkout_without_details_asks_for_them(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "Speckled Camp Mug in cream to the cart and checkout please")
    assert [line[0] for line in _cart(turn)] == ["MUG1"], turn.reply
    assert not turn.awaiting_confirmation and turn.order is None
    assert "email" in turn.reply.lower(), turn.reply


def test_checkout_waits_while_the_add_asks_which_size(agent: ShoppingAgent) -> None:
    asked, answered = talk(agent, f"add the Merino Crew Tee in black and checkout, {_BUYER}", "M")
    assert not asked.awaiting_confirmation and asked.order is None, asked.reply
    assert "size" in asked.reply.lower(), asked.reply
    assert _cart(answered) == [("TEE1", "black / m", 1)], answered.reply
    assert answered.awaiting_confirmation and answered.order is None, answered.reply


def test_naming_a_product_to_compare_with_adds_nothing(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "I'd like something like the Wool Beanie Hat but thicker, for skiing")
    assert not _cart(turn) and turn.order is None, turn.reply


def test_an_address_alone_is_a_detail_not_a_search(agent: ShoppingAgent) -> None:
    *_, address, _, named = talk(
        agent,
        "add the Speckled Camp Mug in rust",
        "ship it to 3-14-1 Jingumae, Shibuya-ku, Tokyo 150-0001, Japan",
        "email: kenji.sato@example.jp",
        "and the name is Kenji Sato",
    )
    assert not address.products and "name" in address.reply.lower(), address.reply
    assert named.awaiting_confirmation and "Jingumae" in named.reply, named.reply


def test_i_need_four_of_those_after_an_add_sets_the_count(agent: ShoppingAgent) -> None:
    _, more = talk(
        agent,
        "Speckled Camp Mug in rust please",
        "hmm I need 4 of those actually, one for everybody in the family",
    )
    assert _cart(more) == [("MUG1", "rust", 4)], more.reply


def test_a_name_with_a_particle_completes_the_details(agent: ShoppingAgent) -> None:
    (turn,) = talk(
        agent,
        "Speckled Camp Mug in rust, then checkout: Ilse de Vries, ilse@example.nl, "
        "Keizersgracht 100, 1015 CV Amsterdam, Netherlands",
    )
    assert turn.awaiting_confirmation and "Ilse de Vries" in turn.reply, turn.reply
