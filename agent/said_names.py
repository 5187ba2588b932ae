"""A message that only says who the shopper is ("My name is Dorothy Hughes.", "I'm Margaret
Olsen"), said with a cart before checkout has started: it is a buyer detail, kept for checkout as
an email or an address said early is, never a search for the name."""

from __future__ import annotations

import re

from agent.buyer import stated_details

_SAYS_NAME = re.compile(
    r"^\W*(?:(?:and|oh|ok(?:ay)?|so|well|hi|hello|right|also)\W+)*"
    r"(?:(?:my|the) (?:full )?name(?:'s| is)|name(?: is|:)?|i'?m|i am)\s+"
    r"(?P<name>[^\W\d_][\w.'-]*(?:\s+[^\W\d_][\w.'-]*){0,3})\W*$",
    re.I,
)


def name_said(text: str) -> str:
    """The name the message gives as the shopper's own, else "". Without the word "name", two
    to four capitalised words ("I'm Margaret Olsen"), so "I'm tired" says no name."""
    said = _SAYS_NAME.match(text.strip())
    if said is None:
        return ""
    name = stated_details(text).get("name", "")
    if not name or set(stated_details(text)) != {"name"}:
        return ""
    if re.search(r"\bname\b", text, re.I):
        return str(name)
    words = said["name"].split()
    return str(name) if len(words) >= 2 and all(w[0].isupper() for w in words) else ""
