"""Contemplate mode: parallel sub-agents rank candidates exactly as a plain loop would."""

from __future__ import annotations

from agent.contemplate import rank_sequentially
from agent.service import ShoppingAgent
from tests.agent.shop import Shop
from tests.agent.talk import talk


def test_fan_out_ranking_equals_the_sequential_computation(
    agent: ShoppingAgent, shop: Shop
) -> None:
    listed, advice = talk(agent, "trail running shoes", "which is best for wet muddy trails?")
    candidates = [shop.search.get(p.id) for p in listed.products[:4]]
    expected = rank_sequentially([p for p in candidates if p], "wet muddy trails")
    assert [p.id for p in advice.products] == [a["product_id"] for a in expected]
    assert advice.products[0].id == "TRL2"  # the waterproof one for wet, muddy trails
    assert advice.reply.startswith("My pick for wet muddy trails: Summit Trail Running Shoe")
    assert "fits: wet, muddy, trails" in advice.reply


def test_progress_is_streamed_per_candidate(agent: ShoppingAgent) -> None:
    (listed,) = talk(agent, "trail running shoes")
    progress: list[str] = []
    agent.chat(listed.thread_id, "help me choose", on_progress=progress.append)
    assert len(progress) == 4 and all(p.startswith("weighed ") for p in progress)


def test_the_recommendation_can_be_referred_to(agent: ShoppingAgent) -> None:
    _, advice, added = talk(
        agent, "trail running shoes", "which is best for wet muddy trails?",
        "add the first one in red, size 10",
    )  # fmt: skip
    assert [p.ordinal for p in advice.products] == list(range(1, len(advice.products) + 1))
    assert added.cart is not None
    assert added.cart.lines[0].variant_id == "TRL2-RED-10"  # "first" = the top pick


def test_without_a_list_contemplate_searches_first(agent: ShoppingAgent) -> None:
    (advice,) = talk(agent, "which trail running shoes are best for muddy trails?")
    assert advice.products and advice.reply.startswith("My pick")
