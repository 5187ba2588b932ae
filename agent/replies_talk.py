"""Replies to messages that need no tool, and to the conversation's newer tools.

Small talk, help and off-topic messages get a short, friendly answer that steers back to
shopping, greeting in the shopper's language where it can be told.
"""

from __future__ import annotations

import re
from typing import Any

from agent.acknowledgements import acknowledgement_reply
from agent.asides import aside_reply, steer_back
from agent.buyer import details_text
from agent.for_whom import only_for_whom
from agent.gestures import gesture_reply
from agent.gifts import GIFT_QUESTION, read_gift
from agent.goodbyes import goodbye_reply
from agent.how_to_buy import HOW_TO_BUY, asks_how_to_buy, how_to_add
from agent.how_tos import how_to_answer
from agent.it_in_list import which_of
from agent.openers import names_a_thing, names_nothing, open_recommendation, starts_over
from agent.outcome import money_text
from agent.phrases import INJECTION, OTHERS_DATA, PHOTO_HELP, POLICY, WHAT_IS_SOLD
from agent.picks_past_list import past_list_text, picks_past_list
from agent.problem_asks import TELL_ME_THE_PROBLEM, offers_to_tell_problem
from agent.state import ShoppingState, ToolEvent
from agent.store_help import photo_help_text, sells_text
from agent.store_questions import store_answer
from agent.thing_words import names_no_thing
from agent.understanding import Intent
from agent.unnamed_things import DESCRIBE_IT, asks_to_describe

HELP = (
    'I can find products ("trail running shoes under $120", "a tote, but not leather"), narrow '
    'them ("any in blue?", "something cheaper"), answer questions ("is the first one '
    'waterproof?"), check stock in your size and colour, look at a photo, compare or recommend, '
    'and handle your cart ("make the socks 3", "remove the shoes"), checkout and orders. I always '
    "ask before placing or canceling an order. What are you looking for?"
)
OPEN_RECOMMENDATION = (
    "Happy to recommend something! What kind of thing are you after — and who is it for, or "
    'what budget? For example "a rain jacket under $100" or "a gift for someone who loves '
    'coffee".'
)
DETAILS_EXAMPLE = "Ana Diaz, ana@example.com, 12 Main St, Austin, TX 78701"
PRICE_REFUSAL = (
    "Sorry, I can't change prices or apply discounts in chat: everything is charged at the "
    "store's listed price."
)
_GREETINGS = {
    "en": "Hi, welcome to {store}! What are you shopping for today?",
    "es": "¡Hola! Bienvenido a {store}. ¿Qué estás buscando hoy?",
    "fr": "Bonjour et bienvenue chez {store} ! Que cherchez-vous aujourd'hui ?",
    "de": "Hallo und willkommen bei {store}! Wonach suchen Sie heute?",
    "it": "Ciao, benvenuto da {store}! Cosa stai cercando oggi?",
    "pt": "Olá, bem-vindo à {store}! O que você procura hoje?",
    "nl": "Hallo en welkom bij {store}! Waar ben je naar op zoek?",
}
_THANKS = {
    "en": "You're welcome! Come back any time — I'm here if you need anything else.",
    "es": "¡De nada! Aquí estoy si necesitas algo más.",
    "fr": "Avec plaisir ! Je reste là si vous avez besoin d'autre chose.",
    "de": "Gern geschehen! Ich bin da, falls Sie noch etwas brauchen.",
    "it": "Prego! Sono qui se ti serve altro.",
    "pt": "De nada! Estou aqui se precisar de mais alguma coisa.",
    "nl": "Graag gedaan! Ik ben er als je nog iets nodig hebt.",
}


def talk_reply(
    state: ShoppingState,
    store_name: str,
    policies: str = "",
    departments: tuple[str, ...] = (),
    *,
    currency: str = "USD",
) -> str:
    """The reply to a message that ran no tool."""
    u = state.understanding
    intent, language = u.intent, u.slots.language
    if intent is Intent.GREET and language == "en" and (aside := aside_reply(u.text, state, "")):
        return aside  # "how are you?" in the middle of a list
    if intent is Intent.GREET:
        return _GREETINGS.get(language, _GREETINGS["en"]).format(store=store_name)
    if intent is Intent.THANKS_BYE and language == "en" and (bye := goodbye_reply(u.text)):
        return bye  # "bye for now", "cheers mate, ta-ra"
    if intent is Intent.THANKS_BYE:
        return _THANKS.get(language, _THANKS["en"])
    if intent is Intent.HELP and (adding := _how_to_add(state)):
        return adding  # "how do i put one of those in my basket": the steps, and the offer
    if intent is Intent.HELP:
        return help_reply(u.text.lower(), policies, departments, currency=currency)
    if intent is Intent.OFF_TOPIC:
        if u.slots.price_claim:
            return f"{PRICE_REFUSAL} Is there anything I can find or add for you?"
        if OTHERS_DATA.search(u.text.lower()):
            return (
                "Sorry, I can't share other customers' details or orders, or act for the store's "
                "staff — I can only help with your own shopping, cart and orders here. What can "
                "I find for you?"
            )
        if INJECTION.search(u.text.lower()):
            return (
                f"I can only help with shopping at {store_name}, and I can't change prices, "
                f"rules or discounts. {steer_back(state)}"
            )
        if aside := aside_reply(u.text, state, store_name):
            return aside  # "are you an AI?", "what's the weather like?"
        return (
            f"Sorry, I can only help with shopping at {store_name}, so I can't answer that. "
            f"{steer_back(state)}"
        )
    if intent in {Intent.UNCLEAR, Intent.ACKNOWLEDGE} and (gesture := gesture_reply(u.text)):
        return gesture  # "🤷", "👎"
    if intent is Intent.ACKNOWLEDGE and (words := acknowledgement_reply(u.text)):
        return words  # "one sec", "nvm"
    if intent in {Intent.UNCLEAR, Intent.ADD} and picks_past_list(u):
        return past_list_text(state)  # "the 2nd, x2" when one product was shown
    if intent is Intent.UNCLEAR and (state.shown or state.cart_id or state.awaiting):
        return f"Sorry, I didn't catch that. {steer_back(state)}"  # "both" beside a list
    if intent is Intent.UNCLEAR:
        return (
            "Sorry, I didn't catch that. Tell me what you're looking for — for example "
            '"a rain jacket under $100" — or say "help".'
        )
    if intent in {Intent.CONFIRM, Intent.DECLINE}:
        if intent is Intent.DECLINE and u.slots.answer.get("confirm") == "no":
            return "Alright, your order stays as it is."
        if state.last_order_id:
            return f"Your order {state.last_order_id} is already placed; nothing else is waiting."
        return "There is no order waiting for your confirmation."
    if intent is Intent.PHOTO_QUESTION:
        return "Send me a photo and I'll tell you what I see and find similar items."
    if intent in {Intent.REMOVE, Intent.SET_QUANTITY, Intent.CHANGE_VARIANT}:
        if not state.cart_id:
            return "Your cart is empty."
        return 'Which item in your cart do you mean? Say "the socks", "the blue one" or its name.'
    if intent in {Intent.PRODUCT_QUESTION, Intent.ADD, Intent.COMPARE}:
        if picks_past_list(u):  # "is the first one noise cancelling?" before any list
            return past_list_text(state)
        return which_of(state.shown)
    if intent is Intent.ACKNOWLEDGE and starts_over(u.text):
        kept = (
            ' Your cart still has what you added — say "empty my cart" if you want that cleared '
            "too."
            if state.cart_id
            else ""
        )
        return f"Sure — starting fresh. What are you looking for?{kept}"
    if intent is Intent.ACKNOWLEDGE:
        return "Alright. Anything else I can find for you?"
    if intent is Intent.GIVE_DETAILS:
        return f"Please send your name, email and shipping address, like: {DETAILS_EXAMPLE}"
    return "Tell me what you're looking for and I'll search the catalog."


def _how_to_add(state: ShoppingState) -> str | None:
    titles = {p["id"]: p["title"] for p in [*state.seen, *state.shown]}
    focus = titles.get(state.focus or "")
    if focus is None and len(state.shown) == 1:
        focus = state.shown[0]["title"]
    text = state.understanding.text.lower()
    return how_to_add(text, focus, len(state.shown), has_focus=bool(state.focus))


def help_reply(
    text: str, policies: str, departments: tuple[str, ...] = (), *, currency: str = "USD"
) -> str:
    """What the assistant does; the store's policies when asked about returns or shipping; the
    store's departments when asked what it sells."""
    if answer := how_to_answer(text):
        return answer  # "how do I pay?", "if I change my mind, can I undo it?"
    if answer := store_answer(text, policies, currency=currency):
        return answer  # "can I pay with PayPal?", "do you ship to Canada?"
    gift = read_gift(text)
    if gift is not None and not gift.search:
        return GIFT_QUESTION
    if open_recommendation(text) == "":
        return OPEN_RECOMMENDATION
    if asks_how_to_buy(text):
        return HOW_TO_BUY
    if PHOTO_HELP.search(text):
        return photo_help_text(text)
    if asks_to_describe(text):
        return DESCRIBE_IT  # "even if I don't know what it's called?": yes, describe it
    if offers_to_tell_problem(text):
        return TELL_ME_THE_PROBLEM  # "can i just tell you what's bugging me?": yes, tell me
    if WHAT_IS_SOLD.search(text) and departments:
        return sells_text(departments)
    if POLICY.search(text):
        return f"{policies} Anything I can help you find?"
    return HELP


def newer_event_text(event: ToolEvent, state: ShoppingState) -> str | None:
    """The words for the newer tools' results; None for a tool these do not cover."""
    data, name = event["data"], event["tool"]
    if name == "answer_question":
        if not event["ok"]:
            return 'Which product do you mean? Say "the first one" or its name.'
        return str(data.get("answer") or "") or _summary(data["product"])
    if name == "ask_cancel_order" and event["ok"] and data.get("ask"):
        holds = f"Order {data['order_id']} holds {data['holds']}. " if data.get("holds") else ""
        return (
            f"{holds}Do you want me to cancel order {data['order_id']} (total "
            f"{money_text(data['total'])})? Please answer yes or no."
        )
    if name == "cancel_order" and event["ok"]:
        holds = f" ({data['holds']})" if data.get("holds") else ""
        return (
            f"Done — order {data['order_id']}{holds} is canceled and the "
            f"{money_text(data['total'])} charge is refunded. Anything else I can help with?"
        )
    if name == "note_checkout_details" and data.get("change"):
        label = {"address": "shipping address", "email": "email address"}.get(data["change"])
        return f"Sure — what's the new {label or data['change']}? I'll show you the order again."
    if name == "note_checkout_details":
        return _details_prompt(data["draft"], data["missing"])
    if name == "give_checkout_details" and data.get("noted"):
        return (
            f'Thanks — I\'ve noted {details_text(data["draft"])} for checkout. Say "check out" '
            "when your cart is ready."
        )
    if name == "give_checkout_details" and not event["ok"]:
        return (
            f"{event['message']} Could you send it again? For example: {DETAILS_EXAMPLE} — a "
            "postal code is optional where your country has none."
        )
    if name == "change_variant" and event["ok"]:
        part = f"{data['moved']} of the " if data.get("moved") else ""  # "one of them in navy"
        changed = f"Done — changed {part}{data['product']} to {data['variant']}. "
        return changed + _cart_line(data["cart"])
    return None


def no_match_text(data: dict[str, Any]) -> str:
    """Said when the store has nothing close to what was asked."""
    wanted = str(data.get("wanted") or "")
    if (whom := only_for_whom(wanted)) is not None:
        wanted = f"{whom} products"  # "baby stuff": not "we don't carry baby"
    wanted = re.sub(r"\b(tv|pc)(?=s?\b)", lambda m: m[1].upper(), wanted)  # "a TV", not "a tv"
    plain = re.fullmatch(r"[\w' -]{1,40}", wanted) and len(wanted.split()) <= 5
    if (names_nothing(wanted) or names_no_thing(wanted)) and not data.get("products"):
        return "Sorry, I'm not sure what you're looking for. What kind of product can I find you?"
    thing = plain and names_a_thing(wanted) and not names_no_thing(wanted)
    lines = [f"Sorry, we don't carry {wanted}." if thing else "Sorry, we don't carry that."]
    if data.get("products"):
        lines.append("The closest things we have:")
        lines += [
            f"{p['ordinal']}. {p['title']} — {money_text(p['price'])}" for p in data["products"]
        ]
        lines.append("Is one of these useful, or can I look for something else?")
    else:
        lines.append("Can I help you find something else?")
    return "\n".join(lines)


def _details_prompt(draft: dict[str, Any], missing: list[str]) -> str:
    have = details_text(draft)
    got = f"Thanks — I have: {have}. " if have else ""
    return f"{got}I still need your {_join(missing)} to finish checking out."


def _join(items: list[str]) -> str:
    names = [{"address": "shipping address"}.get(i, i) for i in items]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _cart_line(cart: dict[str, Any]) -> str:
    count = sum(line["quantity"] for line in cart["lines"])
    items = f"{count} item{'s' if count != 1 else ''}"
    return f"Your cart has {items}, subtotal {money_text(cart['subtotal'])}."


def _summary(facts: dict[str, Any]) -> str:
    from agent.replies import details_text as product_text

    return product_text(facts)
