"""Questions about the terms of the order waiting for a yes: shipping, delivery time, returns,
tax, the total, how to pay, whether paying is safe and the parcel will come. At the
confirmation they are answered from the summary and the store's policies, and the order is
asked about again; none of them is a yes or a no.
"""

from __future__ import annotations

import re
from typing import Any

from agent.outcome import money_text

_C = re.compile

# Checked in order: the first term a question names is the one answered.
_TERMS = (
    (
        "safety",
        _C(
            r"\b(?:(?:is|'s) (?:it|this|that|paying|payment|the payment|this site|the site)"
            r" (?:all )?"
            r"(?:safe|secure|legit(?:imate)?|trustworthy|a scam)|safe to (?:pay|buy|order)"
            r"|(?:my )?(?:money|card|card details|payment) (?:be |is |are )?(?:safe|secure|alright"
            r"|all right|ok(?:ay)?|protected)|will my money be|scam|fraud"
            r"|(?:definitely|really|actually|surely) (?:arrive|come|get (?:here|to me)|be delivered"
            r"|turn up)|(?:won'?t|doesn'?t|never|not) (?:arrive|come|turn up|show up|get here)"
            r"|gets? lost)\b"
        ),
    ),
    (
        "tax",
        _C(r"\b(?:tax(?:es)?|vat|gst|duty|duties|customs)\b"),
    ),
    (
        "returns",
        _C(
            r"\b(?:returns?|returnable|refunds?|refundable|exchanges?|money back|send (?:it|them"
            r"|this|those) back|take (?:it|them) back|doesn'?t fit|don'?t fit|does not fit"
            r"|if i don'?t like)\b"
        ),
    ),
    (
        "delivery",
        _C(
            r"\b(?:when (?:will|would|does|do|could|can|should|might) (?:it|they|this|that|the"
            r" (?:order|package|parcel|stuff)|my (?:order|package|parcel|stuff)|i)"
            r" (?:arrive|come|ship|get (?:here|there|delivered|it|them)|be (?:delivered|here|there"
            r"|shipped)|receive)"
            r"|how (?:long|soon|fast|quick(?:ly)?)\b[^.?!]{0,40}\b(?:arrive|ship|shipping|deliver"
            r"|delivery|take|get (?:here|it|them)|come)"
            r"|delivery (?:time|date|estimate|window)|arrival (?:date|time)|eta\b"
            r"|(?:arrive|get here|be here|be delivered) (?:by|before|in time)"
            r"|business days|express|overnight|next[- ]day)"
        ),
    ),
    (
        "shipping",
        _C(
            r"\b(?:shipping|delivery|postage|p\s?&\s?p|freight|ship(?:ping)? (?:cost|fee|charge))"
            r"\b"
        ),
    ),
    (
        "payment",
        _C(
            r"\b(?:pay(?:ing)? (?:with|by|via|using|through)|payment (?:methods?|options?)"
            r"|paypal|apple ?pay|google ?pay|klarna|afterpay|credit card|debit card|visa"
            r"|mastercard|amex|which card|what card|charged? (?:when|now|today|right away))\b"
        ),
    ),
    (
        "total",
        _C(
            r"\b(?:(?:is|'s) (?:that|this|it) (?:the )?(?:final|full|whole|total|all)"
            r"|final (?:price|total|amount|cost)|(?:total|everything|all) (?:i|i'?ll|i will)"
            r" (?:pay|be charged)|how much (?:will|would|do) i (?:pay|be charged|owe)"
            r"|any (?:other|hidden|extra) (?:fees?|charges?|costs?)|in (?:usd|dollars|euros?"
            r"|pounds)|what currency"
            # "can I see the total again?", "what's the new total?", "the amount once more?"
            r"|(?:the|my|new|final|updated|order) (?:total|amount|summary)"
            r"|(?:total|summary) (?:again|now|once more))\b"
        ),
    ),
)
_ASKS = _C(
    r"\?|^\W*(?:(?:wait|hold on|hang on|hmm+|um+|uh+|oh|so|and|but|also|sorry|actually|quick"
    r" question|before (?:that|i (?:say yes|confirm)))\W+)*(?:is|are|does|do|did|can|could|will"
    r"|would|has|have|how|what|what'?s|whats|when|which|where|why|any)\b"
)


def term_asked(text: str) -> str | None:
    """The term a question about the order asks about ("tax", "returns", "delivery",
    "shipping", "payment", "total"), else None."""
    lowered = " ".join(text.lower().split())
    if not _ASKS.search(lowered):
        return None
    return next((term for term, said in _TERMS if said.search(lowered)), None)


def term_answer(term: str, summary: dict[str, Any], policies: str) -> str:
    """The answer about the order shown, from its totals and the store's written policies."""
    totals = summary.get("totals", {})
    total = money_text(totals["total"]) if "total" in totals else ""
    if term == "shipping":
        cost = totals.get("shipping")
        rule = policy_sentences(policies, r"\bshipping is\b|free on orders")
        said = (
            f"Shipping on this order is {money_text(cost)}"
            if cost and int(cost["amount"])
            else "Shipping on this order is free"
        )
        return " ".join(filter(None, [f"{said}, included in the {total} total.", rule]))
    if term == "safety":  # "is it safe? will my money be alright and will it arrive?"
        timing = policy_sentences(policies, r"\b(?:ship|deliver|arriv|dispatch)")
        return " ".join(
            filter(
                None,
                [
                    f"Nothing is charged until you say yes, and then only the {total} total shown"
                    " here; the store's payment provider takes the payment.",
                    timing,
                    "Until the order ships you can ask me to cancel it for a full refund.",
                ],
            )
        )
    if term == "delivery":
        timing = policy_sentences(
            policies,
            r"^(?=.*\b(?:ship|deliver|arriv|dispatch))(?=.*\b(?:days?|weeks?|hours?)\b)",
        )
        return timing or (
            "I can't promise a delivery date from here — the store hasn't given me one."
        )
    if term == "returns":
        rule = policy_sentences(policies, r"\breturn|\brefund|\bexchange")
        told = rule or "The store hasn't told me its returns policy."
        return f"{told} And until the order ships you can ask me to cancel it for a full refund."
    if term == "tax":
        tax = totals.get("tax")
        if tax and int(tax["amount"]):
            return f"Yes — the {total} total includes {money_text(tax)} tax."
        return f"There's no tax on this order, so the {total} total is everything you pay."
    if term == "payment":
        return (
            "Nothing is charged until you say yes. The payment options come from the store's "
            "payment provider, so I can't promise a particular one from here."
        )
    parts = [
        f"{key} {money_text(totals[key])}"
        for key in ("subtotal", "shipping", "tax")
        if key in totals
    ]
    return f"The total is {total} ({summary.get('currency', '')}), everything: {', '.join(parts)}."


def policy_sentences(text: str, pattern: str) -> str:
    """The policy sentences that match (the store writes its policies as short sentences)."""
    found = [s.strip() for s in re.split(r"(?<=[.!])\s+", text) if re.search(pattern, s, re.I)]
    return " ".join(dict.fromkeys(found))
