"""Rules understanding of one shopper message: the intent, the slots and what is ruled out.

Also the safety gate for both planners: `Understanding.allows_cart_change` and `allows_checkout`
follow from the shopper's own words only, never from catalog text or a model's suggestion.
Titles of products already shown are masked by the reader before these rules run, so a product
called "Check Out Now Backpack" never reads as a command.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from agent import cart_phrases as cp
from agent import phrases as ph
from agent.ability_asks import asks_what_you_can_do
from agent.address_mends import address_swap
from agent.address_pieces import address_piece, unit_said
from agent.approvals import asks_to_see_first
from agent.budget_offers import offers_new_budget
from agent.buyer import details_in
from agent.buying_habits import without_habits
from agent.cart_edits import cart_edit_slots
from agent.cart_money import asks_cart_money
from agent.conditional_adds import adds_after_stock_ask, adds_if_so
from agent.confirm_words import asks_first, asks_to_check_out, holds_a_no, says_no, says_yes
from agent.counted_orders import orders_counted
from agent.detail_messages import gives_details, read_details
from agent.each_counts import count_of_each
from agent.edit_timing import without_timing
from agent.elsewhere import buys_elsewhere
from agent.free_shipping_gap import asks_free_shipping_gap
from agent.how_to_buy import asks_how_to_buy
from agent.how_tos import asks_how_to_pay
from agent.kinds import request_head, without_things_held
from agent.negations import (
    allergies_in,
    negations_in,
    relaxed_in,
    vegan_in,
    without_ruled_out_colours,
)
from agent.order_asides import without_reason
from agent.order_followups import (
    asks_order_change,
    asks_refund,
    asks_where_it_is,
    no_longer_wanted,
    takes_back_order,
)
from agent.order_phrases import asks_other_variant, assured, edits_a_line, waits_for_restock
from agent.order_terms import term_asked
from agent.pay_asks import asks_to_pay, buys_without_object
from agent.pending import (
    TONE_PICK,
    answered_slots,
    asks_variant,
    count_only,
    without_held_options,
)
from agent.problem_asks import offers_to_tell_problem
from agent.recounts import recounts_the_add
from agent.request_parts import request_parts
from agent.required import required_property
from agent.slots import color_words_in, colors_in, ordinals_in, price_bounds, quantity_in, size_in
from agent.split_costs import split_ways
from agent.status_asks import asks_about_the_order
from agent.stock_counts import doubts_stock
from agent.stock_follow_ups import asks_about_offer
from agent.understanding import Intent, Slots, Understanding
from agent.unnamed_things import asks_to_describe
from agent.unsure_answers import unsure
from agent.wearer_words import without_wearer
from agent.words import KNOWN_ASKS, asked_about, either_or, new_words
from catalog.sparse import tokenize

_STARTS_REMOVE = re.compile(r"^\s*(?:please\s+)?(?:remove|delete|take out)\b")
# "take the jacket out", "take the bottle out actually", "actually get rid of the socks", "remove
# the hat from my cart": a removal even before there is a cart (which is then said to be empty).
_TAKES_OUT = re.compile(
    r"^\W*(?:(?:actually|ok|okay|oh|and|also|hmm|wait|so|um|please|pls|can you|could you)\W+)*"
    r"(?:remove|delete|take out|get rid of|take (?:the|my|that|this|those|these|it|them)"
    r"(?: [\w-]+){0,3} out\b(?:\W+(?:actually|please|pls|then|now|instead|after all|thanks?"
    r"|too|as well|again|for now))*\W*$)"
    r"|\b(?:remove|delete|take)\b.*\b(?:from|out of) (?:my|the) (?:cart|basket|bag|trolley)\b"
)
_STARTS_CHANGE = re.compile(r"^\s*(?:please\s+)?(?:make|set|change|update)\b")
_STARTS_ADD = re.compile(
    r"^\s*(?:(?:oh|ok|okay|wait|hold on|and|also|hmm|actually|please|just|fine|alright|so|then"
    r"|nvm|never ?mind|forget (?:it|that))[\s,.!]+)*(?:add|put)\b"
)  # "ok fine, just add one peppermint tea", "ok nvm, just add 2 Peppermint Tea then"
# "and the trucker hat too", "also the wool socks": one more item right after an add.
_CONTINUES = re.compile(r"^\W*(?:and|also|plus|oh and|and also)\b|\b(?:too|as well)\W*$")
# "same belt in olive please", "another one in 38": right after an add, one more of that product
# in other options (never "actually …", "… instead", which change the line).
_SAME_AGAIN = re.compile(
    r"^\W*(?:(?:and|also|plus|oh|ok(?:ay)?|great|cool|perfect|now)\W+)*(?:the )?"
    r"(?:same(?: \w+)?|another(?: one| pair)?|one more)(?: but)? in\b(?!.*\binstead\b)"
)
# Words of a look at the cart or its money, never of an item: "show me what's in my cart",
# "and the total too".
_NOT_AN_ITEM = re.compile(
    r"\b(?:show|list|what'?s|whats|what|see|view|check|everything|anything|items?|remind|total"
    r"|subtotal|shipping|tax|price|cost|thanks?|thank you|all)\b"
)
_BROWSING = re.compile(r"\b(?:some|any|other|more)\b")  # "also some socks": show me, not pick
# "and a usb c charger", "a beanie too", "and running socks": no "the", "it" or "same" picks one.
_CONTINUING_LEAD = re.compile(r"^\W*(?:(?:and|also|plus|oh)\W+)*")
_INDEFINITE_ITEM = re.compile(
    r"(?:an?\s+)?(?!(?:the|that|this|those|these|it|them|one|another|same|my|more|and|also|plus"
    r"|oh|\d+)\b)[a-z]"
)
_INTO_CART = re.compile(
    r"\b(?:in|into|to) (?:my|the) (?:cart|basket|bag)\W*(?:please|pls|plz|thanks|thx)?\W*$"
)
# "oops i meant 9", "sorry, should be size 10": a correction of what was just added.
_MEANT = re.compile(r"\b(?:i meant|i mean|meant to say|should(?: have)? be(?:en)?)\b")
_CORRECTION_WORDS = frozenset(
    {"oops", "whoops", "sorry", "meant", "mean", "size", "should", "been"}
)
_OWN_WORDS = frozenset({"mistake", "make", "made", "wrong", "wanted", "my", "bad", "oh", "ah"})
"""Words of an own mistake owned up to: "sorry, i make mistake", "my bad"."""
_SET_SIDE_BY_SIDE = re.compile(r"\b(?:side[ -]by[ -]side|head[ -]to[ -]head|next to each other)\b")
"""'Put the X and the Y side by side': a comparison asked, nothing put in the cart."""
# "could you add …", "can you please put …": a polite request, not a question.
_POLITE = re.compile(
    r"^\s*(?:(?:hey|hi|ok|okay|so|and|oh)[,\s]+)?(?:can|could|would|will) you"
    r" (?:(?:please|pls|kindly|also|just|quickly) )*(?=(?:add|put|throw|toss|pop)\b)"
)
_MAY_I_ADD = re.compile(
    r"(?<!how )(?<!where )\b(?:can|could|may) (?:i|we) (?:please |pls |also |just |still )*add\b"
)
# "can i get 2 of those socks", "could i have the first one in M": a polite order, said as a
# question, when it counts or points at what it wants.
_MAY_I_HAVE = re.compile(
    r"^\s*(?:(?:hey|hi|ok|okay|so|and|also)[,\s]+)?(?:can|could|may) i (?:please |pls )?"
    r"(?:get|have|grab|order|buy|take)\b"
)
# "hi! add …", "hello there, can you put …": a greeting before the request itself.
_GREETING_LEAD = re.compile(
    r"^\s*(?:hi+|hello+|hey+|hiya|howdy|hola|bonjour|salut|good (?:morning|afternoon|evening))"
    r"(?: there| all)?\s*[!.,]+\s*(?=\w)"
)
_LIKE_THIS = re.compile(r"\b(?:like (?:this|these|that|it)|similar|something|anything)\b")
_DIMENSIONS = re.compile(r"\b\d+(?:\.\d+)?\s*(?:x|by|×)\s*\d+")
"""A size said as dimensions ("like 20x20", "18 by 18")."""
_PLURAL = re.compile(r"\b(?:those|these|them|they|any|ones)\b")
# "any for hiking?", "which of those are good for kids": the list shown, for a use.
_FOR_THE_LIST = re.compile(
    r"^\W*(?:(?:and|so|ok(?:ay)?|hmm+|also)\W+)?(?:any(?: of (?:them|those|these))?"
    r"|which (?:ones?|of (?:them|those|these))(?: (?:are|is|would be))?|(?:just |only )?the ones?"
    r"|ones?|those|do (?:any|you have any)(?: of (?:them|those|these))?)"
    r"(?: (?:good|made|meant|suitable|better|best|ok|okay))? (?:for|with)\b"
)
_FOR_ONLY = re.compile(
    r"^\W*(?:(?:and|so|ok(?:ay)?|oh|also|it'?s|they'?re)\W+)*(?:for|to be for)\b"
)
"""What the list shown is for, said alone after it ("for school and under 60", "for the gym"):
the list's kind is kept; a message of its own kind is a new search."""
# "a couple of the merino ones", "the navy one": one of the list picked by a word of its own.
_ASKS_FOR_INFO = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|and|hmm+|cool|nice)\W+)*(?:(?:can|could) (?:you|i|u) (?:get|have|give"
    r" me|send me|share|show me) |(?:i'?d like|i want|gimme|give me|need|pls|please) )?"
    r"(?:some |any )?(?:more |a bit more |further )?(?:info|information|details?|specs?|deets)"
    r"\b(?: (?:please|pls|plz))? (?:on|about|for|of|re|regarding)\b"
    r"|\btell (?:me|us) (?:more |a bit |a little |a bit more |a little more )?about\b"
    r"|\b(?:tell (?:me|us)|say) (?:a (?:bit|little) )?more(?: (?:please|pls|plz))?\W*$"
    r"|^\W*(?:and |so |ok )?(?:what about|how about|more about|describe)\b"
)
"""Asking to hear more of one product: "more info on the task one", "details about the arc"."""
_PICKS_LISTED = re.compile(r"\bthe (?!other\b|same\b)[a-z][\w-]*(?: [a-z][\w-]*)? ones?\b")
CONFIDENT = 0.9
LIKELY = 0.75


@dataclass(frozen=True)
class Situation:
    """What the conversation holds when the message arrives."""

    awaiting: dict[str, Any] | None = None
    pending_checkout: bool = False
    has_shown: bool = False
    has_cart: bool = False
    has_image: bool = False
    has_order: bool = False
    just_added: bool = False
    described: bool = False
    """The message describes a kind instead of naming it ("also a tiny knife for peeling
    apples"): a kind to be shown, never one more line added after the last."""
    line_touched: bool = False
    """The last message added a line or changed one: a bare count ("x2") is its new quantity."""
    names_product: bool = False
    quotes_a_title: bool = False
    """Right after an add, the message quotes a catalog title ("and a cashmere blend scarf")."""
    names_listed_word: bool = False
    """A word of one shown title, and no other's, is said ("the task one")."""
    brands: frozenset[str] = field(default_factory=frozenset)
    free_words: frozenset[str] = field(default_factory=frozenset)
    """The X of the "X-free" phrases the catalog itself uses (agent/free_words.py)."""
    short_words: frozenset[str] = field(default_factory=frozenset)
    """The catalog's title words of three letters ("zip"), which "no zip" may rule out."""
    title_phrases: frozenset[str] = field(default_factory=frozenset)
    """Title phrases opening with a negator ("no show"): a product's name, no negation."""
    word_pairs: frozenset[str] = field(default_factory=frozenset)
    """Two words the catalog names as one ("power bank", "water-resistant"): ruled out whole."""
    cart_terms: frozenset[str] = field(default_factory=frozenset)
    """The terms of the cart lines' titles and categories ("jacket"): words naming a line."""
    viewed_in_cart: bool = False
    """The product in view is already a cart line (or nothing is in view): "buy" pays for it."""


_ANY_OF_THEM = re.compile(
    r"(?:(?:do you have|have you got|got|are there|is there)\s+)?"
    r"(?:any|anything|something|ones?|others?)\b(?!\s+(?:colou?r|brand|size)\b)"
)


def understand_message(
    text: str, *, currency: str, situation: Situation | None = None, masked: str | None = None
) -> Understanding:
    """The rules' reading of one message; `masked` is the text with known titles blanked out."""
    seen = situation or Situation()
    lowered = " ".join((masked if masked is not None else text).lower().split())
    request = request_parts(lowered, currency)  # less its greeting, wishes and reasons
    negations, kept = negations_in(
        request.core,
        seen.brands,
        seen.free_words,
        seen.short_words,
        seen.title_phrases,
        seen.word_pairs,
    )
    allergies_in(lowered, negations)  # "... my son has a nut allergy": a reason, still no nuts
    vegan_in(lowered, negations)  # "…, she's vegan" said as a reason: still no leather
    low, high = price_bounds(kept, currency)
    wanted = without_ruled_out_colours(kept, negations)
    slots = Slots(
        colors=colors_in(wanted),
        color_words=color_words_in(wanted),
        size=size_in(kept, bare=asks_variant(seen.awaiting)),
        price_min=low,
        price_max=high,
        quantity=quantity_in(lowered),
        cheaper=bool(ph.CHEAPER.search(lowered)),
        pricier=bool(ph.PRICIER.search(lowered)),
        bigger=bool(ph.BIGGER.search(lowered)),
        smaller=bool(ph.SMALLER.search(lowered)),
        relax=relaxed_in(lowered),
        needs=_needs(lowered),
        wishes=request.soft,
        reasons=request.reasons,
        answer=_answer(lowered, seen.awaiting),
        language=_language(lowered),
    )
    if seen.has_cart:  # "oops i meant L not S", "take one off", "one more"
        cart_edit_slots(lowered, slots, seen.cart_terms)
    elif fewer := cp.fewer_by(lowered):
        slots.change_by, slots.quantity = -fewer, None  # "take one off" with nothing in the cart
    slots.sort = "price_asc" if slots.cheaper else "price_desc" if slots.pricier else "relevance"
    understanding = Understanding(text=text, slots=slots, negations=negations)
    refs = understanding.references
    refs.ordinals = ordinals_in(lowered)
    refs.pronoun = bool(ph.REFERENCE.search(ph.IF_YOU_HAVE.sub(" ", lowered)))
    refs.photo = seen.has_image or bool(ph.PHOTO.search(lowered))
    refs.names_product = seen.names_product
    intent, confidence = _intent(lowered, understanding, seen)
    understanding.intent, understanding.confidence = intent, confidence
    if "cancel_order" in (seen.awaiting or {}).get("slots", []):
        if intent is Intent.CANCEL_ORDER:
            slots.answer = {"confirm": "yes"}
        elif intent is Intent.DECLINE:
            slots.answer = {"confirm": "no"}  # the order stays
    elif intent is Intent.CANCEL_ORDER and assured(lowered):
        slots.answer = {"confirm": "yes"}  # "cancel that order, yes I'm sure": asked and answered
    if intent is Intent.GIVE_DETAILS:  # at the confirmation: only details stated unmistakably
        changes = seen.pending_checkout and "details" not in (seen.awaiting or {}).get("slots", [])
        slots.details, slots.changing = read_details(text, confirming=changes)
        if not changes:  # "450 Pine Street apt 3", then the city; "oh and it's apt 4B"
            piece = address_piece(text, (seen.awaiting or {}).get("draft"))
            if piece.get("address"):
                slots.details = {**slots.details, "address": piece["address"]}
            elif not slots.details and not slots.changing:
                slots.details = piece
        elif not slots.details and not slots.changing and (unit := unit_said(text)):
            slots.details = {"unit": unit}
        elif slots.changing == "address" and (swap := address_swap(text)):
            slots.details, slots.changing = {"swap": swap}, ""  # "it's 71 Maple Dr not 17"
    if intent is Intent.PRODUCT_QUESTION:
        slots.asked = asked_about(lowered)
        slots.options_asked = either_or(lowered)
        if (slots.bigger or slots.smaller or _DIMENSIONS.search(lowered)) and not slots.size:
            slots.asked = list(dict.fromkeys([*slots.asked, "size"]))  # "do they come bigger?"
    slots.category = without_things_held(wanted) if intent in {Intent.SEARCH, Intent.REFINE} else ""
    if intent is Intent.RECOMMEND and not negations.is_empty():
        slots.needs = _needs(kept)  # "he's vegan so no leather": what is ruled out is no need
    head = request_head(kept) if slots.category else None
    slots.kind = head.word if head is not None else ""
    return understanding


_WHAT_WAS_ORDERED = re.compile(
    r"\bwhat (?:exactly |again )?(?:did|have) (?:i|we) (?:just |actually )?"
    r"(?:order|buy|get|purchase)"
    r"|\bremind me what (?:exactly )?(?:i|we)\b"
    r"|\bwhat (?:exactly |again )?(?:i|we) (?:just |actually )?(?:ordered|bought|purchased)\b"
)
"""After an order, a question about what it held: "what did I just order? how much was it",
"remind me what exactly I ordered"."""


def _intent(text: str, u: Understanding, seen: Situation) -> tuple[Intent, float]:
    slots, refs = u.slots, u.references
    waits_for = set((seen.awaiting or {}).get("slots", []))
    if slots.answer:
        return Intent.ADD, CONFIDENT
    if gives_details(
        text, u.text, waiting="details" in waits_for, confirming=seen.pending_checkout
    ):
        return Intent.GIVE_DETAILS, CONFIDENT
    if "details" in waits_for and address_piece(u.text, (seen.awaiting or {}).get("draft")):
        return Intent.GIVE_DETAILS, CONFIDENT  # an address in two messages
    if seen.pending_checkout and unit_said(u.text):
        return Intent.GIVE_DETAILS, CONFIDENT  # "oh and it's apt 4B" at the confirmation
    if _recounts_the_line(text, seen) and (count := count_only(text)):
        slots.quantity, slots.change_by = count, None  # "x2", "actually 2", "make it to"
        return Intent.SET_QUANTITY, CONFIDENT
    if seen.has_cart and (named := cp.count_of_a_line(text, seen.cart_terms)):
        slots.quantity, slots.change_by = named, None  # "actually 3 of the kids one"
        return Intent.SET_QUANTITY, CONFIDENT
    if seen.has_cart and (each := count_of_each(text)):
        slots.quantity, slots.change_by, slots.each = each, None, True  # "two of each"
        return Intent.SET_QUANTITY, CONFIDENT
    if not re.search(r"[^\W\d_]", text) and not seen.has_image:  # a photo alone asks about it
        return (Intent.UNCLEAR, CONFIDENT) if not re.search(r"\d", text) else (Intent.SEARCH, 0.5)
    if "cancel_order" in waits_for:
        if ph.YES.match(text) or _cancel_said_again(text):
            return Intent.CANCEL_ORDER, CONFIDENT
        if ph.NO.match(text):
            return Intent.DECLINE, CONFIDENT
    if (
        seen.pending_checkout
        and asks_free_shipping_gap(text)
        and (ph.NO.match(text) or _declines(text) or says_no(text))
    ):
        return Intent.DECLINE, CONFIDENT  # "not yet, how much more for free shipping?": adds more
    if seen.pending_checkout and term_asked(text):
        return Intent.HELP, CONFIDENT  # "wait, how much is shipping?": answered, asked again
    if seen.pending_checkout and unsure(text):
        return Intent.UNCLEAR, CONFIDENT  # "maybe? not sure": asked again, never bought
    if seen.pending_checkout and asks_to_see_first(text):
        return Intent.VIEW_CART, CONFIDENT  # "ok show me the new total before i confirm"
    if seen.pending_checkout and _approves(text, slots):
        return Intent.CONFIRM, CONFIDENT
    if (
        seen.pending_checkout
        and (ph.NO.match(text) or _declines(text) or says_no(text))
        and not asks_first(text)  # "hold on, is the hat adjustable?"
        and not (seen.has_cart and _sets_quantity(text, slots))  # "wait, make it 3"
        and not (seen.has_cart and edits_a_line(text))  # "wait, take the hat out first"
        and not (seen.has_cart and _asks_other_variant(text, slots))  # "…can I have the red one"
        and not (seen.has_cart and cp.corrected_size(text))  # "no wait i need an L not an M"
        and not _adds_named(text)  # "oh wait, add the crew socks too": the cart changes
    ):
        return Intent.DECLINE, CONFIDENT
    if seen.pending_checkout and asks_first(text) and "stock" in asked_about(text):
        return Intent.PRODUCT_QUESTION, LIKELY  # "wait, is it still in stock?": answered first
    if _MAY_I_ADD.search(text) and _adds_named(text) and not asks_how_to_buy(text):
        return Intent.ADD, LIKELY  # "before I pay, can I add the crew socks as well?"
    if seen.pending_checkout and seen.has_cart and _asks_other_variant(text, slots):
        return Intent.CHANGE_VARIANT, LIKELY  # "on second thought can I have the red one"
    if seen.has_order and not seen.pending_checkout and asks_order_change(text):
        return Intent.CANCEL_ORDER, CONFIDENT  # a placed order is cancelled and ordered again
    if seen.has_order and not seen.pending_checkout and ph.PAID_TOTAL.search(text):
        return Intent.ORDER_STATUS, CONFIDENT  # "how much did i pay?": the order's total
    if seen.has_order and not seen.pending_checkout and _WHAT_WAS_ORDERED.search(text):
        return Intent.ORDER_STATUS, CONFIDENT  # "what did I just order? how much was it all in"
    if seen.has_order and not seen.cart_terms and asks_about_the_order(text):
        return Intent.ORDER_STATUS, CONFIDENT  # "was that successful? how much was it?"
    if seen.cart_terms and split_ways(text):
        slots.totals = True  # "how much is that each if we split it 3 ways": the cart's share
        return Intent.VIEW_CART, CONFIDENT
    if asks_cart_money(text, has_cart=seen.has_cart):
        slots.totals = True  # "what do i owe so far", "plus the tax?": never an add; at the
        return Intent.VIEW_CART, CONFIDENT  # confirmation, the summary with its total again
    if seen.has_cart and not seen.pending_checkout and asks_how_to_pay(text):
        return Intent.CHECKOUT, CONFIDENT  # "how do I pay for this?": checkout, step by step
    if seen.has_cart and seen.viewed_in_cart and buys_without_object(text):
        return Intent.CHECKOUT, CONFIDENT  # "buy" right after the add: the cart is bought
    if not seen.pending_checkout and asks_to_pay(u.text):  # "let's pay. Name is Bo Lee."
        return (Intent.GIVE_DETAILS if details_in(u.text) else Intent.CHECKOUT), CONFIDENT
    if refs.photo:
        if (
            seen.has_image
            and (
                _adds(text)
                or _INTO_CART.search(text)
                or _asks_to_have(text, slots)
                or adds_if_so(text)  # "is this in stock? if yes I'll take two"
            )
            and not _LIKE_THIS.search(text)
        ):
            return Intent.ADD, CONFIDENT  # "add 2 of these to my cart" with the photo: buy it
        return Intent.PHOTO_QUESTION, CONFIDENT
    if (slots.change_by and (seen.has_cart or slots.change_by < 0)) or slots.times:
        return Intent.SET_QUANTITY, CONFIDENT  # "take one off", "one more", "double it"
    if ph.ADD_TO_CART.search(text):
        return Intent.ADD, CONFIDENT  # "add <title> to my cart" (the widget says it too)
    if not seen.pending_checkout and (
        (ph.CANCEL_ORDER.search(text) and (seen.has_order or not doubts_stock(text)))
        or (seen.has_order and _CANCEL_WHAT_WAS_BOUGHT.search(text))
        or (seen.has_order and _takes_back_the_order(text, seen))  # "scrap that order"
    ):
        return Intent.CANCEL_ORDER, CONFIDENT
    if ph.GREETING.match(text) and not new_words(_greeting_rest(text)):
        return Intent.GREET, CONFIDENT
    text = _GREETING_LEAD.sub("", text, count=1)  # "hola! add the sandals in navy": the request
    if ph.THANKS_BYE.match(text) and not ph.SEARCH_OPENING.search(text) and _only_thanks(text):
        return Intent.THANKS_BYE, CONFIDENT
    if ph.INJECTION.search(text) or ph.OTHERS_DATA.search(text):
        return Intent.OFF_TOPIC, CONFIDENT
    if (ph.ORDER_STATUS.search(text) and (seen.has_order or not doubts_stock(text))) or (
        seen.has_order and (ph.WENT_THROUGH.search(text) or asks_where_it_is(text))
    ):
        return Intent.ORDER_STATUS, CONFIDENT
    if (
        ph.CHECKOUT.search(text)
        and (seen.has_cart or "check" in text or "place" in text)  # empty: "nothing to place"
        and not ph.PHOTO_HELP.search(text)  # "can i send you a pic? and can you check out?"
        and not (
            seen.has_cart and _sets_quantity(text, slots)  # "make it 2 before i pay"
        )
    ):
        return Intent.CHECKOUT, CONFIDENT
    if (
        ph.OFF_TOPIC.search(text)
        and not ph.SEARCH_OPENING.search(text)
        and not ph.WHAT_IS_SOLD.search(text)  # "what do you sell? got problems to solve"
    ):
        return Intent.OFF_TOPIC, LIKELY
    if ph.EMPTY_CART.search(text):
        return Intent.REMOVE, CONFIDENT
    if seen.has_cart and (brought_to := cp.count_to(text)):
        slots.quantity, slots.change_by = brought_to, None  # "drop that to just one box"
        return Intent.SET_QUANTITY, CONFIDENT
    if (
        (seen.has_cart and ph.REMOVE.search(text))
        or _STARTS_REMOVE.match(text)
        or (not seen.has_cart and _TAKES_OUT.search(text))
    ):
        return Intent.REMOVE, CONFIDENT
    if seen.has_cart and _changes_variant(text, slots, seen.cart_terms):
        return Intent.CHANGE_VARIANT, LIKELY
    if not seen.has_cart and (slots.size or slots.colors) and _changes_a_line(text, seen):
        return Intent.CHANGE_VARIANT, LIKELY  # "make it size M" with nothing in the cart
    if seen.just_added and seen.has_cart and slots.quantity and recounts_the_add(text):
        return Intent.SET_QUANTITY, CONFIDENT  # "hmm I need 4 of those actually"
    if _sets_quantity(text, slots) and (seen.has_cart or _STARTS_CHANGE.match(text)):
        return Intent.SET_QUANTITY, CONFIDENT
    if seen.has_shown and (required := required_property(text)):
        slots.required = required  # "which of those are dishwasher safe?", "any i can put in…"
        return Intent.REFINE, LIKELY
    if asks_how_to_buy(text):  # "explain me how I can buy something here, step by step", "how
        return Intent.HELP, CONFIDENT  # do i add something to my basket": the steps, no add
    if seen.has_shown and not seen.has_cart and (count := count_only(text)):
        slots.quantity = count  # "actually two" after a list and before any add: two of which?
        return Intent.ADD, LIKELY
    if _MAY_I_HAVE.match(text) and (slots.quantity or (refs.ordinals and "?" not in text)):
        return Intent.ADD, LIKELY
    if (
        seen.has_shown
        and (_adds(text) or adds_if_so(text) or adds_after_stock_ask(text))
        and (refs.ordinals or refs.pronoun or refs.names_product or len(text) < 40
             or _PICKS_LISTED.search(text))
    ):  # fmt: skip
        return Intent.ADD, CONFIDENT
    if (
        _STARTS_ADD.match(_POLITE.sub("", text))
        and new_words(text)
        and not _SET_SIDE_BY_SIDE.search(text)
    ):
        return Intent.ADD, LIKELY  # "add socks" before anything is shown: the product named
    if _into_cart(text) or orders_counted(text):  # "two bags of the colombia coffee pls"
        return Intent.ADD, LIKELY
    if _continues_adding(text, u, seen):
        return Intent.ADD, LIKELY  # "and the trucker hat too" right after an add
    if ph.VIEW_CART.search(text) and not ph.PHOTO_HELP.search(text):
        return Intent.VIEW_CART, CONFIDENT
    if offers_to_tell_problem(text):  # "can i just tell you what's bugging me?": yes, tell me
        return Intent.HELP, CONFIDENT
    if asks_what_you_can_do(text):  # "do you just search or can you recommend things?"
        return Intent.HELP, CONFIDENT
    if seen.has_shown and not refs.ordinals and _PRICED_ONES.search(text):
        return Intent.REFINE, LIKELY  # "show me pricier ones, i want the best": the list re-priced
    if ph.RECOMMEND.search(text):
        return Intent.RECOMMEND, CONFIDENT
    if ph.COMPARE.search(text):
        return Intent.COMPARE, CONFIDENT
    if ph.HELP.search(text) or ph.PHOTO_HELP.search(text) or ph.WHAT_IS_SOLD.search(text):
        return Intent.HELP, CONFIDENT
    if asks_to_describe(text):  # "can you find stuff even if I don't know what it's called?"
        return Intent.HELP, CONFIDENT
    if ph.POLICY.search(text) and ph.QUESTION.search(text) and len(new_words(text)) <= 4:
        return Intent.HELP, LIKELY
    if seen.has_shown and slots.relax:
        return Intent.RELAX, CONFIDENT
    if offers_new_budget(text, slots, seen.has_shown) and not (
        refs.ordinals or refs.names_product or _YES_NO_OPENING.match(text)
    ):
        return Intent.REFINE, LIKELY  # "hmm, none of those, maybe up to 80 then?"
    if seen.has_shown and not u.negations.is_empty() and _rules_out_of_list(text, seen):
        return Intent.REFINE, LIKELY  # "not Indigo Forge though", "hmm, none in leather"
    if seen.has_shown and _NO_THEN.match(text) and "?" not in text and _has_filter(slots):
        return Intent.REFINE, LIKELY  # "no, cheaper than that", "nope, in blue": the list, redone
    if (_approves(text, slots) or ph.NO.match(text)) and not new_words(text):
        return Intent.ACKNOWLEDGE, LIKELY
    if (
        _declines(text)
        and set(new_words(text)) <= _HESITATION
        and not (slots.colors or slots.size or slots.cheaper or slots.pricier)
    ):  # "wait is it cheaper in navy?" asks on
        return Intent.ACKNOWLEDGE, LIKELY  # "wait no, not yet" with nothing to confirm
    last = re.split(r"[.!]\s+", text)[-1]  # "ugh, all so boring. any that aren't black?"
    if seen.has_shown and not u.negations.is_empty() and _ANY_OF_THEM.match(last):
        return Intent.REFINE, LIKELY  # "any that aren't cotton?": the list, minus cotton
    if seen.has_shown and _FOR_THE_LIST.match(text) and not u.references.ordinals:
        return Intent.REFINE, LIKELY  # "any for hiking under 100?", "which ones are for kids"
    if seen.has_shown and _FOR_ONLY.match(text) and request_head(text) is None:
        return Intent.REFINE, LIKELY  # "for school and under 60 dollars" after backpacks
    if seen.has_shown and _asks_about_product(text, u):
        return Intent.PRODUCT_QUESTION, LIKELY
    if seen.has_shown and _ENOUGH_QUESTION.match(text):
        return Intent.PRODUCT_QUESTION, LIKELY  # "warm enough snow?" of the product in view
    if (
        seen.has_shown
        and _ASKS_FOR_INFO.search(text)
        and (refs.ordinals or refs.names_product or seen.names_listed_word)
    ):
        refs.names_product = refs.names_product or seen.names_listed_word  # "task" asks nothing
        return Intent.PRODUCT_QUESTION, LIKELY  # "more info on the task one"
    if seen.has_shown and _CHEAPEST_PLEASE.match(text):
        return Intent.ADD, LIKELY  # "the cheapest one pls": not "which is the cheapest?"
    if seen.has_shown and _picks_with_options(text, u):
        return Intent.ADD, LIKELY  # "ok fine, the first one, medium": the pick, in that size
    if seen.has_shown and not new_words(text):
        if _has_filter(slots) or not u.negations.is_empty() or "more" in text.split():
            return Intent.REFINE, LIKELY
        return Intent.PRODUCT_QUESTION, 0.6
    if seen.has_shown and not refs.ordinals and _refines_with_words(text, slots):
        return Intent.REFINE, 0.6
    if (
        refs.ordinals
        and not seen.has_shown
        and ph.QUESTION.match(text)
        and (ph.DETAILS.search(text) or refs.pronoun)
    ):  # "is the first one noise cancelling?" with nothing listed yet: which one, not a search
        return Intent.PRODUCT_QUESTION, LIKELY  # "the second one" with nothing listed yet
    if _asks_about_a_named_product(text):
        return Intent.PRODUCT_QUESTION, 0.6
    return Intent.SEARCH, 0.6


_LEADING_NEGATION = re.compile(
    r"^\W*(?:(?:hmm+|hm+|ugh|ok(?:ay)?|oh|ah|well|but|and|also|actually|though|so|yeah|nah"
    r"|please|pls|ideally|preferably|wait|hold on|hang on|oops|sorry)\W+)*"
    r"(?:not|no|none|nothing|without|except|excluding|anything but|never|avoid|skip|other than"
    r"|can'?t stand|can'?t do|don'?t (?:want|like|do)|not a fan|(?:sick|tired) of)\b"
)


_YES_NO_OPENING = re.compile(r"^\W*(?:are|is|do|does|r)\b")
""""are all of these under 80?" asks about the list; it offers no new budget."""


def _recounts_the_line(text: str, seen: Situation) -> bool:
    """Right after a line was added or changed, a message that is only a count is that line's
    new quantity; never while a question waits for its answer or the order is being confirmed."""
    return seen.line_touched and seen.has_cart and not seen.awaiting and not seen.pending_checkout


def _rules_out_of_list(text: str, seen: Situation) -> bool:
    """ "not Indigo Forge though, had a bad pair", "can't stand blue, show me the others": a
    message that opens with what it rules out, or says nothing else, narrows the list shown."""
    if _LEADING_NEGATION.match(text):
        return True
    _, kept = negations_in(
        text, seen.brands, seen.free_words, seen.short_words, seen.title_phrases, seen.word_pairs
    )
    return not new_words(kept)


# After an order: "cancel it", "cancel the one I just placed", "cancel what we ordered".
_CANCEL_WHAT_WAS_BOUGHT = re.compile(
    r"\bcancel (?:it|that|this|everything)\b"
    r"|\bcancel (?:the one|the thing|the stuff|what|everything|all) (?:that )?(?:i|we)"
    r"(?:'ve| have)? (?:just )?(?:placed|ordered|bought|made|paid for|purchased|got)\b"
)


def _takes_back_the_order(text: str, seen: Situation) -> bool:
    """After an order: "scrap that order", "can I get a refund?", and with nothing in the cart
    "i dont want it anymore" (the "it" can only be what was ordered)."""
    if takes_back_order(text) or asks_refund(text):
        return True
    return not seen.cart_terms and no_longer_wanted(text)


def _into_cart(text: str) -> bool:
    """ "ringer tee, black, medium into my cart pls": an item put in the cart, not a question."""
    said_last = _INTO_CART.search(text) or cp.adds_at_end(text)  # "…, navy - add it"
    if not said_last or ph.QUESTION.match(text) or _NOT_AN_ITEM.search(cp.unthanked(text)):
        return False
    return bool(new_words(text))


def _continues_adding(text: str, u: Understanding, seen: Situation) -> bool:
    if not seen.just_added or seen.described or ph.QUESTION.search(text):
        return False
    if _SAME_AGAIN.match(text) and (u.slots.colors or u.slots.size):
        return True  # "same belt in olive please", "another one in 38": one more, other options
    if not _CONTINUES.search(text):
        return False
    named = text
    for phrase in seen.title_phrases:  # "and the no show liner socks": a title, not a "show"
        named = named.replace(phrase, " ").replace(phrase.replace(" ", "-"), " ")
    if _BROWSING.search(named) or _NOT_AN_ITEM.search(named):
        return False
    if _names_a_kind_only(text, u, seen):
        return False  # "also a beanie", "and running socks": that kind shown, not one picked
    return bool(new_words(text) or u.references.ordinals or u.slots.colors or u.slots.size)


def _names_a_kind_only(text: str, u: Understanding, seen: Situation) -> bool:
    """ "a beanie too", "and running socks": an indefinite item with no option, count or title
    said, which the shopper has yet to see; "and the trucker hat too" still picks one."""
    if seen.names_product or seen.quotes_a_title or u.references.ordinals or u.references.pronoun:
        return False
    if u.slots.colors or u.slots.size or (u.slots.quantity or 1) > 1:
        return False
    return bool(_INDEFINITE_ITEM.match(_CONTINUING_LEAD.sub("", text, count=1)))


_WH_OPENING = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|alright|all right|right|so|and|hmm+|well|then|fine)\W+)*"
    r"(?:are there|is there|what|which|who)\b"
)


def _asks_about_a_named_product(text: str) -> bool:
    """ "Is the French roast whole bean or ground?" before anything is shown: a question about
    one product by name (answered if the catalog has it, else it becomes a search)."""
    if not ph.QUESTION.match(text) or ph.SEARCH_OPENING.search(text):
        return False
    if _WH_OPENING.match(text):  # "ok what about some light hand weights then": a search
        return False
    known = [a for a in asked_about(text) if a in KNOWN_ASKS]
    return bool((either_or(text) or known) and new_words(text))


def _approves(text: str, slots: Slots) -> bool:
    """A plain yes: no question, no new constraint ("ok what about under 100?" is not a yes)."""
    if not (ph.YES.match(text) or says_yes(text)) or ph.NO.match(text) or _has_filter(slots):
        return False
    if holds_a_no(text) or asks_to_see_first(text):  # "yeah nah, not yet": never a yes
        return False
    return not re.search(r"\?|\b(?:what|how|which|why|but)\b", text)


_THANKS_WORDS = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|great|perfect|cool|awesome|alright)\W+)?"
    r"(?:thanks?|thank you|thx|ty|cheers)\W*"
)


def _only_thanks(text: str) -> bool:
    """ "thanks, that's all" is thanks; "thanks! where's my order?" asks something."""
    rest = _THANKS_WORDS.sub("", text, count=1)
    if ph.ORDER_STATUS.search(rest) or ph.CHECKOUT.search(rest) or ph.VIEW_CART.search(rest):
        return False
    return not (ph.QUESTION.search(rest) and new_words(rest))


def _sets_quantity(text: str, slots: Slots) -> bool:
    said = slots.quantity and ph.SET_QUANTITY.search(text)  # "make it 2", "3 instead of 2"
    if slots.quantity and (cp.total_wanted(text) or cp.count_instead(text)):
        return True  # "i want 4 of those in total"
    return bool(slots.change_by or (said and (not _adds(text) or cp.replaces_count(text))))


def _asks_to_have(text: str, slots: Slots) -> bool:
    """ "The kids love this cereal, can I get two boxes?": a count asked for in a clause of its
    own, after what the message first says about the item."""
    clauses = re.split(r"[,.;!?]+\s*|\s+-+\s+", text)
    return slots.quantity is not None and any(_MAY_I_HAVE.match(c) for c in clauses)


def _adds(text: str) -> bool:
    text = _POLITE.sub("", without_habits(text))  # "I buy this every month, do you sell it?"
    return bool(ph.ADD.search(text)) and not ph.QUESTION.match(text.replace("add ", "", 1))


_NEGATED_WANT = re.compile(
    r"\b(?:don'?t|dont|do not|not|never|won'?t|wont|will not)"
    r"(?:\s+(?:(?:really|actually|even|quite|think i'?ll|feel like|want|wanna|need|plan|going"
    r"|gonna|ready)(?:\s+to)?))*\s+$"
)
"""A buy word negated, right before it or through a want ("i don't really want to buy")."""
_VAGUE_THINGS = frozenset({"thing", "things", "stuff", "few", "items", "item", "bits", "else"})


def _adds_named(text: str) -> bool:
    """ "wait, add the crew socks too" names what to add; "wait, i want to add something
    first" does not (a hesitation)."""
    said = ph.ADD.search(text)
    if said is None or buys_elsewhere(text):  # "I'll grab one in a shop instead"
        return False
    if _NEGATED_WANT.search(text[: said.start()]):
        return False  # "nvm dont order yet", "i don't want to buy it right now": a no, no add
    return any(w not in _VAGUE_THINGS for w in new_words(text[said.end() :]))


def _asks_other_variant(text: str, slots: Slots) -> bool:
    return asks_other_variant(text, option_said=bool(slots.colors or slots.size))


def _declines(text: str) -> bool:
    """A hesitation at the confirmation ("hmm wait, not yet") that names nothing to buy."""
    return bool(
        re.search(
            r"\b(?:not yet|wait|hold on|hang on|not now|later|think about it|not sure)\b", text
        )
    )


def _changes_variant(text: str, slots: Slots, cart_terms: frozenset[str]) -> bool:
    """ "Actually make that size M", "change the tee to blue", "could i get that in navy
    instead?", "i'd rather have the jacket in green": a new size or colour, same item."""
    if not (slots.size or slots.colors) or slots.quantity:
        return False
    text = without_reason(text)  # "wait size L actually, i like it baggy"
    if cp.corrects_variant(text):
        return True  # "oops I meant L not S", "wrong colour, swap it for the blue"
    colour_words = {part for said in slots.color_words for part in said.split()}  # "forest"
    if cp.takes_back_colour(text):  # "sorry, my mistake, the navy one, not olive"
        return not [w for w in new_words(text) if w not in _CORRECTION_WORDS | _OWN_WORDS]
    if _MEANT.search(text):
        return not [w for w in new_words(text) if w not in _CORRECTION_WORDS | colour_words]
    first = _FIRST_CLAUSE.split(text, maxsplit=1)[0]  # "ugh actually size L, M is too tight"
    if ph.CHANGE_VARIANT.search(first) and (size_in(first) or colors_in(first)):
        text = first
    if not ph.CHANGE_VARIANT.search(text):
        return False
    said = [w for w in new_words(text) if w not in _INTERJECTIONS | colour_words | _ASKS_FOR]
    pointed = {w for pair in _POINTED.findall(text) for w in pair}  # "the jacket" in the cart
    said = [w for w in said if not (w in pointed and set(tokenize(w)) <= cart_terms)]
    return not said or bool(re.search(r"\b(?:make|change|switch|swap|bump|go (?:up|down))\b", text))


_POINTED = re.compile(r"\b(?:the|my|that|this|those|these)\s+([\w-]+)(?:\s+([\w-]+))?")
_ASKS_FOR = frozenset({"get", "i'd", "i'll", "rather", "prefer", "take", "give", "go", "gimme"})
# "make it size M", "change that to navy", "switch the jacket to a large": a line's new variant.
_CHANGES_IT = re.compile(
    r"^\W*(?:(?:actually|ok(?:ay)?|oh|hmm+|wait|so|um|please|pls|can you|could you)\W+)*"
    r"(?:make|change|switch|swap|turn) (?:(it|that|this|them|those)|the [\w-]+(?: [\w-]+)?)\b"
)


def _changes_a_line(text: str, seen: Situation) -> bool:
    """ "Make it size M" changes a cart line; "change the colour to black" after a list may
    narrow the list instead, so only a pronoun counts once products are shown."""
    said = _CHANGES_IT.match(text)
    return bool(said and (said[1] or not seen.has_shown))


_INTERJECTIONS = frozenset(
    {
        "ugh",
        "hmm",
        "hm",
        "oh",
        "ooh",
        "ohh",
        "oops",
        "um",
        "erm",
        "argh",
        "meh",
        "ah",
        "welp",
        "wait",
        "hang",
    }
)
_FIRST_CLAUSE = re.compile(r"\s*(?:[,;.!?]+|\s-\s|\bbecause\b|\bcos\b|\bsince\b)\s*")


_LATE_QUESTION = re.compile(r"[,;]\s*(?:what'?s|whats|what|is|are|does|do|how)\b")
_REASON_AFTER = re.compile(
    r"\?\s+(?:i'?m|i am|i have|i've|i get|my|we|we're|our|he|she|he's|she's|they|they're"
    r"|because|cause|cos|since|as)\b[^?]*$"
)
"""A question followed by its reason: "any latex in it? I'm latex sensitive"."""
_HESITATION = frozenset({"wait", "yet", "hold", "hang", "later", "now", "sure", "think"})


_OTHER_THAN = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|hmm+|and|so|well|got|have you got|do you have|is there|are there)\W+)*"
    r"(?:anything|something|any|ones?|others?|an?(?: (?:bit|little|lot))? (?:\w+er|more \w+)"
    r"(?: (?:one|version|model))?)\b"
)
"""A comparative about other products: "anything cheaper than that?" is not about "that", nor
"do you have a smaller one?" about the one shown."""


_ENOUGH_QUESTION = re.compile(
    r"^\W*(?:(?:and|so|but|ok(?:ay)?|hmm+)\W+)*(?:(?:is|will|would)\s+(?:it|that|this one)\s+"
    r"(?:be\s+)?)?(?!big\b|good\b)[a-z]+ enough\b[^?]*\?\s*$"
)
"""A property asked with "enough" and no name ("warm enough for snow?", "strong enough?"): a
question about the product in view, never a search for "warm enough snow"."""


def _asks_about_product(text: str, u: Understanding) -> bool:
    refs = u.references
    if _PLURAL.search(text) and (u.slots.size or u.slots.colors) and not refs.ordinals:
        return False  # "do you have those in a medium?" narrows the list
    slots = u.slots
    comparative = slots.cheaper or slots.pricier or slots.bigger or slots.smaller
    if comparative and not refs.ordinals and _OTHER_THAN.match(text):
        return False  # "anything cheaper than that?" narrows the list
    points = bool(refs.ordinals or refs.pronoun or refs.names_product or _PART_MADE_OF.search(text))
    asks = ph.QUESTION.search(text) or _LATE_QUESTION.search(text)  # "the second one, what's…"
    asks = asks or _REASON_AFTER.search(text)
    if asks and points and (ph.DETAILS.search(text) or asked_about(text)):
        return True
    return bool(points and ph.DETAILS.search(text) and not new_words(text))


_PART_MADE_OF = re.compile(
    r"\bwhat(?:'s|s| is| are)?\s+(?:the|its|their)\s+[a-z]+(?:\s+[a-z]+)?"
    r"\s+made\s+(?:of|from|out of)\b"
    r"|\bwhat (?:material|fabric)(?:'s|s| is| are)\s+(?:the|its|their)\s+[a-z]+"
)
"""What a part of it is made of ("what are the frames made of", "what material is the strap"): a
question about the product in focus, whose part is no product to search."""


_PRICED_ONES = re.compile(
    r"\b(?:cheaper|less expensive|pricier|more expensive|higher[- ]end|more premium)\s+"
    r"(?:ones|options|models|versions|pairs)\b"
)
"""Other products asked for at another price, whatever reason follows ("show me pricier ones,
i want the best for 12 hrs on a plane"): the list shown, re-priced."""


_CHEAPEST_PLEASE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|fine|alright|right|so|just)\W+)*"
    r"(?:(?:the\s+)?(?:cheapest|least expensive)(?:\s+(?:one|of (?:those|these|them)))?"
    r"|the\s+(?:cheaper|less expensive)(?:\s+(?:one|of (?:those|these|them)))?"
    r"|(?:cheaper|less expensive)\s+(?:one|of (?:those|these|them)))"
    r"(?:\W+(?:then|please|pls|plz|thanks|thx|ty))+\W*$"
)
"""The cheaper pick said as an order, with a please or a "then" ("the cheapest one pls", "ok
cheaper one then"): the cheapest of the list goes in the cart (a question has neither). A bare
comparative ("cheaper pls") asks for cheaper ones than those listed."""


def _picks_with_options(text: str, u: Understanding) -> bool:
    """One product of the list picked by its place with a size or colour ("the first one in
    medium", "2nd one in lavender", "ok fine, the second one, L"), and nothing else said: a shop
    assistant takes that as the order. A question asks ("got it in a medium? the second one")."""
    refs = u.references
    toned = TONE_PICK.search(text)
    options = u.slots.size or u.slots.colors or toned
    if len(refs.ordinals) != 1 or not options or "?" in text:
        return False
    rest = TONE_PICK.sub(" ", text)  # "…, the darker colour": read by `tone_picks`
    for said in u.slots.color_words:  # "the second one in heather gray"
        rest = rest.replace(said, " ")
    return all(w in _SIZE_NAMES or w in _PICK_FILLER for w in new_words(rest))


_PICK_FILLER = frozenset({"fine", "then", "guess", "go", "will", "take", "please", "pls", "cool"})

_SIZE_NAMES = frozenset({"small", "medium", "large", "x-large", "xs", "xl", "xxl", "size"})
_ASKING_VERBS = frozenset({
    "come", "comes", "go", "stretch", "spend", "pay", "afford", "do", "see", "show", "get",
    "find", "look", "need", "want", "have", "got", "carry", "sell", "offer", "available",
})  # fmt: skip


_HEDGES_AND_UNITS = frozenset({
    "ideally", "preferably", "possibly", "hopefully", "pref", "pair", "pairs", "each", "apiece",
    "piece",
})  # fmt: skip
"""Words that hedge a new limit or say what its price is per ("medium ideally", "under 25 a
pair"): no product words, so the limit still narrows the list (not "white sneakers")."""


def _refines_with_words(text: str, slots: Slots) -> bool:
    """ "Anything bigger?", "ok I could stretch to 200", "do any come in purple?": a new limit
    on the list shown, in at most one word of its own, keeps the list's category. The shopper's
    reasons are not words of the request ("anything bigger? i want to fit a jacket too")."""
    for reason in slots.reasons:
        text = text.replace(reason, " ")
    extra = new_words(text)
    if slots.size:  # "do u have those in a medium": the size word is the new limit itself
        extra = [w for w in extra if w not in _SIZE_NAMES]
    if slots.bigger or slots.smaller or slots.cheaper or slots.pricier:
        return len(extra) <= 1
    return _has_filter(slots) and all(w in _ASKING_VERBS | _HEDGES_AND_UNITS for w in extra)


_NO_THEN = re.compile(r"^\W*(?:no+|nope|nah)\b")
"""A plain "no" opening a new limit; not "wait" or "hold on" ("wait is it cheaper in navy?" asks
about the line just added)."""


def _has_filter(slots: Slots) -> bool:
    return bool(
        slots.colors
        or slots.size
        or slots.price_min is not None
        or slots.price_max is not None
        or slots.cheaper
        or slots.pricier
        or slots.bigger
        or slots.smaller
    )


_ANSWER_WORDS = frozenset({
    "add", "make", "take", "get", "go", "prefer", "pick", "i'll", "i'd", "rather", "pair",
    "pairs", "colour", "color", "size", "please", "those", "ones", "them", "two", "three",
    "four", "five", "six", "seven", "eight", "nine", "ten", "couple", "fine", "great",
    "perfect", "works", "will", "want", "like", "one", "ugh", "meh", "guess", "then", "okay",
    "alright", "instead", "with", "that", "sure", "have",
    "wait", "hold", "actually", "wrong", "sorry", "oops", "whoops", "i'm", "mean", "meant",
    "wear", "need", "change", "switch", "nah", "just", "let's", "lets", "say", "mistake",
    "typo", "bad", "maybe", "probably", "think",
})  # fmt: skip
"""Words of an answer to "which size/colour?" besides the value, also when it corrects what the
pending add holds ("oh wait make it a large", "wrong size, i'm a 10", "medium i guess")."""


_ANSWER_REASON = re.compile(
    r"(?<=\w)\s*[,;.!\u2013\u2014-]+\s*(?:it'?s|it is|they'?re|they are|since|because|cause|cos)\b"
    r"[^?]*$"
)
"""Why the answer is what it is, said after it: not part of the size or colour given."""


def _answer(text: str, awaiting: dict[str, Any] | None) -> dict[str, str]:
    """Size and colour given in reply to the pending add's question; {} for any other message."""
    if asks_about_offer(text, awaiting):
        return {}  # "what about black then?" after a sold-out one: a stock question, no add
    text = _ANSWER_REASON.sub("", text)  # "the S then, it's oversized anyway": the S
    given, rest = answered_slots(text, awaiting)
    said = without_held_options(text, awaiting or {})  # "… in 10 inch then": said before
    if not given or len(said.split()) > 8 or ordinals_in(text):
        return {}
    extra = [w for w in new_words(without_wearer(rest)) if w not in _ANSWER_WORDS]
    return {} if extra else given  # "he's a 36 these days": only the wearer besides the size


def _needs(text: str) -> str:
    """What the item is for: "best for running in the rain" -> "running in the rain"."""
    match = re.search(r"\b(?:for|to)\s+(.+?)[?.!]*$", text)
    return re.split(r"\s*(?:[,;]|[.?!](?:\s|$)|\s--?\s)", match[1])[0] if match else ""


def _language(text: str) -> str:
    return next((code for code, pattern in ph.LANGUAGE.items() if pattern.search(text)), "en")


def _greeting_rest(text: str) -> str:
    return re.sub(r"^\s*\S+(?:\s+(?:there|all|everyone|friend|team))?", "", text)


_CANCEL_AGAIN = re.compile(r"^\W*(?:(?:ok(?:ay)?|yes|yeah|yep|please|just)[\s,.!]+)*cancel\b")
_KEEP_AFTER_ALL = re.compile(r"\b(?:no|not|don'?t|do not|keep|never ?mind|wait)\b")


def _cancel_said_again(text: str) -> bool:
    """Asked whether to cancel the order, "cancel it" / "cancel the ORDER. yes" is the yes (at
    the checkout's confirmation a leading "cancel" is a no); "cancel? no, keep it" is not."""
    return bool(_CANCEL_AGAIN.match(text)) and not _KEEP_AFTER_ALL.search(text)


def _changes_first(text: str) -> bool:
    """ "wait swap it to a 34 first": a line's change timed before the order (an add must name
    what it adds: "wait, i want to add something else first" is a hesitation)."""
    timed = without_timing(text)
    return timed != text and bool(re.match(r"\W*(?:swap|switch|change|make|turn)\b", timed))


def read_yes_no(text: str) -> bool | None:
    """True for a clear yes, False for a clear no or a hesitation, None for anything else."""
    lowered = " ".join(text.lower().split())
    if quantity_in(lowered) and ph.SET_QUANTITY.search(lowered):
        return None  # "wait, make it 3": a cart change, read as one
    if cp.corrected_size(lowered):
        return None  # "oh no wait i need an L not an M": the line's size changes
    if cp.count_instead(lowered):
        return None  # "no, I said 2 not 3": the line's count changes
    if edits_a_line(lowered) or _adds_named(lowered) or _changes_first(lowered):
        return None  # "wait, take the hat out first", "wait swap it to a 34 first": cart changes
    if waits_for_restock(lowered):
        return False  # "i might wait for the rust one in M to come back": not now, no change
    option_said = bool(colors_in(lowered) or size_in(lowered))
    if asks_other_variant(lowered, option_said=option_said):
        return None  # "on second thought can I have the red one": the line changes
    if asks_first(lowered) or asks_to_check_out(lowered) or asks_to_see_first(lowered):
        return None  # "wait, how much is shipping?", "ok now checkout": not the yes itself
    if unsure(lowered):
        return None  # "maybe? not sure": neither; the order is asked about again
    if (
        ph.NO.match(lowered)
        or says_no(lowered)
        or (_declines(lowered) and not ph.YES.match(lowered))
    ):
        return False
    if (ph.YES.match(lowered) or says_yes(lowered)) and not holds_a_no(lowered):
        return True
    return None
