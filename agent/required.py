"""A property every listed product must have, said of the list shown: "only polarized ones",
"which of those are dishwasher safe?", "just the ones that can go in the dishwasher"."""

from __future__ import annotations

import re

from agent.slots import colors_in
from agent.words import FILLER

_ONLY_ONES = re.compile(
    r"^(?:(?:ok(?:ay)?|and|so|hmm|actually|just)[\s,]+)?(?:only|just)\s+(?:the\s+)?"
    r"(?P<a>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:ones?|pairs?|models?)\b"
    # "any that are waterproof? slush everywhere": the question, then its reason
    r"|^(?:which|any)\s+(?:ones|of them|of those|of these|that|which)\s+(?:are|is)\s+"
    r"(?P<b>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s*(?:\?(?:\s+[^?]*)?)?$"
    r"|^(?:the\s+)?(?P<c>[a-z][\w-]*)\s+ones\s+only\b"
    # "only the ones that are vegan", "any of them that are waterproof?"
    r"|\b(?:ones?|any of (?:them|those|these)|those|them)\s+(?:that|which)\s+(?:are|is)\s+"
    r"(?:also\s+)?(?P<d>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s*[?.!]*$"
)
# "ones that can go in the dishwasher", "any i can put in the microwave?": the appliance names
# the property (the catalog's dishwasher_safe, microwave_safe).
_GOES_IN = re.compile(
    # (not "can the speckled one go in the dishwasher?": a question about that one)
    r"\b(?:ones|one(?=\s+(?:that|which|i|we|you)\b)|any|which|those|them|only|just)\b.*"
    r"\b(?:go|goes|put|survive|handle|safe)\s+"
    r"(?:in|into|in to)\s+(?:the\s+|a\s+)?(?P<e>dishwasher|microwave|oven|freezer)\b"
    # "has to go in the dishwasher tho", "needs to survive the freezer": a must, said of the list
    r"|\b(?:must|has to|have to|needs? to|got to|gotta|should)\s+(?:be able to\s+)?"
    r"(?:go|survive|handle|take|be put)\s+(?:in\s+|into\s+|in to\s+)?(?:the\s+|a\s+)?"
    r"(?P<g>dishwasher|microwave|oven|freezer)\b"
)

# "it must be waterproof", "he says they have to be really dishwasher safe": a yes/no property
# (the words such properties are said in) the shopper requires of what is listed.
_MUST_BE = re.compile(
    r"\b(?:must|should|has to|have to|need to|needs to|got to|gotta|ought to)\s+be\s+"
    r"(?:(?:really|truly|fully|properly|actually|completely|totally|100%|very|definitely)\s+)?"
    r"(?P<f>[a-z]+(?:proof|able|ible|ized|ised)|(?:dishwasher|microwave|oven|freezer|machine)"
    r"[\s-]safe|[a-z]+-free|vegan|organic|wireless|insulated|polarized|polarised)\b"
)


def required_property(text: str) -> list[str]:
    """ "Only polarized ones pls", "which ones are waterproof?", "the vegan ones only": a
    property the list must keep to, said of the list shown (colours and prices are slots)."""
    if goes := _GOES_IN.search(text):
        return [goes["e"] or goes["g"]]
    if must := _MUST_BE.search(text):
        return must["f"].replace("-", " ").split()
    match = _ONLY_ONES.search(text)
    if not match:
        return []
    said = match["a"] or match["b"] or match["c"] or match["d"] or ""
    words = [w for w in said.split() if w not in FILLER and not colors_in(w)]
    return words if words and len(words) == len(said.split()) else []
