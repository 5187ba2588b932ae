"""What the words beside a photo ask: a shade named ("got these in navy?") shows the look-alikes
sold in that shade and says it (a count asked after a remark is in test_photo_to_cart.py); rain
or getting wet asks whether it is waterproof; a label question that
names its product ("the peanut crunch bars' label - calories?") asks the figures, not a claim;
a shade the parser leaves alone ("olive") is the colour after a list sold in it."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import NutritionFacts, Product, Variant
from tests.agent.photo_facts import ScriptedVision
from tests.agent.shop import LABEL_PHOTO, SHOE_PHOTO, Shop, sample_products
from vision.facts import CategoryScore, ColorShare, ImageFacts, SimilarItem


def _usd(dollars: float) -> Money:
    return Money.from_decimal(str(dollars), "USD")


@pytest.fixture
def products() -> list[Product]:
    return [
        *sample_products(),
        Product(
            id="PACK1", title="Rolltop Commuter Pack", brand="Peak",
            category=["Bags", "Backpacks"],
            description="A commuter pack with a water-resistant roll-top closure.",
            variants=[Variant(id="PACK1-GRY", options={"color": "gray"}, price=_usd(70), stock=4)],
        ),
        Product(
            id="BAR1", title="Peanut Crunch Protein Bars", brand="Morning",
            category=["Grocery", "Snack Bars"], description="Chewy protein bars.",
            nutrition=NutritionFacts(calories=140, protein_g=3, total_fat_g=5),
            variants=[Variant(id="BAR1-6", price=_usd(3), stock=30)],
        ),
        Product(
            id="SCK1", title="Knee High Socks", brand="Stride", category=["Apparel", "Socks"],
            description="Knee high socks.",
            variants=[
                Variant(id=f"SCK1-{c[:3].upper()}-{s}", options={"color": c, "size": s},
                        price=_usd(15), stock=0 if c == "black" and s == "S" else 6)
                for c in ("black", "olive") for s in ("S", "M")
            ],
        ),
    ]  # fmt: skip


def _looks_like(*ids: str, colour: str = "blue", kind: str = "Running Shoes") -> ImageFacts:
    return ImageFacts(
        image_id="x",
        colors=[ColorShare(name=colour, share=0.8)],
        categories=[CategoryScore(label=kind, score=0.8)],
        unsure=False,
        similar=[SimilarItem(id=i, score=0.9 - n * 0.02) for n, i in enumerate(ids)],
    )


@pytest.mark.parametrize(
    "message", ["got these in navy?", "my dad has these, do you do them in navy size 10?"]
)
def test_a_shade_named_with_a_photo_shows_those_in_it_and_says_it(
    agent: ShoppingAgent, shop: Shop, message: str
) -> None:
    shop.vision = ScriptedVision(_looks_like("TRL1", "TRL2"))
    turn = agent.chat(None, message, image=SHOE_PHOTO)
    assert [p.id for p in turn.products] == ["TRL2"], turn.reply  # TRL1 is blue, never navy
    assert "navy" in turn.reply.lower()


@pytest.mark.parametrize(
    "message",
    [
        "will this keep my stuff dry in the rain?",
        "i cycle to work, would my laptop get wet in this?",
        "is this any good in a downpour?",
    ],
)
def test_rain_asked_of_a_photographed_item_is_answered_as_waterproof(
    agent: ShoppingAgent, shop: Shop, message: str
) -> None:
    shop.vision = ScriptedVision(_looks_like("PACK1", colour="gray", kind="Backpacks"))
    turn = agent.chat(None, message, image=SHOE_PHOTO)
    assert "water-resistant" in turn.reply, turn.reply


_BAR_LABEL = ImageFacts(
    image_id="x",
    text="Nutrition Facts Calories 140 Protein 3g Total Fat 5g",
    nutrition=NutritionFacts(calories=140, protein_g=3, total_fat_g=5),
    text_matches=[SimilarItem(id="BAR1", score=1.0)],
)


@pytest.mark.parametrize(
    ("message", "figure"),
    [
        ("label from the peanut crunch bars i got - how many calories in one?", "140"),
        ("this is off the peanut crunch protein bars, how much fat?", "5 g"),
    ],
)
def test_a_label_question_naming_its_product_gets_the_figures(
    agent: ShoppingAgent, shop: Shop, message: str, figure: str
) -> None:
    shop.vision = ScriptedVision(_BAR_LABEL)
    turn = agent.chat(None, message, image=LABEL_PHOTO)
    assert figure in turn.reply and "nut free" not in turn.reply, turn.reply


def test_a_label_question_about_nuts_is_still_a_claim(agent: ShoppingAgent, shop: Shop) -> None:
    shop.vision = ScriptedVision(_BAR_LABEL)
    turn = agent.chat(None, "are the peanut crunch bars nut free?", image=LABEL_PHOTO)
    assert "nut free" in turn.reply, turn.reply


def test_a_shade_the_parser_leaves_alone_is_the_colour_after_a_list_sold_in_it(
    agent: ShoppingAgent, shop: Shop
) -> None:
    shop.vision = ScriptedVision(_looks_like("SCK1", "INJ1", colour="black", kind="Socks"))
    first = agent.chat(None, "need these in small", image=SHOE_PHOTO)
    turn = agent.chat(first.thread_id, "fine, olive in small then")
    assert "olive" in turn.reply.lower() and "black" not in turn.reply.lower(), turn.reply
