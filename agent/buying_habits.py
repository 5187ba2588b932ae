"""A buying habit told as a remark: "I buy this every month", "we always get these", "I've been
ordering it for years". It says what the shopper does, not what the shop should do now, so its
buy word is never an add ("I buy this every month, do you sell it?" asks whether we do)."""

from __future__ import annotations

import re

_WHO = r"(?:i|we|my (?:family|kids?|husband|wife|partner|son|daughter|mum|mom|dad)|the kids)"
_OFTEN = r"(?:always|usually|normally|often|regularly|typically|generally|tend to|still)"
_BUYS = r"(?:buy|get|order|purchase|pick up|grab|use|drink|eat|have)s?"
_BEEN_BUYING = r"(?:'ve|ve| have) been (?:buying|getting|ordering|using|drinking|eating)"
_WHAT = r"(?:\s+(?:this|these|that|those|it|them|one|the \w+(?: \w+)?|some|a (?:box|bag|pack)))?"
_WHEN = (
    r"(?:every|each|once a|twice a|a few times a|per) (?:day|week|month|year|morning|night"
    r"|weekend|time|couple of (?:weeks|months))"
    r"|all the time|(?:for|in) (?:years|ages|months)|weekly|monthly|daily|regularly|religiously"
)
_HABIT = re.compile(
    rf"\b{_WHO}(?:\s+{_OFTEN}\s+{_BUYS}|{_BEEN_BUYING}){_WHAT}\b"
    rf"|\b{_WHO}\s+{_BUYS}{_WHAT}\s+(?:\w+\s+)?(?:{_WHEN})\b"
)


def without_habits(text: str) -> str:
    """The lower-case message less the buying habits it tells, each left as a comma."""
    return _HABIT.sub(",", text)
