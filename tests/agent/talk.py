"""Drive an agent through a scripted conversation."""

from __future__ import annotations

from agent.service import ShoppingAgent
from agent.turn import ChatTurn

BUYER = "Ana Diaz, ana@example.com, 12 Main St, Austin, TX 78701"


def talk(agent: ShoppingAgent, *messages: str, thread_id: str | None = None) -> list[ChatTurn]:
    turns: list[ChatTurn] = []
    for message in messages:
        turn = agent.chat(thread_id, message)
        thread_id = turn.thread_id
        turns.append(turn)
    return turns


def ids(turn: ChatTurn) -> list[str]:
    return [p.id for p in turn.products]


def kinds(turn: ChatTurn) -> set[str]:
    """The kinds a turn showed, where a test catalog's ids are a kind and a number ("KET1")."""
    return {pid.rstrip("0123456789") for pid in ids(turn)}


def cart_lines(turn: ChatTurn) -> list[tuple[str, str, int]]:
    """The turn's cart as sorted (product id, lower-cased variant title, quantity) rows."""
    if turn.cart is None:
        return []
    return sorted(
        (li.product_id, (li.variant_title or "").lower(), li.quantity) for li in turn.cart.lines
    )
