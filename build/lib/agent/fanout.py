"""Contemplate mode in the graph: one parallel sub-agent per candidate (`Send`), then a merge."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from langgraph.config import get_stream_writer
from langgraph.runtime import Runtime
from langgraph.types import Send

from agent.contemplate import assess, rank
from agent.context import Context
from agent.planner_rules import contemplate_candidates
from agent.state import ShoppingState, ShownProduct


@dataclass(frozen=True)
class Candidate:
    """What one sub-agent is given: a product to judge and the shopper's stated needs."""

    product_id: str
    needs: str


def send_to_assessors(state: ShoppingState) -> list[Send]:
    understanding = state.understanding
    needs = understanding.slots.needs or state.query or understanding.text
    return [
        Send("assess_candidate", Candidate(product_id=product_id, needs=needs))
        for product_id in contemplate_candidates(state)
    ]


def assess_candidate(state: Candidate, runtime: Runtime[Context]) -> dict[str, Any]:
    """A sub-agent: looks the product up and judges fit, price and stock on its own."""
    candidate = state
    product = runtime.context.search.get(candidate.product_id)
    if product is None:
        return {"assessments": []}
    judged = assess(product, candidate.needs)
    get_stream_writer()({"progress": f"weighed {product.title}"})
    return {"assessments": [judged]}


def recommend(state: ShoppingState) -> dict[str, Any]:
    """Merge the sub-agents' judgements into one ranked recommendation."""
    ranking = rank(state.assessments)
    products = [
        ShownProduct(
            ordinal=position,
            id=a["product_id"],
            title=a["title"],
            price=a["price"],
            in_stock=a["in_stock"],
        )
        for position, a in enumerate(ranking, start=1)
    ]
    focus = ranking[0]["product_id"] if ranking else state.focus
    return {
        "ranking": ranking,
        "compared": [a["product_id"] for a in ranking],
        "turn_products": products,
        "shown": products,  # numbered as in the reply, so "the second one" is the runner-up
        "focus": focus,
    }
