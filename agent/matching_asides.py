"""What a product named for the cart will go with: "…, to match my navy beanie", "… to go with my
tan brogues", "…, a matching pair", "- twinning with my roommate", "…, same as my pool slides but
newer", "…, I like matching bags".

A shopper who names a product with its options and says what it will match has chosen it: the
aside is a reason, like "for my husband", never an option or a search word. Only said after the
product (a message opening "a matching set of mugs" still looks for the kind).
"""

from __future__ import annotations

import re

_ASIDE = re.compile(
    r"(?:"
    # "to match my beanie", "so it goes with my jacket", "to go with": a purpose, break or not
    r"\s+(?:so (?:that )?(?:it|they|these|those) (?:match(?:es)?|goes? with|go with)"
    r"|(?:in order )?to (?:match|go with|pair with|complement|coordinate with))\b"
    # ", a matching pair", " - twinning with …", ", same as my …", ", matching": after a break
    r"|\s*(?:[,;:!]|\s[-\u2013\u2014])\s*(?:(?:i|we) (?:like|love|want) )?"
    r"(?:(?:a|an|so|for) )?(?:matching|twinning|to mix and match|mix and match"
    r"|same as (?:my|his|her|our|their|the|what))\b"
    r").*$"
)


def without_matching(text: str) -> tuple[str, bool]:
    """The message less what the product will match, said after it, and whether there was one."""
    aside = _ASIDE.search(text)
    if aside is None or not text[: aside.start()].strip(" ,;:!-"):
        return text, False
    return text[: aside.start()].rstrip(" ,;:!-\u2013\u2014"), True
