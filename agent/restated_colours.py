"""A colour ruled out and named again in the reason is still ruled out: "not green tho, he
already has like 4 green ones", "not black, i look like a funeral director in black".

Only the very word ruled out is taken back; "not navy, a lighter blue" still asks for blue.
"""

from __future__ import annotations

from catalog.colors import color_family


def without_ruled_out(
    colours: list[str], words: list[str], ruled_out: list[str]
) -> tuple[list[str], list[str]]:
    """The colour families and words asked for, less those the message also rules out."""
    if not ruled_out:
        return colours, words
    out = {word.lower() for word in ruled_out}
    kept_words = [word for word in words if word.lower() not in out]
    kept_families = {color_family(word) for word in kept_words}
    out_families = {color_family(word) for word in out}
    kept = [c for c in colours if c not in out_families or c in kept_families]
    return kept, kept_words
