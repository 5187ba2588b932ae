"""A choice settled right after asking about it, on the sample catalog, through the agent's chat:
"ok the smaller one in lavender" after "20 or 32 oz?", "fine, going with the bath sheet then"
after a size question, "ok, the travel one then" after two mugs were compared. Each is an add
of the product asked about, in the options said; a further question is still only answered.
Settled on a product already in the cart, the choice changes its line ("ok the bigger one then, 3
of them"); a size change said as "bump it up to XL" after fit advice changes the line too."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import cart_lines, talk


@pytest.fixture
def products() -> list[Product]:
    """The sample catalog's bottles, towels, mugs, tees and pillows."""
    return sample_catalog_products(
        {"Water Bottles", "Towels", "Mugs", "T-Shirts", "Pillows"}, leaf_only=True
    )


@pytest.mark.parametrize(
    ("question", "choice", "line"),
    [
        (
            "Chug Lid Wide Mouth Water Bottle, 20 or 32 oz for the office?",
            "ok the smaller one in lavender",
            ("chug-lid-wide-mouth-water-bottle", "lavender / 20 oz", 1),
        ),
        (
            "Chug Lid Wide Mouth Water Bottle: 20 or 32 oz for hiking?",
            "alright, the larger one then, forest green, 3 of them",
            ("chug-lid-wide-mouth-water-bottle", "forest green / 32 oz", 3),
        ),
        (
            "Chug Lid Wide Mouth Water Bottle: 20 or 32 oz for long gym sessions?",
            "fine, the bigger one then, 2 of them, teal",
            ("chug-lid-wide-mouth-water-bottle", "teal / 32 oz", 2),
        ),
        (
            "Turkish Cotton Bath Towel -- is the bath size big enough for me?",
            "fine, going with the bath sheet then, sand, 2 please",
            ("turkish-cotton-bath-towel", "sand / bath sheet", 2),
        ),
        (
            "Travel Insulated Mug or Double Wall Glass Mug, which keeps coffee hot?",
            "ok, the travel one then. charcoal, 16 oz",
            ("travel-insulated-mug", "charcoal / 16 oz", 1),
        ),
    ],
)
def test_a_settled_choice_adds_the_product_asked_about(
    agent: ShoppingAgent, question: str, choice: str, line: tuple[str, str, int]
) -> None:
    asked, chosen = talk(agent, question, choice)
    assert not cart_lines(asked), asked.reply
    assert cart_lines(chosen) == [line], chosen.reply


@pytest.mark.parametrize(
    "still_looking",
    ["ok the bigger one in teal, is that in stock?", "ok show me other ones in teal"],
)
def test_a_choice_still_asked_about_adds_nothing(agent: ShoppingAgent, still_looking: str) -> None:
    turns = talk(
        agent, "Chug Lid Wide Mouth Water Bottle, 20 or 32 oz for the office?", still_looking
    )
    assert not cart_lines(turns[-1]), turns[-1].reply


@pytest.mark.parametrize(
    "change", ["my friend says it fits slim... bump it up to XL", "hmm, bump that to an XL"]
)
def test_bumping_a_line_to_a_size_changes_it(agent: ShoppingAgent, change: str) -> None:
    added, changed = talk(agent, "add the Everyday Crew Tee in navy, size L", change)
    assert cart_lines(added) == [("everyday-crew-tee", "navy / l", 1)], added.reply
    assert cart_lines(changed) == [("everyday-crew-tee", "navy / xl", 1)], changed.reply


def test_a_choice_settled_of_a_product_in_the_cart_changes_its_line(agent: ShoppingAgent) -> None:
    *_, settled = talk(
        agent,
        "add the Linen Throw Pillow in blush, the 18 inch one",
        "would the 20 inch suit a big sofa better?",
        "ok the bigger one then, 3 of them",
    )
    assert cart_lines(settled) == [("linen-throw-pillow", "blush / 20 x 20 in", 3)], settled.reply


@pytest.mark.parametrize(
    ("aside", "back"),
    [
        ("wait what can you actually do?", "ok then back to the towels, navy ones"),
        ("how does this work?", "ok fine, the towels again then, in navy"),
        ("are you a bot?", "alright, back to the towels, any in navy?"),
    ],
)
def test_after_a_help_question_a_colour_for_the_list_takes_no_product(
    agent: ShoppingAgent, aside: str, back: str
) -> None:
    *_, turn = talk(agent, "bath towels", "a mug", aside, back)
    assert cart_lines(turn) == [] and turn.products, turn.reply
    assert all(p.id.endswith("towel") for p in turn.products), turn.reply
    assert "Which color" not in turn.reply, turn.reply
