"""Questions about the store rather than its products: how to pay, where it ships, where it is
based, how to reach a person, returns and delivery times.

The assistant knows the store's policy text (`Settings.store_policies`), its shipping rule and
nothing about payment providers, delivery countries, its address or contact details beyond them,
so it answers from the policy when the policy says so and otherwise says honestly that it does
not know (or where the shopper can see it, the checkout page), then steers back. Such a question
is answered even when it names a product ("if the running shoes don't fit can I get a refund?").
"""

from __future__ import annotations

import re

from agent.phrases import ORDER_STATUS, PAID_TOTAL
from agent.shipping_rule import ASKS_SHIPPING_COST
from agent.status_asks import asks_about_the_order

_PAYMENT = re.compile(
    r"\b(?:pay(?:ing)? (?:with|by|via|using|in|through)|payment (?:methods?|options?)"
    r"|ways to pay|paypal|apple ?pay|google ?pay|klarna|afterpay|affirm|venmo|amex"
    r"|american express|credit cards?|debit cards?|visa|mastercard|crypto|bitcoin"
    r"|instal(?:l)?ments?|cash on delivery|buy now,? pay later|accept (?:cards?|cash))\b",
    re.I,
)
_DESTINATION = re.compile(
    r"\b(?:ship|deliver|send|post)(?:s|ping|ed)?\s+(?:(?:it|them|orders?|stuff|things)\s+)?"
    r"(?:(?:out\s+)?to\s+(?:the\s+)?(?P<place>(?:(?:new|south|north|united|hong|puerto|costa|sri|saudi|el|san|west|east)\s+)?[a-z][a-z.]*)"
    r"|internationally|abroad|overseas|worldwide|outside(?: the)?(?: us| usa| u\.s\.)?)",
    re.I,
)
_ASKS = re.compile(
    r"\?|^\s*(?:can|could|do|does|is|are|will|would|what|which|how|where|u|you)\b", re.I
)
_WANTS_A_PRODUCT = re.compile(
    r"\b(?:have|sell|carry|stock|looking for|need|want|show|holders?|wallets?|cases?|readers?)\b",
    re.I,
)
_NOT_A_PLACE = frozenset(
    {"me", "my", "us", "you", "your", "him", "her", "them", "there", "here", "it"}
)


_BASED = re.compile(
    r"\bwhere (?:are|r) (?:you|u|ya)(?: guys| all| folks| people)? (?:based|located|situated"
    r"|from|at|out of)\b"
    r"|\bwhere(?:'s| is) (?:your|the) (?:company|store|shop|business|warehouse|office|hq"
    r"|headquarters|head office)\b(?!\s+(?:policy|policies))"
    r"|\bwhere (?:do|does) (?:you|u|ya|the (?:store|shop|company)|it|(?:my )?orders?) (?:ship"
    r"|send|post|dispatch|come)(?: \w+)? (?:from|out of)\b"
    r"|\bwhat (?:country|city|state|town) (?:are|r) (?:you|u)(?: guys)? (?:in|based|from|located)"
    r"|\b(?:physical|brick[- ]and[- ]mortar|real[- ]life|walk[- ]in) (?:store|shop|location)s?\b"
    r"|\b(?:store|shop|company|business|your) (?:address|location)\b(?!\s+(?:form|field))"
    r"|\b(?:visit|come to|go to|find) (?:your|the) (?:store|shop|showroom)\b"
    r"|\b(?:store|shop|showroom|location|branch)e?s? (?:near me|nearby|i (?:can|could) (?:visit"
    r"|go to|come to|pop into))\b"
    r"|\bare (?:you|u) (?:guys )?(?:a |an )?(?:us|uk|u\.s\.|american|british|european|canadian"
    r"|local|chinese)(?:[- ]based)? (?:company|store|shop|business|site|website)\b"
    r"|\bwhich country (?:are|r|is) (?:you|u|the (?:store|shop))\b"
    r"|\b(?:have|got|is there|are there) (?:a |an |any )?(?:physical |real |actual )?"
    r"(?:stores?|shops?|branch(?:es)?|locations?|outlets?|showrooms?) (?:in|near|around)\b",
    re.I,
)
"""Where the store is: "where are you guys based?", "is there a physical store I can visit?"."""
_PERSON = re.compile(
    r"\b(?:speak|talk|chat) (?:to|with) (?:a |an |the |some |your |real |actual |live |human )*"
    r"(?:human|person|people|agent|representative|rep|someone|somebody|anyone|manager|supervisor"
    r"|customer (?:service|support|care)|support|staff|employee|operator|real one)\b"
    r"|\b(?:customer (?:service|support|care)|help ?desk|support team|call cent(?:er|re))\b"
    r"|\bcontact (?:you|u|the (?:store|shop|company)|support|someone|customer|us)\b"
    r"|\bhow (?:do|can|could|would) i (?:contact|reach|call|email|phone|get (?:in touch with|hold"
    r" of))\b|\bget in touch\b"
    r"|\b(?:your|the store'?s|the shop'?s|the company'?s|a) (?:(?:tele)?phone (?:number|no\b|line)"
    r"|telephone"
    r"|e-?mail(?: address)?|contact (?:details|info|information|number|email|page))\b"
    r"|\b(?:human|person|agent|representative|operator),? (?:please|pls|plz|now)\b"
    r"|^\W*(?:(?:a |an )?(?:real |live )?(?:human|person|agent|representative|operator))\W*$",
    re.I,
)
"""A person to talk to: "can I speak to a real person?", "customer service number?"; "your
phone" alone is the shopper's ("the pad you lay your phone on")."""
_HOURS = re.compile(
    r"\b(?:are|r) (?:you|u|ya)(?: guys)? (?:open|closed)\b|\b(?:opening|business|store|shop"
    r"|office) hours\b|\bwhat time (?:do|does) (?:you|u|the (?:store|shop)) (?:open|close)\b"
    r"|\bwhen (?:do|does) (?:you|u|the (?:store|shop)) (?:open|close)\b",
    re.I,
)
"""Opening hours: "are you open on Sundays?"."""
_CURRENCY = re.compile(
    r"\b(?:what|which) currency\b|\bcurrency (?:are|is|do)\b|\bprices? (?:are |is )?in "
    r"(?:what|which)\b|\bin (?:usd|dollars|us dollars|euros?|pounds|cad|aud|gbp|eur)\?"
    r"|\b(?:are|is) (?:the |your |these |those )?prices? (?:in|shown in) (?:usd|dollars|us dollars"
    r"|euros?|pounds|cad|aud|gbp|eur|canadian|australian)\b"
    r"|\b(?:pay|charge) in (?:usd|euros?|pounds|cad|aud|gbp|eur|canadian dollars)\b",
    re.I,
)
"""The store's currency: "what currency are prices in?", "are prices in USD?"."""
_RETURNS = re.compile(
    r"\b(?:return|refund|exchange|returns) polic(?:y|ies)\b"
    r"|\b(?:can|could|do|may|will) (?:i|we|you) (?:get|have|ask for|request|give me|issue)"
    r" (?:a |my |the |full )?(?:refund|money back|exchange|store credit)\b"
    r"|\b(?:can|could|may|do) (?:i|we) (?:return|send back)\b"
    r"|\b(?:can|could|may) (?:i|we) (?:exchange|swap) [^.?!]{0,30}\b(?:if|later|after|once"
    r"|when)\b"
    r"|\b(?:can|could|may) (?:i|we) send (?:it|them|this|that|these|those|the [\w -]{1,30}) back"
    r"|\bhow (?:do|can|would|could) i (?:return|exchange|get (?:a |my )?refund|get my money back"
    r"|send (?:[\w-]+ ){0,3}back)\b"
    r"|\b(?:do|does|will) (?:you|u|ya|the (?:store|shop)) (?:do|offer|accept|take|allow)"
    r" (?:free )?(?:returns|refunds|exchanges)\b"
    r"|\b(?:you|u|ya) (?:do |still )?(?:do|offer|accept|take|allow) (?:free )?(?:returns|refunds"
    r"|exchanges)\b[^.!]*\?"  # "you do take returns if one doesn't fit right?"
    r"|\b(?:what if|if) (?:it|they|one|the [\w -]{1,30}|(?:it|they) (?:don'?t|doesn'?t) fit,?) "
    r"(?:don'?t|doesn'?t|do not|does not|won'?t|didn'?t) (?:fit|work|suit)\b"
    r"|\b(?:are|is) (?:returns|refunds|exchanges|returning) (?:free|possible|allowed|ok)\b"
    r"|\bhow long (?:do i have|have i got) to (?:return|send)\b|\bmoney[- ]back\b",
    re.I,
)
_WANTS_REFUND = re.compile(
    r"\b(?:i'?d|i would|i want|i need|we'?d|we would|we want)(?: like)?(?: to (?:get|have))?"
    r" (?:a |my |the |our |full )*(?:refund|money back)\b|\brefund (?:the |my )?\$?\d",
    re.I,
)
"""A refund claimed in words ("I'd like my money back", "refund the $60 to my card"): the policy
is told, and no refund is ever made from the chat."""
"""Returns and refunds as a policy: "if the running shoes don't fit can I get a refund?"."""
_DELIVERY_TIME = re.compile(
    r"\bhow (?:long|fast|quick(?:ly)?|soon)\b[^.?!]{0,40}\b(?:shipping|delivery|deliver(?:ed)?"
    r"|to ship|ships|arrive|get here|get to me|take to (?:arrive|come))\b"
    r"|\b(?:shipping|delivery) (?:time|times|speed|estimate|window|take)s?\b"
    r"|\b(?:express|next[- ]day|same[- ]day|overnight|expedited|priority|2[- ]day|two[- ]day)"
    r" (?:shipping|delivery)\b",
    re.I,
)
"""How long delivery takes: "how long would delivery take for the boots?"."""


_ASKS_ALSO = re.compile(r"\b(?:if|what if|what'?s|whats|tell me|polic(?:y|ies))\b", re.I)


def asks_about_the_store(text: str, *, has_order: bool = False) -> bool:
    """A question about the store itself, answered in words and never with a product list.
    After an order, returns and delivery are about that order (agent/order_followups.py)."""
    lowered = text.lower()  # "what did I pay in the end?" asks the total, not how to pay
    if has_order and (PAID_TOTAL.search(lowered) or asks_about_the_order(lowered)):
        return False  # "how much did i pay?" after an order: that order's total
    if ORDER_STATUS.search(lowered) or re.search(r"\bcancel", text, re.I):
        return False  # "when will my order arrive?", "cancel and refund it": the order tools
    if asks_about_paying(text) or asks_where_shipped(text):
        return True
    if _BASED.search(text) or _PERSON.search(text) or _HOURS.search(text):
        return True
    if _CURRENCY.search(text):
        return True
    if has_order:
        return bool(ASKS_SHIPPING_COST.search(text) and _ASKS.search(text))
    asks = _ASKS.search(text) or _ASKS_ALSO.search(text) or _WANTS_REFUND.search(text)
    refund = _RETURNS.search(text) or _WANTS_REFUND.search(text)
    policy = refund or _DELIVERY_TIME.search(text) or ASKS_SHIPPING_COST.search(text)
    return bool(asks and policy)


def asks_about_paying(text: str) -> bool:
    """ "Can I pay with PayPal?", "do you take apple pay", "is klarna an option?"."""
    if _WANTS_A_PRODUCT.search(text):
        return False  # "do you have a credit card wallet?"
    return bool(_ASKS.search(text) and _PAYMENT.search(text))


def asks_where_shipped(text: str) -> bool:
    """ "Do you ship to Canada?", "can you deliver to the UK", "do u ship internationally?"."""
    match = _DESTINATION.search(text)
    if not (match and _ASKS.search(text)):
        return False
    place = (match.group("place") or "").lower()
    return place not in _NOT_A_PLACE


def store_answer(text: str, policies: str, *, currency: str = "USD") -> str | None:
    """A short honest answer to a question about the store itself, else None."""
    if _CURRENCY.search(text):  # before paying: "can I pay in euros?" asks the currency
        return (
            f"All prices are in {currency}, and that is the currency checkout charges in. "
            "What can I find for you?"
        )
    if asks_about_paying(text):
        return (
            "Payment methods are listed on the checkout page, right before you pay — that list "
            "comes from the store's payment provider, so I can't promise a particular one from "
            "here. Whenever your cart is ready I can take you to checkout. What can I find for you?"
        )
    if not asks_where_shipped(text):
        return _other_store_answer(text, policies)
    match = _DESTINATION.search(text)
    place = ((match.group("place") if match else "") or "").strip()
    if place and place.lower() in policies.lower():
        return f"{policies} Anything I can help you find?"
    where = f"whether we ship to {_place_name(place)}" if place else "where abroad we ship"
    return (
        f"I can't tell from here {where} — the checkout page shows the shipping options once "
        f"you enter your address. What I know: {policies} What can I find for you?"
    )


def _place_name(place: str) -> str:
    words = place.split()
    return " ".join(w.upper() if len(words) == 1 and len(w) <= 3 else w.capitalize() for w in words)


def _other_store_answer(text: str, policies: str) -> str | None:
    if _PERSON.search(text):
        return (
            "I'm the store's automated shopping assistant, so I can't hand you over to a person "
            "from this chat, and I don't have the store's phone number or email. Right here I can "
            "find products, answer questions about them, handle your cart and checkout, and look "
            "up or cancel your orders. What do you need?"
        )
    if _HOURS.search(text):
        return (
            "I'm here in this chat any time, day or night. I don't have information about "
            "opening hours or any shop you could visit. What can I find for you?"
        )
    if _BASED.search(text):
        return (
            "I don't have that information — I don't know where the store is based or whether "
            f"it has a shop you can visit. What I do know: {policies} What can I find for you?"
        )
    refund = _RETURNS.search(text) or _WANTS_REFUND.search(text)
    if refund or _DELIVERY_TIME.search(text) or ASKS_SHIPPING_COST.search(text):
        return f"{policies} Anything I can help you find?"
    return None
