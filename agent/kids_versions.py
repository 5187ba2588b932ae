"""A kind asked for in its children's version that the store sells for adults only.

"do you have youth hoodies for him?" in a store whose hoodies are all adult sizes: a shop
assistant says there are no kids' hoodies before showing the adult ones, never lists them as if
they were. A store whose products of the kind say they are for children ("Kids Straw Water
Bottle") shows them as usual.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

_CHILD_MODIFIER = (
    r"(?:kids?|kid's|kids'|youth|children's|childrens|child's|boys'?|girls'?|junior|toddlers?)"
)
_FOR_CHILDREN = re.compile(
    r"\b(?:kids?|kid's|kids'|youth|child|children|children's|childrens|junior|toddlers?|baby"
    r"|babies|boys'?|girls'?)\b"
)
"""A product's words saying it is made for children."""


def adults_only(text: str, kind: str, hits: Sequence[Any]) -> str | None:
    """The children's kind asked ("kids' hoodies") when no hit of it is for children; None when
    the request asks for no children's version of its kind, or the store has one."""
    if not kind or not hits:
        return None
    asked = re.search(
        rf"\b{_CHILD_MODIFIER}\s+(?:[a-z'-]+\s+){{0,2}}?{re.escape(kind.lower())}\b", text.lower()
    )
    if asked is None or any(_for_children(hit.product) for hit in hits):
        return None
    return f"kids' {kind.lower()}"


def _for_children(product: Any) -> bool:
    said = " ".join(
        [
            product.title,
            *product.category,
            product.description or "",
            *map(str, product.attributes.values()),
        ]
    )
    return _FOR_CHILDREN.search(said.lower()) is not None
