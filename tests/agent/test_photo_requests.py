"""What a shopper asks together with a photo, through `ShoppingAgent.chat`: buy it, find it for
less, and a list that keeps to the kind the photo shows."""

from __future__ import annotations

from agent.service import ShoppingAgent
from tests.agent.photo_facts import ScriptedVision, photo_of
from tests.agent.shop import SHOE_PHOTO, Shop
from tests.agent.talk import ids
from vision.facts import ImageFacts, SimilarItem


def test_buying_what_the_photo_shows_adds_it_with_the_count_and_size(
    agent: ShoppingAgent,
) -> None:
    turn = agent.chat(None, "put two of these in my basket, size 11", image=SHOE_PHOTO)
    assert turn.cart is not None, turn.reply
    [line] = turn.cart.lines
    assert (line.product_id, line.quantity) == ("TRL2", 2)
    assert "11" in (line.variant_title or ""), line.variant_title


def test_this_is_the_look_alike_that_comes_in_the_photos_colour(
    agent: ShoppingAgent, shop: Shop
) -> None:
    # All running shoes, close in score; only the second comes in red, the photo's colour.
    shop.vision = photo_of(("TRL3", 0.81), ("TRL2", 0.80), ("RD1", 0.79), colour="red")
    turn = agent.chat(None, "i'll take this one please", image=SHOE_PHOTO)
    assert turn.cart is not None, turn.reply
    assert [li.product_id for li in turn.cart.lines] == ["TRL2"]
    assert "closest match to your photo" in turn.reply  # a guess, said as one


def test_buying_from_a_photo_that_matches_nothing_clearly_asks_which(
    agent: ShoppingAgent, shop: Shop
) -> None:
    shop.vision = ScriptedVision(
        ImageFacts(image_id="x", similar=[SimilarItem(id="BAG1", score=0.7),
                                          SimilarItem(id="TRL1", score=0.69)])
    )  # fmt: skip
    turn = agent.chat(None, "buy this for me", image=SHOE_PHOTO)
    assert turn.cart is None and "Which one" in turn.reply


def test_like_this_for_less_money_is_compared_with_the_photographed_item(
    agent: ShoppingAgent, shop: Shop
) -> None:
    shop.vision = photo_of(("TRL2", 0.9), ("TRL3", 0.7), colour="blue")  # TRL2 is $110
    turn = agent.chat(None, "anything like this for less money?", image=SHOE_PHOTO)
    assert turn.products, turn.reply
    assert all(p.price.amount < 11000 for p in turn.products), turn.reply
    assert "TRL2" not in ids(turn) and "Summit Trail Running Shoe ($110.00)" in turn.reply


def test_a_photo_list_keeps_to_the_kind_the_look_alikes_agree_on(
    agent: ShoppingAgent, shop: Shop
) -> None:
    shop.vision = photo_of(
        ("TRL1", 0.8), ("BAG1", 0.79), ("TRL2", 0.78), ("TRL3", 0.77), colour="blue"
    )
    turn = agent.chat(None, "seen this anywhere?", image=SHOE_PHOTO)
    assert turn.products and "BAG1" not in ids(turn), turn.reply
