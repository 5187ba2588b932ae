"""The shopping lexicons of the languages read besides English, loaded once from data files.

Each language has one file, `agent/data/lexicon/<code>.tsv`: a phrase as shoppers write it
(accents folded, lower-case) and the English it means, one pair a line. A phrase starting with
"^" only counts at the start of a message ("si" is "yes" there, "if" elsewhere). An empty
English side drops the phrase. The lexicons are general shopping words (greetings, shopping
verbs, cart and order words, yes/no, negation, prices, colours, sizes, materials, the kinds
of products a general store sells, common attributes, numbers), not one catalog's titles.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

LANGUAGES = ("es", "fr", "de", "it", "nl", "pt")
_DATA = Path(__file__).parent / "data" / "lexicon"
MAX_PHRASE = 8


@dataclass(frozen=True)
class Lexicon:
    """One language's phrases (tuples of folded words) and their English."""

    code: str
    phrases: dict[tuple[str, ...], str]
    anchored: dict[tuple[str, ...], str]

    def words(self) -> frozenset[str]:
        """The single words whose English differs from them (evidence of the language)."""
        return frozenset(
            key[0] for key, english in self.phrases.items() if len(key) == 1 and english != key[0]
        )


def fold(text: str) -> str:
    """Lower-case without accents: "Größe" -> "grosse", "dólares" -> "dolares"."""
    text = text.lower().replace("ß", "ss").replace("œ", "oe").replace("æ", "ae")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# An e-mail address is one token; a word keeps its inner apostrophes ("don't", "l'hiver").
_TOKEN = re.compile(r"\S+@\S+\.\w+|[^\W_]+(?:['’][^\W_]+)*")
# French and Italian elided articles and pronouns: "l'hiver" is "l'" + "hiver".
_ELIDED = re.compile(
    r"^(l|d|j|qu|s|n|c|m|t|jusqu|lorsqu|puisqu|dell|dall|nell|sull|all|un|quest|quell|dev"
    r"|po|com)['’](?=[^\W_])"
)
_ELIDING = frozenset({"fr", "it"})


@dataclass(frozen=True)
class Token:
    """One word of the message: where it is in the original text and its folded form."""

    start: int
    end: int
    word: str
    protected: bool = False


def tokens(text: str, code: str) -> list[Token]:
    """The message's words, elided French/Italian forms split, e-mail addresses kept whole."""
    found: list[Token] = []
    for match in _TOKEN.finditer(text):
        word, start = fold(match[0]), match.start()
        if "@" in word:
            found.append(Token(start, match.end(), word, protected=True))
            continue
        elided = _ELIDED.match(word) if code in _ELIDING else None
        if elided:
            cut = elided.end()
            found.append(Token(start, start + cut, elided[1]))
            found.append(Token(start + cut, match.end(), word[cut:].replace("’", "'")))
        else:
            found.append(Token(start, match.end(), word))
    return found


@cache
def lexicon(code: str) -> Lexicon:
    phrases: dict[tuple[str, ...], str] = {}
    anchored: dict[tuple[str, ...], str] = {}
    for raw in (_DATA / f"{code}.tsv").read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        said, _, english = raw.partition("\t")
        target = anchored if said.startswith("^") else phrases
        key = tuple(t.word for t in tokens(said.lstrip("^"), code))
        if key and len(key) <= MAX_PHRASE:
            target[key] = english.strip()
    return Lexicon(code, phrases, anchored)


@cache
def english_words() -> frozenset[str]:
    """Common English words: evidence a message is English, never of another language."""
    text = (_DATA / "english.txt").read_text(encoding="utf-8")
    return frozenset(
        w for line in text.splitlines() if not line.startswith("#") for w in line.split()
    )


@cache
def modifier_words() -> frozenset[str]:
    """English words that go before their noun (colours, materials, properties)."""
    text = (_DATA / "modifiers.txt").read_text(encoding="utf-8")
    return frozenset(
        w for line in text.splitlines() if not line.startswith("#") for w in line.split()
    )
