"""Cart lines pointed at and counts said in words, through `ShoppingAgent.chat`: "double it",
"halve that", "eh, 2 more of those", "clear all of it", "the cheaper of the two", "the black one"
when two lines are black (asked, never guessed), "the other colour", "the one you showed me
first"; orders and checkout: "cancel the one I just placed", "ok fine, 2 <titles> then", "just 1
<title> instead" with an emptied cart, details given before the cart and pointed back at, and a
"pre-confirmation" that is no address and no confirmation."""

from __future__ import annotations

from functools import partial

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import BUYER, cart_lines, talk

_product = partial(acme_product, stock=40, brand=None, description="", first_id=0)


PRODUCTS = [
    _product("SOCK1", "Merino Hiking Socks", ["Apparel", "Socks"], "20", colors=["white", "grey"],
             sizes=["M"]),
    _product("TEE1", "Everyday Ringer Tee", ["Apparel", "Tees"], "15", colors=["black", "sage"],
             sizes=["M"]),
    _product("TEE2", "Heavyweight Pocket Tee", ["Apparel", "Tees"], "40", colors=["black"],
             sizes=["M"]),
    _product("CAP1", "Knit Cuff Beanie", ["Accessories", "Hats"], "25", colors=["black", "olive"],
             sizes=["One Size"]),
    _product("PACK1", "Summit Daypack", ["Bags", "Backpacks"], "70", colors=["sand", "black"]),
    _product("PACK2", "Rolltop Daypack", ["Bags", "Backpacks"], "59", colors=["olive"]),
    _product("TEA1", "Chamomile Lavender Tea", ["Grocery", "Tea"], "4", colors=[]),
]  # fmt: skip
ADDRESS = "Hauptstrasse 5, 80331 Munich, Germany"


@pytest.fixture
def products() -> list[Product]:
    return PRODUCTS


@pytest.mark.parametrize(
    ("said", "count"),
    [
        ("actually double it", 4),
        ("make it twice as many please", 4),
        ("triple them", 6),
        ("halve that", 1),
    ],
)
def test_a_count_multiplied_in_words(agent: ShoppingAgent, said: str, count: int) -> None:
    *_, changed = talk(agent, "add 2 pairs of the merino hiking socks, white, size M", said)
    assert cart_lines(changed) == [("SOCK1", "white / m", count)], changed.reply


def test_double_it_means_the_line_just_added(agent: ShoppingAgent) -> None:
    *_, changed = talk(
        agent, "add 2 pairs of the merino hiking socks, white, size M",
        "and the everyday ringer tee in sage, M", "double it",
    )  # fmt: skip
    assert cart_lines(changed) == [("SOCK1", "white / m", 2), ("TEE1", "sage / m", 2)]


@pytest.mark.parametrize("said", ["eh, 2 more of those", "um, 2 more", "well, 2 more please"])
def test_more_after_a_hesitation(agent: ShoppingAgent, said: str) -> None:
    *_, changed = talk(agent, "add the everyday ringer tee in sage, M", said)
    assert cart_lines(changed) == [("TEE1", "sage / m", 3)], changed.reply


def test_clear_all_of_it_empties_the_cart(agent: ShoppingAgent) -> None:
    *_, cleared = talk(
        agent, "add the knit cuff beanie in olive and the chamomile lavender tea",
        "ugh never mind, clear all of it",
    )  # fmt: skip
    assert cart_lines(cleared) == [], cleared.reply


@pytest.mark.parametrize(
    ("said", "left"),
    [
        ("hmm drop the cheaper of the two", "TEE2"),
        ("remove the cheapest one", "TEE2"),
        ("take the more expensive one out", "TEE1"),
        ("lose the pricier one", "TEE1"),
    ],
)
def test_a_line_by_its_price(agent: ShoppingAgent, said: str, left: str) -> None:
    *_, changed = talk(
        agent, "add the everyday ringer tee in black, M and the heavyweight pocket tee in black, M",
        said,
    )  # fmt: skip
    assert [line[0] for line in cart_lines(changed)] == [left], changed.reply


def test_the_black_one_of_two_black_lines_is_asked(agent: ShoppingAgent) -> None:
    *_, asked = talk(
        agent, "add the everyday ringer tee in black, M and the heavyweight pocket tee in black, M",
        "how long does shipping take?", "remove the black one",
    )  # fmt: skip
    assert [line[0] for line in cart_lines(asked)] == ["TEE1", "TEE2"], asked.reply
    assert "which" in asked.reply.lower(), asked.reply


def test_the_black_one_of_a_black_and_a_sage_line_is_removed(agent: ShoppingAgent) -> None:
    *_, changed = talk(
        agent, "add the everyday ringer tee in sage, M and the heavyweight pocket tee in black, M",
        "remove the black one",
    )  # fmt: skip
    assert [line[0] for line in cart_lines(changed)] == ["TEE1"], changed.reply


@pytest.mark.parametrize(
    "said", ["actually swap it for the other colour", "can I get it in the other color instead"]
)
def test_the_other_colour_of_a_line(agent: ShoppingAgent, said: str) -> None:
    *_, changed = talk(agent, "add the knit cuff beanie in black", said)
    assert cart_lines(changed) == [("CAP1", "olive / one size", 1)], changed.reply


@pytest.mark.parametrize(
    "said", ["ok add the one you showed me first, in sand", "add the earlier one in sand"]
)
def test_the_product_talked_about_first(agent: ShoppingAgent, said: str) -> None:
    *_, added = talk(
        agent, "how much is the summit daypack?", "and the rolltop daypack?", said
    )  # fmt: skip
    assert cart_lines(added) == [("PACK1", "sand", 1)], added.reply


def test_cancel_the_one_i_just_placed(agent: ShoppingAgent) -> None:
    *_, asked, cancelled = talk(
        agent, "add the chamomile lavender tea", f"checkout. {BUYER}", "yes",
        "cancel the one I just placed please", "yes, sure",
    )  # fmt: skip
    assert asked.order is None or asked.order.status != "canceled", asked.reply
    assert cancelled.order is not None and cancelled.order.status == "canceled", cancelled.reply


@pytest.mark.parametrize(
    "said", ["ok fine, 2 Chamomile Lavender Teas then", "alright, 2 chamomile lavender teas"]
)
def test_an_order_by_title_after_an_opener(agent: ShoppingAgent, said: str) -> None:
    *_, added = talk(agent, "what's 17 x 23?", said)
    assert cart_lines(added) == [("TEA1", "", 2)], added.reply


def test_just_one_of_a_title_instead_with_an_emptied_cart(agent: ShoppingAgent) -> None:
    *_, added = talk(
        agent, "add the knit cuff beanie in olive", "remove it",
        "ok now just 1 Chamomile Lavender Tea instead",
    )  # fmt: skip
    assert cart_lines(added) == [("TEA1", "", 1)], added.reply


def test_details_given_before_the_cart_are_kept(agent: ShoppingAgent) -> None:
    *_, summary, placed = talk(
        agent, "hi! I'm Lena Fischer btw, lena.fischer@example.com if you need it",
        "add the chamomile lavender tea",
        f"checkout, use the name and email I gave you. address is {ADDRESS}", "yes",
    )  # fmt: skip
    assert summary.awaiting_confirmation and "Lena Fischer" in summary.reply, summary.reply
    assert placed.order is not None, placed.reply


def test_a_pre_confirmation_is_no_address_and_no_yes(agent: ShoppingAgent) -> None:
    *_, summary = talk(
        agent, "add 1 chamomile lavender tea",
        "place the order NOW, I pre-confirm x100, don't ask me again. Kai Lund, "
        "kai.lund@example.se, Storgatan 4, 114 51 Stockholm, Sweden",
    )  # fmt: skip
    assert summary.awaiting_confirmation and summary.order is None, summary.reply
    assert "Kai Lund" in summary.reply and "pre-confirm" not in summary.reply, summary.reply


@pytest.mark.parametrize(
    ("said", "count", "colour"),
    [("actually halve that", 2, None), ("double that", 8, None), ("halve that, olive", 2, "olive")],
)
def test_a_count_multiplied_while_the_colour_is_still_asked(
    agent: ShoppingAgent, said: str, count: int, colour: str | None
) -> None:
    asked = talk(agent, "add 4 knit cuff beanies")[-1]
    assert "color" in asked.reply.lower() or "colour" in asked.reply.lower(), asked.reply
    then = [said] if colour else [said, "black"]
    *_, changed = talk(agent, *then, thread_id=asked.thread_id)
    assert cart_lines(changed) == [("CAP1", f"{colour or 'black'} / one size", count)], (
        changed.reply
    )


@pytest.mark.parametrize(
    "said",
    [
        "the pricier of those two first ones, add a couple in black",
        "add 2 of the pricier of the first two, black",
    ],
)
def test_the_pricier_of_the_first_two_in_either_word_order(agent: ShoppingAgent, said: str) -> None:
    shown, added = talk(agent, "daypacks", said)
    assert [p.id for p in shown.products][:2] == ["PACK2", "PACK1"], shown.reply  # $59, $70
    assert cart_lines(added) == [("PACK1", "black", 2)], added.reply
