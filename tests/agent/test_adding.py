"""Adding to the cart across turns: a question keeps what was said, older lists stay nameable."""

from __future__ import annotations

import pytest

from agent.intents import Situation, understand_message
from agent.references import named_products
from agent.service import ShoppingAgent
from agent.state import ShownProduct
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.talk import ids, talk

PENDING = {
    "slots": ["color"],
    "product_id": "SOCK1",
    "quantity": 1,
    "size": "M",
    "color": None,
    "options": {"color": ["rust", "white"]},
}


def _apparel(pid: str, title: str, stock: dict[tuple[str, str], int]) -> Product:
    variants = [
        Variant(
            id=f"{pid}-{color[:3].upper()}-{size}",
            options={"color": color, "size": size},
            price=Money.from_decimal("24", "USD"),
            stock=count,
        )
        for (color, size), count in stock.items()
    ]
    return Product(id=pid, title=title, category=["Apparel", "Socks"], variants=variants)


def _skillet(pid: str, title: str, dollars: str) -> Product:
    price = Money.from_decimal(dollars, "USD")
    variant = Variant(id=f"{pid}-ONE", price=price, stock=4)
    return Product(id=pid, title=title, category=["Kitchen", "Skillets"], variants=[variant])


def socks_and_skillets() -> list[Product]:
    return [
        _apparel(
            "SOCK1", "Wool Boot Socks",
            {("rust", "S"): 0, ("rust", "M"): 5, ("rust", "L"): 5,
             ("white", "S"): 5, ("white", "M"): 5, ("white", "L"): 5},
        ),
        _apparel(
            "SOCK2", "Cushioned Crew Socks",
            {("white", "S"): 5, ("white", "M"): 5, ("heather gray", "M"): 5,
             ("heather gray", "L"): 5},
        ),
        _apparel("SOCK3", "Merino Hiker Socks", {("black", "M"): 5, ("black", "L"): 5}),
        _skillet("PAN1", "Cast Iron Skillet", "39.95"),
        _skillet("PAN2", "Carbon Steel Skillet", "106"),
        _skillet("PAN3", "Nonstick Ceramic Skillet", "79.99"),
        _skillet("PAN4", "Tri-Ply Stainless Skillet", "107"),
        _skillet("PAN5", "Enameled Braiser Skillet", "140.95"),
    ]  # fmt: skip


@pytest.fixture
def products() -> list[Product]:
    return socks_and_skillets()


def _lines(turn: object) -> list[tuple[str, str, int]]:
    cart = getattr(turn, "cart", None)
    return [(li.product_id, li.variant_id, li.quantity) for li in (cart.lines if cart else [])]


def test_answering_the_colour_keeps_the_size_already_given(agent: ShoppingAgent) -> None:
    listed, asked, answered = talk(agent, "wool socks", "add the first one in size M", "white")
    assert ids(listed)[0] == "SOCK1"
    assert asked.reply == "Which color (rust, white) would you like for the Wool Boot Socks?"
    assert asked.cart is None
    assert answered.reply.startswith("Added 1 × Wool Boot Socks (white, M)")
    assert _lines(answered) == [("SOCK1", "SOCK1-WHI-M", 1)]


def test_the_quantity_survives_the_question_too(agent: ShoppingAgent) -> None:
    *_, answered = talk(agent, "wool socks", "add two pairs of the first one in size L", "rust")
    assert answered.reply.startswith("Added 2 × Wool Boot Socks (rust, L)")
    assert _lines(answered) == [("SOCK1", "SOCK1-RUS-L", 2)]


def test_one_answer_can_give_size_and_colour(agent: ShoppingAgent) -> None:
    _, asked, answered = talk(agent, "wool socks", "add the first one", "white, size M")
    assert "size (S, M, L)" in asked.reply and "color (rust, white)" in asked.reply
    assert _lines(answered) == [("SOCK1", "SOCK1-WHI-M", 1)]


def test_a_colour_not_offered_is_asked_again_with_what_is_in_stock(agent: ShoppingAgent) -> None:
    *_, wrong, right = talk(agent, "wool socks", "add the first one in size M", "green", "rust")
    assert wrong.cart is None
    assert "isn't available in green" in wrong.reply
    assert "Which color (rust, white) would you like for the Wool Boot Socks?" in wrong.reply
    assert _lines(right) == [("SOCK1", "SOCK1-RUS-M", 1)]


def test_an_offered_value_outside_the_colour_words_answers_too(agent: ShoppingAgent) -> None:
    *_, asked, answered = talk(
        agent, "crew socks", "add the Cushioned Crew Socks", "heather gray M"
    )
    assert "heather gray" in asked.reply
    assert _lines(answered) == [("SOCK2", "SOCK2-HEA-M", 1)]


def test_a_new_search_abandons_the_pending_add(agent: ShoppingAgent) -> None:
    turns = talk(agent, "wool socks", "add the first one in size M", "show me skillets", "white")
    skillets, later = turns[2], turns[3]
    assert set(ids(skillets)) >= {"PAN1", "PAN2"}
    assert skillets.cart is None and later.cart is None


def test_a_product_from_an_earlier_list_is_added_by_its_title(agent: ShoppingAgent) -> None:
    socks, skillets, added = talk(
        agent, "wool socks", "skillets", "add the Cushioned Crew Socks in white, size S"
    )
    assert "SOCK2" in ids(socks) and "SOCK2" not in ids(skillets)
    assert added.reply.startswith("Added 1 × Cushioned Crew Socks (white, S)")
    assert _lines(added) == [("SOCK2", "SOCK2-WHI-S", 1)]


def test_naming_an_earlier_product_then_answering_adds_it(agent: ShoppingAgent) -> None:
    *_, asked, answered = talk(
        agent, "wool socks", "skillets", "add the Cushioned Crew Socks too", "heather gray, size L"
    )
    assert "Which one do you mean" not in asked.reply
    assert "for the Cushioned Crew Socks" in asked.reply
    assert _lines(answered) == [("SOCK2", "SOCK2-HEA-L", 1)]


def test_the_widget_adds_a_card_from_an_older_list(agent: ShoppingAgent) -> None:
    *_, asked, answered = talk(
        agent, "wool socks", "skillets", "add Wool Boot Socks to my cart", "white, size L"
    )
    assert "for the Wool Boot Socks" in asked.reply
    assert _lines(answered) == [("SOCK1", "SOCK1-WHI-L", 1)]


def test_asking_about_an_older_product_changes_no_cart(agent: ShoppingAgent) -> None:
    *_, details = talk(agent, "wool socks", "skillets", "tell me more about the Wool Boot Socks")
    assert details.reply.startswith("Wool Boot Socks")
    assert details.cart is None


def _shown(*titles: str) -> list[ShownProduct]:
    return [
        ShownProduct(
            ordinal=i + 1, id=title, title=title, in_stock=True,
            price={"amount": 1000, "currency": "USD"},
        )
        for i, title in enumerate(titles)
    ]  # fmt: skip


OLDER = _shown("Wool Boot Socks", "Cushioned Crew Socks", "Merino Crew Socks")
LATEST = _shown("Cast Iron Skillet", "Carbon Steel Skillet", "Merino Crew Socks")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("add the Cushioned Crew Socks too", ["Cushioned Crew Socks"]),
        ("add wool boot sock to my cart", ["Wool Boot Socks"]),
        ("the crew socks", ["Merino Crew Socks"]),  # a tie: the latest list wins
        ("add the boot ones", []),  # not confident: one word of an older title
        ("the cast iron one", ["Cast Iron Skillet"]),
    ],
)
def test_titles_resolve_against_every_list_shown(text: str, expected: list[str]) -> None:
    assert named_products(text, LATEST, [*OLDER, *LATEST]) == expected


def test_two_equally_good_older_matches_ask_instead_of_guessing() -> None:
    older = _shown("Cushioned Crew Socks", "Merino Crew Socks")
    assert named_products("the crew socks", _shown("Cast Iron Skillet"), older) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("white", "add"),
        ("I'll take the white ones", "add"),
        ("size L in rust please", "add"),
        ("medium is fine", "add"),
        ("white sneakers", "search"),
        ("show me skillets", "search"),
    ],
)
def test_only_a_reply_to_the_question_answers_it(text: str, kind: str) -> None:
    situation = Situation(awaiting=PENDING, has_shown=True)
    understood = understand_message(text, currency="USD", situation=situation)
    assert understood.intent == kind
    assert understood.allows_cart_change is (kind == "add")


HOODIE = _apparel(
    "HOOD1", "Harbor Hoodie", {("heather gray", "M"): 5, ("charcoal", "M"): 5, ("navy", "M"): 5}
)


@pytest.mark.parametrize("products", [[HOODIE]], ids=["hoodie"])
def test_an_option_value_spelled_out_wins_over_its_colour_family(agent: ShoppingAgent) -> None:
    """The widget's picker sends exact values: "heather gray" must not be any gray."""
    _, added = talk(agent, "harbor hoodie", "add #1 in heather gray, size M to my cart")
    assert _lines(added) == [("HOOD1", "HOOD1-HEA-M", 1)]


BOOT = _apparel("BOOT1", "Ridge Boot", {("black", "EU 42"): 5, ("black", "EU 43"): 5})


@pytest.mark.parametrize("products", [[BOOT]], ids=["boot"])
def test_a_size_spelled_as_the_catalog_spells_it_is_taken(agent: ShoppingAgent) -> None:
    _, added = talk(agent, "ridge boot", "add #1 in black, size EU 43 to my cart")
    assert _lines(added) == [("BOOT1", "BOOT1-BLA-EU 43", 1)]
