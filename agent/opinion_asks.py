"""A question asked through a verb of opinion, read as the question itself.

"do you think the first one is warm enough?", "would you say the second one is waterproof?",
"I wonder if the mug is dishwasher safe" ask "is the first one warm enough?": the words of the
asking ("think", "say", "wonder") are no property of the product. The opener is dropped and the
verb after the subject put first, as a shopper would have asked it plainly.
"""

from __future__ import annotations

import re

_OPENER = re.compile(
    r"^(?P<lead>\W*(?:(?:ok(?:ay)?|so|hmm+|well|and|but|also|oh)\b[\s,]*)*)"
    r"(?:do|would|d)\s*(?:you|u|ya)\s+(?:think|reckon|say|suppose|guess|know)"
    r"(?:\s+(?:that|if|whether))?\s+"
    r"|^(?P<lead2>\W*)(?:i\s+(?:wonder|was\s+wondering|am\s+wondering|'m\s+wondering)"
    r"|(?:can|could)\s+(?:you|u)\s+tell\s+me|any\s+idea|i'?d\s+like\s+to\s+know)"
    r"\s+(?:if|whether)\s+",
    re.IGNORECASE,
)
_VERB = re.compile(
    r"^(?P<subject>(?:[\w'-]+\s+){0,5}?[\w'-]+)\s+"
    r"(?P<verb>is|are|was|were|would|will|can|could|does|do|has|have|should)\b\s*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_NOT_SUBJECTS = frozenset({"what", "which", "how", "why", "where", "when", "who"})


def without_opinion_ask(text: str) -> str:
    """The plain question behind "do you think X is Y" ("is X Y"); other text unchanged."""
    opener = _OPENER.match(text)
    if opener is None:
        return text
    lead = opener["lead"] or opener["lead2"] or ""
    question = text[opener.end() :]
    verb = _VERB.match(question)
    if verb is None or verb["subject"].split()[0].lower() in _NOT_SUBJECTS:
        return lead + question
    return f"{lead}{verb['verb'].lower()} {verb['subject']} {verb['rest']}".rstrip()
