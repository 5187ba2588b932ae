"""Replies worded by the model, checked against the tool results before they are sent.

With `AISLE_MODEL_REPLIES=1` the hybrid planner's model rewrites the templated reply in its own
words; the llm planner's model always writes its own. Either way a reply may only state numbers
(prices, stock counts, sizes, totals) and stock claims that this turn's tool results or the
shopper's message contain; otherwise the templated reply, built from the same results, is sent.
Checkout summaries and order confirmations are never reworded.
"""

from __future__ import annotations

import logging
import re
from decimal import Decimal, InvalidOperation

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage

from agent.state import ShoppingState

log = logging.getLogger(__name__)

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_STOCK_CLAIMS = ("out of stock", "sold out", "in stock", "available")
_NEVER_REWORDED = {"start_checkout", "give_checkout_details", "place_order", "cancel_checkout"}

REPLY_PROMPT = """You are a friendly shop assistant. Rewrite the draft reply for the shopper in \
your own words, short and warm. Use only the facts in the draft: copy every price, size and \
number exactly, add no product, price, stock level or promise that the draft does not state. \
Keep product names and their order. Reply with the message only."""


def invented(reply: str, sources: list[str]) -> list[str]:
    """Numbers and stock claims in `reply` that none of `sources` states."""
    known = " ".join(sources).lower()
    allowed = {_value(n) for n in _NUMBER.findall(known)}
    wrong = [n for n in _NUMBER.findall(reply) if _value(n) not in allowed]
    lowered = reply.lower()
    wrong += [claim for claim in _STOCK_CLAIMS if claim in lowered and claim not in known]
    return wrong


def checked_model_reply(reply: str, state: ShoppingState, fallback: str, said: str) -> str:
    """The model's reply if every figure in it comes from this turn's results, else `fallback`."""
    sources = [fallback, said, *(event["message"] for event in state.events)]
    wrong = invented(reply, sources)
    if wrong:
        log.warning("model reply states %s that no tool returned; sending the template", wrong)
        return fallback
    return reply


def reword(model: BaseChatModel, state: ShoppingState, templated: str, said: str) -> str:
    """The templated reply in the model's words, or the template when that cannot be trusted."""
    if not state.events or {e["tool"] for e in state.events} & _NEVER_REWORDED:
        return templated
    prompt = [SystemMessage(REPLY_PROMPT), HumanMessage(f"Shopper: {said}\n\nDraft:\n{templated}")]
    try:
        reply = str(model.invoke(prompt).text).strip()
    except Exception as exc:  # an outside party: a slow or failed call keeps the template
        log.warning("model reply failed, sending the template: %r", exc)
        return templated
    return checked_model_reply(reply, state, templated, said) if reply else templated


def _value(number: str) -> Decimal | str:
    try:
        return Decimal(number.replace(",", ""))
    except InvalidOperation:
        return number
