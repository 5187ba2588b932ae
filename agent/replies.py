"""The rules planner's words: natural replies built only from tool results, never invented facts."""

from __future__ import annotations

from typing import Any

from agent.compare_specs import asked_keys, most_of, unanswered_comparison
from agent.edits_together import with_edits_joined
from agent.how_tos import asks_how_to_pay
from agent.order_followups import change_words, refund_words
from agent.order_terms import term_answer, term_asked
from agent.outcome import money_text
from agent.photo_stock import photo_stock_text
from agent.replies_kinds import kinds_text
from agent.replies_language import in_language
from agent.replies_talk import HELP, PRICE_REFUSAL, newer_event_text, no_match_text, talk_reply
from agent.shades import shades_as_said
from agent.state import Assessment, ShoppingState, ToolEvent
from agent.understanding import Intent
from agent.unsure_answers import UNSURE_REPLY, unsure

__all__ = ["HELP", "RESTATES", "compose_reply", "event_text"]

DETAILS_EXAMPLE = "Ana Diaz, ana@example.com, 12 Main St, Austin, TX 78701"
FIRST_PAY = (
    "It's all done here in the chat: you give me your details, I show you the total, and the "
    "order is placed only when you say yes. "
)
"""Said first when a shopper with a cart asks how paying works ("how do I pay for this?")."""


def compose_reply(
    state: ShoppingState,
    store_name: str,
    currency: str = "USD",
    policies: str = "",
    departments: tuple[str, ...] = (),
) -> str:
    """One reply for the turn: the tool results in order, or the answer to a talk-only message."""
    reply = _compose(state, store_name, currency, policies, departments)
    return in_language(reply, state.understanding.slots.language)


def _compose(
    state: ShoppingState,
    store_name: str,
    currency: str,
    policies: str,
    departments: tuple[str, ...],
) -> str:
    if state.ranking:
        return recommendation_text(state.ranking, state.understanding.slots.needs)
    if state.events:
        texts = with_edits_joined(state.events, lambda e: event_text(e, state, currency))
        text = "\n\n".join(t for t in texts if t)  # a tool with nothing to add says nothing
        if refund := refund_words(state, policies):  # "can I get a refund?" after ordering
            text = f"{refund} {text}"
        if change := change_words(state):  # "can I change that order to a large?"
            text = f"{change} {text}"
        return f"{PRICE_REFUSAL} {text}" if state.understanding.slots.price_claim else text
    if is_ready(state.pending_checkout) and state.understanding.intent in RESTATES:
        if unsure(state.understanding.text.lower()):
            return UNSURE_REPLY  # said before the summary, asked again
        return checkout_text(state.pending_checkout or {})  # the question still waits
    term = term_asked(state.understanding.text) if is_ready(state.pending_checkout) else None
    if term and state.understanding.intent is Intent.HELP:
        return term_answer(term, state.pending_checkout or {}, policies)  # the order's own terms
    return talk_reply(state, store_name, policies, departments, currency=currency)


RESTATES = {
    Intent.THANKS_BYE,
    Intent.ACKNOWLEDGE,
    Intent.UNCLEAR,
    Intent.GREET,
    Intent.GIVE_DETAILS,
}


def is_ready(pending: dict[str, Any] | None) -> bool:
    return bool(pending) and (pending or {}).get("status") == "ready_for_payment"


def event_text(event: ToolEvent, state: ShoppingState, currency: str = "USD") -> str:
    data = event["data"]
    name = event["tool"]
    if data.get("blocked"):
        return "I only change your cart or start checkout when you ask me to."
    if name in {"answer_question", "add_by_name"} and "products" in data:
        return _search_text(event, state, currency)  # fell back to listing the candidates
    if (newer := newer_event_text(event, state)) is not None:
        return newer
    if name == "search_products":
        return _search_text(event, state, currency)
    if name == "search_each_kind" and event["ok"]:
        return kinds_text(data)
    if name == "product_details" and event["ok"]:
        return details_text(data["product"])
    if name == "compare_products" and event["ok"]:
        return compare_text(data["products"], state.understanding.text)
    if name == "analyze_photo":
        return photo_text(data)
    if name == "add_photo_match" and data.get("ask_which"):
        return 'Which one do you mean? Say "the first one", "the second one" and so on.'
    if name in {"add_to_cart", "add_by_name", "add_photo_match"}:
        return _add_text(event) + _closest_to_photo(event, state)
    if name in {"start_checkout", "give_checkout_details"} and data.get("needs_details"):
        steps = FIRST_PAY if asks_how_to_pay(state.understanding.text) else ""
        return steps + (
            "Happy to check you out. I need your name, email and shipping address — please "
            f"send them together, like: {DETAILS_EXAMPLE}"
        )
    if name == "place_order":
        return order_text(event)
    if name == "cancel_checkout":
        text = "No problem — I haven't placed the order and nothing was charged. Your cart is kept."
        return f"{text} {data['shipping_answer']}" if data.get("shipping_answer") else text
    return event["message"]


def _search_text(event: ToolEvent, state: ShoppingState, currency: str) -> str:
    data = event["data"]
    said = state.understanding.slots.color_words
    wanted = filters_text(shades_as_said(state.filters, said), currency)  # "in navy"
    if not event["ok"]:
        return f"I couldn't find anything{wanted}. Try other words or a wider budget."
    if data.get("unmet"):
        return _unmet_text(data, state.filters, wanted)
    if data.get("no_match"):
        return no_match_text(data)
    if data.get("none_have"):
        kind = _kind_words(state)
        return (
            f"None of the {kind} I have say they're {data['none_have']} — the catalog doesn't "
            "mention it for them. Shall I look for something else, or tell you more about one?"
        )
    if missing := data.get("colour_missing"):
        return _colour_missing_text(missing, data["products"])
    intro = "Here are the closest matches" if not data.get("refine") else "Narrowed down"
    lines = [f"{intro}{wanted}:"]
    for p in data["products"]:
        stock = "" if p["in_stock"] else " — out of stock"
        lines.append(f"{p['ordinal']}. {p['title']} — {money_text(p['price'])}{stock}")
    lines.append('Ask about any of them, or say "add the first one".')
    return "\n".join(lines)


def _unmet_text(data: dict[str, Any], filters: dict[str, Any], wanted: str) -> str:
    """Nothing of the kind within the limits: said plainly, then the nearest of that kind, each
    one above the budget labelled so ("the cheapest is $151.99")."""
    budget = filters.get("price_max")
    products = data["products"]
    over = [p for p in products if budget is not None and int(p["price"]["amount"]) > budget]
    asked = f"any {data['wanted']}" if data.get("wanted") else "that"
    lines = [f"I couldn't find {asked}{wanted}."]
    if products and len(over) == len(products):
        cheapest = min(over, key=lambda p: int(p["price"]["amount"]))
        lines[0] += f" The cheapest we have is {money_text(cheapest['price'])}, over your budget:"
    else:
        lines[0] += " The closest we have:"
    labels = {p["ordinal"]: " (over your budget)" for p in over}
    lines += [
        f"{p['ordinal']}. {p['title']} — {money_text(p['price'])}{labels.get(p['ordinal'], '')}"
        for p in products
    ]
    lines.append("Would one of these do, or shall I look for something else?")
    return "\n".join(lines)


def _kind_words(state: ShoppingState) -> str:
    """What the list is of, in the shopper's words ("sunglasses"), else "ones"."""
    query = (state.query or "").strip()
    return query if query and len(query.split()) <= 3 else "ones"


def _colour_missing_text(missing: dict[str, Any], products: list[dict[str, Any]]) -> str:
    """ "None of our sandals come in gray. The closest colours they come in: black, navy." """
    kind, asked = missing["kind"], " or ".join(missing["colors"])
    lines = [f"Sorry, none of our {kind} come in {asked}."]
    if missing["nearest"] and products:
        nearest = ", ".join(missing["nearest"])
        lines[0] += f" The closest colours they come in are {nearest}:"
    elif products:
        lines[0] += f" Here are our {kind} in other colours:"
    lines += [f"{p['ordinal']}. {p['title']} — {money_text(p['price'])}" for p in products]
    if products:
        lines.append("Would one of these do, or shall I look for another colour?")
    return "\n".join(lines)


def filters_text(filters: dict[str, Any], currency: str) -> str:
    parts = []
    if filters.get("colors"):
        parts.append("in " + "/".join(filters["colors"]))
    if filters.get("sizes"):
        parts.append("in size " + "/".join(filters["sizes"]))
    if filters.get("price_max") is not None:
        parts.append("under " + money_text({"amount": filters["price_max"], "currency": currency}))
    if filters.get("price_min") is not None:
        parts.append("over " + money_text({"amount": filters["price_min"], "currency": currency}))
    ruled_out = [*filters.get("exclude_colors", []), *filters.get("exclude_brands", [])]
    ruled_out += [w for w in filters.get("exclude_words", []) if w not in ruled_out]
    if ruled_out:
        parts.append("not " + "/".join(ruled_out))
    return (" " + ", ".join(parts)) if parts else ""


def details_text(facts: dict[str, Any]) -> str:
    by = f" by {facts['brand']}" if facts.get("brand") else ""
    stock = "in stock" if facts["in_stock"] else "currently out of stock"
    lines = [f"{facts['title']}{by}: {_price_range(facts)}, {stock}."]
    if facts.get("material"):
        lines.append(f"It's made of {facts['material']}.")
    if facts.get("colors"):
        lines.append(f"Colours in stock: {', '.join(facts['colors'])}.")
    if facts.get("sizes"):
        lines.append(f"Sizes in stock: {', '.join(facts['sizes'])}.")
    if facts.get("nutrition"):
        lines.append("Nutrition per serving: " + nutrition_text(facts["nutrition"]) + ".")
    if not facts.get("material") and facts.get("description"):
        lines.append(_first_sentence(facts["description"]))
    return " ".join(lines)


def _price_range(facts: dict[str, Any]) -> str:
    low, high = money_text(facts["price"]), money_text(facts["max_price"])
    return low if low == high else f"{low}–{high}"


def _first_sentence(text: str) -> str:
    sentence = text.split(". ")[0].strip()
    return sentence if sentence.endswith(".") else sentence + "."


def compare_text(products: list[dict[str, Any]], question: str = "") -> str:
    """Side by side; an attribute the question names ("more heel drop") leads each line."""
    keys = asked_keys(products, question)
    lines = [unanswered_comparison(question, keys) or "Side by side:"]
    titles = [facts["title"] for facts in products]
    for facts in products:
        bits = [f"{k.replace('_', ' ')} {facts['attributes'][k]}" for k in keys
                if k in facts.get("attributes", {})]  # fmt: skip
        bits += [_price_range(facts), "in stock" if facts["in_stock"] else "out of stock"]
        if facts.get("material"):
            bits.append(facts["material"])
        if facts.get("sizes"):
            bits.append(f"sizes {facts['sizes'][0]}–{facts['sizes'][-1]}")
        lines.append(f"- {_called(facts, titles)}: {'; '.join(bits)}")
    if keys and (most := most_of(products, keys[0], question)):
        lines.append(most)
    cheaper = min(products, key=lambda f: f["price"]["amount"])
    lines.append(
        f"The cheaper one is {_called(cheaper, titles)} at {money_text(cheaper['price'])}."
    )
    return "\n".join(lines)


def _called(facts: dict[str, Any], titles: list[str]) -> str:
    """Its title, with its brand when another compared product has the same title."""
    title = str(facts["title"])
    return (
        f"{title} by {facts['brand']}" if titles.count(title) > 1 and facts.get("brand") else title
    )


def photo_text(data: dict[str, Any]) -> str:
    kind = data.get("look_alike_kind")
    seen = f"one of our {kind.lower()}" if kind else (data.get("category") or "an item").lower()
    lines = [f"That looks like {seen}{colour_phrase(data)}."]
    if len(kinds := data.get("kinds") or []) > 1:  # the look-alikes differ and nothing backs one
        named = ", ".join(k.lower() for k in kinds[:-1]) + f" or {kinds[-1].lower()}"
        lines = [f"I can't tell for sure what kind of item this is: it could be {named}."]
    if data.get("kind") == "package" and data.get("products"):
        lines = [f"From the name on the package, that's the {data['products'][0]['title']}."]
    if data.get("nutrition") or data.get("label_answer"):
        figures = "From the label, per serving: " + nutrition_text(data.get("nutrition") or {})
        lines = [data.get("label_answer") or figures + "."]  # "gluten free?": the claim asked
        if data.get("kind") == "label" and len(data.get("products") or []) == 1:
            product = data["products"][0]  # the figures are those of one product we sell
            lines.append(
                f"That's the label of our {product['title']} ({money_text(product['price'])})."
            )
            return "\n".join(lines)
    if sized := data.get("sized"):  # "this but bigger": its sizes, or bigger ones of its kind
        lines.append(sized)
        if data.get("sized_apart"):  # the record gives no size: the look-alikes stay
            lines.append("The closest to your photo:")
            lines += [f"{p['ordinal']}. {p['title']} — {money_text(p['price'])}"
                      for p in data.get("products") or []]  # fmt: skip
        return "\n".join(lines)
    if data.get("priced"):  # "like this but cheaper": compared with the photographed item
        anchor = data["anchor"]
        than = f"than the {anchor['title']} ({money_text(anchor['price'])})"
        if unsure := anchor.get("unsure"):  # unclear which look-alike the photo shows
            limit = "under" if data["priced"] == "cheaper" else "over"
            than = (
                f"than {'any' if unsure == 'all' else 'most'} of its look-alikes ({limit} "
                f"{money_text(anchor['price'])})"
            )
        if not data.get("products"):
            lines.append(f"I couldn't find anything like it {data['priced']} {than}.")
            return "\n".join(lines)
        lines.append(f"Like it but {data['priced']} {than}:")
        lines += [
            f"{p['ordinal']}. {p['title']} — {money_text(p['price'])}" for p in data["products"]
        ]
    elif data.get("matching"):  # "towels to match this pillow": another kind, in its colour
        match = data["matching"]
        shade = f" in {match['colour']}" if match.get("colour") else ""
        lines.append(f"{match['kind'].capitalize()}{shade} to go with it:")
        lines += [
            f"{p['ordinal']}. {p['title']} — {money_text(p['price'])}" for p in data["products"]
        ]
    elif data.get("products"):
        if data.get("stock") and (said := photo_stock_text(data)):  # "do u have this in M?"
            lines.append(said)
        asked = data.get("asked") or {}
        wanted = ", ".join(
            [
                *(f"in {c}" for c in asked.get("shades") or asked.get("colors", [])),
                *(f"size {z}" for z in asked.get("sizes", [])),
            ]
        )
        wanted = f"in {wanted}" if wanted.startswith("size") else wanted  # "in size 8"
        lines.append(f"Similar items in the store{' ' + wanted if wanted else ''}:")
        lines += [  # "in navy, size L": a look-alike sold out in it says so, as a search's list
            f"{p['ordinal']}. {p['title']} — {money_text(p['price'])}"
            + ("" if p.get("in_stock", True) else " — out of stock")
            for p in data["products"]
        ]
    elif not data.get("nutrition"):
        lines.append("I couldn't find anything similar in the catalog.")
    return "\n".join(lines)


def colour_phrase(data: dict[str, Any]) -> str:
    """The photo's main colour, said as surely as the pixels allow."""
    colours = data.get("colors") or []
    main = data.get("main_color")
    if not main:  # no confidence given: name the largest colours
        return f" in {' and '.join(colours[:2])}" if colours else ""
    sure = data.get("color_confidence", 0.0)
    if main == "multicolour":
        mostly = " and ".join(colours[:2])
        return f" in several colours (mostly {mostly})" if mostly else " in several colours"
    if sure >= 0.75:
        return f" in {main}"
    if sure >= 0.5:
        return f", probably {main}"
    return f"; the colour is hard to tell from the photo, perhaps {main}"


def nutrition_text(facts: dict[str, Any]) -> str:
    labels = [
        ("calories", "{:g} calories"), ("protein_g", "{:g} g protein"),
        ("total_fat_g", "{:g} g fat"), ("total_carbohydrate_g", "{:g} g carbs"),
        ("total_sugars_g", "{:g} g sugars"), ("sodium_mg", "{:g} mg sodium"),
    ]  # fmt: skip
    parts = [fmt.format(facts[key]) for key, fmt in labels if facts.get(key) is not None]
    return ", ".join(parts) or "no readable values"


def _add_text(event: ToolEvent) -> str:
    data = event["data"]
    if "ask" in data:
        return variant_question(
            data["product"], data["ask"], data.get("unavailable", ""), data.get("sold_out", False)
        )
    if not event["ok"]:
        return event["message"]
    cart = data["cart"]
    count = sum(line["quantity"] for line in cart["lines"])
    picked = (
        f"Any colour was fine, so I picked {data['picked_color']}. "
        if data.get("picked_color")
        else ""
    )
    item = " ".join(filter(None, [data["product"], data["variant"]]))  # a tea has no options
    if data.get("stock_answer"):
        picked = f"{data['stock_answer']} {picked}"  # "is it in stock? if so I'll take two"
    return picked + (
        f"Added {data['quantity']} × {item} at "
        f"{money_text(data['unit_price'])}. Your cart has {count} item{'s' if count != 1 else ''}, "
        f"subtotal {money_text(cart['subtotal'])}. "
        + (f"{data['shipping_answer']} " if data.get("shipping_answer") else "")
        + 'Say "check out" when you\'re ready.'
    )


def variant_question(
    product: str, ask: dict[str, list[str]], unavailable: str = "", sold_out: bool = False
) -> str:
    """What a shop assistant asks before adding: a choice among several values is a question
    listing them; a single value left is said plainly and offered ("It comes in black only —
    shall I add it in black?"), never a one-item "Which color (black)" menu."""
    gone = "is out of stock in" if sold_out else "isn't available in"
    sorry = f"Sorry, {product} {gone} {unavailable}. " if unavailable else ""
    only = {slot: values[0] for slot, values in ask.items() if len(values) == 1}
    several = {slot: values for slot, values in ask.items() if len(values) > 1}
    said = " and ".join(
        f"size {value}" if slot == "size" else value for slot, value in only.items()
    )
    if not several and sold_out:
        return f"{sorry}I can offer it in {said} instead — shall I add that?"
    if not several:
        return f"{sorry}It comes in {said} only — shall I add it in {said}?"
    asks = [f"{slot} ({', '.join(values)})" for slot, values in several.items()]
    question = f"Which {' and '.join(asks)} would you like for the {product}?"
    return f"{sorry}It comes in {said} only. {question}" if only else f"{sorry}{question}"


def _closest_to_photo(event: ToolEvent, state: ShoppingState) -> str:
    """An add of the photo's closest look-alike says so: it may not be the very product."""
    closest = (state.photo or {}).get("closest")
    added = event["args"].get("product_id") or (
        state.focus if event["tool"] == "add_photo_match" else None
    )
    if not event["ok"] or not closest or added != closest:
        return ""
    return (
        " That's the closest match to your photo; if yours is a different one, tell me which "
        '(say "the second one") and I\'ll swap it.'
    )


def checkout_text(summary: dict[str, Any]) -> str:
    """What the shopper approves: every line, its quantity, and the total with its currency."""
    lines = [*summary.get("messages", []), "Here's your order:"]
    for line in summary["lines"]:
        variant = f" ({line['variant_title']})" if line.get("variant_title") else ""
        lines.append(
            f"- {line['quantity']} × {line['title']}{variant}: {money_text(line['subtotal'])}"
        )
    totals = summary["totals"]
    for key in ("subtotal", "shipping", "tax"):
        if key in totals:
            lines.append(f"{key.capitalize()}: {money_text(totals[key])}")
    lines.append(f"Total: {money_text(totals['total'])} ({summary['currency']})")
    if summary.get("ship_to"):
        lines.append(f"Ship to: {summary['ship_to']}")
    lines.append("Shall I place the order? (yes / no)")
    return "\n".join(lines)


def order_text(event: ToolEvent) -> str:
    data = event["data"]
    if event["ok"]:
        return (
            f"Done! Order {data['order_id']} is placed — total {money_text(data['total'])}. "
            "Thanks for shopping with us."
        )
    return f'{event["message"]} Reply "yes" to try again, or "no" to cancel.'


def recommendation_text(ranked: list[Assessment], needs: str) -> str:
    if not ranked:
        return "I need a few products to choose between — search first, then ask me again."
    best = ranked[0]
    purpose = f" for {needs}" if needs else ""
    lines = [f"My pick{purpose}: {best['title']} ({'; '.join(best['reasons'])})."]
    for position, other in enumerate(ranked[1:], start=2):
        lines.append(f"{position}. {other['title']} — {'; '.join(other['reasons'])}")
    return "\n".join(lines)
