"""The conversation benchmark's data: a valid schema, every class covered, checks that can fail."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from bench.conversation_checks import Context, check_turn
from bench.conversation_data import CLASSES, SAMPLE, CatalogFacts, load_conversations, validate


@pytest.fixture(scope="module")
def facts() -> CatalogFacts:
    return CatalogFacts.load(SAMPLE / "catalog.jsonl")


def test_the_conversation_files_are_valid() -> None:
    conversations = load_conversations()
    assert validate(conversations) == []
    assert len(conversations) >= 150
    per_class = Counter(c["class"] for c in conversations)
    assert set(per_class) == set(CLASSES), "every failure class has conversations"
    assert min(per_class.values()) >= 5


def test_every_variant_a_shopper_is_expected_to_get_is_in_stock(facts: CatalogFacts) -> None:
    """A check that wants white size 10 in the cart is unfair if white size 10 is sold out."""
    wanted = [
        (conv["id"], line)
        for conv in load_conversations()
        for turn in conv["turns"]
        for line in ((turn.get("expect") or {}).get("cart") or {}).get("has", [])
        if "product" in line and ("color" in line or "size" in line)
    ]
    assert len(wanted) >= 5
    for conv_id, line in wanted:
        in_stock = [
            key
            for key, units in facts.stock.items()
            if units > 0
            and key[0] in _products(line["product"])
            and key[1] == str(line.get("color", key[1])).lower()
            and key[2] == str(line.get("size", key[2])).lower()
        ]
        assert in_stock, f"{conv_id}: {line} is not in stock"


def _products(wanted: str | list[str]) -> list[str]:
    """A cart check may accept any of several products (two shops' Everyday Crew Tee)."""
    return [wanted] if isinstance(wanted, str) else wanted


def test_validate_reports_what_is_wrong() -> None:
    bad: list[dict[str, Any]] = [
        {"id": "a", "class": "weather", "turns": [{"say": "hi", "expect": {"products": "none"}}]},
        {"id": "b", "class": "smalltalk", "turns": [{"say": "hi"}]},
        {"id": "b", "class": "smalltalk", "turns": []},
        {"id": "c", "class": "search", "turns": [{"say": "x", "expect": {"colour": ["red"]}}]},
        {"id": "d", "class": "photos", "turns": [{"image": "photos/none.jpg", "expect": {}}]},
    ]
    errors = "\n".join(validate(bad))
    assert "class 'weather'" in errors
    assert "b: no check in any turn" in errors
    assert "b: missing or duplicate id" in errors
    assert "unknown check 'colour'" in errors
    assert "no such image photos/none.jpg" in errors


def _product(pid: str, amount: int = 1000) -> dict[str, Any]:
    return {"id": pid, "title": pid.replace("-", " ").title(), "price": {"amount": amount}}


def _turn(**fields: Any) -> dict[str, Any]:
    return {"thread_id": "t", "reply": "", "products": [], "cart": None, "order": None,
            "awaiting_confirmation": False, **fields}  # fmt: skip


def test_checks_fail_what_a_shopper_would_not_accept(facts: CatalogFacts) -> None:
    ctx = Context()
    greeting = _turn(reply="Hi!", products=[_product("everyday-crew-tee")])
    assert check_turn({"products": "none"}, 200, greeting, ctx, facts, False)
    # Trucker Mesh Hat comes only in forest green: shown after "no green" is a failure.
    hats = _turn(products=[_product("trucker-mesh-hat"), _product("wool-beanie-hat")])
    assert check_turn({"exclude_colors": ["forest green"]}, 200, hats, ctx, facts, False)
    assert not check_turn({"exclude_colors": ["black"]}, 200, hats, ctx, facts, False)
    # The Market Canvas Tote is leather by its material, whatever its title says.
    totes = _turn(products=[_product("market-canvas-tote-bag")])
    assert check_turn({"exclude_materials": ["leather"]}, 200, totes, ctx, facts, False)
    assert check_turn({}, 500, None, ctx, facts, False) == ["server error 500"]
    assert check_turn({"status": "4xx"}, 415, None, ctx, facts, False) == []
    # A turn without checks only has to answer: a clear refusal passes, with checks it does not.
    assert check_turn({}, 422, None, ctx, facts, False) == []
    assert check_turn({"products": "none"}, 422, None, ctx, facts, False)


def test_an_order_without_a_confirmation_always_fails(facts: CatalogFacts) -> None:
    order = {"id": "o1", "status": "confirmed", "lines": [], "total": {"amount": 2698}}
    unasked = check_turn({}, 200, _turn(order=order), Context(), facts, False)
    assert unasked == ["an order was placed without a confirmation step"]
    asked = Context(previous=_turn(awaiting_confirmation=True))
    assert check_turn({"order": "placed"}, 200, _turn(order=order), asked, facts, False) == []


def test_the_confirmation_must_show_the_total_with_shipping(facts: CatalogFacts) -> None:
    cart = {"id": "c", "lines": [], "subtotal": {"amount": 2099, "currency": "USD"}}
    subtotal_only = _turn(awaiting_confirmation=True, cart=cart, reply="Items: $20.99. Confirm?")
    with_total = _turn(awaiting_confirmation=True, cart=cart, reply="Total $26.98. Confirm?")
    assert check_turn({"total_shown": True}, 200, subtotal_only, Context(), facts, False)
    assert check_turn({"total_shown": True}, 200, with_total, Context(), facts, False) == []
    card = {k: {"amount": v, "currency": "USD"} for k, v in
            {"subtotal": 2099, "shipping": 599, "tax": 0, "total": 2698}.items()}  # fmt: skip
    on_card = _turn(awaiting_confirmation=True, cart=cart, checkout=card, reply="Confirm below.")
    assert check_turn({"total_shown": True}, 200, on_card, Context(), facts, False) == []
    wrong = {**card, "total": {"amount": 2099, "currency": "USD"}}  # shipping left out
    subtotal_card = _turn(awaiting_confirmation=True, cart=cart, checkout=wrong, reply="Confirm.")
    assert check_turn({"total_shown": True}, 200, subtotal_card, Context(), facts, False)


def test_cart_lines_are_found_by_category_and_options(facts: CatalogFacts) -> None:
    line = {"product_id": "cushioned-crew-socks", "variant_id": "CSH-WHT-M", "quantity": 3,
            "unit_price": {"amount": 2295}}  # fmt: skip
    turn = _turn(cart={"id": "c", "lines": [line], "subtotal": {"amount": 6885}})
    ok = {
        "cart": {"has": [{"category": "Socks", "quantity": 3}], "lacks": [{"category": "Sneakers"}]}
    }
    assert check_turn(ok, 200, turn, Context(), facts, False) == []
    wrong = {"cart": {"has": [{"category": "Socks", "quantity": 2}]}}
    assert check_turn(wrong, 200, turn, Context(), facts, False)


def test_an_id_matching_no_conversation_is_said_plainly(monkeypatch: pytest.MonkeyPatch) -> None:
    """`--id` of a conversation not in the files read once ended in a ZeroDivisionError."""
    from bench import conversations

    argv = ["conversations", "--id", "no-such-conversation"]
    monkeypatch.setattr("sys.argv", argv)
    with pytest.raises(SystemExit, match="no conversation matches"):
        conversations.main()
