"""A search is about the kind of thing asked for: its head noun, not its attribute words.

"trail runners, wide fit if possible" never turns into wide-fit jeans; "stroller, foldable" is a
kind the store lacks, not a foldable pair of headphones; a reason after a constraint ("my closet
is full of green") is not searched; "do they come bigger?" asks about the list shown.
"""

from __future__ import annotations

import pytest

from agent.kinds import request_head
from agent.request_parts import request_parts
from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.store import single_colour, store_products
from tests.agent.talk import ids, talk

REFUSAL = "don't carry"
TRAIL = {"TRL1", "TRL2"}
GREEN_ONLY = "HAT1"


def _sized(pid: str, title: str, dollars: int, category: list[str], sizes: list[str]) -> Product:
    variants = [
        Variant(
            id=f"{pid}-{n}", options={"color": "mustard", "size": size},
            price=Money.from_decimal(str(dollars), "USD"), stock=5,
        )
        for n, size in enumerate(sizes)
    ]  # fmt: skip
    return Product(id=pid, title=title, category=category, variants=variants)


def _with(product: Product, **attributes: str) -> Product:
    return product.model_copy(update={"attributes": attributes})


@pytest.fixture
def products() -> list[Product]:
    trail, jeans = ["Footwear", "Trail Running Shoes"], ["Apparel", "Bottoms", "Jeans"]
    audio, hats = ["Electronics", "Audio", "Headphones"], ["Accessories", "Hats"]
    pillows = ["Home", "Bedding", "Pillows"]
    return [
        *store_products(),
        single_colour("TRL1", "Rockhop Trail Running Shoe", 105, trail, "grey"),
        single_colour("TRL2", "Ridge Trail Running Shoe", 125, trail, "blue"),
        _with(single_colour("JEAN1", "Wide Leg Jean", 90, jeans, "blue"), fit="wide"),
        _with(single_colour("JEAN2", "Slim Taper Jean", 80, jeans, "black"), fit="slim"),
        _with(
            single_colour("HP1", "Foldable Travel Headphones", 70, audio, "black"),
            foldable="yes",
            weight="light",
        ),
        single_colour("HAT1", "Camp Hat", 30, hats, "forest green"),
        single_colour("HAT2", "Wool Beanie Hat", 25, hats, "black"),
        single_colour("HAT3", "Bucket Hat", 20, hats, "sand"),
        _sized("PIL1", "Linen Throw Pillow", 29, pillows, ["18 x 18 in", "20 x 20 in"]),
        _sized("PIL2", "Velvet Throw Pillow", 45, pillows, ["16 x 16 in", "20 x 20 in"]),
    ]


@pytest.mark.parametrize(
    "message",
    [
        "hey, want trail running shoes, wide fit if you can, under 130",
        "good evening - trail runners pls, a wide fit would be nice, no more than 130",
    ],
)
def test_a_wish_for_a_fit_keeps_the_kind(agent: ShoppingAgent, message: str) -> None:
    (turn,) = talk(agent, message)
    assert ids(turn) and set(ids(turn)) <= TRAIL


def test_a_fit_attribute_never_turns_shoes_into_jeans(agent: ShoppingAgent) -> None:
    """A long request is ranked, not scoped to a kind; its fit still never puts jeans first."""
    (turn,) = talk(agent, "i really need some trail running shoes in a wide fit for long runs")
    assert set(ids(turn)[:2]) == TRAIL


@pytest.mark.parametrize(
    "message",
    [
        "stroller, foldable and lightweight",
        "a high chair adjustable foldable",
        "pushchair compact foldable",
        "travel crib foldable lightweight",
    ],
)
def test_attribute_words_do_not_carry_an_unsold_kind(agent: ShoppingAgent, message: str) -> None:
    (turn,) = talk(agent, message)
    assert REFUSAL in turn.reply and "HP1" not in ids(turn)


@pytest.mark.parametrize(
    "message",
    [
        "hat not forest green, my closet is full of green already",
        "any hats except forest green? because i have loads of green",
        "any hats but forest green? i have loads of green",
        "hats not in forest green since everything i own is green",
        "a hat, nothing forest green, i already have too much green stuff",
    ],
)
def test_a_reason_after_a_colour_ruled_out_is_not_searched(
    agent: ShoppingAgent, message: str
) -> None:
    (turn,) = talk(agent, message)
    assert ids(turn) and GREEN_ONLY not in ids(turn)
    assert set(ids(turn)) <= {"HAT2", "HAT3"}


@pytest.mark.parametrize(
    ("question", "size"),
    [
        ("do they come any bigger, say 20x20?", "20 x 20 in"),
        ("do those come smaller?", "16 x 16 in"),
    ],
)
def test_they_after_a_list_asks_about_the_list(
    agent: ShoppingAgent, question: str, size: str
) -> None:
    _, turn = talk(agent, "throw pillows in mustard", question)
    assert size in turn.reply and "Which one" not in turn.reply
    assert set(ids(turn)) <= {"PIL1", "PIL2"}


@pytest.mark.parametrize(
    ("text", "core", "wishes", "reasons"),
    [
        ("hiya, trail runners, wide fit if possible, max 130", "trail runners, max 130",
         ["wide fit"], []),
        ("a hat thats not forest green, i have too much green stuff",
         "a hat thats not forest green", [], ["i have too much green stuff"]),
        ("headphones, i have 50 to spend", "headphones, i have 50 to spend", [], []),
        ("mugs, ideally blue", "mugs, ideally blue", [], []),  # a colour wish still filters
        ("any caps but navy, coz my team is navy", "any caps except navy", [],
         ["coz my team is navy"]),
        ("evening dress under 100", "evening dress under 100", [], []),
    ],
)  # fmt: skip
def test_request_parts(text: str, core: str, wishes: list[str], reasons: list[str]) -> None:
    parts = request_parts(text)
    assert (parts.core, parts.soft, parts.reasons) == (core, wishes, reasons)


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("baby stroller lightweight foldable", "stroller"),
        ("cutting board wooden reversible", "board"),
        ("sunglasses polarized", "sunglasses"),
        ("fresh vegetables", "vegetables"),  # a plural is a kind, not an adjective
        ("a coffee table", "table"),
        ("wireless", "wireless"),  # alone, the word is what was asked
        ("reading glasses", "glasses"),  # a plural is a kind, though "glass" is a material
    ],
)
def test_the_head_noun_skips_attribute_words_after_it(text: str, head: str) -> None:
    found = request_head(text)
    assert found is not None and found.word == head


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("new job at a bakery, 5am starts. a mug for my coffee", "mug"),
        ("starting a new job monday - i need a lunch bag", "bag"),
    ],
)
def test_a_new_job_is_why_the_shopper_shops_not_what(text: str, head: str) -> None:
    found = request_head(text)
    assert found is not None and found.word == head
