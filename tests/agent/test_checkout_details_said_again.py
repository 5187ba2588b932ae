"""Details given again with a lead-in ("same details as before: Sam Ortiz, …", "same info as
last time - …") through `ShoppingAgent.chat`: the lead-in is never the buyer's name."""

from __future__ import annotations

import pytest

from agent.buyer import details_in
from agent.service import ShoppingAgent
from tests.agent.talk import talk

DETAILS = "Sam Ortiz, sam.ortiz@example.com, 500 Market St, San Francisco, CA 94105, USA"


@pytest.mark.parametrize(
    "lead", ["same details as before", "same info as last time", "my usual details"]
)
def test_a_lead_in_before_the_details_is_no_name(lead: str) -> None:
    assert details_in(f"ok now checkout, {lead}: {DETAILS}")["name"] == "Sam Ortiz"


def test_checkout_with_the_same_details_as_before_ships_to_the_named_buyer(
    agent: ShoppingAgent,
) -> None:
    *_, summary = talk(
        agent, "granola", "add the first one", f"ok now checkout, same details as before: {DETAILS}"
    )
    assert summary.awaiting_confirmation, summary.reply
    assert "Ship to: Sam Ortiz" in summary.reply, summary.reply
    assert "Same Details" not in summary.reply, summary.reply
