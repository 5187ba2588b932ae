"""The offline planner: turns an `Understanding` into tool calls, deterministically.

No model is involved, so it is fast and its behaviour is fixed by these rules and the tools.
It only reads what the reader already resolved; it never re-reads the message.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

from agent.address_mends import swapped
from agent.buyer import is_complete, merge_details
from agent.cart_phrases import ITEM_BREAK, command_clauses
from agent.colour_picks import in_colour_picked
from agent.context import Context
from agent.kinds import judge_for, request_head
from agent.list_answers import coloured_in_list
from agent.openers import without_recommendation_ask
from agent.option_changes import target_colour
from agent.order_asides import order_core, without_gift_reason
from agent.photo_questions import asks_about_the_item
from agent.photo_subjects import about_the_photo
from agent.photo_turns import look_alike_offering, photo_runner_up, sizes_the_photographed
from agent.pick_counts import counts_per_pick
from agent.planner_orders import checkout_after, named_order_calls
from agent.recipients import without_ages, without_recipient
from agent.slots import color_words_in, colors_in, quantity_in, size_in
from agent.state import ShoppingState
from agent.told_opinions import without_told_opinions
from agent.understanding import CHECKOUT_STEPS, Intent, Understanding
from agent.words import new_words
from catalog.sparse import tokenize

_ADD_WORDS = frozenset({
    "add", "buy", "purchase", "take", "get", "grab", "put", "order", "i'll", "i'd", "cart",
    "basket", "bag", "please", "pair", "pairs", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "ten", "couple", "give", "want", "have", "throw", "toss", "include",
    "bags", "pack", "packs", "box", "boxes", "bottle", "bottles", "jar", "jars", "can", "cans",
    "chuck", "pop", "stick", "bung", "shove", "slap", "drop", "gimme", "lemme", "sold", "trolley",
    "small", "medium", "large", "x-large", "pls", "plz", "thanks", "thx", "into",
})  # fmt: skip
_ONTO_LIST = re.compile(r"\b(?:to|on|onto|in) (?:my|our|the) (?:shopping |wish ?)?list\b")

CONTEMPLATE_MAX = 4
_SAME = re.compile(r"\b(?:same|another)\b", re.I)


def plan_tool_calls(
    state: ShoppingState, understanding: Understanding, ctx: Context
) -> list[dict[str, Any]]:
    """Tool calls for this turn, as a model would emit them ([] when the reply needs none); the
    calls of each further edit said in the message follow in order."""
    then = understanding.then
    if understanding.intent is Intent.SEARCH and _all_searches(then):
        return [_call("search_each_kind")]  # "need a yoga mat and a water bottle"
    calls = _plan_one(state, understanding, ctx)
    for edit in then:
        if edit.intent in CHECKOUT_STEPS:  # "… and check out": once the edits are done
            calls += _checkout_after_edits(state, edit, calls)
        else:
            calls += _in_its_words(_plan_one(state, edit, ctx), edit.text)
    return calls


def _all_searches(then: list[Understanding]) -> bool:
    """Further requests that are each a search of another kind (agent/item_readings.py)."""
    return bool(then) and all(e.intent is Intent.SEARCH for e in then)


def _in_its_words(calls: list[dict[str, Any]], words: str) -> list[dict[str, Any]]:
    """An add of a later part reads its options in that part's words ("…, and the linen pillow
    in navy 20x20"), never in the first part's."""
    for call in calls:
        if call["name"] == "add_to_cart" and not call["args"].get("words"):
            call["args"]["words"] = words
    return calls


def _checkout_after_edits(
    state: ShoppingState, u: Understanding, calls: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Checkout after this message's edits, with the details said; it waits while an add still
    asks a question, and the summary and total still wait for the shopper's yes."""
    added = [c["args"]["product_id"] for c in calls if c["name"] == "add_to_cart"]
    known = (state.awaiting or {}).get("draft") or state.buyer or state.noted
    details = merge_details(known, u.slots.details)
    return [_call("checkout_after_adds", product_ids=added, details=details)]


def _order_cancelled(state: ShoppingState, ctx: Context) -> bool:
    """Nothing waits for a yes and the conversation's last order is cancelled: the yes is
    answered with that order as it is, never as though it were still placed."""
    if state.pending_checkout or state.awaiting or not state.last_order_id:
        return False
    return ctx.commerce.get_order(state.last_order_id).status == "canceled"


def _plan_one(
    state: ShoppingState, understanding: Understanding, ctx: Context
) -> list[dict[str, Any]]:
    u = understanding
    intent = u.intent
    refs = u.references
    if intent is Intent.CONFIRM and _order_cancelled(state, ctx):
        return [_call("order_status", order_id=state.last_order_id)]  # a yes after cancelling
    if sizes_the_photographed(state, u):  # "a bigger version of this?" after a photo
        return [_call("photo_size_up", bigger=u.slots.bigger)]
    if intent is Intent.SEARCH:
        return [_search(u, refine=False)]
    if intent in {Intent.REFINE, Intent.RELAX}:
        if u.slots.list_move == "more":  # "any more?": the next of the same search
            return [_call("show_more")]
        if u.slots.list_move == "back":  # "go back", "the previous ones"
            return [_call("show_earlier")]
        if refs.like and refs.product_ids:  # "anything similar to the third one but cheaper"
            return [_call("search_like", product_id=refs.product_ids[0], words=u.slots.category)]
        return [_search(u, refine=True)]
    if intent is Intent.PRODUCT_QUESTION:
        if refs.shown_list:
            return [_call("answer_about_list", question=u.text)]
        if len(refs.ordinals) >= 2 and len(refs.product_ids) >= 2:  # "are the 1st and 2nd …?"
            return [_call("answer_question", product_id=refs.product_ids[0], question=u.text,
                          also=refs.product_ids[1:])]  # fmt: skip
        if refs.product_ids and (runner_up := photo_runner_up(state, u)):
            return [_call("answer_question", product_id=refs.product_ids[0], question=u.text,
                          also=runner_up)]  # fmt: skip
        if refs.product_ids:
            return [_call("answer_question", product_id=refs.product_ids[0], question=u.text)]
        if (listed := _the_list_meant(state, u)) and not refs.ordinals:
            return [_call("answer_question", product_id=listed[0], question=u.text,
                          also=listed[1:])]  # fmt: skip
        if refs.ordinals or (refs.pronoun and not u.slots.options_asked):
            return _nothing_to_point_at(state, u, ctx)  # "the second one" / "it": ask which
        return [_call("answer_question", product_id="", question=u.text)]
    if intent is Intent.COMPARE:  # the places said ("the first tee or the first hoodie")
        ids = refs.product_ids if refs.ordinals or refs.names_product else []
        ids = ids if len(ids) >= 2 else [p["id"] for p in state.shown[:3]]
        return [_call("compare_products", product_ids=ids)] if len(ids) >= 2 else []
    if intent is Intent.RECOMMEND:
        if state.shown:
            return []
        asked = without_recommendation_ask(u.text)  # "I need a laptop. What would you recommend?"
        search = _search(u, refine=False)
        search["args"].pop("refine")
        search["args"]["query"] = asked
        return [search]
    if intent is Intent.PHOTO_QUESTION:
        if not u.references.photo:  # a follow-up about the label photo sent earlier
            return [_call("label_question", question=u.text)]
        if not state.image_ids:
            return []
        looks = [
            _call("analyze_photo", image_id=state.image_ids[-1], question=about_the_photo(u.text))
        ]
        if asks_about_the_item(u.text):  # "are these wireless?": the answer, after the look
            looks.append(_call("answer_about_photo", question=u.text))
        return looks
    if intent is Intent.ADD and u.slots.items:  # "<title> in black and <title>, M, then checkout"
        return named_order_calls(state, u)
    if intent is Intent.ADD and refs.photo and state.image_ids:  # "add this" with the photo
        said = u.slots.color_words or u.slots.colors
        return [
            _call("analyze_photo", image_id=state.image_ids[-1], question=about_the_photo(u.text)),
            _call(
                "add_photo_match", size=u.slots.size, color=said[0] if said else None,
                quantity=u.slots.quantity or 1,
            ),
        ]  # fmt: skip
    if intent is Intent.ADD and _adds_the_photographed(state, u):  # "add this in size 9"
        said = u.slots.color_words or u.slots.colors
        return [
            _call(
                "add_photo_match", size=u.slots.size, color=said[0] if said else None,
                quantity=u.slots.quantity or 1,
            )
        ]  # fmt: skip
    if intent is Intent.ADD and refs.replaces and refs.product_ids:  # "swap it for the other one"
        said = u.slots.color_words or u.slots.colors
        return [
            _call(
                "swap_cart_line", product_id=refs.replaces, new_product_id=refs.product_ids[0],
                size=u.slots.size, color=said[0] if said else None,
            )
        ]  # fmt: skip
    if intent is Intent.ADD and (by_colour := _coloured_add(state, u, ctx)) is not None:
        return by_colour  # "add two of the blue ones"
    if intent is Intent.ADD:
        adds = _add_calls(state, u)
        if len(adds) == 1 and adds[0]["name"] == "add_to_cart":  # "add it in L" after a photo
            args = adds[0]["args"]
            args["product_id"], colour = look_alike_offering(
                state, u, ctx.search, args["product_id"]
            )
            args["color"] = colour or args["color"]
        if len(adds) == 1 and adds[0]["name"] == "add_to_cart":  # an answer, then the checkout
            adds += checkout_after(state, u, [adds[0]["args"]["product_id"]])
        return adds or _nothing_to_point_at(state, u, ctx)
    if intent in {Intent.REMOVE, Intent.SET_QUANTITY}:
        return _line_calls(u)
    if intent is Intent.CHANGE_VARIANT:
        if not refs.line_product_ids:
            return [_call("change_cart_line", product_id="", quantity=1)]
        said = u.slots.color_words or u.slots.colors
        size, color = u.slots.size, target_colour(u.text, said)
        moved = {"moved": u.slots.moved} if u.slots.moved else {}  # "one of them in navy"
        return [
            _call(
                "change_variant", product_id=refs.line_product_ids[0], size=size, color=color,
                **moved,
            )
        ]  # fmt: skip
    if intent is Intent.VIEW_CART:
        return [_call("view_cart", totals=u.slots.totals)]
    if intent is Intent.CHECKOUT:
        return [_call("start_checkout")]
    if intent is Intent.GIVE_DETAILS:
        return _details_calls(state, u)
    if intent is Intent.ORDER_STATUS:
        return [_call("order_status", order_id=refs.order_id)]
    if intent is Intent.CANCEL_ORDER:
        tool = "cancel_order" if u.allows_order_cancel else "ask_cancel_order"
        return [_call(tool, order_id=refs.order_id)]
    return []


def _coloured_add(
    state: ShoppingState, u: Understanding, ctx: Context
) -> list[dict[str, Any]] | None:
    """ "Add two of the blue ones": the one listed product in that colour, else say which are."""
    if u.references.ordinals or u.references.product_ids or state.awaiting:
        return None  # a pending add's own question is answered by `_add_calls`
    listed = coloured_in_list(state, u, ctx)
    if listed is None:  # "add the teal mat" of two teal mats listed: which one
        said = [w.lower() for w in u.slots.color_words]
        listed = in_colour_picked(" ".join(u.text.lower().split()), said, state.shown, ctx.search)
    if listed is None:
        return None
    if len(listed) != 1:
        return [_call("answer_about_list", question=u.text)]
    said = u.slots.color_words or u.slots.colors
    return [
        _call(
            "add_to_cart", product_id=listed[0], size=u.slots.size, color=said[0],
            quantity=u.slots.quantity or 1,
        )
    ]  # fmt: skip


def _adds_the_photographed(state: ShoppingState, u: Understanding) -> bool:
    """ "Add this in size 9" after a photo whose look-alikes are still the list: no one of them
    is "this" yet, so the photo's best match of the kind most of them share is."""
    refs, photo = u.references, state.photo or {}
    if refs.product_ids or refs.ordinals or not refs.pronoun or photo.get("kind") != "item":
        return False
    listed = {p["id"] for p in state.shown}
    return bool(listed) and listed <= set(photo.get("ids") or [])


def _nothing_to_point_at(
    state: ShoppingState, u: Understanding, ctx: Context
) -> list[dict[str, Any]]:
    """A reference with no target: ask which one (no calls), unless nothing has been shown yet
    and the message names a kind of product the store sells ("could you get me listerine
    toothpaste", "find me a phone case? i'll take one in white"): then there is nothing to
    choose from, so search it. "is it waterproof?" names no kind, so it still asks which."""
    head = request_head(u.text)
    if state.shown or head is None or head.word not in _product_words(u).split():
        return []
    if judge_for(ctx.search).carried(head) is not True:
        return []
    return [_search(u, refine=False)]


_THE_LIST = re.compile(r"\b(?:they|them|these|those|any of (?:them|those|these))\b")
"""A plural pronoun: "do they come bigger?" after a list asks about the listed products."""
_MOST_LISTED = 5


def _the_list_meant(state: ShoppingState, u: Understanding) -> list[str]:
    """The listed products a question about "they" means: all of them (at most five)."""
    if len(state.shown) < 2 or not _THE_LIST.search(u.text.lower()):
        return []
    return [p["id"] for p in state.shown[:_MOST_LISTED]]


def contemplate_candidates(state: ShoppingState) -> list[str]:
    """The products to weigh: those named, else the last comparison, else the top of the list."""
    named = state.understanding.references.product_ids
    if len(named) >= 2:
        return named
    if state.compared:
        return list(state.compared)
    return [p["id"] for p in state.shown[:CONTEMPLATE_MAX]]


def _search(u: Understanding, *, refine: bool) -> dict[str, Any]:
    """A search, or a refinement of the active one, with what the message rules out."""
    query = u.slots.category or without_ages(u.text)  # "for a 10 year old": no 10-Piece set
    args: dict[str, Any] = {"query": query, "refine": refine}
    neg = u.negations
    if not neg.is_empty():
        args["exclude"] = {
            "colors": neg.colors,
            "brands": neg.brands,
            "words": [*neg.materials, *neg.words],
        }
    if u.slots.relax:
        args["relax"] = u.slots.relax
    if u.slots.required:
        args["require"] = u.slots.required
    return _call("search_products", **args)


def _add_calls(state: ShoppingState, u: Understanding) -> list[dict[str, Any]]:
    """Add the product meant; a pending add keeps the size, colour and quantity already given.

    A colour or size the shopper searched with ("black trail shoes in size 10") is used too, so
    "add the first one" does not ask for it again.
    """
    if not u.references.ordinals and len(items := _items(u.text, u.slots.named_colours)) > 1:
        return items
    awaiting = state.awaiting or {}
    said = u.slots.color_words or u.slots.colors
    picks = list(dict.fromkeys(u.references.product_ids))
    if len(u.references.ordinals) > 1 and len(picks) > 1 and not awaiting:
        counts = counts_per_pick(u.text, len(picks))  # "2 of the first and 1 of the second"
        return [  # "add the first two": one line for each product picked
            _call(
                "add_to_cart", product_id=pid, size=u.slots.size,
                color=said[0] if said else None, quantity=count or u.slots.quantity or 1,
            )
            for pid, count in zip(picks, counts, strict=True)
        ]  # fmt: skip
    product_id = _product_to_add(state, u)
    if product_id is None or (_names_other(state, u, product_id)):
        words = _product_words(u)
        if not words:
            return []
        return [
            _call(
                "add_by_name", query=words, size=u.slots.size,
                color=said[0] if said else None, quantity=u.slots.quantity or 1,
                **({"cheapest": True} if u.slots.sort == "price_asc" else {}),
            )
        ]  # fmt: skip
    given = awaiting if product_id == awaiting.get("product_id") else {}
    answer = u.slots.answer
    answered = answer.get("quantity", "")  # "actually two" in reply to "which colour?"
    count = int(answered) if answered.isdigit() else u.slots.quantity
    said_color = said[0] if said else None
    searched = state.filters or {}
    searched_size = (
        (searched.get("sizes") or [None])[0] if len(searched.get("sizes") or []) == 1 else None
    )
    return [
        _call(
            "add_to_cart",
            product_id=product_id,
            size=answer.get("size") or u.slots.size or given.get("size") or searched_size,
            color=answer.get("color") or said_color or given.get("color"),
            quantity=count or given.get("quantity") or 1,
        )
    ]


def _items(text: str, named_colours: list[str]) -> list[dict[str, Any]]:
    """One add by name per item of "add 2 sea salt chips and 1 lime chips" ([] for one item)."""
    calls: list[dict[str, Any]] = []
    for part in ITEM_BREAK.split(text.lower()):
        if calls and not order_core(part)[0]:
            continue  # "…, three pairs for my daughter": the count and recipient of the item before
        words = " ".join(_words_of_products(part, named_colours))
        if not words:
            return []
        said = [c for c in color_words_in(part) if c not in named_colours]
        calls.append(
            _call(
                "add_by_name", query=words, size=size_in(part),
                color=said[0] if said else None, quantity=_count(part),
            )
        )  # fmt: skip
    return calls


def _count(part: str) -> int:
    """How many of one item: "add 2 bags of …", or the count it opens with ("and 3 caps")."""
    if quantity := quantity_in(part):
        return quantity
    lead = re.match(r"\s*(\d{1,2}|one|two|three|four|five|six)\b", part)
    if lead is None:
        return 1
    words = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
    return int(lead[1]) if lead[1].isdigit() else words[lead[1]]


def _product_to_add(state: ShoppingState, u: Understanding) -> str | None:
    """The product named now, else the one whose size or colour the agent asked for."""
    pending = (state.awaiting or {}).get("product_id")
    if pending and u.slots.answer:
        return str(pending)
    refs = u.references
    names_one = refs.ordinals or u.slots.cheaper or u.slots.pricier or refs.names_product
    if pending and not names_one:
        return str(pending)
    ids = refs.product_ids or ([state.shown[0]["id"]] if len(state.shown) == 1 else [])
    return ids[0] if ids else None


def _names_other(state: ShoppingState, u: Understanding, product_id: str) -> bool:
    """An add that falls back on a product in focus but names another kind of thing
    ("add 2 socks in black" right after adding sneakers)."""
    if u.references.ordinals or u.references.names_product or u.references.pronoun:
        return False
    if u.slots.answer or u.slots.cheaper or u.slots.pricier:
        return False
    words = set(tokenize(_product_words(u))) - set(tokenize(u.slots.size or ""))
    if not words:
        return False  # "add the navy queen": a size of the product meant
    if _SAME.search(u.text):
        return False  # "same sneaker in black please": the product just chosen, once more
    title = next((p["title"] for p in [*state.shown, *state.seen] if p["id"] == product_id), "")
    return not words & set(tokenize(title))


def _product_words(u: Understanding) -> str:
    """The words naming a product in an add ("add 3 socks in black" -> "socks"); who it is for,
    the occasion and the list it goes on name no product ("… for my son's birthday party")."""
    text = without_told_opinions(u.text.lower())  # "the pink is cute, add the pink ones"
    for said in u.slots.color_words:  # "in heather gray": no product called "heather"
        text = re.sub(rf"(?<![\w-]){re.escape(said.lower())}(?![\w-])", " ", text)
    text = without_recipient(_ONTO_LIST.sub(" ", without_gift_reason(text)))
    return " ".join(_words_of_products(text, u.slots.named_colours))


def _words_of_products(text: str, named_colours: list[str]) -> list[str]:
    """The words of `new_words` less the add's own, with the colours said inside a product's name
    kept in their place ("an orange juice" -> "orange juice")."""
    kept = {*new_words(text), *named_colours} - _ADD_WORDS
    return [w for w in re.findall(r"[a-z][a-z'-]+", text.lower()) if w in kept]


def _line_calls(u: Understanding) -> list[dict[str, Any]]:
    """Change the cart line the reader found; remove means quantity 0."""
    quantity = 0 if u.intent is Intent.REMOVE else (u.slots.quantity or 1)
    meant = u.references.line_product_ids or [""]
    if u.intent is not Intent.REMOVE and not u.slots.each:
        meant = meant[:1]
    by: dict[str, Any] = {"by": u.slots.change_by} if u.slots.change_by else {}  # "take one off"
    said = u.slots.color_words or u.slots.colors
    if u.intent is Intent.REMOVE and (kept := command_clauses(u.text.lower())[1]):
        # "just the olive one. take the pink one off": the olive is kept, the pink removed
        kept_words = {*color_words_in(kept), *colors_in(kept)}
        said = [word for word in said if word not in kept_words] or said
    if said or u.slots.size:  # "drop the olive one": of two lines of one product
        by |= {"color": said[0] if said else None, "size": u.slots.size}
    return [_call("change_cart_line", product_id=pid, quantity=quantity, **by) for pid in meant]


def _details_calls(state: ShoppingState, u: Understanding) -> list[dict[str, Any]]:
    """Details add up over messages; the checkout hears them once name, email and address are in.

    At the confirmation a new address, email or name replaces the one on the order, which is
    then shown again to confirm; "wrong address" alone asks for the new one first."""
    awaiting = state.awaiting or {}
    known = awaiting.get("draft") or (state.buyer if state.pending_checkout else state.noted)
    details = swapped(known, u.slots.details)  # "it's 71 Maple Dr not 17": mended in place
    changing = u.slots.changing or ("address" if details is None else "")
    if changing and not details:
        draft = {k: v for k, v in (known or {}).items() if k != changing}
        return [_call("note_checkout_details", details=draft, change=changing)]
    draft = merge_details(known, details or {})
    if is_complete(draft):
        calls = [_call("give_checkout_details", **draft)]
        if not state.pending_checkout and state.cart_id:
            calls.append(_call("start_checkout"))  # "checkout, Sam Lee, sam@…, 1 Market St…"
        return calls
    return [_call("note_checkout_details", details=draft)]


def _call(tool: str, **args: Any) -> dict[str, Any]:
    return {"name": tool, "args": args, "id": f"call_{uuid.uuid4().hex[:12]}", "type": "tool_call"}
