"""Questions about the whole list just shown: "are they wireless?", "any of these dishwasher
safe?", "are all of them under $50?", "do any of those come in green?".

A plural reference ("they", "these", "any of them", "all of those", "which ones") means the list,
a singular one ("it", "the first one") the product in focus; each listed product is answered from
its own record and the answer groups them: which are, which are not, which the catalog is silent on.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from agent.answers import asks_about_sale, on_sale, property_verdict, sale_answer
from agent.context import Context
from agent.kind_picks import of_one_kind_named
from agent.list_superlatives import Measure, measure_of, of_the_kind_named, rank_listed
from agent.listed_colours import asks_listed_colours, colours_reply
from agent.material_answers import made_of_verdict, materials_asked_of
from agent.outcome import Outcome, ToolRun, money_text, shown_product
from agent.silent_phrases import silent_on
from agent.state import ShoppingState, listed_products
from agent.understanding import Intent, Understanding
from agent.variants import offered
from catalog.model import Product

_ALL_OF = re.compile(
    r"\b(?:(?:any|all|each|either|none|some|both|which|every one) of (?:them|these|those|em)"
    r"|which ones?\b(?! of)|any (?:that|which)|(?:are|r|do|have|is) (?:they|these|those) all"
    r"|(?:they|these|those) all)\b"
)
_PLURAL = re.compile(r"\b(?:they|them|these|those|em)\b")
_NAMES_ONE = re.compile(r"\b(?:it|its|this one|that one|the \w+ one)\b")
COMES_IN = re.compile(r"\bcomes?\b")
_YES_NO = re.compile(
    r"^\W*(?:(?:so|and|ok(?:ay)?|hmm+|also|but)\W+)?"
    r"(?:are|r|is|do|does|can|could|will|would|have|has)\b"
)


def asks_yes_or_no(text: str) -> bool:
    """The message is a yes/no question ("are all of these under 50?", "can those go in …")."""
    return bool(_YES_NO.match(text.lower()))


def means_the_list(text: str, shown: int, focus: str | None) -> bool:
    """The words point at the whole list (several shown): "any of them" always does; a bare
    "they"/"these" does unless one product is in focus and "it"/"that one" is not said."""
    lowered = text.lower().replace("'", "")
    if shown < 2 or _NAMES_ONE.search(lowered):
        return False
    return bool(_ALL_OF.search(lowered)) or (focus is None and bool(_PLURAL.search(lowered)))


_THE_ONES = re.compile(r"\b(?:ones|them|those|these)\b")


def coloured_in_list(state: ShoppingState, u: Understanding, ctx: Context) -> list[str] | None:
    """ "Add two of the blue ones": the listed products offered in the colour said; None when
    the words do not pick from the list by colour."""
    said = [w.lower() for w in u.slots.color_words or u.slots.colors]
    if not said or len(state.shown) < 2 or not _THE_ONES.search(u.text.lower()):
        return None
    listed = listed_products(ctx.search, state.shown)
    exact = [p.id for p in listed if _has_colour(p, said)]
    return exact or [p.id for p in listed if offered(p, None, said, stocked=False)]


_FILLER = frozenset({"come", "comes", "have", "any", "them", "those", "these", "they", "all"})

Verdict = Callable[[Product], bool | None]
_OTHER_CONDITIONS = frozenset({"color", "price", "size", "stock"})
"""Asked words that the colour, budget and size conditions answer, not a property."""


def answer_about_list(run: ToolRun, question: str) -> Outcome:
    """Answer a yes/no question for every product listed, grouped; the list stays as it was."""
    listed = listed_products(run.ctx.search, run.state.shown)
    if not listed:
        return Outcome(False, "Which products do you mean?", {"which": True})
    u = run.state.understanding
    if (measure := measure_of(u.slots.superlative)) is not None:
        return _ranked(run, listed, measure)
    if asks_listed_colours(u.text):  # "what colours does it come in?" with no one product meant
        said = colours_reply(listed, u.text, u.slots.color_words or u.slots.colors)
        return Outcome(True, said, {"answer": said, "over_list": len(listed)})
    verdict, what = _verdict(u, listed)
    if verdict is None:
        return Outcome(False, "Which one do you mean?", {"which": True})
    results = [(p, verdict(p)) for p in listed]
    reply = grouped(results, what)
    if what == "on sale":  # "how much were they before the sale?": each sale and regular price
        reply = " ".join([reply, *(_sale_prices(p) for p, v in results if v)][:4])
    if u.intent is Intent.ADD:  # "add two of the blue ones" and several are: which one
        in_colour = [p.title for p, v in results if v]
        reply = (
            f"{len(in_colour)} of these come in that colour: {_names(in_colour)}. "
            "Which one should I add?"
            if in_colour
            else f"None of these is {what}."
        )
    ordinals = {p["id"]: p["ordinal"] for p in run.state.shown}
    yes = [shown_product(p, ordinals.get(p.id, 0)) for p, v in results if v]
    shown = yes if len(yes) < len(results) else []  # the ones that are, to look at or add
    return Outcome(
        True, reply, {"answer": reply, "over_list": len(listed)}, {"turn_products": shown}
    )


def _sale_prices(product: Product) -> str:
    return sale_answer(product, money_text).removeprefix("Yes, ")


def _ranked(run: ToolRun, listed: list[Product], measure: Measure) -> Outcome:
    """ "Which is the cheapest?": the winner shown and in focus, so "add that one" means it; of
    a list of several kinds, among those of the kind named ("just the kettle, the cheapest"; by
    the kind's words, or else by title words: "which mat is …")."""
    of_kind = {p["id"] for p in of_one_kind_named(run.state.understanding.text, run.state.shown)}
    named = [p for p in listed if p.id in of_kind]
    listed = named or of_the_kind_named(run.state.understanding.text, listed)
    ranking = rank_listed(listed, measure, _price_text)
    ordinals = {p["id"]: p["ordinal"] for p in run.state.shown}
    winners = [shown_product(p, ordinals.get(p.id, 0)) for p in ranking.winners]
    update: dict[str, Any] = {"turn_products": winners}
    if len(ranking.winners) == 1:
        update["focus"] = ranking.winners[0].id
    data = {"answer": ranking.reply, "over_list": len(listed)}
    return Outcome(True, ranking.reply, data, update)


def _price_text(product: Product, highest: bool) -> str:
    variant = (max if highest else min)(product.variants, key=lambda v: v.price.amount)
    return money_text(variant.price.model_dump(mode="json"))


def _verdict(u: Understanding, listed: list[Product]) -> tuple[Verdict | None, str]:
    """How to judge one product for this question, and how the reply names the property: every
    condition asked must hold ("any of them wireless and under 100?")."""
    conditions = _conditions(u, listed)
    if not conditions:
        return _silent_property(u)
    if len(conditions) == 1:
        return conditions[0]
    checks = [check for check, _ in conditions]

    def all_hold(p: Product) -> bool | None:
        results = [check(p) for check in checks]
        return False if False in results else None if None in results else True

    return all_hold, " and ".join(what.removeprefix(HAVE) for _, what in conditions)


def _conditions(u: Understanding, listed: list[Product]) -> list[tuple[Verdict, str]]:
    """Each condition the question names: a property, a sale, a colour, a size, a budget."""
    slots = u.slots
    found: list[tuple[Verdict, str]] = []
    made_of = materials_asked_of(listed, u.text)
    if made_of and any(made_of_verdict(p, made_of[0]) is not None for p in listed):
        found.append((_material_check(made_of[0]), f"made of {made_of[0]}"))
    for word in [] if made_of else slots.asked:  # the kind asked first ("washable", "safe")
        if word in _OTHER_CONDITIONS:
            continue
        named = [property_verdict(p, word) for p in listed]
        if known := [n for v, n in named if v is not None]:
            found.append((_property_check(word), _feature_named(u, listed, word, known[0])))
            break
        if word not in _FILLER:
            break  # "microwave safe": the catalog is silent on microwaves, not on "safe"
    if asks_about_sale(u.text):
        found.append((on_sale, "on sale"))
    said = [w.lower() for w in slots.color_words or slots.colors]
    if said:
        exact = any(_has_colour(p, said) for p in listed)

        def in_colour(p: Product) -> bool:
            return _has_colour(p, said) if exact else offered(p, None, said, stocked=False)

        found.append((in_colour, f"available in {said[0]}"))
    if slots.size:
        found.append((_size_check(slots.size), f"in stock in size {slots.size}"))
    if slots.price_max is not None or slots.price_min is not None:
        found.append(_budget(slots.price_min, slots.price_max, listed[0].currency))
    return found


def _feature_named(u: Understanding, listed: list[Product], word: str, named: str) -> str:
    """How the reply names a property no attribute names: as the shopper said it ("noise
    cancelling", not "noise"), and as a thing the products have when their records say they
    have it ("It also has active noise cancelling"): "have noise cancelling"."""
    if named != word:
        return named  # the record's own name for it ("dishwasher safe")
    said = _as_said(u.text, [w for w in u.slots.asked if w not in _FILLER])
    phrase = said if word in said.split() else word
    had = re.compile(rf"\b(?:has|have|with|features?)\s+(?:[\w-]+\s+){{0,2}}{re.escape(phrase)}\b")
    if any(had.search(p.description.lower()) for p in listed):
        return f"{HAVE}{phrase}"
    return phrase


HAVE = "have "
"""Opens the name of a feature the products have, said with "have" rather than "are"."""


def _material_check(word: str) -> Verdict:
    """By the record's material, never the title ("Silk Square Scarf" of cashmere is no silk);
    by the other fields where the record names no material."""

    def made_of(p: Product) -> bool | None:
        verdict = made_of_verdict(p, word)
        return property_verdict(p, word)[0] if verdict is None else verdict

    return made_of


def _property_check(word: str) -> Verdict:
    return lambda p: property_verdict(p, word)[0]


def _size_check(size: str) -> Verdict:
    return lambda p: offered(p, size, [], stocked=True)


def _budget(low: int | None, high: int | None, currency: str) -> tuple[Verdict, str]:
    def in_budget(p: Product) -> bool:
        price = min(v.price.amount for v in p.variants)
        return (low is None or price >= low) and (high is None or price <= high)

    bound = high if high is not None else low
    word = "under" if high is not None else "over"
    return in_budget, f"{word} {money_text({'amount': bound, 'currency': currency})}"


def _silent_property(u: Understanding) -> tuple[Verdict | None, str]:
    """A property the catalog is silent on for every listed product, as the shopper said it."""
    if not u.slots.asked:
        return None, ""
    return (lambda p: None), _as_said(u.text, [w for w in u.slots.asked if w not in _FILLER])


def _as_said(text: str, asked: list[str]) -> str:
    """The property as the shopper wrote it: the span of the asked words ("microwave safe")."""
    words = re.findall(r"[a-z][a-z-]+", text.lower())
    places = [i for i, w in enumerate(words) if w in asked]
    if not places:
        return "like that"
    if places[-1] - places[0] < 3:
        return " ".join(words[places[0] : places[-1] + 1])
    return asked[0]


def _has_colour(product: Product, said: list[str]) -> bool:
    return any(any(w in (v.color or "").lower() for w in said) for v in product.variants)


def grouped(results: list[tuple[Product, bool | None]], what: str) -> str:
    """ "2 of these 5 are dishwasher safe: A, B. Not A, B." with the silent ones said."""
    yes = [p.title for p, v in results if v is True]
    no = [p.title for p, v in results if v is False]
    silent = [p.title for p, v in results if v is None]
    count = len(results)
    had = what.startswith(HAVE)
    feature = what.removeprefix(HAVE) if had else what
    are, is_ = ("have", "has") if had else ("are", "is")
    if len(yes) == count:
        text = f"Yes — all {count} of these {are} {feature}."
    elif len(no) == count:
        text = f"No — none of these {count} {is_} {feature}."
    elif not yes and not no:
        return silent_on("these", feature, feature, plural=True)
    else:
        verb = is_ if len(yes) == 1 else are
        text = f"{len(yes)} of these {count} {verb} {feature}"
        text += f": {_names(yes)}." if yes else "."
        if no:
            unlike = f"Without {feature}" if had else f"Not {'both' if ' and ' in what else what}"
            text += f" {unlike}: {_names(no)}."
    if silent and (yes or no):
        text += f" The catalog doesn't say for {_names(silent)}."
    return text


def _names(titles: list[str]) -> str:
    return titles[0] if len(titles) == 1 else ", ".join(titles[:-1]) + " and " + titles[-1]
