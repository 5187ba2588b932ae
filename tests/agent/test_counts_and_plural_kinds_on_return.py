"""A count said beside a kind is not another item ("need socks, 3 pairs, but no wool"), and a
return to a kind said in its own plural ("back to knives", "back to the dresses") finds that
kind's list, however the plural is spelled."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from tests.agent.store import item
from tests.agent.talk import ids, talk

SOCKS, SPEAKERS, WEIGHTS = ["Apparel", "Socks"], ["Audio", "Speakers"], ["Fitness", "Dumbbells"]
KNIVES, BOARDS = ["Kitchen", "Cutlery"], ["Kitchen", "Cutting Boards"]
CATALOG = [
    item("SOC1", "Wool Boot Socks", 27, SOCKS, material="wool"),
    item("SOC2", "Cushioned Crew Socks", 23, SOCKS, material="cotton"),
    item("SOC3", "Merino Hiker Socks", 30, SOCKS, material="merino wool"),
    item("SPK1", "Bookshelf Pair Speaker", 67, SPEAKERS),
    item("DMB1", "Neoprene Pair Dumbbell", 35, WEIGHTS),
    item("KNF1", "8in Chef Knife", 132, KNIVES),
    item("KNF2", "Santoku 7in Knife", 20, KNIVES),
    item("KNF3", "Paring 3.5in Knife", 50, KNIVES),
    item("BRD1", "Bamboo Set Cutting Board", 64, BOARDS),
    item("BRD2", "End Grain Walnut Cutting Board", 58, BOARDS),
]


@pytest.mark.parametrize("products", [CATALOG])
def test_a_count_of_pairs_is_not_a_second_kind(agent: ShoppingAgent) -> None:
    (socks,) = talk(agent, "need socks, 3 pairs, but no wool - I'm allergic")
    assert ids(socks) and set(ids(socks)) <= {"SOC2"}, socks.reply


@pytest.mark.parametrize("products", [CATALOG])
def test_back_to_knives_with_a_budget_narrows_the_knives(agent: ShoppingAgent) -> None:
    *_, back = talk(
        agent, "need a good kitchen knife", "and a cutting board", "back to knives, whats under 60"
    )
    assert set(ids(back)) == {"KNF2", "KNF3"}, back.reply
