"""Through `ShoppingAgent.chat`: a sold kind the list does not hold, named after it with a
colour, a likeness, a superlative or a word of a listed title, is a search for that kind, after
a photo as after a typed search ("and do you have mugs in a similar green" after the kettle in
the photo; "also sunscreen for the beach" after the Beach Stripe Tote Bag; "and whats your
cheapest coffee" after cereal); a question about the list stays one."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.photo_facts import photo_of
from tests.agent.shop import SHOE_PHOTO, Shop, sample_catalog_products, shown_leaves


@pytest.fixture
def products() -> list[Product]:
    kinds = {"Kettles", "Mugs", "Totes", "Sun Care", "Cereal", "Coffee", "Backpacks"}
    return sample_catalog_products(kinds, leaf_only=True)


@pytest.mark.parametrize(
    ("opening", "photo", "kind", "message", "wanted"),
    [
        ("how much is this kettle?", "stovetop-whistling-kettle", "Kettles",
         "and do you have mugs in a similar green", "Mugs"),
        ("do you have this kettle?", "stovetop-whistling-kettle", "Kettles",
         "nice. mugs that match, sage green?", "Mugs"),
        ("what is this bag made of?", "beach-stripe-tote-bag", "Totes",
         "also sunscreen for the beach", "Sun Care"),
        ("do you sell this cereal?", "honey-oat-clusters-cereal", "Cereal",
         "and whats your cheapest coffee", "Coffee"),
    ],
)  # fmt: skip
def test_a_new_kind_after_a_photo_is_searched(
    agent: ShoppingAgent, shop: Shop, opening: str, photo: str, kind: str, message: str,
    wanted: str,
) -> None:  # fmt: skip
    shop.vision = photo_of((photo, 0.9), colour="green", kind=(kind, 0.9))
    first = agent.chat(None, opening, image=SHOE_PHOTO)
    turn = agent.chat(first.thread_id, message)
    assert turn.products and shown_leaves(turn) == {wanted}, turn.reply


@pytest.mark.parametrize(
    ("search", "message", "wanted"),
    [
        ("kettles", "and do you have mugs in a similar green", "Mugs"),
        ("cereal", "and whats your cheapest coffee", "Coffee"),
    ],
)
def test_a_new_kind_after_a_typed_list_is_searched(
    agent: ShoppingAgent, search: str, message: str, wanted: str
) -> None:
    first = agent.chat(None, search)
    turn = agent.chat(first.thread_id, message)
    assert turn.products and shown_leaves(turn) == {wanted}, turn.reply


@pytest.mark.parametrize(
    ("search", "message", "kept"),
    [
        ("kettles", "which one is the cheapest?", "Kettles"),
        ("coffee", "how big is the bag?", "Coffee"),
    ],
)
def test_a_question_about_the_list_stays_one(
    agent: ShoppingAgent, search: str, message: str, kept: str
) -> None:
    first = agent.chat(None, search)
    turn = agent.chat(first.thread_id, message)
    assert shown_leaves(turn) <= {kept}, turn.reply


_SOCKS_AND_HATS = sample_catalog_products({"Socks", "Hats"}, leaf_only=True)


@pytest.mark.parametrize("products", [_SOCKS_AND_HATS])
@pytest.mark.parametrize(
    "message",
    ["the cheapest beanie", "cheapest beanie you have?", "ok now a beanie, the cheapest"],
)
def test_a_superlative_with_a_kind_named_in_titles_only_searches_that_kind(
    agent: ShoppingAgent, message: str
) -> None:
    first = agent.chat(None, "socks")
    turn = agent.chat(first.thread_id, message)
    assert turn.products and shown_leaves(turn) == {"Hats"}, turn.reply
    assert "beanie" in turn.products[0].title.lower(), turn.reply


@pytest.mark.parametrize(
    "products", [sample_catalog_products({"Speakers", "Headphones"}, leaf_only=True)]
)
def test_pricier_ones_for_a_reason_stay_the_kind_in_view(agent: ShoppingAgent) -> None:
    first = agent.chat(None, "small portable speaker")
    turn = agent.chat(first.thread_id, "hmm show me more expensive ones, want better sound")
    assert turn.products and shown_leaves(turn) == {"Speakers"}, turn.reply
    assert "earlier list" not in turn.reply and "closest matches:" not in turn.reply, turn.reply
