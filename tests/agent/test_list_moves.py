"""Moving within the lists shown: "never mind" is no negation, "any more?" pages on through the
same search (or says that's all), "go back" shows the list before, and "do they come in grey"
after a question about one product asks about that product."""

from __future__ import annotations

from agent.service import ShoppingAgent
from tests.agent.talk import ids, talk


def test_never_mind_after_a_list_dismisses_it(agent: ShoppingAgent) -> None:
    turns = talk(agent, "running shoes", "never mind")
    assert ids(turns[0])
    assert not ids(turns[1])
    assert "not mind" not in turns[1].reply.lower()


def test_any_more_pages_on_then_says_that_is_all(agent: ShoppingAgent) -> None:
    turns = talk(agent, "running shoes", "any more?", "more please")
    assert turns[1].reply and "which product" not in turns[1].reply.lower()
    assert not set(ids(turns[1])) & set(ids(turns[0]))
    if not ids(turns[1]):
        assert "all" in turns[1].reply.lower()
    assert not ids(turns[2]) and "all" in turns[2].reply.lower()


def test_go_back_shows_the_previous_list(agent: ShoppingAgent) -> None:
    turns = talk(agent, "running shoes", "socks", "go back", "the previous ones")
    assert ids(turns[0]) and ids(turns[1])
    assert ids(turns[2]) == ids(turns[0])
    assert ids(turns[3]) == ids(turns[1])


def test_they_after_a_question_asks_about_the_product_in_focus(agent: ShoppingAgent) -> None:
    turns = talk(agent, "running shoes", "is the first one comfy?", "do they come in blue?")
    first = ids(turns[0])[0]
    assert ids(turns[2]) == [first]


def test_for_a_child_after_a_list_keeps_its_kind(agent: ShoppingAgent) -> None:
    """The sample shop's running shoes hold no kids' pair and its socks no kids' socks: a child
    said after a list never becomes a search for "son" or "7" (the Ridgeline shoe's size 7)."""
    turns = talk(agent, "running shoes", "something for my son, hes 7, for school")
    kinds_before = {pid.rstrip("0123456789") for pid in ids(turns[0])}
    assert ids(turns[1])
    assert {pid.rstrip("0123456789") for pid in ids(turns[1])} <= kinds_before
    assert "don't carry" not in turns[1].reply.lower()


def test_back_to_the_first_ones_shown_after_a_reaction(agent: ShoppingAgent) -> None:
    turns = talk(agent, "running shoes", "socks", "meh, go back to the first ones you showed me")
    assert ids(turns[2]) == ids(turns[0]), turns[2].reply
