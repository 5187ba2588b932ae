""" "My partner wants the same in a smaller size", "and another one for my son, a size up": one
more of the product talked about, in the next size from the one in the cart (or the one asked
about), its colour kept — a new line beside the first, not a change of it and not a search. With
no size to step from, the add asks which size."""

from __future__ import annotations

import re
from typing import Any

from agent.cart_lines import LineFacts
from agent.intents import LIKELY
from agent.size_steps import ordered_sizes, size_of, stepped_size
from agent.slots import color_words_in
from agent.state import ShoppingState
from agent.understanding import Intent, Understanding
from catalog.colors import color_family

_ANOTHER = re.compile(
    r"\b(?:the same(?! (?:size|colou?r|shade)\b)|same (?:one|thing)|another(?: one)?|one more"
    r"|a second one)\b"
)
_MAY_MEAN = {Intent.SEARCH, Intent.REFINE, Intent.ADD, Intent.CHANGE_VARIANT, Intent.UNCLEAR}


def read_same_for_another(
    understanding: Understanding,
    state: ShoppingState,
    lines: list[LineFacts],
    search: Any,
    step: int,
) -> bool:
    """Make "the same in a smaller size" an add of the product meant in its next size; True
    when the message was read so."""
    refs, slots = understanding.references, understanding.slots
    text = " ".join(understanding.text.lower().split())
    if not step or understanding.intent not in _MAY_MEAN or refs.ordinals:
        return False
    if _ANOTHER.search(text) is None:
        return False
    line = _line_meant(lines, state.focus)
    product_id = line.product_id if line else state.focus
    product = search.get(product_id) if product_id else None
    if product is None or not any(size_of(v.options) for v in product.variants):
        return False
    if line is not None:
        size = stepped_size(product, line.variant_title, step)
        colours = color_words_in(line.variant_title.lower())
    else:
        asked = state.understanding.slots.size
        size = _stepped(product, asked, step) if asked else None
        colours = list(state.understanding.slots.color_words)
    if size is None and (line is not None or state.understanding.slots.size):
        return False  # no next size: said as it was read
    understanding.intent, understanding.confidence = Intent.ADD, LIKELY
    refs.product_ids, refs.line_product_ids, refs.names_product = [product.id], [], True
    slots.size, slots.category, slots.kind, slots.needs = size, "", "", ""
    slots.bigger = slots.smaller = False
    slots.quantity, slots.change_by = 1, None
    if colours:
        slots.color_words, slots.colors = colours[:1], [color_family(colours[0]) or colours[0]]
    return True


def _line_meant(lines: list[LineFacts], focus: str | None) -> LineFacts | None:
    """The line of the product in focus, else the only product in the cart."""
    of_focus = [line for line in lines if line.product_id == focus]
    if of_focus:
        return of_focus[-1]
    return lines[-1] if len({line.product_id for line in lines}) == 1 else None


def _stepped(product: Any, size: str, step: int) -> str | None:
    sizes = ordered_sizes({s for v in product.variants if (s := size_of(v.options))})
    said = next((s for s in sizes or [] if s.lower() == size.lower()), None)
    if sizes is None or said is None:
        return None
    place = sizes.index(said) + step
    return sizes[place] if 0 <= place < len(sizes) else None
