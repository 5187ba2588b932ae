"""The agent's tools, shared by both planners, and the gate keeping the cart in the shopper's hands.

A tool is a small registered function (`register_tool`), so adding one is one entry, not an edit
across the graph. Cart-changing tools run only when the shopper's own current message asks for
that kind of change; catalog text and model output can never authorise one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, Field

from agent import (
    label_answers,
    list_answers,
    photo_questions,
    tools_cart,
    tools_catalog,
    tools_checkout,
    tools_kinds,
    tools_like,
    tools_list_moves,
    tools_named_orders,
    tools_orders,
    tools_photo,
    tools_photo_sizes,
    tools_questions,
    tools_swap,
)
from agent.outcome import Outcome, ToolRun
from agent.slots import MAX_QUANTITY


class SearchArgs(BaseModel):
    query: str = Field(description="What the shopper is looking for, in their words.")
    refine: bool = Field(
        default=False, description="True to narrow the previous results instead of a new search."
    )
    max_price: float | None = Field(default=None, description="Budget ceiling in major units.")
    min_price: float | None = None
    color: str | None = None
    size: str | None = None
    brand: str | None = None
    exclude: dict[str, list[str]] | None = Field(
        default=None,
        description="What the shopper ruled out: {'colors': [...], 'brands': [...], 'words': "
        "[...]} (materials go in words).",
    )
    relax: list[str] | None = Field(
        default=None, description="Constraints to drop when refining: price, color, size, brand."
    )
    require: list[str] | None = Field(
        default=None,
        description="Properties every product must have, from its record ('polarized').",
    )


class AddByNameArgs(BaseModel):
    query: str = Field(description="The product words the shopper used ('socks').")
    size: str | None = None
    color: str | None = None
    quantity: int = Field(default=1, ge=1, le=MAX_QUANTITY)
    cheapest: bool = Field(
        default=False, description="The shopper asked for the cheapest ('the cheapest yoga mat')."
    )


class QuestionArgs(BaseModel):
    product_id: str = Field(description="The product asked about ('' to look it up by name).")
    question: str = Field(description="The shopper's question, in their words.")
    also: list[str] = Field(
        default_factory=list,
        description="Other listed products the question is about too ('do they come bigger?').",
    )


class ListQuestionArgs(BaseModel):
    question: str = Field(description="The shopper's question about the products just listed.")


class VariantArgs(BaseModel):
    product_id: str = Field(description="Id of the product whose cart line changes.")
    size: str | None = None
    color: str | None = None
    moved: int | None = Field(
        default=None, ge=1, le=MAX_QUANTITY, description="Only this many of the line change."
    )


class CancelArgs(BaseModel):
    order_id: str | None = Field(default=None, description="The order; default the latest one.")


class DraftArgs(BaseModel):
    details: dict[str, Any] = Field(description="Name, email and/or address given so far.")
    change: str = Field(default="", description="name, email or address: ask for its new value.")


class ProductArgs(BaseModel):
    product_id: str = Field(description="A product id from the listed results.")


class CompareArgs(BaseModel):
    product_ids: list[str] = Field(min_length=2, description="Ids of the products to compare.")


class PhotoArgs(BaseModel):
    image_id: str = Field(description="Id of the shopper's uploaded photo.")
    question: str = ""


class LikeArgs(BaseModel):
    product_id: str = Field(description="The listed product the shopper wants more like.")
    words: str = Field(default="", description="What else they said it must be ('kids').")


class SizeUpArgs(BaseModel):
    bigger: bool = Field(default=True, description="Bigger (True) or smaller (False).")


class LabelArgs(BaseModel):
    question: str = Field(description="The shopper's question about the last label photo.")


class AddArgs(BaseModel):
    product_id: str
    size: str | None = None
    color: str | None = None
    quantity: int = Field(default=1, ge=1, le=MAX_QUANTITY)
    words: str = Field(
        default="", description="The shopper's words about this item when a message names several."
    )


class CheckoutAfterArgs(BaseModel):
    product_ids: list[str] = Field(description="The products this turn adds.")
    details: dict[str, Any] = Field(
        default_factory=dict, description="Name, email and/or address given with them."
    )


class PhotoAddArgs(BaseModel):
    size: str | None = None
    color: str | None = None
    quantity: int = Field(default=1, ge=1, le=MAX_QUANTITY)


class ChangeLineArgs(BaseModel):
    product_id: str = Field(description="Id of the product whose cart line changes.")
    quantity: int = Field(ge=0, le=MAX_QUANTITY, description="New quantity; 0 removes the line.")
    by: int = Field(
        default=0,
        ge=-MAX_QUANTITY,
        le=MAX_QUANTITY,
        description="Change by this many instead (-1: one fewer).",
    )
    color: str | None = Field(default=None, description="The line's colour, of two of one product.")
    size: str | None = Field(default=None, description="The line's size, of two of one product.")


class SwapArgs(BaseModel):
    product_id: str = Field(description="Id of the product whose cart line goes.")
    new_product_id: str = Field(description="Id of the product that takes its place.")
    size: str | None = None
    color: str | None = None


class NoArgs(BaseModel):
    pass


class ViewCartArgs(BaseModel):
    totals: bool = Field(
        default=False, description="The shopper asks what it costs: add shipping, tax and total."
    )


class DetailsArgs(BaseModel):
    name: str
    email: str
    address: dict[str, str] = Field(
        description="line1, city, region, postal_code, country (2 letters)."
    )


class OrderArgs(BaseModel):
    order_id: str | None = None


@dataclass(frozen=True)
class Tool:
    """One capability: its schema for a model, its body, and the permission it needs."""

    name: str
    description: str
    args: type[BaseModel]
    body: Callable[..., Outcome]
    needs: str | None = None
    """'cart', 'checkout' or 'cancel': the shopper's message must ask for that kind of change."""
    progress: str | None = None
    """What the shopper is told while it runs, for the tools slow enough to mention."""


TOOLS: dict[str, Tool] = {}


def register_tool(tool: Tool) -> Tool:
    TOOLS[tool.name] = tool
    return tool


for _tool in (
    Tool("search_products", "Find products; refine=True narrows the last results.",
         SearchArgs, tools_catalog.search_products, progress="searching the catalog"),
    Tool("search_each_kind", "A short list of each kind a message asks for ('a mat and a bottle').",
         NoArgs, tools_kinds.search_each_kind, progress="searching the catalog"),
    Tool("product_details", "Facts about one product: price, stock, sizes, colours, material.",
         ProductArgs, tools_catalog.product_details),
    Tool("compare_products", "Side-by-side facts for two or more products.",
         CompareArgs, tools_catalog.compare_products),
    Tool("analyze_photo", "Colours, kind of item, look-alike products and label text of a photo.",
         PhotoArgs, tools_catalog.analyze_photo, progress="looking at your photo"),
    Tool("show_more", "The next matches of the latest search ('any more?'), or that's all.",
         NoArgs, tools_list_moves.show_more),
    Tool("show_earlier", "The list shown before the latest one again ('go back').",
         NoArgs, tools_list_moves.show_earlier),
    Tool("search_like", "Others of a listed product's kind, like it (cheaper, pricier, ...).",
         LikeArgs, tools_like.search_like, progress="searching the catalog"),
    Tool("photo_size_up", "A bigger (or smaller) one than the item in the photo just analysed.",
         SizeUpArgs, tools_photo_sizes.photo_size_up),
    Tool("answer_about_photo", "Answer a question about the item in the photo just analysed.",
         LabelArgs, photo_questions.answer_about_photo),
    Tool("label_question", "Answer from the last nutrition label photo (nutrients, allergens).",
         LabelArgs, label_answers.answer_label_question),
    Tool("add_to_cart", "Put a product (size/colour chosen) in the shopper's cart.",
         AddArgs, tools_cart.add_to_cart, needs="cart"),
    Tool("add_photo_match", "Add the product the photo just analysed shows; asks when unsure.",
         PhotoAddArgs, tools_photo.add_photo_match, needs="cart"),
    Tool("change_cart_line", "Change a cart line's quantity; 0 removes it.",
         ChangeLineArgs, tools_cart.change_cart_line, needs="cart"),
    Tool("swap_cart_line", "Replace a cart line by another product (same colour/size if offered).",
         SwapArgs, tools_swap.swap_cart_line, needs="cart"),
    Tool("view_cart", "The cart's lines and subtotal; with totals, shipping, tax and total.",
         ViewCartArgs, tools_cart.view_cart),
    Tool("start_checkout", "Open checkout for the cart; the shopper confirms before paying.",
         NoArgs, tools_checkout.start_checkout, needs="checkout",
         progress="checking stock and total"),
    Tool("give_checkout_details", "Record the buyer's name, email and shipping address.",
         DetailsArgs, tools_checkout.give_checkout_details, needs="checkout",
         progress="checking stock and total"),
    Tool("checkout_after_adds", "Open checkout once the items just named are in the cart.",
         CheckoutAfterArgs, tools_named_orders.checkout_after_adds, needs="checkout",
         progress="checking stock and total"),
    Tool("order_status", "Status and total of the shopper's latest (or a named) order.",
         OrderArgs, tools_checkout.order_status),
    Tool("add_by_name", "Add the product the shopper's words clearly name, else list candidates.",
         AddByNameArgs, tools_questions.add_by_name, needs="cart"),
    Tool("answer_question", "Answer a question about one product from its own record.",
         QuestionArgs, tools_questions.answer_question),
    Tool("answer_about_list", "Answer for every product just listed: yes/no, or which ranks first.",
         ListQuestionArgs, list_answers.answer_about_list),
    Tool("change_variant", "Switch a cart line to another size or colour of the same product.",
         VariantArgs, tools_questions.change_variant, needs="cart"),
    Tool("ask_cancel_order", "Ask the shopper to confirm canceling an order (changes nothing).",
         CancelArgs, tools_orders.ask_cancel_order),
    Tool("cancel_order", "Cancel an order the shopper confirmed canceling; refunds it.",
         CancelArgs, tools_orders.cancel_order, needs="cancel"),
    Tool("note_checkout_details", "Keep buyer details given so far; ask for what is missing.",
         DraftArgs, tools_orders.note_checkout_details, needs="checkout"),
):  # fmt: skip
    register_tool(_tool)


def tool_schemas() -> list[dict[str, Any]]:
    """OpenAI-style function schemas, accepted by every LangChain chat model's `bind_tools`."""
    return [
        {
            "type": "function",
            "function": {
                "name": tool.name,
                "description": tool.description,
                "parameters": tool.args.model_json_schema(),
            },
        }
        for tool in TOOLS.values()
    ]


def blocked_reason(tool: Tool, intent: dict[str, Any]) -> str | None:
    """Why this call may not run now, or None; decided by the shopper's words alone."""
    if tool.needs == "cart" and not intent.get("allows_cart_change"):
        return "Not done: the cart only changes when the shopper asks for it in their message."
    if tool.needs == "checkout" and not intent.get("allows_checkout"):
        return "Not done: checkout starts only when the shopper asks to check out."
    if tool.needs == "cancel" and not intent.get("allows_order_cancel"):
        return "Not done: an order is canceled only after the shopper says yes to canceling it."
    return None


def run_tool(
    name: str, args: dict[str, Any], run: ToolRun, announce: Callable[[str], None] | None = None
) -> Outcome:
    """Run one call; `announce` hears the tool's progress note once the call is allowed to run."""
    tool = TOOLS.get(name)
    if tool is None:
        return Outcome(False, f"There is no tool named {name!r}.")
    reason = blocked_reason(tool, run.state.intent)
    if reason:
        return Outcome(False, reason, {"blocked": True})
    try:
        parsed = tool.args.model_validate(args)
    except ValueError as exc:
        return Outcome(False, f"Bad arguments for {name}: {exc}")
    if announce and tool.progress:
        announce(tool.progress)
    return tool.body(run, **parsed.model_dump())
