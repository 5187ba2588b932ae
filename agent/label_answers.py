"""Follow-up questions about the last nutrition label photo, answered from what was read on it.

"And how much protein?" reads the label's numbers; "is it gluten free?" its claims and
ingredient text; when the label does not say, the answer says so rather than guessing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from agent.outcome import Outcome, ToolRun

_NUTRIENTS: dict[str, tuple[str, str]] = {
    "protein": ("protein_g", "{:g} g of protein"),
    "calorie": ("calories", "{:g} calories"),
    "kcal": ("calories", "{:g} calories"),
    "cals": ("calories", "{:g} calories"),
    "saturated": ("saturated_fat_g", "{:g} g of saturated fat"),
    "fat": ("total_fat_g", "{:g} g of fat"),
    "sugar": ("total_sugars_g", "{:g} g of sugars"),
    "carb": ("total_carbohydrate_g", "{:g} g of carbohydrates"),
    "fiber": ("dietary_fiber_g", "{:g} g of fibre"),
    "fibre": ("dietary_fiber_g", "{:g} g of fibre"),
    "sodium": ("sodium_mg", "{:g} mg of sodium"),
    "salt": ("sodium_mg", "{:g} mg of sodium"),
    "cholesterol": ("cholesterol_mg", "{:g} mg of cholesterol"),
    "serving": ("serving_size", "a serving of {}"),
}
_CLAIMS: dict[str, tuple[str, tuple[str, ...]]] = {
    r"\bgluten": ("gluten free", ("wheat", "barley", "rye", "gluten", "spelt")),
    r"\bvegan": ("vegan", ("milk", "egg", "honey", "gelatin", "whey", "butter")),
    r"\bdairy": ("dairy free", ("milk", "whey", "butter", "cream", "cheese", "lactose")),
    r"\blactose": ("lactose free", ("milk", "lactose", "whey")),
    r"\b(?:tree )?(?:pea)?nuts?\b": (
        "nut free",
        ("almond", "peanut", "hazelnut", "cashew", "walnut", "pecan", "nut"),
    ),
    r"\bsoy\b": ("soy free", ("soy",)),
}
_ABOUT_LABEL = re.compile(
    r"\b(?:protein|calorie|kcal|cals|fat|sugar|carb|fib(?:er|re)|sodium|salt|cholesterol|serving"
    r"|gluten|vegan|dairy|lactose|nuts?|soy|ingredients?|allergens?|contains?|healthy)"
)


_QUESTION = re.compile(
    r"\?|^\s*(?:and|so|what|what'?s|whats|how|tell me|any|is|are|does|do|has|have|got|list"
    r"|show me the|give me the)\b"
    r"|\b(?:how much|how many|is (?:it|this|that|there)|does (?:it|this|that)|contains?|free"
    r"|content|per serving|in (?:it|this|that|there|these|those)|on the label)\b"
    r"|\bi mean(?:t)?\b"  # "wait sorry i meant protein": the question asked again
    r"|\bi (?:asked|was asking)\b"  # "no I asked protein, not calories"
)
_NOT_ASKED = re.compile(
    r"[,;]?\s*(?:\b(?:and|but)\s+)?\b(?:not|rather than|instead of)\s+(?:the\s+|about\s+)?"
    r"(?:calories?|cals|kcal|protein|(?:saturated\s+)?fat|sugars?|carbs?|carbohydrates?"
    r"|fib(?:er|re)|sodium|salt|cholesterol)\b"
)
"""A nutrient said as not the one asked ("I asked protein, not calories"): left out."""
_BARE = re.compile(r"^\W*(?:the\s+)?\w+(?:\s+\w+)?\W*$")  # "protein", "fiber content", "sodium?"
_SHOPPING = re.compile(
    r"\b(?:show|find|search|looking for|buy|recommend|cheaper|under \$?\d"
    r"|do you (?:have|sell|carry|stock)|i (?:need|want))\b"
)


_POINTS_AT_IT = re.compile(r"\b(?:it|this|that|these|those|they|them|the label)\b")


def asks_about_label(text: str, names_kind: Callable[[str], bool] = lambda _: False) -> bool:
    """A follow-up about the label just read: "and how much protein?", "whats the fiber".

    "Show me protein bars" or "any protein bars?" is shopping, not a label question: it names a
    kind of product (`names_kind`) without pointing at the one photographed.
    """
    lowered = text.lower()
    asks = _QUESTION.search(lowered) or _BARE.match(lowered)
    if not (_ABOUT_LABEL.search(lowered) and asks) or _SHOPPING.search(lowered):
        return False
    return _POINTS_AT_IT.search(lowered) is not None or not names_kind(text)


def without_names(question: str, names: list[str]) -> str:
    """The question less the product names it says ("the protein peanut crunch bars - how many
    calories?" asks calories, not whether they are nut free), when something is still asked."""
    words = re.findall(r"[\w']+|[^\w\s]+", question.lower())
    titles = [re.findall(r"[\w']+", n.lower()) for n in names]
    pairs = {(t[i], t[i + 1]) for t in titles for i in range(len(t) - 1)}
    named = set()
    for i in range(len(words) - 1):
        if (words[i], words[i + 1]) in pairs:  # two words in a row of a name: the name
            named |= {i, i + 1}
    rest = " ".join(w for i, w in enumerate(words) if i not in named)
    asks = any(re.search(p, rest) for p in _CLAIMS) or any(w in rest for w in _NUTRIENTS)
    return rest if named and asks else question.lower()


def label_answer(question: str, label: dict[str, Any]) -> str:
    """The answer read from the last label photo, or that the label doesn't say."""
    lowered = without_names(question, list(label.get("names") or []))
    nutrition: dict[str, Any] = label.get("nutrition") or {}
    text = " ".join(str(label.get("text") or "").lower().split())
    for pattern, (claim, culprits) in _CLAIMS.items():
        if re.search(pattern, lowered):
            return _claim_answer(claim, culprits, text)
    if re.search(r"\b(?:ingredients?|allergens?|contains?)\b", lowered):
        found = _section(text, ("ingredients", "contains", "allergens"))
        return f"The label says: {found}" if found else "The label doesn't list ingredients."
    if asks_servings(lowered):
        return servings_answer("The label", nutrition)
    said, missing = nutrients_asked(_NOT_ASKED.sub(" ", lowered), nutrition)
    if not said and not missing:
        return "From the label, per serving: " + _all_values(nutrition) + "."
    parts = []
    if said:
        parts.append(f"The label says {' and '.join(said)} per serving.")
    if missing:
        parts.append(f"The label doesn't say how much {', '.join(missing)} it has.")
    return " ".join(parts)


def claim_asked(question: str, label: dict[str, Any]) -> str | None:
    """With the label photo itself, "is this gluten free?" answered from its claims and
    ingredients (None when the question asks no such thing: the figures answer it)."""
    lowered = without_names(question, list(label.get("names") or []))
    for pattern, (claim, culprits) in _CLAIMS.items():
        if re.search(pattern, lowered):
            return _claim_answer(
                claim, culprits, " ".join(str(label.get("text") or "").lower().split())
            )
    return None


def nutrients_asked(question: str, nutrition: dict[str, Any]) -> tuple[list[str], list[str]]:
    """The nutrients asked about: those the figures give ("3 g of protein"), those they don't."""
    answers: dict[str, tuple[str, str | None]] = {}  # field -> (word asked, answer)
    lowered = _PER_SERVING.sub(" ", question.lower())  # "cals per serving?" asks the calories
    for word, (field, phrase) in _NUTRIENTS.items():
        if word in lowered and field not in answers:
            value = nutrition.get(field)
            answers[field] = (word, phrase.format(value) if value is not None else None)
    said = [a for _, a in answers.values() if a]
    return said, [word for word, a in answers.values() if not a]


_PER_SERVING = re.compile(r"\b(?:per|each|every) serving\b")
# What one serving is poured or spooned as: "how many glasses in one bottle?", "bowls per box";
# plural only, as a count is: "sugar per serving in this one" asks one serving's sugar
_SERVING_UNITS = r"(?:servings|portions|helpings|bowl(?:ful)?s|glass(?:es|fuls)|cups|scoops)"
_SERVINGS = re.compile(
    rf"\bhow many (?:\w+ )?{_SERVING_UNITS}\b|\bservings (?:per|in|a)\b"
    rf"|\bnumber of {_SERVING_UNITS}\b|\b{_SERVING_UNITS} (?:per|in (?:a|one|the|this|each)) \w+"
)


def asks_servings(question: str) -> bool:
    """ "How many servings are in a box?", "how many glasses in one bottle?": the servings per
    container, not one serving's size."""
    return bool(_SERVINGS.search(question.lower()))


def servings_answer(source: str, nutrition: dict[str, Any]) -> str:
    """The servings per container as `source` ("The label") gives them, with one serving's size."""
    count = nutrition.get("servings_per_container")
    if count is None:
        return f"{source} doesn't say how many servings it holds."
    serving = f" of {nutrition['serving_size']}" if nutrition.get("serving_size") else ""
    return f"{source} says it holds about {count:g} servings{serving}."


def product_nutrition_answer(title: str, question: str, nutrition: dict[str, Any]) -> str:
    """ "How much protein does it have?" about a product whose catalog record has the figures."""
    if asks_servings(question):
        count = nutrition.get("servings_per_container")
        if count is None:
            return f"The catalog doesn't say how many servings {title} holds."
        serving = f" of {nutrition['serving_size']}" if nutrition.get("serving_size") else ""
        return f"{title} holds about {count:g} servings{serving}."
    said, missing = nutrients_asked(question, nutrition)
    serving = f" ({nutrition['serving_size']})" if nutrition.get("serving_size") else ""
    if not said and not missing:
        return f"{title}, per serving{serving}: {_all_values(nutrition)}."
    parts = [f"{title} has {' and '.join(said)} per serving{serving}."] if said else []
    if missing:
        parts.append(f"The catalog doesn't say how much {', '.join(missing)} it has.")
    return " ".join(parts)


def _claim_answer(claim: str, culprits: tuple[str, ...], text: str) -> str:
    if claim in text.replace("-", " "):
        return f"Yes — the label says {claim}."
    section = _section(text, ("ingredients", "contains", "allergens"))
    if section:
        found = [c for c in culprits if re.search(rf"\b{c}", section)]
        if found:
            return f"No, it isn't {claim}: the label lists {', '.join(found)} ({section})."
        return f"The label doesn't say it is {claim}; its ingredients: {section}"
    return f"The label doesn't say whether it is {claim}."


def _section(text: str, names: tuple[str, ...]) -> str:
    for name in names:
        match = re.search(rf"\b{name}\s*:?\s*(.+?)(?:\.\s|$)", text)
        if match:
            return match[1].strip(" .") + "."
    return ""


def _all_values(nutrition: dict[str, Any]) -> str:
    values = [
        phrase.format(nutrition[field])
        for field, phrase in dict(_NUTRIENTS.values()).items()
        if field != "serving_size" and nutrition.get(field) is not None
    ]
    return ", ".join(dict.fromkeys(values)) or "no readable values"


def answer_label_question(run: ToolRun, question: str) -> Outcome:
    """A follow-up about the last label photo, answered from what was read on it."""
    label = run.state.photo or {}
    if label.get("kind") != "label":
        return Outcome(False, "There is no label photo in this conversation to answer from.")
    if _ADDS_THIS.search(question.lower()):
        return Outcome(False, UNNAMED_LABEL, {"label": True})
    return Outcome(True, label_answer(question, label), {"label": True})


UNNAMED_LABEL = (
    "I can't tell which product that label is from: it doesn't print a name I can find in the "
    "catalog. What is it called? I'll look it up."
)
_ADDS_THIS = re.compile(r"\b(?:add|buy|get|order)\b.*\b(?:this|it|that)\b")


def label_follow_up(
    text: str,
    kind: str,
    photo: dict[str, Any] | None,
    *,
    has_image: bool,
    has_shown: bool,
    names_kind: Callable[[str], bool] = lambda _: False,
) -> bool:
    """The message (understood as `kind`) asks about the label photo sent earlier.

    "Add this to my cart" after a label that named no product is one too: it gets a question.
    A cart request with products on screen stays a cart request.
    """
    if not photo or photo.get("kind") != "label" or has_image:
        return False
    if kind == "view_cart" and asks_servings(text):  # "how many servings in the bag?"
        return True
    if kind in {"add", "view_cart"}:
        return not has_shown and bool(_ADDS_THIS.search(text.lower()))
    return asks_about_label(text, names_kind)
