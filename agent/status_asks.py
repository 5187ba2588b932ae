"""After an order, what shoppers ask about it in loose words: "so whats the status now", "what's
happening with it now?", "So it definitely went through, I won't be charged twice?", "was that
successful? how much was it altogether?". Each asks about that order (its status and total),
never for a search or the empty cart."""

from __future__ import annotations

import re

_STATUS = re.compile(
    r"\b(?:what'?s|whats|what is|how'?s|hows|how is) (?:the |its |it'?s |my |our )?(?:status|state)"
    r"|\bstatus (?:now|update|of (?:it|that|things))\b|^\W*(?:and |so )?status\W*$"
    r"|\bwhat'?s (?:happening|going on) with (?:it|that|the order|my order|my stuff)"
    r"|\bwhere (?:are|do) (?:we|things) stand\b|\bwhere'?s (?:it|that) at\b"
)
_WENT_THROUGH = re.compile(
    r"\b(?:it|that|the order|my order|the payment|everything) (?:(?:definitely|really|actually"
    r"|def|defo|surely|all) )?(?:went|has gone|gone|got) through\b"
    r"|\b(?:won'?t|will not|wont|not going to|don'?t want to) (?:be |get )?(?:charged|billed|pay)"
    r" (?:twice|again|double)|\b(?:double|twice)[- ]charged\b|\bcharged (?:twice|two times)\b"
    r"|\bhow much (?:was|did) (?:it|that|the order|my order|everything)(?: come to| cost)?"
    r" (?:altogether|all together|in total|in the end|overall)\b"
)

_ARRIVAL = re.compile(
    r"\bwhen (?:will|would|does|do|should|can|'?ll) (?:it|they|that|them|the order|my order"
    r"|my stuff|i|we)(?: be)? (?:arrive|reach|get (?:here|there|to me|it|them|delivered)|come"
    r"|turn up|show up|land|ship|(?:be )?(?:delivered|shipped|dispatched|here)|receive|expect)\b"
    r"|\bhow long (?:until|till|til|before|for|will|does|do) (?:it|they|that|the order|my order"
    r"|delivery|shipping|it arrives?|i get)\b|\b(?:what'?s|whats|what is|any) (?:the |an )?eta\b"
    r"|^\W*(?:and |so )?eta\W*$|\bdelivery (?:date|time|estimate)\b"
)
"""When the order will arrive: "when will it reach me?", "how long till it gets here?"."""
_CANCELLED = re.compile(
    r"\b(?:it'?s|its|it is|it was|is it|was it|(?:it|that|the order|my order) (?:has|got|was)"
    r"(?: been)?|(?:the|my) order (?:is|was)|(?:is|was|has) (?:the|my) order(?: been)?|that'?s"
    r"|did (?:it|that|the order|my order) (?:get|go))(?: (?:really|definitely|actually|now|all"
    r"|already|properly|def))? (?:cancell?ed|refunded|called off)\b"
)
"""Whether the order was cancelled: "so its cancelled right?", "did it get refunded?"."""


def asks_about_the_order(text: str) -> bool:
    """Right after an order (lower-case text): a question about it in the shopper's words."""
    return bool(
        _STATUS.search(text)
        or _WENT_THROUGH.search(text)
        or _ARRIVAL.search(text)
        or _CANCELLED.search(text)
    )
