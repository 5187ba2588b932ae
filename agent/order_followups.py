"""What shoppers say about an order once it is placed: where it is ("has it been sent out?"),
taking it back in loose words ("scrap that order", "I changed my mind about the purchase",
"i dont want it anymore" with nothing in the cart) and refund or return questions. The shop
answers the latter with what it can do (its returns policy, and a cancel with a full refund
while the order has not shipped), and cancels only after the shopper's yes.
"""

from __future__ import annotations

import re
from typing import Any

from agent.order_terms import policy_sentences
from agent.state import ShoppingState
from agent.understanding import Intent

_ORDER = r"(?:the|that|this|my|our)\s+(?:last |whole |entire |recent |latest )?(?:order|purchase)"
_TAKES_BACK = re.compile(
    r"\b(?:scrap|ditch|drop|nix|kill|void|forget(?: about)?|scratch|bin|undo|reverse|take back"
    rf"|stop|halt|abort|withdraw|pull)\b[^.?!]{{0,15}}\b{_ORDER}\b"
    rf"|\bchanged? (?:my|our) minds? (?:about|on|regarding|with) {_ORDER}\b"
    rf"|\b(?:don'?t|do not|no longer) (?:want|need) {_ORDER}\b"
    r"|\b(?:ordered|bought|purchased) (?:it|that|this|them|the wrong [\w-]+) by (?:mistake"
    r"|accident)\b"
    r"|\b(?:order|purchase) (?:was|is) (?:a mistake|an accident)\b"
    # "can I still cancel?", "too late to cancel?": the order, unless another thing is named
    r"|\bcancel(?:l?ation|l?ing)?\b(?!\s+(?:the|my|that|this|those|these|a|an)\s+(?!order|purchase)"
    r"\w)(?=[^.!]*(?:\?|$))"
)
# With the cart empty, "it" is what was just ordered: "i dont want it anymore".
_NO_LONGER_WANTED = re.compile(
    r"(?:\b(?:don'?t|do not|no longer) (?:want|need) (?:it|them|this|that|these|those)"
    r"(?: any ?more| after all| now)?"
    r"|\bchanged? (?:my|our) minds?(?: about (?:it|that|this|them|buying (?:it|them)))?)"
    r"(?:\W+(?:please|pls|sorry|thanks|lol))?\W*$"
)
_WHERE_IS_IT = re.compile(
    r"\b(?:has|have|did) (?:it|they|that|(?:(?:the|my|that|this|our) )?order|my stuff"
    r"|the package|my package) (?:already )?(?:been )?(?:sent|shipped|dispatched|posted|mailed"
    r"|gone out|left)\b"
    # "where's that order at now?": the order just placed, named by a pointer
    r"|\bwhere(?:'?s| is) (?:that|this|the|my|our) (?:last |latest )?(?:order|package|parcel)\b"
    r"|\b(?:is|are) (?:it|they|my order|the order|my package) (?:on (?:its|their|the) way"
    r"|out for delivery|shipped|sent|dispatched|coming)\b"
    r"|\bwhen (?:does|do|will|would|should|can i expect|might) (?:it|they|my order|the order"
    r"|my stuff|the package|my package|my parcel)(?: to)? (?:get here|arrive|come|ship"
    r"|be (?:delivered|here|shipped|sent)|show up|turn up|get to me)\b"
    r"|\b(?:any )?(?:updates?|news) (?:on|about) (?:my|the) (?:order|package|parcel|delivery)\b"
    # in a second language's word order: "when my package will arrive?", "status of it?"
    r"|\bwhen (?:my|the) (?:order|package|parcel|stuff) (?:will |is going to |gonna )?"
    r"(?:arrive|come|ship|be (?:delivered|here|shipped|sent))\b"
    r"|\b(?:what(?:'s| is) )?(?:the )?status of (?:it|my order|the order|my package)\b"
    r"|\b(?:is|was|has) (?:the|my) (?:order|package|parcel) (?:already )?(?:been )?"
    r"(?:send|sent|shipped|dispatched|posted)\b"
    r"|\btracking (?:number|info|information|link|code)\b"
    r"|\btrack (?:it|them|my (?:order|package|parcel))\b"
)
# "can I change that order to a large?", "I ordered the wrong size", "could you edit my order":
# a placed order is never edited in place; the honest offer is to cancel it and order again.
_CHANGE_VERB = r"(?:change|edit|modify|amend|alter|update|switch|swap|fix|correct|adjust)"
_CHANGES_ORDER = re.compile(
    rf"\b{_CHANGE_VERB}\b[^.?!]{{0,20}}\b{_ORDER}\b"
    rf"|\b{_ORDER}\b[^.?!]{{0,12}}\b(?:be )?{_CHANGE_VERB}[sd]?\b"
    r"|\b(?:ordered|bought|purchased|picked|chose|got|put in) (?:the |a )?wrong"
    r" (?:size|colou?r|one|item|thing|model|version|variant|flavou?r|length|fit)\b"
)
_REFUND = re.compile(
    r"\b(?:refunds?|refunded|money back"
    r"|(?:return|send back|exchange) (?:it|this|that|them|these|those|the order|my order"
    r"|the [\w-]+)|send (?:it|them|this|that) back)\b"
)


def takes_back_order(text: str) -> bool:
    """ "ugh scrap that order", "I changed my mind about the purchase" (lower-case text)."""
    return bool(_TAKES_BACK.search(text))


def no_longer_wanted(text: str) -> bool:
    """ "i dont want it anymore", "changed my mind": about the order when the cart is empty."""
    return bool(_NO_LONGER_WANTED.search(text))


def asks_where_it_is(text: str) -> bool:
    """ "has it been sent out?", "is it on its way", "any update on my order?"."""
    return bool(_WHERE_IS_IT.search(text))


def asks_order_change(text: str) -> bool:
    """ "can I change that order to a large?", "I ordered the wrong colour" (lower-case text)."""
    return bool(_CHANGES_ORDER.search(text))


def asks_refund(text: str) -> bool:
    """ "can i get a refund on that?", "how do I return it if it's too small?"."""
    return bool(_REFUND.search(text))


def refund_words(state: ShoppingState, policies: str) -> str:
    """Said before the offer to cancel when the shopper asked about a refund or a return: the
    store's returns policy, and that cancelling refunds in full while the order is unshipped."""
    u = state.understanding
    if u.intent is not Intent.CANCEL_ORDER or not asks_refund(u.text.lower()):
        return ""
    asked = next((e for e in state.events if e["tool"] == "ask_cancel_order"), None)
    if asked is None:
        return ""
    returns = policy_sentences(policies, r"\breturn|\brefund|\bexchange")
    if asked["ok"] and _asks(asked["data"]):
        unshipped = (
            "Your order hasn't shipped yet, so I can cancel it now and refund it in full instead."
        )
        return " ".join(filter(None, [returns, unshipped]))
    return returns


def change_words(state: ShoppingState) -> str:
    """Said before the offer to cancel when the shopper asked to change a placed order."""
    u = state.understanding
    if u.intent is not Intent.CANCEL_ORDER or not asks_order_change(u.text.lower()):
        return ""
    asked = next((e for e in state.events if e["tool"] == "ask_cancel_order"), None)
    if asked is None or not (asked["ok"] and _asks(asked["data"])):
        return ""
    return (
        "I can't change an order once it's placed, but I can cancel it (refunded in full, as it "
        "hasn't shipped) and you can order again what you want."
    )


def _asks(data: dict[str, Any]) -> bool:
    return bool(data.get("ask"))
