"""First-time and older shoppers at checkout, through `ShoppingAgent.chat`: "how do I pay for
this?" with a cart opens checkout and says how paying works, a name said on its own before
checkout is kept as a detail, details said before the order in one message are noted and the
item added, "is it safe? will it arrive?" at the confirmation is answered without a product
list and the order still waits, run-together yes-words ("yessir") approve, and "I don't know
how to use it" is a plea for help."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import cart_lines, talk

_BUYER = "Frank Morris, frank.morris@example.com, 19 Station Road, Cardiff CF10 1AA, United Kingdom"


def _product(pid: str, title: str, category: str, dollars: str) -> Product:
    return acme_product(
        pid, title, ["Shop", category], dollars, colors=[], stock=30, brand=None, description="",
        first_id=0,
    )  # fmt: skip


@pytest.fixture
def products() -> list[Product]:
    return [
        _product("TEA1", "Jasmine Green Tea", "Tea", "11.99"),
        _product("TEA2", "Peppermint Tea", "Tea", "9.99"),
        _product("MUG1", "Stoneware Diner Mug", "Mugs", "17.99"),
        _product("SET1", "Bamboo Set Cutting Board", "Kitchen", "63.99"),
    ]


@pytest.mark.parametrize(
    "question",
    [
        "How do I pay for this? I've never bought anything on the computer before.",
        "What do I do now to pay? I'm not very good with computers.",
    ],
)
def test_asking_how_to_pay_with_a_cart_opens_checkout_and_keeps_a_name(
    agent: ShoppingAgent, question: str
) -> None:
    _, asked, named, done = talk(
        agent,
        "I would like to buy the Peppermint Tea please",
        question,
        "My name is Dorothy Hughes.",
        "dorothy.hughes@example.com, 14 Elm Grove, Leeds, LS6 2AB, United Kingdom",
    )
    assert not asked.products and "email" in asked.reply and "say yes" in asked.reply, asked.reply
    assert "don't carry" not in named.reply and "Dorothy Hughes" in named.reply, named.reply
    assert done.awaiting_confirmation and "Dorothy Hughes" in done.reply, done.reply


def test_a_name_said_with_a_cart_before_checkout_is_a_detail(agent: ShoppingAgent) -> None:
    _, named = talk(agent, "add the Stoneware Diner Mug", "I'm Margaret Olsen.")
    assert "Margaret Olsen" in named.reply and not named.products, named.reply


def test_details_then_an_order_in_one_message_adds_the_item(agent: ShoppingAgent) -> None:
    (turn,) = talk(
        agent,
        "Hello, I'm Arthur Pembroke, arthur.pembroke@example.com, 7 Mill Road, Cambridge CB1 2AD, "
        "UK. I would like to order the Jasmine Green Tea please.",
    )
    assert [line[0] for line in cart_lines(turn)] == ["TEA1"], turn.reply
    assert turn.order is None


@pytest.mark.parametrize(
    "question",
    [
        "Before I say yes, is it safe? Will my money be alright and will it definitely arrive?",
        "Is it safe to pay here? Is my card secure?",
    ],
)
def test_reassurance_at_the_confirmation_is_answered_and_the_order_waits(
    agent: ShoppingAgent, question: str
) -> None:
    *_, summary, asked = talk(agent, "add the Jasmine Green Tea", f"checkout. {_BUYER}", question)
    assert summary.awaiting_confirmation, summary.reply
    assert not asked.products and asked.order is None, asked.reply
    assert asked.awaiting_confirmation and "Nothing is charged" in asked.reply, asked.reply


@pytest.mark.parametrize("yes", ["yessir", "yessum", "yes ma'am"])
def test_run_together_yes_words_place_the_order(agent: ShoppingAgent, yes: str) -> None:
    *_, placed = talk(agent, "add the Jasmine Green Tea", f"checkout. {_BUYER}", yes)
    assert placed.order is not None and placed.order.status == "placed", placed.reply


def test_naw_at_the_confirmation_is_a_no(agent: ShoppingAgent) -> None:
    *_, said = talk(agent, "add the Jasmine Green Tea", f"checkout. {_BUYER}", "naw")
    assert said.order is None and not said.awaiting_confirmation, said.reply
    assert "don't carry" not in said.reply


def test_not_knowing_how_to_use_the_shop_is_help(agent: ShoppingAgent) -> None:
    (turn,) = talk(
        agent,
        "Can you help me please? My grandson set this up for me and I don't know how to use it.",
    )
    assert not turn.products and "don't carry" not in turn.reply, turn.reply
