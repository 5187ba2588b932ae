"""The conversation's memory between turns; values are plain JSON so checkpoints stay portable."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated, Any, TypedDict

from langchain_core.messages import AnyMessage
from langgraph.graph import add_messages

from agent.understanding import Understanding, understood

if TYPE_CHECKING:
    from catalog.model import Product


class ShownProduct(TypedDict):
    """A product as listed to the shopper; `ordinal` is what "the second one" points at."""

    ordinal: int
    id: str
    title: str
    price: dict[str, Any]
    in_stock: bool


class KindList(TypedDict):
    """The last list shown of one kind (its leaf categories), with the search it came from."""

    kinds: list[str]
    shown: list[ShownProduct]
    query: str
    filters: dict[str, Any]


class ToolEvent(TypedDict):
    """One tool run in this turn: the templated reply and the LLM planner both read it."""

    tool: str
    args: dict[str, Any]
    ok: bool
    message: str
    data: dict[str, Any]


class Assessment(TypedDict):
    """One candidate judged by a contemplate sub-agent."""

    product_id: str
    title: str
    fit: float
    score: float
    price: dict[str, Any]
    in_stock: bool
    reasons: list[str]


def extend_or_reset(old: list[Any], new: list[Any] | None) -> list[Any]:
    """Parallel branches append; a node returning None starts the list afresh (a new turn)."""
    if new is None:
        return []
    return [*old, *new]


SEEN_LIMIT = 60


def remember_shown(seen: list[ShownProduct], shown: list[ShownProduct]) -> list[ShownProduct]:
    """The conversation's products with a new list added last; the oldest fall off past a limit."""
    new_ids = {p["id"] for p in shown}
    return [*(p for p in seen if p["id"] not in new_ids), *shown][-SEEN_LIMIT:]


def products_of(search: Any, ids: Iterable[str]) -> list[Product]:
    """The products of these ids, in their order, less any the catalog no longer has."""
    return [p for p in (search.get(i) for i in ids) if p is not None]


def listed_products(search: Any, shown: Iterable[ShownProduct]) -> list[Product]:
    """The products of a list shown, in its order, less any the catalog no longer has."""
    return products_of(search, (s["id"] for s in shown))


@dataclass
class ShoppingState:
    """Everything the agent remembers about one shopper's conversation."""

    messages: Annotated[list[AnyMessage], add_messages] = field(default_factory=list)
    """The conversation: shopper messages, tool calls and results, replies."""

    intent: dict[str, Any] = field(default_factory=dict)
    """The current message's `Understanding` as JSON; gates every cart-changing tool."""

    shown: list[ShownProduct] = field(default_factory=list)
    """The latest product list shown, in order, so ordinals and "the cheaper one" resolve."""

    seen: list[ShownProduct] = field(default_factory=list)
    """Every product listed in this conversation, latest last, so a title names older ones too."""

    earlier: dict[str, Any] | None = None
    """The list shown before the latest one (`shown`, `query`, `filters`), for "go back"."""

    kind_lists: list[KindList] = field(default_factory=list)
    """The last list shown of each of the last few kinds, for "back to the kettles" after mugs
    and hats (`agent/kind_lists.py`)."""

    further: list[ShownProduct] = field(default_factory=list)
    """The latest search's next matches past those shown, in its order, for "any more?"."""

    compared: list[str] = field(default_factory=list)
    """Product ids of the last comparison or recommendation ("the cheaper one" of those)."""

    focus: str | None = None
    """The product talked about last, for "it" and "that one"."""

    focused: list[str] = field(default_factory=list)
    """The products talked about in turn, latest last, for "the one you showed me first"."""

    query: str = ""
    """The active search words, kept while the shopper refines."""

    filters: dict[str, Any] = field(default_factory=dict)
    """The active `SearchFilters`, refined by follow-ups and reset by a new product type."""

    changed_from: dict[str, str] | None = None
    """The cart line the last option change moved ({"product_id", "variant"}: the variant title
    it had), so "switch it back" restores it."""

    cart_id: str | None = None
    """The shopper's cart in commerce, created on first add."""

    pending_checkout: dict[str, Any] | None = None
    """The checkout session waiting for the shopper's yes: id, lines, totals, status."""

    noted: dict[str, Any] | None = None
    """Buyer details given so far but not all, kept when the shopper turns to something else
    ("I'm Lena, lena@…", then an add, then "checkout, address is …")."""

    buyer: dict[str, Any] | None = None
    """Name, email and shipping address once given; reused for later checkouts."""

    awaiting: dict[str, Any] | None = None
    """A question the agent asked and the slot it waits for (size, colour, buyer details)."""

    image_ids: Annotated[list[str], extend_or_reset] = field(default_factory=list)
    """Image-store ids of photos the shopper sent (never the bytes)."""

    photo: dict[str, Any] | None = None
    """The last photo read: its kind (label, package, item), label nutrition and text."""

    payment_token: str | None = None
    """A mock card token the shopper chose for the pending payment; else the saved one."""

    last_order_id: str | None = None
    """The most recent order placed in this conversation."""

    events: Annotated[list[ToolEvent], extend_or_reset] = field(default_factory=list)
    """Tool results of the current turn, in order."""

    turn_products: list[ShownProduct] = field(default_factory=list)
    """Products this turn's reply is about (the API's `products`)."""

    turn_order_id: str | None = None
    """An order placed or looked up in this turn (the API's `order`)."""

    preface: str | None = None
    """This turn's answer, said before the order summary is shown again for a yes."""

    assessments: Annotated[list[Assessment], extend_or_reset] = field(default_factory=list)
    """Contemplate mode: one entry per candidate, written by parallel sub-agents."""

    ranking: list[Assessment] = field(default_factory=list)
    """Contemplate mode: the merged recommendation, best first."""

    steps: int = 0
    """Planner calls in this turn (the LLM planner stops looping at the step limit)."""

    model_fallback: str | None = None
    """Why the rules acted for the model this turn (it failed, timed out or was invalid)."""

    @property
    def understanding(self) -> Understanding:
        """The current message, understood (the typed view of `intent`)."""
        return understood(self.intent)
