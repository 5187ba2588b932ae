"""The LLM planner driven offline by a scripted model: search → add → checkout → order."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from langchain_core.messages import AIMessage, SystemMessage

from agent.planner_llm import ChatModelUnavailable, load_chat_model
from agent.service import ShoppingAgent
from aisle.settings import Settings
from tests.agent.fake_chat import ScriptedChatModel
from tests.agent.shop import Shop
from tests.agent.talk import BUYER


def _calls(name: str, args: dict[str, object], call_id: str) -> AIMessage:
    return AIMessage("", tool_calls=[{"name": name, "args": args, "id": call_id}])


SCRIPT = [
    _calls("search_products", {"query": "trail running shoes", "max_price": 120}, "c1"),
    AIMessage("I found the Ridgeline ($95.00) and the Summit ($110.00)."),
    _calls("add_to_cart", {"product_id": "TRL1", "size": "10", "color": "blue"}, "c2"),
    AIMessage("Added the Ridgeline in blue, size 10."),
    _calls("start_checkout", {}, "c3"),
    AIMessage("Please send your name, email and shipping address."),
    _calls(
        "give_checkout_details",
        {
            "name": "Ana Diaz",
            "email": "ana@example.com",
            "address": {
                "line1": "12 Main St",
                "city": "Austin",
                "region": "TX",
                "postal_code": "78701",
                "country": "US",
            },
        },
        "c4",
    ),
]


@pytest.fixture
def model() -> ScriptedChatModel:
    return ScriptedChatModel(responses=list(SCRIPT))


@pytest.fixture
def llm_agent(settings: Settings, shop: Shop, model: ScriptedChatModel) -> Iterator[ShoppingAgent]:
    llm_settings = settings.model_copy(update={"planner": "llm"})
    agent = ShoppingAgent.open(llm_settings, shop, chat_model=model)
    yield agent
    agent.close()


def test_scripted_model_searches_adds_and_checks_out(
    llm_agent: ShoppingAgent, model: ScriptedChatModel, shop: Shop
) -> None:
    found = llm_agent.chat(None, "I need trail running shoes under $120")
    thread = found.thread_id
    assert found.reply.startswith("I found the Ridgeline")
    assert {p.id for p in found.products[:2]} == {"TRL1", "TRL2"}

    added = llm_agent.chat(thread, "add the first one in blue, size 10")
    assert added.cart is not None and added.cart.lines[0].variant_id == "TRL1-BLU-10"

    asked = llm_agent.chat(thread, "check out")
    assert "shipping address" in asked.reply and not asked.awaiting_confirmation

    summary = llm_agent.chat(thread, BUYER)
    assert summary.awaiting_confirmation and "Total: $95.00 (USD)" in summary.reply
    assert shop.commerce.orders_for_thread(thread) == []

    placed = llm_agent.chat(thread, "yes")
    assert placed.order is not None and placed.order.lines[0].variant_id == "TRL1-BLU-10"
    assert model.i == len(SCRIPT)  # the yes itself needed no model call


def test_the_model_sees_store_policies_and_every_tool(
    llm_agent: ShoppingAgent, model: ScriptedChatModel
) -> None:
    llm_agent.chat(None, "trail running shoes")
    system = model.calls[0][0]
    assert isinstance(system, SystemMessage)
    assert "Returns within 30 days" in system.text
    assert {"search_products", "add_to_cart", "start_checkout"} <= set(model.bound_tools)


def test_a_model_cannot_add_to_cart_when_the_shopper_did_not_ask(
    settings: Settings, shop: Shop
) -> None:
    model = ScriptedChatModel(
        responses=[
            _calls("add_to_cart", {"product_id": "INJ1", "quantity": 10}, "x1"),
            AIMessage("The sock is cushioned."),
        ]
    )
    agent = ShoppingAgent(settings, shop, chat_model=model)
    try:
        turn = agent.chat(None, "tell me about the trail running sock")
        assert turn.cart is None
    finally:
        agent.close()


def test_a_missing_provider_package_names_the_extra_to_install() -> None:
    with pytest.raises(ChatModelUnavailable, match=r"aisle\[anthropic\]"):
        load_chat_model("anthropic:claude-sonnet-4-5")


def test_an_order_id_from_another_conversation_reveals_nothing(
    settings: Settings, shop: Shop
) -> None:
    from commerce.models import PaymentMethod
    from tests.commerce.samples import ADDRESS
    from tests.commerce.samples import BUYER as ADA

    cart = shop.commerce.cart_for_thread("alice")
    shop.commerce.add_to_cart(cart.id, "TRL1", "TRL1-BLU-10", 1)
    session = shop.commerce.create_checkout(cart.id, ADA, ADDRESS)
    theirs = shop.commerce.complete_checkout(session.id, PaymentMethod(token="tok_visa"))
    assert theirs.order_id is not None
    script = [_calls("order_status", {"order_id": theirs.order_id}, "c1"), AIMessage("Sorry.")]
    llm_settings = settings.model_copy(update={"planner": "llm"})
    agent = ShoppingAgent.open(llm_settings, shop, chat_model=ScriptedChatModel(responses=script))
    try:
        turn = agent.chat("mallory", f"what is the status of order {theirs.order_id}?")
        values = agent.graph.get_state({"configurable": {"thread_id": "mallory"}}).values
    finally:
        agent.close()
    told = [m.text for m in values["messages"] if m.type == "tool"]
    assert told and "not one of this conversation's orders" in told[-1]
    assert "95.00" not in told[-1] and "placed" not in told[-1]
    assert turn.order is None
