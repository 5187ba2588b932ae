"""Asides in the middle of shopping: "btw are you an AI?", "what's the weather like?", "tell me
a joke". Each gets a short, honest answer and a way back to what the shopper was doing; the
list shown and the cart stay as they were, so "add the second one" still works after it.
"""

from __future__ import annotations

import re
from typing import Any

from agent.pending import asks_variant
from agent.personal_questions import asks_about_private_life
from agent.state import ShoppingState

_ABOUT_YOU = re.compile(
    r"\b(?:are|r) (?:you|u|ya) (?:even |really |actually |just )?(?:a |an )?(?:real |actual "
    r"|live )?(?:ai|a\.i\.?|bot|robot|chat ?bot|human(?: being)?|person|machine|computer|program"
    r"|real|gpt|chat ?gpt|llm|language model|alive)\b(?![ -]?(?:wash|dry|made|learn))"
    r"|\bis (?:this|that|it) (?:a |an )?(?:real |actual |live )?(?:bot|robot|ai|human|person"
    r"|chat ?bot|automated|machine)\b(?![ -]?(?:wash|dry|made|learn))"  # "machine washable"
    r"|\bam i (?:talking|speaking|chatting|writing) (?:to|with) (?:a |an )?(?:real |actual )?"
    r"(?:bot|robot|ai|human|person|machine|computer|someone)\b"
    r"|\bwho (?:am i|are (?:you|u))(?: (?:talking|speaking|chatting) (?:to|with))?\b"
    r"|\bwhat (?:are (?:you|u)|model are (?:you|u)|ai are (?:you|u))\s*[?!.]*$"
    r"|\b(?:what'?s|whats|what is) (?:your|ur) name\b|\bdo (?:you|u) have a name\b"
    r"|\bwho (?:made|built|created|programmed) (?:you|u)\b",
    re.I,
)
"""A question about the assistant itself."""
_HOW_ARE_YOU = re.compile(
    r"^\W*(?:(?:hi|hey|hello|and|so|btw|anyway|oh|also)\W+)*(?:how (?:are|r) (?:you|u|ya)"
    r"(?: (?:doing|today|going|holding up|this (?:morning|afternoon|evening)))?"
    r"|how'?s (?:it going|your day|things)|how (?:have|has) (?:you|your day) been"
    r"|(?:you|u) (?:ok|okay|alright|good)|how'?s you)(?: (?:today|doing|then|anyway))?\W*$",
    re.I,
)
"""Asking how the assistant is, with nothing else ("how are you?", "how's your day going")."""
_WEATHER = re.compile(
    r"\b(?:what'?s|whats|what is|how'?s|hows|how is) the weather\b"
    r"|\bweather (?:today|tomorrow|tonight|this (?:week|weekend|morning|afternoon|evening)"
    r"|forecast|gonna|going to|will be|outside|where you are|in [a-z]+(?: today| tomorrow)?\W*$)"
    r"|\b(?:is it|will it) (?:gonna |going to )?(?:rain|snow)"
    r"(?:ing)?\b(?![ -]?(?:proof|resist|ready|jacket|coat|boot|gear|cover))"
    r"|\b(?:forecast|how (?:hot|cold|warm|sunny) is it)\b",
    re.I,
)
"""Small talk about the weather (not "boots for cold weather")."""
_JOKE = re.compile(
    r"\b(?:tell|give|got|know|share) (?:me |us )?(?:a |another |some |any |one more |a good )?"
    r"(?:joke|jokes|something funny|pun)\b|\bmake me (?:laugh|smile)\b|^\W*(?:a )?joke\W*$",
    re.I,
)
_RECIPE = re.compile(r"\brecipes?\b", re.I)
_CONDITIONS = (
    r"arthritis|tendonitis|tendinitis|bursitis|sciatica|a sprain|sprained|a fracture|fractured"
    r"|broken|torn|a tear|an infection|infected|a hernia|an allergy|allergic|eczema|psoriasis"
    r"|diabetes|cancer|a tumou?r|a concussion|shin splints|plantar fasciitis|a stress fracture"
    r"|gout|asthma|migraines?|carpal tunnel|a slipped disc|a herniated disc|rsi"
)
_MEDICAL = re.compile(
    rf"\b(?:is|could|might|would|does|do|can)\s+(?:that|this|it|i|mine)\s+(?:be\s+|mean\s+"
    rf"(?:i have\s+)?|have\s+|got\s+|a sign of\s+|sound like\s+)?(?:{_CONDITIONS})\b"
    r"|\bshould i (?:see|go to|call|get checked by) (?:a |the |my )?(?:doctor|gp|dr|physio"
    r"|physician|dentist|dermatologist|specialist|hospital|er|a&e)\b"
    r"|\bwhat'?s wrong with my\b|\bdiagnos\w*",
    re.I,
)
"""A health question asked of the shop ("my knee clicks on the stairs, is that arthritis?"): no
shop assistant can diagnose; a doctor is who to ask."""
_SHOPPING = re.compile(
    r"\b(?:need|want|looking for|show me|find me|buy|sell|carry|stock|recommend|for (?:the|cold"
    r"|wet|rainy|snowy|hot)|jackets?|coats?|boots?|umbrellas?|gear|shirts?|tees?|books?"
    r"|water-?proof|water-?resistant|rain-?proof|(?:only|just) (?:the )?(?:[\w-]+ ){1,2}ones)\b",
    re.I,
)
"""Words that make an aside a request after all ("what should I wear, is it gonna rain? need a
jacket"; "only the waterproof ones, forecast says rain all week": the list narrowed)."""


def aside_of(text: str) -> str | None:
    """ "about_you", "how_are_you", "medical", "weather", "joke" or "recipe" for an aside, else
    None."""
    if _ABOUT_YOU.search(text) or asks_about_private_life(text):
        return "about_you"
    if _HOW_ARE_YOU.match(text):
        return "how_are_you"
    if _SHOPPING.search(text):
        return None
    if _MEDICAL.search(text):
        return "medical"
    if _WEATHER.search(text):
        return "weather"
    if _JOKE.search(text):
        return "joke"
    if _RECIPE.search(text):
        return "recipe"
    return None


def aside_reply(text: str, state: ShoppingState, store_name: str) -> str | None:
    """A short answer to an aside and the way back to the shopping; None for no aside."""
    kind = aside_of(text)
    if kind == "about_you":
        answer = (
            f"I'm {store_name}'s shopping assistant — an AI, not a person. I can search the "
            "catalog, answer questions about products, handle your cart and check out for you."
        )
    elif kind == "how_are_you":
        answer = "I'm doing well, thanks for asking!"
    elif kind == "medical":
        answer = (
            "I'm not able to give medical advice, sorry — a doctor or physio is the right person "
            "to ask about that."
        )
    elif kind == "weather":
        answer = (
            f"I can't check the weather from here, sorry — I can only help with shopping at "
            f"{store_name}."
        )
    elif kind == "joke":
        answer = "Here's one: why did the sock go to the party alone? It couldn't find its pair."
    elif kind == "recipe":
        answer = (
            f"I can't help with recipes, sorry — I can only help with shopping at {store_name}."
        )
    else:
        return None
    return f"{answer} {steer_back(state)}"


def steer_back(state: ShoppingState) -> str:
    """Where the shopping left off: the option still asked for, the list on screen, the cart,
    or a fresh question."""
    if asks_variant(state.awaiting):
        return f"Now — {_option_question(state.awaiting or {})}"
    if state.shown:
        return 'Back to your list — ask about any of them, or say "add the first one".'
    if state.cart_id:
        return "Your cart is just as you left it. What else can I find for you?"
    return "What can I find for you?"


def _option_question(awaiting: dict[str, Any]) -> str:
    """ "which color (olive, black) would you like?" for the add still waiting on it."""
    options: dict[str, list[str]] = awaiting.get("options") or {}
    asked = [
        f"{slot} ({', '.join(options.get(slot, []))})" if options.get(slot) else slot
        for slot in awaiting.get("slots", [])
    ]
    return f"which {' and '.join(asked)} would you like?"
