"""Price phrases ("under $80", "between 20 and 40 dollars") and price-order words in a query.

A bare number only counts as a price next to a currency marker or a price word, so sizes,
quantities and model numbers ("size 10", "pack of 2", "12 inch") are left alone; a number
followed by a unit ("6.7 inch", "24 mm", "12 oz") is never a price, even after "max" or "under".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Literal

from aisle.money import Money
from catalog.query_text import LEAD, lead_start

SortOrder = Literal["relevance", "price_asc", "price_desc"]

_FLAGS = re.IGNORECASE
_MARKER_AFTER = r"dollars?|usd|bucks|quid|euros?|eur|gbp|yen|[$€£¥]"
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?"

# "don't want to spend more than 60", "I'd rather not pay over 80": a refused spend is a ceiling.
_REFUSED = (
    r"(?P<neg>(?:do(?:es)?\s*n[o'’]?t|did\s*n[o'’]?t|won[’']?t|will\s+not|would\s*n[o'’]?t"
    r"|(?:would|'d|’d)?\s*(?:rather|prefer\s+to)\s+not|can[’']?t|cannot|never|not)\s+)"
)
_ONLY = r"(?:(?:only|just|still|really|now)\s+)?"
_PRICE_WORD = (
    r"(?:(?:the|a|my|our|total|at\s+a|with\s+a)\s+)?(?:(?:whole|total|entire|overall)\s+)?"
    r"(?P<word>price[sd]?|pricing|cost(?:s|ing)?|budget(?=['’]s\b|\b)(?:['’]s)?|"
    r"(?:spending\s+|price\s+|(?<=my\s)|(?<=our\s)|(?<=the\s))limit|"
    rf"(?P<own>(?:(?:i|we)(?:\s+|\s*['’]){_ONLY}(?:have|(?:ve|have)\s+{_ONLY}got|got)|got)"
    r"(?:\s+(?:only|just))?)|"
    rf"{_REFUSED}?(?:(?:want|wanna|willing|able|like|need)\s+(?:to\s+)?)?(?:spend|pay)(?:ing)?)"
    r"(?:\s+for\s+(?:this|it|that|them|these|those|everything))?"  # "my budget for this is $40"
    r"(?:\s+(?:is|are|of|should\s+be|must\s+be|needs\s+to\s+be|range|tag|point|at|being))*"
    r"\s*:?\s*"
)
_UPPER = (
    r"less\s+than\s+or\s+equal\s+to|(?:no|not|nothing)\s+(?:more|higher|greater)\s+than"
    r"|(?:no|not|nothing|never)\s+(?:over|above)"
    r"|less\s+than|lower\s+than|cheaper\s+than|under(?:neath)?|below|at\s+most"
    r"|max(?:imum)?(?:\s+of)?|up\s+(?:to|till?|until)|until|till?|within|(?:not\s+)?exceeding"
    r"|<=|<|≤|(?:tops|maxes|caps)\s+out\s+(?:at|around)"  # "budget tops out at $120"
    r"|(?:go|stretch|push)\s+(?:up\s+)?(?:to|as\s+(?:high|far)\s+as)"
    r"|(?:can[’']?t|cannot|won[’']?t|don[’']?t|do\s+not|shouldn[’']?t|would\s*n[o'’]?t"
    r"|(?:would|'d|’d)?\s*(?:rather|prefer\s+to)\s+not)\s+(?:really\s+)?"
    r"(?:(?:want|wanna|like|plan|mean|intend|need)\s+(?:to\s+)?)?"  # "don't want to go above $50"
    r"go\s+(?:over|above|past|beyond|higher\s+than|more\s+than)"  # "I can't go over $100"
)
# Upper-bound words that make a bare number a price ("under 80"), unlike "up to 20 people".
_BARE_UPPER = re.compile(
    r"^(?:less\s+than(?:\s+or\s+equal\s+to)?|lower\s+than|cheaper\s+than|under(?:neath)?|below"
    r"|(?:no|not|nothing)\s+(?:more|higher|greater)\s+than|(?:no|not|nothing|never)\s+(?:over|above)"
    r"|at\s+most)$",
    _FLAGS,
)
_LOWER = (
    r"more\s+than|greater\s+than|higher\s+than|(?:no|not)\s+less\s+than|over|above|at\s+least"
    r"|starting\s+(?:at|from)|from|min(?:imum)?(?:\s+of)?|>=|>|≥"
)
_AROUND = (
    r"around|about|approx(?:imately|\.)?|roughly|circa|close\s+to|somewhere\s+around"
    r"|in\s+the\s+(?:range|region|ballpark)\s+of|~"
)
# "$60 all in", "40 quid total", "£70 for both": a budget for the whole basket is a ceiling too.
_POST_UPPER = (
    r"or\s+(?:less|under|below|cheaper)|max(?:imum)?|tops|at\s+most"
    r"|all[\s-]+in(?:clusive)?|(?:in\s+)?total|all\s+together|altogether|to\s+spend"
    r"|for\s+(?:both|the\s+lot|everything|all\s+of\s+(?:it|them))"
    r"|budget|limit"  # "a $35 budget", "a 50 dollar limit"
)
_POST_LOWER = r"or\s+(?:more|over|above)|and\s+(?:up|above|over)|plus|minimum|at\s+least|\+"
# "under like 100", "below about 80": a hedge after a ceiling word leaves it a ceiling.
_HEDGE = r"(?:like|about|around|roughly|approx(?:imately|\.)?|maybe|say|just|only|ish)"
_COMPARATOR_BEFORE = re.compile(
    rf"{LEAD}(?:{_PRICE_WORD})?(?:(?<![\w<>~])(?:(?P<up>{_UPPER})(?:\s+,?\s*{_HEDGE},?)?"
    rf"|(?P<lo>{_LOWER})|(?P<ar>{_AROUND})"
    r"|(?P<between>(?:somewhere\s+|anywhere\s+)?between))\s*)?\Z",
    _FLAGS,
)
_RANGE_SEP = re.compile(r"\s*(?P<sep>-|–|—|to|and|or)\s*", _FLAGS)
_POSTFIX = re.compile(
    r"\s*(?:(?:each|apiece|a\s+piece|per\s+(?:person|head|item|piece|one|bag|pair|unit))\s+)?"
    r"(?:(?:is|as)\s+(?:the\s+|my\s+)?(?=max|min))?"  # "150 dollar is maximum"
    rf"(?:(?P<up>{_POST_UPPER})|(?P<lo>{_POST_LOWER}))(?![\w])",
    _FLAGS,
)
"""A bound after the amount; a per-unit word may come between ("$60 each max", "40 apiece tops")."""
_AMOUNT = re.compile(
    r"(?:(?P<pre>[$€£¥]|(?<![\w])(?:usd|eur|gbp))\s*)?(?<![\w.])"
    rf"(?P<num>{_NUMBER})(?![.,]?\d)(?:\s*(?P<post>{_MARKER_AFTER}))?(?![\w])",
    _FLAGS,
)
# A number followed by a unit is a size, weight, volume, count or time, never a price ("6.7 inch",
# "12 oz", "24 mm", "pack of 2" is handled by the comparator rules). "in" counts only when no word
# follows it ("a 12 in", but "under 80 in black" is a price followed by a colour).
_UNIT_AFTER = re.compile(
    r"\s*(?:[\"”″]|''|(?:inch(?:es)?|in\.?(?!\s*[a-z])|ft|feet|foot|oz|ounces?|fl|ml|millilit[er]{2}s?"
    r"|l|lit[er]{2}s?|cl|cm|mm|m|meters?|metres?|km|lbs?|kg|g|grams?|gallons?|gal|qt|quarts?"
    r"|packs?|pk|count|ct|pcs|pieces?|pairs?|sets?|gb|tb|mb|mah|w|watts?|v|volts?|hz|mp|x"
    r"|%|percent|degrees?|years?|months?|yrs?|mos?|weeks?|days?|hours?|hrs?|minutes?|mins?"
    r"|seconds?|secs?)(?![a-z]))",
    _FLAGS,
)
_COUNTED_BEFORE = re.compile(r"\b(?:size|sz|of|for|x|qty|quantity)\s*\Z", _FLAGS)
"""Words before a number that make it a size or a count ("size 10 max", "pack of 6 max")."""
_CLAUSE_STARTS = re.compile(r",|\b\w|[<>~≤≥]")
_LOOK_BACK = 60
_BUDGET_WORDS = ("budget", "limit", "spend", "pay")
# After a bare "under 80" only the end of the clause or a joining word may follow.
_CLAUSE_END = re.compile(
    r"\s*(?:$|[,.;:!?)]|(?:and|or|but|for|in|with|please|each|total|only|tops|max|that|which"
    r"|so|if|i|size|colou?r|a\s+(?:pair|piece|pack|unit|pop|go)|per|apiece)\b)",
    _FLAGS,
)


# "the cheapest ones you've got": the stock the words point at is the search's, not a product
_OF_THE_STORE = (
    r"(?:\s+(?:ones?|things?|stuff|options?))?"
    r"(?:\s+(?:that\s+)?(?:you|u|ya)(?:\s+guys)?(?:\s*['’]?ve|\s+have)?"
    r"\s+(?:got|have|sell|carry|stock)(?:\s+(?:here|in\s+stock|in\s+store|right\s+now|rn))?)?"
)
_SORT_RES: tuple[tuple[re.Pattern[str], SortOrder], ...] = (
    (
        re.compile(
            r"\b(?:the\s+)?(?:cheapest(?:\s+price)?|least\s+expensive|lowest[\s-]+"
            r"(?:price[sd]?|cost)|(?:price\s+)?low(?:est)?\s+to\s+high(?:est)?"
            rf"|(?:sort(?:ed)?|order(?:ed)?)\s+by\s+price)\b{_OF_THE_STORE}(?![\w'’])",
            _FLAGS,
        ),
        "price_asc",
    ),
    (
        re.compile(
            r"\b(?:the\s+)?(?:most\s+expensive|highest[\s-]+price[sd]?"
            rf"|(?:price\s+)?high(?:est)?\s+to\s+low(?:est)?)\b{_OF_THE_STORE}(?![\w'’])",
            _FLAGS,
        ),
        "price_desc",
    ),
)
_AROUND_SPREAD = Decimal("0.2")
# "$4 a bag", "$65 on a pair", "30 each": the unit a price is for belongs to the price phrase,
# not to what is searched ("a pair of socks" names the product, so "of" after it stops this).
_PER_UNIT_AFTER = re.compile(
    r"\s*(?:(?:(?:on|for)\s+)?(?:a|an|per)\s+(?:bag|pair|piece|pack|box|bottle|item|unit|one)"
    r"(?!\s+of\b)|each|apiece)(?![\w-])",
    _FLAGS,
)


@dataclass(frozen=True)
class PriceClause:
    """One price phrase found in a query: where it sits and the bounds it sets (decimal units)."""

    start: int
    end: int
    low: Decimal | None = None
    high: Decimal | None = None


@dataclass(frozen=True)
class PriceBounds:
    """Inclusive bounds in minor units of the catalog currency."""

    price_min: int | None = None
    price_max: int | None = None


def find_price_clauses(text: str, *, bare: bool = False) -> list[PriceClause]:
    """Price phrases left to right; each starts from an amount, then reads the words around it.

    `bare` reads a plain number after a comparator as a price ("over 100", "between 20 and 40"),
    as in a conversation about a list of products; a catalog query keeps it off ("up to 20
    people"), where only currency marks, price words or "under 80" make a number a price."""
    amounts = list(_AMOUNT.finditer(text))
    clauses: list[PriceClause] = []
    index = 0
    while index < len(amounts):
        floor = clauses[-1].end if clauses else 0
        clause, used = _clause_at(text, amounts, index, floor, bare)
        if clause is not None:
            unit = _PER_UNIT_AFTER.match(text, clause.end)
            if unit is not None:
                clause = replace(clause, end=unit.end())
            clauses.append(clause)
        index += used
    return clauses


def price_bounds(clauses: list[PriceClause], currency: str) -> PriceBounds:
    """Combine clauses: the tightest upper and lower bounds, in the currency's minor units."""
    highs = [c.high for c in clauses if c.high is not None]
    lows = [c.low for c in clauses if c.low is not None]
    high = min(highs) if highs else None
    low = max(lows) if lows else None
    if high is not None and low is not None and low > high:
        low, high = high, low
    return PriceBounds(
        price_min=None if low is None else Money.from_decimal(low, currency).amount,
        price_max=None if high is None else Money.from_decimal(high, currency).amount,
    )


def find_sort(text: str) -> tuple[SortOrder, list[tuple[int, int]]]:
    """The price order asked for ("cheapest", "most expensive") and where those words sit."""
    for pattern, order in _SORT_RES:
        spans = [(lead_start(text, m.start()), m.end()) for m in pattern.finditer(text)]
        if spans:
            return order, spans
    return "relevance", []


def _clause_at(
    text: str, amounts: list[re.Match[str]], index: int, floor: int, bare: bool = False
) -> tuple[PriceClause | None, int]:
    """The clause around amounts[index] (None if no price) and how many amounts it used."""
    amount = amounts[index]
    if not (amount["pre"] or amount["post"]) and _UNIT_AFTER.match(text, amount.end()):
        return None, 1  # "pro max 6.7 inch" is a screen size, not "at most $6.70"
    before = _words_before(text, max(floor, amount.start() - _LOOK_BACK), amount.start())
    start = before.start() if before else amount.start()
    word = before["word"] if before else None
    if before and before["own"] and not (amount["pre"] or amount["post"]):
        return None, 1  # "I have 2 kids": a sum one has is money only when said as money
    compared = bool(before and (before["up"] or before["lo"] or before["between"]))
    priced = bool(word or amount["pre"] or amount["post"] or (bare and compared))
    value = _value(amount)

    if index + 1 < len(amounts):
        second = amounts[index + 1]
        sep = _RANGE_SEP.fullmatch(text, amount.end(), second.start())
        between = before is not None and before["between"] is not None
        around = before is not None and before["ar"] is not None
        joined = sep["sep"].lower() if sep else ""
        if sep and (joined not in ("and", "or") or between or (joined == "or" and around)):
            high = _value(second)
            if high > value and (priced or second["pre"] or second["post"]):
                return PriceClause(start, second.end(), low=value, high=high), 2

    if before and before["up"]:
        bare_ok = _BARE_UPPER.match(before["up"]) and _CLAUSE_END.match(text, amount.end())
        if priced or bare_ok:
            return PriceClause(start, amount.end(), high=value), 1
        return None, 1
    postfix = _POSTFIX.match(text, amount.end())
    if not priced and bare and _ceiling_after(text, amount, postfix):  # "a jacket, 150 max"
        return PriceClause(
            amount.start(), amount.end() if postfix is None else postfix.end(), high=value
        ), 1
    if not priced:
        return None, 1
    if before and before["lo"]:
        if before["neg"]:  # "don't want to spend more than 60" is at most 60
            return PriceClause(start, amount.end(), high=value), 1
        return PriceClause(start, amount.end(), low=value), 1
    if before and before["ar"]:
        if postfix and postfix["up"]:  # "around $50 max" is a ceiling of 50, not 40 to 60
            return PriceClause(start, postfix.end(), high=value), 1
        return _around(start, amount.end(), value), 1
    if postfix:
        refused = before is not None and before["neg"] is not None  # "not paying 300+": at most
        bound = "high" if postfix["up"] or refused else "low"
        return PriceClause(start, postfix.end(), **{bound: value}), 1
    if word:
        if word.lower().endswith(_BUDGET_WORDS) or (before and before["own"]):
            return PriceClause(start, amount.end(), high=value), 1
        return _around(start, amount.end(), value), 1
    return None, 1


def _ceiling_after(text: str, amount: re.Match[str], postfix: re.Match[str] | None) -> bool:
    """A bare number with a ceiling word after it ("150 max", "40 or less"), not a size or a count
    ("size 10 max", "pack of 6 max")."""
    return bool(
        postfix
        and postfix["up"]
        and _CLAUSE_END.match(text, postfix.end())
        and not _COUNTED_BEFORE.search(text, 0, amount.start())
    )


def _words_before(text: str, low: int, start: int) -> re.Match[str] | None:
    """The longest run of glue, price word and comparator ending at `start`.

    Tried only where a word or comma begins: a plain leftmost search is several times slower.
    """
    for candidate in _CLAUSE_STARTS.finditer(text, low, start):
        found = _COMPARATOR_BEFORE.match(text, candidate.start(), start)
        if found:
            return found
    return None


def amount_at(text: str) -> Decimal | None:
    """The amount the text starts with ("$50 with shipping", "40 quid"), in major units; None
    when it starts with anything else. Readers that find their own comparator use it."""
    found = _AMOUNT.match(text.lstrip())
    return None if found is None else _value(found)


def _value(amount: re.Match[str]) -> Decimal:
    return Decimal(amount["num"].replace(",", ""))


def _around(start: int, end: int, value: Decimal) -> PriceClause:
    spread = value * _AROUND_SPREAD
    return PriceClause(start, end, low=value - spread, high=value + spread)
