"""What a search shows when its plain hits would mislead: a colour the kind does not come in,
nothing within the shopper's limits."""

from __future__ import annotations

from typing import Any

from agent.carried import KIND_WORDS, NEAREST, POOL
from agent.kind_colours import colour_fallback
from agent.kinds import request_head, request_terms
from agent.outcome import Outcome, ToolRun, numbered, shown_product
from agent.state import remember_shown
from agent.words import new_words
from catalog.colors import color_family
from catalog.payload import product_words
from catalog.query import ParsedQuery
from catalog.query_price import find_price_clauses
from catalog.query_text import remove_spans
from catalog.sparse import STOPWORDS, stem, tokenize

SHOW_LIMIT = 5
PHRASE_WORDS = 4
"""A request of at most this many terms (its limits aside) names its kind by its phrase ("rain
jacket under 120"); a longer, detailed goal ("a coaxial cable that is 3 meters long, under 20")
does not: read that way, two chatshop dev goals whose target is within budget got "none"."""


def nearest_beyond(run: ToolRun, result: Any, beyond: list[Any], update: dict[str, Any]) -> Outcome:
    """Nothing within the price/colour/size limits: the kind's nearest products beyond them;
    those within the budget only, when some are ("red dress under 60": the $55 dress in blue)."""
    beyond = within_budget(beyond, result.filters.price_max)
    nearest = [shown_product(h.product, i + 1) for i, h in enumerate(beyond[:NEAREST])]
    data = {"unmet": True, "products": nearest, "wanted": asked_phrase(result.query.text),
            "filters": result.filters.model_dump()}  # fmt: skip
    update = update | {"shown": nearest, "turn_products": nearest, "further": []}
    update["seen"] = remember_shown(run.state.seen, nearest)
    return Outcome(True, "Nothing within those limits; nearest: " + numbered(nearest), data, update)


def within_budget(hits: list[Any], budget: int | None) -> list[Any]:
    """The hits within the budget when some are (the colour or size missed, not the price),
    else all of them, to be labelled over budget."""
    affordable = [h for h in hits if budget is not None and h.product.min_price.amount <= budget]
    return affordable or hits


def asked_phrase(text: str) -> str:
    """What was asked for, in the shopper's words: the request's product phrase ("rain jacket"),
    else the whole request."""
    head = request_head(text)
    return head.phrase if head is not None else text


def colour_not_in_kind(
    run: ToolRun, parsed: ParsedQuery, kind: list[str], colours: list[str]
) -> Outcome:
    """None of the kind comes in the colour: say so, and list the kind in its nearest colours
    (the active search without the colour), never another kind that does."""
    hits, nearest = colour_fallback(run.ctx.search, parsed, kind, colours, POOL)
    hits = sorted(hits, key=lambda h: not buyable(h))[:SHOW_LIMIT]
    shown = [shown_product(h.product, i + 1) for i, h in enumerate(hits)]
    filters = parsed.filters.model_copy(update={"colors": [], "categories": kind})
    data = {
        "products": shown,
        "refine": True,
        "colour_missing": {"kind": kind[0].lower(), "colors": colours, "nearest": nearest},
    }
    update: dict[str, Any] = {
        "query": parsed.text,
        "filters": filters.model_dump(),
        "shown": shown or run.state.shown,
        "seen": remember_shown(run.state.seen, shown),
        "compared": [],
        "focus": None,
        "turn_products": shown,
    }
    text = f"No {kind[0].lower()} in {'/'.join(colours)}; nearest colours: {', '.join(nearest)}."
    return Outcome(True, text, data, update)


def in_stock_first(hits: list[Any], text: str) -> list[Any]:
    """The hits that can be bought first, in rank order; a sold-out product holding more of the
    request's words than any that can be bought keeps its place: asked for "chamomile tea", the
    sold-out Chamomile Honey Tea is listed (as out of stock), not hidden behind five other teas."""
    terms = set(request_terms(text))
    if len(terms) > KIND_WORDS:  # a long, detailed goal names no one product: stock decides
        terms = set()

    def held(hit: Any) -> int:
        return len(terms & set(product_words(hit.product)))

    best = max((held(h) for h in hits if buyable(h)), default=0)
    return sorted(hits, key=lambda h: not buyable(h) and not (terms and held(h) > best))


def named_one(shown: list[Any], text: str, brands: list[str] | None = None) -> bool:
    """The first product listed is the only one holding every word of the request ("chamomile
    tea" -> Chamomile Honey Tea among other teas): "is it in stock?" then means that one. Words
    no listed title holds (a colour, a size) are left out when no title holds them all. A
    listed product's brand, when given, counts as its title's ("the Cobalt Ridge daypack")."""
    terms = set(request_terms(text))
    if not terms or not shown:
        return False
    named = [f"{brand} {p['title']}" for p, brand in zip(shown, brands or [], strict=False)]
    titles = [set(tokenize(t)) for t in named or [p["title"] for p in shown]]
    holding = [p for p, title in zip(shown, titles, strict=True) if terms <= title]
    if not holding:  # "the mustard diner mug, 16 oz": a colour and size no title holds
        terms &= set().union(*titles)
        holding = [p for p, title in zip(shown, titles, strict=True) if terms <= title]
        holding = holding if len(terms) > 1 else []
    return len(holding) == 1 and holding[0] is shown[0]


def wished_first(hits: list[Any], wishes: list[str]) -> list[Any]:
    """The hits whose record holds more of a soft wish's words first, else in rank order ("wide
    fit if possible": the wide ones first, the rest still listed)."""
    terms = set(tokenize(" ".join(wishes)))
    if not terms or not hits:
        return hits
    return sorted(hits, key=lambda h: -len(terms & _said_of(h.product)))


def holding_new_words(hits: list[Any], said: str, query: str) -> list[Any]:
    """A refinement's own product words keep the listed products that hold them, when some do:
    "smaller, for my desk" after lamps keeps the desk lamp, "ones for kids" the kids' ones."""
    terms = set(request_terms(" ".join(new_words(said)))) - set(tokenize(query))
    held = [h for h in hits if terms & set(product_words(h.product))]
    return held or hits


def buyable(hit: Any) -> bool:
    """A variant that matched the shopper's filters can be bought now."""
    ids = set(hit.variant_ids)
    return any(v.in_stock for v in hit.product.variants if not ids or v.id in ids)


def phrase_terms(text: str, hits: list[Any]) -> set[str]:
    """The words before the kind's head noun that some of these products hold ("rain" in "rain
    jacket" when a Stormline Rain Jacket is among them): the kind as the shopper named it."""
    said = _modifiers(text)
    held = set().union(*(_said_of(h.product) for h in hits)) if hits and said else set()
    return said & held


def _without_prices(text: str) -> str:
    """The request without its price phrases ("rain jacket wanted, 110 tops" -> "rain jacket
    wanted,"): a budget is a limit, not a word describing the kind."""
    spans = [(c.start, c.end) for c in find_price_clauses(text, bare=True)]
    return remove_spans(text, spans)


def _modifiers(text: str) -> set[str]:
    """The stems of the words the request writes before its head noun ("rain" jacket)."""
    head = request_head(text)
    if head is None:
        return set()
    said = {stem(w) for w in head.phrase.split() if w not in STOPWORDS and not color_family(w)}
    return said - {head.term}


def of_phrase(hits: list[Any], terms: set[str]) -> list[Any]:
    """The hits holding every one of the phrase's words."""
    return [h for h in hits if terms <= _said_of(h.product)]


def _said_of(product: Any) -> set[str]:
    """What the record says a product is: its title, category and material words, its other
    attribute values ("relaxed") and the names of its yes attributes ("wireless": yes)."""
    terms = set(product_words(product))
    for key, value in product.attributes.items():
        text = str(value).strip().lower()
        if text in {"yes", "true"}:
            terms |= set(tokenize(key.replace("_", " ")))
        elif text not in {"no", "false"}:
            terms |= set(tokenize(text))
    return terms


def _yes_keys(product: Any) -> set[str]:
    """The words of the product's yes/no attributes' names ("waterproof", "wireless")."""
    return {
        term
        for key, value in product.attributes.items()
        if str(value).strip().lower() in {"yes", "no", "true", "false"}
        for term in tokenize(key.replace("_", " "))
    }


def phrase_beyond_limits(
    run: ToolRun, result: Any, hits: list[Any], compounds: set[str]
) -> list[Any]:
    """A kind named with its modifier ("rain jacket", "waterproof boots") within a scoped kind,
    and none of those within the price/colour/size limits, though some beyond them: those,
    cheapest first when over budget, never another jacket in its place. [] when the limits are
    not why. Only a modifier the catalog structures counts: a word its titles write right before
    the kind's head (`compounds`: Stormline Rain Jacket) or a yes/no attribute's name; a loose
    word ("quality hair extension", "loose fit tee") never turns a list into "none"."""
    wanted = result.filters
    limited = wanted.price_min is not None or wanted.price_max is not None
    if not wanted.categories or not (limited or wanted.colors or wanted.sizes):
        return []
    if len(request_terms(_without_prices(result.query.text))) > PHRASE_WORDS:
        return []
    said = _modifiers(result.query.text)
    if not said or of_phrase(hits, said):  # "jackets under 120", or rain jackets within it
        return []
    kept = wanted.model_copy(
        update={"price_min": None, "price_max": None, "colors": [], "sizes": []}
    )
    parsed = ParsedQuery(original=result.query.original, text=result.query.text, filters=kept)
    beyond = run.ctx.search.search(parsed, limit=POOL).hits
    structured = compounds.union(*(_yes_keys(h.product) for h in beyond))
    terms = phrase_terms(result.query.text, beyond) & structured
    if not terms or of_phrase(hits, terms):
        return []
    found = of_phrase(beyond, terms)
    if wanted.price_max is not None:
        found = sorted(found, key=lambda h: h.product.min_price.amount)
    return found
