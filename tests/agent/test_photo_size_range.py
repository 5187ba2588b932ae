"""The sizes the photographed item comes in, through `ShoppingAgent.chat`: "will this fit a big
head?" and "one size fits all?" get its one size and the adjustable strap its description
names; "what sizes do these come in? I'm a womens 8" gets its sizes, not only that size's stock;
where the item was seen ("on the trail") names none of it."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.photo_facts import photo_of
from tests.agent.shop import SHOE_PHOTO, Shop
from tests.agent.store import item

HATS = ["Accessories", "Hats"]
SOCKS = ["Apparel", "Socks"]
PACKS = ["Bags", "Backpacks"]


@pytest.fixture
def products() -> list[Product]:
    cap = item("HT1", "Trucker Mesh Hat", 21, HATS, {"green": {"One Size": 5}})
    cap.description = "A mesh trucker hat with an adjustable strap."
    beanie = item("HT2", "Wool Beanie Hat", 28, HATS, {"green": {"One Size": 5}})
    beanie.description = "A warm rib-knit beanie."
    return [
        cap,
        beanie,
        item("SK1", "Compression Knee Socks", 20, SOCKS,
             {"black": {"S": 0, "M": 4, "L": 3}}),
        item("SK2", "Cushioned Crew Socks", 12, SOCKS, {"black": {"S": 5, "M": 5}}),
        item("BP1", "Summit 35L Backpack", 70, PACKS, {"yellow": {"": 5}}),
        item("BP2", "Weekender 40L Backpack", 108, PACKS, {"yellow": {"": 5}}),
        item("BP3", "Trail Hydration 15L Backpack", 125, PACKS, {"black": {"": 5}}),
    ]  # fmt: skip


@pytest.mark.parametrize("message", ["will this fit a big head??", "is this one size fits all?"])
def test_whether_the_photographed_hat_fits_gets_its_one_size(
    agent: ShoppingAgent, shop: Shop, message: str
) -> None:
    shop.vision = photo_of(("HT1", 0.95), ("HT2", 0.6), colour="green")
    turn = agent.chat(None, message, image=SHOE_PHOTO)
    assert "Trucker Mesh Hat comes in one size, with an adjustable strap" in turn.reply, turn.reply
    assert "sizes One Size" not in turn.reply


def test_what_sizes_the_photographed_socks_come_in_lists_them(
    agent: ShoppingAgent, shop: Shop
) -> None:
    shop.vision = photo_of(("SK1", 0.95), ("SK2", 0.6), colour="black")
    turn = agent.chat(None, "what sizes do these come in? I'm a womens 8", image=SHOE_PHOTO)
    assert "Compression Knee Socks comes in sizes S, M, L" in turn.reply, turn.reply


def test_where_the_photographed_item_was_seen_names_none_of_it(
    agent: ShoppingAgent, shop: Shop
) -> None:
    # "the trail" tells where it was seen: the Trail Hydration pack is no closer for it
    shop.vision = photo_of(("BP1", 0.9), ("BP2", 0.8), colour="yellow")
    message = "saw someone with this on the trail — do you sell it? want it for a 3 day trek"
    turn = agent.chat(None, message, image=SHOE_PHOTO)
    assert [p.id for p in turn.products][:1] == ["BP1"], turn.reply
