"""The parts of a message that hold a buyer's contact details, in any language.

E-mail addresses, street lines, postal codes, country names and the name written next to an
e-mail are people's and places' own words: "8 rue de Rivoli" is not "8 street of Rivoli" and
"Mia Rossi" is not "my red". The translator leaves these parts as written and the language
detector does not count them as evidence of a language.
"""

from __future__ import annotations

import re

from agent.address_places import COUNTRIES

# Between parts: commas, semicolons, new lines, a sentence end, a dash between spaces.
_PART = re.compile(r"[,;\n/]|[.!?](?=\s|$)|\s[-\u2013\u2014]\s")
_EMAIL = re.compile(r"\S+@\S+\.\w+")
_POSTAL = re.compile(
    r"\b(?:\d{4,6}(?:-\d{3,4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})\b"
)
_STREET = re.compile(
    r"\b(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|blvd|boulevard|rue|calle|avenida|via"
    r"|viale|piazza|strasse|straße|str|weg|platz|allee|gasse|straat|laan|plein|rua|travessa"
    r"|praça|praca|apt|suite|piso|andar)\b",
    re.I,
)
_CITY = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ]|\b[A-Z]{1,2}\d")
_MONEY = re.compile(r"[$€£]|\b(?:dollars?|d[oó]lares|dollari|euros?|pounds?|reais|pesos)\b", re.I)
_NAME = re.compile(r"^\s*(?:[A-ZÀ-Ý][\w'.-]*\s+){1,3}[A-ZÀ-Ý][\w'.-]*\s*$")


def contact_spans(text: str) -> list[tuple[int, int]]:
    """Where the message's contact details are (start, end), in order."""
    parts = _parts(text)
    contact = [_is_contact(text[a:b]) for a, b in parts]
    for n, (a, b) in enumerate(parts):
        piece = text[a:b]
        near_email = any(
            0 <= m < len(parts) and _EMAIL.search(text[parts[m][0] : parts[m][1]])
            for m in (n - 1, n + 1)
        )
        if near_email and _NAME.match(piece):
            contact[n] = True  # "Lena Fischer, lena@example.de"
        after = n + 1 < len(parts) and contact[n + 1] and _POSTAL.search(text[slice(*parts[n + 1])])
        if after and re.search(r"\d", piece):
            contact[n] = True  # "Unter den Linden 5, 10117 Berlin"
    _address_up_to_country(text, parts, contact)
    return [span for span, is_contact in zip(parts, contact, strict=True) if is_contact]


def _address_up_to_country(text: str, parts: list[tuple[int, int]], contact: list[bool]) -> None:
    """ "…, omar@example.ae, Villa 7, Al Wasl Road, Jumeirah, Dubai, United Arab Emirates": the
    short pieces between an e-mail or a street line and the country are the address too."""
    for n, (a, b) in enumerate(parts):
        if text[a:b].strip(" .!").lower() not in COUNTRIES:
            continue
        before = n - 1
        while before >= 0 and not contact[before] and len(text[slice(*parts[before])].split()) <= 5:
            before -= 1
        if before >= 0 and contact[before]:
            for m in range(before + 1, n):
                contact[m] = True


def _parts(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _PART.finditer(text):
        if _inside_email(text, match.start()):
            continue
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _inside_email(text: str, at: int) -> bool:
    return any(m.start() <= at < m.end() for m in _EMAIL.finditer(text))


def _is_contact(piece: str) -> bool:
    if _EMAIL.search(piece):
        return True
    if _POSTAL.search(piece) and _CITY.search(piece) and not _MONEY.search(piece):
        return True  # "10119 Berlin", not "under 1000 euros"
    if _STREET.search(piece) and re.search(r"\d", piece):
        return True
    return piece.strip(" .!").lower() in COUNTRIES
