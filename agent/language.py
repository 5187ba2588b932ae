"""Which language a shopper writes in: English, or one of the lexicons' languages.

Told by words, never by a model: each lexicon phrase the message uses (and English does not) is
evidence of that language, each common English word evidence of English. A message with no
evidence either way ("M", "Carlos Méndez, carlos@example.com, ...") keeps the conversation's
language, so a shopper who started in Spanish keeps getting Spanish where replies have it.
"""

from __future__ import annotations

from agent.contact_spans import contact_spans
from agent.lexicon import LANGUAGES, MAX_PHRASE, Lexicon, Token, english_words, lexicon, tokens


def detect_language(text: str, previous: str = "en") -> str:
    """The message's language code ("en" unless another language's words clearly lead)."""
    if len(text.strip(" .!?")) == 1:
        return previous  # "y", "k": a letter says yes or ok, in no language
    english = english_words()
    spans = contact_spans(text)
    said_english = sum(1 for w in _words(text, "en", spans) if w in english)
    scores = {code: _evidence(_words(text, code, spans), lexicon(code)) for code in LANGUAGES}
    best = max(foreign for foreign, _ in scores.values())
    if best == 0:
        return previous if said_english == 0 else "en"
    leaders = [code for code, (foreign, _) in scores.items() if foreign == best]
    code = previous if previous in leaders else leaders[0]
    against = said_english - scores[code][1]  # "in den" of "in den Warenkorb" is German here
    if best > against and (best >= 2 or against == 0):
        return code
    if best == against and previous == code:
        return code
    return "en"


def _words(text: str, code: str, spans: list[tuple[int, int]]) -> list[str]:
    """The message's words outside contact details; a short all-capital word ("IL", "XL") is
    a code or a size in any language, so it is left out too, and so is a prefix hyphened to a
    word this language does not have ("non-leather", "non-slip": English, not French "non")."""
    said = tokens(text, code)
    return [
        t.word
        for n, t in enumerate(said)
        if not any(a <= t.start < b for a, b in spans)
        and not (text[t.start : t.end].isupper() and len(t.word) <= 3)
        and not (code != "en" and _foreign_prefix(text, said, n, lexicon(code)))
    ]


def _foreign_prefix(text: str, said: list[Token], n: int, lex: Lexicon) -> bool:
    """Whether token n is hyphened to a next word that this language's lexicon lacks."""
    if n + 1 >= len(said) or text[said[n].end : said[n + 1].start] != "-":
        return False
    word, after = said[n].word, said[n + 1].word
    known = (word, after) in lex.phrases or (after,) in lex.phrases
    return not known and inflected(after, lex) is None


def _evidence(words: list[str], lex: Lexicon) -> tuple[int, int]:
    """How many of the message's words only this language's phrases explain, and how many
    English-looking words its longer phrases take in."""
    english = english_words()
    foreign, taken, i = 0, 0, 0
    while i < len(words):
        for size in range(min(MAX_PHRASE, len(words) - i), 0, -1):
            key = tuple(words[i : i + size])
            meaning = lex.anchored.get(key) if i == 0 else None
            meaning = meaning if meaning is not None else lex.phrases.get(key)
            if meaning is not None:
                said = meaning.replace("-", " ").split()
                own = [w for w in key if w not in english and not _same(w, said)]
                foreign += len(own)
                taken += len(key) - len(own) if own and size > 1 else 0
                i += size
                break
        else:
            i += 1
    return foreign, taken


def _same(word: str, english: list[str]) -> bool:
    """ "speakers" and "speaker", "t" of "t shirt": the English word itself, no evidence."""
    return (
        len(word) >= 3
        and any(word.startswith(e) or e.startswith(word) for e in english if len(e) >= 3)
    ) or (word in english)


_SUFFIXES: dict[str, tuple[tuple[str, str], ...]] = {
    # (ending, replacement) tried in order on a word the lexicon lacks: plurals and genders.
    "es": (("ces", "z"), ("es", ""), ("s", ""), ("as", "o"), ("os", "o"), ("a", "o")),
    "pt": (("oes", "ao"), ("aes", "ao"), ("ns", "m"), ("is", "l"), ("es", ""), ("s", ""),
           ("as", "o"), ("os", "o"), ("a", "o")),
    "fr": (("aux", "al"), ("euses", "eux"), ("euse", "eux"), ("ives", "if"), ("ive", "if"),
           ("nnes", "n"), ("nne", "n"), ("es", ""), ("s", ""), ("x", ""), ("e", "")),
    "it": (("che", "ca"), ("chi", "co"), ("ghe", "ga"), ("ghi", "go"), ("ce", "cia"),
           ("ge", "gia"), ("i", "o"), ("i", "e"), ("i", "a"), ("e", "a"), ("e", "o"), ("a", "o")),
    "de": (("en", ""), ("er", ""), ("es", ""), ("em", ""), ("e", ""), ("n", ""), ("s", "")),
    "nl": (("en", ""), ("'s", ""), ("s", ""), ("e", "")),
}  # fmt: skip


def inflected(word: str, lex: Lexicon) -> str | None:
    """The English of an inflected form ("noires" -> noir, "Jacken" -> Jacke), else None."""
    if len(word) < 4:
        return None
    for ending, replacement in _SUFFIXES.get(lex.code, ()):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: len(word) - len(ending)] + replacement
            for candidate in (stem, _undoubled(stem) if lex.code == "nl" else stem):
                if (meaning := lex.phrases.get((candidate,))) is not None:
                    return meaning
    return None


def _undoubled(stem: str) -> str:
    """Dutch doubles a final consonant before -en: "matten" -> "matt" -> "mat"."""
    return stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem
