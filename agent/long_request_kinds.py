"""Which of the catalog's kinds a long, natural request names ("I need a sun cream that's gentle
enough for children's skin, my youngest goes red so easily").

A short request is scoped by its head noun (agent/kind_scope.py); a long one has no reliable head,
but a shop assistant still hears the thing asked for among the context: who it is for, why, and
what happened ("for make tea", "for the garden", "my old flip flops snapped"). The kind is the
first word in the message that is a kind the catalog sells: a title's head noun ("kettle",
"speaker") or a one-word category ("Cutlery"); a compound every title of a kind shares
("sunscreen", "tote") only when no head is said. A kind said as the shopper's own ("my
hoodies", "his old backpack") is what they have, not what they ask for, unless nothing else is
named: then it is what they replace ("buy her her own", "his trainers are worn through").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from agent.kind_scope import is_long
from agent.kinds import judge_for, request_head, title_head, word_before_head
from agent.vocabulary_cache import per_vocabulary
from catalog.sparse import STOPWORDS, stem

MOST_LEAVES = 3
"""A word held by more kinds than this names none of them."""
SHARED_COMPOUND = 3
"""A word before the head counts as the kind's name when at least this many titles of the kind,
and all of them, write it ("Tote Bag", "Sunscreen SPF")."""

_GENERIC = frozenset({"set", "pair", "pack", "kit", "piece", "item", "one", "lb", "spf"})
"""Title heads that name no kind ("Storage Set", "10 lb Dumbbell")."""
_OWNED = re.compile(r"\b(?:my|his|her|our|your|their)\s+(?:[a-z'-]+\s+){0,2}$")
"""Right before a kind word: the shopper's (or someone's) own thing ("my old backpack")."""
_REPLACED = re.compile(
    r"\b(?:(?:my|his|her|our|your|their) own|worn|broke|broken|snapped|fell apart|falling apart"
    r"|died|lost|losing|stolen|stealing|ripped|torn|leaks|leaked|cracked)\b"
)
"""What happened to the shopper's own one, so a new one is asked for ("buy her her own")."""
_WORD = re.compile(r"[a-z][a-z'-]*")
_JOINED = re.compile(r"^\s*(?:and|or|&|\+)\s+(?:an?\s+|some\s+)?(?:[a-z'-]+\s+)?$")


@dataclass
class _Kinds:
    heads: dict[str, set[str]] = field(default_factory=dict)
    """Per stem of a head noun ("kettle"): the leaf categories whose titles end in it."""
    compounds: dict[str, set[str]] = field(default_factory=dict)
    """Per stem of a word every title of a leaf writes before its head ("tote"): that leaf."""
    modifiers: dict[str, set[str]] = field(default_factory=dict)
    """Per stem of any word before a head ("electric" kettle): the leaves, to choose among."""


@per_vocabulary
def _kinds(search: Any) -> _Kinds:
    kinds = _Kinds()
    before: dict[str, dict[str, int]] = {}
    sizes: dict[str, int] = {}
    for payload in search.index._scroll_payloads(["product.title", "product.category"]):
        product = payload.get("product") or {}
        path = [str(c) for c in product.get("category") or []]
        if not path:
            continue
        leaf, title = path[-1], str(product.get("title") or "")
        sizes[leaf] = sizes.get(leaf, 0) + 1
        leaf_words = _WORD.findall(leaf.lower())
        if len(leaf_words) == 1:
            kinds.heads.setdefault(stem(leaf_words[0]), set()).add(leaf)
        head = title_head(title)
        if head is None or head in _GENERIC:
            head = None
        else:
            kinds.heads.setdefault(stem(head), set()).add(leaf)
        written = word_before_head(title, title_head(title) or "")
        if written and written not in STOPWORDS:
            counts = before.setdefault(stem(written), {})
            counts[leaf] = counts.get(leaf, 0) + 1
            kinds.modifiers.setdefault(stem(written), set()).add(leaf)
    for word, counts in before.items():
        shared = {leaf for leaf, n in counts.items() if n >= SHARED_COMPOUND and n == sizes[leaf]}
        if shared and word not in kinds.heads:
            kinds.compounds[word] = shared
    for stems in (kinds.heads, kinds.compounds):
        for word in [w for w in stems if w in STOPWORDS or len(w) < 3]:
            del stems[word]
    return kinds


@dataclass(frozen=True)
class _Mention:
    at: int
    leaves: frozenset[str]
    owned: bool


def long_scope(search: Any, text: str) -> list[str]:
    """The kind a request too long for kind_scope.named_kinds names, [] for a short one or one
    whose head the store does not sell ("a bottle of red wine" is no water bottle)."""
    if not is_long(text):
        return []
    head = request_head(text)
    unsold = head is not None and judge_for(search).carried(head) is False
    return long_request_kinds(search, text, head.phrase if head and unsold else "")


def long_request_kinds(search: Any, text: str, unsold: str = "") -> list[str]:
    """The leaf categories of the kind a long request asks for, [] when it names none or only
    as a word of the `unsold` phrase (the request's head the store does not sell)."""
    kinds = _kinds(search)
    lowered = " ".join(text.lower().split())
    words = list(_WORD.finditer(lowered))
    heads = _mentions(kinds.heads, kinds.modifiers, lowered, words)
    asked = [m for m in heads if not m.owned]
    if not asked:  # "sunscreen": a name every title of a kind shares
        asked = [m for m in _mentions(kinds.compounds, {}, lowered, words) if not m.owned]
    if not asked and _REPLACED.search(lowered):  # "his running shoes are worn through"
        asked = heads
    if not asked or stem(words[asked[0].at][0]) in {stem(w) for w in unsold.split()}:
        return []
    first, leaves = asked[0], set(asked[0].leaves)
    for other in asked[1:]:  # "a hat and a scarf": both kinds asked for
        between = lowered[words[first.at].end() : words[other.at].start()]
        if not _JOINED.match(between):
            break
        leaves |= other.leaves
        first = other
    return sorted(leaves) if len(leaves) <= MOST_LEAVES else []


def _before_another(
    table: dict[str, set[str]], lowered: str, words: list[re.Match[str]], at: int
) -> bool:
    """ "snack bars", "tea kettle": a kind word right before another names the second."""
    if at + 1 >= len(words) or lowered[words[at].end() : words[at + 1].start()] != " ":
        return False
    return stem(words[at + 1][0]) in table


def _mentions(
    table: dict[str, set[str]],
    modifiers: dict[str, set[str]],
    lowered: str,
    words: list[re.Match[str]],
) -> list[_Mention]:
    found = []
    for at, word in enumerate(words):
        leaves = table.get(stem(word[0]))
        if not leaves or _before_another(table, lowered, words, at):
            continue
        if len(leaves) > 1 and at:  # "tote bag": the totes, not the duffel bags
            narrowed = leaves & modifiers.get(stem(words[at - 1][0]), set())
            leaves = narrowed or leaves
        owned = bool(_OWNED.search(lowered[: word.start()]))
        found.append(_Mention(at, frozenset(leaves), owned))
    return found
