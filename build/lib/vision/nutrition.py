"""Read a US Nutrition Facts label (as OCR'd text) into `NutritionFacts`, and size/volume text.

OCR confuses O/0, l/1/I, "mg" with "rng", and often reads a trailing "g" as "9" ("12g" → "129").
Numbers are repaired before matching, and a value that only makes sense without its trailing 9
(checked against the printed % Daily Value, or against what one serving can hold) loses it.
Bold label faces also turn "5" into "6" or "65" ("125mg" → "126mg"): a value that breaks the
FDA rounding rules or disagrees with its own printed % Daily Value is read again with those
swaps undone, and kept only if the label then agrees with itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import combinations

from aisle.nutrition import NutritionFacts

# FDA daily values (2016 label rule), for checking a value against its printed percentage.
_DAILY_VALUE = {
    "total_fat_g": 78.0,
    "saturated_fat_g": 20.0,
    "cholesterol_mg": 300.0,
    "sodium_mg": 2300.0,
    "total_carbohydrate_g": 275.0,
    "dietary_fiber_g": 28.0,
    "protein_g": 50.0,
}
# More than this in one serving means the number was misread.
_PLAUSIBLE_MAX = {
    "calories": 2000.0,
    "total_fat_g": 100.0,
    "saturated_fat_g": 40.0,
    "trans_fat_g": 10.0,
    "cholesterol_mg": 1000.0,
    "sodium_mg": 5000.0,
    "total_carbohydrate_g": 150.0,
    "dietary_fiber_g": 40.0,
    "total_sugars_g": 120.0,
    "protein_g": 100.0,
}
_NUMBER = (
    r"(?P<num>[<]?\s*\d+(?:\.\d+)?)[ \t]*(?P<unit>mg|mcg|g)?"
    r"(?:[ \t]*(?P<pct>\d{1,3})[ \t]*%)?"  # the % Daily Value on the same line
)
_FIELDS: dict[str, str] = {
    "total_fat_g": r"total\s*fat",
    "saturated_fat_g": r"sat(?:urated|\.)?\s*fat",
    "trans_fat_g": r"trans\.?\s*fat",
    "cholesterol_mg": r"cholest\w*",
    "sodium_mg": r"sodium",
    "total_carbohydrate_g": r"(?:total\s*)?carb\w*\.?",
    "dietary_fiber_g": r"(?:dietary\s*)?fib(?:er|re)",
    "total_sugars_g": r"total\s*sug\w*",
    "protein_g": r"protein",
}
_FIELD_PATTERNS = {
    name: re.compile(rf"{label}\s*[:.]?\s*{_NUMBER}", re.I) for name, label in _FIELDS.items()
}
_CALORIES = re.compile(r"calories(?!\s*from)[\s:.=_~\-\u2014]{0,8}(?P<num>\d{1,4})\b", re.I)
_SUGARS_FALLBACK = re.compile(rf"(?<!added )(?<!incl\. )\bsugars\s*[:.]?\s*{_NUMBER}", re.I)
_SERVING_SIZE = re.compile(r"se\w{1,5}\s+\w{0,2}[sc]i[zs]e\s*[:.]?\s*(?P<size>[^\n]+)", re.I)
_COUNT = r"(?P<num>[0-9OoAIl]{1,3}(?:\.\d+)?)"  # "AO servings" is "40 servings"
_SERVINGS = (
    re.compile(rf"(?:about\s*)?{_COUNT}\s*servings?\s*per\s*container", re.I),
    re.compile(rf"servings?\s*per\s*container\s*[:.]?\s*(?:about\s*)?{_COUNT}", re.I),
)
CORE_FIELDS = (
    "calories", "total_fat_g", "sodium_mg", "total_carbohydrate_g", "total_sugars_g", "protein_g",
)  # fmt: skip
# "|" is not among the look-alikes: OCR prints the label's frame as "|", and "100|" is not 1001.
_NUMERIC_TOKEN = re.compile(r"(?<![A-Za-z])([0-9OoIl]*\d[0-9OoIl]*(?:[.,][0-9OoIl]+)?)")
_DIGIT_LOOKALIKES = str.maketrans("OoIl", "0011")
_COUNT_LOOKALIKES = str.maketrans("OoAIl", "00411")
_LETTERS_BEFORE_UNIT = re.compile(r"(?<![A-Za-z0-9])[OoIl]{1,3}(?=\s?(?:mg|g)\b)")
_UNIT_CONFUSIONS = re.compile(r"(?<=\d)\s?(?:rng|rnq|mq|nig|ng)\b")
_SIZE = re.compile(
    r"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>fl\.?\s*oz|oz|ml|mL|l|L|kg|g|lbs?|ct|count)\b", re.I
)


@dataclass(frozen=True)
class _Reading:
    value: float
    unit: str | None
    percent: float | None
    raw: str
    less_than: bool = False


def clean_ocr_text(text: str) -> str:
    """Repair the characters OCR commonly swaps inside numbers and units."""
    text = text.replace("\u2014", "-").replace("\u2013", "-")
    text = _UNIT_CONFUSIONS.sub("mg", text)
    text = _LETTERS_BEFORE_UNIT.sub(lambda m: m.group(0).translate(_DIGIT_LOOKALIKES), text)

    def digits(match: re.Match[str]) -> str:
        token = match.group(1)
        token = token.translate(_DIGIT_LOOKALIKES)
        return token.replace(",", ".") if re.fullmatch(r"\d+,\d", token) else token

    text = _NUMERIC_TOKEN.sub(digits, text)
    return re.sub(r"(?<=\d)\s+(?=(?:mg|g)\b)", "", text)


def parse_nutrition(text: str) -> NutritionFacts | None:
    """Nutrition facts from OCR text, or None when fewer than three facts can be read."""
    clean = clean_ocr_text(text)
    values: dict[str, float | str] = {}
    for field, pattern in _FIELD_PATTERNS.items():
        reading = _first_reading(pattern, clean)
        if reading is None and field == "total_sugars_g":
            reading = _first_reading(_SUGARS_FALLBACK, clean)
        if reading is not None:
            values[field] = _self_consistent(field, reading)
    if match := _CALORIES.search(clean):
        calories = float(match["num"])
        if calories > _PLAUSIBLE_MAX["calories"] and match["num"].endswith("9"):
            calories = float(match["num"][:-1])
        values["calories"] = calories
    if match := _SERVING_SIZE.search(clean):
        values["serving_size"] = _tidy_serving(match["size"])
    for pattern in _SERVINGS:
        if match := pattern.search(clean):
            count = match["num"].translate(_COUNT_LOOKALIKES)
            if count.replace(".", "", 1).isdigit():
                values["servings_per_container"] = float(count)
                break
    numeric = [k for k in values if k != "serving_size"]
    if len(numeric) < 3:
        return None
    return NutritionFacts.model_validate(values)


def parse_size(text: str) -> str | None:
    """Net size as printed ("12 OZ", "500 ml"), preferring the one after NET WT / NET."""
    clean = clean_ocr_text(text)
    net = re.search(r"net\s*(?:wt\.?|weight|vol\.?|contents)?\s*[:.]?\s*", clean, re.I)
    start = net.end() if net else 0
    match = _SIZE.search(clean, start) or _SIZE.search(clean)
    if not match:
        return None
    unit = re.sub(r"\s+", " ", match["unit"]).strip()
    return f"{match['num']} {unit}"


def _first_reading(pattern: re.Pattern[str], text: str) -> _Reading | None:
    match = pattern.search(text)
    if not match:
        return None
    raw = match["num"].replace(" ", "")
    less_than = raw.startswith("<")
    number = raw.lstrip("<")
    value = float(number) / 2 if less_than else float(number)
    percent = float(match["pct"]) if match["pct"] else None
    return _Reading(
        value=value, unit=match["unit"], percent=percent, raw=number, less_than=less_than
    )


def _repaired(field: str, reading: _Reading) -> float:
    """Drop a trailing '9' that was really the unit 'g' when the evidence says so."""
    value = reading.value
    if reading.unit is not None or not reading.raw.endswith("9") or len(reading.raw) < 2:
        return _in_field_unit(field, value, reading.unit)
    shorter = float(reading.raw[:-1].rstrip(".") or 0)
    if "." in reading.raw and len(reading.raw.split(".")[1]) >= 2:
        return shorter  # labels print at most one decimal: "0.59" was "0.5g"
    daily = _DAILY_VALUE.get(field)
    if field.endswith("_g") and reading.percent is None:
        return shorter  # every gram value is printed with its unit: a bare "79" was "7g"
    if reading.percent is not None and daily:

        def error(v: float) -> float:
            return abs(v / daily * 100 - (reading.percent or 0.0))

        return shorter if error(shorter) < error(value) else value
    if field.endswith("_g") and value > _PLAUSIBLE_MAX[field]:
        return shorter
    return value


def _in_field_unit(field: str, value: float, unit: str | None) -> float:
    if field.endswith("_mg") and unit == "g":
        return value * 1000
    if field.endswith("_g") and unit == "mg":
        return value / 1000
    return value


def _tidy_serving(size: str) -> str:
    size = re.split(r"\s{2,}|calories|amount", size, maxsplit=1, flags=re.I)[0]
    size = re.sub(r"(?<=\d)9(?=\)|/)", "g", size)  # "(309)" was "(30g)"
    size = re.sub(r"\bfl\.?\s*oz\b", "fl oz", size, flags=re.I)
    size = re.sub(r"(?<=\d )0z\b|(?<=\d)0z\b", "oz", size)
    return size.strip(" :.-_=~'\"\u2018\u2019")  # specks OCR reads before the amount


# FDA rounding (21 CFR 101.9(c)): (below this amount, declare in steps of this size), in order.
_ROUNDING_STEPS: dict[str, tuple[tuple[float, float], ...]] = {
    "total_fat_g": ((0.5, 0.0), (5.0, 0.5), (float("inf"), 1.0)),
    "saturated_fat_g": ((0.5, 0.0), (5.0, 0.5), (float("inf"), 1.0)),
    "trans_fat_g": ((0.5, 0.0), (5.0, 0.5), (float("inf"), 1.0)),
    "cholesterol_mg": ((5.0, 0.0), (float("inf"), 5.0)),
    "sodium_mg": ((5.0, 0.0), (141.0, 5.0), (float("inf"), 10.0)),
    "total_carbohydrate_g": ((1.0, 0.0), (float("inf"), 1.0)),
    "dietary_fiber_g": ((1.0, 0.0), (float("inf"), 1.0)),
    "total_sugars_g": ((1.0, 0.0), (float("inf"), 1.0)),
    "protein_g": ((1.0, 0.0), (float("inf"), 1.0)),
}
_MAX_SWAPS = 2  # more "6"s than this in one number is not a misread "5"


def _self_consistent(field: str, reading: _Reading) -> float:
    """The value as read, unless the label contradicts it and undoing a 5→6 misread (or a
    "g" read as "9g") makes it agree."""
    value = _repaired(field, reading)
    if reading.less_than or _agrees_with_label(field, value, reading.percent):
        return value
    printed = f"{value:g}"
    unit_as_nine = [float(printed[:-1])] if re.fullmatch(r"\d+9", printed) else []  # "19g"
    for candidate in [*_five_for_six(printed), *unit_as_nine]:
        if _agrees_with_label(field, candidate, reading.percent):
            return candidate
    return value


def _five_for_six(number: str) -> list[float]:
    """Readings of `number` with some "6"s put back to "5" (or a "6" before a "5" dropped),
    fewest changes first."""
    sixes = [i for i, ch in enumerate(number) if ch == "6"]
    variants: list[str] = []
    for count in range(1, min(len(sixes), _MAX_SWAPS) + 1):
        for chosen in combinations(sixes, count):
            variants.append("".join("5" if i in chosen else ch for i, ch in enumerate(number)))
        if count == 1:
            before_five = [i for i in sixes if number[i + 1 : i + 2] == "5"]
            variants += [number[:i] + number[i + 1 :] for i in before_five]
    return [float(v) for v in variants if re.fullmatch(r"\d+(?:\.\d+)?", v)]


def _agrees_with_label(field: str, value: float, percent: float | None) -> bool:
    """Declared in the FDA's rounding steps, and (when printed) matching its % Daily Value."""
    steps = _ROUNDING_STEPS.get(field)
    if steps is not None:
        step = next(size for below, size in steps if value < below)
        if (step == 0 and value != 0) or (step and abs(value / step - round(value / step)) > 1e-6):
            return False
    daily = _DAILY_VALUE.get(field)
    if percent is None or daily is None or steps is None:
        return True
    step = next(size for below, size in steps if value < below)
    low, high = (max(value - step / 2, 0) / daily * 100, (value + step / 2) / daily * 100)
    # The percent is rounded from the unrounded amount, which the declared value hides.
    return any(round(low) - 0.5 <= p <= round(high) + 0.5 for p in _percent_readings(percent))


def _percent_readings(percent: float) -> set[float]:
    """The printed percentage, and what it was if its own "5"s were read as "6"s."""
    return {percent, *_five_for_six(f"{percent:g}")}
