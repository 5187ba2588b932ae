"""An email said aloud or dictated: "anna dot lee at gmail dot com" is anna.lee@gmail.com.

Voice typing and shoppers wary of bots write an address in words: "dot", "underscore", "dash"
between the parts, "at" (or "arroba", "chiocciola") before the domain. Only a run that ends in
a domain with a dot is rewritten, so "meet me at noon" or "5 Oak St at the corner" stay words.
A local part said as separate words ("jo park at gmail dot com") is one word when nothing else
stands before it in its clause (the message's start, a comma, "email is"): "jopark@gmail.com".
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
    r"(?P<before>(?:[a-z0-9]+ ){0,2}?)"
    rf"\b(?P<local>{_WORD}(?:\s+(?:{_DOT}|underscore|dash|hyphen|minus|plus)\s+{_WORD})*)"
    r"\s+(?:at|at sign|arroba|chiocciola|klammeraffe)\s+"
    rf"(?P<domain>[a-z0-9][a-z0-9-]*(?:(?:\s+{_DOT}\s+|\.)[a-z0-9-]+)*"
    rf"(?:\s+{_DOT}\s+|\.)(?P<tld>[a-z]{{2,6}}))\b",
    re.I,
)
_SPOKEN_JOIN = re.compile(
    rf"\s+({_DOT}|underscore|dash|hyphen|minus|plus)\s+", re.I
)  # the words between the parts


_LABEL = re.compile(
    r"(?:^|[,;:(\n]|\b(?:e-?mail|address|is|it'?s|its|at|use|to|try))\s*$", re.I
)  # where a clause that is only the address starts: "…, jo park at …", "email is jo park at …"
_NO_PART = re.compile(
    r"^(?:my|me|is|it'?s|its|the|and|or|email|e-?mail|address|use|to|at|send|try|please|pls|it)$",
    re.I,
)  # words that say the address, never part of it


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
    before, words = _parts_of_the_name(match)
    joined = [_SPOKEN_JOIN.sub(lambda m: _JOINS[m[1].lower()], part) for part in (local, domain)]
    return f"{before}{''.join(words).lower()}{joined[0].lower()}@{joined[1].lower()}"


def _parts_of_the_name(match: re.Match[str]) -> tuple[str, list[str]]:
    """The words before the address kept as text, and those said as part of its name: the words
    just before it, when its clause holds nothing else ("jo park at …" is jopark@…)."""
    kept, words = [], match["before"].split()
    while words and _NO_PART.match(words[0]):
        kept.append(words.pop(0))  # "is jo park": "is" says the address
    said = " ".join([match.string[: match.start()].rstrip(), *kept])
    first_local = match["local"].split()[0].lower()
    if not words or not _LABEL.search(said) or first_local in {w.lower() for w in words}:
        return match["before"], []  # "Tom Reyes tom at …": a name, then the address
    return "".join(f"{word} " for word in kept), words
