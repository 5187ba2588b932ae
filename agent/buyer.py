"""Buyer details in a shopper's words, in any order and over several messages.

"Ana Diaz" then "ana@example.com" then "12 rue de Rivoli, 75001 Paris, France" add up to one
buyer: each message fills what it names, and the draft is kept until name, email and address
are all there. Addresses are free-form: a street line, a city, an optional region and postal
code (some countries have none), and a country (the United States unless one is named).
"""

from __future__ import annotations

import re
from typing import Any

from commerce.models import NO_POSTAL_CODES

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_NAME_LEAD = re.compile(
    r"^(?:(?:hi|ok|okay|sure|yes|so)[,!. ]+)?(?:my (?:full )?name(?: is|'s)?|name(?: is|'s)?:?"
    r"|i am|i'm|"
    r"this is|it's|call me|the name is|buyer(?: is)?:?)\s+",
    re.I,
)
_EMAIL_LEAD = re.compile(r"^(?:and\s+)?(?:my\s+)?e-?mail(?: address)?(?: is|:)?\s*", re.I)
_ADDRESS_LEAD = re.compile(
    r"^(?:and\s+)?(?:please\s+)?(?:(?:ship|send|deliver)(?:ping)?(?: it| them)?(?: to)?"
    r"|(?:my\s+)?(?:shipping\s+|delivery\s+|home\s+)?address(?: is|:)?|to|at)\s+",
    re.I,
)
# Between details: commas, semicolons, slashes, a colon or dash after a lead-in ("checkout -
# Tom Becker, ..."), or a sentence end ("checkout please. Dana Whitfield, ..."), but not the dot
# of an abbreviation ("St. Louis", "Apt. 3", "Mr. Lee").
_SEPARATOR = re.compile(r"[;\n/,:]+|\s+[-\u2013\u2014]+\s+|\s*[\u2013\u2014]\s*")
_SENTENCE_END = re.compile(r"(\w+)[.!?]\s+")
_ABBREVIATIONS = frozenset({
    "st", "dr", "ave", "apt", "rd", "ln", "ct", "mt", "ft", "no", "jr", "sr", "mr", "ms", "mrs",
    "blvd", "pl", "sq",
})  # fmt: skip
_ASIDE = re.compile(r"\([^)]*\)")  # "(we don't have postcodes here)"
_US_STATE_ZIP = re.compile(r"\b([A-Z]{2})\s+(\d{5}(?:-\d{4})?)\b")
_POSTAL = re.compile(
    r"\b(\d{4,6}(?:-\d{3,4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})\b", re.I
)
_STREETISH = re.compile(
    r"\d|\b(?:street|st|road|rd|avenue|ave|lane|ln|rue|calle|via|strasse|straße|platz|boulevard"
    r"|blvd|drive|dr|way|place|pl|square|sq|court|ct|highway|apt|apartment|suite|unit|floor"
    r"|po box)\b",
    re.I,
)
COUNTRIES = {
    "united states": "US", "usa": "US", "us": "US", "u.s.": "US", "u.s.a.": "US",
    "america": "US", "france": "FR", "germany": "DE", "deutschland": "DE", "spain": "ES",
    "españa": "ES", "espana": "ES", "italy": "IT", "italia": "IT", "united kingdom": "GB",
    "uk": "GB", "u.k.": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
    "great britain": "GB", "canada": "CA", "mexico": "MX", "méxico": "MX", "ireland": "IE",
    "netherlands": "NL", "the netherlands": "NL", "holland": "NL", "belgium": "BE",
    "belgique": "BE", "portugal": "PT", "switzerland": "CH", "schweiz": "CH", "suisse": "CH",
    "austria": "AT", "österreich": "AT", "sweden": "SE", "norway": "NO", "denmark": "DK",
    "finland": "FI", "poland": "PL", "japan": "JP", "australia": "AU", "new zealand": "NZ",
    "brazil": "BR", "brasil": "BR", "argentina": "AR", "chile": "CL", "colombia": "CO",
    "india": "IN", "china": "CN", "hong kong": "HK", "singapore": "SG", "south korea": "KR",
    "korea": "KR", "united arab emirates": "AE", "uae": "AE", "qatar": "QA", "israel": "IL",
    "south africa": "ZA", "greece": "GR", "czech republic": "CZ", "czechia": "CZ",
    "luxembourg": "LU", "iceland": "IS", "jamaica": "JM", "ghana": "GH", "kenya": "KE",
    "nigeria": "NG", "turkey": "TR", "türkiye": "TR",
}  # fmt: skip
_CODES = frozenset(COUNTRIES.values())
_CITY_STATE = re.compile(r"^(.+?)\s+([A-Za-z]{2})$")
_ONE_LINE_US = re.compile(
    r"^(.*?\b(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|way|blvd|boulevard|place|pl|court|ct)"
    r"\.?)\s+([A-Za-z .'-]+?)\s+([A-Z]{2})\s+(\d{5}(?:-\d{4})?)$",
    re.I,
)
_ONLY_POSTAL = re.compile(
    r"^\s*(?:(?:the |my )?(?:zip|postal|post) ?(?:code)?(?: is|:)?\s*)?"
    r"(\d{4,6}(?:-\d{3,4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})\s*[.!]?\s*$",
    re.I,
)


def details_in(text: str) -> dict[str, Any]:
    """Whatever of name, email and address the message gives ({} when none)."""
    found: dict[str, Any] = {}
    if postal := _ONLY_POSTAL.match(text):
        return {"postal_code": postal[1].upper()}
    if email := _EMAIL.search(text):
        found["email"] = email[0]
    bare = _SENTENCE_END.sub(_end_sentence, _ASIDE.sub(" ", _EMAIL.sub(",", text)))
    parts = [p.strip(" .") for p in _SEPARATOR.split(bare) if p and p.strip(" .")]
    parts = [_EMAIL_LEAD.sub("", p).strip(" .:-") for p in parts]
    parts = [p for p in parts if p and not re.fullmatch(r"(?:and|my email is|email)", p, re.I)]
    address_parts: list[str] = []
    for part in parts:
        named = _NAME_LEAD.match(part)
        if named and _could_be_name(part[named.end() :]):
            found.setdefault("name", _clean_name(part[named.end() :]))
        elif address_parts or _STREETISH.search(part) or _country(part):
            address_parts.append(_ADDRESS_LEAD.sub("", part).strip())
        elif "name" not in found and _looks_like_name(part):
            found["name"] = _clean_name(part)
        elif address_parts is not None and found.get("name"):
            address_parts.append(part)
    if address_parts and (address := _address(address_parts)):
        found["address"] = address
    return found


def _end_sentence(match: re.Match[str]) -> str:
    """A sentence end separates details; an abbreviation's dot ("St. Louis") does not."""
    word = match[1]
    return match[0] if word.lower() in _ABBREVIATIONS or len(word) == 1 else f"{word}, "


def merge_details(draft: dict[str, Any] | None, new: dict[str, Any]) -> dict[str, Any]:
    """The draft with what this message adds; a later value replaces an earlier one."""
    merged = dict(draft or {})
    postal = new.get("postal_code")
    merged.update({k: v for k, v in new.items() if v and k != "postal_code"})
    if postal and merged.get("address"):
        merged["address"] = {**merged["address"], "postal_code": postal}
    return merged


def missing_details(draft: dict[str, Any]) -> list[str]:
    missing = [k for k in ("name", "email", "address") if not draft.get(k)]
    address = draft.get("address") or {}
    if address and not address.get("postal_code") and address.get("country") not in NO_POSTAL_CODES:
        missing.append("postal code")
    return missing


def is_complete(draft: dict[str, Any]) -> bool:
    return not missing_details(draft)


# Words that make "i'm ready to buy" or "it's for my sister" a sentence rather than a name.
_NOT_NAME_WORDS = frozenset({
    "a", "an", "the", "to", "for", "of", "in", "on", "at", "with", "and", "or", "ready", "done",
    "good", "fine", "here", "back", "just", "so", "not", "looking", "buying", "going", "gonna",
    "trying", "want", "wanna", "would", "like", "new", "sure", "ok", "okay", "please", "pls",
    "me", "my",
})  # fmt: skip


def _could_be_name(rest: str) -> bool:
    """What follows "i'm" / "my name is" is a name: a few words, no digits, no sentence words."""
    words = rest.split()
    return (
        1 <= len(words) <= 4
        and not _STREETISH.search(rest)
        and not any(w.lower().strip(".,!") in _NOT_NAME_WORDS for w in words)
    )


def _looks_like_name(part: str) -> bool:
    """Two to four words of letters, as a name is written ("Ana Diaz", "jean-luc picard")."""
    words = part.split()
    return 2 <= len(words) <= 4 and all(
        re.fullmatch(r"[^\W\d_][\w'.-]*", w) and w[0].isupper() for w in words
    )


def _clean_name(text: str) -> str:
    return " ".join(w if not w.islower() else w.capitalize() for w in text.split()).strip(" .,")


def _country(part: str) -> str | None:
    cleaned = part.strip(" .").lower()
    if cleaned in COUNTRIES:
        return COUNTRIES[cleaned]
    if len(cleaned) == 2 and cleaned.upper() in _CODES and part.strip().isupper():
        return cleaned.upper()
    return None


def _address(parts: list[str]) -> dict[str, str] | None:
    """Street line(s), city, region, postal code and country from the parts of an address."""
    rest = list(parts)
    country = "US"
    if rest and (named := _country(rest[-1])) and len(rest) > 1:
        country = named
        rest = rest[:-1]
    if not rest:
        return None
    if len(rest) == 1 and (match := _ONE_LINE_US.match(rest[0])):
        rest = [match[1], match[2], f"{match[3]} {match[4]}"]
    address = {"line1": rest[0], "line2": "", "city": "", "region": "", "postal_code": ""}
    for part in rest[1:]:
        if country == "US" and (match := _US_STATE_ZIP.search(part.upper())):
            address["region"], address["postal_code"] = match[1], match[2]
            city = part[: match.start()].strip(" ,")
            address["city"] = address["city"] or city
        elif (match := _POSTAL.search(part)) and not address["postal_code"]:
            address["postal_code"] = match[1].upper()
            city = (part[: match.start()] + part[match.end() :]).strip(" ,")
            if city:
                address["city"] = address["city"] or city
        elif not address["city"] and (not _STREETISH.search(part) or len(rest) == 2):
            city_region = _CITY_STATE.match(part) if country == "US" else None
            address["city"] = city_region[1] if city_region else part
            address["region"] = city_region[2].upper() if city_region else address["region"]
        elif address["city"] and not address["region"] and country != "US":
            address["region"] = part
        elif not address["line2"]:
            address["line2"] = part
    if not address["city"]:
        return None
    address["country"] = country
    return address


def details_text(draft: dict[str, Any]) -> str:
    """ "Ana Diaz, ana@example.com, 12 rue de Rivoli, 75001 Paris, FR" for a reply."""
    address = draft.get("address") or {}
    bits = [address.get(k, "") for k in ("line1", "line2")]
    bits.append(" ".join(filter(None, [address.get("postal_code", ""), address.get("city", "")])))
    bits += [address.get("region", ""), address.get("country", "")]
    return ", ".join(filter(None, [draft.get("name", ""), draft.get("email", ""), *bits]))
