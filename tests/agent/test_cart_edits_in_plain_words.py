"""Filling and editing the cart in plain words, through `ShoppingAgent.chat`: "u" for "you", a
count said with "throw in" (never a size "in 2"), after "and", in words ("half a dozen") or as a
pick of the list by a word of its own ("a couple of the merino ones"); "one more <noun>" and
"4 of those in total" for a line; several edits in one message; a line by its place right after
the cart was listed; "I don't want it either" with one line left; "what's in it now"."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import cart_lines, talk


def _product(
    pid: str, title: str, category: list[str], options: list[dict[str, str]], dollars: str,
    sold_out: tuple[dict[str, str], ...] = (),
) -> Product:  # fmt: skip
    return acme_product(
        pid, title, category, dollars, options=options, stock=40, sold_out=sold_out, brand=None,
        description="", first_id=0,
    )  # fmt: skip


def _grid(colors: list[str], sizes: list[str]) -> list[dict[str, str]]:
    return [{"color": c, "size": s} for c in colors for s in sizes]


def _colours(*colors: str) -> list[dict[str, str]]:
    return [{"color": c} for c in colors]


SOCKS = ["Apparel", "Socks"]
PRODUCTS = [
    _product("SOCK1", "Alpaca Trek Socks", SOCKS, _grid(["cream", "rust"], ["S", "M", "L"]), "21"),
    _product("SOCK2", "Merino Hike Socks", SOCKS, _grid(["black", "grey"], ["S", "M", "L"]), "24"),
    _product("SOCK3", "Cotton Ankle Socks", SOCKS, _grid(["navy", "white"], ["S", "M", "L"]), "9"),
    _product("HAT1", "Ribbed Knit Beanie", ["Apparel", "Hats"], _colours("olive", "black"), "19"),
    _product("HAT2", "Mesh Trucker Cap", ["Apparel", "Hats"], _colours("green"), "15"),
    _product(
        "SHOE1",
        "Court Canvas Sneaker",
        ["Shoes", "Sneakers"],
        _grid(["white", "off-white"], ["8", "9"]),
        "50",
        sold_out=({"color": "white", "size": "8"},),
    ),
    _product("TEA1", "Mint Leaf Tea", ["Grocery", "Tea"], [], "6"),
    _product("TEA2", "Smoky Black Tea", ["Grocery", "Tea"], [], "7"),
]


@pytest.fixture
def products() -> list[Product]:
    return PRODUCTS


def test_can_u_add_one_of_the_listed_colour(agent: ShoppingAgent) -> None:
    _, added = talk(agent, "socks", "can u add one of the navy ones, size M")
    assert cart_lines(added) == [("SOCK3", "navy / m", 1)], added.reply
    assert "carry" not in added.reply


def test_throw_in_a_count_is_a_count_not_a_size(agent: ShoppingAgent) -> None:
    _, added = talk(agent, "socks", "throw in 2 of the alpaca ones, cream, M")
    assert cart_lines(added) == [("SOCK1", "cream / m", 2)], added.reply


def test_a_couple_of_the_listed_ones_named_by_a_word_of_their_own(agent: ShoppingAgent) -> None:
    _, added = talk(agent, "socks", "i'll take a couple of the merino ones in black, size M")
    assert cart_lines(added) == [("SOCK2", "black / m", 2)], added.reply


@pytest.mark.parametrize(
    ("said", "line"),
    [
        ("add half a dozen mint leaf teas to my cart", ("TEA1", "", 6)),
        ("i need four boxes of the smoky black tea", ("TEA2", "", 4)),
    ],
)
def test_counts_in_words(agent: ShoppingAgent, said: str, line: tuple[str, str, int]) -> None:
    (added,) = talk(agent, said)
    assert cart_lines(added) == [line], added.reply


def test_a_count_after_and_or_plus_is_kept(agent: ShoppingAgent) -> None:
    _, socks, tea = talk(
        agent, "add a Ribbed Knit Beanie in olive", "and 2 alpaca trek socks, rust, M",
        "plus 3 Mint Leaf Tea",
    )  # fmt: skip
    assert ("SOCK1", "rust / m", 2) in cart_lines(socks), socks.reply
    assert ("TEA1", "", 3) in cart_lines(tea), tea.reply


def test_one_more_noun_and_a_total_change_that_line(agent: ShoppingAgent) -> None:
    *_, more, total = talk(
        agent, "add a Ribbed Knit Beanie in olive", "add 2 alpaca trek socks, rust, M",
        "one more beanie please", "hmm actually i want 5 of the socks in total",
    )  # fmt: skip
    assert not more.products
    assert cart_lines(more) == [("HAT1", "olive", 2), ("SOCK1", "rust / m", 2)], more.reply
    assert cart_lines(total) == [("HAT1", "olive", 2), ("SOCK1", "rust / m", 5)], total.reply


def test_several_edits_in_one_message(agent: ShoppingAgent) -> None:
    *_, edited = talk(
        agent, "add a Ribbed Knit Beanie in black", "add 2 cotton ankle socks, navy, S",
        "add a Mesh Trucker Cap", "remove the trucker cap and make the socks 3",
    )  # fmt: skip
    assert cart_lines(edited) == [("HAT1", "black", 1), ("SOCK3", "navy / s", 3)], edited.reply
    (again,) = talk(agent, "drop the socks, then make the beanie olive", thread_id=edited.thread_id)
    assert cart_lines(again) == [("HAT1", "olive", 1)], again.reply


def test_a_line_by_its_place_right_after_the_cart_was_listed(agent: ShoppingAgent) -> None:
    *_, removed = talk(
        agent, "add a Ribbed Knit Beanie in olive", "add a Mint Leaf Tea",
        "add 3 Smoky Black Tea", "what's in my cart?", "take the second one out",
    )  # fmt: skip
    assert cart_lines(removed) == [("HAT1", "olive", 1), ("TEA2", "", 3)], removed.reply


def test_it_with_one_line_left_and_a_look_at_what_is_left(agent: ShoppingAgent) -> None:
    *_, gone, look = talk(
        agent, "add a Ribbed Knit Beanie in black", "add a Mint Leaf Tea",
        "actually I don't want the tea anymore", "nah i don't want it either", "whats in it now",
    )  # fmt: skip
    assert cart_lines(gone) == [], gone.reply
    assert not look.products and "empty" in look.reply.lower(), look.reply


def test_a_new_size_said_with_instead_and_a_count_off_by_a_slang_verb(
    agent: ShoppingAgent,
) -> None:
    _, bigger, again = talk(
        agent, "add the Merino Hike Socks in black, M", "make that a large instead",
        "could you make that a large instead",
    )  # fmt: skip
    assert cart_lines(bigger) == [("SOCK2", "black / l", 1)], bigger.reply
    assert "already" in again.reply, again.reply
    assert cart_lines(again) == [("SOCK2", "black / l", 1)], again.reply
    _, fewer = talk(agent, "add 3 Mint Leaf Tea", "ditch one of the teas")
    assert cart_lines(fewer) == [("TEA1", "", 2)], fewer.reply


def test_a_sold_out_exact_colour_is_never_swapped_for_a_near_one(agent: ShoppingAgent) -> None:
    _, asked = talk(agent, "sneakers", "add the first one in white, size 8")
    assert cart_lines(asked) == [], asked.reply
    assert "out of stock" in asked.reply.lower() or "sold out" in asked.reply.lower()
    (exact,) = talk(agent, "add the Court Canvas Sneaker in white, size 9")
    assert cart_lines(exact) == [("SHOE1", "white / 9", 1)], exact.reply


def test_everything_but_one_line_each_count_and_one_off_an_empty_cart(
    agent: ShoppingAgent,
) -> None:
    (nothing,) = talk(agent, "take one off")
    assert not nothing.products and "empty" in nothing.reply.lower(), nothing.reply
    *_, each = talk(
        agent, "add a Ribbed Knit Beanie in olive", "add a Mint Leaf Tea", "make it 2 of each"
    )
    assert cart_lines(each) == [("HAT1", "olive", 2), ("TEA1", "", 2)], each.reply
    (kept,) = talk(agent, "remove everything except the tea", thread_id=each.thread_id)
    assert cart_lines(kept) == [("TEA1", "", 2)], kept.reply
