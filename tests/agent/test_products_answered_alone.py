"""A product answered about alone ("how much is the carbon steel skillet?") is remembered as its
kind's list: after a detour, "back to the pans", "ok the pan then, add it" or "those socks from
before" find it, not a search or the product in view."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.talk import cart_lines, ids, talk


def _product(pid: str, title: str, kind: list[str], options: list[dict[str, str]]) -> Product:
    money = Money.from_decimal("40.00", "USD")
    variants = [
        Variant(id=f"{pid}-{n}", options=values, price=money, stock=5)
        for n, values in enumerate(options)
    ]
    return Product(id=pid, title=title, category=kind, variants=variants)


_PAN_SIZES = [{"color": c, "size": s} for c in ("silver", "sage") for s in ("8 in", "10 in")]
_WEAR_SIZES = [{"color": c, "size": s} for c in ("white", "black") for s in ("S", "M", "L")]
CATALOG = [
    _product("PAN1", "Carbon Steel Skillet", ["Kitchen", "Cookware"], _PAN_SIZES),
    _product("PAN2", "Cast Iron Skillet", ["Kitchen", "Cookware"], _PAN_SIZES),
    _product("SPK1", "Party Tower Speaker", ["Audio", "Speakers"], [{"color": "navy"}]),
    _product("SPK2", "Pocket Mini Speaker", ["Audio", "Speakers"], [{"color": "white"}]),
    _product("SOC1", "Cushioned Crew Socks", ["Apparel", "Socks"], _WEAR_SIZES),
    _product("TEE1", "Boxy Oversized Tee", ["Apparel", "T-Shirts"], _WEAR_SIZES),
    _product("TEE2", "Ringer Tee", ["Apparel", "T-Shirts"], _WEAR_SIZES),
]


@pytest.mark.parametrize("products", [CATALOG])
@pytest.mark.parametrize("back", ["back to pans", "ok back to the skillet", "the pans again"])
def test_back_to_the_kind_of_a_product_answered_alone_shows_it(
    agent: ShoppingAgent, back: str
) -> None:
    *_, shown = talk(agent, "how much is the carbon steel skillet?", "show me speakers", back)
    assert ids(shown)[:1] == ["PAN1"], shown.reply


@pytest.mark.parametrize("products", [CATALOG])
@pytest.mark.parametrize(
    "taking", ["ok the pan then, add it in silver 10 in", "fine, add the skillet, sage, 8 in"]
)
def test_the_kind_of_a_product_answered_alone_is_added(agent: ShoppingAgent, taking: str) -> None:
    *_, added = talk(agent, "how much is the carbon steel skillet?", "show me speakers", taking)
    assert [line[0] for line in cart_lines(added)] == ["PAN1"], added.reply


@pytest.mark.parametrize("products", [CATALOG])
def test_those_socks_from_before_are_not_the_tee_in_view(agent: ShoppingAgent) -> None:
    *_, added = talk(
        agent,
        "oversized tee",
        "cushioned crew socks?",
        "back to the tees, add the boxy oversized tee in black, L",
        "add those cushioned socks from before too, white, M",
    )
    assert ("SOC1", "white / m", 1) in cart_lines(added), added.reply
