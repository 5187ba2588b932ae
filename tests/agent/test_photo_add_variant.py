"""After a photo, "add this" takes the photo's colour and the size asked with it."""

from __future__ import annotations

from agent.service import ShoppingAgent
from tests.agent.shop import SHOE_PHOTO


def test_add_this_uses_the_photo_colour_and_the_size_asked_with_it(agent: ShoppingAgent) -> None:
    # the sample photo is a blue trail shoe; its best look-alike comes in navy or red
    first = agent.chat(None, "do these come in a 10?", image=SHOE_PHOTO)
    added = agent.chat(first.thread_id, "add them please")
    assert added.cart is not None, added.reply
    assert [li.variant_id for li in added.cart.lines] == ["TRL2-NAV-10"]  # navy: nearest blue


def test_a_colour_asked_with_the_photo_wins_over_the_photo(agent: ShoppingAgent) -> None:
    first = agent.chat(None, "do you have this in red, size 10?", image=SHOE_PHOTO)
    added = agent.chat(first.thread_id, "add it")
    assert added.cart is not None, added.reply
    assert [li.variant_id for li in added.cart.lines] == ["TRL2-RED-10"]
