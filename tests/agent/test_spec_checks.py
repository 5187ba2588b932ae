"""Shoppers checking specs before buying: a claim the record makes only in its description
("no sulfates or parabens", "caffeine-free herbs") decides an "X-free" ask; "any latex in it?
I'm latex sensitive" asks the product in view, and its rubber counts as latex; "actually I want
the 15 lb one instead" changes the line; "checkout again, same details" checks out."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import BUYER, cart_lines, ids, talk


def _item(pid: str, title: str, leaf: str, description: str, **attributes: str) -> Product:
    return acme_product(
        pid, title, ["Shop", leaf], "12", colors=[], description=description,
        attributes=attributes,
    )  # fmt: skip


SHAMPOOS = [
    _item("SH1", "Gentle Daily Shampoo", "Hair Care", "A mild wash for daily use."),
    _item("SH2", "Rosemary Mint Shampoo", "Hair Care", "It has no sulfates or parabens."),
    _item("SH3", "Argan Repair Shampoo", "Hair Care", "Made without sulfates, for dry hair."),
]  # fmt: skip
TEAS = [
    _item("TEA1", "Earl Grey Lavender Tea", "Tea", "Whole-leaf black tea in tea bags."),
    _item("TEA2", "Peppermint Tea", "Tea", "Organic herbs, caffeine-free, in tea bags."),
    _item("TEA3", "Chamomile Honey Tea", "Tea", "Caffeine free herbs in compostable tea bags."),
]  # fmt: skip
TREATMENTS = [
    _item("HT1", "Keratin Hair Treatment Mask", "Hair Care", "A deep mask for dry ends."),
    _item("HT2", "Argan Oil Hair Treatment", "Hair Care", "Light oil for shine."),
    _item("HT3", "Scalp Hair Treatment Serum", "Hair Care", "Sulfate free and paraben free serum."),
    _item("HT4", "Bond Repair Hair Treatment", "Hair Care", "Repairs broken bonds."),
    _item("HT5", "Overnight Hair Treatment Cream", "Hair Care", "Leave in overnight."),
]  # fmt: skip
MATS = [
    _item("MAT1", "Alignment Lines Yoga Mat", "Yoga Mats", "A grippy mat.",
          material="natural tree rubber", thickness="5 mm"),
    _item("MAT2", "Travel Fold Yoga Mat", "Yoga Mats", "A thin mat.", material="TPE foam"),
]  # fmt: skip


@pytest.mark.parametrize("products", [SHAMPOOS])
@pytest.mark.parametrize(
    "message",
    [
        "sulfate-free shampoo pls, my hair is colour treated so it HAS to be sulfate free",
        "shampoo that's sulfate free",
    ],
)
def test_a_free_claim_said_in_the_description_is_required(
    agent: ShoppingAgent, message: str
) -> None:
    (turn,) = talk(agent, message)
    assert set(ids(turn)) == {"SH2", "SH3"}, turn.reply


@pytest.mark.parametrize("products", [TEAS])
def test_caffeine_free_keeps_the_teas_whose_description_says_so(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "caffeine free tea for bedtime, tea bags not loose leaf")
    assert set(ids(turn)) == {"TEA2", "TEA3"}, turn.reply


@pytest.mark.parametrize("products", [TREATMENTS])
def test_a_free_claim_few_records_say_puts_its_sayers_first_and_keeps_the_rest(
    agent: ShoppingAgent,
) -> None:
    """One treatment of five says it: the feed is silent on the claim, not the products."""
    (turn,) = talk(agent, "hair treatment that is sulfate and paraben free, high quality")
    assert ids(turn)[0] == "HT3" and len(ids(turn)) > 1, turn.reply


@pytest.mark.parametrize("products", [MATS])
@pytest.mark.parametrize(
    "question",
    ["any latex in it? I'm latex sensitive", "is there latex in it?", "any latex in it?"],
)
def test_latex_asked_of_a_rubber_mat_is_answered_from_its_material(
    agent: ShoppingAgent, question: str
) -> None:
    _, asked = talk(agent, "Alignment Lines Yoga Mat: thickness + material?", question)
    assert "natural tree rubber" in asked.reply and "latex" in asked.reply, asked.reply
    assert not asked.reply.startswith("No"), asked.reply
    assert asked.order is None


BELLS = [
    acme_product(
        "DB1", "Hex Rubber Dumbbell", ["Sports", "Dumbbells"], "101.99",
        sizes=["5 lb", "10 lb", "15 lb", "20 lb"],
    ),
    acme_product("KB1", "Cast Iron Kettlebell", ["Sports", "Kettlebells"], "60", sizes=["10 lb"]),
]  # fmt: skip


@pytest.mark.parametrize("products", [BELLS])
@pytest.mark.parametrize(
    "change",
    ["actually I want the 15 lb one instead", "actually I'd like the 15 lb one instead"],
)
def test_wanting_another_value_instead_changes_the_line(agent: ShoppingAgent, change: str) -> None:
    _, changed = talk(agent, "Hex Rubber Dumbbell 10 lb please, add it", change)
    assert cart_lines(changed) == [("DB1", "black / 15 lb", 1)], changed.reply


@pytest.mark.parametrize("products", [BELLS])
def test_wanting_one_more_value_still_adds(agent: ShoppingAgent) -> None:
    _, added = talk(agent, "Hex Rubber Dumbbell 10 lb please, add it", "I want the 15 lb one too")
    assert len(cart_lines(added)) == 2, added.reply


def test_checkout_again_after_holding_off(agent: ShoppingAgent) -> None:
    *_, held, again = talk(
        agent, "add the granola", f"checkout. {BUYER}", "hold on a sec",
        "ok, checkout again, same details",
    )  # fmt: skip
    assert held.order is None and not held.awaiting_confirmation
    assert again.awaiting_confirmation, again.reply
