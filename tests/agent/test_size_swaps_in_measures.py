"""Through `ShoppingAgent.chat`: a cart line's size changed by a measure said with a reason or a
swap ("hmm measured my sofa, swap it for the 20 x 20 inch", "too big for my burner. the 10 inch
instead") changes that line's variant, not a search."""

from __future__ import annotations

from functools import partial

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import cart_lines, talk

_product = partial(acme_product, stock=40, brand=None, description="", first_id=0)

PRODUCTS = [
    _product("PIL1", "Linen Throw Pillow", ["Home", "Pillows"], "28.99",
             colors=["olive", "sand"], sizes=["18 x 18 in", "20 x 20 in"]),
    _product("SKL1", "Cast Iron Skillet", ["Kitchen", "Cookware"], "59.95",
             colors=["sage", "black"], sizes=["10 in", "12 in"]),
]  # fmt: skip


@pytest.fixture
def products() -> list[Product]:
    return PRODUCTS


@pytest.mark.parametrize(
    ("add", "swap", "pid", "size"),
    [
        ("add a Linen Throw Pillow in olive, 18 x 18",
         "hmm measured my sofa, swap it for the 20 x 20 inch", "PIL1", "olive / 20 x 20 in"),
        ("Cast Iron Skillet, sage, 12 inch - add it",
         "too big for my burner. the 10 inch instead", "SKL1", "sage / 10 in"),
    ],
)  # fmt: skip
def test_a_measure_said_instead_changes_the_line(
    agent: ShoppingAgent, add: str, swap: str, pid: str, size: str
) -> None:
    *_, turn = talk(agent, add, swap)
    assert cart_lines(turn) == [(pid, size, 1)], turn.reply
