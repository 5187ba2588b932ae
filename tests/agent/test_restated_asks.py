"""A limit said again with a reproach after a list ("I told you size XL too", "nah I said pink
ones") narrows the list shown, the reproach read as no request."""

from __future__ import annotations

import pytest

from agent.correction_leads import without_restating
from agent.service import ShoppingAgent
from tests.agent.talk import ids, talk
from tests.agent.test_no_then_narrowing import _catalog


def test_the_reproach_goes_and_other_openings_stay() -> None:
    assert without_restating("I told you size 10 too") == "size 10 too"
    assert without_restating("no, like I said, under 50") == "no, under 50"
    assert without_restating("I wanted to ask about returns") == "I wanted to ask about returns"
    assert without_restating("i said") == "i said"


@pytest.mark.parametrize("products", [_catalog()])
def test_a_restated_colour_narrows_the_list(agent: ShoppingAgent) -> None:
    *_, pink = talk(agent, "backpacks", "under 100", "nah I said pink ones")
    assert ids(pink) == ["summit"]


@pytest.mark.parametrize("products", [_catalog()])
def test_a_restated_size_keeps_the_budget(agent: ShoppingAgent) -> None:
    *_, sized = talk(agent, "backpacks", "under 65", "I told you size XL too")
    assert sized.products and "size XL" in sized.reply
    assert all(p.price.amount <= 6500 for p in sized.products)


@pytest.mark.parametrize("products", [_catalog()])
def test_a_bare_no_before_i_said_is_no_exclusion(agent: ShoppingAgent) -> None:
    # Two readings met on the merge: "no" kept before the reproach left "no BACKPACK", which
    # then ruled backpacks out.
    *_, navy = talk(agent, "pink backpacks", "no i said BACKPACK. a navy one")
    assert ids(navy) == ["mini"]
    *_, again = talk(agent, "olive backpacks", "no i said BACKPACKS")
    assert again.products and "not" not in again.reply.lower()
