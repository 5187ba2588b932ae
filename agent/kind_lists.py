"""A memory of the lists shown, one per kind: a shopper who wanders from kettles to mugs to hats
and says "back to the kettles, the cheapest one - add it", "which jacket was the cheapest
again?" or "the mats again, under 50" means the kettles (jackets, mats) listed to them, with
what they ruled out and their budget. The state keeps the last list of each of the last few
kinds (`kind_lists`); a message that returns to one of them makes it the list in view again."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from agent.back_to_pointers import back_to_named
from agent.discourse_openers import opened
from agent.intents import CONFIDENT
from agent.kind_synonyms import KIND_SYNONYMS, kind_form
from agent.state import KindList, ShoppingState, ShownProduct, products_of
from agent.understanding import Intent, Negations, References, Understanding
from catalog.colors import color_family

KIND_LIMIT = 6
"""How many kinds' lists are kept; the kind returned to longest ago falls off first."""


_RETURNS = re.compile(
    r"\bback to\b|\bagain\b|\b(?:from|than) (?:before|earlier)\b|\bearlier\b"
    r"|\bfrom (?:the )?(?:first|start|beginning)\b"
    r"|\byou (?:showed|show'?d|suggested|mentioned|listed|had|gave)\b|\bwas the\b",
    re.I,
)
_POINTS = re.compile(
    r"\b(?:first|second|third|fourth|fifth|last|cheapest|priciest|dearest|most expensive"
    r"|least expensive|lightest|heaviest|biggest|smallest|best[- ]rated)\b",
    re.I,
)
_DEFINITE = re.compile(r"\b(?:and|for|about) (?:the|those|these) ([a-z][a-z-]+)\b", re.I)
"""A kind pointed at as one known ("and for the sandals, anything under 60?")."""
_INTO_THE_LIST = re.compile(
    r"^\W*(?:which|what|how|is|are|does|do|can)\b"
    r"|\b(?:add|those|them|it|that one|the [a-z -]+ one)\b",
    re.I,
)
"""What of the message after its lead points into the list returned to, or asks about it."""
_OF_THE_LIST = re.compile(
    r"\W*(?:(?:got|have you got|do you have|are there) )?any(?:thing)?\b"
    r"|\W*(?:(?:what|how) about |anything )?(?:under|below|less than|over|up to|around)\s*\$?\d",
    re.I,
)
"""A rest that narrows the list returned to: "any in white?", "got any in black", "under 120"."""
_SINGLE = re.compile(r"\bback to (?:the|that|this|my) [a-z-]+(?<!s)\b", re.I)
_NOT_KIND_WORDS = frozenset({
    "one", "set", "pack", "pair", "kit", "bundle", "box", "edition", "classic", "pro", "plus",
    "lite", "mini", "max", "original",
})  # fmt: skip
_FILLER = frozenset({
    "ok", "okay", "so", "and", "now", "then", "hmm", "um", "well", "actually", "right", "alright",
    "lets", "let's", "let", "us", "go", "going", "get", "getting", "come", "coming", "back", "to",
    "the", "those", "these", "them", "that", "my", "again", "show", "me", "see", "can", "could",
    "you", "u", "we", "i", "please", "pls", "plz", "want", "wanna", "take", "look", "at", "a",
    "bit", "more", "of", "on", "before", "earlier", "from",
})  # fmt: skip


def kinds_of(filters: dict[str, Any], shown: Iterable[ShownProduct], search: Any) -> list[str]:
    """A list's kinds: the leaf categories its search was scoped to, else its products' leaves."""
    scoped = filters.get("categories") or []
    if scoped:
        return sorted(scoped)
    products = products_of(search, (p["id"] for p in shown))
    return sorted({p.category[-1] for p in products if p.category})


def kind_history(state: ShoppingState, changes: dict[str, Any], search: Any) -> dict[str, Any]:
    """What a turn's tool results change in the per-kind memory: a new list shown is kept as its
    kinds' last list (the older one of those kinds replaced), the memory bounded to `KIND_LIMIT`."""
    shown = changes.get("shown")
    if "kind_lists" in changes:
        return {}  # a list of several kinds kept each kind's own (tools_kinds.py)
    if not shown:
        return _answered_alone(state, changes, search)
    filters = changes.get("filters", state.filters) or {}
    kinds = kinds_of(filters, shown, search)
    if not kinds:
        return {}
    entry = KindList(
        kinds=kinds, shown=shown, query=changes.get("query", state.query), filters=filters
    )
    kept = [e for e in state.kind_lists if e["kinds"] != kinds]
    return {"kind_lists": [*kept, entry][-KIND_LIMIT:]}


def _answered_alone(state: ShoppingState, changes: dict[str, Any], search: Any) -> dict[str, Any]:
    """A product answered about alone ("how much is the carbon steel skillet?"), no list shown,
    is remembered as its kind's list when none of that kind is, so "back to the pans" or "ok
    the pan then" later finds it."""
    answered = changes.get("turn_products") or []
    focus = changes.get("focus")
    if len(answered) != 1 or answered[0]["id"] != focus:
        return {}
    kinds = kinds_of({}, answered, search)
    if not kinds or any(set(kinds) & set(e["kinds"]) for e in state.kind_lists):
        return {}
    entry = KindList(kinds=kinds, shown=list(answered), query=answered[0]["title"], filters={})
    return {"kind_lists": [*state.kind_lists, entry][-KIND_LIMIT:]}


def recalled(state: ShoppingState, text: str, search: Any) -> tuple[dict[str, Any], str]:
    """The state a message returning to another kind's list reads against, and the message to
    read: that list in view and the message less its "back to the kettles" lead ("…, the
    cheapest one") and its "from before" ("the wool blanket from before, queen"), or, said
    alone ("back to the kettles"), that list as the one "go back" shows; nothing otherwise."""
    entry = recalled_list(state, text, search)
    if entry is None:
        return {}, text
    if only_returns(text, entry, search):
        earlier = {"shown": entry["shown"], "query": entry["query"], "filters": entry["filters"]}
        return {"earlier": earlier}, text
    read = _without_lead(text, _kind_words(entry["shown"], search, entry["kinds"]), entry["shown"])
    return {
        "shown": entry["shown"],
        "query": entry["query"],
        "filters": entry["filters"],
        "earlier": {"shown": state.shown, "query": state.query, "filters": state.filters},
        "further": [],
        "compared": [],
        "focus": _talked_about(state, entry),
    }, _FROM_BEFORE.sub("", read)


def _talked_about(state: ShoppingState, entry: KindList) -> str | None:
    """The product of the list returned to talked about last ("show me the glass kettle" ...
    "mugs" ... "is the kettle in red in stock?": that kettle), if one was."""
    listed = {p["id"] for p in entry["shown"]}
    return next((pid for pid in reversed(state.focused) if pid in listed), None)


_FROM_BEFORE = re.compile(
    r"\s+from (?:before|earlier|(?:the )?(?:first|start|beginning)(?! (?:one|ones|list)\b))\b",
    re.I,
)
"""What says a product is of a list shown before ("the wool camp blanket from before"): once that
list is in view again, the product is simply one of it."""
_LEAD = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|and|alright|right|nah|actually|anyway|hmm+)\b[\s,.!]*)*"
    r"(?:(?:let'?s |can we |i'?d like to )?(?:go(?:ing)? |get(?:ting)? |come |coming )?back to"
    r"|(?:show me |let me see )?)"
    r" ?(?:the |those |these |my )?((?:(?!(?:from|again)\b)[a-z][a-z-]+ ){0,2}"
    r"(?!(?:again|please|pls|plz)\b)[a-z][a-z-]+)"
    r"(?: again| (?:from|than) (?:before|earlier))?(?: (?:please|pls|plz))?"
    r"(?:\s*(?:[-,:;.!—–]+|\bbut\b|\band\b)\s*)+(?=\S)",
    re.I,
)

_BUYS = re.compile(r"(?:add|get|grab|buy|order|put|take)\b", re.I)
"""A lead that opens with a buying verb asks for the product, not for the list again."""


def _without_lead(text: str, kind_words: set[str], shown: list[ShownProduct]) -> str:
    """The message less a lead that only names the kind returned to ("back to the kettles, "
    "the mats again but"), which the list in view now says, so what follows reads against that
    list with its budget, colours and exclusions ("any in white?", "under 100 now"); the message
    as said otherwise."""
    after = opened(text)  # "cool. going back to the shoes - …"
    lead = _LEAD.match(after)
    if lead is None or not _meant({kind_form(lead[1].lower().split()[-1])}) & kind_words:
        return text
    if not returns_to(lead[0]):
        return text
    if _names_one(lead[1], shown):
        return text  # "the speckled camp mug from before, can it …?": that mug, as said
    if _BUYS.match(lead[1]):
        return text  # "add the speaker from before, the red one": an add, with its verb
    rest = after[lead.end() :]
    if not (_POINTS.search(rest) or _INTO_THE_LIST.search(rest) or _OF_THE_LIST.match(rest)):
        return text  # "back to the pillows, the 20 inch ones": a search of the kind, as said
    verb = _TAKES.match(lead[1])  # "add the speaker from before, the red one": add the red one
    return f"{verb[0]} {rest}" if verb else rest  # "back to the shoes - any in white?"


_TAKES = re.compile(r"(?:add|take|get|grab|buy|order)(?= (?:the|those|these|that)\b)", re.I)
"""An order said of the kind returned to, kept for what follows it."""


def _names_one(said: str, shown: list[ShownProduct]) -> bool:
    """The lead holds a title word that some of the list's products have and others lack
    ("wool camp blanket"), not only words all of them share ("running shoes")."""
    titles = [_words(p["title"]) for p in shown]
    return any(
        any(w in t for t in titles) and not all(w in t for t in titles) for w in _words(said)
    )


def as_going_back(understanding: Understanding, returned: dict[str, Any]) -> Understanding:
    """A message that only returns to a kind ("the jackets again") reads as "go back" to it."""
    if not returned or "shown" in returned:
        return understanding
    understanding.intent, understanding.confidence = Intent.REFINE, CONFIDENT
    understanding.slots.list_move, understanding.slots.category = "back", ""
    understanding.negations = Negations()
    understanding.references = References()
    return understanding


def list_of_kinds(state: ShoppingState, kinds: list[str]) -> KindList | None:
    """The last list shown of exactly these kinds, if one is remembered."""
    wanted = sorted(kinds)
    return next((e for e in reversed(state.kind_lists) if e["kinds"] == wanted), None)


def returns_to(text: str) -> bool:
    """The message says it comes back to something shown before ("back to", "again")."""
    return _RETURNS.search(text) is not None


def recalled_list(state: ShoppingState, text: str, search: Any) -> KindList | None:
    """The remembered list of another kind than the one in view that the message returns to or
    points into ("back to the kettles", "which kettle was the cheapest?"), or names with no word
    of the kind in view ("is the kettle in red in stock?", "ok for jeans, under 100?" after
    mugs); None otherwise."""
    if not state.kind_lists or state.pending_checkout or state.awaiting:
        return None
    pointed = _SINGLE.search(text)
    if pointed and back_to_named(text, state, search) != text:
        return None  # "back to that hoodie": the one product talked about, not the list
    said = _meant(_words(text))
    cued = returns_to(text) or _POINTS.search(text) is not None
    pointed_at = _meant({kind_form(w.lower()) for w in _DEFINITE.findall(text)})
    in_view = _kind_words(state.shown, search) if state.shown else set()
    if not cued and not pointed_at and (said & in_view or _NOT_A_RETURN.search(text)):
        return None  # "do the mugs come in red?", "remove the kettle": not a return
    meant = said if cued or not pointed_at else pointed_at
    for entry in reversed(state.kind_lists):
        if state.shown and [p["id"] for p in entry["shown"]] == [p["id"] for p in state.shown]:
            continue
        named = _kind_words(entry["shown"], search, entry["kinds"]) - in_view
        if named & meant:
            return entry
    return None


_NOT_A_RETURN = re.compile(
    r"\b(?:cart|basket|remove|delete|drop|take (?:out|off)|order(?:ed)?|bought|checkout"
    r"|check out|or|vs|versus|than|compare)\b",
    re.I,
)
"""A message naming a kind without saying it comes back that is about the cart or orders ("remove
the kettle": the kettle line, not the kettles listed) or weighs products ("which was cheaper, the
gooseneck kettle or the glass one?")."""


def only_returns(text: str, entry: KindList, search: Any) -> bool:
    """The message asks for nothing but the kind's list again ("back to the jackets", "show me
    those kettles again"): no pointer, constraint or question beside it."""
    if _POINTS.search(text):
        return False
    kind_words = _kind_words(entry["shown"], search, entry["kinds"])
    kind_words |= {kind_form(w) for kind in entry["kinds"] for w in kind.lower().split()}
    left = [w for w in re.findall(r"[a-z']+", text.lower()) if w not in _FILLER]
    return all(_meant({kind_form(w)}) & kind_words for w in left)


def _kind_words(shown: list[ShownProduct], search: Any, kinds: list[str] | None = None) -> set[str]:
    """The words that name a list's kind: its leaf categories' last words and its titles' heads."""
    leaves = kinds if kinds is not None else kinds_of({}, shown, search)
    words = {kind_form(leaf.lower().split()[-1]) for leaf in leaves if leaf.strip()}
    words |= {kind_form(leaf.lower()) for leaf in leaves}
    titles = []
    for product in products_of(search, (p["id"] for p in shown)):
        title = re.findall(r"[a-z][a-z-]+", product.title.lower())
        if title:
            words.add(kind_form(title[-1]))
            titles.append({kind_form(w) for w in title})
    if len(titles) > 1:  # "Kids Gentle Sunscreen SPF 50", "Tinted Daily Sunscreen SPF 50"
        words |= {w for w in set.intersection(*titles) if len(w) > 2 and not color_family(w)}
    return {w for w in words if w and w not in _NOT_KIND_WORDS}


def _meant(words: set[str]) -> set[str]:
    """The words said and the catalog words of the kinds they name ("pan": skillet, cookware)."""
    return words.union(*(KIND_SYNONYMS.get(w, set()) for w in words))


def _words(text: str) -> set[str]:
    return {kind_form(w) for w in re.findall(r"[a-z][a-z-]+", text.lower())}
