"""A product's name typed in part: "TEMPO GLIDE", "gooseneck elec".

A shopper who remembers a product's name types some of it, often without its number or its kind,
or stops typing mid-word. Such a request names no kind the store sells ("glide"), so the kind
rule would call it not carried; a shop assistant hears the product. Two or more words that run
on in the best hit's title, the last one possibly unfinished, name that product.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-z0-9]+(?:[.'-][a-z0-9]+)*")
UNFINISHED = 3
"""An unfinished last word counts from this many letters ("elec" of "electric")."""


def names_title_part(text: str, title: str) -> bool:
    """Whether the request is two or more words running on in the title ("tempo glide" of
    Tempo Glide 4 Running Shoe), its last word possibly cut short ("gooseneck elec")."""
    said = _WORD.findall(text.lower())
    words = _WORD.findall(title.lower())
    if len(said) < 2 or len(said) > len(words):
        return False
    for at in range(len(words) - len(said) + 1):
        run = words[at : at + len(said)]
        last, typed = run[-1], said[-1]
        if run[:-1] == said[:-1] and (
            last == typed or (len(typed) >= UNFINISHED and last.startswith(typed))
        ):
            return True
    return False
