"""The hybrid planner: a language model reads the message, the rules act on what it read.

The model fills one small JSON form (`Reading`: intent, product words, slots, what the shopper
rules out, which shown product they point at), its output constrained to the form's JSON schema
by a llama.cpp grammar (or `response_format` on a hosted model), then validated. The reading is
merged into the rules' `Understanding` (agent/understanding.py, the same typed value the rules
planner acts on): states the rules know for certain (a pending checkout's yes/no, buyer details,
the answer to the agent's own question, a photo) keep the rules' reading and cost no model call;
elsewhere the model's intent stands, its slots and negations fill what the rules missed, and the
references are resolved again against the conversation. A reading that is invalid or later than
the deadline is dropped and the rules' understanding is used as it is. Tools, cart, checkout and
money stay with the rules planner, so they stay deterministic.
"""

from __future__ import annotations

import json
import logging
import re
import time
from typing import Any, Literal

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from agent.context import Context
from agent.reader import resolve_references
from agent.slots import MAX_QUANTITY, colors_in
from agent.state import ShoppingState
from agent.understanding import Intent, Understanding

log = logging.getLogger(__name__)

Kind = Literal[
    "search", "refine", "relax", "product_question", "compare", "recommend", "add", "remove",
    "set_quantity", "change_variant", "view_cart", "checkout", "order_status", "cancel_order",
    "greet", "thanks_bye", "help", "acknowledge", "off_topic",
]  # fmt: skip
"""The Understanding's intents a message's words decide (not those read from the state)."""

_RULES_KEEP = {Intent.CONFIRM, Intent.DECLINE, Intent.GIVE_DETAILS, Intent.PHOTO_QUESTION}
"""Intents the rules read from the conversation's state, not from words: never overridden."""
_NEEDS_SHOWN = {Intent.REFINE, Intent.PRODUCT_QUESTION, Intent.COMPARE, Intent.ADD}
_NEEDS_CART = {Intent.REMOVE, Intent.SET_QUANTITY, Intent.CHANGE_VARIANT, Intent.CHECKOUT}


class Reading(BaseModel):
    """What the model must fill for one message (its JSON schema constrains the output)."""

    model_config = ConfigDict(coerce_numbers_to_str=True)  # "size": 10 means size "10"

    intent: Kind
    product: str = Field(default="", description="The product words, e.g. 'rain jacket'.")
    colors: list[str] = Field(default_factory=list, max_length=4)
    size: str | None = None
    max_price: float | None = Field(default=None, ge=0)
    min_price: float | None = Field(default=None, ge=0)
    quantity: int | None = Field(default=None, ge=1, le=MAX_QUANTITY)
    ordinals: list[int] = Field(default_factory=list, max_length=4)
    excluded: list[str] = Field(default_factory=list, max_length=6)


READING_PROMPT = """You read one message a shopper sent to an online store's assistant and fill \
a JSON form. Intents:
search: looking for a kind of product. refine: narrowing the products already shown (colour, \
size, price). relax: drop a limit ("any price is fine"). product_question: a question about a \
shown product. compare: compare shown products. recommend: which one is best for a need. add: \
put a product in the cart. remove: take one out. set_quantity: change how many. \
change_variant: another size/colour of a cart item. view_cart: what is in the cart. checkout: \
pay / check out. order_status: where is my order. cancel_order. greet, thanks_bye, help, \
acknowledge (ok), off_topic (not about shopping here).
Fields: product = the product words only; colors; size; max_price/min_price in dollars; \
quantity; ordinals = positions in the shown list (1 = first, -1 = last); excluded = anything \
the shopper does not want ("not leather" -> ["leather"]).
Examples:
"any waterproof hiking boots under $150 but not brown?" -> {"intent": "search", "product": \
"waterproof hiking boots", "max_price": 150, "excluded": ["brown"]}
"i'll take the second one in a 9" -> {"intent": "add", "ordinals": [2], "size": "9"}
"whats the 3rd made of" -> {"intent": "product_question", "ordinals": [3]}
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


def reading_context(has_shown: bool, has_cart: bool) -> str:
    """What the model needs to know besides the words: is there a list, a cart."""
    shown = "Products are shown to the shopper." if has_shown else "No products shown yet."
    cart = "The cart has items." if has_cart else "The cart is empty."
    return f"{shown} {cart}"


def hybrid_understanding(
    understanding: Understanding, state: ShoppingState, ctx: Context
) -> tuple[Understanding, str | None]:
    """The rules' understanding with the model's reading merged in, and why not if it was not."""
    assert ctx.understanding_model is not None
    if understanding.intent in _RULES_KEEP or understanding.slots.answer:
        return understanding, None  # certain from the conversation's state: no call
    has_shown, has_cart = bool(state.shown), bool(state.cart_id)
    reading, problem = read_message(
        ctx.understanding_model,
        understanding.text,
        reading_context(has_shown, has_cart),
        ctx.settings.model_timeout_s,
    )
    if reading is None:
        return understanding, problem
    merged = merge_reading(understanding, reading, has_shown, has_cart)
    resolve_references(merged, state, ctx)
    return merged, None


def merge_reading(
    understanding: Understanding, reading: Reading, has_shown: bool, has_cart: bool
) -> Understanding:
    """The rules' understanding with the model's reading where the rules are not certain."""
    if understanding.intent in _RULES_KEEP or understanding.slots.answer:
        return understanding
    merged = understanding.model_copy(deep=True)
    intent = Intent(reading.intent)
    if (intent in _NEEDS_SHOWN and not has_shown) or (intent in _NEEDS_CART and not has_cart):
        intent = understanding.intent  # nothing to point at: the rules' reading stands
    merged.intent, merged.source = intent, "llm"
    slots, refs = merged.slots, merged.references
    said = understanding.text.lower()
    slots.category = slots.category or reading.product
    # A slot the model adds must be grounded in the shopper's words ("sulfate" is no colour,
    # "60 capsules" no size): what the text does not say becomes no filter.
    slots.colors = slots.colors or [
        c for c in colors_in(" ".join(reading.colors).lower()) if c in colors_in(said)
    ]
    if (
        not slots.size
        and reading.size
        and re.search(rf"\b{re.escape(reading.size.lower())}\b", said)
    ):
        slots.size = reading.size
    slots.quantity = slots.quantity or (
        reading.quantity if reading.quantity and str(reading.quantity) in said else None
    )
    if slots.price_max is None and reading.max_price and _states(said, reading.max_price):
        slots.price_max = round(reading.max_price * 100)
    if slots.price_min is None and reading.min_price and _states(said, reading.min_price):
        slots.price_min = round(reading.min_price * 100)
    if not refs.ordinals:
        refs.ordinals = [o for o in reading.ordinals if o == -1 or 1 <= o <= 50]
    for word in (w.lower().strip() for w in reading.excluded if _rules_out(said, w)):
        found = colors_in(word)
        target = merged.negations.colors if found else merged.negations.words
        for value in found or [word]:
            if value and value not in target:
                target.append(value)
    return merged


def _rules_out(said: str, word: str) -> bool:
    """The shopper names `word` to exclude it; "paraben free" asks for products saying so."""
    word = re.escape(word.lower().strip())
    cue = r"\b(?:not|no|nothing|without|except|but|never|avoid|hate|don't|dont)\b"
    negated = cue + rf"(?:\W+\w+){{0,3}}?\W+{word}"
    return (
        bool(word) and bool(re.search(negated, said)) and not re.search(rf"{word}[\s-]*free", said)
    )


def _states(text: str, amount: float) -> bool:
    """The message names this amount ("70", "70.00", "$70")."""
    numbers = {float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", text)}
    return amount in numbers
