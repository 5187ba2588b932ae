"""Several lines at once and texting shorthand, on the sample catalog: "two of each" sets every
line's count, "whats all that come to?" and "is that under 200 for everything?" are about the
cart's money, and "rn" ending a search asks when, not what."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import cart_lines, talk

_KINDS = {"Hats", "Kettles", "Snacks", "Tea"}
_TWO_HATS = "add the bucket canvas hat in black and the wool beanie hat in black"


@pytest.fixture
def products() -> list[Product]:
    """The sample catalog's hats, kettles, chips and teas ("kettle chips" beside kettles)."""
    return sample_catalog_products(_KINDS, leaf_only=True)


@pytest.mark.parametrize(
    ("said", "count"),
    [("two of each", 2), ("2 of each pls", 2), ("ok i'll take 3 of each actually", 3)],
)
def test_a_count_of_each_sets_every_line(agent: ShoppingAgent, said: str, count: int) -> None:
    first, last = talk(agent, _TWO_HATS, said)
    assert len(cart_lines(first)) == 2, first.reply
    assert [q for _, _, q in cart_lines(last)] == [count, count], last.reply


@pytest.mark.parametrize("question", ["whats all that come to?", "what's it all come to"])
def test_what_it_all_comes_to_shows_the_total(agent: ShoppingAgent, question: str) -> None:
    last = talk(agent, _TWO_HATS, question)[-1]
    assert not last.products, last.reply
    assert "Total: $" in last.reply, last.reply
    assert len(cart_lines(last)) == 2


def test_under_an_amount_for_everything_weighs_the_cart(agent: ShoppingAgent) -> None:
    last = talk(agent, _TWO_HATS, "is that under 200 for everything?")[-1]
    assert not last.products, last.reply
    assert last.reply.startswith("Yes"), last.reply
    assert "under $200.00" in last.reply, last.reply


def test_right_now_ending_a_search_changes_nothing_searched(agent: ShoppingAgent) -> None:
    turn = talk(agent, "do u have any electric kettles rn? under 100 pls")[-1]
    assert turn.products, turn.reply
    assert all(p.id.endswith("-kettle") for p in turn.products), turn.reply
