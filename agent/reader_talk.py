"""Whether a message the rules call a search is talk: small talk, keyboard mashing, a lone name."""

from __future__ import annotations

from agent.buyer import name_alone
from agent.chatty import asks_nothing, kind_asked, says_thanks_or_bye
from agent.context import Context
from agent.gibberish import is_gibberish
from agent.intent_model import talk_intent
from agent.intents import CONFIDENT, LIKELY
from agent.kinds import judge_for, request_head
from agent.meta_talk import about_the_talk
from agent.off_topic_questions import asks_for_a_venue
from agent.slots import colors_in
from agent.spelling import known_words, spelled
from agent.thing_words import names_no_thing
from agent.understanding import Intent, Understanding
from catalog.sparse import tokenize

TALK_WORDS = 14
CATALOG_WORDS = 0.5
"""A message at least this much in the catalog's own words ("speakers") is shopping."""


def mashes_keys(understanding: Understanding, text: str, ctx: Context) -> bool:
    """A search the rules were unsure of, made of words no list knows: keyboard mashing."""
    if understanding.intent is not Intent.SEARCH or understanding.confidence >= CONFIDENT:
        return False
    return is_gibberish(text, known_words(ctx.search))


def asks_for_no_thing(understanding: Understanding, ctx: Context) -> bool:
    """A search made only of words that never name a product ("two", "both", "out", "go back",
    "the previous one"), with no colour, size or price to narrow by: nothing to look for."""
    if understanding.intent is not Intent.SEARCH or not names_no_thing(understanding.text):
        return False
    slots = understanding.slots
    priced = slots.price_min is not None or slots.price_max is not None
    narrows = slots.colors or slots.size or priced or slots.required  # "which ones are?"
    return not narrows and not names_sold_kind(understanding.text, ctx)


def unsure_of(understanding: Understanding) -> bool:
    """Only a guess so far: nothing understood, a search the rules were unsure of, or a
    question about the list guessed from a message with no words of its own ("perfect!!")."""
    if understanding.intent is Intent.UNCLEAR:
        return True
    if understanding.intent is Intent.PRODUCT_QUESTION:
        return understanding.confidence < LIKELY
    return understanding.intent is Intent.SEARCH and understanding.confidence < CONFIDENT


def classify_talk(understanding: Understanding, ctx: Context) -> None:
    """A message the rules call a search may be small talk; never one in the catalog's words."""
    encoder = getattr(ctx.search, "encoder", None)
    if encoder is None:
        return
    if len(understanding.text.split()) > TALK_WORDS:
        _read_long_talk(understanding, ctx)  # a long message asks, unless no sentence does
        return
    if names_sold_kind(kind_asked(understanding.text), ctx):
        return  # "what juices do you have?" asks for juice, however short
    talk_only = about_the_talk(understanding.text)  # "sorry, my cat walked on the keyboard"
    slots = understanding.slots
    narrowed = slots.colors or slots.size or slots.price_max is not None
    if narrowed and not talk_only and names_sold_kind(understanding.text, ctx):
        return  # "forest green hat, whatever u have in stock": a sold kind in a colour
    if ctx.search.lexical_coverage(understanding.text) >= CATALOG_WORDS and not talk_only:
        return
    embed = getattr(ctx.search, "text_vector", None)  # shared with the search's own encoding
    intent, confidence = talk_intent(encoder, understanding.text, embed=embed)
    if intent is Intent.SEARCH and talk_only:  # names keyboards but asks for none: unclear
        intent, confidence = Intent.UNCLEAR, CONFIDENT
    if intent is not Intent.SEARCH:
        understanding.intent, understanding.confidence = intent, confidence
        understanding.source = "classifier"
        understanding.slots.category = ""


def names_sold_kind(text: str, ctx: Context) -> bool:
    """Whether a word of the text names what the catalog sells: a title's or category's word."""
    if not text or getattr(ctx.search, "index", None) is None:
        return False
    kinds = judge_for(ctx.search).index()
    return any(t in kinds.heads or t in kinds.kinds or t in kinds.compounds for t in tokenize(text))


def kinds_spelled(text: str, ctx: Context) -> str:
    """The message with its misspelt words read as the catalog's when that reads a sold kind into
    it ("i am lookng for a tea kettel, the kind for the stove top": a tea kettle), else as typed:
    a kind misspelt must not leave the message a story about something else, nor a place in town
    a kind ("a good tapas bar in seville" is no tops bar)."""
    if not text or getattr(ctx.search, "index", None) is None or asks_for_a_venue(text):
        return text
    corrected = spelled(ctx.search, text)
    if corrected == text:
        return text
    kinds = judge_for(ctx.search).index()
    sold = kinds.heads | kinds.kinds
    return corrected if set(tokenize(corrected)) & sold - set(tokenize(text)) else text


def lone_name(text: str, ctx: Context) -> str:
    """A message that is only a name ("dan lee") while details are wanted; a colour or a kind
    the catalog sells ("blue hat") makes it a request."""
    name = name_alone(text)
    return "" if not name or colors_in(text.lower()) or names_sold_kind(text, ctx) else name


def _read_long_talk(understanding: Understanding, ctx: Context) -> None:
    """ "Good morning! I've just sat down with my first cup of coffee": no sentence asks and no
    kind is named outside a context phrase, so it is talk (a thanks and goodbye, or a hello)."""
    if getattr(ctx.search, "index", None) is None:
        return

    def names_kind(text: str) -> bool:
        return names_sold_kind(text, ctx)

    slots = understanding.slots
    if slots.price_min is not None or slots.price_max is not None or slots.size or slots.colors:
        return  # "nothing fancy, a plain white tee in a medium": narrowed, so asked
    if understanding.negations.brands or understanding.negations.materials:
        return  # "tshirts for the team, any brand except X, the last batch shrank": asked
    if _opens_with_a_kind(understanding.text):
        return  # "dog food for my neighbour's dog, I take care of him": asked, sold or not
    if asks_nothing(understanding.text, names_kind):
        thanks = says_thanks_or_bye(understanding.text)
        understanding.intent = Intent.THANKS_BYE if thanks else Intent.GREET
        understanding.confidence, understanding.source = LIKELY, "rules"
        understanding.slots.category = ""


def _opens_with_a_kind(text: str) -> bool:
    """The message starts by naming the thing wanted ("dog food for the dog of my neighbour, ..."),
    so it is a request even when the rest is a story and the shop does not sell the kind."""
    head = request_head(text)
    if head is None:
        return False
    words = tokenize(text.lower())
    said = tokenize(head.phrase)
    return bool(said) and words[: len(said)] == said
