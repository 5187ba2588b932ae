"""Whether the store carries what a search asked for, and what to offer when it does not.

The kind asked for decides first (agent/kinds.py); a request naming no kind falls back on the
share of its words in the best hit and the best dense cosine (bench/no_match_calibration.py).
"""

from __future__ import annotations

import re
from typing import Any

from agent.for_whom import only_for_whom
from agent.kind_names import in_a_setting, named_kind, owned
from agent.kinds import (
    Head,
    judge_for,
    request_head,
    request_terms,
    says_what_it_is_like,
    title_head,
)
from agent.outcome import ToolRun, shown_product
from agent.partial_names import names_title_part
from agent.state import ShownProduct
from agent.trusted_heads import head_is_plain
from catalog.filters import SearchFilters
from catalog.model import Product
from catalog.payload import product_words
from catalog.query import ParsedQuery
from catalog.sparse import stem, tokenize

KIND_WORDS = 6
"""The kind decides only for a request of at most this many terms ("gaming laptop", "need new
tires for my car"); a long, detailed request (the chatshop goals) has no reliable head without
a parser, and its kind read wrongly made 16% of them "not carried" (bench/no_match.py). Read
the same way, a long request's head may still say the kind IS sold (`kind_carried`)."""
POOL = 20
"""Hits read before the off-topic ones are dropped, so a price-sorted list still fills up."""

NEAREST = 3
NO_MATCH_CLOSENESS = 0.45
"""Below this best dense cosine (MiniLM), and with few of the query's words in the best hit, the
store does not carry what was asked. Measured on the chatshop dev goals and sample probes:
bench/no_match_calibration.py."""
NO_MATCH_COVERAGE = 0.5
NEAREST_CLOSENESS = 0.35
"""When the store lacks what was asked, the nearest products are offered only if at least this
close (best dense cosine); otherwise none ("pizza" gets no food-storage boxes)."""


def nearest_instead(
    run: ToolRun, text: str, hits: list[Any], shown: list[ShownProduct]
) -> tuple[list[ShownProduct], str]:
    """What to offer when the store lacks what was asked, and how to name what was asked.

    When the request names a kind the store does not sell ("a coffee table"), only products of
    a kind close in meaning are offered (pillows for a sofa), never ones that merely share a
    word (coffee, a table lamp); otherwise the nearest hits if close enough. A request naming
    only the baby or pet it is for offers nothing: cereal shares no more with "a baby" than a
    word."""
    if (whom := only_for_whom(text)) is not None:
        return [], f"{whom} products"
    head = asked_kind(text)
    top = set(product_words(hits[0].product)) if hits else None
    if head is not None and judge_for(run.ctx.search).carried(head, top) is False:
        related = {p.id for p in judge_for(run.ctx.search).related(head, [h.product for h in hits])}
        offered = [h for h in hits if h.product.id in related][:NEAREST]
        return [
            shown_product(h.product, n, h.variant_ids) for n, h in enumerate(offered, 1)
        ], head.phrase
    long_request = len(request_terms(text)) > 5  # a detailed request: show the nearest
    close = long_request or run.ctx.search.closeness(text) >= NEAREST_CLOSENESS
    offered = shown[:NEAREST] if close else []
    named = request_head(text) if head is None and offered else None
    if named is not None:  # "dog food, grain free if possible": food storage sets are no help
        by_id = {h.product.id: h.product for h in hits}
        kin = judge_for(run.ctx.search).related(
            named, [by_id[p["id"]] for p in offered if p["id"] in by_id]
        )
        kept = [p for p in offered if p["id"] in {k.id for k in kin}]
        offered = [ShownProduct(**{**p, "ordinal": n}) for n, p in enumerate(kept, 1)]
    return offered, head.phrase if head else text


def carries(run: ToolRun, text: str, top: Product) -> bool:
    """Whether the catalog really has what the words ask for, or only something far from it.

    The kind asked for decides first (agent/kinds.py): "gaming laptop" is not carried because
    of a Laptop Backpack; only a request naming no kind falls back on shared words and closeness.
    A long request is carried when the best hit is of the kind it names ("tangerine crocs made
    with vinyl acetate for kids" -> Crocs Classic Clog), else its words decide.
    """
    if names_title_part(text, top.title):
        return True  # "TEMPO GLIDE", "gooseneck elec": that product's name, typed in part
    head, short = request_head(text), head_is_plain(text, KIND_WORDS)
    words = set(product_words(top))
    judge = judge_for(run.ctx.search)
    verdict = judge.carried(head, words, strict=short) if head is not None else None
    kind = title_head(top.title)  # "freeze dried bananas and strawberries": the hit's own kind
    asked = purpose_cut(text)  # "sleeping bag for a 2p tent": no tent
    hit_of_kind = kind and stem(kind) in set(tokenize(asked)) and not _counts_by(kind, asked)
    if (
        verdict is False
        and short
        and (not hit_of_kind or (head is not None and judge.another_kind(head)))
    ):
        return False  # a long request's head is not trusted to say "no"
    if verdict and head and head.term in words:  # the best hit is of the kind asked for
        return True
    if head is None and says_what_it_is_like(text):  # "something warm for the winter walks"
        return run.ctx.search.closeness(text) >= NEAREST_CLOSENESS
    terms = set(tokenize(text))  # no kind named, or the best hit is not of it: words decide
    if not terms:
        return True
    covered = len(terms & set(product_words(top))) / len(terms)
    if covered >= NO_MATCH_COVERAGE:
        return True
    return run.ctx.search.closeness(text) >= NO_MATCH_CLOSENESS


def _counts_by(kind: str, text: str) -> bool:
    """The hit's kind said only as what the asked thing comes in ("a set of wine glasses"): a
    Food Storage Set is not asked for."""
    return bool(re.search(rf"\b{re.escape(kind.lower())}s? of\b", text))


_PURPOSE = re.compile(r"\b(?:for|to go with|to fit|that fits)\b")
"""Where what a request goes with starts: a kind named after it is not the kind asked for."""


def purpose_cut(text: str) -> str:
    """The request before what it goes with ("sleeping bag" of "sleeping bag for a 2p tent")."""
    return _PURPOSE.split(text.lower(), maxsplit=1)[0]


def kind_carried(run: ToolRun, text: str) -> bool | None:
    """Whether the store sells the kind the request names, at any length; None when the request
    names no kind the judge can tell. True: a long, detailed request whose main noun the store
    sells ("a dustproof phone case? i'll take one in white, ...") is never "not carried", though
    its head is not trusted to say "not carried". False: a kind the store surely does not sell
    ("pañales ... talla 3"), so a size nothing comes in is "we don't carry", not "none in size
    3"."""
    head = request_head(text)
    return None if head is None else judge_for(run.ctx.search).carried(head)


def names_unsold(run: ToolRun, text: str) -> bool:
    """Whether the request names a kind of the lexicon (agent/kind_names.py) that the catalog
    does not sell under any of its names, at any length: "brown leather oxford dress shoes for
    my son's wedding, mens size 11" is no sneaker, "bum bags" no tote bag."""
    head = request_head(text)
    if head is None or named_kind(head.phrase.split()) is None:
        return False
    if owned(f"{text} {run.state.understanding.text}", head.phrase):
        return False  # "a bag to carry my laptop": the laptop is not what is bought
    if in_a_setting(text, head.word):
        return False  # "herbal tea to have before bed": the bed is when, not what
    return judge_for(run.ctx.search).carried(head) is False


def beyond_filters(run: ToolRun, result: Any) -> list[Any]:
    """The request's own kind of product found once its price/colour/size limits are lifted
    ("jackets under $80" when the cheapest jacket is $89); [] when the store lacks the kind."""
    wanted = result.filters
    limits = SearchFilters(
        exclude_colors=wanted.exclude_colors,
        exclude_brands=wanted.exclude_brands,
        exclude_words=wanted.exclude_words,
    )
    if limits == wanted:
        return []
    parsed = ParsedQuery(original=result.query.original, text=result.query.text, filters=limits)
    hits = on_topic(run.ctx.search.search(parsed, limit=POOL).hits, result.query.text)
    head = asked_kind(result.query.text)
    of_kind = [h for h in hits if head and head.term in set(product_words(h.product))]
    if of_kind and kind_carried(run, result.query.text) is True:  # jackets, not insulated mugs
        hits = of_kind
    elif not hits or not carries(run, result.query.text, hits[0].product):
        return []
    if wanted.price_max is not None:  # over budget: the nearest prices first
        hits = sorted(hits, key=lambda h: h.product.min_price.amount)
    return hits


def on_topic(hits: list[Any], text: str) -> list[Any]:
    """When the best hit holds most of the query's words, hits holding none of them are noise
    (the dense retriever always fills the list), so the shopper never sees a random product."""
    terms = set(tokenize(text))
    if not hits or not terms:
        return hits

    def coverage(hit: Any) -> float:
        return len(terms & set(product_words(hit.product))) / len(terms)

    covered = [coverage(h) for h in hits]
    if max(covered) < NO_MATCH_COVERAGE:
        return hits
    return [h for h, share in zip(hits, covered, strict=True) if share > 0]


def asked_kind(text: str) -> Head | None:
    """The head noun of a short request; None for a long one (the shared words decide)."""
    return request_head(text) if head_is_plain(text, KIND_WORDS) else None
