"""An opinion told beside an add ("actually the pink is cute, add the pink ones"): the clause
says how the shopper feels about something already in view, so its words name no product."""

from __future__ import annotations

import re

_OPINION = re.compile(
    r"^\W*(?:(?:actually|ok(?:ay)?|oh|ah|hmm+|well|yeah|aw+|ooh+|wow|honestly|tbh)\W+)*"
    r"(?:(?:(?:the|that|this|those|these)(?:\s+[\w-]+)?|it|they|that one|this one)"
    r"(?:'s|'re|\s+(?:is|are|looks?|seems?|was|were))|thats|its|theyre)\s+"
    r"(?:(?:so|really|very|pretty|kinda|kind of|quite|super|actually|too)\s+)*[\w-]+\W*$"
)
_CLAUSES = re.compile(r"[,;.!]+\s*|\s+-+\s+")


def without_told_opinions(text: str) -> str:
    """The message less its clauses that only tell an opinion, when another clause is left."""
    clauses = [c for c in _CLAUSES.split(text) if c.strip()]
    kept = [c for c in clauses if not _OPINION.match(c)]
    return ", ".join(kept) if kept and len(kept) < len(clauses) else text
