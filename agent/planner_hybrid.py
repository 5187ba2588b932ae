"""The hybrid planner: a language model reads the message, the rules act on what it read.

The model fills one small JSON form (`Reading`: intent, product words, slots, what the shopper
rules out, which shown product they point at), its output constrained to the form's JSON schema
by a llama.cpp grammar (or `response_format` on a hosted model), then validated. The reading is
merged into the rules' understanding: states the rules know for certain (a pending checkout's
yes/no, buyer details, the answer to the agent's own question, a photo) keep the rules' reading;
elsewhere the model's intent stands, and its slots fill what the rules missed. A reading that is
invalid or later than the deadline is dropped and the rules' understanding is used as it is.
Tools, cart, checkout and money stay with the rules planner, so they stay deterministic.
"""

from __future__ import annotations

import json
import logging
import time
from typing import Any, Literal

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import BaseModel, ConfigDict, Field, ValidationError

log = logging.getLogger(__name__)

Kind = Literal[
    "search", "refine", "details", "compare", "contemplate", "add", "remove", "set_quantity",
    "view_cart", "checkout", "order_status", "greet", "help", "acknowledge", "out_of_scope",
]  # fmt: skip

_RULES_KEEP = {"confirm", "decline", "give_details", "photo"}
"""Kinds the rules read from the conversation's state, not from words: never overridden."""
_NEEDS_SHOWN = {"refine", "details", "compare", "add"}
_NEEDS_CART = {"remove", "set_quantity", "checkout"}


class Reading(BaseModel):
    """What the model must fill for one message (its JSON schema constrains the output)."""

    model_config = ConfigDict(coerce_numbers_to_str=True)  # "size": 10 means size "10"

    intent: Kind
    product: str = Field(default="", description="The product words, e.g. 'rain jacket'.")
    colors: list[str] = Field(default_factory=list, max_length=4)
    size: str | None = None
    max_price: float | None = Field(default=None, ge=0)
    min_price: float | None = Field(default=None, ge=0)
    quantity: int | None = Field(default=None, ge=1, le=20)
    ordinals: list[int] = Field(default_factory=list, max_length=4)
    excluded: list[str] = Field(default_factory=list, max_length=6)


READING_PROMPT = """You read one message a shopper sent to an online store's assistant and fill \
a JSON form. Intents:
search: looking for a kind of product. refine: narrowing the products already shown (colour, \
size, price). details: a question about a shown product. compare: compare shown products. \
contemplate: which one is best / a recommendation. add: put a product in the cart. remove: take \
one out. set_quantity: change how many. view_cart: what is in the cart. checkout: pay / check \
out. order_status: where is my order. greet, help, acknowledge (ok/thanks), out_of_scope.
Fields: product = the product words only; colors; size; max_price/min_price in dollars; \
quantity; ordinals = positions in the shown list (1 = first, -1 = last); excluded = anything \
the shopper does not want ("not leather" -> ["leather"]).
Examples:
"any waterproof hiking boots under $150 but not brown?" -> {"intent": "search", "product": \
"waterproof hiking boots", "max_price": 150, "excluded": ["brown"]}
"i'll take the second one in a 9" -> {"intent": "add", "ordinals": [2], "size": "9"}
"whats the 3rd made of" -> {"intent": "details", "ordinals": [3]}
"show me only the blue ones" -> {"intent": "refine", "colors": ["blue"]}
"ok lets pay" -> {"intent": "checkout"}
Reply with the JSON form only."""


def reading_schema() -> dict[str, Any]:
    return Reading.model_json_schema()


def read_message(
    model: BaseChatModel, text: str, context: str, timeout_s: float
) -> tuple[Reading | None, str]:
    """The model's reading of one message, or None and why (invalid, slow, failed)."""
    prompt = [SystemMessage(READING_PROMPT), HumanMessage(f"{context}\nMessage: {text}")]
    started = time.monotonic()
    try:
        raw = _structured_text(model, prompt)
    except Exception as exc:  # an outside party: timeouts, refused connections, 429s
        log.warning("hybrid reading failed, the rules read the message: %r", exc)
        return None, f"model error: {type(exc).__name__}"
    if time.monotonic() - started > timeout_s:
        return None, "model too slow"
    try:
        return Reading.model_validate(json.loads(_json_part(raw))), ""
    except (ValueError, ValidationError) as exc:
        log.warning("hybrid reading invalid, the rules read the message: %s", exc)
        return None, f"invalid reading: {str(exc)[:120]}"


def _structured_text(model: BaseChatModel, prompt: list[Any]) -> str:
    """Local llama.cpp: grammar-constrained; others: JSON mode through `response_format`."""
    from agent.chat_llamacpp import LlamaCppChat

    if isinstance(model, LlamaCppChat):
        return str(model.invoke(prompt, response_schema=reading_schema()).text)
    form = {"type": "json_schema", "json_schema": {"name": "reading", "schema": reading_schema()}}
    return str(model.bind(response_format=form).invoke(prompt).text)


def _json_part(raw: str) -> str:
    start, end = raw.find("{"), raw.rfind("}")
    return raw[start : end + 1] if start >= 0 < end else raw


def reading_context(intent: dict[str, Any], has_shown: bool, has_cart: bool) -> str:
    """What the model needs to know besides the words: is there a list, a cart."""
    shown = "Products are shown to the shopper." if has_shown else "No products shown yet."
    cart = "The cart has items." if has_cart else "The cart is empty."
    return f"{shown} {cart}"


def merge_reading(
    intent: dict[str, Any], reading: Reading, has_shown: bool, has_cart: bool
) -> dict[str, Any]:
    """The rules' understanding with the model's reading where the rules are not certain."""
    merged = dict(intent)
    merged["source"] = "rules"
    if intent["kind"] in _RULES_KEEP or intent.get("answer"):
        return merged
    kind = reading.intent
    if (kind in _NEEDS_SHOWN and not has_shown) or (kind in _NEEDS_CART and not has_cart):
        kind = intent["kind"] if intent["kind"] != kind else "search"
    merged["kind"] = kind
    merged["source"] = "llm"
    if not merged["colors"] and reading.colors:
        merged["colors"] = [c.lower() for c in reading.colors]
    if merged["size"] is None and reading.size:
        merged["size"] = reading.size
    if merged["quantity"] is None and reading.quantity:
        merged["quantity"] = reading.quantity
    if merged["price_max"] is None and reading.max_price:
        merged["price_max"] = round(reading.max_price * 100)
    if merged["price_min"] is None and reading.min_price:
        merged["price_min"] = round(reading.min_price * 100)
    if not merged["ordinals"] and reading.ordinals:
        merged["ordinals"] = [o for o in reading.ordinals if o == -1 or 1 <= o <= 50]
    merged["excluded"] = [w.lower() for w in reading.excluded]
    merged["product_words"] = reading.product
    merged["allows_cart_change"] = kind in {"add", "remove", "set_quantity"}
    merged["allows_checkout"] = kind == "checkout"
    return merged
