"""The product in focus: another variant said in a few words, fit and fabric asked of it, two
products sharing a title, "the cheaper of those two", a budget said of a list in words."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from aisle.nutrition import NutritionFacts
from catalog.model import Product, Variant
from tests.agent.talk import cart_lines, ids, kinds, talk


def _variants(pid: str, price: float, stock: dict[tuple[str, str], int]) -> list[Variant]:
    return [
        Variant(
            id=f"{pid}-{color[:3].upper()}-{size}".replace(" ", ""),
            options={"color": color, "size": size},
            price=Money.from_decimal(str(price), "USD"),
            stock=count,
        )
        for (color, size), count in stock.items()
    ]


def _grid(colors: list[str], sizes: list[str], sold_out: set[tuple[str, str]]) -> dict:
    return {(c, s): 0 if (c, s) in sold_out else 7 for c in colors for s in sizes}


def _item(pid: str, title: str, price: float, category: list[str], **extra: object) -> Product:
    stock = extra.pop("stock", {("black", "one size"): 9})
    return Product(
        id=pid,
        title=title,
        category=category,
        variants=_variants(pid, price, stock),  # type: ignore[arg-type]
        **extra,  # type: ignore[arg-type]
    )


@pytest.fixture
def products() -> list[Product]:
    hoodie = ["Apparel", "Tops", "Hoodies"]
    return [
        _item("HD1", "Campfire Pullover Hoodie", 82, hoodie, brand="Marlowe",
              attributes={"material": "heavyweight French terry", "fit": "relaxed"},
              stock=_grid(["heather gray", "charcoal"], ["S", "M", "L", "XL"],
                          {("charcoal", "XL")})),
        _item("HD2", "Summit Tech Hoodie", 52, hoodie, brand="Loomhouse",
              attributes={"material": "cotton-modal blend", "fit": "regular"},
              stock=_grid(["black", "navy"], ["S", "M", "L"], {("navy", "M")})),
        _item("BL1", "Chunky Knit Throw Blanket", 191, ["Home", "Bedding", "Blankets"],
              stock=_grid(["cream", "lavender"], ["throw", "queen", "king"],
                          {("cream", "queen")})),
        _item("TE1", "Everyday Crew Tee", 18, ["Apparel", "Tops", "T-Shirts"], brand="Loomhouse",
              attributes={"material": "combed cotton", "fit": "slim"}),
        _item("TE2", "Everyday Crew Tee", 24, ["Apparel", "Tops", "T-Shirts"], brand="Marlowe",
              attributes={"material": "combed cotton", "fit": "regular"}),
        _item("JN1", "Slim Taper Jean", 121, ["Apparel", "Bottoms", "Jeans"],
              attributes={"material": "stretch denim with 2% elastane", "fit": "slim"}),
        _item("SG1", "Sport Wrap Sunglasses", 49.99, ["Accessories", "Sunglasses"],
              stock={("navy", "one size"): 5, ("black", "one size"): 5}),
        _item("SG2", "Cat Eye Sunglasses", 169, ["Accessories", "Sunglasses"]),
        _item("KET1", "Stovetop Whistling Kettle", 73, ["Kitchen", "Kettles"]),
        _item("KET2", "Variable Temp Kettle", 96.99, ["Kitchen", "Kettles"]),
        _item("KET3", "Gooseneck Electric Kettle", 110.5, ["Kitchen", "Kettles"]),
        _item("KET4", "Glass Electric Kettle", 137.99, ["Kitchen", "Kettles"]),
        _item("CER1", "Honey Oat Clusters Cereal", 7.99, ["Grocery", "Cereal"],
              nutrition=NutritionFacts(serving_size="3/4 cup (30g)", servings_per_container=12,
                                       protein_g=3)),
        _item("SC1", "Lambswool Plaid Scarf", 25.99, ["Accessories", "Scarves"]),
        _item("SC2", "Cashmere Blend Scarf", 38.99, ["Accessories", "Scarves"]),
        _item("HAT1", "Wool Beanie Hat", 28.5, ["Accessories", "Hats"]),
        _item("HAT2", "Trucker Mesh Hat", 20.99, ["Accessories", "Hats"]),
        _item("TW1", "Waffle Weave Towel", 30, ["Home", "Bath", "Towels"],
              stock=_grid(["navy", "sage"], ["hand", "bath", "bath sheet"], set())),
        _item("TW2", "Plush Spa Towel", 42, ["Home", "Bath", "Towels"],
              stock=_grid(["sage", "teal"], ["hand", "bath", "bath sheet"], set())),
    ]  # fmt: skip


def test_another_variant_in_a_few_words_is_asked_of_the_same_product(
    agent: ShoppingAgent,
) -> None:
    """ "What about queen size in cream?", "bother. large then?": that product's stock in the
    variant now said, the rest of the last question kept, never a search for "queen"."""
    _, queen = talk(
        agent,
        "Is the Chunky Knit Throw Blanket available in king size, lavender?",
        "What about queen size in cream?",
    )
    assert ids(queen) == ["BL1"] and "sold out" in queen.reply.lower()
    _, _, xl = talk(
        agent,
        "how much is the campfire pullover hoodie",
        "is it in stock in charcoal size small?",
        "bother. extra large then?",
    )
    assert ids(xl) == ["HD1"] and "sold out" in xl.reply.lower() and "XL" in xl.reply


def test_pop_one_in_adds_the_variant_just_asked_about(agent: ShoppingAgent) -> None:
    *_, added = talk(
        agent,
        "is the summit tech hoodie in stock in navy medium?",
        "black then?",
        "pop one in",
    )
    assert cart_lines(added) == [("HD2", "black / m", 1)]


def test_fit_and_stretch_are_answered_from_the_record(agent: ShoppingAgent) -> None:
    (roomy,) = talk(agent, "is the Campfire Pullover Hoodie roomy in a medium? I like them loose")
    assert "relaxed" in roomy.reply
    (loose,) = talk(agent, "is the summit tech hoodie a loose fit?")
    assert "regular" in loose.reply
    (stretch,) = talk(agent, "is the slim taper jean stretchy at all or stiff")
    assert "elastane" in stretch.reply


def test_servings_in_a_box_come_from_the_nutrition_facts(agent: ShoppingAgent) -> None:
    (servings,) = talk(agent, "how many servings are in a box of the honey oat clusters cereal")
    assert "12 servings" in servings.reply


def test_two_products_with_one_title_are_compared_by_brand(agent: ShoppingAgent) -> None:
    (both,) = talk(agent, "you have two Everyday Crew Tees? what's the difference between them")
    assert sorted(ids(both)) == ["TE1", "TE2"]
    assert "Loomhouse" in both.reply and "Marlowe" in both.reply


def test_the_cheaper_of_two_compared_is_that_product(agent: ShoppingAgent) -> None:
    _, cheaper, added = talk(
        agent,
        "compare the Sport Wrap Sunglasses and the Cat Eye Sunglasses for me",
        "which is the cheaper of those two?",
        "ok add the cheaper one in navy",
    )
    assert ids(cheaper) == ["SG1"] and "$49.99" in cheaper.reply
    assert [line[0] for line in cart_lines(added)] == ["SG1"] and "navy" in cart_lines(added)[0][1]


def test_a_budget_in_words_narrows_the_list(agent: ShoppingAgent) -> None:
    _, under = talk(agent, "kettles", "any under a hundred?")
    assert kinds(under) == {"KET"} and set(ids(under)) == {"KET1", "KET2"}


def test_a_kind_beside_what_do_you_have_is_searched_and_the_first_scarf_is_found_again(
    agent: ShoppingAgent,
) -> None:
    scarves, hats, added = talk(
        agent,
        "show me some scarves",
        "hmm or maybe a hat instead? what do you have",
        "nah, go back, add the first scarf you showed me",
    )
    assert kinds(hats) == {"HAT"}
    assert kinds(scarves) == {"SC"}
    assert [line[0] for line in cart_lines(added)] == [ids(scarves)[0]]


def test_a_size_the_listed_products_come_in_narrows_the_list(agent: ShoppingAgent) -> None:
    _, navy = talk(agent, "I need some new towels", "just navy ones please, bath sheet size")
    assert ids(navy) == ["TW1"]


def test_another_variant_after_a_reaction_and_before_a_told_reason(agent: ShoppingAgent) -> None:
    """ "ugh ok, navy L then? i can size down": the same hoodie's stock in navy L, the reaction
    and the reason no search of their own."""
    _, asked = talk(
        agent,
        "is the summit tech hoodie in stock in navy medium?",
        "ugh ok, navy L then? i can size down",
    )
    assert ids(asked) == ["HD2"], asked.reply
    assert asked.reply.startswith("Yes") and "navy" in asked.reply, asked.reply
