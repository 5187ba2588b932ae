"""Builds the one `Understanding` of a message: rules, the intent classifier, then references.

Everything about reading the message happens here, once per turn, so the planner and the tools
only act on the result: understand → plan → act, never back.
"""

from __future__ import annotations

import re
from typing import Any

from agent.acknowledgements import acknowledgement_intent
from agent.added_options import read_added_options
from agent.asides import aside_of
from agent.authenticity_asks import asks_real_or_fake
from agent.back_to_pointers import back_to_named
from agent.bare_property_questions import asks_property_of_it
from agent.body_changes import gained_not_put_on
from agent.both_picks import read_both_picks
from agent.brand_picks import read_brand_pick
from agent.budget_words import cheapest_first
from agent.carried_questions import carry_last_question
from agent.cart_lines import LineFacts
from agent.cart_money import asks_extras
from agent.cart_phrases import price_claim
from agent.chatty import points_at_list, request_sentences, sentences, without_interjections
from agent.checkout import is_ready
from agent.checkout_picks import read_checkout_pick
from agent.child_wishes import asks_for_a_child
from agent.colour_glosses import without_colour_gloss
from agent.colour_picks import read_colour_pick
from agent.colour_suffixes import colours_plain
from agent.comparative_follow_ups import base_words, compares_to_the_list
from agent.compared_pick import picks_of_two, takes_compared_pick, takes_measured_pick
from agent.context import Context
from agent.context_clauses import without_context
from agent.correction_leads import without_correction_lead, without_restating
from agent.count_answers import asks_count_of_focus
from agent.count_corrections import read_count_not_size
from agent.counted_picks import read_counted_pick
from agent.described_kinds import with_kinds_named
from agent.described_values import values_as_recorded
from agent.dictated_words import as_meant
from agent.discourse_openers import without_opener
from agent.dropped_lines import read_dropped_line, read_one_kept
from agent.each_kind_picks import read_one_of_each_kind
from agent.earlier_colours import earlier_colour_named
from agent.earlier_pointers import earlier_named
from agent.edit_clauses import edit_clauses
from agent.edit_reasons import change_asked_last, edit_without_reason
from agent.edit_timing import without_timing
from agent.emoji_words import with_emoji_words
from agent.first_errands import first_errand
from agent.free_shipping_gap import asks_free_shipping_gap
from agent.free_words import free_words_of
from agent.gestures import gesture_intent
from agent.gifts import kind_beside_gift, names_only_the_recipient, read_gift, without_kit
from agent.half_sizes import halves_in_digits
from agent.hesitations import without_hesitation
from agent.how_tos import PAY_STEPS, how_to_answer
from agent.hurry_asides import without_hurry
from agent.instead_asks import asks_to_see_instead
from agent.intents import CONFIDENT, LIKELY, Situation, understand_message
from agent.interests import names_a_kind_besides, names_a_sold_kind
from agent.item_readings import read_item_parts
from agent.joined_answers import joined_answer
from agent.just_the_one import read_just_the_one
from agent.kind_firsts import kind_first
from agent.kind_ones import kind_ones_named
from agent.kind_scope import short_enough
from agent.kinds import judge_for, request_head
from agent.kinds_asked_after_a_list import kind_asked_of_the_store
from agent.kit_leads import labelled_piece, without_kit_lead
from agent.label_answers import asks_about_label
from agent.late_adds import with_add_first
from agent.later_names import later_name
from agent.lead_ins import add_clause
from agent.like_named import like_named, read_like_named
from agent.like_shown import like_shown, read_like_shown
from agent.line_corrections import note_removed, read_correction
from agent.line_recipients import read_recipient_line
from agent.line_splits import read_line_split
from agent.list_limits import limits_the_list
from agent.list_moves import list_move
from agent.list_narrowings import narrows_the_list
from agent.list_superlatives import ranks_the_list
from agent.listed_options import narrows_by_listed_option
from agent.listed_words import narrows_by_listed_word
from agent.look_completions import read_look_completion
from agent.multilingual import in_english
from agent.named_colours import colour_names_of, without_named_colours
from agent.named_orders import read_named_order
from agent.needs import Need, read_need
from agent.negation_reasons import reason_set_apart
from agent.new_kind_needs import read_new_kind_need
from agent.number_words import prices_in_digits
from agent.nutrient_follow_ups import continues_nutrition_question
from agent.off_topic_parts import without_off_topic
from agent.offered_adds import offered_add_taken
from agent.one_more_lines import read_one_more_line
from agent.ones_of_the_list import ones_of_the_list
from agent.openers import open_recommendation, starts_over, without_greeting
from agent.opinion_asks import without_opinion_ask
from agent.opinion_openers import without_opinion
from agent.option_lines import read_more_of_a_value, read_option_line
from agent.option_prices import asks_option_prices_of_named
from agent.order_asides import order_core, said_count
from agent.order_reasons import without_reason
from agent.ordinal_orders import reads_ordinal_order
from agent.other_colours import other_colour_named
from agent.other_ones_asked import read_other_one_asked
from agent.other_pick import read_other_pick
from agent.others_that_are import asks_which_others_are
from agent.owned_matches import matched_to_owned
from agent.pay_asks import besides_paying, pays_with_details
from agent.pending import count_only
from agent.photo_recalls import read_photo_recall
from agent.phrases import (
    ADD,
    ADD_TO_CART,
    BIGGER,
    CANCEL_ORDER,
    CHEAPER,
    PRICIER,
    QUESTION,
    SMALLER,
)
from agent.pleasantries import without_thanks
from agent.price_follow_ups import prices_the_list
from agent.printed_words import without_printed_words
from agent.problem_kinds import read_problem
from agent.problem_questions import in_plain_property_words, without_told_trouble
from agent.pronoun_lines import read_pronoun_line
from agent.pronoun_questions import keep_focus_for_property
from agent.pushbacks import asks_again, asks_of_meant
from agent.question_follow_ups import (
    asks_of_named_product,
    asks_yes_no_of_named_product,
    continues_variant_question,
    named_before,
)
from agent.reader_lines import (
    asks_what_is_left,
    cart_lines,
    may_wish_option,
    read_line_wish,
    read_option_change,
    read_revert,
    read_size_step,
    read_swap,
    resolve,
    terms_of,
)
from agent.reader_names import (
    ask_about_catalog_product,
    compare_named,
    may_name_a_product,
    may_name_two,
)
from agent.reader_talk import (
    asks_for_no_thing,
    classify_talk,
    kinds_spelled,
    lone_name,
    mashes_keys,
    names_sold_kind,
    unsure_of,
)
from agent.recommendation_asks import without_choosing_ask
from agent.references import mask_titles, quotes_a_title
from agent.references import named_products as named_shown
from agent.refine_features import names_listed_feature
from agent.reordered_colours import keep_reordered_colour
from agent.replacements import replacement_request
from agent.reproached_answers import answer_without_reproach
from agent.return_plans import without_return_plan
from agent.said_names import name_said
from agent.same_for_another import read_same_for_another
from agent.same_options import keep_same_options
from agent.same_titles import asks_both_of_one_title
from agent.searched_colours import keep_searched_colour, read_that_colour
from agent.second_readings import (
    read_companion,
    read_split_order,
    read_world_question,
    takes_up_checkout,
)
from agent.seen_word_pointers import seen_one_named
from agent.self_corrections import later_values
from agent.settled_kinds import settled_kind
from agent.shorthand import in_full, plain_shorthand, slashes_in_full
from agent.shown_pairs import read_shown_pair
from agent.size_steps import bare_size_step, size_step
from agent.sold_asks import without_what_is_sold
from agent.sold_out_looks import reads_sold_out_look
from agent.spelling import spelled
from agent.spoken_emails import written_emails
from agent.spoken_punctuation import with_spoken_punctuation
from agent.state import ShoppingState, listed_products
from agent.stock_follow_ups import (
    asks_offered_variant,
    asks_options_left,
    asks_stock_again,
    keeps_size_asked,
    orders_asked_variant,
)
from agent.stock_then_add import read_add_if_in_stock
from agent.store_questions import asks_about_the_store
from agent.swaps import says_swap
from agent.tag_questions import asks_back_a_value, asks_to_confirm_attribute
from agent.taken_choices import takes_the_choice
from agent.taken_matches import taken_match
from agent.thanks_tellings import thanks_telling
from agent.title_numbers import titles_in_digits
from agent.title_orders import (
    lead_count,
    ordered_count,
    ordered_variant,
    quoted_product,
    title_quoted,
)
from agent.title_words import negated_title_phrases, short_title_words, word_pairs
from agent.tone_picks import read_tone_pick
from agent.typed_instead import typed_instead
from agent.understanding import (
    CART_CHANGES,
    CHECKOUT_STEPS,
    Intent,
    Negations,
    References,
    Understanding,
)
from agent.variant_follow_ups import asks_other_variant, keep_asked_variant
from agent.whole_titles import says_whole_titles
from catalog.sparse import stem, tokenize

_MAY_ORDER = {Intent.SEARCH, Intent.REFINE}
_TOUCHES_A_LINE = {Intent.ADD, Intent.SET_QUANTITY, Intent.CHANGE_VARIANT}
_HESITANT = {Intent.ACKNOWLEDGE, Intent.UNCLEAR}
_MAY_CHANGE = _MAY_ORDER | {Intent.PRODUCT_QUESTION}
_NEVER_A_SWAP = {
    Intent.CHECKOUT, Intent.GIVE_DETAILS, Intent.CONFIRM, Intent.DECLINE, Intent.CANCEL_ORDER,
    Intent.ORDER_STATUS, Intent.PHOTO_QUESTION, Intent.VIEW_CART,
}  # fmt: skip
_MAY_CHANGE_OPTION = _MAY_CHANGE | {Intent.SET_QUANTITY}  # "to the 12 inch one" is no count
_MAY_STEP_SIZE = _MAY_CHANGE | {Intent.CHANGE_VARIANT, Intent.UNCLEAR}
# A message opening with "+" or "plus the" before a name: one more thing to add ("+1" is not).
_PLUS_ADD = re.compile(r"^\s*(?:\+\s*(?=[^\d\s])|plus\s+(?=(?:the|a|an)\s))", re.I)


def read_message(
    state: ShoppingState, ctx: Context, text: str, *, has_image: bool = False
) -> Understanding:
    """What this message means in this conversation; several cart edits in one message ("remove
    the hat and make the socks 3") are the first edit with the others in `then`."""
    if not has_image and offered_add_taken(text, state.messages):
        text = "add it"  # 'Want the kettle? Say "add it"' -> "ok yes"
    if not has_image and (items := joined_answer(text.lower(), state.awaiting)):
        return _joined(text, items)  # "charcoal and white" for the two items asked about
    whole = _read_one(state, ctx, text, has_image=has_image)
    if _may_buy_the_pointed(whole, state, has_image=has_image) and (
        bought := read_checkout_pick(
            text,
            lambda part: _read_one(state, ctx, part),
            {line.product_id for line in cart_lines(state, ctx)},
        )
    ):
        return bought  # "ok the jacket from before in navy, L. checkout: Priya Raman, …"
    if state.cart_id and not has_image:
        whole = _corrected(whole, state, ctx)
    if (
        whole.intent is Intent.SEARCH
        and whole.confidence < CONFIDENT
        and (request := add_clause(text))
    ):
        added = _read_one(state, ctx, request, has_image=has_image)
        if added.intent is Intent.ADD and added.references.product_ids:
            return added  # "back to school stuff: add the campus classic backpack"
    if has_image or whole.intent not in _MAY_HOLD_AN_EDIT or whole.slots.items:
        return whole  # "<title> in black and <title>, M, then checkout": one named order
    clauses = edit_clauses(text)
    if len(clauses) < 2:
        return read_item_parts(whole, text, lambda part: _read_one(state, ctx, part), state, ctx)
    edits = [_read_one(state, ctx, clause) for clause in clauses]
    if not _in_order(edits, has_cart=bool(state.cart_id)):
        return whole
    edits[0].then = edits[1:]
    return edits[0]


def _may_buy_the_pointed(whole: Understanding, state: ShoppingState, *, has_image: bool) -> bool:
    """Checkout asked with a product pointed at before it, not at the confirmation."""
    return (
        not has_image
        and not state.pending_checkout
        and whole.intent in CHECKOUT_STEPS
        and not whole.slots.items
    )


_MAY_HOLD_AN_EDIT = CART_CHANGES | CHECKOUT_STEPS | {
    Intent.SEARCH, Intent.REFINE, Intent.PRODUCT_QUESTION,
}  # fmt: skip
"""What a message reads as whole when it opens with an edit and then asks for more ("add the
first one and check out: Jo Weber, …" reads as details, "… and show me socks" as a search)."""
_AFTER_EDITS = CART_CHANGES | CHECKOUT_STEPS | {Intent.SEARCH, Intent.REFINE}


def _joined(text: str, items: list[dict[str, Any]]) -> Understanding:
    joined = Understanding(text=text, intent=Intent.ADD, confidence=CONFIDENT)
    joined.slots.items = items
    return joined


def _in_order(edits: list[Understanding], *, has_cart: bool) -> bool:
    """Cart edits first, then any further edits or looks, and checkout only last; an edit of a
    line needs a cart."""
    first, rest = edits[0], edits[1:]
    if first.intent not in CART_CHANGES or any(e.intent not in _AFTER_EDITS for e in rest):
        return False
    if any(e.intent in CHECKOUT_STEPS for e in edits[:-1]):
        return False
    return has_cart or all(e.intent is Intent.ADD for e in edits if e.intent in CART_CHANGES)


_REREAD = frozenset({
    Intent.SEARCH, Intent.REFINE, Intent.UNCLEAR, Intent.ACKNOWLEDGE, Intent.OFF_TOPIC,
    Intent.PRODUCT_QUESTION, Intent.DECLINE, Intent.ADD, Intent.REMOVE, Intent.HELP,
    Intent.RELAX, Intent.RECOMMEND,
})  # fmt: skip
"""Readings a correction of the last cart edit may stand for ("sorry, make that a 9.5")."""


def _corrected(whole: Understanding, state: ShoppingState, ctx: Context) -> Understanding:
    """The message as a correction of the line just added, changed or removed, if it is one."""
    lines = cart_lines(state, ctx)
    note_removed(whole, lines)
    read_count_not_size(whole, lines)  # "I wanted 2 not 3" of a tea that has no size 2
    if whole.intent is Intent.SET_QUANTITY and read_one_kept(whole, lines):
        return whole  # "i only need one backpack. keep the rolltop"
    if whole.intent not in _REREAD or state.awaiting or state.pending_checkout:
        return whole
    if whole.intent is Intent.ADD and whole.references.replaces:
        return whole
    if read_dropped_line(whole, lines):  # "actually no pretzels, just the chips"
        return whole
    read_correction(whole, state.understanding, lines, ctx.search, state.focus)
    return whole


def _read_one(
    state: ShoppingState, ctx: Context, text: str, *, has_image: bool = False
) -> Understanding:
    before = state.understanding.slots.price_claim  # "the admin says it's $1 now", read without
    claimed, text = price_claim(text, claimed_before=before)  # the claim, which is refused
    text = with_emoji_words(text)  # "🎧 wireless pls": headphones
    text = with_spoken_punctuation(text)  # "back to the totes comma any under 60"
    text = as_meant(text)  # "add for bags of the chips", "size em", "sunscreen four kids"
    text = halves_in_digits(text)  # "an 8 and a half", "size nine and a half": 8.5, 9.5
    text = later_values(text)  # "size large... no sorry, medium": medium
    text = edit_without_reason(text)  # "actually make that an L, they run small"
    text = later_name(text)  # "the commuter backpack... no sorry i meant the rolltop one"
    if not state.pending_checkout:  # "no i said olive not navy" asked which colour: olive
        text = answer_without_reproach(text, state.awaiting)
    text = gained_not_put_on(text)  # "he's put on a bit of weight": no order
    text = without_printed_words(text)  # "a tee that says 'empty cart'": no command
    if not asks_extras(text.lower()):  # "plus the tax?" asks the total
        text = _PLUS_ADD.sub("add ", text, count=1)  # "+ the sunscreen": add it too
    lines = cart_lines(state, ctx)
    if lines:
        text = change_asked_last(text)  # "10 inch is plenty for two, change it"
    text = other_colour_named(text, lines, state.focus, ctx.search)  # "the other colour"
    text = earlier_named(text, state, ctx.search)  # "add the one you showed me first"
    text = earlier_colour_named(text, state, lines)  # "same colour as the hoodie": its colour
    pointed = seen_one_named(text, state)  # "back to the boots - the chelsea one, in black?"
    text = pointed if pointed != text else back_to_named(text, state, ctx.search)  # "the tea"
    titles = [p["title"] for p in [*state.seen, *state.shown]] + [line.title for line in lines]
    wants_details = "details" in (state.awaiting or {}).get("slots", [])
    text = slashes_in_full(text)  # "cereal w/o wheat" is English
    text = written_emails(text)  # "anna dot lee at gmail dot com"
    said = in_english(text, state.understanding.slots.language, titles, wants_details)
    text = without_greeting(said.english)  # "morning! need a yoga mat": the yoga mat
    text = without_thanks(text)  # "cool ty, now show me jackets": the jackets
    text = without_interjections(text)  # "Oh dear. Ok, what about under 50 then?"
    if state.shown and not state.awaiting and not state.pending_checkout:
        text = without_correction_lead(text)  # "no no, under 250 i mean", "no i said KEYBOARD"
        text = without_restating(text)  # "nah I told you waterproof ones": the waterproof ones
    shown = state.shown or state.focus  # "that's the wrong address" at checkout is no opinion
    if shown and not state.pending_checkout and (opinion_less := without_opinion(text)) != text:
        text = without_restating(opinion_less)  # "…all thin, i asked for something thick"
    text = without_hurry(text)  # "check out quick, flight in 3 hours": the checkout
    text = without_return_plan(text)  # "one M and one L, I'll return whichever doesn't fit"
    text = without_off_topic(text)  # "write me a poem. oh and do you sell throw blankets?"
    if not state.awaiting and not is_ready(state.pending_checkout):
        text = without_opener(text)  # "bet, add em in white size 8", "do one thing, add 2 …"
        if not state.cart_id:
            text = without_hesitation(text)  # "hmm actually my budget is more like 150 tops"
    text = typed_instead(text)  # "It didn't work. I'll type it instead: a glass kettle"
    text = plain_shorthand(text)  # "can u add one of the navy ones", "CAN U"
    text = colours_plain(text)  # "the greenish one", "a rusty orange"
    text = without_colour_gloss(text)  # "no, NAVY. the dark blue": navy
    text = matched_to_owned(text)  # "a beanie to match my olive jacket": a beanie in olive
    if said.language == "en":
        text = in_full(text)  # "r they wireless", "w/o leather"
    text = reason_set_apart(text)  # "tshirt w/o any cotton my skin hates it"
    text = titles_in_digits(text, ctx.search)  # "the longhaul seven": the Longhaul 7
    text = prices_in_digits(text)  # "any under a hundred?" limits the price as "under 100" does
    if state.shown and not state.awaiting and not state.pending_checkout:
        listed = listed_products(ctx.search, state.shown)
        text = values_as_recorded(text, listed)  # "any quiet ones", "longer ones like maxi"
    text = _title_spelled(text, ctx)  # "ad 2 ringr tee blk sz m pls": the Ringer Tee
    said_as, text = text, with_kinds_named(text)  # "a bag you carry on your back": a backpack
    described = said_as != text
    text = with_add_first(text)  # "summit tech hoodie blk size M add to cart"
    text = without_opinion_ask(text)  # "do you think the first one is warm?": is it warm
    text = in_plain_property_words(text)  # "does it keep water out?": is it waterproof
    if state.cart_id:
        text = without_timing(text)  # "wait, add another pair of those socks first"
    piece = None  # what follows a kit's label: "cabin kit: wool beanie in olive"
    photo_asked = has_image and asks_about_label(text)  # "servings in this box? cost per bowl"
    if not state.awaiting and not is_ready(state.pending_checkout):
        text = settled_kind(text)  # "a beanie? no, she never wears hats. let's say a scarf"
        text = kinds_spelled(text, ctx)  # "a tea kettel, the kind for the stove top": a kettle
        if getattr(ctx.search, "index", None) is not None:
            text = kind_ones_named(text, ctx.search)  # "the socks…, the merino hiker ones"
        text = first_errand(text)  # "socks for me and a scarf for my gf. start w the scarf"
        if state.shown:  # "the mats first - anything under 45?" of mats and bottles
            text = kind_first(text, listed_products(ctx.search, state.shown))
        piece = labelled_piece(text)
        if not photo_asked:  # a label's question is kept whole
            text = without_kit_lead(  # "fishing trip kit for dad: a cap": the cap
                text, lambda part: _names_or_means_sold_kind(part, ctx)
            )
        text = replacement_request(text) or text  # "my gym bag snapped, need a new one"
        text = without_told_trouble(text, ctx.search)  # "wet feet. does the Scree Runner …?"
    if _may_tell_context(state, text) and not photo_asked:
        judge = judge_for(ctx.search) if getattr(ctx.search, "index", None) is not None else None
        text = without_context(  # "I'd like a speaker for the garden, we have people round"
            text, lambda part: names_sold_kind(part, ctx), judge.carried if judge else _unknown
        )
    text = without_what_is_sold(
        text, lambda rest: names_sold_kind(rest, ctx)
    )  # "a hat? what do you have"
    listed_titles = [shown["title"] for shown in state.shown]
    if state.shown and (
        instead := asks_to_see_instead(text, listed_titles, lambda w: names_sold_kind(w, ctx))
    ):
        text = instead  # "they're too heavy for me. Could I see yoga mats instead?": yoga mats
    elif (state.shown or state.focus) and (
        store_wide := kind_asked_of_the_store(
            text, listed_titles, lambda w: names_sold_kind(w, ctx)
        )
    ):
        text = store_wide  # "which coffee do you have that's ground?" after the French Roast
    whole_request = text  # before a search is cut down to its words ("down" of "go down a size")
    if _recounts_with_a_reason(state, text):
        text = without_reason(text)  # "two of them actually, one for my partner": a new count
    asks_first = _asks_first(state, text)
    plain, interest = (
        _plain_request(state, text, ctx, has_image) if asks_first is None else (text, ())
    )
    searches, text = plain != text, plain
    if asks_first is None and not searches and not pays_with_details(text):
        text = request_sentences(text, listed=bool(state.shown))  # "…waterproof? He walks the dog"
    situation = Situation(
        awaiting=state.awaiting,
        pending_checkout=is_ready(state.pending_checkout),
        has_shown=bool(state.shown or state.focus),
        has_cart=bool(state.cart_id),
        has_image=has_image,
        has_order=bool(state.last_order_id),
        just_added=state.understanding.intent is Intent.ADD,
        quotes_a_title=state.understanding.intent is Intent.ADD
        and quoted_product(text, ctx.search) is not None,
        described=described,
        line_touched=state.understanding.intent in _TOUCHES_A_LINE,
        names_product=quotes_a_title(text, state.shown, state.seen),
        names_listed_word=bool(named_shown(text, state.shown, state.seen)),
        brands=_brands(ctx),
        free_words=free_words_of(ctx.search),
        short_words=short_title_words(ctx.search),
        title_phrases=negated_title_phrases(ctx.search),
        word_pairs=word_pairs(ctx.search),
        cart_terms=terms_of(lines),
        viewed_in_cart=_viewed_in_cart(state, lines),
    )
    understanding = understand_message(
        text,
        currency=ctx.settings.currency,
        situation=situation,
        masked=mask_titles(text, titles),
    )
    without_named_colours(understanding, text, colour_names_of(ctx.search))  # "an orange juice"
    said.apply(understanding)
    if wants_details and understanding.intent is Intent.SEARCH and (name := lone_name(text, ctx)):
        understanding.intent, understanding.confidence = Intent.GIVE_DETAILS, CONFIDENT
        understanding.slots.details, understanding.slots.category = {"name": name}, ""  # "dan lee"
    elif (
        situation.has_cart
        and not situation.pending_checkout
        and understanding.intent in {Intent.SEARCH, Intent.UNCLEAR, Intent.GREET}
        and (name := name_said(text))
    ):  # "My name is Dorothy Hughes." with a cart, before checkout: kept for it
        understanding.intent, understanding.confidence = Intent.GIVE_DETAILS, CONFIDENT
        understanding.slots.details, understanding.slots.category = {"name": name}, ""
    if asks_first is not None:
        understanding.intent, understanding.confidence = asks_first, CONFIDENT
        understanding.slots.category = ""
    elif searches and understanding.intent is not Intent.REFINE:
        understanding.intent, understanding.confidence = Intent.SEARCH, CONFIDENT  # "cooking"
        understanding.slots.interest = list(interest)  # a hiker's gift: every kind for hiking
    narrows_the_list(  # "no black, everything i own is black lol"
        understanding, bool(state.shown), lambda words: names_sold_kind(words, ctx)
    )
    if understanding.intent in _MAY_ORDER and cheapest_first(understanding):  # "budget backpack"
        understanding.confidence = max(understanding.confidence, CONFIDENT)
    if asks_what_is_left(state, text):
        understanding.intent, understanding.confidence = Intent.VIEW_CART, CONFIDENT
    read_world_question(understanding)  # before any title it quotes makes it a question
    read_companion(understanding, state)
    read_new_kind_need(understanding, state.shown, ctx.search)  # "and then mugs — they have to…"
    last = state.understanding
    focused = ctx.search.get(state.focus) if state.focus else None  # "waterproof?"
    offered_id = _offered_id(state.awaiting)  # a sold-out add's offer: "what about black?"
    offered = ctx.search.get(offered_id) if offered_id else None
    pushed_back = not state.pending_checkout and (
        asks_again(understanding, last, focused)  # "are you sure?", "I asked if it's polarized"
        or asks_of_meant(understanding, last, ctx.search)  # "no sorry, I meant the Airstep 2"
    )
    if not pushed_back and not (
        asks_which_others_are(understanding, last, focused)  # "No, …", "which ones are?"
        or asks_stock_again(understanding, last, focused)  # "how many are left?"
        or asks_count_of_focus(understanding, focused)  # "how many bags in a box?"
        or orders_asked_variant(understanding, last, focused)  # "i need 6 of them"
        or asks_options_left(understanding, last, focused)  # "what sizes do u have in gray"
        or asks_offered_variant(understanding, state.awaiting, offered)  # "what about black?"
        or continues_variant_question(understanding, last, state.focus)
        or continues_nutrition_question(understanding, last, state.focus)  # "and fibre?"
        or asks_of_named_product(understanding, last, state.focus, state.shown)
        or asks_yes_no_of_named_product(understanding, last, state.shown, focused)
        or asks_real_or_fake(understanding, last, state.shown, focused)
        or any(
            asks(understanding, last, state.shown, focused)
            for asks in (asks_to_confirm_attribute, asks_back_a_value, asks_property_of_it)
        )
    ):
        named = focused is not None and named_before(last, focused.id, state.shown)
        asks_other_variant(understanding, last, focused, named)  # "bother. large then?"
    reads_sold_out_look(understanding, ctx.search)  # "relaxed carpenter jean in navy 36"
    keeps_size_asked(understanding, last)  # "any other jeans in navy 36 then?"
    if may_name_two(understanding) or says_whole_titles(understanding, ctx.search):
        compare_named(understanding, ctx)  # "the X and the Y, which …", "looking at X and Y"
    asks_both_of_one_title(understanding, ctx.search)  # "two Everyday Crew Tees? the difference"
    asks_option_prices_of_named(understanding, ctx.search)  # "<title>, price diff 8oz and 16oz"
    if may_name_a_product(understanding, state, ctx.search):
        ask_about_catalog_product(understanding, ctx)
    if not has_image and not is_ready(state.pending_checkout):
        read_named_order(  # "<title> in black", "office kit: a travel mug … and the …"
            understanding, state.awaiting or {}, ctx.search, piece
        )
        read_split_order(  # "2 Dad Caps, one navy and one mustard"
            understanding, ctx.search, _photo_match(state, ctx.search)
        )
    _read_superlative(understanding, state, ctx)  # "which is the lightest?" ranks the list
    read_one_of_each_kind(understanding, state, ctx.search)  # "great, add one of each"
    picks_of_two(understanding, state.compared, len(state.shown))  # "the cheaper of those two?"
    if understanding.intent is Intent.SEARCH and (count := ordered_count(text, ctx.search)):
        understanding.intent, understanding.confidence = Intent.ADD, LIKELY  # "2 Ruby Red …"
        understanding.slots.quantity, understanding.slots.category = count, ""
    if not lines and (titled := _recount_of_a_title(understanding, text, ctx)):
        understanding.intent, understanding.confidence = Intent.ADD, LIKELY  # "just 1 <title>"
        understanding.references.product_ids = [titled]
        understanding.references.names_product = True
    if understanding.intent in _MAY_ORDER and (
        ordered := _orders_a_variant(understanding, ctx, piece)
    ):
        understanding.intent, understanding.confidence = Intent.ADD, LIKELY  # "<title> in black, M"
        understanding.references.product_ids = [ordered]
        understanding.references.names_product = True
        understanding.references.unasked_order = True
        understanding.slots.category = ""
        if understanding.slots.quantity is None and (count := said_count(text)) is not None:
            understanding.slots.quantity = (  # "…, three pairs for my daughter"
                None if _is_its_size(count, ordered, understanding, ctx) else count
            )
    if (
        state.understanding.intent is Intent.ADD
        and (taken := taken_match(understanding.text, state.shown))  # "that's the one I want"
        and set(understanding.references.product_ids) <= {taken}
    ):
        understanding.intent, understanding.confidence = Intent.ADD, LIKELY
        understanding.references.product_ids = [taken]
        understanding.references.names_product = True
        understanding.slots.category = ""
    in_view = [state.focus] if state.focus else [p["id"] for p in state.shown]
    read_counted_pick(understanding, in_view, ctx.search)  # "twelve of the sky blue ones"
    if understanding.intent is Intent.ADD and understanding.slots.quantity is None:
        understanding.slots.quantity = lead_count(text)  # "and 2 wool boot socks, white, M"
    if claimed:
        understanding.slots.price_claim = True  # refused in the reply; the price stays
        if understanding.intent not in CART_CHANGES | {
            Intent.VIEW_CART, Intent.CHECKOUT, Intent.GIVE_DETAILS,
        }:  # fmt: skip
            understanding.intent, understanding.confidence = Intent.OFF_TOPIC, CONFIDENT
    if understanding.intent is Intent.SEARCH and understanding.confidence < CONFIDENT:
        classify_talk(understanding, ctx)
    if mashes_keys(understanding, text, ctx):  # "hjkl;", "sdkfj qwrtz"
        understanding.intent, understanding.confidence = Intent.UNCLEAR, CONFIDENT
        understanding.slots.category = ""
    if understanding.intent is Intent.ACKNOWLEDGE and state.turn_order_id and asks_first is None:
        understanding.intent = Intent.CONFIRM  # a repeated yes to an order just placed
    opening = not (state.shown or state.focus or state.cart_id)
    if understanding.intent is Intent.UNCLEAR and (meant := gesture_intent(text, opening=opening)):
        understanding.intent = meant  # "👍" is an ok, "🙏" a thanks, "👋" a hello
    if unsure_of(understanding) and (meant := acknowledgement_intent(text)):
        understanding.intent, understanding.confidence = meant, CONFIDENT  # "perfect!!", "nvm"
        understanding.slots.category = ""
    if understanding.intent is Intent.ADD and not understanding.references.names_product:
        _read_quoted_title(understanding, ctx)
    touched = state.understanding.intent in _TOUCHES_A_LINE  # the line just added or changed
    may_change = _MAY_CHANGE_OPTION | (_HESITANT if touched else set())  # "wait the 16 oz one"
    if _wants_instead(understanding, text):
        may_change = may_change | {Intent.ADD}  # "actually I want the 15 lb one instead"
    if understanding.intent in may_change and lines and not QUESTION.search(text.lower()):
        read_option_change(understanding, lines, ctx, touched=touched)  # "wait the 12 inch"
    if lines and understanding.intent not in _NEVER_A_SWAP:
        read_revert(understanding, state, ctx)  # "hmm no, switch it back"
    if understanding.intent in _MAY_CHANGE and lines and may_wish_option(text, lines, ctx):
        read_line_wish(understanding, lines)  # "on second thoughts mustard is more her colour"
    step = size_step(whole_request) or (bare_size_step(whole_request) if touched else 0)
    steps_the_add = (  # "actually give me the bigger one" right after an add: that line
        understanding.intent is Intent.ADD
        and touched
        and not understanding.references.names_product
    )
    if read_same_for_another(understanding, state, lines, ctx.search, step):
        pass  # "my partner wants the same in a smaller size": one more, a size down
    elif (understanding.intent in _MAY_STEP_SIZE or steps_the_add) and lines and step:
        read_size_step(understanding, state, lines, ctx, step)  # "can i get a size up"
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
    if understanding.intent is Intent.SEARCH and _pays_beside_talk(text, ctx):
        understanding.intent, understanding.confidence = Intent.CHECKOUT, CONFIDENT
        understanding.slots.category = ""  # "checkout now please, my bus is coming"
    resolve(understanding, state, lines)
    _read_count_as_size(understanding, lines, text)  # "actually 8" after the size 9 sneakers
    read_tone_pick(understanding, lines, ctx.search, touched=touched)  # "the darker colour"
    read_pronoun_line(understanding, lines, state.focus, ctx.search)  # "knock it down by two"
    read_recipient_line(understanding, _said_before(state), lines)  # "take my dad's ones off"
    read_option_line(understanding, lines)  # "remove the 9.5" of a 9 and a 9.5
    read_more_of_a_value(understanding, lines)  # "and 2 more in M" beside an S, M and L
    read_one_more_line(understanding, lines, state.focus, ctx.search)  # "the L as well?"
    takes_compared_pick(understanding, state.compared, [p["id"] for p in state.shown])
    takes_measured_pick(understanding, state.compared, [p["id"] for p in state.shown], ctx.search)
    reads_ordinal_order(understanding, ctx.search)  # "the first one in cream, the 16 oz, two"
    read_brand_pick(understanding, state.shown, ctx.search)  # "the one by Kerbside in black"
    read_colour_pick(understanding, state.shown, ctx.search)  # "the teal mat please"
    read_other_pick(understanding, state.shown, state.focus)  # "and the other one?" of two
    read_both_picks(  # "both of them in white", "one of each" of the two asked about
        understanding, state.shown, state.compared, state.focused
    )
    one_in_view = state.focus or (state.shown[0]["id"] if len(state.shown) == 1 else None)
    in_cart = [line.product_id for line in lines]
    read_just_the_one(understanding, one_in_view, in_cart, ctx.search)  # "just the one, medium"
    read_add_if_in_stock(understanding)  # "is the diver watch in stock? if yes add it"
    read_line_split(understanding, lines, ctx.search)  # "one black one navy", "mine stay black"
    keep_searched_colour(understanding, state.understanding, ctx.search)  # "add the first in L"
    keep_reordered_colour(  # "add the same tee in M" after cancelling the order of the sage L
        understanding, state.last_order_id, ctx.commerce, ctx.search
    )
    keep_same_options(  # "and the quarter zip hoodie in black, same size"
        understanding, state.understanding, lines, state.focus, ctx.search
    )
    read_that_colour(understanding, state.understanding)  # "the bath sheet in that colour?"
    keep_asked_variant(understanding, state.understanding)  # "in stock in olive XS?", "pop one in"
    read_added_options(understanding, ctx.search)  # "go on then, add the navy queen"
    if (like := like_shown(understanding, state, has_image=has_image)) is not None:
        read_like_shown(understanding, state, like)  # "anything similar to the third but cheaper"
    elif (like_title := like_named(understanding, ctx.search, has_image=has_image)) is not None:
        read_like_named(understanding, like_title)  # "like the Chelsea Suede Boot but cheaper"
    read_look_completion(understanding, ctx.search)  # "I have the X boot, which belt goes with it?"
    if understanding.intent is Intent.SEARCH and thanks_telling(understanding.text):
        understanding.intent, understanding.confidence = Intent.THANKS_BYE, LIKELY  # "ty! it fits"
        understanding.slots.category = ""
    read_shown_pair(understanding)  # "which is warmer, the first or the third?"
    if understanding.intent is Intent.SEARCH and _names_a_listed_feature(text, state, ctx):
        understanding.intent, understanding.confidence = Intent.REFINE, LIKELY  # "only high rise"
    if _narrows_by_listed_option(understanding, state, ctx):  # "navy ones, bath sheet size"
        understanding.confidence = max(understanding.confidence, LIKELY)
    if narrows_by_listed_word(understanding, state.shown, ctx.search):
        understanding.intent, understanding.confidence = Intent.REFINE, LIKELY  # "decaf only"
    if limits_the_list(understanding, state.shown, ctx):  # "any in pink? she loves pink"
        understanding.intent, understanding.confidence = Intent.REFINE, LIKELY
    if prices_the_list(understanding, bool(state.shown), ctx.search):
        understanding.intent, understanding.confidence = Intent.REFINE, LIKELY  # "more high end?"
    if compares_to_the_list(understanding, bool(state.shown), ctx.search):
        understanding.intent, understanding.confidence = Intent.REFINE, LIKELY  # "anything darker?"
        understanding.slots.category = base_words(understanding.text)
    ones_of_the_list(  # "not those, white ones for running", "i asked for something thick"
        understanding, state.query, bool(state.shown), lambda words: names_sold_kind(words, ctx)
    )
    if takes_the_choice(
        understanding,
        whole_request,
        state.understanding,
        state.messages,
        state.focus,
        [line.product_id for line in lines],
        ctx.search,
    ):
        read_added_options(understanding, ctx.search)  # "fine, the bath sheet then, in sand"
        keep_asked_variant(understanding, state.understanding)  # "ok the bath size then": sage
    by_id = {p["id"]: p["title"] for p in [*state.seen, *state.shown]}
    keep_focus_for_property(understanding, state.focus, by_id)  # "are they polarized?"
    _read_child_wish(understanding, state, text, ctx)  # "smth for a kid?" after water bottles
    _read_list_move(understanding, state, text)  # "any more?", "go back"
    if lines and understanding.intent not in _NEVER_A_SWAP:
        read_swap(understanding, state, ctx, lines)
    if asks_for_no_thing(understanding, ctx):  # "two", "go back", "previous": nothing to search,
        understanding.intent, understanding.confidence = Intent.UNCLEAR, CONFIDENT  # once no
        understanding.slots.category = ""  # cart or list reading ("make it an 11") took it
    # a new kind said with a colour, a likeness or a listed word ("mugs in a similar green",
    # "sunscreen for the beach" after the Beach Stripe Tote) is still no narrowing of the list
    read_new_kind_need(understanding, state.shown, ctx.search)
    if not has_image:  # "ok add the kettle from my photo" after a list of mugs
        read_photo_recall(understanding, state.photo, ctx.search)
    read_other_one_asked(understanding, state.understanding, ctx.search)  # "and the mango one?"
    carry_last_question(understanding, state.understanding, lambda pid: _title(pid, ctx))
    return understanding


_ONE_MORE = re.compile(r"\b(?:add|put|too|also|as well|another|more|both|extra|second)\b")


def _wants_instead(understanding: Understanding, text: str) -> bool:
    """An add that names no product, says no count and adds nothing more: "I want the 15 lb one
    instead" asks for a cart line's other value (`read_option_change` then checks the value)."""
    refs = understanding.references
    return (
        understanding.intent is Intent.ADD
        and not (refs.names_product or refs.ordinals or refs.product_ids)
        and understanding.slots.quantity in (None, 1)
        and not _ONE_MORE.search(text.lower())
    )


def _offered_id(awaiting: dict[str, Any] | None) -> str | None:
    """The product a pending add waits on for its colour or size."""
    return str(awaiting["product_id"]) if awaiting and awaiting.get("product_id") else None


def _title(product_id: str, ctx: Context) -> str | None:
    product = ctx.search.get(product_id)
    return product.title if product is not None else None


def _recount_of_a_title(understanding: Understanding, text: str, ctx: Context) -> str | None:
    """ "Ok now just 1 Earl Grey Lavender Tea instead" with an empty cart: no line to recount,
    so the product whose title it quotes, to add."""
    if understanding.intent not in {Intent.SET_QUANTITY, Intent.CHANGE_VARIANT}:
        return None
    if not understanding.slots.quantity or understanding.slots.change_by:
        return None
    return title_quoted(text, ctx.search)


def _title_spelled(text: str, ctx: Context) -> str:
    """An add whose misspelt words, read as the catalog spells them, quote one of its titles."""
    if not ADD.search(text.lower()) or getattr(ctx.search, "index", None) is None:
        return text
    corrected = spelled(ctx.search, text)
    if corrected == text or quoted_product(text, ctx.search) is not None:
        return text
    return corrected if quoted_product(corrected, ctx.search) is not None else text


def _read_count_as_size(understanding: Understanding, lines: list[LineFacts], text: str) -> None:
    """A bare number the line's product comes in as a size is that size, not a count."""
    meant = understanding.references.line_product_ids
    line = next((ln for ln in lines if meant and ln.product_id == meant[0]), None)
    if line is None and len(lines) == 1 and _SIZE_COMPLAINT.search(text.lower()):
        line = lines[0]  # "thats too light, change it to 15" with one line in the cart
    slots = understanding.slots
    if understanding.intent is Intent.CHANGE_VARIANT and line and slots.size:
        if slots.size.lower() not in line.values:  # "switch it to 15": its "15 lb"
            slots.size = _with_unit(slots.size, line.values) or slots.size
        return
    if understanding.intent is not Intent.SET_QUANTITY:
        return
    if count_only(text) is None and not _SIZE_COMPLAINT.search(text.lower()):
        return  # "too light, change it to 15" says why, and is a measure too
    said = re.search(r"\b(\d{1,2}(?:\.5)?)\b", text)
    if said is None or line is None or re.search(r"[x×*]\s*\d|\d\s*[x×]", text.lower()):
        return
    current = set(line.variant_title.lower().split(" / "))
    complains = _SIZE_COMPLAINT.search(text.lower())
    value = (
        said[1]
        if said[1] in line.values
        else (_with_unit(said[1], line.values) if complains else None)
    )
    if value and value not in current:
        understanding.intent, understanding.confidence = Intent.CHANGE_VARIANT, LIKELY
        understanding.references.line_product_ids = [line.product_id]
        slots.size, slots.quantity = value, None


_SIZE_COMPLAINT = re.compile(
    r"\b(?:(?:too|not) (?:light|heavy|big|small|short|long|tight|loose)"
    r"|(?:light|heav|bigg|small|short|long|larg)er)\b"
)
"""Why a bare number is the line's measure: "too light, change it to 15" (15 lb, not 15 of it)."""


def _with_unit(number: str, values: frozenset[str]) -> str | None:
    """The one value of the line that is this number with a unit ("15 lb" for "15")."""
    found = [v for v in values if re.fullmatch(rf"{re.escape(number)}\s*[a-z][\w .-]*", v)]
    return found[0] if len(found) == 1 else None


def _read_child_wish(
    understanding: Understanding, state: ShoppingState, text: str, ctx: Context
) -> None:
    """ "something for my son, he's 7" right after a list: its children's ones, not a search."""
    if (
        not state.shown
        or understanding.intent not in {Intent.SEARCH, Intent.REFINE, Intent.UNCLEAR}
        or not asks_for_a_child(text)
        or names_sold_kind(understanding.slots.category or text, ctx)
    ):
        return
    understanding.intent, understanding.confidence = Intent.REFINE, LIKELY
    understanding.slots.category = "kids"


def _read_list_move(understanding: Understanding, state: ShoppingState, text: str) -> None:
    """ "any more?" pages on through the latest search, "go back" shows the list before it."""
    if not (state.shown or state.earlier) or state.awaiting or state.pending_checkout:
        return
    if (move := list_move(text)) is None:
        return
    understanding.intent, understanding.confidence = Intent.REFINE, CONFIDENT
    understanding.slots.list_move, understanding.slots.category = move, ""
    understanding.negations = Negations()
    understanding.references = References()


_POINTS = re.compile(r"\b(?:these|those|them|it|one|ones|first|second|third|last)\b", re.I)


_MAY_RANK = {Intent.SEARCH, Intent.REFINE, Intent.PRODUCT_QUESTION, Intent.COMPARE}


def _read_superlative(understanding: Understanding, state: ShoppingState, ctx: Context) -> None:
    """ "Which is the cheapest?", "which of those holds the most": a question ranking the list."""
    if len(state.shown) < 2 or understanding.intent not in _MAY_RANK:
        return
    listed = listed_products(ctx.search, state.shown)
    measure = ranks_the_list(understanding, listed)
    if measure is not None:
        understanding.intent, understanding.confidence = Intent.PRODUCT_QUESTION, LIKELY
        understanding.slots.superlative, understanding.slots.category = measure.slot, ""


def _narrows_by_listed_option(
    understanding: Understanding, state: ShoppingState, ctx: Context
) -> bool:
    listed = listed_products(ctx.search, state.shown)
    return narrows_by_listed_option(understanding, listed)


def _names_a_listed_feature(text: str, state: ShoppingState, ctx: Context) -> bool:
    listed = listed_products(ctx.search, state.shown)
    return bool(listed) and names_listed_feature(text, listed)


def _names_or_means_sold_kind(text: str, ctx: Context) -> bool:
    """A sold kind named in the catalog's words, or one its head noun means ("a frying pan")."""
    if names_sold_kind(text, ctx):
        return True
    head = request_head(text) if getattr(ctx.search, "index", None) is not None else None
    return head is not None and judge_for(ctx.search).carried(head) is True


def _unknown(head: Any) -> None:
    """Without a catalog index no kind is known to be sold or not."""


def _viewed_in_cart(state: ShoppingState, lines: list[LineFacts]) -> bool:
    """The product in view is a cart line, or no list is in view to buy from."""
    in_cart = {line.product_id for line in lines}
    return state.focus in in_cart if state.focus else not state.shown


def _may_tell_context(state: ShoppingState, text: str) -> bool:
    """A new request, not details for checkout nor a follow-up on the list (chatty.py reads
    those: "Which of those are waterproof? He walks the dog in all weathers, rain or shine"),
    nor a gift read by what the recipient is into ("my brother is a keen hiker": gifts.py)."""
    if state.awaiting or is_ready(state.pending_checkout):
        return False
    if (gift := read_gift(text, listed=bool(state.shown))) is not None and gift.interest:
        return False
    return not (state.shown and points_at_list(text))


def _adds_first(text: str) -> bool:
    """An add said before the question ("add the socks in M too. does that get me free
    shipping?"): the add is done, and its reply answers the question (agent/add_asides.py)."""
    said = sentences(text)
    return len(said) > 1 and any(ADD.search(s.lower()) and "?" not in s for s in said[:-1])


def _recounts_with_a_reason(state: ShoppingState, text: str) -> bool:
    """Right after a line was added or changed, a count and who it is for ("two of them
    actually, one for my partner"): the line's new count, the recipient its reason, no gift."""
    touched = state.understanding.intent in _TOUCHES_A_LINE
    if not (state.cart_id and touched and not state.awaiting) or is_ready(state.pending_checkout):
        return False
    plain = without_reason(text)
    return plain != text and count_only(plain) is not None


def _asks_first(state: ShoppingState, text: str) -> Intent | None:
    """A message answered in words before any search: "start over" (the search is dropped, the
    cart kept), a gift with nothing to go on, an open "what would you recommend?", a question
    about the store itself (paying, shipping, returns, where it is, a person) or an aside."""
    if starts_over(text):
        return Intent.ACKNOWLEDGE
    if (steps := how_to_answer(text)) and not (state.cart_id and steps == PAY_STEPS):
        return Intent.HELP  # "if I put the wrong thing in my basket, how do I take it out?"
    if (
        asks_about_the_store(text, has_order=bool(state.last_order_id))
        and not _adds_first(text)
        and not (state.cart_id and asks_free_shipping_gap(text))  # the cart's money
    ):
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
    budget as a search within the budget. A message that asks to cancel the order placed is
    that request ("I have curly hair, not sure it's right for me. I want to cancel that order"):
    the need it tells of is the reason, not a search."""
    if state.last_order_id and CANCEL_ORDER.search(text.lower()):
        return text, ()
    gift = None if has_image else read_gift(text, listed=bool(state.shown))  # "my kids love
    # this cereal" with a photo: the photo shows what they love, no gift to search for
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
    compares = bool(state.shown or state.focus) and any(
        p.search(text) for p in (BIGGER, SMALLER, CHEAPER, PRICIER, _THEY)
    )
    # "something bigger for chopping veg" after knives, "so they do cut the glare?" about the
    # product in view: a step from the list or a question about it, not a new need
    # "which pillow would you get for reading in bed?" asks for a pillow, as plainly said
    # "I'm always cold at my desk. do you have this in navy?" with a photo: the photo is asked
    # about; the trouble told beside it is the reason, not a search
    of_photo = has_image and bool(_THE_PHOTO.search(text))
    need = None if about_the_list or compares or of_photo else read_need(without_choosing_ask(text))
    problem = (  # "my coffee's always cold. add the <title>": the title is asked for
        None
        if about_the_list or compares or of_photo or quoted_product(text, ctx.search) is not None
        else read_problem(text, ctx.search)
    )
    if (
        need is not None
        # "I've been looking at the <title>" (not "not flip flops though")
        and quoted_product(_RULED_OUT.sub(" ", text.lower()), ctx.search) is None
        and not _names_another_kind(ctx, text, need)
    ):
        if problem is None:
            return need.request, ()  # "something to keep my coffee hot": a travel mug
        if stem(need.serves.split()[-1]) in problem.heads:
            # "phone's always dead, no outlet on my train": a charger, and a power bank first
            return f"{problem.qualities} {need.request}", ()
    if problem is not None:
        # "my coffee's stone cold by the time I drink it": mugs; "my feet are soaked every time
        # I run the muddy trails": what the catalog says of trail shoes, not any boot
        return problem.request, ()
    # "interview thursday, nothing to wear. a dress maybe?": the dress is asked for, not the need
    rest = open_recommendation(text)
    return (rest if rest and not state.shown else text), ()


_THEY = re.compile(r"\b(?:they|they're|theyre)\b")
_THE_PHOTO = re.compile(r"\b(?:this|these|it|this one|the same)\b")
"""Words of a message with a photo that point at what it shows."""
_RULED_OUT = re.compile(r"\b(?:not|no|without|never|nothing like)\s+[^,.;!?]*")
"""Everything from a negator to the clause's end, dropped before asking whether the rest names a
kind or a title. Wider on purpose than agent/negations.py, which cuts only the phrase it can name
as a colour, material, brand or word: here a ruled-out thing it cannot name ("not flip flops
though", "nothing like the old one") must not count as asked for either."""
_QUALITY_ONLY = re.compile(r"(?:something|anything)\b")
"""A need said only as a quality ("something cozy") describes a kind named before it."""
_FOR_WHAT = re.compile(r"\bfor\s+(?:my\s+|the\s+|a\s+|an\s+|some\s+)?[a-z'-]+")


def _names_another_kind(ctx: Context, text: str, need: Need) -> bool:
    """The message names a kind the catalog sells besides the need and what serves it ("interview
    thursday, my only belt is falling apart": the belt; "achy neck, my pillow has gone flat": the
    pillow is what the need serves anyway)."""
    lowered = " ".join(text.lower().split())
    if not need.said or need.said not in lowered:
        return False
    before = lowered[: lowered.index(need.said)]
    if _QUALITY_ONLY.match(need.said) and names_a_sold_kind(ctx.search, before):
        return True  # "a throw blanket maybe? something cozy, cream": a cozy blanket
    # only after the need: a kind before it is read_need's to judge ("one bag for carry my
    # laptop"); what a need is for is no kind asked ("to boil water for tea")
    rest = _FOR_WHAT.sub(" ", lowered[lowered.index(need.said) + len(need.said) :])
    rest = _RULED_OUT.sub(" ", rest)  # "… verruca paranoia. not flip flops though": no kind asked
    head = need.serves.split()[-1] if need.serves else ""  # "sleep pillow": a pillow
    words = re.findall(r"[a-z][a-z'-]*", rest)
    return names_a_sold_kind(ctx.search, " ".join(w for w in words if w.rstrip("s") != head))


def _drops_title_words(search: Any, text: str, kept: str) -> bool:
    """Whether words left out as context are words of the catalog's titles ("a birthday cake
    topper" where the toppers say Happy Birthday): then they may name the product."""
    if getattr(search, "index", None) is None:
        return False
    kinds = judge_for(search).index()
    dropped = set(tokenize(without_kit(text))) - set(tokenize(kept))  # "care package": a gift
    return any(term in kinds.modifies or term in kinds.kinds for term in dropped)


def _read_quoted_title(understanding: Understanding, ctx: Context) -> None:
    """ "Also add a Coconut Curl Shampoo, the 8 fl oz one": the title quoted, not the shampoo
    in focus that "the … one" would point at."""
    product = quoted_product(understanding.text, ctx.search)
    core, framed = order_core(understanding.text)
    if product is None and framed:
        product = quoted_product(core, ctx.search)  # "add two dozen <title>, I run a class"
    if product is not None:
        understanding.references.product_ids = [product.id]
        understanding.references.names_product = True


def _said_before(state: ShoppingState) -> list[str]:
    """The shopper's earlier messages, oldest first."""
    return [
        str(m.content) for m in state.messages if m.type == "human" and isinstance(m.content, str)
    ]


def _is_its_size(count: int, product_id: str, understanding: Understanding, ctx: Context) -> bool:
    """The number is the product's size, not a count: "Longhaul 7 Running Shoe, light gray, 10"
    (the shoe comes in a 10 and no other size was said), never ten pairs."""
    product = ctx.search.get(product_id)
    sizes = {str(v.size) for v in product.variants if v.size} if product is not None else set()
    return str(count) in sizes and understanding.slots.size in (None, str(count))


def _orders_a_variant(
    understanding: Understanding, ctx: Context, piece: str | None = None
) -> str | None:
    """The product a verb-less order names with its options; after a kit's label (`piece`), the
    piece named as one product ("first-flat kitchen: the santoku knife")."""
    slots = understanding.slots
    product = None
    if piece is not None:
        product = ordered_variant(piece, slots.colors, slots.size, ctx.search, after_label=True)
    product = product or ordered_variant(understanding.text, slots.colors, slots.size, ctx.search)
    return product.id if product is not None else None


def resolve_references(understanding: Understanding, state: ShoppingState, ctx: Context) -> None:
    """Resolve again after another reader (the hybrid planner's model) changed the intent."""
    resolve(understanding, state, cart_lines(state, ctx))


def _brands(ctx: Context) -> frozenset[str]:
    index: Any = getattr(ctx.search, "index", None)
    if index is None:
        return frozenset()
    try:
        return frozenset(index.vocabulary().brands)
    except AttributeError:
        return frozenset()


def _pays_beside_talk(text: str, ctx: Context) -> bool:
    """A message asking to pay whose other words name nothing the store sells: what is said
    beside the ask is about the shopper ("running late", "my bus is coming"), never a product
    called "checkout"."""
    rest = besides_paying(text)
    return rest is not None and not names_sold_kind(rest, ctx)


def _photo_match(state: ShoppingState, search: Any) -> Any:
    """The product a photo's look-alikes put first (or the one talked about since)."""
    if not state.photo or state.photo.get("kind") == "label" or not state.shown:
        return None
    return search.get(state.focus or state.shown[0]["id"])
