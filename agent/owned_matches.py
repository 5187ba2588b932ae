"""What a shopper already owns, said only to match: "a beanie to match my olive jacket", "a belt
the colour of my cognac boots", "an iPhone 15 in the same mint as my keyboard".

The owned thing is not what is bought: the request keeps its colour ("a beanie in olive") and
drops the rest, so the jacket is neither searched nor judged carried. A thing pointed at in the
conversation ("to match it", "this pillow") is another reading's (agent/companions.py,
agent/photo_words.py): only a possessive ("my", "our", "her") marks it as the shopper's own.
"""

from __future__ import annotations

import re

from catalog.colors import color_family

_LINK = (
    r"to match|that(?:'d|'ll| would| will| can| could| might)? match(?:es)?|matching|to go with"
    r"|that(?:'d |'ll | would | will | can | might | )go(?:es)? (?:well |nicely )?with"
    r"|to pair with|to wear with"
    r"|to team with|to coordinate with|to complement"
    r"|(?:in |of )?the (?:same |exact )?(?:colou?r|shade|tone) (?:of|as)"
    r"|(?:in |of )?the (?:same |exact )(?P<said>[a-z]+(?: [a-z]+)?) (?:of|as)"
    r"|the (?:same |exact )?(?P<tone>[a-z]+) of"
)
_OWNED = re.compile(
    rf"\s*(?:{_LINK})\s+(?:my|our|his|her|their|your|mine)\s+"
    r"(?P<owned>[^,;.!?]*?)(?=\s*(?:$|[,;.!?]|\bbut\b|\band\b|\bexcept\b|\bpls\b|\bplease\b"
    r"|\bplz\b|\bthough\b|\btho\b|[^\x00-\x7f]|\s-+\s))",
    re.IGNORECASE,
)
_TOLD = re.compile(r"(?:\b(?:is|are|was|were|looks?|it's|that's)|'s)$", re.IGNORECASE)


def matched_to_owned(text: str) -> str:
    """The request with the shopper's own thing said as its colour: "a beanie in olive"."""
    found = _OWNED.search(text)
    if found is None:
        return text
    said = found.group("said") or found.group("tone") or ""
    if said and not _colour_words(said):
        return text  # "the same size as my old one": not a colour match
    colours = _colour_words(said) or _colour_words(found.group("owned"))
    before = text[: found.start()].strip()
    if not re.search(r"[a-z]{3}", before, re.IGNORECASE) or _TOLD.search(before):
        return text  # "to match my jacket?" names nothing wanted; "the beanie is the olive of
        # my jacket" tells, it asks for nothing
    wanted = f" in {' '.join(colours)}" if colours else ""
    return f"{before}{wanted}{text[found.end() :]}"


_GOES_WITH_OWNED = re.compile(
    r"\b(?:would |will |'d |'ll )?go(?:es)? (?:better|best|well|nicely) with\s+"
    r"(?:my|our|his|her|their|your|mine)\s+[^,;.!?]*"
)


def without_owned(text: str) -> str:
    """The message less the shopper's own thing it is to go with ("switch it to olive, it goes
    better with my jacket" -> "switch it to olive, it"): no product of the store is named."""
    return _GOES_WITH_OWNED.sub(" ", _OWNED.sub(" ", text))


def _colour_words(phrase: str) -> list[str]:
    return [w for w in re.findall(r"[a-z]+", phrase.lower()) if color_family(w) is not None]
