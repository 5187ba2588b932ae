"""One answer for several adds or removes in one message: "Added 2 × Sea Salt Kettle Chips at
$3.99 and 1 × Peppermint Tea at $9.99. Your cart has 3 items, subtotal $17.97.", then any
question still open for another item ("Which size … for the Linen Throw Pillow?"); "Removed
Cushioned Crew Socks and Stoneware Diner Mug. Your cart is now empty." Never the cart said twice,
nor one question per item: "Which color would you like for each? Pima Crew Tee: olive or
charcoal. Bike Mount Speaker: red or navy."."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from agent.outcome import money_text
from agent.state import ToolEvent

_ADDS = {"add_to_cart", "add_by_name"}


def with_edits_joined(events: list[ToolEvent], text_of: Callable[[ToolEvent], str]) -> list[str]:
    """Each event's words in order; the plain adds said once together where the first was, and
    so the removes."""
    texts = {id(e): text_of(e) for e in events}
    adds = [e for e in events if _is_plain_add(e)]
    removes = [e for e in events if _is_plain_remove(e, texts[id(e)])]
    if len(adds) >= 2:
        texts |= {id(e): "" for e in adds} | {id(adds[0]): _added(adds)}
    if len(removes) >= 2:
        texts |= {id(e): "" for e in removes} | {id(removes[0]): _removed(removes, texts)}
    asks = [e for e in events if _is_plain_ask(e)]
    if len(asks) >= 2:  # one question for the choices left open on several items
        texts |= {id(e): "" for e in asks} | {id(asks[0]): _asked_together(asks)}
    return [texts[id(e)] for e in _adds_before_asks(events, adds)]


def _adds_before_asks(events: list[ToolEvent], adds: list[ToolEvent]) -> list[ToolEvent]:
    """What was added is said before what is still asked about another item ("Added the
    gooseneck kettle. Which colour would you like for the stovetop one?")."""
    asks = [e for e in events if e["tool"] in _ADDS and "ask" in e["data"]]
    if not adds or not asks:
        return events
    first = adds[0]
    before = [e for e in events[: _index(events, first)] if not any(e is a for a in asks)]
    return [
        *before,
        first,
        *(e for e in events if e is not first and not any(e is b for b in before)),
    ]


def _index(events: list[ToolEvent], event: ToolEvent) -> int:
    return next(i for i, e in enumerate(events) if e is event)


def _is_plain_remove(event: ToolEvent, text: str) -> bool:
    data = event["data"]
    return (
        event["tool"] == "change_cart_line"
        and event["ok"]
        and data.get("quantity") == 0
        and text.startswith(f"Removed {data.get('product')}.")
    )


def _removed(removes: list[ToolEvent], texts: dict[int, str]) -> str:
    titles = [str(e["data"]["product"]) for e in removes]
    last = texts[id(removes[-1])][len(f"Removed {titles[-1]}.") :]
    return f"Removed {', '.join(titles[:-1])} and {titles[-1]}.{last}"


def _is_plain_add(event: ToolEvent) -> bool:
    data = event["data"]
    extras = ("picked_color", "stock_answer", "products", "ask", "blocked")
    return (
        event["tool"] in _ADDS
        and event["ok"]
        and "cart" in data
        and not any(k in data for k in extras)
    )


def _added(adds: list[ToolEvent]) -> str:
    items = [_item(e["data"]) for e in adds]
    said = ", ".join(items[:-1]) + f" and {items[-1]}"
    last: dict[str, Any] = adds[-1]["data"]
    cart = last["cart"]
    count = sum(line["quantity"] for line in cart["lines"])
    shipping = f"{last['shipping_answer']} " if last.get("shipping_answer") else ""
    return (
        f"Added {said}. Your cart has {count} item{'s' if count != 1 else ''}, subtotal "
        f'{money_text(cart["subtotal"])}. {shipping}Say "check out" when you\'re ready.'
    )


def _item(data: dict[str, Any]) -> str:
    item = " ".join(filter(None, [data["product"], data["variant"]]))  # a tea has no options
    return f"{data['quantity']} × {item} at {money_text(data['unit_price'])}"


def _is_plain_ask(event: ToolEvent) -> bool:
    """An add waiting only for a choice among several values (no sorry, no single offer)."""
    data = event["data"]
    ask = data.get("ask") if event["tool"] in _ADDS else None
    return (
        isinstance(ask, dict)
        and bool(ask)
        and not data.get("unavailable")
        and not data.get("sold_out")
        and all(len(values) > 1 for values in ask.values())
    )


def _asked_together(asks: list[ToolEvent]) -> str:
    """ "Which color would you like for each? A: olive or charcoal. B: white or heather gray." """
    slots = list(dict.fromkeys(slot for e in asks for slot in e["data"]["ask"]))
    same = all(list(e["data"]["ask"]) == slots for e in asks)
    lines = []
    for event in asks:
        ask: dict[str, list[str]] = event["data"]["ask"]
        said = (
            _either(ask[slots[0]])
            if same and len(slots) == 1
            else ", ".join(f"{slot} {_either(values)}" for slot, values in ask.items())
        )
        lines.append(f"{event['data']['product']}: {said}.")
    return f"Which {' and '.join(slots)} would you like for each? " + " ".join(lines)


def _either(values: list[str]) -> str:
    return ", ".join(values[:-1]) + f" or {values[-1]}"
