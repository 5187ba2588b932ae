"""A question about the item in a photo ("are these wireless?", "is this waterproof?", "what's
it made of?", "how much is this watch?"), answered from the record of what the photo shows.

After `analyze_photo` the photo's best look-alike is in focus: when it is clearly the item, the
answer is about it alone; when the look-alikes are close, it is given for the three nearest, so
a wrong guess does not pass for a fact. Questions of stock, size, colour or nutrition stay with
the photo's own reading (the look-alikes in that size, the label's figures).
"""

from __future__ import annotations

import re

from agent.answers import answer
from agent.context_clauses import CLAUSE_BREAK, is_context
from agent.fit_answers import fits_a_body
from agent.negations import MATERIALS
from agent.outcome import Outcome, ToolRun, money_text, shown_product
from agent.phrases import QUESTION
from agent.state import products_of
from agent.understanding import Understanding
from agent.words import asked_about, either_or
from catalog.model import Product
from catalog.sparse import stem, tokenize

_OTHERS = re.compile(
    r"\b(?:similar|something|anything|any(?! (?:good|use)\b)|others?|else|alternatives?|versions?"
    r"|instead|cheaper|pricier"
    r"|(?:more|less) expensive|like (?:this|these|that|it|them))\b"
)
"""Words asking for other products than the one photographed: a search, not a question."""
_ITEM_ASKS = frozenset({
    "material", "waterproof", "weight", "dimensions", "capacity", "warranty", "washable",
    "brand", "ingredients",
})  # fmt: skip
_LEFT_TO_THE_PHOTO = frozenset({"stock", "size", "color", "nutrition"})
_COMPOUND_ENDS = ("proof", "resistant", "free", "tight", "safe", "less")
"""How a property word starts a compound ("leak" of "leakproof"); any other start ("insta" of
"instant", "found" of "foundation") is no property asked about."""
_SIZE_RANGE = re.compile(
    r"\b(?:what|which) sizes\b|\bsizes? (?:do|does|did|will) (?:it|they|these|this|those) come in\b"
    r"|\bcome in (?:what|which|any other|other) sizes\b"
)
"""The sizes it comes in asked ("what sizes do these come in? I'm a womens 8"), answered from
the item's record, unlike a size said ("got these in a 9?"), left to the photo's reading."""
_PRICE = re.compile(r"\bhow much\b|\bprice\b|\bcost")
UNSURE_SHOWN = 3


def asks_about_the_item(text: str) -> bool:
    """A question about the photographed item itself (the tool decides whether its record
    speaks to it)."""
    lowered = " ".join(text.lower().split())
    if not QUESTION.search(lowered) or _OTHERS.search(lowered):
        return False
    return bool(set(asked_about(lowered)) - _LEFT_TO_THE_PHOTO)


def asks_if_it_is(text: str, ruled_out: list[str]) -> bool:
    """The question asks whether the item is what the shopper rules out elsewhere ("is this
    real leather? I'm vegan"), not for one without it ("the regular one, not decaf")."""
    lowered = " ".join(text.lower().split())
    for word in ruled_out:
        said = re.escape(word.lower())
        if re.search(rf"\b{said}", lowered) and not re.search(
            rf"\b(?:not|no|non|without)[\s-]+(?:[a-z]+\s+)?{said}", lowered
        ):
            return True
    return False


def answer_about_photo(run: ToolRun, question: str) -> Outcome:
    """The answer for the photo's item, or for its nearest look-alikes when it is unclear."""
    photo = run.state.photo or {}
    ids = [str(i) for i in photo.get("ids") or []]
    if photo.get("kind") not in {"item", "package"} or not ids:
        return _silent()
    best = run.state.focus if run.state.focus in ids else None
    sure = best is not None and not photo.get("closest")
    meant = [best] if sure and best else ids[:UNSURE_SHOWN]
    products = products_of(run.ctx.search, meant)
    asked = _asked(run.state.understanding, question)
    if not products or not _speaks_to(asked, products):
        return _silent()
    replies = [reply for p in products if (reply := answer(p, asked, money_text))]
    if not replies:
        return _silent()
    listed = {p["id"]: p["ordinal"] for p in run.state.shown}
    shown = [shown_product(p, listed.get(p.id, 0)) for p in products]
    lead = "" if sure else "I can't tell for sure which of these yours is, so for the closest: "
    data = {"answer": " ".join(replies), "products": shown}
    update = {"turn_products": shown} | ({"focus": products[0].id} if sure else {})
    return Outcome(True, lead + " ".join(replies), data, update)


def _asks_sizes(lowered: str) -> bool:
    """Which sizes it comes in, or whether it fits a head, feet or everyone."""
    return bool(_SIZE_RANGE.search(lowered)) or fits_a_body(lowered)


def _silent() -> Outcome:
    return Outcome(True, "", {"silent": True}, {})


def _asked(understanding: Understanding, question: str) -> Understanding:
    """The message as a product question: what it asks about, by the answers' own reading;
    a clause that only tells about the shopper ("i cycle to work, ...") asks nothing."""
    lowered = " ".join(question.lower().split())
    clauses = [c for c in CLAUSE_BREAK.split(lowered) if c.strip()]
    lowered = ", ".join(c for c in clauses if not is_context(c)) or lowered
    sizes = ["size"] if _asks_sizes(lowered) else []  # "will this fit a big head?"
    asked = [a for a in asked_about(lowered) if a not in _LEFT_TO_THE_PHOTO] + sizes
    if "price" in asked and not _PRICE.search(lowered):
        asked.remove("price")  # "is this a good price?" aside, "cheap" asks for other products
    copy = understanding.model_copy(deep=True)
    copy.slots.asked, copy.slots.options_asked = asked, either_or(lowered)
    copy.slots.colors, copy.slots.color_words, copy.slots.size = [], [], None
    return copy


def _speaks_to(asked: Understanding, products: list[Product]) -> bool:
    """The question asks something a product record can answer: a known property, the price,
    an either/or, a word naming one of their attributes ("battery", "wireless") or a material,
    or a word their titles or attributes hold other than their kind ("decaf", not "watch")."""
    said = set(asked.slots.asked)
    if said & _ITEM_ASKS or {"price", "size"} & said or asked.slots.options_asked:
        return True
    keys = {stem(part) for p in products for key in p.attributes for part in key.split("_")}
    if any(stem(word) in keys or word in MATERIALS for word in said):
        return True
    kinds = {t for p in products for name in p.category for t in tokenize(name)}
    recorded = {
        t for p in products for t in tokenize(" ".join([p.title, *map(str, p.attributes.values())]))
    }
    if any((terms := set(tokenize(word))) and terms <= recorded - kinds for word in said):
        return True
    unnamed = [w for w in said if not set(tokenize(w)) & (kinds | recorded)]  # "tote": the kind
    return any(_described(word, p) for word in unnamed for p in products)


def _described(word: str, product: Product) -> bool:
    """A property word the description holds whole or as the start of a compound ("leak" of
    "a leakproof lid"), a word no title or kind uses ("does it leak?")."""
    if len(word) < 4 or word in _LEFT_TO_THE_PHOTO:
        return False
    described = set(re.findall(r"[a-z]+", (product.description or "").lower()))
    return bool({word, *(word + end for end in _COMPOUND_ENDS)} & described)
