"""A request that names only the baby or the pet it is for ("anything for a baby", "baby stuff",
"something for the dog"): when the store has nothing for them, it says so by who they are ("we
don't carry baby products"), and offers no nearest products that merely share a word with it."""

from __future__ import annotations

import re

_DEPENDANTS_TEXT = """
baby babies newborn newborns infant infants toddler toddlers nursery pregnancy maternity
dog dogs puppy puppies cat cats kitten kittens pet pets hamster hamsters
"""
_NOTHING_NAMED_TEXT = """
do does you have got sell carry stock any anything something some stuff things thing
products product items item gear bits for a an the my our his her their your new little
i me we search looking want need please is there are what
"""
_DEPENDANTS = frozenset(_DEPENDANTS_TEXT.split())
_NOTHING_NAMED = frozenset(_NOTHING_NAMED_TEXT.split())
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def only_for_whom(text: str) -> str | None:
    """The one baby or animal a request names when it names nothing else ("baby" of "do you
    have anything for a baby"); None when it names a kind or more than who it is for."""
    whom = {w for w in _WORD.findall(text.lower()) if w not in _NOTHING_NAMED}
    if len(whom) != 1 or not whom <= _DEPENDANTS:
        return None
    word = whom.pop()
    return _SINGULAR.get(word) or (word[:-1] if word[:-1] in _DEPENDANTS else word)


_SINGULAR = {"babies": "baby", "puppies": "puppy"}
