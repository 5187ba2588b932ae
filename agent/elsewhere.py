"""Buying it somewhere else: "no, forget it, I'll grab one in a shop this weekend", "I'll pick
some up at the supermarket". Said at the order confirmation it is a no, never an add, though it
uses a buying verb."""

from __future__ import annotations

import re

_ELSEWHERE = re.compile(
    r"\b(?:in|at|from) (?:a|the|my|our|some) (?:local |real |physical |corner |nearby )?"
    r"(?:shop|store|supermarket|market|mall|high street|pharmacy|chemist|outlet|boutique"
    # "I'll just grab one at the airport": a shop on the way
    r"|airport|duty[- ]free|station|train station|gas station|petrol station|drugstore"
    r"|grocery store|grocer'?s|shops)s?\b"
    r"|\b(?:elsewhere|somewhere else|locally|in person|in[- ]store|in real life|irl"
    r"|(?:another|a different|some other) (?:shop|store|site|website|place|seller))\b"
)


def buys_elsewhere(text: str) -> bool:
    """The shopper means to buy it somewhere else (lower-case text)."""
    return bool(_ELSEWHERE.search(text))
