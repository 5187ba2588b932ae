"""Words about the photo itself, and the turns that follow a photo, through `ShoppingAgent.chat`.

"did the pic come through? it's a black rain jacket" asks for a black rain jacket: the sentence
about the photo names no product. "Anything cheaper like it" after a photo whose colour was only
read off it lists the cheaper ones of its kind in any colour, and says so. A look-alike sold out
in the colour and size asked with the photo is listed as out of stock.
"""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.photo_facts import ScriptedVision
from tests.agent.shop import SHOE_PHOTO, Shop, acme_product, sample_products
from tests.agent.talk import ids
from vision.facts import CategoryScore, ColorShare, ImageFacts, SimilarItem


def _usd(dollars: float) -> Money:
    return Money.from_decimal(str(dollars), "USD")


def _one(pid: str, title: str, category: list[str], price: float, color: str) -> Product:
    return acme_product(pid, title, category, price, colors=[color], brand=None, description="")


def _hoodie(pid: str, title: str, navy_large: int) -> Product:
    stock = {("navy", "L"): navy_large, ("navy", "M"): 4, ("gray", "L"): 6}
    variants = [
        Variant(id=f"{pid}-{c}-{s}", options={"color": c, "size": s}, price=_usd(80), stock=n)
        for (c, s), n in stock.items()
    ]
    return Product(id=pid, title=title, category=["Apparel", "Hoodies"], variants=variants)


@pytest.fixture
def products() -> list[Product]:
    watches, jackets, hats = ["Accessories", "Watches"], ["Apparel", "Jackets"], ["Apparel", "Hats"]
    return [
        *sample_products(),
        _one("WAT1", "Field 38 Watch", watches, 190, "silver"),
        _one("WAT2", "Chrono Sport Watch", watches, 120, "navy"),
        _one("WAT3", "Solar Field Watch", watches, 125, "olive"),
        _one("WAT4", "Dress Automatic Watch", watches, 320, "navy"),
        _one("JKT1", "Stormline Rain Jacket", jackets, 150, "black"),
        _one("JKT2", "Packable Rain Jacket", jackets, 120, "yellow"),
        _one("HAT1", "Wool Beanie Hat", hats, 28, "black"),
        _one("HAT2", "Bucket Canvas Hat", hats, 17, "khaki"),
        _hoodie("HOO1", "Recycled Fleece Hoodie", navy_large=0),
        _hoodie("HOO2", "Terry Zip Hoodie", navy_large=7),
    ]


def _photo(similar: list[SimilarItem], colour: str, votes: tuple[str, ...]) -> ImageFacts:
    return ImageFacts(
        image_id="x",
        colors=[ColorShare(name=colour, share=0.9)],
        main_color=colour,
        color_confidence=0.8,
        categories=[CategoryScore(label=v, score=0.8) for v in votes],
        unsure=False,
        similar=similar,
    )


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("did the pic come through? it's a black rain jacket", "JKT"),
        ("forget the pics. beanie in black?", "HAT"),
        ("can you see my photo? looking for a rain jacket", "JKT"),
    ],
)
def test_a_sentence_about_the_photo_names_no_product(
    agent: ShoppingAgent, message: str, kind: str
) -> None:
    turn = agent.chat(None, message)
    assert turn.products and all(p.id.startswith(kind) for p in turn.products), turn.reply
    assert "don't carry" not in turn.reply


def test_cheaper_like_the_photographed_item_is_not_held_to_the_colour_read_off_it(
    agent: ShoppingAgent, shop: Shop
) -> None:
    look_alikes = [SimilarItem(id=i, score=s) for i, s in (("WAT1", 0.9), ("WAT4", 0.7))]
    shop.vision = ScriptedVision(_photo(look_alikes, "silver", ("Watches",)))
    first = agent.chat(None, "this watch", image=SHOE_PHOTO)
    cheaper = agent.chat(first.thread_id, "anything cheaper like it")
    assert set(ids(cheaper)) == {"WAT2", "WAT3"}, cheaper.reply
    assert "none in silver" in cheaper.reply


def test_a_look_alike_sold_out_in_the_variant_asked_says_so(
    agent: ShoppingAgent, shop: Shop
) -> None:
    look_alikes = [
        SimilarItem(id="HOO1", score=0.9, variant_ids=["HOO1-navy-L"]),
        SimilarItem(id="HOO2", score=0.8, variant_ids=["HOO2-navy-L"]),
    ]
    shop.vision = ScriptedVision(_photo(look_alikes, "gray", ("Hoodies",)))
    turn = agent.chat(None, "do you have this in navy, size L?", image=SHOE_PHOTO)
    lines = {line.split(". ", 1)[1] for line in turn.reply.splitlines() if ". " in line}
    assert "Recycled Fleece Hoodie — $80.00 — out of stock" in lines, turn.reply
    assert "Terry Zip Hoodie — $80.00" in lines
