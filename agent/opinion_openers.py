"""An opinion of what is in view before the request: "those look a bit cheap tbh, anything more
upmarket" asks for something more upmarket, "ugh those are all thin, something thick" asks for
something thick; the opinion names no kind and orders no price."""

from __future__ import annotations

import re

from agent.phrases import CHEAPER, PRICIER

_OPINION_OF_SHOWN = re.compile(
    r"^(?:(?:hmm+|well|ok(?:ay)?|honestly|tbh|but|ugh+|u+rgh|meh|argh)[\s,]+)*(?:those|these|they|them|that|this|it"
    r"|that one|this one|the (?:first|second|third|last) (?:one|two|ones))"
    r"(?:'re|'s|\s+(?:(?:all|both|just|kinda|kind of|really)\s+)?(?:look|looks|seem|seems|are|is"
    r"|feel|feels|appear|appears))\b[^,.;!?]*[,.;!?]+\s*(?=\S)",
    re.IGNORECASE,
)


def without_opinion(text: str) -> str:
    """The request after an opinion of what is shown; the text whole when there is none, or when
    only the opinion says which way the price should go ("those are too pricey, any others?")."""
    opinion = _OPINION_OF_SHOWN.match(text)
    if opinion is None:
        return text
    rest = text[opinion.end() :]
    said, asked = opinion.group(0), rest
    if (CHEAPER.search(said) or PRICIER.search(said)) and not (
        CHEAPER.search(asked) or PRICIER.search(asked)
    ):
        return text
    return rest
