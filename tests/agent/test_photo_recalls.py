"""Through `ShoppingAgent.chat`: the item of an earlier photo, pointed at after another list
("ok add the kettle from my photo" after mugs, "add 2 of that cereal from my photo" after coffee,
"back to the cereal in my photo, how much was it?") is the photo's first look-alike of that kind,
added with the count said or asked about, never a new search for the kind."""

from __future__ import annotations

from agent.service import ShoppingAgent
from tests.agent.photo_facts import photo_of
from tests.agent.shop import SHOE_PHOTO, Shop


def test_the_kettle_from_my_photo_is_added_after_other_kinds(
    agent: ShoppingAgent, shop: Shop
) -> None:
    shop.vision = photo_of(("TRL2", 0.9), ("TRL1", 0.8), colour="blue", kind=("Running Shoes", 0.9))
    first = agent.chat(None, "how much are these?", image=SHOE_PHOTO)
    agent.chat(first.thread_id, "and some socks")
    turn = agent.chat(first.thread_id, "ok add 2 of the shoes from my photo in navy, size 10")
    lines = [(line.product_id, line.quantity) for line in (turn.cart.lines if turn.cart else [])]
    assert lines == [("TRL2", 2)], turn.reply


def test_a_question_about_the_photo_item_after_other_kinds(
    agent: ShoppingAgent, shop: Shop
) -> None:
    shop.vision = photo_of(("TRL2", 0.9), ("TRL1", 0.8), colour="blue", kind=("Running Shoes", 0.9))
    first = agent.chat(None, "got these?", image=SHOE_PHOTO)
    agent.chat(first.thread_id, "and some socks")
    turn = agent.chat(first.thread_id, "the shoes in my pic, how much were they?")
    assert [p.id for p in turn.products] == ["TRL2"], turn.reply
