"""The cart lines a message is about: a line's other option, size step or swap, and the
references resolved against the list shown and the cart."""

from __future__ import annotations

import re

from agent.cart_lines import LineFacts, line_by_price, line_meant, line_offering, lines_kept
from agent.chatty import sentences
from agent.context import Context
from agent.intents import LIKELY
from agent.it_in_list import narrows_list
from agent.line_wishes import wished_variant
from agent.list_answers import COMES_IN, asks_yes_or_no, means_the_list
from agent.listed_colours import asks_listed_colours
from agent.option_changes import option_change, reverted_values
from agent.phrases import EMPTY_CART, QUESTION, SEARCH_OPENING
from agent.reader_talk import names_sold_kind
from agent.references import resolve_products
from agent.sale_asks import asks_which_on_sale
from agent.size_steps import stepped_size
from agent.state import ShoppingState
from agent.swaps import swap_meant
from agent.understanding import CART_CHANGES, Intent, Understanding
from agent.words import asked_about
from catalog.sparse import tokenize

_LINE_INTENTS = {Intent.REMOVE, Intent.SET_QUANTITY, Intent.CHANGE_VARIANT}


def read_option_change(
    understanding: Understanding, lines: list[LineFacts], ctx: Context, *, touched: bool = False
) -> None:
    """ "Actually the 12 in": another value of one cart line's option (its size, capacity)."""
    change = option_change(understanding.text, lines, ctx.search, touched=touched)
    if change is None:
        return
    product_id, values = change
    if understanding.intent is Intent.SET_QUANTITY:
        understanding.slots.quantity = understanding.slots.change_by = None
    understanding.intent, understanding.confidence = Intent.CHANGE_VARIANT, LIKELY
    understanding.references.line_product_ids = [product_id]
    understanding.slots.size = values.get("size") or understanding.slots.size
    understanding.slots.category = ""


def read_revert(understanding: Understanding, state: ShoppingState, ctx: Context) -> None:
    """ "Hmm no, switch it back": the line the last turn changed, in the variant it had."""
    was = state.changed_from
    if state.understanding.intent is not Intent.CHANGE_VARIANT or not was:
        return
    slots = understanding.slots
    if understanding.intent is Intent.CHANGE_VARIANT and (slots.size or slots.colors):
        return  # "switch it back to the 10 inch": the value is said
    values = reverted_values(understanding.text, was, ctx.search.get(was["product_id"]))
    if not values:
        return
    understanding.intent, understanding.confidence = Intent.CHANGE_VARIANT, LIKELY
    understanding.references.line_product_ids = [was["product_id"]]
    slots.size = values.get("size")
    slots.colors = slots.color_words = [values["color"].lower()] if "color" in values else []
    slots.quantity = slots.change_by = None
    slots.category = ""


def may_wish_option(text: str, lines: list[LineFacts], ctx: Context) -> bool:
    """No search ("show me …"), no question but "can I get …", no kind besides the cart's."""
    lowered = text.lower()
    if SEARCH_OPENING.search(lowered) or (
        QUESTION.search(lowered) and not _GET_INSTEAD.search(lowered)
    ):
        return False
    own = {t for line in lines for t in tokenize(" ".join([line.title, *line.category]))}
    return not names_sold_kind(" ".join(t for t in tokenize(text) if t not in own), ctx)


_GET_INSTEAD = re.compile(r"\b(?:can|could|may) i (?:get|have)\b.*\binstead\b")


def read_line_wish(understanding: Understanding, lines: list[LineFacts]) -> None:
    slots = understanding.slots
    wish = wished_variant(understanding.text, slots.color_words, slots.quantity, lines)
    if wish is None:
        return
    product_id, values = wish
    understanding.intent, understanding.confidence = Intent.CHANGE_VARIANT, LIKELY
    understanding.references.line_product_ids = [product_id]
    if "size" in values:
        slots.size = values["size"].upper()
    if "color" not in values:
        slots.colors, slots.color_words = [], []
    slots.category = slots.kind = ""
    understanding.references.ordinals = []  # "on second thoughts" picks nothing


def read_size_step(
    understanding: Understanding,
    state: ShoppingState,
    lines: list[LineFacts],
    ctx: Context,
    step: int,
) -> None:
    """ "A size up", "the smaller one": the line meant, in its next size up or down."""
    refs = understanding.references
    if refs.ordinals:
        return  # "the first one in a bigger size" is about the list
    meant = line_meant(understanding, lines, refs.product_ids, state.focus)
    in_cart = [line.product_id for line in lines]
    if meant is None:  # "go down a size": no line named, so the one in focus or the only one
        meant = state.focus if state.focus in in_cart else in_cart[0] if len(lines) == 1 else None
    same = [line for line in lines if line.product_id == meant]
    if len(same) != 1:  # two sizes of one product in the cart: which to step is not ours to guess
        return
    line, product = same[0], ctx.search.get(meant) if meant else None
    if product is None:
        return
    size = stepped_size(product, line.variant_title, step)
    if size is None:
        return
    understanding.intent, understanding.confidence = Intent.CHANGE_VARIANT, LIKELY
    refs.line_product_ids = [line.product_id]
    understanding.slots.size, understanding.slots.category = size, ""
    understanding.slots.bigger = understanding.slots.smaller = False


def read_swap(
    understanding: Understanding, state: ShoppingState, ctx: Context, lines: list[LineFacts]
) -> None:
    """ "Switch it for the Alignment Lines mat instead": an add that replaces one line."""
    swap = swap_meant(understanding.text, lines, state.shown, ctx.search, state.focus)
    if swap is None:
        return
    refs = understanding.references
    refs.product_ids, refs.line_product_ids = [swap[1]], [swap[0]]
    refs.replaces, refs.names_product = swap[0], True
    understanding.intent, understanding.confidence = Intent.ADD, LIKELY
    understanding.slots.category = ""


def resolve(understanding: Understanding, state: ShoppingState, lines: list[LineFacts]) -> None:
    refs = understanding.references
    if _about_the_list(understanding, state):
        refs.shown_list, refs.product_ids = True, []
        return
    refs.product_ids = refs.product_ids or resolve_products(
        understanding,
        state.shown,
        compared=state.compared,
        focus=state.focus,
        seen=state.seen,
        lists=[entry["shown"] for entry in state.kind_lists],
    )
    if _asks_which_by_price(understanding):
        understanding.intent, understanding.slots.category = Intent.PRODUCT_QUESTION, ""
    if _colours_of_the_list(understanding, state):  # "what colours does it come in?"
        understanding.intent, refs.shown_list = Intent.PRODUCT_QUESTION, True
        return
    if narrows_list(understanding, state.shown):  # "do you have it in blue" after hoodies
        understanding.intent = Intent.REFINE
    if understanding.intent is Intent.REMOVE and EMPTY_CART.search(understanding.text.lower()):
        kept = lines_kept(understanding.text, lines)  # "everything except the socks"
        refs.line_product_ids = [ln.product_id for ln in lines if ln.product_id not in kept]
    elif understanding.slots.each and understanding.intent is Intent.SET_QUANTITY:
        refs.line_product_ids = [line.product_id for line in lines]  # "make it 2 of each"
    elif understanding.intent in _LINE_INTENTS and not refs.line_product_ids:
        meant = (
            _line_by_position(understanding, state, lines)
            or line_by_price(understanding.text, lines)
            or line_meant(understanding, lines, refs.product_ids, state.focus)
        )
        if understanding.intent is Intent.CHANGE_VARIANT:
            meant = line_offering(understanding, lines, meant)  # "it" in forest green: the jacket
        refs.line_product_ids = [meant] if meant else []
        more = understanding.slots.change_by or 0
        if meant is None and more > 0:  # "add another tee" with no tee in the cart: a new item
            understanding.intent = Intent.ADD
            understanding.slots.quantity, understanding.slots.change_by = more, None
    if (times := understanding.slots.times) and understanding.intent is Intent.SET_QUANTITY:
        meant_ids = refs.line_product_ids or (
            [str(state.focus)] if any(ln.product_id == state.focus for ln in lines) else []
        )
        meant_ids = meant_ids or [ln.product_id for ln in lines][: len(lines) == 1]
        counts = [ln.quantity for ln in lines if meant_ids and ln.product_id == meant_ids[0]]
        if counts:  # "double it": the line's count × 2
            understanding.slots.quantity = max(1, round(counts[0] * times))
            refs.line_product_ids = meant_ids[:1]
    if understanding.intent is Intent.CANCEL_ORDER:
        refs.order_id = (state.awaiting or {}).get("order_id") or state.last_order_id


_WHICH = re.compile(r"\bwhich\b(?!.*\bthan\b)")


def _asks_which_by_price(understanding: Understanding) -> bool:
    """ "Which of the kettles was cheaper again?": a question naming the one picked by price,
    not a search of cheaper kettles."""
    slots = understanding.slots
    return (
        understanding.intent in {Intent.SEARCH, Intent.REFINE}
        and (slots.cheaper or slots.pricier)
        and len(understanding.references.product_ids) == 1
        and slots.price_min is None
        and slots.price_max is None
        and bool(_WHICH.search(understanding.text.lower()))
    )


_CART_LISTED = {Intent.VIEW_CART, Intent.REMOVE, Intent.SET_QUANTITY}
# "the second one", "the last item", "number 2": a place in a list ("take the tea out first"
# is no place).
_PLACE = re.compile(
    r"\b(?:the|that) (?:first|second|third|fourth|fifth|sixth|last|1st|2nd|3rd|4th|5th|6th)"
    r"(?: (?:one|item|line|thing|product))?\b|(?:#|\bnumber |\bitem |\bno\. ?)\d\b"
)
# "whats in it now", "what's left?", "so what's in there": the cart again, right after a cart turn.
_WHAT_IS_LEFT = re.compile(
    r"^\W*(?:(?:so|ok(?:ay)?|and|now|hmm)\W+)*(?:what'?s|whats|what is|what do i have)"
    r" (?:in (?:it|there)|left)(?: (?:now|then|in (?:it|there)))?\W*$"
)


def asks_what_is_left(state: ShoppingState, text: str) -> bool:
    previous = state.understanding.intent
    cart_turn = previous in CART_CHANGES or previous is Intent.VIEW_CART
    return cart_turn and bool(_WHAT_IS_LEFT.match(text.lower()))


def _line_by_position(
    understanding: Understanding, state: ShoppingState, lines: list[LineFacts]
) -> str | None:
    """ "Take the second one out" right after the cart was listed (or with no list shown): the
    line at that place in the cart."""
    ordinals = understanding.references.ordinals
    if len(ordinals) != 1 or not lines or not _PLACE.search(understanding.text.lower()):
        return None
    if state.shown and state.understanding.intent not in _CART_LISTED:
        return None
    position = ordinals[0]
    if position == -1:
        return lines[-1].product_id
    return lines[position - 1].product_id if 1 <= position <= len(lines) else None


def _colours_of_the_list(understanding: Understanding, state: ShoppingState) -> bool:
    """The colours of "it" asked right after a list where "it" is none of them in particular."""
    refs = understanding.references
    return (
        len(state.shown) > 1
        and state.focus is None
        and understanding.intent in {Intent.PRODUCT_QUESTION, Intent.REFINE}
        and not (refs.product_ids or refs.ordinals or refs.names_product)
        and asks_listed_colours(understanding.text)
    )


def _about_the_list(understanding: Understanding, state: ShoppingState) -> bool:
    """A question with a plural reference to the list shown ("are they wireless?")."""
    refs, slots = understanding.references, understanding.slots
    if refs.ordinals or refs.product_ids or refs.names_product:
        return False
    if slots.options_asked:
        return False
    if slots.superlative:
        return True  # "which is the cheapest?" ranks the list
    if slots.cheaper or slots.pricier or slots.bigger or slots.smaller:
        return False  # "those are a bit much, anything cheaper?" narrows the list
    if COMES_IN.search(understanding.text.lower()):
        return False  # "do any of them come decaf?" asks for those that do: a narrower list
    if len(state.shown) > 1 and asks_which_on_sale(understanding.text):
        understanding.intent, slots.category = Intent.PRODUCT_QUESTION, ""
        return True  # "ok which ones are on sale": the listed ones that are
    if not means_the_list(understanding.text, len(state.shown), state.focus):
        return False
    priced = slots.price_min is not None or slots.price_max is not None
    last = sentences(understanding.text)[-1]  # "those are pricey. what about under 100 then?"
    if priced and not (means_the_list(last, len(state.shown), None) or asks_yes_or_no(last)):
        understanding.intent = Intent.REFINE  # asks for others under 100, not of those shown
        return False
    if understanding.intent is Intent.PRODUCT_QUESTION:
        return True
    if understanding.intent is not Intent.REFINE or not asks_yes_or_no(understanding.text):
        return False
    if slots.price_min is None and slots.price_max is None:
        return False  # "do any of them come decaf?", "those in a medium?" narrow the list
    understanding.intent = Intent.PRODUCT_QUESTION  # "are all of these under $50?"
    slots.asked, slots.category = asked_about(understanding.text.lower()), ""
    return True


def cart_lines(state: ShoppingState, ctx: Context) -> list[LineFacts]:
    if not state.cart_id:
        return []
    cart = ctx.commerce.get_cart(state.cart_id)
    facts = []
    for line in cart.lines:
        product = ctx.search.get(line.product_id)
        facts.append(
            LineFacts(
                product_id=line.product_id,
                title=line.title,
                category=list(product.category) if product else [],
                variant_title=line.variant_title or "",
                values=frozenset(
                    value.lower() for v in product.variants for value in v.options.values()
                )
                if product
                else frozenset(),
                quantity=line.quantity,
                price=line.unit_price.amount,
            )
        )
    return facts


def terms_of(lines: list[LineFacts]) -> frozenset[str]:
    """The terms naming the cart's lines: their titles' and categories' words."""
    names = [name for line in lines for name in [line.title, *line.category]]
    return frozenset(term for name in names for term in tokenize(name))
