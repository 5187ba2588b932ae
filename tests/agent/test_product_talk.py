"""Questions about named products, comparisons of two named products, what the store sells,
and a feature kept to after a list: through `ShoppingAgent.chat` on a small general store."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import NutritionFacts, Product, Variant
from tests.agent.store import store_products
from tests.agent.talk import ids, talk


def _usd(dollars: float) -> Money:
    return Money.from_decimal(str(dollars), "USD")


def _more_products() -> list[Product]:
    def mug(pid: str, title: str, dishwasher: str) -> Product:
        variant = Variant(id=f"{pid}-1", options={"color": "white"}, price=_usd(15), stock=8)
        return Product(
            id=pid,
            title=title,
            category=["Kitchen", "Mugs"],
            variants=[variant],
            attributes={"material": "stoneware", "dishwasher_safe": dishwasher},
            description="A mug for morning coffee.",
        )

    def shoe(pid: str, title: str, drop: str, dollars: int) -> Product:
        variant = Variant(id=f"{pid}-9", options={"size": "9"}, price=_usd(dollars), stock=4)
        return Product(
            id=pid,
            title=title,
            category=["Footwear", "Running Shoes"],
            variants=[variant],
            attributes={"drop": drop},
            description="A running shoe.",
        )

    hoodie = [
        Variant(
            id=f"HOOD-{color[:3].upper()}-{size}",
            options={"color": color, "size": size},
            price=_usd(60),
            compare_at_price=_usd(80),
            stock=0 if (color, size) == ("plum", "S") else 6,
        )
        for color in ("plum", "grey")
        for size in ("S", "M", "L")
    ]
    return [
        mug("MUG1", "Diner Stoneware Mug", "yes"),
        mug("MUG2", "Speckled Camp Mug", "no"),
        mug("MUG3", "Handmade Glaze Mug", "no"),
        mug("MUG4", "Tall Latte Mug", "yes"),
        shoe("RUN7", "Zephyr Lite 3 Running Shoe", "10 mm", 120),
        shoe("RUN8", "Pacer Flat 2 Running Shoe", "4 mm", 95),
        Product(
            id="HOOD1",
            title="Cloudknit Pullover Hoodie",
            category=["Apparel", "Hoodies"],
            variants=hoodie,
            description="A soft pullover hoodie.",
        ),
        Product(
            id="BAR1",
            title="Double Chocolate Peanut Protein Bars",
            category=["Grocery", "Bars"],
            nutrition=NutritionFacts(serving_size="1 bar (50g)", calories=190, protein_g=15),
            variants=[Variant(id="BAR1-12", price=_usd(18), stock=30)],
            description="Chewy protein bars.",
        ),
    ]


@pytest.fixture
def products() -> list[Product]:
    return [*store_products(), *_more_products()]


@pytest.mark.parametrize(
    "question",
    [
        "how much protein does the Double Chocolate Peanut Protein Bars have?",
        "what's the protein per bar in the double chocolate peanut protein bars",
    ],
)
def test_a_colour_word_in_a_products_name_does_not_turn_a_nutrition_question_into_stock(
    agent: ShoppingAgent, question: str
) -> None:
    (turn,) = talk(agent, question)
    assert "15 g" in turn.reply and "protein" in turn.reply
    assert "doesn't come in" not in turn.reply


@pytest.mark.parametrize(
    "question",
    [
        "is the Cloudknit Pullover Hoodie on sale? what did it cost before",
        "any discount on the cloudknit pullover hoodie right now?",
    ],
)
def test_a_sale_question_answers_with_the_regular_price(
    agent: ShoppingAgent, question: str
) -> None:
    (turn,) = talk(agent, question)
    assert "on sale" in turn.reply and "$80.00" in turn.reply and "$60.00" in turn.reply


def test_a_product_without_a_regular_price_is_not_called_on_sale(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "is the Summit Shell Jacket on sale?")
    assert turn.reply.startswith("No, Summit Shell Jacket isn't on sale")


@pytest.mark.parametrize(
    "follow_up",
    ["do you have it in plum? i'd need a small", "is it in plum, I wear a small"],
)
def test_a_sold_out_colour_and_size_said_in_words_is_never_in_stock(
    agent: ShoppingAgent, follow_up: str
) -> None:
    turns = talk(agent, "show me the cloudknit pullover hoodie", follow_up)
    assert "sold out" in turns[-1].reply
    assert "Yes" not in turns[-1].reply


def test_a_colour_in_stock_names_its_sold_out_sizes(agent: ShoppingAgent) -> None:
    turns = talk(agent, "show me the cloudknit pullover hoodie", "does it come in plum?")
    assert "sold out in size S" in turns[-1].reply


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("zephyr lite 3 vs pacer flat 2, which has more drop?", "Zephyr Lite 3 Running Shoe has"),
        ("which has less drop, the pacer flat 2 or the zephyr lite?", "Pacer Flat 2 Running Shoe"),
        ("compare the zephyr lite 3 with the pacer flat 2", "Side by side"),
    ],
)
def test_two_products_named_by_title_are_compared_on_the_spec_asked(
    agent: ShoppingAgent, message: str, expected: str
) -> None:
    (turn,) = talk(agent, message)
    assert set(ids(turn)) == {"RUN7", "RUN8"}
    assert expected in turn.reply
    assert "drop" not in message or ("10 mm" in turn.reply and "4 mm" in turn.reply)


def test_an_either_or_about_one_product_is_not_a_comparison(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "is the french roast whole bean or ground?")
    assert ids(turn) == ["COF1"]


@pytest.mark.parametrize(
    "message", ["what kind of stuff do you guys sell?", "so what do you carry?"]
)
def test_what_the_store_sells_names_its_departments(agent: ShoppingAgent, message: str) -> None:
    (turn,) = talk(agent, message)
    assert not turn.products
    for department in ("apparel", "footwear", "kitchen", "grocery"):
        assert department in turn.reply


def test_a_photo_and_cart_capability_question_is_help_not_the_cart(
    agent: ShoppingAgent,
) -> None:
    (turn,) = talk(agent, "can i show u a picture of a lamp? and can you do the checkout for me")
    assert "photo" in turn.reply and "check out" in turn.reply
    assert not turn.products and turn.cart is None


@pytest.mark.parametrize(
    "follow_up",
    [
        "just the ones that can go in the dishwasher",
        "which of those are dishwasher safe?",
        "any i can put in the dishwasher?",
        "has to go in the dishwasher tho",
        "they need to survive the dishwasher",
    ],
)
def test_a_feature_after_a_list_keeps_its_kind(agent: ShoppingAgent, follow_up: str) -> None:
    turns = talk(agent, "mugs please", follow_up)
    assert set(ids(turns[-1])) == {"MUG1", "MUG4"}


def test_materials_in_an_either_or_name_no_other_products(agent: ShoppingAgent) -> None:
    """ "Canvas or leather?" about one tote is no comparison with the Canvas and Leather totes."""
    question = "Foldaway Nylon Tote Bag - what colour is it, and is it canvas or leather?"
    (turn,) = talk(agent, question)
    assert ids(turn) == ["TOTE3"]
    assert "recycled nylon" in turn.reply and "black" in turn.reply
