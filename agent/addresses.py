"""A postal address from the pieces a shopper types, for any country.

"418 Pine St Apt 3, Portland, OR 97205", "Hauptstraße 5, 10115 Berlin", "Flat 2, 14 Baker
Street, London NW1 6XE", "12, rue de la Paix, 75002 Paris", "88 Queensway, Admiralty, Hong
Kong": street line(s) first, then the locality (a city with its postal code, and a region where
the country uses one), then an optional country. The locality is found from the end, by its
postal code; the country is the one named, else the one the postal code, region, city or street
words point to, else the United States (the store's home).
"""

from __future__ import annotations

import re
from typing import Any

from agent.address_places import (
    CA_PROVINCES,
    CITIES,
    CODES,
    COUNTRIES,
    POSTAL_MARKS,
    REGION_PIECE,
    STREET_COUNTRY,
    US_STATE_NAMES,
    US_STATES,
)
from commerce.postal_codes import postal_code_required

_US_ZIP = re.compile(r"\b([A-Za-z]{2})\.?\s+(\d{5}(?:-\d{4})?)\s*$")
_CA_CODE = re.compile(r"\b([A-Z]\d[A-Z]) ?(\d[A-Z]\d)\b", re.I)
_UK_CODE = re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})\b", re.I)
_NL_CODE = re.compile(r"\b(\d{4}) ?([A-Z]{2})\b(?!\s*\d)")
_JP_CODE = re.compile(r"\b(\d{3}-\d{4})\b")
_PT_CODE = re.compile(r"\b(\d{4}-\d{3})\b")
_BR_CODE = re.compile(r"\b(\d{5}-\d{3})\b")
_PL_CODE = re.compile(r"\b(\d{2}-\d{3})\b")
# An Eircode: a routing key ("D02", "V95", "D6W") and a unique identifier ("X285", "TX75").
_IE_CODE = re.compile(r"\b((?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4})\b", re.I)
_IE_COUNTY = re.compile(r"^(?:co\.?|county)\s", re.I)
_AU_REGION = re.compile(r"\b(NSW|VIC|QLD|SA|WA|TAS|ACT|NT)\s+(\d{4})\s*$", re.I)
_DIGITS = re.compile(r"\b(\d{4,7})\b")  # 4 (AT, CH) to 7 digits (IL)
_SPACED_CODE = re.compile(r"\b(\d{3} \d{2})\b(?!\s*\d)")  # "111 51" (SE, CZ, SK, GR)
_STREET_WORD = re.compile(
    r"\b(?:street|st|road|rd|avenue|ave|av|lane|ln|drive|dr|way|blvd|boulevard|place|pl|court|ct"
    r"|highway|hwy|parkway|pkwy|terrace|ter|circle|cir|square|sq|row|close|crescent|cres"
    r"|rue|calle|via|strasse|straße|platz|piazza|plaza|po box|p\.o\. box)\b\.?",
    re.I,
)
# "…, 10435 Berlin instead", "…, Austin TX 78701 please": words after the address.
_TRAILING_WORDS = re.compile(
    r"(?:\s+(?:instead|please|pls|plz|thanks|thank you|thx|then|now|too|as well|this time))+"
    r"\s*[.!]*\s*$",
    re.I,
)
_UNIT_WORD = re.compile(
    r"^(?:apt|apartment|suite|ste|unit|flat|floor|fl|room|rm|#|bldg|building)\.?$", re.I
)
_STREETISH = re.compile(
    r"\d|\b(?:street|st|road|rd|avenue|ave|lane|ln|rue|calle|via|strasse|straße|platz|boulevard"
    r"|blvd|drive|dr|way|place|pl|square|sq|court|ct|highway|apt|apartment|suite|unit|floor"
    r"|flat|po box|piazza|plaza|avenida|carrer|viale|corso)\b|straße|strasse|str\.",
    re.I,
)


def looks_like_street(part: str) -> bool:
    return bool(_STREETISH.search(part))


def country_named(part: str) -> str | None:
    """The country code a piece names ("Deutschland", "UK"; a bare "US" only in capitals)."""
    cleaned = part.strip(" .").lower()
    if cleaned in COUNTRIES and (cleaned != "us" or part.strip(" .") == "US"):
        return COUNTRIES[cleaned]
    if len(cleaned) == 2 and cleaned.upper() in CODES and part.strip().isupper():
        return cleaned.upper()
    return None


_REGION_CODE = re.compile(r"[A-Z]{2,3}")
# "portland oregon 97205": a state spelled out between the city and the ZIP code.
_STATE_NAME_ZIP = re.compile(
    r"(?<=\S)(\s+|\s*,\s*)("
    + "|".join(sorted(US_STATE_NAMES, key=len, reverse=True))
    + r")\.?(\s*,?\s+\d{5}(?:-\d{4})?\s*)$",
    re.I,
)
# Countries that are one city: named last after the street or unit, the name is the city as well.
_CITY_STATES = frozenset({"SG", "HK", "MO", "MC"})


def address_from(parts: list[str]) -> dict[str, str] | None:
    """Street line(s), city, region, postal code and country; None without a city."""
    rest = [_TRAILING_WORDS.sub("", POSTAL_MARKS.sub("", p)).strip(" ,") for p in parts]
    rest = [_state_code(p, rest[:i]) for i, p in enumerate(rest)]
    rest = _joined_numbers([p for p in rest if p])
    country = ""
    if len(rest) > 1 and (named := country_named(rest[-1])):
        country = named  # "…, 88 Queen's Road Central, Hong Kong": a city-state is the city too
        rest = rest if named in _CITY_STATES and _has_digit(rest[-2]) else rest[:-1]
    elif len(rest) > 2 and (named := country_named(rest[0])):
        country, rest = named, _small_to_big(rest[1:], big_first=True)  # "Japan, 150-0002 …"
    elif len(rest) == 1 and (city_state := _city_state_after(rest[0])):
        country, rest = city_state[1], [city_state[0], city_state[2]]  # "… road hong kong"
    elif len(rest) == 1 and (codeless := _codeless_line(rest[0])):
        rest, country = codeless  # "5 main street kinsale county cork ireland": spoken, no code
    elif rest and (split := _trailing_country(rest[-1])):
        rest[-1], country = split
    elif len(rest) > 1 and (split := _country_then_code(rest[-1])):
        country = split[0]  # "…, Vietnam 700000": the city is the piece before
        if not (split[0] in _CITY_STATES and _has_digit(rest[-2])):
            rest = [*rest[:-2], f"{rest[-2]} {split[1]}"]
        # else "…, #05-12, Singapore 529536": the city-state is the city of its postal code
    elif len(rest) > 1 and (split := _leading_country(rest[0])):
        country, rest = split[1], _small_to_big([split[0], *rest[1:]], big_first=True)
    rest = _small_to_big(rest, big_first=False)
    if len(rest) == 1:
        rest = _one_line(rest[0])
    if len(rest) < 2:
        return None
    address = {"line1": rest[0], "line2": "", "city": "", "region": "", "postal_code": ""}
    at = next((i for i in range(len(rest) - 1, 0, -1) if _postal_in(rest[i])), None)
    after: list[str] = []
    if at is None:  # no postal code: the last piece is the city (Hong Kong, Dublin)
        at = len(rest) - 1
        if at > 1 and REGION_PIECE.search(rest[at]):  # "Kinsale, Co. Cork": town, then county
            after, at = [rest[at]], at - 1
        city, region = _city_region(rest[at], country)
        address |= {"city": city, "region": region}
    else:
        after = rest[at + 1 :]  # "75003 Paris, Île-de-France": a region after the city
        guessed, found = _postal_in(rest[at]) or ("", None)
        assert found is not None
        code, region, city = found
        country = country or guessed
        address |= {"postal_code": code, "region": region, "city": city}
        if not city and at > 1:  # "Portland, OR 97205" / "Paris, 75003"
            at -= 1
            if at > 1 and _REGION_CODE.fullmatch(rest[at]) and not _has_digit(rest[at - 1]):
                address["region"] = address["region"] or rest[at]  # "São Paulo - SP, 01310-100"
                at -= 1
            city, named_region = _city_region(rest[at], country or "US")
            address["city"] = city
            address["region"] = address["region"] or named_region
    lines = rest[:at]
    address["line1"], address["line2"] = lines[0], ", ".join(lines[1:])
    address["region"] = address["region"] or ", ".join(after)
    if not address["city"] or (
        _STREET_WORD.search(address["city"]) and _has_digit(address["city"])
    ):
        return None
    if not _street_line(address["line1"]):
        return None  # "add 2 of the socks, size M" is no address
    address["country"] = country or _guessed_country(address) or "US"
    return address


def _state_code(piece: str, before: list[str]) -> str:
    """ "Portland Oregon 97205" -> "Portland OR 97205", and "…, Albany, New York 12207" ->
    "…, Albany, NY 12207": the state as its ZIP reading knows it ("350 5th Ave, New York
    10001" keeps New York as the city)."""
    if len(before) > 1 and not _has_digit(before[-1]):
        piece = f"_ {piece}"  # a city piece before it: the state may open this one
    coded = _STATE_NAME_ZIP.sub(lambda m: f" {US_STATE_NAMES[m[2].lower()]}{m[3]}", piece)
    return coded.removeprefix("_ ").strip()


def address_text(address: dict[str, str]) -> str:
    """ "55 Market St, Suite 900, San Francisco, CA 94105, US" for a reply."""
    city, region, code = (address.get(k, "") for k in ("city", "region", "postal_code"))
    if address.get("country", "US") in {"US", "CA", "AU"}:
        locality = ", ".join(filter(None, [city, " ".join(filter(None, [region, code]))]))
    elif address.get("country") == "GB":
        locality = " ".join(filter(None, [city, code]))
    elif address.get("country") == "IE":  # "Ennis, Co. Clare, V95 TX75"
        locality = ", ".join(filter(None, [city, region, code]))
    else:
        locality = ", ".join(filter(None, [" ".join(filter(None, [code, city])), region]))
    bits = [address.get("line1", ""), address.get("line2", ""), locality, address.get("country")]
    return ", ".join(b for b in bits if b)


def ship_to_text(buyer: Any, address: Any) -> str:
    """ "Sam Okafor (sam@example.com), 55 Market St, San Francisco, CA 94105, US" from a
    checkout session's buyer and address ("" before they are known)."""
    if buyer is None or address is None:
        return ""
    fields = {
        "line1": address.line_one, "line2": address.line_two or "", "city": address.city,
        "region": address.state or "", "postal_code": address.postal_code or "",
        "country": address.country,
    }  # fmt: skip
    return f"{buyer.name} ({buyer.email}), {address_text(fields)}"


def _small_to_big(pieces: list[str], *, big_first: bool) -> list[str]:
    """The pieces street first: an address written from the country or the postal code down to
    the house ("150-0002 Tokyo, Shibuya-ku, Jingumae 1-2-3", as in Japan) is read reversed; a
    postal code written alone after the house stays last ("China, Shanghai, …, Room 1502,
    200120")."""
    if len(pieces) > 2 and _code_alone(pieces[-1]):
        return [*_small_to_big(pieces[:-1], big_first=big_first), pieces[-1]]
    if len(pieces) < 2 or not _street_line(pieces[-1]) or not _has_digit(pieces[-1]):
        return pieces
    if big_first and not _has_digit(pieces[0]):
        return pieces[::-1]  # "Ireland, Co. Cork, Kinsale, 3 Church Lane"
    guessed, place = _postal_in(pieces[0]) or ("", None)
    if place is None or _postal_in(pieces[-1]) is not None:
        return pieces
    named_place = bool(guessed) or place[2].lower() in CITIES  # "Room 1203" is no "10115 Berlin"
    return pieces[::-1] if named_place or big_first else pieces


def _code_alone(piece: str) -> bool:
    """A piece that is a postal code and nothing else ("200120", "150-0002")."""
    found = _postal_in(piece)
    return found is not None and found[1] is not None and not any(found[1][1:])


def _street_line(line: str) -> bool:
    """A house number first or last ("12 Main St", "Via Roma 10"), or a street word."""
    return bool(
        re.match(r"\d", line)
        or re.search(r"\d+[a-zA-Z]?$", line)
        or _STREET_WORD.search(line)
        or re.search(r"straße|strasse|str\.", line, re.I)
    )


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


def _joined_numbers(parts: list[str]) -> list[str]:
    """ "12, rue de la Paix": a house number alone belongs to the street after it."""
    joined: list[str] = []
    number = re.compile(r"\d{1,4}(?:[a-zA-Z]|\s?(?:bis|ter))?")  # "12", "12b", "5 bis"
    for part in parts:
        if joined and number.fullmatch(joined[-1]) and not _postal_in(part):
            joined[-1] = f"{joined[-1]} {part}"  # "12, rue de la Paix"
        elif joined and number.fullmatch(part) and not _has_digit(joined[-1]):
            joined[-1] = f"{joined[-1]} {part}"  # "Calle Mayor, 5"
        else:
            joined.append(part)
    return joined


def _trailing_country(part: str) -> tuple[str, str] | None:
    """ "London SW1A 2AA UK": a country written after the postal code in the same piece."""
    for size in (3, 2, 1):
        words = part.split()
        if len(words) <= size:
            continue
        named = country_named(" ".join(words[-size:]))
        head = " ".join(words[:-size])
        if named and (_postal_in(head) or len(_one_line(head)) > 1):
            return head, named  # "… 75001 Paris France": the street, code and city in one piece
    return None


def _codeless_line(text: str) -> tuple[list[str], str] | None:
    """An address said in one run with no postal code but a country at its end: the street ends
    at its street word after the house number, a county opens the region ("kinsale county
    cork")."""
    words = text.split()
    for size in (3, 2, 1):
        named = len(words) > size + 3 and country_named(" ".join(words[-size:]))
        if not named or _postal_in(" ".join(words[:-size])) or postal_code_required(named):
            continue
        head = words[:-size]
        cut = next((i for i, w in enumerate(head) if _STREET_WORD.fullmatch(w)), None)
        if not cut or not _has_digit(" ".join(head[:cut])) or _has_digit(head[cut - 1]):
            return None  # "5 rue de rivoli": the street word opens the name, no end is told
        if cut + 1 >= len(head):
            return None
        locality = re.split(r"\s+(?=(?:co\.?|county)\s)", " ".join(head[cut + 1 :]), flags=re.I)
        return [" ".join(head[: cut + 1]), *locality], named
    return None


def _city_state_after(part: str) -> tuple[str, str, str] | None:
    """ "flat 5 12/F 88 queens road central hong kong": (the street lines, the city-state's code,
    its name as written) when one line ends with a country that is one city."""
    words = part.split()
    for size in (2, 1):
        named = country_named(" ".join(words[-size:])) if len(words) > size else None
        head = " ".join(words[:-size])
        if named in _CITY_STATES and _has_digit(head) and _street_line(head):
            return head, named, " ".join(words[-size:])
    return None


def _country_then_code(part: str) -> tuple[str, str] | None:
    """ "Vietnam 700000", "Thailand 10110": (country, postal code) when a piece is only those."""
    words = part.split()
    for size in (3, 2, 1):
        code = " ".join(words[size:])
        said = " ".join(words[:size])
        named = country_named(said) if len(words) > size and len(said) > 3 else None
        if named and re.fullmatch(r"[\dA-Z][\dA-Z -]{2,9}", code) and _has_digit(code):
            return named, code
    return None


def _leading_country(part: str) -> tuple[str, str] | None:
    """ "Japan 530-0001 Osaka": a country written before the postal code in the same piece."""
    words = part.split()
    for size in (3, 2, 1):
        named = country_named(" ".join(words[:size])) if len(words) > size else None
        head = " ".join(words[size:])
        if named and _postal_in(head):
            return head, named
    return None


PostalFind = tuple[str, tuple[str, str, str] | None]


def _postal_in(part: str) -> PostalFind | None:
    """(the country the code points to, (code, region, city)) of a locality piece, else None."""
    text = part.strip(" .")
    if match := _US_ZIP.search(text):
        state = match[1].upper()
        if state in US_STATES:
            return "US", (match[2], state, text[: match.start()].strip(" ,"))
    if match := _AU_REGION.search(text):
        return "AU", (match[2], match[1].upper(), text[: match.start()].strip(" ,"))
    if match := _CA_CODE.search(text):
        region, city = _region_prefix(_without(text, match), CA_PROVINCES)
        return "CA", (f"{match[1]} {match[2]}".upper(), region, city)
    if match := _UK_CODE.search(text):
        return "GB", (f"{match[1]} {match[2]}".upper(), "", _without(text, match))
    if match := _NL_CODE.search(text):
        return "NL", (f"{match[1]} {match[2]}", "", _without(text, match))
    for pattern, country in (
        (_JP_CODE, "JP"), (_PT_CODE, "PT"), (_BR_CODE, "BR"), (_PL_CODE, "PL"),
    ):  # fmt: skip
        if match := pattern.search(text):
            return country, (match[1], *_region_after(_without(text, match)))
    if match := _IE_CODE.search(text):
        code, rest = _eircode(match[1]), _without(text, match)
        if _IE_COUNTY.match(rest):  # "Ennis, Co. Clare V95 TX75": the county, then the town
            return "IE", (code, rest, "")
        return "IE", (code, "", rest)
    if match := _DIGITS.search(text) or _SPACED_CODE.search(text):
        rest = _without(text, match)
        spaced = match.re is _SPACED_CODE  # "120 00 Praha 2": never a house number
        street = not spaced and looks_like_street(rest)
        if street and rest.split()[0].lower() not in {"st", "st.", "saint"}:
            return None  # "1234 Elm St" is a street line, not a locality
        return "", (match[1], *_region_after(rest))  # the city or street may tell the country
    return None


def _region_after(text: str) -> tuple[str, str]:
    """(region, city) of "Sao Paulo SP" or "Milano MI": a state or province code after the city
    (not a country's: "Berlin DE"); else ("", text)."""
    words = text.split()
    last = words[-1] if len(words) > 1 else ""
    if _REGION_CODE.fullmatch(last) and last not in CODES:
        return last, " ".join(words[:-1])
    return "", text


def _eircode(said: str) -> str:
    """ "d02x285" -> "D02 X285"."""
    compact = said.replace(" ", "").upper()
    return f"{compact[:3]} {compact[3:]}"


def _without(text: str, match: re.Match[str]) -> str:
    return " ".join((text[: match.start()] + " " + text[match.end() :]).split()).strip(" ,")


def _region_prefix(text: str, regions: frozenset[str]) -> tuple[str, str]:
    """(region, city) of "Toronto ON" → ("ON", "Toronto")."""
    words = text.split()
    if words and words[-1].upper().strip(".") in regions:
        return words[-1].upper().strip("."), " ".join(words[:-1])
    return "", text


def _city_region(part: str, country: str) -> tuple[str, str]:
    """(city, region) of "Austin TX" in the US or "Toronto ON" in Canada; else (part, "")."""
    if country in {"", "US"}:
        region, city = _region_prefix(part, US_STATES)
        if region and city:
            return city, region
    if country == "CA":
        region, city = _region_prefix(part, CA_PROVINCES)
        if region and city:
            return city, region
    return part, ""


def _guessed_country(address: dict[str, str]) -> str:
    city = address["city"].lower()
    if city in CITIES:
        return CITIES[city]
    if named := country_named(address["city"]):
        return named  # a city-state: "Singapore 088444", "Monaco"
    street = f"{address['line1']} {address['line2']}"
    return next((code for pattern, code in STREET_COUNTRY if pattern.search(street)), "")


def _one_line(text: str) -> list[str]:
    """ "12 Main St Austin TX 78701" or "Hauptstraße 5 10115 Berlin" as pieces; [text] when
    it cannot be told where the street ends."""
    words = text.split()
    for i in range(1, len(words)):  # "Hauptstraße 5 10115 Berlin": a code between street and city
        numbered = _has_digit(words[i - 1]) or (_has_digit(words[0]) and i > 2)  # "12 Rue X 75001"
        if re.fullmatch(r"\d{4,5}", words[i]) and i + 1 < len(words) and numbered:
            return [" ".join(words[:i]), " ".join(words[i:])]
    found = _postal_in(text)
    if not found or found[1] is None:
        return [text]
    if (at := _code_between(words, found[1][0])) is not None:
        return [" ".join(words[:at]), " ".join(words[at:])]  # "Storgatan 1 111 22 Stockholm"
    head = words[: _head_size(text, found[1])]
    numbers = [i for i, w in enumerate(head) if _has_digit(w)]
    if not numbers:
        return [text]
    last = numbers[-1]
    if last > 0 and _UNIT_WORD.match(head[last - 1]):  # "Apt. 4 St. Louis": the city follows
        cut = last + 1
    else:
        cut = _after_street_word(head, last) or last + 1
    if cut >= len(head):  # "14 Grafton St Dublin 2 D02 X285": the city holds a number
        cut = _after_street_word(head, numbers[0]) or len(head)
    if cut >= len(head):
        return [text]
    return [" ".join(head[:cut]), " ".join(words[cut:])]


_COMPASS = re.compile(r"(?:n|s|e|w|ne|nw|se|sw)\.?", re.I)


def _after_street_word(words: list[str], start: int) -> int | None:
    """Where the street ends: after the first street word past the house number at `start`,
    and its compass point ("88 King St W Toronto")."""
    end = next(
        (i + 1 for i in range(start + 1, len(words)) if _STREET_WORD.fullmatch(words[i])), None
    )
    if end is not None and end + 1 < len(words) and _COMPASS.fullmatch(words[end]):
        return end + 1
    return end


def _code_between(words: list[str], code: str) -> int | None:
    """Where a postal code of several parts ("111 22", "00-001", "1100-053") opens the locality
    after the street and its number, with the city after it; None elsewhere."""
    if not re.search(r"[\s-]", code):
        return None
    size = len(code.split())
    for i in range(1, len(words) - size):
        numbered = _has_digit(words[i - 1]) or (_has_digit(words[0]) and i > 1)
        if numbered and " ".join(words[i : i + size]).upper() == code.upper():
            return i
    return None


def _head_size(text: str, found: tuple[str, str, str]) -> int:
    """How many words come before the locality's region and code."""
    code, region, city = found
    words = text.split()
    tail = len(code.split()) + len(region.split())
    ends_with_code = text.rstrip(" .").upper().endswith(code.upper())  # "london nw1 6xe"
    return len(words) - tail if city and ends_with_code else len(words)
