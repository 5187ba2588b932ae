"""Which product "it" is in "do you have it in blue" right after a list.

After a list of one kind (every title ends in the same head noun: all hoodies, all duffel bags)
"it" is that kind, and a colour or size asked of it narrows the list, as "them" would. After a
list of several kinds the shopper is asked which one, with two of them named.
"""

from __future__ import annotations

import re

from agent.kinds import title_head
from agent.state import ShownProduct
from agent.understanding import Intent, Understanding
from catalog.sparse import stem

_IT = re.compile(r"\b(?:it|that|this)\b")


def one_kind(shown: list[ShownProduct]) -> bool:
    """Whether a list of several products is all one kind by its titles' head nouns."""
    heads = {stem(title_head(p["title"]) or "") for p in shown}
    return len(shown) > 1 and len(heads) == 1 and "" not in heads


def narrows_list(understanding: Understanding, shown: list[ShownProduct]) -> bool:
    """ "thanks but do you have it in blue" after a list of hoodies asks for blue hoodies."""
    refs, slots = understanding.references, understanding.slots
    return (
        understanding.intent is Intent.PRODUCT_QUESTION
        and not (refs.product_ids or refs.ordinals or refs.names_product)
        and bool(slots.colors or slots.size)
        and bool(_IT.search(understanding.text.lower()))
        and one_kind(shown)
    )


def which_of(shown: list[ShownProduct]) -> str:
    """The question back when "it" could be several listed products: two of them named."""
    if len(shown) < 2:
        return 'Which one do you mean? Say "the first one", "the cheaper one" or its name.'
    first, second = shown[0]["title"], shown[1]["title"]
    return f"Which one do you mean — the {first} (the first one) or the {second} (the second)?"
