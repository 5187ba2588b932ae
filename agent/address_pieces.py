"""An address typed in pieces: the street in one message and the city and postal code in the
next ("450 Pine Street apt 3", then "Seattle WA 98101"), a flat or unit added afterwards ("oh
and it's apt 4B"), or only a corrected postal code ("oops wrong zip, it's 94110"). The draft
keeps the street until its locality arrives.
"""

from __future__ import annotations

import re
from typing import Any

from agent.addresses import address_from, country_named, looks_like_street
from commerce.postal_codes import postal_code_required

_CODE = (
    r"(\d{5}-\d{4}|\d{3}-\d{4}|\d{4}-\d{3}|\d{5}-\d{3}|\d{2}-\d{3}|\d{4,7}|\d{3} \d{2}"
    r"|[A-Z]\d[A-Z] ?\d[A-Z]\d|(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}"
    r"|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})"
)
_ONLY_CODE = re.compile(
    r"^\s*(?:(?:the |my )?(?:zip|postal|post) ?(?:code)?(?: is|:)?\s*)?" + _CODE + r"\s*[.!]?\s*$",
    re.I,
)
_CODE_WORD = re.compile(
    r"\b(?:zip|zipcode|zip code|postcode|post code|postal code|postal|eircode|plz|code postal"
    r"|cap|cep)\b",
    re.I,
)
_CODE_SAID = re.compile(r"(?<![\w-])" + _CODE + r"(?![\w-])", re.I)
_NOT_THIS = re.compile(r"\b(?:not|isn'?t|wasn'?t|instead of|rather than|from)\s*$", re.I)
_STREET_NAMED = re.compile(
    r"\b(?:street|st|road|rd|avenue|ave|av|lane|ln|drive|dr|way|blvd|boulevard|place|pl|court|ct"
    r"|highway|hwy|parkway|pkwy|terrace|ter|circle|cir|square|sq|row|close|crescent|cres|walk"
    r"|rue|calle|via|strasse|straße|platz|piazza|plaza|avenida|carrer|viale|corso|ul|ulica"
    r"|apt|apartment|suite|unit|flat|floor|po box)\b\.?|straße|strasse|str\.",
    re.I,
)
_LEAD = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|and|oh|sure|it'?s|its|the)\W+)*(?:(?:my )?(?:street|shipping address"
    r"|address|street address)(?: is|:)?\s+|(?:ship|send|deliver)(?: it| them)? to\s+)?",
    re.I,
)


def postal_code_said(text: str) -> str | None:
    """A postal code given on its own or as a correction, with no street or city around it:
    "94110", "zip is 94110", "oops wrong zip, it's 94110 not 94105" -> "94110"."""
    if only := _ONLY_CODE.match(text):
        return only[1].upper()
    if not _CODE_WORD.search(text):
        return None
    for said in _CODE_SAID.finditer(text):
        if _NOT_THIS.search(text[: said.start()]):
            continue  # "… not 94105"
        rest = _CODE_SAID.sub(" ", text)
        if re.search(r"\d", rest) or looks_like_street(_CODE_WORD.sub(" ", rest)):
            return None  # a whole address: read as one
        return said[1].upper()
    return None


_UNIT_ALONE = re.compile(
    r"^\W*(?:(?:oh|and|also|sorry|oops|forgot|i forgot(?: the)?|it'?s|its|the|add|plus|please"
    r"|pls|actually|btw|wait|that'?s|it is)\W+)*"
    r"((?:apartment|apt|unit|suite|ste|flat|room|rm|floor|fl|#)\.?\s*(?:number |no\.? |#)?"
    r"\d[\w-]{0,5}|(?:apartment|apt|unit|suite|flat) [a-z]\d?)"
    r"(?:\W+(?:please|pls|thanks|thx|sorry|too|as well))*\W*$",
    re.I,
)


def unit_said(text: str) -> str | None:
    """A flat, unit or suite said on its own: "oh and it's apt 4B" -> "Apt 4B"."""
    said = _UNIT_ALONE.match(text.strip())
    return said[1][0].upper() + said[1][1:] if said else None


def address_piece(text: str, draft: dict[str, Any] | None) -> dict[str, Any]:
    """What a message adds to an address typed in pieces: a unit for its second line, the
    whole address once the street kept in the draft (or an address still missing its postal
    code) gets its locality, else a street line alone ({} for none of these)."""
    draft = draft or {}
    if unit := unit_said(text):
        return {"unit": unit}
    street = draft.get("street") or _without_locality(draft.get("address"))
    if street and (whole := _with_street(street, text)):
        return {"address": whole}
    if not draft.get("address") and (alone := _street_alone(text)):
        return {"street": alone}
    return {}


def with_unit(address: dict[str, str], unit: str) -> dict[str, str]:
    """The address with the unit on its second line ("Apt 4B")."""
    line2 = address.get("line2") or ""
    if unit.lower() in f"{address.get('line1', '')} {line2}".lower():
        return address
    return {**address, "line2": f"{line2}, {unit}" if line2 else unit}


def _without_locality(address: dict[str, str] | None) -> str | None:
    """The street lines of an address still missing the postal code its country needs
    ("Calle Mayor 5, 3 izq" read with "3 izq" as its city), for the locality to come."""
    if not address or address.get("postal_code"):
        return None
    if not postal_code_required(address.get("country") or "US"):
        return None
    lines = [address.get(k) or "" for k in ("line1", "line2", "city")]
    return ", ".join(line for line in lines if line)


def _street_alone(text: str) -> str | None:
    """ "450 Pine Street apt 3", "Flat 3, 14 Princes Street": a street line and nothing else."""
    said = _LEAD.sub("", text.strip()).strip(" .!")
    if "@" in said or len(said.split()) > 8 or not re.search(r"\d", said):
        return None
    if not _STREET_NAMED.search(said) or address_from(_pieces(said)) is not None:
        return None
    if re.search(r"\b(?:add|remove|size|cart|order|pairs?|of (?:the|those|them))\b", said, re.I):
        return None  # "add 2 of the socks, size 10" is no street
    return ", ".join(_pieces(said))


def _with_street(street: str, text: str) -> dict[str, str] | None:
    """The address the street makes with this message's city, region, code and country; only
    when the message gives a postal code or a country ("Seattle WA 98101", "Dubai, UAE")."""
    pieces = _pieces(_LEAD.sub("", text.strip()))
    if not pieces or "@" in text:
        return None
    own = address_from(pieces)
    if own and _STREET_NAMED.search(f"{own['line1']} {own['line2']}"):
        return None  # a whole new address, street and all
    address = address_from([*_pieces(street), *pieces])
    if address is None or address["line1"] != _pieces(street)[0]:
        return None
    named = any(country_named(p) for p in pieces) or bool(
        country_named(pieces[-1].split()[-1]) if pieces[-1].split() else False
    )
    return address if address["postal_code"] or named else None


def _pieces(text: str) -> list[str]:
    return [p.strip(" .") for p in re.split(r"[,;\n]+", text) if p.strip(" .")]
