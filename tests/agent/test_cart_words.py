"""Cart and checkout in a shopper's own words: one more item after an add, several items in one
message, a correction of the last add, "any colour", a product title holding a colour word, a
quantity change at the confirmation, and checkout details after a lead-in."""

from __future__ import annotations

import pytest

from agent.buyer import details_in
from agent.service import ShoppingAgent
from agent.turn import ChatTurn
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import talk


def _product(pid: str, title: str, options: list[dict[str, str]], stock: int = 30) -> Product:
    return acme_product(
        pid, title, ["Shop"], options=options, stock=stock, brand=None, description="", first_id=0
    )


def _sizes(colors: list[str], sizes: list[str]) -> list[dict[str, str]]:
    return [{"color": c, "size": s} for c in colors for s in sizes]


PRODUCTS = [
    _product("TEA1", "Midnight Black Tea", []),
    _product("TEA2", "Meadow Green Tea", []),
    _product("CAP1", "Canvas Dad Cap", _sizes(["olive", "tan"], ["One Size"])),
    _product("SOCK1", "Trail Crew Sock", _sizes(["grey", "white"], ["S", "M", "L"])),
    _product("TEE1", "Pocket Tee", _sizes(["navy", "sand"], ["S", "M", "L"])),
    _product("SAN1", "Harbor Slide Sandal", _sizes(["tan"], ["8", "9", "10"])),
]


@pytest.fixture
def products() -> list[Product]:
    return PRODUCTS


def _lines(turn: ChatTurn) -> list[tuple[str, str, int]]:
    assert turn.cart is not None
    return [
        (li.product_id, (li.variant_title or "").lower(), li.quantity) for li in turn.cart.lines
    ]


def test_a_colour_word_in_the_title_names_the_product(agent: ShoppingAgent) -> None:
    (added,) = talk(agent, "could you add one Midnight Black Tea")
    assert [pid for pid, _, _ in _lines(added)] == ["TEA1"]
    assert "no black" not in added.reply.lower()


def test_one_more_item_right_after_an_add(agent: ShoppingAgent) -> None:
    _, more = talk(agent, "add the pocket tee in navy, size L", "plus the canvas dad cap in tan")
    assert sorted(pid for pid, _, _ in _lines(more)) == ["CAP1", "TEE1"]
    _, _, also = talk(agent, "add the meadow green tea", "hi", "and the midnight black tea too")
    assert "TEA1" not in {pid for pid, _, _ in _lines(also) if also.cart}  # not after small talk


def test_a_product_put_in_the_cart_without_a_verb(agent: ShoppingAgent) -> None:
    (added,) = talk(agent, "pocket tee, sand, medium in my basket please")
    assert _lines(added) == [("TEE1", "sand / m", 1)]


def test_two_items_with_their_own_counts_in_one_message(agent: ShoppingAgent) -> None:
    (added,) = talk(agent, "add 3 midnight black tea and 2 canvas dad caps in olive")
    assert sorted(_lines(added)) == [("CAP1", "olive / one size", 2), ("TEA1", "", 3)]


def test_a_correction_changes_the_last_add(agent: ShoppingAgent) -> None:
    _, fixed = talk(agent, "add the harbor slide sandal size 9", "whoops, i meant 10")
    assert _lines(fixed) == [("SAN1", "tan / 10", 1)]


def test_any_colour_picks_one_and_says_which(agent: ShoppingAgent) -> None:
    (added,) = talk(agent, "add the trail crew sock in M, colour doesn't matter")
    ((pid, variant, _),) = _lines(added)
    colour = variant.split(" / ")[0].lower()
    assert pid == "SOCK1" and variant.endswith("/ m")
    assert colour in added.reply.lower() and "picked" in added.reply


def test_a_quantity_change_at_the_confirmation_is_confirmed_again(agent: ShoppingAgent) -> None:
    *_, asked, changed = talk(
        agent,
        "add the canvas dad cap in olive",
        "check out",
        "Ravi Nair, ravi@example.com, 14 Birch Road, Portland, OR 97201",
        "hold on, make it 3 and then i'll pay",
    )
    assert asked.awaiting_confirmation
    assert changed.awaiting_confirmation and changed.order is None
    assert _lines(changed) == [("CAP1", "olive / one size", 3)]
    assert "3 ×" in changed.reply and "$60.00" in changed.reply
    placed = agent.chat(changed.thread_id, "yes please")
    assert placed.order is not None and placed.order.total.amount >= 6000


def test_details_after_a_lead_in_keep_the_name(agent: ShoppingAgent) -> None:
    _, summary = talk(
        agent,
        "add the meadow green tea",
        "ready to pay now. Ines Moreau / ines@example.fr / 4 rue Cler, 75007 Paris, France",
    )
    assert summary.awaiting_confirmation and "name" not in summary.reply.lower().split("order")[0]


@pytest.mark.parametrize(
    ("message", "name", "country"),
    [
        ("ok here you go - Sam Park, sam@example.com, 10 Pine Rd, Boise, ID 83702",
         "Sam Park", "US"),
        ("pay: Aiko Mori, aiko@example.jp, 3-1 Marunouchi, Chiyoda, Tokyo 1000005, Japan",
         "Aiko Mori", "JP"),
        ("i'm done shopping. Leo Marsh, leo@example.com, 2 Main St, Dublin, D02 X285, Ireland",
         "Leo Marsh", "IE"),
        ("checkout: Mei Lin, mei@example.com, 5 Harbour Rd, Wan Chai, Hong Kong (no postcode)",
         "Mei Lin", "HK"),
    ],
)  # fmt: skip
def test_details_in_one_message_after_a_lead_in(message: str, name: str, country: str) -> None:
    found = details_in(message)
    assert found.get("name") == name
    assert found["address"]["country"] == country


def test_a_size_named_in_words_changes_the_line_and_a_number_stays_a_count(
    agent: ShoppingAgent,
) -> None:
    _, larger, two = talk(
        agent, "add the pocket tee in navy size S", "actually make it a large", "make it 2"
    )
    assert _lines(larger) == [("TEE1", "navy / l", 1)]
    assert _lines(two) == [("TEE1", "navy / l", 2)]


def test_browsing_words_after_an_add_still_list(agent: ShoppingAgent) -> None:
    _, listed = talk(agent, "add the meadow green tea", "also some tea")
    assert listed.products and [pid for pid, _, _ in _lines(listed)] == ["TEA2"]


def test_asking_about_the_cart_adds_nothing(agent: ShoppingAgent) -> None:
    _, shown, asked = talk(
        agent,
        "add the meadow green tea",
        "show me what's in my cart please",
        "is the tea in my cart?",
    )
    for turn in (shown, asked):
        assert [pid for pid, _, _ in _lines(turn)] == ["TEA2"]
