"""Whether one option of a product costs less than another: "is it cheaper in navy?" about the
shoe just added, "what's the price diff between the 8oz and 16oz" of a named shampoo."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import cart_lines, talk


@pytest.fixture
def products() -> list[Product]:
    sizes = [{"color": "mint", "size": "8 fl oz"}, {"color": "mint", "size": "16 fl oz"}]
    shampoo = acme_product(
        "SHP1", "Tea Tree Scalp Shampoo", ["Beauty", "Hair Care"], 31.99, options=sizes
    )
    big = shampoo.variants[1].model_copy(
        update={"price": shampoo.variants[1].price.model_copy(update={"amount": 3799})}
    )
    return [
        acme_product(
            "SHO1", "Scree Runner Trail Running Shoe", ["Footwear", "Trail Running Shoes"],
            89.99, colors=["navy", "olive"], sizes=["9", "10"],
        ),
        acme_product(
            "SHO2", "Ridge Trail Running Shoe", ["Footwear", "Trail Running Shoes"], 120,
            colors=["black"], sizes=["10"],
        ),
        shampoo.model_copy(update={"variants": [shampoo.variants[0], big]}),
        acme_product("SHP2", "Argan Repair Shampoo", ["Beauty", "Hair Care"], 18),
        acme_product("SCK1", "Wool Boot Socks", ["Apparel", "Socks"], 26.99, sizes=["M", "L"]),
        acme_product("SCK2", "No-Show Liner Socks", ["Apparel", "Socks"], 18.95, sizes=["M"]),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "asked", ["wait is it cheaper in navy?", "hmm is it more expensive in navy?"]
)
def test_a_colour_asked_cheaper_of_the_line_just_added(agent: ShoppingAgent, asked: str) -> None:
    _, turn = talk(agent, "add the Scree Runner in olive, size 10", asked)
    assert "same" in turn.reply.lower() and "89.99" in turn.reply, turn.reply
    assert turn.cart is not None and len(turn.cart.lines) == 1


@pytest.mark.parametrize(
    "asked",
    [
        "Tea Tree Scalp Shampoo, whats the price diff between the 8oz and 16oz",
        "tea tree scalp shampoo: how much more is the 16 oz than the 8 oz?",
    ],
)
def test_the_price_difference_between_two_sizes(agent: ShoppingAgent, asked: str) -> None:
    (turn,) = talk(agent, asked)
    assert "31.99" in turn.reply and "37.99" in turn.reply, turn.reply


def test_the_cheapest_of_a_kind_in_a_size_is_no_question_of_the_line(agent: ShoppingAgent) -> None:
    *_, turn = talk(
        agent,
        "add the Scree Runner in olive, size 10",
        "ok add the cheapest pair of socks you have then, size M",
    )
    assert [line[0] for line in cart_lines(turn)] == ["SCK2", "SHO1"], turn.reply


@pytest.mark.parametrize(
    ("asked", "price", "other"),
    [
        ("and the bigger bottle, the 16 oz one?", "37.99", "31.99"),
        ("what about the 8 oz bottle then", "31.99", "37.99"),
    ],
)
def test_a_size_said_with_its_container_after_a_price_question(
    agent: ShoppingAgent, asked: str, price: str, other: str
) -> None:
    """ "the bigger bottle, the 16 oz one" is that size of the shampoo just priced, and its own
    price is the answer, not the range ("16 oz" is the catalog's "16 fl oz")."""
    _, turn = talk(agent, "how much is the Tea Tree Scalp Shampoo?", asked)
    assert price in turn.reply and other not in turn.reply, turn.reply
