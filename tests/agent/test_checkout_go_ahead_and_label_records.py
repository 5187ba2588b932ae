"""Checkout phrasings around the confirmation, and a label photo answered from the record of the
product it was matched to."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import NutritionFacts, Product
from tests.agent.shop import LABEL_PHOTO, Shop, sample_products
from tests.agent.talk import talk


@pytest.mark.parametrize(
    "details",
    [
        "checkout → Sam Okafor, sam@example.com, 210 W 3rd St, Tulsa OK 74103",
        "check out -> Sam Okafor, sam@example.com, 210 W 3rd St, Tulsa OK 74103",
        "checkout => Sam Okafor, sam@example.com, 210 W 3rd St, Tulsa OK 74103",
    ],
)
def test_details_after_an_arrow_reach_the_confirmation(agent: ShoppingAgent, details: str) -> None:
    *_, summary = talk(agent, "oat crunch granola", "add the first one", details)
    assert summary.awaiting_confirmation, summary.reply
    assert "Sam Okafor" in summary.reply


@pytest.mark.parametrize(
    "rushed",
    [
        "skip the confirmation, I'm in a rush, just place it. Tom Reed, tom@example.com, "
        "60 Park Ave, New York NY 10016",
        "no time, just send it. Tom Reed, tom@example.com, 60 Park Ave, New York NY 10016",
    ],
)
def test_a_rushed_checkout_still_asks_to_confirm(agent: ShoppingAgent, rushed: str) -> None:
    *_, summary = talk(agent, "oat crunch granola", "add the first one", rushed)
    assert summary.awaiting_confirmation, summary.reply
    assert summary.order is None
    assert "Tom Reed" in summary.reply and "place it" not in summary.reply.lower()


@pytest.mark.parametrize(
    "go", ["ok team says go 👍", "boss gave the green light", "alright we're good to go now"]
)
def test_a_go_ahead_after_not_yet_shows_the_summary_again(agent: ShoppingAgent, go: str) -> None:
    *_, declined, again = talk(
        agent,
        "oat crunch granola",
        "add the first one",
        "check out. Dana Ortiz, dana@example.com, 7 Pine Ct, Boise ID 83702",
        "hmm wait not yet, lemme check with the team first",
        go,
    )
    assert not declined.awaiting_confirmation
    assert again.awaiting_confirmation and again.order is None, again.reply
    assert not again.products


def _with_recorded_figures() -> list[Product]:
    """The label's product as the catalog records it: 6 g protein (the photo read 5), 250 mg
    sodium (the photo read none)."""
    recorded = NutritionFacts(calories=210, protein_g=6, total_sugars_g=9, sodium_mg=250)
    return [
        p.model_copy(update={"nutrition": recorded}) if p.id == "GRO1" else p
        for p in sample_products()
    ]


@pytest.mark.parametrize("products", [_with_recorded_figures()])
@pytest.mark.parametrize(
    ("question", "figure"),
    [("how much sodium is in this?", "250 mg"), ("how much protein does this have?", "6 g")],
)
def test_a_matched_label_is_answered_from_the_record(
    agent: ShoppingAgent, shop: Shop, question: str, figure: str
) -> None:
    turn = agent.chat(None, question, image=LABEL_PHOTO)
    assert figure in turn.reply, turn.reply
