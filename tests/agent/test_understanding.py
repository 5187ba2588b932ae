"""Rules understanding: intents, slots, and which product "the second one" or "it" means."""

from __future__ import annotations

import pytest

from agent.buyer import details_in
from agent.intents import Situation, understand_message
from agent.references import resolve_products
from agent.state import ShownProduct
from agent.understanding import Understanding


def _shown(*items: tuple[str, int]) -> list[ShownProduct]:
    return [
        ShownProduct(
            ordinal=i + 1,
            id=pid,
            title=f"{pid} Trail Shoe",
            in_stock=True,
            price={"amount": cents, "currency": "USD"},
        )
        for i, (pid, cents) in enumerate(items)
    ]


SHOWN = _shown(("A", 9500), ("B", 11000), ("C", 8000))


def _intent(text: str, **kw: object) -> Understanding:
    situation = Situation(has_shown=True, has_cart=True, **kw)  # type: ignore[arg-type]
    return understand_message(text, currency="USD", situation=situation)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I need running shoes for trail, under $120", "search"),
        ("any in blue?", "refine"),
        ("under $50", "refine"),
        ("cheaper ones?", "refine"),
        ("what's the second one made of?", "product_question"),
        ("compare the first two", "compare"),
        ("which is best for muddy trails?", "recommend"),
        ("help me choose", "recommend"),
        ("add the cheaper one in size 10", "add"),
        ("remove the socks", "remove"),
        ("make it 2", "set_quantity"),
        ("what's in my cart?", "view_cart"),
        ("check out", "checkout"),
        ("where is my order?", "order_status"),
        ("where's me order at?", "order_status"),
        ("wheres my stuff", "order_status"),
        ("ta", "thanks_bye"),
        ("ta very much", "thanks_bye"),
        ("tell me a joke", "off_topic"),
        ("show me backpacks", "search"),
    ],
)
def test_intent_of_common_messages(text: str, kind: str) -> None:
    assert _intent(text).intent == kind


def test_yes_and_no_confirm_only_when_a_checkout_waits() -> None:
    assert _intent("yes", pending_checkout=True).intent == "confirm"
    assert _intent("no thanks", pending_checkout=True).intent == "decline"
    assert _intent("yes").intent != "confirm"


def test_a_bare_size_answers_a_size_question() -> None:
    understood = _intent("10.5", awaiting={"slots": ["size"], "product_id": "A"})
    assert (understood.intent, understood.slots.answer) == ("add", {"size": "10.5"})


def test_slots_are_read_from_the_words() -> None:
    slots = _intent("add two of them in navy, size 10").slots
    assert slots.quantity == 2 and slots.colors == ["blue"] and slots.size == "10"
    assert slots.color_words == ["navy"]
    assert _intent("between $50 and $80").slots.price_min == 5000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the second one", ["B"]),
        ("the first two", ["A", "B"]),
        ("the last one", ["C"]),
        ("compare 1 and 3", ["A", "C"]),
        ("the cheaper one", ["C"]),
        ("the most expensive one", ["B"]),
    ],
)
def test_references_resolve_against_the_list_shown(text: str, expected: list[str]) -> None:
    assert resolve_products(_intent(text), SHOWN) == expected


def test_the_cheaper_one_means_the_cheaper_of_those_just_compared() -> None:
    assert resolve_products(_intent("the cheaper one"), SHOWN, compared=["A", "B"]) == ["A"]


def test_it_means_the_product_talked_about_last() -> None:
    assert resolve_products(_intent("is it waterproof?"), SHOWN, focus="B") == ["B"]


def test_buyer_details_in_one_message() -> None:
    details = details_in("My name is Ana Diaz, ana@example.com, 12 Main St, Austin, TX 78701")
    assert details["name"] == "Ana Diaz" and details["email"] == "ana@example.com"
    assert details["address"] == {
        "line1": "12 Main St", "line2": "", "city": "Austin", "region": "TX",
        "postal_code": "78701", "country": "US",
    }  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "i'm looking for drop earrings in gold",
        "all weather tires for my suv",
        "a travel bag that fits under the seat",
        "i want to buy a phone case that is shock proof",
        "help me find a gift for my dad",
        "a stand to track my running pace",
    ],
)
def test_first_messages_that_merely_contain_command_words_are_searches(text: str) -> None:
    assert understand_message(text, currency="USD").intent == "search"


@pytest.mark.parametrize(
    "text",
    [
        "i am looking for a chocolate gift basket, and price lower than 80.00 dollars",
        "i'm looking for plug play electronics and need to buy it, price lower than 200 dollars",
        "go ahead and order that rhinestone top in small, with long sleeves",
    ],
)
def test_benchmark_instructions_that_looked_like_commands_are_searches(text: str) -> None:
    assert understand_message(text, currency="USD").intent == "search"
