"""A kind the catalog names in its titles before a rating ("Kids Gentle Sunscreen SPF 50", filed
under Sun Care) is a kind it sells: "also sunscreen for the beach" after a photo of a beach tote
is a new search for sunscreen, never the photo's list narrowed by "beach"."""

from __future__ import annotations

import pytest

from agent.kinds import title_head
from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.photo_facts import photo_of
from tests.agent.shop import SHOE_PHOTO, Shop, sample_catalog_products, shown_leaves


@pytest.fixture
def products() -> list[Product]:
    return sample_catalog_products({"Totes", "Sun Care", "Lip Care"}, leaf_only=True)


@pytest.mark.parametrize(
    ("title", "head"),
    [
        ("Kids Gentle Sunscreen SPF 50", "sunscreen"),
        ("Sun Shirt UPF 50+", "shirt"),
        ("Smart TV 55", "tv"),
        ("Flair Drive USB 3.0", "usb"),
    ],
)
def test_a_rating_after_the_noun_is_no_head(title: str, head: str) -> None:
    assert title_head(title) == head


def test_sunscreen_asked_after_a_photo_of_a_beach_tote_is_a_new_search(
    agent: ShoppingAgent, shop: Shop
) -> None:
    shop.vision = photo_of(
        ("beach-stripe-tote-bag", 0.9), ("farmers-jute-tote-bag", 0.7),
        ("leather-carryall-tote-bag", 0.6), colour="beige",
    )  # fmt: skip
    first = agent.chat(None, "what is this bag made of?", image=SHOE_PHOTO)
    turn = agent.chat(first.thread_id, "also sunscreen for the beach")
    assert turn.products, turn.reply
    assert shown_leaves(turn) == {"Sun Care"}, turn.reply
