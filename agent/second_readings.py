"""Second readings of a message the rules could only call a search or a question.

Each names what a shopper meant that the first pass misses: an order quoted by its number, a
question about the world (a contest, a repair), another kind asked for to go with the product
in view, one product split across options ("2 Dad Caps, one navy and one mustard"), and a
checkout taken up again right after "not yet". The reader calls them in its order; each changes
the `Understanding` only when its own words are there.
"""

from __future__ import annotations

import re
from typing import Any

from agent.companions import asks_same_colour, companion_kind
from agent.intents import CONFIDENT
from agent.kinds import request_head
from agent.off_topic_questions import asks_for_a_venue, asks_off_topic, asks_the_way
from agent.order_numbers import order_number_in
from agent.recipient_orders import recipient_split
from agent.resumed_checkout import goes_on_with_checkout
from agent.split_orders import split_order
from agent.state import ShoppingState
from agent.understanding import Intent, Understanding
from agent.value_shares import value_shares, value_shares_of
from catalog.colors import color_family

_MAY_NAME_AN_ORDER = {
    Intent.SEARCH, Intent.REFINE, Intent.PRODUCT_QUESTION, Intent.HELP, Intent.ORDER_STATUS,
    Intent.OFF_TOPIC, Intent.UNCLEAR,
}  # fmt: skip


_MAY_SPLIT = {Intent.SEARCH, Intent.REFINE, Intent.ADD}
_CHECKOUT_AFTER = re.compile(
    r"[\s,;.!]+(?:(?:and|then|so|&)\s+)+(?:(?:i|we)\s+(?:wanna|want to|'?d like to|would like to"
    r"|will|'?ll)\s+|let'?s\s+|please\s+)?(?:check ?(?:me )?out|pay)(?:\s+(?:now|please|pls))?"
    r"[\s.!]*$",
    re.I,
)
"""A checkout asked after the order ("…, then i wanna check out"): no part of its shares."""


def read_split_order(understanding: Understanding, search: Any, in_view: Any = None) -> None:
    """One product in several options said at once: an add of each share. A message naming no
    product splits the one in view (a photo's match): "add black in M and L, one each"."""
    items = understanding.slots.items
    if understanding.intent not in _MAY_SPLIT or len(items) > 1:
        return
    text = _CHECKOUT_AFTER.sub("", understanding.text)  # "…, then i wanna check out"
    found = split_order(text, search) or recipient_split(text, search) or value_shares(text, search)
    if found is None and in_view is not None and not items:
        found = value_shares_of(text, in_view)
    if found is None or (items and items[0]["product_id"] != found[0].id):
        return  # an order by title read it as another product: that reading stands
    product, shares = found
    slots, refs = understanding.slots, understanding.references
    understanding.intent, understanding.confidence = Intent.ADD, CONFIDENT
    slots.items = [
        {"product_id": product.id, "words": s.words, "quantity": s.quantity, "size": s.size}
        for s in shares
    ]
    slots.category, slots.quantity = "", None
    slots.then_checkout = slots.then_checkout or text != understanding.text
    refs.product_ids, refs.names_product, refs.ordinals = [product.id], True, []


_MAY_ASK_COMPANION = {Intent.SEARCH, Intent.REFINE, Intent.PRODUCT_QUESTION}


def read_companion(understanding: Understanding, state: ShoppingState) -> None:
    """ "And scarves to go with it?" after a beanie: a search for scarves, not a question about
    the beanie."""
    refs = understanding.references
    in_view = state.shown or state.focus or state.cart_id or refs.pronoun  # "I've got the X in
    if understanding.intent not in _MAY_ASK_COMPANION or not in_view:  # black, what tee goes
        return  # with it?": "it" is what the message itself named
    kind = companion_kind(understanding.text)
    if kind is None:
        return
    _drop_colours_of_the_matched(understanding, kind)
    if asks_same_colour(understanding.text) and not understanding.slots.color_words:
        said = state.understanding.slots.color_words[:1]  # "a cognac belt" → "a tote in the same
        understanding.slots.color_words = said  # colour?": cognac totes
        understanding.slots.colors = [color_family(c) or c for c in said]
    understanding.intent, understanding.confidence = Intent.SEARCH, CONFIDENT
    understanding.slots.category = kind
    head = request_head(kind)
    understanding.slots.kind = head.word if head is not None else ""
    understanding.slots.asked, understanding.slots.options_asked = [], []
    understanding.slots.needs = ""
    refs.pronoun, refs.product_ids, refs.ordinals = False, [], []


def _drop_colours_of_the_matched(understanding: Understanding, kind: str) -> None:
    """ "The jean in black, what tee goes with it?": black is the jean's colour, not the tee's."""
    lowered = " ".join(understanding.text.lower().split())
    at = lowered.rfind(kind)
    slots = understanding.slots
    if (
        at > 0
        and slots.color_words
        and all(lowered.rfind(word.lower()) < at for word in slots.color_words)
    ):
        slots.color_words, slots.colors = [], []


_GOES_ON = {Intent.ACKNOWLEDGE, Intent.VIEW_CART, Intent.CONFIRM}


def takes_up_checkout(understanding: Understanding, state: ShoppingState) -> bool:
    """ "Ok I've thought about it, let's do it" right after "not yet" at the summary."""
    if state.understanding.intent is not Intent.DECLINE or state.pending_checkout:
        return False
    if understanding.intent in _GOES_ON:
        return goes_on_with_checkout(understanding.text, plain_yes=True)
    return (_weak_search(understanding) or _orders_it(understanding)) and goes_on_with_checkout(
        understanding.text, plain_yes=False
    )


def _orders_it(understanding: Understanding) -> bool:
    """ "ok she says yes, let's order it", "ok fine, go ahead with the order": an add that names
    no product is the cart's order taken up again."""
    refs = understanding.references
    if understanding.intent is not Intent.ADD or understanding.slots.items:
        return False
    if refs.ordinals or refs.names_product or refs.photo:
        return False
    return refs.pronoun or not refs.product_ids or bool(_THE_ORDER.search(understanding.text))


_THE_ORDER = re.compile(r"\b(?:the|my|this) (?:order|purchase|checkout)\b", re.IGNORECASE)


def _weak_search(understanding: Understanding) -> bool:
    """The rules could only call the message a search."""
    return understanding.intent is Intent.SEARCH and understanding.confidence < CONFIDENT


def _loose_question(understanding: Understanding) -> bool:
    """A question the rules could only guess is about a product, though it points at none
    ("how long do i cook a steak for medium rare")."""
    refs = understanding.references
    return (
        understanding.intent is Intent.PRODUCT_QUESTION
        and understanding.confidence < CONFIDENT
        and not (refs.ordinals or refs.pronoun or refs.photo or refs.names_product)
        and not (refs.shown_list or refs.product_ids)
    )


def _asks_for_a_venue(understanding: Understanding) -> bool:
    """A search, a recommendation or a guessed question that asks for a restaurant or a bar
    in town, pointing at no product."""
    refs = understanding.references
    if refs.product_ids or refs.ordinals or refs.photo or refs.shown_list:
        return False
    asks = understanding.intent in {Intent.SEARCH, Intent.RECOMMEND, Intent.PRODUCT_QUESTION}
    return asks and asks_for_a_venue(understanding.text)


def _guessed_question(understanding: Understanding) -> bool:
    """A question the rules only guess is about a product, whatever it points at."""
    return understanding.intent is Intent.PRODUCT_QUESTION and understanding.confidence < CONFIDENT


def read_world_question(understanding: Understanding) -> None:
    """ "Can you check on order #A-77812?" asks about that order; "who wins the league?" or "how
    do I fix a puncture?" asks about the world, never for the catalog's nearest products."""
    text = understanding.text
    number = order_number_in(text) if understanding.intent in _MAY_NAME_AN_ORDER else None
    if number is not None:
        understanding.intent, understanding.confidence = Intent.ORDER_STATUS, CONFIDENT
        understanding.references.order_id = number
        understanding.slots.category = ""
    elif (
        ((_weak_search(understanding) or _loose_question(understanding)) and asks_off_topic(text))
        or (_guessed_question(understanding) and asks_the_way(text))
        or _asks_for_a_venue(understanding)
    ):
        understanding.intent, understanding.confidence = Intent.OFF_TOPIC, CONFIDENT
        understanding.slots.category = ""
