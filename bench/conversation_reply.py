"""Reply-text checks of the conversation benchmark, all through lenient patterns.

What a shopper reads: "we don't carry that", "your order has been cancelled", the total to be
charged at the confirmation, and per-conversation regular expressions.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bench.conversation_checks import Context
    from bench.conversation_data import CatalogFacts

# A "no match" / "we don't carry that" answer, in the many ways people phrase it.
NO_MATCH = re.compile(
    r"\b(don'?t|do not|doesn'?t|does not|didn'?t|did not|can'?t|cannot|couldn'?t|could not|"
    r"won'?t|unable|not able|aren'?t|are not|isn'?t|is not)\b.{0,40}"
    r"\b(carry|carried|sell|sold|stock|stocked|have|find|offer|see|match|locate|available)|"
    r"\bwe have no\b|\bunfortunately\b|\bno luck\b|"
    r"\bno (exact |close |good |matching )?(match|matches|results?|products?|items?)\b|"
    r"\bnothing (in|that|matching|matches|like|quite|close)|\bnot something we\b|"
    r"\bout of (our )?(range|scope)\b|\bisn'?t something we\b|\bnot (in|part of) our\b|"
    r"\bsorry\b",
    re.IGNORECASE,
)

# "Your order has been cancelled", not "I couldn't cancel it".
CANCELLED = re.compile(
    r"^(?!.*\b(not|n't|unable|couldn'?t|cannot)\b[^.]{0,30}cancel).*\bcancell?ed\b",
    re.IGNORECASE | re.DOTALL,
)


def reply_matches(value: Any, turn: dict[str, Any], ctx: Context, f: CatalogFacts) -> list[str]:
    ok = re.search(value, turn.get("reply") or "", re.IGNORECASE | re.DOTALL)
    return [] if ok else [f"reply does not match /{value}/: {short_reply(turn)}"]


def reply_avoids(value: Any, turn: dict[str, Any], ctx: Context, f: CatalogFacts) -> list[str]:
    bad = re.search(value, turn.get("reply") or "", re.IGNORECASE | re.DOTALL)
    return [f"reply matches /{value}/: {short_reply(turn)}"] if bad else []


def says_no_match(value: Any, turn: dict[str, Any], ctx: Context, f: CatalogFacts) -> list[str]:
    said = bool(NO_MATCH.search(turn.get("reply") or ""))
    if said == bool(value):
        return []
    return [f"{'no' if value else 'a'} 'we don't carry that' answer: {short_reply(turn)}"]


def short_reply(turn: dict[str, Any]) -> str:
    reply = " ".join((turn.get("reply") or "").split())
    return repr(reply[:160] + ("…" if len(reply) > 160 else ""))


def _money_pattern(minor: int) -> str:
    amounts = {f"{minor / 100:,.2f}", f"{minor / 100:.2f}"}  # 1,234.50 or 1234.50
    return "|".join(rf"(?<![\d.]){re.escape(a)}(?!\d)" for a in sorted(amounts))


def total_shown(value: Any, turn: dict[str, Any], ctx: Context, f: CatalogFacts) -> list[str]:
    """The confirmation shows the amount to be charged: items plus shipping plus tax.

    Either the turn's `checkout` summary (what a widget's card shows) adds up and matches the
    cart, or the reply names that total (items + this shop's shipping: $5.99 under $50, no tax).
    """
    if not turn.get("awaiting_confirmation"):
        return ["no confirmation is pending"]
    cart = turn.get("cart") or ctx.cart or {}
    subtotal = (cart.get("subtotal") or {}).get("amount")
    checkout = turn.get("checkout") or {}
    if checkout.get("total"):
        parts = [(checkout.get(k) or {}).get("amount") for k in ("subtotal", "shipping", "tax")]
        total = checkout["total"]["amount"]
        if None not in parts and sum(parts) != total:  # type: ignore[arg-type]
            return [f"checkout total {total} is not subtotal + shipping + tax {parts}"]
        if subtotal is not None and parts[0] is not None and parts[0] != subtotal:
            return [f"checkout subtotal {parts[0]} is not the cart's {subtotal}"]
        return []
    if subtotal is None:
        return ["confirmation without a cart or a checkout summary"]
    total = subtotal + (599 if subtotal < 5000 else 0)
    if re.search(_money_pattern(total), turn.get("reply") or ""):
        return []
    return [f"total {total / 100:.2f} not in the confirmation: {short_reply(turn)}"]
