"""A size said alone after a list narrows it, hedged ("medium ideally") or as a number after
"what about a" ("what about a 34?"), and a price per pair narrows it too ("size M, under 25 a
pair"): none of them is a search for the words "medium" or "pair"."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import navy_sized_product
from tests.agent.talk import kinds, talk


def _item(pid: str, title: str, kind: str, price: float, sizes: list[str]) -> Product:
    return navy_sized_product(pid, title, ["Apparel", kind], price, tuple(sizes))


@pytest.fixture
def products() -> list[Product]:
    return [
        _item("TE1", "Ringer Tee", "T-Shirts", 15, ["S", "L"]),
        _item("TE2", "Everyday Crew Tee", "T-Shirts", 18, ["S", "M", "L"]),
        _item("TE3", "Breeze Linen Tee", "T-Shirts", 17, ["M"]),
        _item("JN1", "Selvedge Straight Jean", "Jeans", 93, ["32"]),
        _item("JN2", "Straight 211 Jean", "Jeans", 63, ["32", "34"]),
        _item("JN3", "Relaxed Carpenter Jean", "Jeans", 90, ["34", "36"]),
        _item("SK1", "Wool Boot Socks", "Socks", 27, ["M", "L"]),
        _item("SK2", "Cushioned Crew Socks", "Socks", 23, ["M"]),
        _item("SK3", "Compression Knee Socks", "Socks", 19, ["S"]),
        _item("SP1", "Bookshelf Pair Speaker", "Speakers", 67, ["M"]),
    ]


@pytest.mark.parametrize("said", ["medium ideally", "medium", "ok medium please"])
def test_a_size_word_alone_narrows_the_list(agent: ShoppingAgent, said: str) -> None:
    _, turn = talk(agent, "looking for a plain t-shirt, under 20 bucks", said)
    assert {p.id for p in turn.products} == {"TE2", "TE3"}, turn.reply


@pytest.mark.parametrize("said", ["what about a 34?", "how about a 34 then"])
def test_a_number_after_what_about_a_is_a_size(agent: ShoppingAgent, said: str) -> None:
    _, turn = talk(agent, "jeans in a 32, under 100", said)
    assert {p.id for p in turn.products} == {"JN2", "JN3"}, turn.reply


def test_a_price_per_pair_with_a_size_narrows_the_socks(agent: ShoppingAgent) -> None:
    _, turn = talk(
        agent, "need like 3 pairs of socks, anything but white", "size M, under 25 a pair"
    )
    assert kinds(turn) == {"SK"} and [p.id for p in turn.products] == ["SK2"], turn.reply
