"""Contemplate mode's judgement: score one candidate against the shopper's needs, then rank.

Pure functions, so the parallel sub-agents in the graph and a plain loop give the same ranking.
"""

from __future__ import annotations

import re
from typing import Any

from agent.recipients import without_ages
from agent.state import Assessment
from catalog.model import Product

_STOPWORDS = frozenset({
    "a", "an", "the", "for", "to", "of", "in", "on", "with", "and", "or", "my", "me", "i",
    "is", "it", "be", "best", "better", "which", "one", "that", "this", "these", "those",
    "good", "great", "something", "some", "need", "want", "would", "should", "get", "choose",
    "pick", "help", "compare", "recommend", "suggest", "what",
})  # fmt: skip

_NUMBER = re.compile(r"\d+(?:ish)?")


def need_words(needs: str) -> list[str]:
    """The words of the needs to look for in a product; an age ("a 10 year old") and a bare
    number are no feature (a "10" is found in "Glass 10-Piece" and in any price)."""
    words = re.findall(r"[a-z0-9][a-z0-9'-]+", without_ages(needs))
    return [w for w in words if w not in _STOPWORDS and not _NUMBER.fullmatch(w)]


def assess(product: Product, needs: str) -> Assessment:
    """One sub-agent's work: fit to the stated needs, price and stock, with reasons."""
    reasons: list[str] = []
    text = " ".join(
        [product.title, product.description, " ".join(product.category),
         " ".join(f"{k} {v}" for k, v in product.attributes.items() if k != "test_case")]
    ).lower()  # fmt: skip
    wanted = need_words(needs)
    matched = [w for w in wanted if _stem(w) in text]
    fit = len(matched) / len(wanted) if wanted else 0.5
    if matched:
        reasons.append(f"fits: {', '.join(matched)}")
    elif wanted:
        reasons.append("nothing in its description speaks to your needs")
    price = product.min_price
    reasons.append(f"{price.format()}")
    in_stock = product.in_stock
    if not in_stock:
        reasons.append("out of stock")
    material = product.attributes.get("material")
    if material:
        reasons.append(f"{material}")
    return Assessment(
        product_id=product.id,
        title=product.title,
        fit=round(fit, 4),
        score=round(fit, 4),
        price=price.model_dump(),
        in_stock=in_stock,
        reasons=reasons,
    )


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 4 and word.endswith("s") else word


def rank(assessments: list[Assessment]) -> list[Assessment]:
    """Merge: weigh fit, price against the dearest candidate, and stock; best first, stable ties."""
    ceiling = max((a["price"]["amount"] for a in assessments), default=0)
    scored = []
    for a in assessments:
        value = 1 - a["price"]["amount"] / ceiling if ceiling else 0.5
        total = 0.6 * a["fit"] + 0.25 * value + (0.15 if a["in_stock"] else -0.5)
        scored.append(Assessment(**{**a, "score": round(total, 4)}))
    return sorted(scored, key=lambda a: (-a["score"], a["price"]["amount"], a["product_id"]))


def rank_sequentially(products: list[Product], needs: str) -> list[Assessment]:
    """The same judgement without the graph: the reference the fan-out must agree with."""
    return rank([assess(p, needs) for p in products])


def recommendation_data(ranked: list[Assessment]) -> dict[str, Any]:
    return {"ranked": ranked, "best": ranked[0] if ranked else None}
