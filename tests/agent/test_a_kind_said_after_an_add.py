"""A kind said right after an add ("also a beanie", "and running socks") shows that kind, through
`ShoppingAgent.chat`: it is neither one more of the line just added nor the catalog's only
beanie put in the cart unseen; "and the trucker hat too" still adds the hat it names."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import cart_lines, talk

FEET = {"9": 5, "10": 5}
TOPS = {"M": 5, "L": 5}


@pytest.fixture
def products() -> list[Product]:
    return [
        item("RUN", "Swift Racer Running Shoe", 82, ["Footwear", "Running Shoes"],
             {"royal blue": FEET, "charcoal": FEET}),
        item("SOK", "Run Light Quarter Socks", 14, ["Clothing", "Socks"], {"navy": TOPS}),
        item("WSK", "Wool Boot Socks", 18, ["Clothing", "Socks"], {"grey": TOPS}),
        item("HOD", "Campfire Pullover Hoodie", 82, ["Clothing", "Hoodies"], {"grey": TOPS}),
        item("BEA", "Wool Beanie Hat", 28, ["Accessories", "Hats"],
             {"olive": {"": 5}, "black": {"": 5}}),
        item("TRK", "Trucker Mesh Hat", 21, ["Accessories", "Hats"], {"navy": TOPS}),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("first", "add", "kind_said", "kind"),
    [
        ("running shoes", "add the swift racer in royal blue, size 10", "and running socks",
         "Socks"),
        ("grey hoodie size M", "add the campfire pullover in grey, M", "also a beanie", "Hats"),
        ("grey hoodie size M", "add the campfire pullover in grey, M", "a beanie too", "Hats"),
    ],
)  # fmt: skip
def test_a_kind_after_an_add_is_shown_not_added(
    agent: ShoppingAgent, first: str, add: str, kind_said: str, kind: str
) -> None:
    *_, added, shown = talk(agent, first, add, kind_said)
    assert len(cart_lines(added)) == 1, added.reply
    assert cart_lines(shown) == cart_lines(added), shown.reply
    assert shown.products, shown.reply
    ids = {p.id for p in shown.products}
    assert ids <= ({"SOK", "WSK"} if kind == "Socks" else {"BEA", "TRK"}), shown.reply


@pytest.mark.parametrize("named", ["and the trucker mesh hat too", "and a trucker mesh hat"])
def test_a_named_product_after_an_add_is_still_added(agent: ShoppingAgent, named: str) -> None:
    *_, added = talk(agent, "grey hoodie size M", "add the campfire pullover in grey, M", named)
    assert [line[0] for line in cart_lines(added)] == ["HOD", "TRK"], added.reply
