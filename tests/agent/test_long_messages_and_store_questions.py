"""Long, chatty messages and questions about the store itself: how buying works, what shipping
costs, a kind not sold asked with a backstory, a budget said late or as a refusal ("don't want
to spend more than 60"), reasons that are not the search ("I had a pair that broke", "I want to
fit a jacket too"), letting go of a limit in other words, and "is it loud?" read from related
words the record uses."""

from __future__ import annotations

import re

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import ids, talk

_PHONES, _SUN, _LIPS = ["Audio", "Headphones"], ["Beauty", "Sun Care"], ["Beauty", "Lip Care"]
_PACKS, _JACKETS = ["Bags", "Backpacks"], ["Apparel", "Jackets"]


def _by(brand: str, product: Product) -> Product:
    return product.model_copy(update={"brand": brand})


@pytest.fixture
def products() -> list[Product]:
    return [
        _by("Voltnest", item("HP1", "Wireless Over-Ear Headphones", 240, _PHONES, wireless="yes")),
        _by("Auralis", item("HP2", "Kids Volume-Limited Headphones", 32, _PHONES, wireless="yes")),
        _by("Voltnest", item("HP3", "Retro Wired Headphones", 58, _PHONES, wireless="no")),
        _by("Auralis", item("HP4", "Studio Monitor Headphones", 169, _PHONES, wireless="yes")),
        item("SUN1", "Kids Gentle Sunscreen SPF 50", 29, _SUN),
        item("SUN2", "Tinted Daily Sunscreen SPF 50", 27, _SUN),
        item("MAT1", "Kids Printed Yoga Mat", 86, ["Fitness", "Yoga Mats"]),
        item("LIP1", "Berry Tint Tinted Lip Balm", 8, _LIPS),
        item("LIP2", "Coral Glow Tinted Lip Balm", 14, _LIPS),
        item("BAG1", "Mini City 12L Backpack", 56, _PACKS, capacity="12 L"),
        item("BAG2", "Weekender 40L Backpack", 108, _PACKS, capacity="40 L"),
        item("BAG3", "Daypack 18L Backpack", 122, _PACKS, capacity="18 L"),
        item("JKT1", "Packable Wind Jacket", 203, _JACKETS),
        item("JKT2", "Stormline Rain Jacket", 152, _JACKETS),
        item("KEY1", "Low Profile 75% Keyboard", 89, ["Electronics", "Keyboards"], switch="silent"),
        item(
            "KEY2", "Mechanical TKL Keyboard", 120, ["Electronics", "Keyboards"], switch="tactile"
        ),
        item("JEAN1", "Selvedge Straight Jean", 93, ["Apparel", "Jeans"]),
        item("JEAN2", "Raw Denim Slim Jean", 150, ["Apparel", "Jeans"]),
        item("SPK1", "Bike Mount Speaker", 44, ["Audio", "Speakers"]),
    ]


def _prefixed(turn_ids: list[str], *prefixes: str) -> bool:
    return bool(turn_ids) and all(pid.startswith(prefixes) for pid in turn_ids)


@pytest.mark.parametrize(
    "message",
    [
        "Excuse me, I am not so good with the computers. Can you please explain me how I can buy "
        "something here, step by step? Thank you very much.",
        "hello dear, could you kindly tell me how the ordering works on this website?",
        "hi, would you be so kind to walk me through how to purchase an item here, please?",
        "sorry im lost, how can i add items to the cart",
    ],
)
def test_asking_how_buying_works_gets_the_steps(agent: ShoppingAgent, message: str) -> None:
    (turn,) = talk(agent, message)
    assert turn.products == []
    assert "check out" in turn.reply and "confirm" in turn.reply
    assert "carry" not in turn.reply


def test_asking_how_checking_out_works_after_a_list_gets_the_steps(agent: ShoppingAgent) -> None:
    *_, turn = talk(
        agent, "running shoes", "how does checking out work here? never used this before"
    )
    assert turn.products == [], turn.reply
    assert "check out" in turn.reply and "confirm" in turn.reply, turn.reply


def test_a_bag_said_as_a_purpose_is_no_look_at_the_cart(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "sunglasses? a small pair for my bag")
    assert "cart" not in turn.reply.lower(), turn.reply


@pytest.mark.parametrize(
    "message",
    ["how much is shipping? is it free at some point?", "How much do you charge for postage?"],
)
def test_shipping_cost_is_the_shops_own_rule(agent: ShoppingAgent, message: str) -> None:
    (turn,) = talk(agent, message)
    assert turn.products == []
    assert "$5.99" in turn.reply and "$50.00" in turn.reply  # the configured flat rate, free from


def test_a_kind_not_sold_asked_with_a_backstory_is_not_carried(agent: ShoppingAgent) -> None:
    (turn,) = talk(
        agent, "Do you have bicycles? My daughter turns 8 next month and she really wants a bike"
    )
    assert "don't carry" in turn.reply
    assert "SPK1" not in ids(turn)


@pytest.mark.parametrize(
    "message",
    [
        "Hi! My son (he's 9) needs headphones for school. They have to be wireless because he "
        "always breaks the cables, and I don't want to spend more than 60 dollars. Thank you!",
        "wireless headphones for my commute, and honestly I do not want to pay more than 60 bucks",
        "headphones for my son, I'd rather not spend over 60 dollars on them",
    ],
)
def test_a_refused_spend_is_a_ceiling(agent: ShoppingAgent, message: str) -> None:
    (turn,) = talk(agent, message)
    assert _prefixed(ids(turn), "HP")
    assert all(p.price.amount <= 6000 for p in turn.products)


def test_what_happened_before_is_not_searched(agent: ShoppingAgent) -> None:
    (turn,) = talk(
        agent, "headphones, but not from Auralis, I had a pair that broke after 2 months"
    )
    assert _prefixed(ids(turn), "HP")
    assert not {"HP2", "HP4"} & set(ids(turn))


def test_a_trip_ahead_is_not_searched(agent: ShoppingAgent) -> None:
    (turn,) = talk(
        agent, "sunscreen for kids, we're going to Crete in August and my twins burn so easily"
    )
    assert _prefixed(ids(turn), "SUN")


def test_an_acknowledgement_before_a_request_keeps_its_kind(agent: ShoppingAgent) -> None:
    _, turn = talk(agent, "any perfume for women?", "ah ok. then maybe a nice tinted lip balm")
    assert _prefixed(ids(turn), "LIP")


def test_what_a_bigger_one_must_hold_keeps_the_list_kind(agent: ShoppingAgent) -> None:
    _, turn = talk(
        agent,
        "small backpack for day hikes",
        "anything bigger? I want to fit a jacket and lunch too",
    )
    assert _prefixed(ids(turn), "BAG")


def test_forgetting_about_the_price_limit_keeps_the_kind(agent: ShoppingAgent) -> None:
    first, turn = talk(agent, "jeans under 100", "what if I forget about the price limit")
    assert ids(first) == ["JEAN1"]
    assert _prefixed(ids(turn), "JEAN") and "JEAN2" in ids(turn)


def test_is_it_loud_is_read_from_related_words(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "Low Profile 75% Keyboard - is it loud? I sit in an open office")
    assert re.search(r"(?i)\bno\b.*silent", turn.reply)
