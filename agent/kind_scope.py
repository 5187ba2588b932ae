"""Which of the catalog's kinds a short request names, and which yes/no features it wants.

A shop assistant asked for "a frying pan" shows the pans (the skillets), not a boot that shares
"10 inch" and a storage set; asked for "a tote bag, not leather" shows totes, not a duffel bag.
Ranking by meaning always fills the list, so the kind named is made a filter: the leaf
categories whose names or product title heads hold the request's head noun (agent/kinds.py),
the ones holding more of its phrase when several do ("tote bag": Totes, not Duffels); a head the
catalog never uses counts when the encoder finds it a synonym of a leaf's words ("pan" ~
"skillet"). Only short requests are read this way: a long, detailed goal has no reliable head
(agent/carried.py KIND_WORDS) and keeps the ranking alone.

The yes/no attributes of the catalog ("waterproof", "polarized", "wireless") are read the same
way: named in the request, only products that have it are shown; ruled out ("not polarized",
"NOT wireless", "wired"), only those without it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from agent.attribute_words import RULED_OUT, has_value, values_said, yes_no_by_object
from agent.carried import NEAREST, POOL, purpose_cut
from agent.kinds import (
    CHAT_TERMS,
    SYNONYM,
    Head,
    KindIndex,
    is_material,
    judge_for,
    request_head,
    title_head,
    word_before_head,
)
from agent.measured_wants import measure_wants
from agent.noun_modifiers import as_modified_kind
from agent.outcome import Outcome, ToolRun, numbered, shown_product
from agent.search_kind import asked_phrase, of_phrase, phrase_terms, within_budget
from agent.state import remember_shown
from agent.value_words import said_with_its_key, value_pattern
from agent.vocabulary_cache import per_vocabulary
from catalog.kind_words import kind_words
from catalog.payload import product_words
from catalog.query import ParsedQuery
from catalog.query_price import find_price_clauses
from catalog.sparse import STOPWORDS, stem, tokenize

SCOPE_WORDS = 6
"""A request of at most this many terms is scoped to the kind it names; a chatshop-style goal of
more detailed terms is not (its head is unreliable, see agent/carried.py KIND_WORDS)."""
MOST_LEAVES = 3
"""A head held by more leaves than this ("cream" in ten beauty leaves of a large catalog) does not
name one kind; the ranking alone decides (chatshop purchase bench: scoping by it lost targets)."""

_OPPOSITES = {"wired": "wireless", "corded": "wireless", "cord": "wireless"}
"""Words that ask for the absence of a yes/no feature ("wired headphones": not wireless)."""


def _opposites(keys: set[str]) -> dict[str, str]:
    """The words for the absence of each "-less" feature the products carry: "wired", "wire"
    for wireless, "corded" for cordless, "strapped" for strapless."""
    found = {word: key for word, key in _OPPOSITES.items() if key in keys}
    for key in keys:
        base = key.lower().removesuffix("less")
        if base != key.lower() and len(base) >= 3:
            for word in (base, base + "d", base + "ed", base + base[-1] + "ed"):
                found.setdefault(word, key)
    return found


@dataclass
class _Kinds:
    """Per leaf category: the stems of its path words and of its products' title heads."""

    words: dict[str, set[str]] = field(default_factory=dict)
    compounds: dict[str, set[str]] = field(default_factory=dict)
    """Per stem of a word written right before a title's head ("beanie" in Wool Beanie Hat,
    "sunscreen" in Kids Gentle Sunscreen SPF 50): the leaves of the products so titled."""
    under: dict[str, set[str]] = field(default_factory=dict)
    """Per category name of any level, lowered: the leaves under it ("bags": Duffels, Totes)."""
    compound_forms: dict[str, set[str]] = field(default_factory=dict)
    """Per compound word as the title writes it, lowered ("crisps" in Garden Veggie Crisps
    Chips, "crisp" in Maple Pecan Crisp Cereal): the leaves of the products so titled."""


@per_vocabulary
def _kinds(search: Any) -> _Kinds:
    kinds = _Kinds()
    fields = ["product.title", "product.category"]
    for payload in search.index._scroll_payloads(fields):
        product = payload.get("product") or {}
        path = [str(c) for c in product.get("category") or []]
        if not path:
            continue
        words = kinds.words.setdefault(path[-1], set())
        for name in path:
            kinds.under.setdefault(name.lower(), set()).add(path[-1])
        for name in path:
            words |= {stem(w) for w in re.findall(r"[a-z][a-z'-]*", name.lower())}
        title = str(product.get("title") or "")
        if head := title_head(title):
            words.add(stem(head))
            if before := word_before_head(title, head):
                kinds.compounds.setdefault(stem(before), set()).add(path[-1])
                kinds.compound_forms.setdefault(before.lower(), set()).add(path[-1])
    for words in kinds.words.values():
        words -= set(STOPWORDS)
    return kinds


def named_kinds(search: Any, text: str, hints: list[str], any_length: bool = False) -> list[str]:
    """The leaf categories a short request names, [] when it names none or is long (unless
    `any_length`: a clause of a long message that asks, agent/asked_kinds.py).

    `hints` are the categories the query parser found named; a leaf among them decides when
    the head noun does not ("hats, any colour but green": the head reads as "colour")."""
    if not tokenize(text) or (not short_enough(text) and not any_length):  # its budget aside
        return []
    kinds = _kinds(search)
    head = request_head(text)
    hinted = [h for h in hints if h in kinds.words]
    if head is None:
        return hinted if len(hinted) <= MOST_LEAVES else []
    judge = judge_for(search)
    head = as_modified_kind(_postposed(head, judge.index()), judge.index())  # "tea bags": tea
    carried = judge.carried(head)
    if carried is True:  # a sold head decides alone: "styling cream
        leaves = _by_head(search, kinds, head)  # for short hair" is never narrowed to Shorts
        return _with_alternatives(search, kinds, text, head, leaves)
    compound = kinds.compounds.get(head.term, set())
    # "beanies": the word names a compound kind (Wool Beanie Hat), that kind's leaves; not when
    # another word of the phrase is a kind itself ("coffee table" is no Mushroom Table Lamp).
    others = {stem(w) for w in head.phrase.split()} - {head.term}
    if (
        carried is None
        and compound
        and len(compound) <= MOST_LEAVES
        and not others & judge.index().kinds
        and not is_material(head.word)  # "glasses" is no Glass Mug: a material names no kind
    ):
        as_said = kinds.compound_forms.get(head.word, set()) & compound
        return sorted(as_said or compound)  # "crisps": the Crisps Chips, not a Crisp Cereal
    # A kind the store may not sell ("coffee table", "gaming laptop") is never narrowed to the
    # kind its modifier names; a hint outside the head phrase still counts ("hats, any colour").
    inside = {stem(w) for w in head.phrase.split()}
    outside = [h for h in hinted if not inside & {stem(w) for w in h.lower().split()}]
    if carried is False:  # "sleeping bag for a 2p tent": what it goes with is not asked for
        asked = set(tokenize(purpose_cut(text)))  # tokens on both sides: "t shirts", T-Shirts
        outside = [h for h in outside if asked & set(tokenize(h))]
    return outside if len(outside) <= MOST_LEAVES else []


_OR = re.compile(r"\bor\b", re.I)


def _with_alternatives(
    search: Any, kinds: _Kinds, text: str, head: Head, leaves: list[str]
) -> list[str]:
    """The leaves of every sold kind a request offers as alternatives ("either a beanie or a
    scarf, I don't mind": the hats and the scarves), the head's own leaves first."""
    parts = _OR.split(text)
    if len(parts) < 2 or not leaves:
        return leaves
    judge = judge_for(search)
    found = list(leaves)
    for part in parts[:-1]:
        other = request_head(part)
        if other is None or other.term == head.term or judge.carried(other) is not True:
            continue
        found += [leaf for leaf in _by_head(search, kinds, other) if leaf not in found]
    return found if len(found) <= MOST_LEAVES else leaves


def leaves_under(search: Any, hints: list[str]) -> list[str]:
    """The leaves under the categories named, [] when there are too many to name one kind."""
    under = _kinds(search).under
    leaves = sorted({leaf for hint in hints for leaf in under.get(hint.lower(), ())})
    return leaves if len(leaves) <= MOST_LEAVES else []


def _postposed(head: Head, kinds: KindIndex) -> Head:
    """ "kettle electric": a modifier the catalog's titles write before the kind (Electric
    Kettle), said after it as in many languages; the kind is the head."""
    words = head.phrase.split()
    if len(words) < 2 or stem(words[-2]) not in kinds.kinds or head.term in kinds.heads:
        return head  # "vanity light": lights are a kind of their own, so the kind stays light
    # Only the very compound a title writes ("Electric Kettle"): any title word modifies in the
    # loose sense, and "vanity light" or "camera bag" must stay lights and bags (ChatShop goals).
    titled = {" ".join(stem(w) for w in n.split()) for n in kinds.named.get(stem(words[-2]), ())}
    if f"{head.term} {stem(words[-2])}" in titled:
        return Head(phrase=" ".join(words[:-1]), word=words[-2])
    return head


def compound_words(search: Any, leaves: list[str]) -> set[str]:
    """The stems these leaves' titles write right before their head ("rain" of Rain Jacket)."""
    wanted = set(leaves)
    return {word for word, where in _kinds(search).compounds.items() if where & wanted}


_HEDGES = frozenset({
    "ideally", "preferably", "maybe", "possibly", "probably", "hopefully", "anyway", "anything",
    "something",
})  # fmt: skip
"""Words that hedge a wish or lead back to it and describe nothing ("navy or black ideally",
"anyway, back to the sandals, anything under 30?")."""


def short_enough(text: str) -> bool:
    """Whether a request, its prices left out, is short enough to be scoped to its kind."""
    for clause in reversed(find_price_clauses(text, bare=True)):
        text = f"{text[: clause.start]} {text[clause.end :]}"
    return len(_described(text)) <= SCOPE_WORDS


def _described(text: str) -> list[str]:
    """The terms that describe the product: less the asking words ("if u have") and the hedges
    ("backpack for work that fits a laptop... navy or black ideally" is six)."""
    return [t for t in tokenize(text) if t not in CHAT_TERMS and t not in _HEDGES]


def _by_head(search: Any, kinds: _Kinds, head: Head) -> list[str]:
    phrase = {stem(w) for w in head.phrase.split()}
    holding = {
        leaf: len(phrase & words) for leaf, words in kinds.words.items() if head.term in words
    }
    if holding:
        most = max(holding.values())
        found = sorted(leaf for leaf, n in holding.items() if n == most)
        if len(found) > MOST_LEAVES:  # a head of many kinds ("cat") names none of them
            return []
        return _named_whole(found, phrase)
    plain = kind_words().get(head.word, "").split()  # "daypack": the table's backpack
    if plain and stem(plain[-1]) != head.term:
        return _by_head(search, kinds, Head(head.phrase.replace(head.word, plain[-1]), plain[-1]))
    judge = judge_for(search)  # "runners": the kinds whose words mean it, then the phrase's
    scored = [(judge.best(head.word, words), leaf) for leaf, words in kinds.words.items()]
    close = [(len(phrase & kinds.words[leaf]), cosine, leaf) for cosine, leaf in scored]
    close = [c for c in close if c[1] >= SYNONYM]  # ("trail runners": Trail Running Shoes)
    return [max(close)[2]] if close else []


def _named_whole(leaves: list[str], phrase: set[str]) -> list[str]:
    """Leaves holding the phrase alike, less those whose name is a leaf named whole plus words
    not said: "running shoes" are the Running Shoes, not the Trail Running Shoes that also hold
    both words. A leaf of other words stays ("hair extension" keeps Extensions, Wigs &
    Accessories beside Hair Extensions: real catalogs file one kind under several names)."""
    named = {leaf: {stem(w) for w in re.findall(r"[a-z][a-z'-]*", leaf.lower())} for leaf in leaves}
    named = {leaf: words - set(STOPWORDS) for leaf, words in named.items()}
    whole = [leaf for leaf, words in named.items() if len(words) > 1 and words <= phrase]
    return [
        leaf for leaf in leaves
        if not any(named[w] < named[leaf] and not named[leaf] <= phrase for w in whole)
    ]  # fmt: skip


def feature_wants(text: str, excluded_words: list[str], hits: list[Any]) -> dict[str, str]:
    """The yes/no attributes asked for ("waterproof" -> yes) or ruled out ("not polarized",
    "wired" -> no), among those the listed products carry."""
    keys = {
        key
        for hit in hits
        for key, value in hit.product.attributes.items()
        if str(value).lower() in {"yes", "no"}
    }
    said = " ".join(re.findall(r"[a-z]+", text.lower().replace("-", "")))
    ruled_out = " ".join(w.lower().replace("-", "") for w in excluded_words if w)
    wants: dict[str, str] = {}
    for key in sorted(keys):
        pattern = re.compile(rf"\b{_spelling(key)}\b")
        if pattern.search(ruled_out):
            wants[key] = "no"
        elif pattern.search(said):
            wants[key] = "yes"
    for word, key in _opposites(keys).items():  # "not the wired kind": wireless after all
        if key in wants:
            continue
        if re.search(rf"\b{word}\b", ruled_out):
            wants[key] = "yes"
        elif re.search(rf"\b{word}\b", said):
            wants[key] = "no"
    head = request_head(text)  # "mugs ... in the dishwasher": a Dishwasher Cutting Board found
    of_kind = [h for h in hits if _is_kind(h, head)] if head else []  # beside them is no reason
    wants = yes_no_by_object(said, ruled_out, keys - set(wants), of_kind or hits) | wants
    spaced = " ".join(re.findall(r"[a-z]+", text.lower()))  # "high-rise": the value high
    numbered = " ".join(re.findall(r"[a-z0-9]+", text.lower()))  # "straight 211 jean": a title
    return (
        values_said(numbered, ruled_out, hits)
        | wants
        | _values_named(spaced, hits)
        | _value_over_another(spaced, ruled_out, hits)
        | measure_wants(text, hits)  # "a 38mm case max", "4mm drop"
    )


def _value_over_another(said: str, ruled_out: str, hits: list[Any]) -> dict[str, str]:
    """One value of an attribute said beside another ruled out ("neutral not stability", both
    values of `support`): only products with the value said are wanted."""
    values: dict[str, set[str]] = {}
    for hit in hits:
        for key, value in hit.product.attributes.items():
            text = str(value).lower()
            if re.fullmatch(r"[a-z-]{3,20}", text) and text not in {"yes", "no"}:
                values.setdefault(key, set()).add(text)
    wants: dict[str, str] = {}
    for key, known in values.items():
        out = {v for v in known if re.search(rf"\b{value_pattern(v, short=True)}\b", ruled_out)}
        kept = {v for v in known - out if re.search(rf"\b{re.escape(v)}\b", said)}
        if out and len(kept) == 1:
            wants[key] = kept.pop()
    return wants


def _values_named(said: str, hits: list[Any]) -> dict[str, str]:
    """Attribute values named with their attribute ("relaxed fit", "high rise"): only products
    with that value are wanted."""
    wants: dict[str, str] = {}
    for hit in hits:
        for key, value in hit.product.attributes.items():
            text = " ".join(re.findall(r"[a-z]+", str(value).lower().replace("-", "")))
            if key in wants or not text or text in {"yes", "no"} or len(text) > 20:
                continue
            if re.search(rf"\b{re.escape(text)}\s+{_spelling(key)}\b", said) or (
                said_with_its_key(said, str(value).lower(), key)  # "crew neck": neckline
            ):
                wants[key] = str(value).lower()
    return wants


def _spelling(key: str) -> str:
    """A key as shoppers spell it: "polarized" or "polarised", "waterproof" or "water-proof"."""
    parts = [re.sub(r"i[sz](e|ed|ing)$", r"i[sz]\1", re.escape(p)) for p in key.split("_")]
    return r"[\s-]?".join(parts)


def with_features(hits: list[Any], wants: dict[str, str], text: str = "") -> list[Any]:
    """The hits that have every wanted yes/no value; all of them when none has, or when none of
    the kind the request names (`text`'s head noun) has it: "wide fit" never turns trail runners
    into wide-fit jeans."""
    if not wants:
        return hits
    kept = [h for h in hits if all(has_value(h.product, k, v) for k, v in wants.items())]
    head = request_head(text) if text else None
    if head is not None and any(_is_kind(h, head) for h in hits):
        kept = [h for h in kept if _is_kind(h, head)]
    return kept or hits


def _with_features_named(phrase: str, wants: dict[str, str]) -> str:
    """The phrase with the features asked that it does not say ("rain jacket" asked "really
    waterproof": "waterproof rain jacket"), so "none" is said of what was asked."""
    named = [
        key.replace("_", " ") if value == "yes" else value
        for key, value in sorted(wants.items())
        if value != "no" and not value.startswith(RULED_OUT)
    ]
    said = phrase.lower().split()
    return " ".join([w for w in named if w not in said] + [phrase])


def _is_kind(hit: Any, head: Head) -> bool:
    return head.term in set(product_words(hit.product))


def beyond_limits_hits(run: ToolRun, result: Any) -> list[Any]:
    """The search's hits with its price, colour and size lifted: the whole kind asked."""
    kept = result.filters.model_copy(
        update={"price_min": None, "price_max": None, "colors": [], "sizes": []}
    )
    parsed = ParsedQuery(original=result.query.original, text=result.query.text, filters=kept)
    return list(run.ctx.search.search(parsed, limit=POOL).hits)


def kind_beyond_limits(run: ToolRun, result: Any, wants: dict[str, str] | None = None) -> Outcome:
    """The kind named is sold but none within the price, colour or size asked: say so and show
    the nearest of that kind (nearest price first when over budget), keeping what was ruled out
    and the features asked (`wants`: "waterproof boots" beyond the budget are waterproof).
    """
    wanted = result.filters
    hits = beyond_limits_hits(run, result)
    featured = with_features(hits, wants or {}, result.query.text)  # a feature asked outranks
    terms = phrase_terms(result.query.text, featured)  # the phrase: "a rain jacket that is
    hits = of_phrase(featured, terms) or featured  # really waterproof", none is: the waterproof
    # jackets; "rain jacket under 50": the rain jackets
    if wanted.price_max is not None:
        hits = sorted(
            within_budget(hits, wanted.price_max), key=lambda h: h.product.min_price.amount
        )
    nearest = [shown_product(h.product, i + 1) for i, h in enumerate(hits[:NEAREST])]
    update: dict[str, Any] = {"query": result.query.text, "filters": wanted.model_dump()}
    update |= {"shown": nearest, "turn_products": nearest, "compared": [], "focus": None}
    update["seen"] = remember_shown(run.state.seen, nearest)
    if not nearest:
        return Outcome(False, "No products match.", {"products": [], "refine": False}, update)
    wanted_text = _with_features_named(asked_phrase(result.query.text), wants or {})
    data = {"products": nearest, "unmet": True, "wanted": wanted_text, "refine": False}
    return Outcome(True, "Nothing within those limits; nearest: " + numbered(nearest), data, update)
