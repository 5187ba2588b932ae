"""A kind named first, then one product of it picked by the rest of its title: "the socks for
hiking boots, the merino hiker ones, grey, size L" is the Merino Hiker Socks in grey, size L,
read as if the title had been said whole ("the merino hiker socks, grey, size L")."""

from __future__ import annotations

import re
from typing import Any

from agent.title_orders import quoted_product

_KIND_THEN_ONES = re.compile(
    r"^\W*(?:the|some|those|a pair of|a|an)\s+(?P<kind>[a-z]+)\b[^,;]*[,;]\s*"
    r"(?:the|those)\s+(?P<words>[a-z][\w' -]*?)\s+ones?\b(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)


def kind_ones_named(text: str, search: Any) -> str:
    """The message with "the <words> ones" read as "the <words> <kind>" when that quotes a
    catalog title, and the kind's own description dropped; else the message as it is."""
    match = _KIND_THEN_ONES.match(text)
    if match is None:
        return text
    product = quoted_product(f"the {match['words']} {match['kind']}", search)
    if product is None:
        return text
    return f"the {product.title}{match['rest']}"  # as the catalog writes it: "tees" is a Tee
