"""What the words sent with a photo change about its look-alikes: "but NOT leather" and "a
non-decaf version" rule some out, "towels to match this pillow" asks for another kind in the
photo's colour, and a colour asked for keeps the kind the best look-alikes share."""

from __future__ import annotations

import re

from agent.companions import companion_kind
from agent.kind_scope import named_kinds
from agent.kinds import Head, judge_for, request_head
from agent.understanding import Understanding
from catalog.colors import color_family
from catalog.filters import SearchFilters
from catalog.model import Product
from catalog.sparse import stem, tokenize

# "non-decaf", "nothing with wool", "without plastic": words the shopper rules out
_NON = re.compile(r"\bnon[\s-]([a-z]{3,})\b|\bwithout (?:any )?([a-z]{3,})\b")
# "this but with caffeine": asking for the contrary of a word rules that word out
_CONTRARY = {
    "decaf": re.compile(r"\b(?:with (?:real |full |the )?caffeine|caffeinated|fully leaded)\b")
}
OTHER_KIND_LIMIT = 5
# Words that ask for another item to go with the photographed one.
_PAIRS = re.compile(
    r"\b(?:match(?:es|ing)?|go(?:es)? (?:well )?with|same colou?r|same shade|pair(?:s|ed)? with"
    r"|wear (?:it |them )?with|coordinat\w+|complement\w*)\b"
)


def ruled_out(u: Understanding) -> list[str]:
    """The words and materials the message rules out, in the catalog's terms."""
    neg = u.negations
    said = [*neg.materials, *neg.words]
    said += [a or b for a, b in _NON.findall(u.text.lower())]
    said += [word for word, asks in _CONTRARY.items() if asks.search(u.text.lower())]
    return list(dict.fromkeys(w for w in said if w))


def without(products: list[Product], u: Understanding) -> list[Product]:
    """The look-alikes whose title, category and material hold none of the ruled-out words,
    colours or brands (as the search's own exclusions read them)."""
    words = {stem(t) for w in ruled_out(u) for t in tokenize(w)}
    colours = {color_family(c) or c for c in u.negations.colors}
    brands = {b.lower() for b in u.negations.brands}
    if not (words or colours or brands):
        return products

    def kept(p: Product) -> bool:
        text = " ".join([p.title, *p.category, str(p.attributes.get("material") or "")])
        if words & {stem(t) for t in tokenize(text)}:
            return False
        if brands and (p.brand or "").lower() in brands:
            return False
        return not colours or any(
            color_family(v.color) not in colours for v in p.variants if v.color
        )

    return [p for p in products if kept(p)]


def looked_for(question: str, vocabulary: object) -> tuple[str, SearchFilters | None]:
    """The words and filters the look-alikes are found with: a price said with the photo
    ("like this but under 60") is left out, so the photo's kind is found first and the price
    applied within it (else cheap shampoo outranks a backpack that looks alike)."""
    from catalog.query import parse_query

    parsed = parse_query(question, vocabulary)  # type: ignore[arg-type]
    said = parsed.filters
    if said.price_min is None and said.price_max is None:
        return question, None
    return parsed.text, SearchFilters(colors=said.colors, sizes=said.sizes)


def asked_limits(u: Understanding) -> SearchFilters:
    """What the words with a photo rule out or bound: excluded colours, brands and words, and
    a price range (minor units), as search filters."""
    return SearchFilters(
        price_min=u.slots.price_min,
        price_max=u.slots.price_max,
        exclude_colors=list(u.negations.colors),
        exclude_brands=list(u.negations.brands),
        exclude_words=ruled_out(u),
    )


def colour_ruled_out(colour: str, limits: SearchFilters) -> bool:
    """The photo's own colour is one the shopper rules out ("like this but not in grey")."""
    family = color_family(colour) or colour
    return any((color_family(c) or c) == family for c in limits.exclude_colors)


def other_kind(search: object, question: str, photo_kind: str | None) -> list[str]:
    """The leaf categories the words name when they ask for a kind the store sells to go with
    the photo's ("bath towels to match" a pillow); [] when they name the photo's own kind."""
    head = companion_head(question)
    if head is None or not _PAIRS.search(question.lower()):  # "how much is a bag of this"
        return []
    if judge_for(search).carried(head) is not True:
        return []
    leaves = named_kinds(search, head.phrase, [])
    return [] if not leaves or (photo_kind and photo_kind in leaves) else leaves


def companion_head(question: str) -> Head | None:
    """The kind asked for beside the photo's: "scarf" of "what scarf would go with this hat?"."""
    said = companion_kind(question)
    return (request_head(said) if said else None) or request_head(question)


def of_kind_in_colour(
    search: object, phrase: str, leaves: list[str], colour: str | None
) -> list[Product]:
    """That kind in the photo's colour ("to match"), any colour when none comes in it."""
    family = color_family(colour) if colour else None
    for colours in ([family], []) if family else ([],):
        filters = SearchFilters(categories=leaves, colors=colours)
        hits = search.search(phrase, filters, limit=OTHER_KIND_LIMIT).hits  # type: ignore[attr-defined]
        if hits:
            return [h.product for h in hits]
    return []


def top_kind(products: list[Product]) -> str | None:
    """With a colour asked ("got this in purple?") few look-alikes remain: the kind the best two
    share is the photo's kind."""
    kinds = [p.category[-1] for p in products[:2] if p.category]
    return kinds[0] if len(kinds) == 2 and kinds[0] == kinds[1] else None


def named_look_alike(question: str, products: list[Product]) -> str | None:
    """ "Is this the kids sunscreen?": the one look-alike whose title holds more of the words
    sent with the photo than any other, and at least two of them; None when none stands out."""
    said = set(tokenize(question))
    shared = sorted(((len(said & set(tokenize(p.title))), p.id) for p in products), reverse=True)
    if not shared or shared[0][0] < 2 or (len(shared) > 1 and shared[1][0] == shared[0][0]):
        return None
    return shared[0][1]
