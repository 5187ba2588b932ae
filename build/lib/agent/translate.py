"""A shopper's message in another language, put in English shopping words for the rules.

Longest lexicon phrase first, accents folded; a word the lexicon lacks is tried in its
inflected forms ("noires", "Jacken") and, in German and Dutch, as a compound of two known words
("yogamat", "Wasserflasche"); anything else passes through as written (brand and product
names, people's names, addresses). Product titles named by the caller and e-mail addresses are
never touched. English text is never translated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.contact_spans import contact_spans
from agent.language import inflected
from agent.lexicon import (
    MAX_PHRASE,
    Lexicon,
    Token,
    english_words,
    lexicon,
    modifier_words,
    tokens,
)

_COMPOUNDING = frozenset({"de", "nl"})
_NOUN_FIRST = frozenset({"es", "fr", "it", "pt"})
_BREAK = re.compile(r"[^\s'’-]")  # punctuation between two words ends a phrase
_OPENERS = re.compile(r"[¿¡]")


def to_english(text: str, code: str, keep: list[str] | None = None) -> str:
    """The message in English shopping words; `keep` are titles left exactly as written."""
    if code == "en" or not text.strip():
        return text
    lex = lexicon(code)
    words = _protect(tokens(text, code), text, keep or [])
    pieces: list[_Piece] = []
    cursor, i = 0, 0
    while i < len(words):
        token = words[i]
        size, meaning = _phrase_at(words, i, text, lex)
        if size == 0:
            size, meaning = 1, _word(token, lex)
        end = words[i + size - 1].end
        written = text[token.start : end]
        gap = _gap(text[cursor : token.start])
        if (
            pieces
            and meaning is not None
            and (gap == "-" or (not gap and text[cursor - 1] in "'’"))
        ):
            gap = " "  # "qu'est-ce" -> "what is", not "whatis-this"
        pieces.append(_Piece(gap, meaning or written, meaning))
        cursor, i = end, i + size
    if code in _NOUN_FIRST:
        _modifiers_first(pieces)
    return _tidy("".join(p.gap + p.text for p in pieces) + _gap(text[cursor:]))


@dataclass
class _Piece:
    gap: str  # what stood before it (spaces, punctuation)
    text: str  # its English, or the words as written
    meaning: str | None  # None when passed through untranslated


def _modifiers_first(pieces: list[_Piece]) -> None:
    """ "chaussures noires" -> "black shoes": a colour, material or property said after a
    translated noun goes before it, as English puts it."""
    modifiers = modifier_words()
    for n in range(1, len(pieces)):
        noun, modifier = pieces[n - 1], pieces[n]
        if noun.meaning is None or modifier.meaning is None or modifier.gap.strip():
            continue
        if not modifier.meaning or not noun.meaning:
            continue
        if all(w in modifiers for w in modifier.meaning.split()) and not any(
            w in modifiers or w in english_words() for w in noun.meaning.split()
        ):
            noun.text, modifier.text = modifier.text, noun.text
            noun.meaning, modifier.meaning = modifier.meaning, noun.meaning


def _protect(words: list[Token], text: str, keep: list[str]) -> list[Token]:
    lowered = text.lower()
    spans = contact_spans(text)
    for title in keep:
        start = lowered.find(title.lower()) if len(title) > 3 else -1
        if start >= 0:
            spans.append((start, start + len(title)))
    if not spans:
        return words
    return [
        Token(t.start, t.end, t.word, True)
        if any(a <= t.start and t.end <= b for a, b in spans)
        else t
        for t in words
    ]


def _phrase_at(words: list[Token], i: int, text: str, lex: Lexicon) -> tuple[int, str | None]:
    """The longest phrase starting at word i (no punctuation inside): its length and English."""
    if words[i].protected:
        return 1, None
    longest = 0
    for size in range(1, min(MAX_PHRASE, len(words) - i) + 1):
        last = words[i + size - 1]
        if last.protected or (
            size > 1 and _BREAK.search(text[words[i + size - 2].end : last.start])
        ):
            break
        longest = size
    for size in range(longest, 0, -1):
        key = tuple(t.word for t in words[i : i + size])
        if i == 0 and key in lex.anchored:
            return size, lex.anchored[key]
        if key in lex.phrases:
            return size, lex.phrases[key]
    return 0, None


def _word(token: Token, lex: Lexicon) -> str | None:
    """A single word the lexicon lacks as written: an inflection or a compound, else None."""
    if token.protected or token.word in english_words():
        return None
    if (meaning := inflected(token.word, lex)) is not None:
        return meaning
    if lex.code in _COMPOUNDING:
        return _compound(token.word, lex)
    return None


def _compound(word: str, lex: Lexicon) -> str | None:
    """ "yogamat" -> "yoga mat", "wasserflasche" -> "water bottle": two known words joined."""
    if len(word) < 6:
        return None
    for cut in range(len(word) - 3, 2, -1):
        head = _known(word[cut:], lex)
        if head is None:
            continue
        left = word[:cut]
        modifier = _known(left, lex)
        if modifier is None and left.endswith("s"):
            modifier = _known(left[:-1], lex)  # German linking s: "Geburtstagsgeschenk"
        if modifier is None and left in english_words():
            modifier = left
        if modifier is not None:
            return f"{modifier} {head}".strip()
    return None


def _known(part: str, lex: Lexicon) -> str | None:
    if len(part) < 3:
        return None
    found = lex.phrases.get((part,))
    return found if found is not None else inflected(part, lex)


def _gap(between: str) -> str:
    return _OPENERS.sub("", between)


def _tidy(text: str) -> str:
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r"\s+([,.!?;:])", r"\1", text)
    text = re.sub(r"^[\s,;:]+", "", text)
    return re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", text).strip()
