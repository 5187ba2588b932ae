"""After a photo's look-alikes: "actually the pink is cute, add the pink ones" adds the photo's
item in the colour the shopper went back to."""

from __future__ import annotations

from functools import partial

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.photo_facts import photo_of
from tests.agent.shop import SHOE_PHOTO, Shop, acme_product
from tests.agent.talk import cart_lines

_product = partial(acme_product, stock=40, brand=None, description="", first_id=0)

PRODUCTS = [
    _product("HP1", "Retro Wired Headphones", ["Electronics", "Headphones"], "58",
             colors=["white", "navy", "blush"]),
    _product("HP2", "Gaming Headset Headphones", ["Electronics", "Headphones"], "200",
             colors=["white", "black"]),
    _product("HP3", "Sport On-Ear Headphones", ["Electronics", "Headphones"], "90",
             colors=["white", "red"]),
]  # fmt: skip


@pytest.fixture
def products() -> list[Product]:
    return PRODUCTS


def test_going_back_to_the_photo_colour_adds_it(agent: ShoppingAgent, shop: Shop) -> None:
    shop.vision = photo_of(("HP1", 0.9), ("HP2", 0.8), ("HP3", 0.7), colour="pink",
                           kind=("Headphones", 0.9))  # fmt: skip
    first = agent.chat(None, "these in white?", image=SHOE_PHOTO)
    turn = agent.chat(first.thread_id, "actually the pink is cute, add the pink ones")
    assert cart_lines(turn) == [("HP1", "blush", 1)], (first.reply, turn.reply)


def _hoodie(pid: str, title: str, grey_l: bool) -> Product:
    options = [{"color": "navy", "size": "L"}, {"color": "heather gray", "size": "M"}]
    options += [{"color": "heather gray", "size": "L"}] if grey_l else []
    options += [{"color": "charcoal", "size": "L"}] if grey_l or pid == "HD2" else []
    return _product(pid, title, ["Apparel", "Hoodies"], "60", options=options)


_HOODIES = [
    _hoodie("HD1", "Sherpa Lined Hoodie", False),
    _hoodie("HD2", "Terry Zip Hoodie", False),
    _hoodie("HD3", "Recycled Fleece Hoodie", True),
]


@pytest.mark.parametrize("products", [_HOODIES])
def test_the_photo_colour_in_a_size_adds_the_look_alike_that_has_it(
    agent: ShoppingAgent, shop: Shop
) -> None:
    shop.vision = photo_of(("HD1", 0.9), ("HD2", 0.89), ("HD3", 0.88), colour="gray",
                           kind=("Hoodies", 0.9))  # fmt: skip
    first = agent.chat(None, "do you have this hoodie? in navy tho, size L", image=SHOE_PHOTO)
    turn = agent.chat(first.thread_id, "hmm actually the grey is fine. add it in L")
    assert cart_lines(turn) == [("HD3", "heather gray / l", 1)], (first.reply, turn.reply)


_MIXED = [
    _product("SUN1", "Kids Gentle Sunscreen SPF 50", ["Beauty", "Sun Care"], "29",
             colors=["white"]),
    _product("SOK1", "Wool Boot Socks", ["Apparel", "Socks"], "27", colors=["white"]),
    _product("SUN2", "Mineral Face Sunscreen SPF 50", ["Beauty", "Sun Care"], "31",
             colors=["white"]),
    _product("BOX1", "Bento Lunch Food Storage Set", ["Kitchen", "Storage"], "22",
             colors=["white"]),
]  # fmt: skip


@pytest.mark.parametrize("products", [_MIXED])
@pytest.mark.parametrize(
    ("ask", "add"),
    [
        ("we're almost out of this, do you sell it?", "great add 2, one for each kid's bag"),
        ("is this the kids sunscreen? need 2 for the beach bags", "yes add 2"),
    ],
)
def test_an_add_after_unsure_look_alikes_takes_the_closest(
    agent: ShoppingAgent, shop: Shop, ask: str, add: str
) -> None:
    shop.vision = photo_of(("SUN1", 0.8), ("SOK1", 0.79), ("SUN2", 0.78), ("BOX1", 0.77),
                           colour="white")  # fmt: skip
    first = agent.chat(None, ask, image=SHOE_PHOTO)
    turn = agent.chat(first.thread_id, add)
    assert cart_lines(turn) == [("SUN1", "white", 2)], (first.reply, turn.reply)


_SOCKS = [
    _product("SK1", "Compression Knee Socks", ["Apparel", "Socks"], "20",
             options=[{"color": c, "size": s} for c in ("black", "olive") for s in "SML"]),
    _product("SK2", "Cushioned Crew Socks", ["Apparel", "Socks"], "23",
             options=[{"color": "black", "size": s} for s in "SML"]),
]  # fmt: skip


@pytest.mark.parametrize("products", [_SOCKS])
def test_the_photo_match_in_two_sizes_adds_a_line_per_size(
    agent: ShoppingAgent, shop: Shop
) -> None:
    shop.vision = photo_of(("SK1", 0.9), ("SK2", 0.8), colour="black", kind=("Socks", 0.9))
    first = agent.chat(None, "do you have these?", image=SHOE_PHOTO)
    turn = agent.chat(first.thread_id, "2 pairs in S for the kids and 1 in L for me, black")
    assert sorted(cart_lines(turn)) == [("SK1", "black / l", 1), ("SK1", "black / s", 2)], (
        first.reply,
        turn.reply,
    )
