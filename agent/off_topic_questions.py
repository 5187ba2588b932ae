"""Questions about the world rather than the store: who wins a contest, how to repair something.

"who do you reckon wins the league this year" and "how do I fix a puncture on my bike?" can
share words with the catalog (a Bike Mount Speaker), yet nobody asks for a product: a shop
assistant hears a question it cannot answer, never a search to fill with the nearest products.
A message that also asks for something ("do you sell anything for it?") stays shopping.
"""

from __future__ import annotations

import re

_CONTEST = re.compile(
    r"\bwho(?:'s|'ll| is| will| would| do you| d'?you| did| are you| you)?"
    r"(?: \w+){0,3} (?:win|wins|winning|won|take (?:it|the title)|lift the)\b"
    r"|\bwho(?:'s| is) (?:going to|gonna) (?:win|take|lift)\b"
    r"|\b(?:predictions?|odds|favou?rites?) (?:for|to win|on) (?:the|this|next)\b"
)
"""A contest's winner asked for or predicted."""
_HOW_TO = re.compile(
    r"^\W*(?:(?:so|hey|hi|ok(?:ay)?|um+|hmm+|quick question|random question|question)\W+)*"
    r"(?:how (?:do|can|should|would|could) (?:i|you|we|one) (?:go about |best )?"
    r"|how to |what'?s the (?:best |easiest )?way to |any tips (?:on|for) )"
    r"(?:fix|fixing|repair|repairing|patch|mend|unclog|unblock|troubleshoot|jump ?start|rewire"
    r"|reset|reboot)\b"
)
"""A repair asked for as instructions."""
_ASKS_FOR_PRODUCTS = re.compile(
    r"\b(?:do you (?:have|sell|carry|stock)|have you got|got any|sell|recommend|suggest"
    r"|looking for|i need|i want|should i (?:buy|get)|can i (?:buy|get)|anything|something"
    r"|products?|kit|tool)\b"
)


def asks_off_topic(text: str) -> bool:
    """Whether the message asks about the world (a winner, a repair), not for products."""
    lowered = " ".join(text.lower().split())
    if _ASKS_FOR_PRODUCTS.search(lowered):
        return False  # "how do I fix a flat? do you sell patch kits?" asks for them
    return bool(_CONTEST.search(lowered) or _HOW_TO.search(lowered))
