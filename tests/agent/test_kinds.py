"""What the store carries is decided by the kind of product asked for; follow-ups keep the kind."""

from __future__ import annotations

import pytest

from agent.kinds import KindIndex, request_head, title_head
from agent.service import ShoppingAgent
from agent.slots import price_bounds
from catalog.model import Product
from tests.agent.store import single_colour, store_products
from tests.agent.talk import ids, talk

DUFFELS = {"DUF1", "DUF2"}


@pytest.fixture
def products() -> list[Product]:
    return [
        *store_products(),
        single_colour("DUF1", "Gym Duffel Bag", 60, ["Bags", "Duffels"], "black"),
        single_colour("DUF2", "Weekender Duffel Bag", 90, ["Bags", "Duffels"], "navy"),
        single_colour("CHG1", "Car Phone Charger", 25, ["Electronics", "Chargers"], "black"),
        single_colour("BOX1", "Glass Food Storage Set", 40, ["Kitchen", "Storage"], "clear"),
    ]


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("need 4 new tires for my car", "tires"),
        ("looking for a coffee table for my living room", "table"),
        ("its pouring, do u sell umbrellas", "umbrellas"),
        ("a backpack that fits my laptop", "backpack"),
        ("hoodies then", "hoodies"),
        # a participle before a cut-off complement is not the head (chatshop's false "no"s)
        ("i'm looking for white hair extensions made with synthetic hair", "extensions"),
        ("healthy breakfast bars enriched with peanut butter", "bars"),
        ("a jacket insulated with down", "jacket"),
        ("black insulated", "insulated"),  # no complement cut: nothing to drop
        ("black insulated jacket", "jacket"),
        ("need 4 winter tyres 205/55 R16 for the car", "tyres"),  # "R16" is a code, not a word
        # stocking up names no kind: what is stocked up on is the request
        ("stocking up on coffee for the office but NOT decaf please", "coffee"),
        ("restocking on chips for the party", "chips"),
        # an addition's "as well" names no kind: the thing added is the request
        ("white socks as well", "socks"),
        ("a beanie as well please", "beanie"),
        ("oh and a phone charger as well", "charger"),
        # what the store has got, or the shopper's budget, names no kind
        ("cheapest laptop you've got?", "laptop"),
        ("whats the cheapest tea you've got? stocking up on a budget", "tea"),
    ],
)
def test_the_head_noun_of_a_request(text: str, head: str) -> None:
    found = request_head(text)
    assert found is not None and found.word == head


@pytest.mark.parametrize(
    "text",
    [
        "something for my mom",
        "not from concentrate",
        # a later sentence about "it" says more of the thing asked for, it names no kind
        # (ChatShop goal 141 lost its nearest products to "charging")
        "something that will let me use my cell phone hands free and has the team logo on it. "
        "it should allow for wireless charging",
    ],
)
def test_a_request_that_names_no_kind_has_no_head(text: str) -> None:
    assert request_head(text) is None


@pytest.mark.parametrize(
    "text", ["hmm actually show me midi length instead", "ankle length?", "any knee length"]
)
def test_an_attribute_named_after_its_value_is_no_kind(text: str) -> None:
    """ "midi length" asks for a length of the kind on show, not for a product called a length
    (it was "we don't carry midi length")."""
    found = request_head(text)
    assert found is None or found.word != "length"


def test_kinds_are_title_heads_and_category_words() -> None:
    kinds = KindIndex([
        {"title": "Laptop Pro 26L Backpack", "category": ["Bags", "Backpacks"]},
        {"title": "Peppermint Herbal Tea, 16 Bags (Pack of 6)", "category": ["Grocery"]},
    ])  # fmt: skip
    assert {"backpack", "tea", "bag", "grocery"} <= kinds.kinds
    assert "laptop" not in kinds.kinds and kinds.modifies["laptop"] == {"backpack"}
    assert title_head("Mineral Face Sunscreen SPF 50") == "sunscreen"  # a rating is no head


def test_a_kind_the_store_lacks_is_not_carried_although_a_word_matches(
    agent: ShoppingAgent,
) -> None:
    (turn,) = talk(agent, "car tires")  # "car" is in the Car Phone Charger
    assert "don't carry" in turn.reply and "CHG1" not in ids(turn)


def test_a_kind_the_store_sells_is_carried(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "do you sell duffel bags?")
    assert "don't carry" not in turn.reply and set(ids(turn)[:2]) == DUFFELS


def test_a_colour_refinement_keeps_the_kind_listed(agent: ShoppingAgent) -> None:
    listed, black = talk(agent, "duffel bags", "any of those in black?")
    assert set(ids(listed)) >= DUFFELS
    assert ids(black) == ["DUF1"]  # not the black Foldaway Nylon Tote Bag


def test_a_filter_only_follow_up_refines_the_list(agent: ShoppingAgent) -> None:
    _, black = talk(agent, "tote bags", "do any come in black")
    assert ids(black) == ["TOTE3"]


def test_a_new_budget_in_plain_words_refines_the_list(agent: ShoppingAgent) -> None:
    first, wider = talk(agent, "jackets under 100", "ok I could stretch to 200")
    assert ids(first) == ["JKT1"]
    assert set(ids(wider)) == {"JKT1", "JKT2"}


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("under $50", (None, 5000)),
        ("nothing over 150", (None, 15000)),
        ("between 20 and 40", (2000, 4000)),
        ("ok what about under 100 then?", (None, 10000)),
        ("actually i can go up to 160", (None, 16000)),
        ("more than 40", (4000, None)),
        ("budget is 50", (None, 5000)),
        ("add 3 of the first one in size 10", (None, None)),
        ("make it 2", (None, None)),
    ],
)
def test_the_agent_reads_prices_with_the_catalog_parser(
    text: str, bounds: tuple[int | None, int | None]
) -> None:
    assert price_bounds(text, "USD") == bounds


@pytest.mark.parametrize(
    "message",
    [
        "could you get me a duffel bag that fits a weekend away?",
        "can you find me a duffel bag? i'll take one in black",
    ],
)
def test_a_reference_with_nothing_shown_yet_searches_the_kind_it_names(
    agent: ShoppingAgent, message: str
) -> None:
    """A first message that says "one"/"it" has nothing to point at: it is a search."""
    (turn,) = talk(agent, message)
    assert "Which one do you mean" not in turn.reply
    assert set(ids(turn)) & DUFFELS


@pytest.mark.parametrize("message", ["is it waterproof?", "add it", "tell me about the second one"])
def test_a_first_reference_naming_no_kind_still_asks_which(
    agent: ShoppingAgent, message: str
) -> None:
    """Searching the words would answer "we don't carry waterproof": asking which (or, for a
    place in a list, saying no list was shown yet) is right."""
    (turn,) = talk(agent, message)
    asks = "Which one do you mean" in turn.reply or "no list to pick from" in turn.reply
    assert asks and not turn.products, turn.reply


@pytest.mark.parametrize(
    "message",
    [
        "got any cat food? the dry kind if possible",
        "do you guys sell cat food? big bag, it's for two cats",
        "need 2 snow tyres 195/65 R15 for my hatchback",
    ],
)
def test_a_chatty_short_request_for_a_kind_not_sold_is_refused(
    agent: ShoppingAgent, message: str
) -> None:
    """The asking words ("do you guys sell", "if possible") and a tyre code do not make a
    request long and detailed: the kind decides, and food storage boxes are no cat food."""
    (turn,) = talk(agent, message)
    assert "don't carry" in turn.reply
    assert "BOX1" not in ids(turn) and "CHG1" not in ids(turn)


def test_a_chatty_short_request_for_a_kind_sold_is_searched(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "do you guys sell duffel bags? a big one if possible")
    assert "don't carry" not in turn.reply and set(ids(turn)[:2]) == DUFFELS


def test_a_material_ruled_out_does_not_name_a_product(agent: ShoppingAgent) -> None:
    """ "no leather" after a question mark is no question about the Leather Carryall Tote Bag."""
    (turn,) = talk(agent, "a vegan tote? so no leather and no suede")
    assert ids(turn) and not {"TOTE1", "TOTE4"} & set(ids(turn))
    assert all(i.startswith("TOTE") for i in ids(turn))
