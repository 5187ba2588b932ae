"""Builds the one `Understanding` of a message: rules, the intent classifier, then references.

Everything about reading the message happens here, once per turn, so the planner and the tools
only act on the result: understand → plan → act, never back.
"""

from __future__ import annotations

import re
from typing import Any

from agent.acknowledgements import acknowledgement_intent
from agent.asides import aside_of
from agent.budget_words import cheapest_first
from agent.buyer import name_alone
from agent.cart_lines import LineFacts, line_meant, line_offering, lines_kept
from agent.cart_money import asks_extras
from agent.cart_phrases import price_claim
from agent.chatty import (
    asks_nothing,
    kind_asked,
    points_at_list,
    request_sentences,
    says_thanks_or_bye,
    sentences,
    without_interjections,
)
from agent.checkout import is_ready
from agent.compared_pick import picks_of_two
from agent.context import Context
from agent.context_clauses import without_context
from agent.edit_clauses import edit_clauses
from agent.edit_timing import without_timing
from agent.emoji_words import with_emoji_words
from agent.free_words import free_words_of
from agent.gestures import gesture_intent
from agent.gibberish import is_gibberish
from agent.gifts import kind_beside_gift, names_only_the_recipient, read_gift
from agent.intent_model import talk_intent
from agent.intents import CONFIDENT, LIKELY, Situation, understand_message
from agent.interests import names_a_kind_besides, names_a_sold_kind
from agent.it_in_list import narrows_list
from agent.kind_scope import short_enough
from agent.kinds import judge_for, request_head, title_head
from agent.late_adds import with_add_first
from agent.like_shown import like_shown, read_like_shown
from agent.line_wishes import wished_variant
from agent.list_answers import COMES_IN, asks_yes_or_no, means_the_list
from agent.list_superlatives import ranks_the_list, superlative_in
from agent.listed_options import narrows_by_listed_option
from agent.listed_words import narrows_by_listed_word
from agent.meta_talk import about_the_talk
from agent.multilingual import in_english
from agent.named_orders import read_named_order
from agent.named_products import named_products
from agent.needs import read_need
from agent.number_words import prices_in_digits
from agent.openers import open_recommendation, starts_over, without_greeting
from agent.opinion_asks import without_opinion_ask
from agent.option_changes import option_change
from agent.phrases import ADD_TO_CART, EMPTY_CART, QUESTION, SEARCH_OPENING
from agent.pleasantries import without_thanks
from agent.price_follow_ups import prices_the_list
from agent.printed_words import without_printed_words
from agent.pronoun_questions import keep_focus_for_property
from agent.question_follow_ups import (
    asks_of_named_product,
    asks_yes_no_of_named_product,
    continues_variant_question,
    named_before,
)
from agent.references import mask_titles, quotes_a_title, resolve_products
from agent.references import named_products as named_shown
from agent.refine_features import names_listed_feature
from agent.same_titles import asks_both_of_one_title
from agent.searched_colours import keep_searched_colour
from agent.second_readings import (
    read_companion,
    read_split_order,
    read_world_question,
    takes_up_checkout,
)
from agent.shorthand import in_full, plain_shorthand, slashes_in_full
from agent.shown_pairs import read_shown_pair
from agent.size_steps import size_step, stepped_size
from agent.slots import colors_in
from agent.sold_asks import without_what_is_sold
from agent.spelling import known_words
from agent.spoken_emails import written_emails
from agent.state import ShoppingState, ShownProduct
from agent.store_questions import asks_about_the_store
from agent.swaps import says_swap, swap_meant
from agent.title_orders import lead_count, ordered_count, ordered_variant, quoted_product
from agent.title_words import short_title_words
from agent.understanding import CART_CHANGES, Intent, Understanding
from agent.variant_follow_ups import asks_other_variant, keep_asked_variant
from agent.words import asked_about, choices_asked
from catalog.sparse import tokenize

TALK_WORDS = 14
CATALOG_WORDS = 0.5
"""A message at least this much in the catalog's own words ("speakers") is shopping."""
_MAY_ORDER = {Intent.SEARCH, Intent.REFINE}
_MAY_CHANGE = _MAY_ORDER | {Intent.PRODUCT_QUESTION}
_NEVER_A_SWAP = {
    Intent.CHECKOUT, Intent.GIVE_DETAILS, Intent.CONFIRM, Intent.DECLINE, Intent.CANCEL_ORDER,
    Intent.ORDER_STATUS, Intent.PHOTO_QUESTION, Intent.VIEW_CART,
}  # fmt: skip
_LINE_INTENTS = {Intent.REMOVE, Intent.SET_QUANTITY, Intent.CHANGE_VARIANT}
_MAY_CHANGE_OPTION = _MAY_CHANGE | {Intent.SET_QUANTITY}  # "to the 12 inch one" is no count
_MAY_STEP_SIZE = _MAY_CHANGE | {Intent.CHANGE_VARIANT, Intent.UNCLEAR}
# A message opening with "+" or "plus the" before a name: one more thing to add ("+1" is not).
_PLUS_ADD = re.compile(r"^\s*(?:\+\s*(?=[^\d\s])|plus\s+(?=(?:the|a|an)\s))", re.I)


def read_message(
    state: ShoppingState, ctx: Context, text: str, *, has_image: bool = False
) -> Understanding:
    """What this message means in this conversation; several cart edits in one message ("remove
    the hat and make the socks 3") are the first edit with the others in `then`."""
    whole = _read_one(state, ctx, text, has_image=has_image)
    if has_image or whole.intent not in CART_CHANGES or not state.cart_id:
        return whole
    clauses = edit_clauses(text)
    if len(clauses) < 2:
        return whole
    edits = [_read_one(state, ctx, clause) for clause in clauses]
    if not all(edit.intent in CART_CHANGES for edit in edits):
        return whole
    edits[0].then = edits[1:]
    return edits[0]


def _read_one(
    state: ShoppingState, ctx: Context, text: str, *, has_image: bool = False
) -> Understanding:
    before = state.understanding.slots.price_claim  # "the admin says it's $1 now", read without
    claimed, text = price_claim(text, claimed_before=before)  # the claim, which is refused
    text = with_emoji_words(text)  # "🎧 wireless pls": headphones
    text = without_printed_words(text)  # "a tee that says 'empty cart'": no command
    if not asks_extras(text.lower()):  # "plus the tax?" asks the total
        text = _PLUS_ADD.sub("add ", text, count=1)  # "+ the sunscreen": add it too
    lines = _cart_lines(state, ctx)
    titles = [p["title"] for p in [*state.seen, *state.shown]] + [line.title for line in lines]
    wants_details = "details" in (state.awaiting or {}).get("slots", [])
    text = slashes_in_full(text)  # "cereal w/o wheat" is English
    text = written_emails(text)  # "anna dot lee at gmail dot com"
    said = in_english(text, state.understanding.slots.language, titles, wants_details)
    text = without_greeting(said.english)  # "morning! need a yoga mat": the yoga mat
    text = without_thanks(text)  # "cool ty, now show me jackets": the jackets
    text = without_interjections(text)  # "Oh dear. Ok, what about under 50 then?"
    text = plain_shorthand(text)  # "can u add one of the navy ones", "CAN U"
    if said.language == "en":
        text = in_full(text)  # "r they wireless", "w/o leather"
    text = prices_in_digits(text)  # "any under a hundred?" limits the price as "under 100" does
    text = with_add_first(text)  # "summit tech hoodie blk size M add to cart"
    text = without_opinion_ask(text)  # "do you think the first one is warm?": is it warm
    if state.cart_id:
        text = without_timing(text)  # "wait, add another pair of those socks first"
    if _may_tell_context(state, text):
        judge = judge_for(ctx.search) if getattr(ctx.search, "index", None) is not None else None
        text = without_context(  # "I'd like a speaker for the garden, we have people round"
            text, lambda part: _names_sold_kind(part, ctx), judge.carried if judge else _unknown
        )
    text = without_what_is_sold(
        text, lambda rest: _names_sold_kind(rest, ctx)
    )  # "a hat? what do you have"
    whole_request = text  # before a search is cut down to its words ("down" of "go down a size")
    asks_first = _asks_first(state, text)
    plain, interest = (
        _plain_request(state, text, ctx, has_image) if asks_first is None else (text, ())
    )
    searches, text = plain != text, plain
    if asks_first is None and not searches:  # "Which of those are waterproof? He walks the dog…"
        text = request_sentences(text, listed=bool(state.shown))
    situation = Situation(
        awaiting=state.awaiting,
        pending_checkout=is_ready(state.pending_checkout),
        has_shown=bool(state.shown or state.focus),
        has_cart=bool(state.cart_id),
        has_image=has_image,
        has_order=bool(state.last_order_id),
        just_added=state.understanding.intent is Intent.ADD,
        names_product=quotes_a_title(text, state.shown, state.seen),
        names_listed_word=bool(named_shown(text, state.shown, state.seen)),
        brands=_brands(ctx),
        free_words=free_words_of(ctx.search),
        short_words=short_title_words(ctx.search),
        cart_terms=_terms_of(lines),
    )
    understanding = understand_message(
        text,
        currency=ctx.settings.currency,
        situation=situation,
        masked=mask_titles(text, titles),
    )
    said.apply(understanding)
    if wants_details and understanding.intent is Intent.SEARCH and (name := _lone_name(text, ctx)):
        understanding.intent, understanding.confidence = Intent.GIVE_DETAILS, CONFIDENT
        understanding.slots.details, understanding.slots.category = {"name": name}, ""  # "dan lee"
    if asks_first is not None:
        understanding.intent, understanding.confidence = asks_first, CONFIDENT
        understanding.slots.category = ""
    elif searches and understanding.intent is not Intent.REFINE:
        understanding.intent, understanding.confidence = Intent.SEARCH, CONFIDENT  # "cooking"
        understanding.slots.interest = list(interest)  # a hiker's gift: every kind for hiking
    if understanding.intent in _MAY_ORDER and cheapest_first(understanding):  # "budget backpack"
        understanding.confidence = max(understanding.confidence, CONFIDENT)
    if _asks_what_is_left(state, text):
        understanding.intent, understanding.confidence = Intent.VIEW_CART, CONFIDENT
    read_world_question(understanding)  # before any title it quotes makes it a question
    read_companion(understanding, state)
    last = state.understanding
    if not continues_variant_question(understanding, last, state.focus) and not (
        asks_of_named_product(understanding, last, state.focus, state.shown)
    ):
        focused = ctx.search.get(state.focus) if state.focus else None  # "waterproof?"
        if not asks_yes_no_of_named_product(understanding, last, state.shown, focused):
            named = focused is not None and named_before(last, focused.id, state.shown)
            asks_other_variant(understanding, last, focused, named)  # "bother. large then?"
    if _may_name_two(understanding):
        _compare_named(understanding, ctx)
    asks_both_of_one_title(understanding, ctx.search)  # "two Everyday Crew Tees? the difference"
    if _may_name_a_product(understanding, state):
        _ask_about_catalog_product(understanding, ctx)
    if not has_image and not is_ready(state.pending_checkout):
        read_named_order(understanding, state.awaiting or {}, ctx.search)  # "<title> in black"
        read_split_order(understanding, ctx.search)  # "2 Dad Caps, one navy and one mustard"
    _read_superlative(understanding, state, ctx)  # "which is the lightest?" ranks the list
    picks_of_two(understanding, state.compared, len(state.shown))  # "the cheaper of those two?"
    if understanding.intent is Intent.SEARCH and (count := ordered_count(text, ctx.search)):
        understanding.intent, understanding.confidence = Intent.ADD, LIKELY  # "2 Ruby Red …"
        understanding.slots.quantity, understanding.slots.category = count, ""
    if understanding.intent in _MAY_ORDER and (ordered := _orders_a_variant(understanding, ctx)):
        understanding.intent, understanding.confidence = Intent.ADD, LIKELY  # "<title> in black, M"
        understanding.references.product_ids = [ordered]
        understanding.references.names_product = True
        understanding.slots.category = ""
    if understanding.intent is Intent.ADD and understanding.slots.quantity is None:
        understanding.slots.quantity = lead_count(text)  # "and 2 wool boot socks, white, M"
    if claimed:
        understanding.slots.price_claim = True  # refused in the reply; the price stays
        if understanding.intent not in CART_CHANGES | {Intent.VIEW_CART, Intent.CHECKOUT}:
            understanding.intent, understanding.confidence = Intent.OFF_TOPIC, CONFIDENT
    if understanding.intent is Intent.SEARCH and understanding.confidence < CONFIDENT:
        _classify_talk(understanding, ctx)
    if _mashes_keys(understanding, text, ctx):  # "hjkl;", "sdkfj qwrtz"
        understanding.intent, understanding.confidence = Intent.UNCLEAR, CONFIDENT
        understanding.slots.category = ""
    if understanding.intent is Intent.ACKNOWLEDGE and state.turn_order_id and asks_first is None:
        understanding.intent = Intent.CONFIRM  # a repeated yes to an order just placed
    opening = not (state.shown or state.focus or state.cart_id)
    if understanding.intent is Intent.UNCLEAR and (meant := gesture_intent(text, opening=opening)):
        understanding.intent = meant  # "👍" is an ok, "🙏" a thanks, "👋" a hello
    if _unsure_of(understanding) and (meant := acknowledgement_intent(text)):
        understanding.intent, understanding.confidence = meant, CONFIDENT  # "perfect!!", "nvm"
        understanding.slots.category = ""
    if understanding.intent is Intent.ADD and not understanding.references.names_product:
        _read_quoted_title(understanding, ctx)
    if understanding.intent in _MAY_CHANGE_OPTION and lines and not QUESTION.search(text.lower()):
        _read_option_change(understanding, lines, ctx)  # "change the skillet to the 12 inch one"
    if understanding.intent in _MAY_CHANGE and lines and _may_wish_option(text, lines, ctx):
        _read_line_wish(understanding, lines)  # "on second thoughts mustard is more her colour"
    if understanding.intent in _MAY_STEP_SIZE and lines and (step := size_step(whole_request)):
        _read_size_step(understanding, state, lines, ctx, step)  # "can i get a size up"
    if (
        not lines
        and understanding.intent not in _NEVER_A_SWAP
        and not ADD_TO_CART.search(text.lower())  # "I need to replace my trainers. Pop … in"
        and says_swap(text)
    ):
        understanding.intent, understanding.confidence = Intent.CHANGE_VARIANT, LIKELY
        understanding.slots.category = ""  # "swap that for the first one" with nothing to swap
    if lines and takes_up_checkout(understanding, state):
        understanding.intent, understanding.confidence = Intent.CHECKOUT, CONFIDENT
    _resolve(understanding, state, lines)
    keep_searched_colour(understanding, state.understanding, ctx.search)  # "add the first in L"
    keep_asked_variant(understanding, state.understanding)  # "in stock in olive XS?", "pop one in"
    if (like := like_shown(understanding, state, has_image=has_image)) is not None:
        read_like_shown(understanding, state, like)  # "anything similar to the third but cheaper"
    read_shown_pair(understanding)  # "which is warmer, the first or the third?"
    if understanding.intent is Intent.SEARCH and _names_a_listed_feature(text, state, ctx):
        understanding.intent, understanding.confidence = Intent.REFINE, LIKELY  # "only high rise"
    if _narrows_by_listed_option(understanding, state, ctx):  # "navy ones, bath sheet size"
        understanding.confidence = max(understanding.confidence, LIKELY)
    if narrows_by_listed_word(understanding, state.shown, ctx.search):
        understanding.intent, understanding.confidence = Intent.REFINE, LIKELY  # "decaf only"
    if prices_the_list(understanding, bool(state.shown), ctx.search):
        understanding.intent, understanding.confidence = Intent.REFINE, LIKELY  # "more high end?"
    by_id = {p["id"]: p["title"] for p in [*state.seen, *state.shown]}
    keep_focus_for_property(understanding, state.focus, by_id)  # "are they polarized?"
    if lines and understanding.intent not in _NEVER_A_SWAP:
        _read_swap(understanding, state, ctx, lines)
    return understanding


_POINTS = re.compile(r"\b(?:these|those|them|it|one|ones|first|second|third|last)\b", re.I)


_MAY_RANK = {Intent.SEARCH, Intent.REFINE, Intent.PRODUCT_QUESTION, Intent.COMPARE}


def _read_superlative(understanding: Understanding, state: ShoppingState, ctx: Context) -> None:
    """ "Which is the cheapest?", "which of those holds the most": a question ranking the list."""
    if len(state.shown) < 2 or understanding.intent not in _MAY_RANK:
        return
    listed = [p for shown in state.shown if (p := ctx.search.get(shown["id"])) is not None]
    measure = ranks_the_list(understanding, listed)
    if measure is not None:
        understanding.intent, understanding.confidence = Intent.PRODUCT_QUESTION, LIKELY
        understanding.slots.superlative, understanding.slots.category = measure.slot, ""


def _narrows_by_listed_option(
    understanding: Understanding, state: ShoppingState, ctx: Context
) -> bool:
    listed = [p for shown in state.shown if (p := ctx.search.get(shown["id"])) is not None]
    return narrows_by_listed_option(understanding, listed)


def _names_a_listed_feature(text: str, state: ShoppingState, ctx: Context) -> bool:
    listed = [p for shown in state.shown if (p := ctx.search.get(shown["id"])) is not None]
    return bool(listed) and names_listed_feature(text, listed)


def _unknown(head: Any) -> None:
    """Without a catalog index no kind is known to be sold or not."""


def _may_tell_context(state: ShoppingState, text: str) -> bool:
    """A new request, not details for checkout nor a follow-up on the list (chatty.py reads
    those: "Which of those are waterproof? He walks the dog in all weathers, rain or shine"),
    nor a gift read by what the recipient is into ("my brother is a keen hiker": gifts.py)."""
    if state.awaiting or is_ready(state.pending_checkout):
        return False
    if (gift := read_gift(text, listed=bool(state.shown))) is not None and gift.interest:
        return False
    return not (state.shown and points_at_list(text))


def _asks_first(state: ShoppingState, text: str) -> Intent | None:
    """A message answered in words before any search: "start over" (the search is dropped, the
    cart kept), a gift with nothing to go on, an open "what would you recommend?", a question
    about the store itself (paying, shipping, returns, where it is, a person) or an aside."""
    if starts_over(text):
        return Intent.ACKNOWLEDGE
    if asks_about_the_store(text, has_order=bool(state.last_order_id)):
        return Intent.HELP  # "do you ship to Canada?", "where are you based?", "refunds?"
    if aside := aside_of(text):  # "btw are you an AI?", "what's the weather like?"
        return Intent.GREET if aside == "how_are_you" else Intent.OFF_TOPIC
    gift = read_gift(text, listed=bool(state.shown))
    if gift is not None and not gift.search and not (state.shown and _POINTS.search(text)):
        return Intent.HELP  # "which of these should I get him?" is about the list
    if state.shown and names_only_the_recipient(text):
        return Intent.ACKNOWLEDGE  # "it's for my mum" after a list: no search for "mum"
    if not state.shown and open_recommendation(text) == "":
        return Intent.HELP
    return None


def _plain_request(
    state: ShoppingState, text: str, ctx: Context, has_image: bool = False
) -> tuple[str, tuple[str, ...]]:
    """A gift as the search for what the recipient is into (with the words that say a product
    is for it); a need said by use as the kind that serves it; an open recommendation with a
    budget as a search within the budget."""
    gift = read_gift(text, listed=bool(state.shown))
    if gift is not None and gift.search and not names_a_kind_besides(ctx.search, text, gift.said):
        return gift.search, gift.interest
    about_the_list = bool(state.shown and _POINTS.search(text))  # "which of these keeps it hot?"
    kind = None if about_the_list or has_image else kind_beside_gift(text, bool(state.shown))
    if (  # only when that makes it short enough to list one kind; a detailed goal stays whole
        kind
        and short_enough(kind)
        and names_a_sold_kind(ctx.search, kind)
        and not _drops_title_words(ctx.search, text, kind)
        and quoted_product(text, ctx.search) is None
    ):
        return kind, ()  # "a nice lamp as a housewarming present, under 100": lamps within it
    if not about_the_list and (need := read_need(text)) is not None:
        return need.request, ()  # "something to keep my coffee hot": a travel mug
    rest = open_recommendation(text)
    return (rest if rest and not state.shown else text), ()


def _drops_title_words(search: Any, text: str, kept: str) -> bool:
    """Whether words left out as context are words of the catalog's titles ("a birthday cake
    topper" where the toppers say Happy Birthday): then they may name the product."""
    if getattr(search, "index", None) is None:
        return False
    kinds = judge_for(search).index()
    dropped = set(tokenize(text)) - set(tokenize(kept))
    return any(term in kinds.modifies or term in kinds.kinds for term in dropped)


def _read_quoted_title(understanding: Understanding, ctx: Context) -> None:
    """ "Also add a Coconut Curl Shampoo, the 8 fl oz one": the title quoted, not the shampoo
    in focus that "the … one" would point at."""
    product = quoted_product(understanding.text, ctx.search)
    if product is not None:
        understanding.references.product_ids = [product.id]
        understanding.references.names_product = True


def _read_option_change(understanding: Understanding, lines: list[LineFacts], ctx: Context) -> None:
    """ "Actually the 12 in": another value of one cart line's option (its size, capacity)."""
    change = option_change(understanding.text, lines, ctx.search)
    if change is None:
        return
    product_id, values = change
    if understanding.intent is Intent.SET_QUANTITY:
        understanding.slots.quantity = understanding.slots.change_by = None
    understanding.intent, understanding.confidence = Intent.CHANGE_VARIANT, LIKELY
    understanding.references.line_product_ids = [product_id]
    understanding.slots.size = values.get("size") or understanding.slots.size
    understanding.slots.category = ""


def _may_wish_option(text: str, lines: list[LineFacts], ctx: Context) -> bool:
    """No search ("show me …"), no question but "can I get …", no kind besides the cart's."""
    lowered = text.lower()
    if SEARCH_OPENING.search(lowered) or (
        QUESTION.search(lowered) and not _GET_INSTEAD.search(lowered)
    ):
        return False
    own = {t for line in lines for t in tokenize(" ".join([line.title, *line.category]))}
    return not _names_sold_kind(" ".join(t for t in tokenize(text) if t not in own), ctx)


_GET_INSTEAD = re.compile(r"\b(?:can|could|may) i (?:get|have)\b.*\binstead\b")


def _read_line_wish(understanding: Understanding, lines: list[LineFacts]) -> None:
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


def _read_size_step(
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


def _read_swap(
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


def _orders_a_variant(understanding: Understanding, ctx: Context) -> str | None:
    slots = understanding.slots
    product = ordered_variant(understanding.text, slots.colors, slots.size, ctx.search)
    return product.id if product is not None else None


def _may_name_a_product(understanding: Understanding, state: ShoppingState) -> bool:
    """A question that may be about one product by name, not about anything listed."""
    if understanding.intent not in {Intent.SEARCH, Intent.PRODUCT_QUESTION, Intent.REFINE}:
        return False
    text = understanding.text.lower()
    asks = QUESTION.search(text) or _ASKS_INSIDE.search(text) or _SPEC_ENDS.search(text)
    if not asks or understanding.references.ordinals:
        return False
    return not (
        understanding.intent is Intent.PRODUCT_QUESTION
        and state.shown
        and (understanding.references.pronoun or understanding.references.names_product)
        and not _opens_with_another_name(text, state.shown)
    )


def _opens_with_another_name(text: str, shown: list[ShownProduct]) -> bool:
    """ "the stoneware diner mug, it is ok for dishwasher?": the message opens by naming
    something none of the listed titles holds, so "it" is that, not one of the list."""
    opening = re.match(r"\W*the\s+([^,;:?!]+)[,;:]", text)
    said = set(tokenize(opening[1])) if opening else set()
    listed = {t for product in shown for t in tokenize(product["title"])}
    return len(said) >= 2 and not said & listed


_ASKS_INSIDE = re.compile(
    r"\b(?:tell me|how'?s|hows|how much)\b|\?|\b(?:y/n|yes/no|yes or no)\b"  # "waterproof y/n"
    r"|(?:[,;:.!-]\s*|\band\s+)(?:what|which|how|is|are|does|do|can|will)\b"
    r"|\b(?:can|could|does|do|will|is)\s+(?:u|you|i|it|they)\b(?!.*\b(?:find|show|get|recommend|suggest)\b)"
)
"""A question after the product's name: "the Numpad Keyboard - what switches does it have"."""
_SPEC_ENDS = re.compile(
    r"\b(?:case size|size chart|battery(?: life)?|net weight|weight|capacity|drop|dimensions"
    r"|specs?|wattage|thickness|ingredients|in stock|available)\W*$"
)
"""A product's name then the spec asked, typed without a question: "diver 200m watch case size"."""
_TWO_NAMED = {Intent.COMPARE, Intent.SEARCH, Intent.PRODUCT_QUESTION, Intent.RECOMMEND}
_EITHER = re.compile(r"\b(?:or|vs\.?|versus)\b")
_DIFFERENCE = re.compile(r"\b(?:difference|differ|differs|diff)\b")
_BOTH = re.compile(r"\b(?:or|vs\.?|versus|compared? (?:to|with)|and|with)\b")


def _may_name_two(understanding: Understanding) -> bool:
    """ "Tempo glide 4 vs airstep 2, which has more drop?": two products named, not listed."""
    if understanding.intent not in _TWO_NAMED or understanding.references.ordinals:
        return False
    text = understanding.text.lower()
    if understanding.intent is Intent.COMPARE or _DIFFERENCE.search(text):
        return bool(_BOTH.search(text))  # "the difference between the X and the Y"
    asks = QUESTION.search(text) or re.search(r"\bwhich\b", text)
    return bool(asks and _EITHER.search(text))


def _compare_named(understanding: Understanding, ctx: Context) -> None:
    """Two or more products named by title: compare those (a recommendation weighs them)."""
    named = named_products(understanding.text, ctx.search)
    if not named:
        return
    if understanding.intent is not Intent.RECOMMEND:
        understanding.intent, understanding.confidence = Intent.COMPARE, 0.8
    understanding.references.product_ids = [p.id for p in named]
    understanding.references.names_product = True
    understanding.slots.category = ""


def _ask_about_catalog_product(understanding: Understanding, ctx: Context) -> None:
    """ "What's the heavyweight pocket tee made of?": the product whose title it quotes."""
    text = understanding.text
    opening = SEARCH_OPENING.search(text.lower())
    hits = ctx.search.search(text, limit=5, parse=False).hits  # "in red" must not filter it out
    ruled_out = understanding.negations  # "vegan sneakers? no leather" names no Leather Sneaker
    said = set(tokenize(text)) - set(tokenize(" ".join([*ruled_out.materials, *ruled_out.words])))
    best, best_share = None, 0.0
    for hit in hits:
        title = set(tokenize(hit.product.title))
        share = len(title & said) / len(title) if title else 0.0
        if not (title & said) - _kind_terms(hit.product):
            continue  # "do you guys sell duffel bags?" names a kind, not the Weekender Duffel Bag
        if _asks_for_many(text, hit.product):
            continue  # "any rain jackets under a hundred?": a list, not the Stormline Rain Jacket
        if len(title & said) >= 2 and share > best_share:
            best, best_share = hit.product, share
    lowered = ""
    if best is None or best_share < (0.8 if opening else 0.6):
        best = _named_by_its_name(hits, said, text)  # "do the trailblazer 3 come in orange?"
        lowered = _without_name(text.lower(), best.title) if best is not None else ""
    if best is None:
        return
    lowered = lowered or mask_titles(text, [best.title]).lower()
    understanding.intent, understanding.confidence = Intent.PRODUCT_QUESTION, 0.8
    understanding.references.product_ids = [best.id]
    understanding.references.names_product = True
    understanding.slots.asked = asked_about(lowered)
    understanding.slots.options_asked = choices_asked(lowered)
    understanding.slots.category = ""


def _asks_for_many(text: str, product: Any) -> bool:
    """The request names the product's kind in the plural and no "the": "any rain jackets?" asks
    for jackets, not about the one titled Rain Jacket (though "the trail shoes" may mean one)."""
    head, kind = request_head(text), title_head(product.title)
    if kind is None or re.search(r"\b(?:the|these|those)\b", text.lower()):
        return False
    if superlative_in(text) is not None and re.search(rf"\b{re.escape(kind)}e?s\b", text.lower()):
        return not kind.endswith("s")  # "which of your tinted lip balms is cheapest?": a ranking
    if head is None:
        return False
    return head.word != kind and head.word.rstrip("s") == kind and not kind.endswith("s")


def _without_name(text: str, title: str) -> str:
    """The question less the run of title words that names the product ("is the trailblazer 3
    waterproof?" asks "waterproof", not "3 waterproof")."""
    words = set(tokenize(title))
    runs = [m for m in re.finditer(r"[a-z0-9]+(?:\s+[a-z0-9]+)*", text)]
    best = ""
    for run in runs:
        span: list[str] = []
        for word in run[0].split():
            span = [*span, word] if set(tokenize(word)) <= words and tokenize(word) else []
            if len(" ".join(span)) > len(best):
                best = " ".join(span)
    return text.replace(best, " ", 1) if best else text


def _named_by_its_name(hits: list[Any], said: set[str], text: str) -> Any:
    """The one product whose own name (its title less its kind's words: "Trailblazer 3" of
    Trailblazer 3 Trail Running Shoe) is said in full, at least two terms or one of six letters,
    when no other hit's title holds that name."""
    for hit in hits:
        title = set(tokenize(hit.product.title))
        name = title - _kind_terms(hit.product)
        if not name or not name <= said or (len(name) < 2 and len(max(name, key=len)) < 6):
            continue
        if any(name <= set(tokenize(h.product.title)) for h in hits if h is not hit):
            continue
        return hit.product
    return _named_by_its_word(hits, said, text)


_DEFINITE = frozenset({"the", "this", "that", "your", "ur"})
"""A particular product, not a kind: "the rolltop backpack", never "a throw blanket"."""


def _named_by_its_word(hits: list[Any], said: set[str], text: str) -> Any:
    """The one product whose kind is said right after "the" and a word of its name that no
    other hit's title holds ("how big is the rolltop backpack?": Rolltop 28L Backpack; "a duffel
    bag that fits a weekend away" names no Weekend Tote Bag, "a throw blanket maybe?" no Chunky
    Knit Throw Blanket)."""
    found = []
    plain = re.findall(r"[a-z0-9'-]+", text.lower())
    spoken = [tokenize(word) for word in plain]
    for hit in hits:
        title = set(tokenize(hit.product.title))
        kind = title & _kind_terms(hit.product)
        words = {w for w in title - kind if len(w) >= 5 and not w.isdigit()}
        others = [set(tokenize(h.product.title)) for h in hits if h is not hit]
        named = any(
            plain[i - 1] in _DEFINITE and set(spoken[i]) & words and set(spoken[i + 1]) & kind
            for i in range(1, len(spoken) - 1)
        )
        if named and not any(words & said & other for other in others):
            found.append(hit.product)
    return found[0] if len(found) == 1 else None


def _kind_terms(product: Any) -> set[str]:
    """The words of a product's category path and its title's head noun."""
    head = title_head(product.title)
    words = [*product.category, head or ""]
    return {term for text in words for term in tokenize(text)}


def _mashes_keys(understanding: Understanding, text: str, ctx: Context) -> bool:
    """A search the rules were unsure of, made of words no list knows: keyboard mashing."""
    if understanding.intent is not Intent.SEARCH or understanding.confidence >= CONFIDENT:
        return False
    return is_gibberish(text, known_words(ctx.search))


def _unsure_of(understanding: Understanding) -> bool:
    """Only a guess so far: nothing understood, a search the rules were unsure of, or a
    question about the list guessed from a message with no words of its own ("perfect!!")."""
    if understanding.intent is Intent.UNCLEAR:
        return True
    if understanding.intent is Intent.PRODUCT_QUESTION:
        return understanding.confidence < LIKELY
    return understanding.intent is Intent.SEARCH and understanding.confidence < CONFIDENT


def _classify_talk(understanding: Understanding, ctx: Context) -> None:
    """A message the rules call a search may be small talk; never one in the catalog's words."""
    encoder = getattr(ctx.search, "encoder", None)
    if encoder is None:
        return
    if len(understanding.text.split()) > TALK_WORDS:
        _read_long_talk(understanding, ctx)  # a long message asks, unless no sentence does
        return
    if _names_sold_kind(kind_asked(understanding.text), ctx):
        return  # "what juices do you have?" asks for juice, however short
    talk_only = about_the_talk(understanding.text)  # "sorry, my cat walked on the keyboard"
    if ctx.search.lexical_coverage(understanding.text) >= CATALOG_WORDS and not talk_only:
        return
    embed = getattr(ctx.search, "text_vector", None)  # shared with the search's own encoding
    intent, confidence = talk_intent(encoder, understanding.text, embed=embed)
    if intent is Intent.SEARCH and talk_only:  # names keyboards but asks for none: unclear
        intent, confidence = Intent.UNCLEAR, CONFIDENT
    if intent is not Intent.SEARCH:
        understanding.intent, understanding.confidence = intent, confidence
        understanding.source = "classifier"
        understanding.slots.category = ""


def _names_sold_kind(text: str, ctx: Context) -> bool:
    """Whether a word of the text names what the catalog sells: a title's or category's word."""
    if not text or getattr(ctx.search, "index", None) is None:
        return False
    kinds = judge_for(ctx.search).index()
    return any(t in kinds.heads or t in kinds.kinds or t in kinds.compounds for t in tokenize(text))


def _lone_name(text: str, ctx: Context) -> str:
    """A message that is only a name ("dan lee") while details are wanted; a colour or a kind
    the catalog sells ("blue hat") makes it a request."""
    name = name_alone(text)
    return "" if not name or colors_in(text.lower()) or _names_sold_kind(text, ctx) else name


def _read_long_talk(understanding: Understanding, ctx: Context) -> None:
    """ "Good morning! I've just sat down with my first cup of coffee": no sentence asks and no
    kind is named outside a context phrase, so it is talk (a thanks and goodbye, or a hello)."""
    if getattr(ctx.search, "index", None) is None:
        return

    def names_kind(text: str) -> bool:
        return _names_sold_kind(text, ctx)

    slots = understanding.slots
    if slots.price_min is not None or slots.price_max is not None or slots.size or slots.colors:
        return  # "nothing fancy, a plain white tee in a medium": narrowed, so asked
    if asks_nothing(understanding.text, names_kind):
        thanks = says_thanks_or_bye(understanding.text)
        understanding.intent = Intent.THANKS_BYE if thanks else Intent.GREET
        understanding.confidence, understanding.source = LIKELY, "rules"
        understanding.slots.category = ""


def _resolve(understanding: Understanding, state: ShoppingState, lines: list[LineFacts]) -> None:
    refs = understanding.references
    if _about_the_list(understanding, state):
        refs.shown_list, refs.product_ids = True, []
        return
    refs.product_ids = refs.product_ids or resolve_products(
        understanding, state.shown, compared=state.compared, focus=state.focus, seen=state.seen
    )
    if narrows_list(understanding, state.shown):  # "do you have it in blue" after hoodies
        understanding.intent = Intent.REFINE
    if understanding.intent is Intent.REMOVE and EMPTY_CART.search(understanding.text.lower()):
        kept = lines_kept(understanding.text, lines)  # "everything except the socks"
        refs.line_product_ids = [ln.product_id for ln in lines if ln.product_id not in kept]
    elif understanding.slots.each and understanding.intent is Intent.SET_QUANTITY:
        refs.line_product_ids = [line.product_id for line in lines]  # "make it 2 of each"
    elif understanding.intent in _LINE_INTENTS and not refs.line_product_ids:
        meant = _line_by_position(understanding, state, lines) or line_meant(
            understanding, lines, refs.product_ids, state.focus
        )
        if understanding.intent is Intent.CHANGE_VARIANT:
            meant = line_offering(understanding, lines, meant)  # "it" in forest green: the jacket
        refs.line_product_ids = [meant] if meant else []
        more = understanding.slots.change_by or 0
        if meant is None and more > 0:  # "add another tee" with no tee in the cart: a new item
            understanding.intent = Intent.ADD
            understanding.slots.quantity, understanding.slots.change_by = more, None
    if understanding.intent is Intent.CANCEL_ORDER:
        refs.order_id = (state.awaiting or {}).get("order_id") or state.last_order_id


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


def _asks_what_is_left(state: ShoppingState, text: str) -> bool:
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


def _about_the_list(understanding: Understanding, state: ShoppingState) -> bool:
    """A question with a plural reference to the list shown ("are they wireless?")."""
    refs, slots = understanding.references, understanding.slots
    if refs.ordinals or refs.product_ids or refs.names_product or slots.options_asked:
        return False
    if slots.superlative:
        return True  # "which is the cheapest?" ranks the list
    if slots.cheaper or slots.pricier or slots.bigger or slots.smaller:
        return False  # "those are a bit much, anything cheaper?" narrows the list
    if COMES_IN.search(understanding.text.lower()):
        return False  # "do any of them come decaf?" asks for those that do: a narrower list
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


def resolve_references(understanding: Understanding, state: ShoppingState, ctx: Context) -> None:
    """Resolve again after another reader (the hybrid planner's model) changed the intent."""
    _resolve(understanding, state, _cart_lines(state, ctx))


def _cart_lines(state: ShoppingState, ctx: Context) -> list[LineFacts]:
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
            )
        )
    return facts


def _terms_of(lines: list[LineFacts]) -> frozenset[str]:
    """The terms naming the cart's lines: their titles' and categories' words."""
    names = [name for line in lines for name in [line.title, *line.category]]
    return frozenset(term for name in names for term in tokenize(name))


def _brands(ctx: Context) -> frozenset[str]:
    index: Any = getattr(ctx.search, "index", None)
    if index is None:
        return frozenset()
    try:
        return frozenset(index.vocabulary().brands)
    except AttributeError:
        return frozenset()
