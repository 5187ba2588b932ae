"""A problem said instead of a product: "my coffee's stone cold by the time I drink it".

A shop assistant hears what would fix it and which of the shop's things do that. What fixes a
problem is everyday English (`agent/data/problem_remedies.tsv`: "spilling" is fixed by something
leakproof, a lid that seals); which kinds the store sells that carry those qualities is read from
the catalog's own texts (titles, categories, descriptions, attributes), so no store's products
are named anywhere. The thing the problem is about ("my coffee", "my jeans") is not what is bought
unless its own kind carries the remedy ("eggs stick to my pan": a nonstick pan).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from agent.slots import colors_in, size_in
from catalog.query_price import find_price_clauses
from catalog.sparse import stem

_WORD = re.compile(r"[a-z][a-z'-]*")
_SUBJECT_WEIGHT = 0.5
_NAMED = 2.0
"""A kind everyday English names as the fix ("a belt") counts more than one quality of it."""
"""The problem's own words ("long runs", "kids", "desk") count less than what fixes it."""
_STOP_WORDS = (
    "i im i'm me my we our you your it its it's the a an and or but so to of in on at for by"
    " with is are was be been am always every all day lately just really so too get gets got"
    " keep keeps what have has had any anything something help need do that this there"
    " then when time actually even before after over by thru through hot like crazy lol ugh pls"
    " help fix would could what've"
)
_STOP = frozenset(_STOP_WORDS.split())


_CLAUSES = re.compile(r"[,;!?]|\.(?!\d)")
_RULES_OUT = re.compile(r"^\s*(?:but\s+)?(?:not|no|without|nothing)\s")


def _limits(clause: str) -> bool:
    """A clause that narrows what is shown (a price, a colour, a size, "not leather"), not one
    that tells the problem ("no outlet on my train", "soaked through in 20 min")."""
    return bool(
        find_price_clauses(clause)
        or colors_in(clause)
        or size_in(clause)
        or _RULES_OUT.match(clause)
    )


_BUT_NOT = re.compile(r"\bbut\s+(?:not|no|without)\s+[a-z'-]+")


def _limit_part(clause: str) -> str:
    """What of a clause narrows what is shown: all of a limit's clause, or its "but not
    silnylon" ("want a new one but not silnylon"); "" for a clause that tells the problem."""
    if _limits(clause):
        return clause
    ruled_out = _BUT_NOT.search(clause)
    return ruled_out.group(0) if ruled_out else ""


@dataclass(frozen=True)
class ProblemKinds:
    """The search a problem asks for: the kinds that fix it, the qualities, the limits said."""

    request: str
    kinds: tuple[str, ...]
    heads: frozenset[str]
    """The stems of the kinds' names ("mug", "bottle"), to tell whether another reading agrees."""
    qualities: str
    """What fixes the problem, in the catalog's words ("leakproof lid kids")."""


@cache
def _remedies() -> list[tuple[re.Pattern[str], tuple[str, ...]]]:
    path = resources.files("agent").joinpath("data/problem_remedies.tsv")
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            pattern, words = line.split("\t")
            rows.append((re.compile(rf"\b(?:{pattern.strip()})"), tuple(words.split())))
    return rows


class _KindTexts:
    """Per leaf category of the catalog: its name, its title heads, each product's words."""

    def __init__(self, payloads: Iterable[dict[str, Any]]) -> None:
        self.products: dict[str, list[set[str]]] = {}
        self.names: dict[str, set[str]] = {}
        self.heads: dict[str, set[str]] = {}  # the leaf's last word and title heads
        self.titled: dict[str, set[str]] = {}  # the words of the leaf's titles
        for product in payloads:
            category = [str(c) for c in product.get("category") or []]
            if not category:
                continue
            leaf = category[-1]
            attributes = product.get("attributes") or {}
            text = " ".join([
                str(product.get("title") or ""), " ".join(category),
                str(product.get("description") or ""),
                " ".join(f"{k} {v}" for k, v in attributes.items()),
            ]).lower()  # fmt: skip
            self.products.setdefault(leaf, []).append(set(_WORD.findall(text)))
            title = _WORD.findall(str(product.get("title") or "").lower())
            self.titled.setdefault(leaf, set()).update(title)
            names = self.names.setdefault(leaf, set())
            names.update(stem(w) for w in _WORD.findall(leaf.lower()))
            last = _WORD.findall(leaf.lower())[-1]  # "t-shirts": a shirt too
            heads = self.heads.setdefault(leaf, {stem(last), stem(last.split("-")[-1])})
            if title:
                names.add(stem(title[-1]))
                heads.add(stem(title[-1]))


_cache: dict[int, tuple[Any, _KindTexts]] = {}
_lock = threading.Lock()


def _kind_texts(search: Any) -> _KindTexts | None:
    index = getattr(search, "index", None)
    if index is None:
        return None
    vocabulary = index.vocabulary()
    with _lock:
        built = _cache.get(id(search))
        if built is None or built[0] is not vocabulary:
            fields = [f"product.{f}" for f in ("title", "category", "description", "attributes")]
            payloads = (p.get("product") or {} for p in index._scroll_payloads(fields))
            built = _cache[id(search)] = (vocabulary, _KindTexts(payloads))
        return built[1]


def remedy_words(text: str) -> tuple[str, ...]:
    """The qualities that fix the problems the message tells of ("" when it tells of none)."""
    lowered = " ".join(text.lower().replace("’", "'").split())
    found: list[str] = []
    for pattern, words in _remedies():
        if pattern.search(lowered):
            found += [w for w in words if w not in found]
    return tuple(found)


def _holds(words: set[str], wanted: str) -> bool:
    """A product's words hold a remedy word, or a word it begins ("cushion" in cushioning)."""
    root = stem(wanted)
    return any(w == wanted or stem(w) == root or w.startswith(root[:6]) for w in words)


def _score(kind: str, texts: _KindTexts, remedy: tuple[str, ...], subject: set[str]) -> float:
    products = texts.products[kind]
    names = texts.names[kind]
    score = 0.0
    for word in remedy:
        if stem(word) in names:
            score += _NAMED  # "belt" for sliding jeans: the kind itself is the remedy
        else:
            score += sum(_holds(p, word) for p in products) / len(products)
    told = sum(sum(_holds(p, w) for p in products) / len(products) for w in subject)
    return score + _SUBJECT_WEIGHT * told


def read_problem(text: str, search: Any) -> ProblemKinds | None:
    """The kinds this store sells that fix the problem the message tells of, None when it tells
    of none the catalog can fix."""
    remedy = remedy_words(text)
    texts = _kind_texts(search) if remedy else None
    if texts is None or not texts.products:
        return None
    lowered = " ".join(text.lower().split())
    asked = _kind_asked(lowered, texts, remedy)
    if asked is not None:
        return _search(lowered, (asked,), texts, remedy, set())  # "what mugs have you got"
    if _asks_a_kind_besides(lowered, texts):
        return None  # "feet hurt after every long run, time for new running shoes": the shoes
    said = {w for w in _WORD.findall(lowered) if w not in _STOP and len(w) > 2}
    subject = {w for w in said if not any(_holds({w}, r) for r in remedy)}
    scores = {}
    for kind in texts.products:
        fixes = _score(kind, texts, remedy, set())
        about = {stem(w) for w in subject} & texts.heads[kind]
        if about and fixes < 1.0:
            continue  # "my coffee is cold": the coffee is what the problem is about
        if fixes > 0:
            scores[kind] = _score(kind, texts, remedy, subject)
    if not scores:
        return None
    best = max(scores.values())
    kinds = tuple(k for k, s in sorted(scores.items(), key=lambda ks: -ks[1]) if s >= best)
    if owned := _owned_kind(lowered, kinds, texts, remedy):
        kinds = (owned,)  # "my shirt gets soaked and clingy": a better shirt
    return _search(lowered, kinds, texts, remedy, subject)


def _search(
    lowered: str,
    kinds: tuple[str, ...],
    texts: _KindTexts,
    remedy: tuple[str, ...],
    subject: set[str],
) -> ProblemKinds:
    kept = [w for w in remedy if any(_holds(p, w) for p in texts.products[kinds[0]])]
    kept += sorted(w for w in subject if w in texts.titled[kinds[0]])  # "the kids keep spilling"
    limits = " ".join(_limit_part(c) for c in _CLAUSES.split(lowered))
    request = " ".join([*kept, kinds[0].lower(), limits]).strip()
    heads = frozenset(h for k in kinds for h in texts.names[k])
    return ProblemKinds(" ".join(request.split()), kinds, heads, " ".join(kept))


_WHICH = re.compile(r"\b(?:what|which)\s+(?:kinds? of\s+|sorts? of\s+|type of\s+)?([a-z'-]+)")


def _kind_asked(lowered: str, texts: _KindTexts, remedy: tuple[str, ...]) -> str | None:
    """The kind the shopper asks for by name with the problem ("what bottles don't leak?",
    "which mugs have you got"), None when no question names one the store sells. A cart or
    checkout ask is left to the rest of the reader."""
    if _ASKS_OTHERWISE.search(lowered):
        return None
    for m in _WHICH.finditer(lowered):
        own = [k for k, hs in texts.heads.items() if stem(m[1]) in hs]
        if own:
            return max(own, key=lambda k: _score(k, texts, remedy, set()))
    return None


_OWNED = re.compile(r"\b(?:my|our|his|her|their)\s+((?:[a-z'-]+\s*){1,3})")


def _owned_kind(
    lowered: str, kinds: tuple[str, ...], texts: _KindTexts, remedy: tuple[str, ...]
) -> str | None:
    """The kind of the shopper's own thing the problem is with ("my shirt gets soaked", "my yoga
    mat slides") when the kinds found neither are it nor serve it: a better one of that thing is
    the search. None when everyday English names the fix ("my jeans keep sliding down": a belt)."""
    heads = {h for k in kinds for h in texts.heads[k]}
    if any(stem(w) in heads for w in remedy):
        return None
    said_of = [
        _WORD.findall(lowered[: m.start()])[-1:]
        for p, _ in _remedies()
        for m in p.finditer(lowered)
    ]
    # "old tent leaks through the roof": the word right before the problem is its thing
    owners = [w for m in _OWNED.finditer(lowered) for w in _WORD.findall(m[1])]
    for owned in owners + [w for words in said_of for w in words]:
        serves = any(owned in p for k in kinds for p in texts.products[k])
        if stem(owned) in heads or serves:
            continue
        own = [k for k, hs in texts.heads.items() if stem(owned) in hs]
        if own:
            return max(own, key=lambda k: _score(k, texts, remedy, set()))
    return None


_ASKS_OTHERWISE = re.compile(r"\b(?:add|check ?out|checkout|buy|order|cart)\b")
_ASKS_OF_IT = re.compile(
    r"\b(?:will|would|does|do|did|is|are|can|could|should)\s+(?:this|it|that|these|those|they)\b"
)
_CHOOSES = re.compile(r"\bwhich\b")
_WHAT = re.compile(r"\bwhat\b")
# "just need a tent …": the kind asked, its name within three words of the article: "a water
# bottle", "a new trail shoe" ("which …" and "what …" have their own readings above and below)
_ASKED = re.compile(r"\b(?:a|an|some|new|any)\s+((?:[a-z'-]+\s+){0,2}[a-z'-]+)\b")
_POINTED_ASK = re.compile(r"\b(?:sell|carry|stock|have|got)\s+(?:this|that|these|those|it)\b")
"""A question about a thing pointed at ("do you still sell this one?" with a photo)."""
_WANTED = re.compile(
    r"\b(?:need|want|looking for|after)\s+(?:a|an)\s+(?!(?:new|better|good|decent|replacement"
    r"|fix|way|solution|one|something|thing)\b)[a-z'-]+"
)
"""A kind asked for by name in a clause of its own ("need a jump starter"), sold or not."""


def _asks_a_kind_besides(lowered: str, texts: _KindTexts) -> bool:
    """A clause that tells no problem names a kind the store sells: the problem is the reason
    for that ask, not the search."""
    sold = {h for hs in texts.heads.values() for h in hs}
    if _ASKS_OTHERWISE.search(lowered) or _POINTED_ASK.search(lowered):
        return True  # "that should fix my cold coffee lol. checkout: ..."
    if _ASKS_OF_IT.search(lowered) or _CHOOSES.search(lowered):
        # "will this leak in my kid's backpack?", "which is best for wet muddy trails?": a
        # question about the things shown or a choice among a kind, not a problem told
        return True
    for clause in _CLAUSES.split(lowered):
        if what := _WHAT.search(clause):
            # "what are the best trail shoes for muddy runs?": the kind asked, not the shopper's
            asked = _OWNED.sub(" ", clause[what.end() :])
            if any(stem(w) in sold for w in _WORD.findall(asked) if w not in _STOP):
                return True
        if any(stem(w) in sold for m in _ASKED.finditer(clause) for w in m[1].split()):
            return True  # "just need a tent that won't leak": the tent
        if remedy_words(clause):
            continue
        if _WANTED.search(clause):
            return True  # "my car battery keeps dying, need a jump starter": not sold, so said
        if any(stem(w) in sold for w in _WORD.findall(clause) if w not in _STOP):
            return True
    return False
