"""An email said aloud or dictated: "anna dot lee at gmail dot com" is anna.lee@gmail.com.

Voice typing and shoppers wary of bots write an address in words: "dot", "underscore", "dash"
between the parts, "at" (or "arroba", "chiocciola") before the domain. Only a run that ends in
a domain with a dot is rewritten, so "meet me at noon" or "5 Oak St at the corner" stay words.
"""

from __future__ import annotations

import re

_DOT = r"(?:dot|period|point|punto|punkt|ponto)"
_JOINS = {
    "dot": ".", "period": ".", "point": ".", "punto": ".", "punkt": ".", "ponto": ".",
    "underscore": "_", "dash": "-", "hyphen": "-", "minus": "-", "plus": "+",
}  # fmt: skip
_WORD = r"[a-z0-9][a-z0-9._+-]*"
_SPOKEN = re.compile(
    rf"\b(?P<local>{_WORD}(?:\s+(?:{_DOT}|underscore|dash|hyphen|minus|plus)\s+{_WORD})*)"
    r"\s+(?:at|at sign|arroba|chiocciola|klammeraffe)\s+"
    rf"(?P<domain>[a-z0-9][a-z0-9-]*(?:(?:\s+{_DOT}\s+|\.)[a-z0-9-]+)*"
    rf"(?:\s+{_DOT}\s+|\.)(?P<tld>[a-z]{{2,6}}))\b",
    re.I,
)
_SPOKEN_JOIN = re.compile(
    rf"\s+({_DOT}|underscore|dash|hyphen|minus|plus)\s+", re.I
)  # the words between the parts


def written_emails(text: str) -> str:
    """The text with each dictated email written as one ("" words between its parts joined)."""
    if "@" in text or not re.search(r"\s(?:at|arroba|chiocciola)\s", text, re.I):
        return text
    return _SPOKEN.sub(_written, text)


def _written(match: re.Match[str]) -> str:
    local, domain = match["local"], match["domain"]
    spoken = bool(_SPOKEN_JOIN.search(f" {domain} ") or _SPOKEN_JOIN.search(local))
    if not spoken and "." not in domain:
        return match[0]
    joined = [_SPOKEN_JOIN.sub(lambda m: _JOINS[m[1].lower()], part) for part in (local, domain)]
    return f"{joined[0].lower()}@{joined[1].lower()}"
