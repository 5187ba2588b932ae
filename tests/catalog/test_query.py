"""Query understanding: what a shopper types becomes filters, an order and the text to match."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from bench import SHARED_BENCHMARKS
from catalog.colour_names import ColourNames
from catalog.kind_words import kind_words
from catalog.query import ParsedQuery, Vocabulary, parse_query, strip_price_clause

GOALS = SHARED_BENCHMARKS / "chatshop" / "goals_dev.jsonl"

APPAREL = Vocabulary(
    colors=frozenset({"red", "blue", "black", "green", "gray", "gold"}),
    sizes=frozenset(
        {"8", "9", "10", "10.5", "11", "40", "S", "M", "L", "XL", "XXL", "XXXL", "30", "32", "34"}
    ),
    brands=frozenset({"Northpeak", "Nike", "Black & Decker", "Levi's", "Trail Co"}),
    categories=frozenset({"Running Shoes", "Hoodies", "Home & Kitchen", "Headphones", "Jeans"}),
)
PLAIN_FEED = Vocabulary()  # a Merchant feed without colour or size options


def parse(text: str, vocabulary: Vocabulary = APPAREL) -> ParsedQuery:
    return parse_query(text, vocabulary)


# --- the three queries from the issue ---------------------------------------------------------


def test_colour_size_and_price_in_one_query() -> None:
    parsed = parse("red running shoes under $80 in size 10")

    assert parsed.text == "red running shoes"
    assert parsed.filters.colors == ["red"]
    assert parsed.filters.sizes == ["10"]
    assert parsed.filters.price_max == 8000
    assert parsed.filters.price_min is None


def test_between_two_amounts_is_a_range() -> None:
    filters = parse("between 20 and 40 dollars").filters

    assert (filters.price_min, filters.price_max) == (2000, 4000)


def test_price_clause_and_its_glue_leave_the_text() -> None:
    parsed = parse(
        "i need a long clip-in hair extension which is natural looking, "
        "and price lower than 20.00 dollars"
    )

    assert parsed.filters.price_max == 2000
    assert parsed.text == "long clip-in hair extension which is natural looking"


# --- price ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "price_min", "price_max", "text"),
    [
        ("hoodie under $80", None, 8000, "hoodie"),
        ("boots below 80 dollars", None, 8000, "boots"),
        ("socks less than 20", None, 2000, "socks"),
        ("tee no more than $50", None, 5000, "tee"),
        ("warm jacket, nothing over 150", None, 15000, "warm jacket"),
        ("boots nothing above 80 dollars", None, 8000, "boots"),
        ("max $40 hat", None, 4000, "hat"),
        ("speaker up to 100 usd", None, 10000, "speaker"),
        ("jeans for under 80", None, 8000, "jeans"),
        ("a lamp $50 or less", None, 5000, "lamp"),
        ("my budget is $60 for a jacket", None, 6000, "jacket"),
        ("laptop under $1,299.99", None, 129999, "laptop"),
        ("$20-$40 gift", 2000, 4000, "gift"),
        ("mug 20 to 40 dollars", 2000, 4000, "mug"),
        ("from $25 to $40 candles", 2500, 4000, "candles"),
        ("coat over $100", 10000, None, "coat"),
        ("watch more than 50 dollars", 5000, None, "watch"),
        ("rug at least $30", 3000, None, "rug"),
        ("vase from $25", 2500, None, "vase"),
        ("something for my kitchen around $30", 2400, 3600, "something for my kitchen"),
        ("wallet about 30 dollars", 2400, 3600, "wallet"),
        ("mug, around $50 max", None, 5000, "mug"),
        ("scarf about $40 or less", None, 4000, "scarf"),
        ("totes ~$60 each max", None, 6000, "totes"),
        ("gloves $25 apiece tops", None, 2500, "gloves"),
        ("mugs, 15 dollars per person max", None, 1500, "mugs"),
        ("over $20 and under $50 sneakers", 2000, 5000, "sneakers"),
        ("sunglasses, budget tops out at $120", None, 12000, "sunglasses"),
        ("a rain jacket that maxes out at 90 dollars", None, 9000, "rain jacket"),
        ("watches, my limit is 130", None, 13000, "watches"),
        ("mugs with a spending limit of 25", None, 2500, "mugs"),
        ("yoga mat, $35 budget", None, 3500, "yoga mat"),
        ("a lamp, 50 dollar limit", None, 5000, "lamp"),
    ],
)
def test_price_phrases_become_bounds(
    query: str, price_min: int | None, price_max: int | None, text: str
) -> None:
    parsed = parse(query)

    assert (parsed.filters.price_min, parsed.filters.price_max) == (price_min, price_max)
    assert parsed.text == text


@pytest.mark.parametrize(
    ("query", "kind"),
    [
        ("a hoodie, i've only got $60 for it", "hoodie"),
        ("yoga mat. my whole budget for this is $40", "yoga mat"),
        ("got 70 dollars left, any headphones", "headphones"),
        ("sneakers, my limit is 50 dollars", "sneakers"),
        ("we've just got 45 quid for a kettle", "kettle"),
        ("a lamp, our total budget for everything is $90", "lamp"),
    ],
)
def test_money_the_shopper_has_or_limits_to_is_a_ceiling(query: str, kind: str) -> None:
    """A sum said as what one has, or as a whole budget or limit, is the most they will pay."""
    parsed = parse(query)

    assert parsed.filters.price_max is not None
    assert parsed.filters.price_min is None
    assert kind in parsed.text
    assert not re.search(r"\d|budget|limit|got", parsed.text)


@pytest.mark.parametrize("query", ["got 2 kids who need rain boots", "i've only got size 10 feet"])
def test_a_count_one_has_is_no_budget(query: str) -> None:
    parsed = parse(query)

    assert (parsed.filters.price_min, parsed.filters.price_max) == (None, None)


def test_price_is_read_in_the_catalog_currency() -> None:
    yen = Vocabulary(currency="JPY")

    assert parse_query("tea set under ¥5000", yen).filters.price_max == 5000
    assert parse_query("tea set under $25.50", Vocabulary(currency="EUR")).filters.price_max == 2550


@pytest.mark.parametrize(
    "query",
    [
        "i need gluten free vegetarian smoked peppered bacon - 4 ounce (pack of 2)",
        'find me a high speed dual style package with 12" power amplifier car subwoofer',
        "hair treatment in a bottle with 60 capsules",
        "running shoes size 10",
        "dumbbells less than 5 pounds",
        "tent for up to 20 people",
        "nike air max 90",
        "a 12 inch skillet",
        "100x45x45cm ottoman bench",
        "board game with an age limit 12",
    ],
)
def test_sizes_quantities_and_model_numbers_are_not_prices(query: str) -> None:
    parsed = parse_query(query, PLAIN_FEED)

    assert parsed.filters.price_min is None
    assert parsed.filters.price_max is None
    assert re.sub(r"\s+", " ", query).endswith(parsed.text)


@pytest.mark.parametrize("query", ["cheap running shoes", "budget headphones"])
def test_cheap_sets_no_number_and_stays_in_the_text(query: str) -> None:
    parsed = parse(query)

    assert parsed.filters.is_empty() or parsed.filters.price_max is None
    assert parsed.text == query
    assert parsed.sort == "relevance"


@pytest.mark.parametrize(
    ("query", "sort", "text"),
    [
        ("cheapest wireless headphones", "price_asc", "wireless headphones"),
        ("wireless headphones with the lowest price", "price_asc", "wireless headphones"),
        ("most expensive watch", "price_desc", "watch"),
        ("premium headphones", "relevance", "premium headphones"),
    ],
)
def test_price_order_words_set_the_sort(query: str, sort: str, text: str) -> None:
    parsed = parse(query)

    assert parsed.sort == sort
    assert parsed.text == text


def test_strip_price_clause_removes_only_the_price() -> None:
    assert strip_price_clause("red size 10 shoes, and price lower than 20.00 dollars") == (
        "red size 10 shoes"
    )
    assert strip_price_clause("i need red shoes") == "i need red shoes"


# --- colour -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "colors"),
    [
        ("navy hoodie", ["blue"]),
        ("charcoal grey jeans", ["gray"]),
        ("red or black sneakers", ["red", "black"]),
        ("hoodie in olive", ["green"]),
        ("olive oil", []),
        ("black or olive backpacks", ["black", "green"]),  # a shade beside a plain colour
        ("olive & navy caps", ["green", "blue"]),
        ("olive oil and black pepper", ["black"]),
        ("mint and sage tea", []),  # two shades that may be flavours say nothing of each other
        ("gold plated hdmi cable", []),
        ("purple scarf", []),  # the catalog has no purple
        ("not red shoes", []),
        ("running shoes, no red", []),
        ("black & decker drill", []),  # a brand, not a colour
    ],
)
def test_colour_words_filter_by_family_and_stay_in_text(query: str, colors: list[str]) -> None:
    parsed = parse(query)

    assert parsed.filters.colors == colors
    assert parsed.text == query


@pytest.mark.parametrize("query", ["green tea", "Green Teas please", "a green-tea"])
def test_a_colour_that_names_a_product_is_no_colour_filter(query: str) -> None:
    teas = Vocabulary(colors=APPAREL.colors, colour_names=frozenset({"green tea"}))

    assert parse_query(query, teas).filters.colors == []
    assert parse_query("green hoodie", teas).filters.colors == ["green"]
    assert parse_query("olive green tee", teas).filters.colors == ["green"]


@pytest.mark.parametrize("query", ["earl grey tea", "Earl-Grey tea bags", "some earl grey"])
def test_a_colour_after_a_word_of_a_products_name_is_no_colour_filter(query: str) -> None:
    names = ColourNames()
    names.add(["Earl Grey Lavender Tea", "Tea"], [])
    names.add(["Heather Grey Hoodie in Grey"], ["gray"])
    teas = Vocabulary(colors=APPAREL.colors, colour_names=names.phrases())

    assert parse_query(query, teas).filters.colors == []
    assert parse_query("grey hoodie", teas).filters.colors == ["gray"]
    assert parse_query("a hoodie in grey", teas).filters.colors == ["gray"]
    assert parse_query("heather grey hoodie", teas).filters.colors == ["gray"]


def test_catalog_without_colours_gets_no_colour_filter() -> None:
    parsed = parse_query("red running shoes", PLAIN_FEED)

    assert parsed.filters.colors == []
    assert parsed.text == "red running shoes"


# --- size -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "sizes", "text"),
    [
        ("nike hoodie size M", ["M"], "nike hoodie"),
        ("hoodie in a medium", ["M"], "hoodie"),
        ("a hoodie in M", ["M"], "hoodie"),
        ("trail shoes size 10.5", ["10.5"], "trail shoes"),
        ("black tee XL", ["XL"], "black tee"),
        ("fleece in extra large", ["XL"], "fleece"),
        ("shorts, size: small", ["S"], "shorts"),
        ("jeans waist 32", ["32"], "jeans"),
        ("W32 L30 jeans", ["32"], "jeans"),
        ("a 3x-large sweatshirt", ["XXXL"], "sweatshirt"),
        ("bodysuit, size xx large", ["XXL"], "bodysuit"),
        ("laundry bags that should be medium sized", ["M"], "laundry bags"),
        ("powder foundation in a medium color", [], "powder foundation in a medium color"),
        ("ottoman bench size 40*40*43cm", [], "ottoman bench size 40*40*43cm"),
        ("12 x large storage bins", [], "12 x large storage bins"),
        # The catalog has no size 7: a number said as a size is kept all the same, so the
        # search says none comes in it instead of listing other sizes silently (fixsearch13)
        ("size 7 sandals", ["7"], "sandals"),
        ("large capacity water bottle", [], "large capacity water bottle"),
        ("12 inch subwoofer", [], "12 inch subwoofer"),
    ],
)
def test_size_phrases_filter_on_stocked_sizes_and_numbers_said_as_sizes(
    query: str, sizes: list[str], text: str
) -> None:
    parsed = parse(query)

    assert parsed.filters.sizes == sizes
    assert parsed.text == text


def test_size_without_size_vocabulary_stays_text() -> None:
    parsed = parse_query("running shoes size 10", PLAIN_FEED)

    assert parsed.filters.sizes == []
    assert parsed.text == "running shoes size 10"


def test_size_matches_the_stored_spelling() -> None:
    stored_long = Vocabulary(sizes=frozenset({"Medium", "X-Large"}))

    assert parse_query("hoodie size M", stored_long).filters.sizes == ["Medium"]
    assert parse_query("hoodie xl", stored_long).filters.sizes == ["X-Large"]


# --- brand, category, stock -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "brands"),
    [
        ("hoodie by Northpeak", ["Northpeak"]),
        ("northpeak hoodie", ["Northpeak"]),
        ("levis jeans", ["Levi's"]),
        ("trail co backpack", ["Trail Co"]),
        ("trail running backpack", []),
    ],
)
def test_brands_filter_as_stored_and_stay_in_text(query: str, brands: list[str]) -> None:
    parsed = parse(query)

    assert parsed.filters.brands == brands
    assert parsed.text == query


# "Apple" and "Coach" are brands here, and other brands' titles also use them as plain words.
EVERYDAY_BRANDS = Vocabulary(
    colors=frozenset({"gray", "black"}),
    brands=frozenset({"Apple", "Coach", "Nike"}),
    ambiguous_brands=frozenset({"Apple", "Coach"}),
)


@pytest.mark.parametrize(
    ("query", "hints"),
    [
        ("apple juice", ["Apple"]),
        ("organic apple and pear juice", ["Apple"]),
        ("juice made from apple", ["Apple"]),
        ("black coach jacket", ["Coach"]),
    ],
)
def test_a_brand_that_is_also_an_everyday_word_only_hints(query: str, hints: list[str]) -> None:
    parsed = parse(query, EVERYDAY_BRANDS)

    assert parsed.filters.brands == []
    assert parsed.brand_hints == hints
    assert parsed.text == query


@pytest.mark.parametrize(
    "query",
    [
        "something by Apple",
        "chargers from apple",
        "laptop made by Apple",
        "Apple brand charger",
        "apple-branded cable",
        "brand: Apple",
    ],
)
def test_saying_it_is_the_brand_makes_an_everyday_word_a_filter(query: str) -> None:
    parsed = parse(query, EVERYDAY_BRANDS)

    assert parsed.filters.brands == ["Apple"]
    assert parsed.brand_hints == []
    assert parsed.text == query


def test_a_brand_that_is_no_everyday_word_still_filters_beside_one() -> None:
    parsed = parse("nike coach jacket in grey", EVERYDAY_BRANDS)

    assert parsed.filters.brands == ["Nike"]
    assert parsed.brand_hints == ["Coach"]
    assert parsed.filters.colors == ["gray"]


def test_a_brand_both_hinted_and_marked_is_a_filter_only() -> None:
    parsed = parse("coach bag by Coach", EVERYDAY_BRANDS)

    assert parsed.filters.brands == ["Coach"]
    assert parsed.brand_hints == []


@pytest.mark.parametrize(
    ("query", "hints"),
    [
        ("red running shoe", ["Running Shoes"]),
        ("zip hoodie", ["Hoodies"]),
        ("something for my kitchen", ["Home & Kitchen"]),
        ("wireless earbuds", []),
    ],
)
def test_categories_are_soft_hints_only(query: str, hints: list[str]) -> None:
    parsed = parse(query)

    assert parsed.category_hints == hints
    assert parsed.filters.categories == []
    assert parsed.text == query


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("running shoes in stock", "running shoes"),
        ("hoodies that are available now", "hoodies"),
        ("headphones that ships today", "headphones"),
        ("do u have any yoga mats left in plum", "do u have any yoga mats in plum"),
        ("got any hoodies still left?", "got any hoodies"),
    ],
)
def test_stock_words_require_stock_and_leave_the_text(query: str, text: str) -> None:
    parsed = parse(query)

    assert parsed.filters.in_stock is True
    assert parsed.text == text


def test_out_of_stock_is_not_a_stock_filter() -> None:
    assert parse("notify me when hoodies are not in stock").filters.in_stock is False


@pytest.mark.parametrize("query", ["got any left-handed scissors", "any gloves for the left hand"])
def test_left_as_a_side_is_no_stock_word(query: str) -> None:
    assert parse(query).filters.in_stock is False


# --- text -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("i'm looking for a waterproof jacket", "waterproof jacket"),
        ("can you show me some blue shoes please?", "blue shoes"),
        ("find me a gift", "gift"),
        ("i need", "i need"),
        ("I am looking for Northpeak hoodies", "Northpeak hoodies"),
        ("ok just show me hoodies then", "hoodies"),  # "show" must not find No-Show socks
        ("actually show me pillows instead", "pillows"),
    ],
)
def test_conversational_openings_are_trimmed(query: str, text: str) -> None:
    assert parse(query).text == text


def test_original_is_kept_verbatim() -> None:
    query = "  Red Running Shoes UNDER $80  "
    parsed = parse(query)

    assert parsed.original == query
    assert parsed.text == "Red Running Shoes"
    assert parsed.filters.price_max == 8000


# --- the benchmark's instructions ---------------------------------------------------------------


def _goals() -> list[dict[str, object]]:
    if not GOALS.exists():
        pytest.skip(f"benchmark goals not found at {GOALS}")
    return [json.loads(line) for line in GOALS.read_text().splitlines() if line.strip()]


def test_benchmark_price_ceilings_are_read_exactly() -> None:
    goals = [g for g in _goals() if "price lower than" in str(g["instruction"])]
    assert goals

    for goal in goals:
        instruction = str(goal["instruction"])
        expected = round(float(goal["price_upper"]) * 100)  # type: ignore[arg-type]
        assert parse_query(instruction).filters.price_max == expected, instruction
        assert not re.search(r"\b(?:price|dollars?)\b", strip_price_clause(instruction)), (
            instruction
        )


def test_benchmark_instructions_without_price_get_no_price() -> None:
    goals = [g for g in _goals() if "price lower than" not in str(g["instruction"])]

    for goal in goals:
        filters = parse_query(str(goal["instruction"])).filters
        assert (filters.price_min, filters.price_max) == (None, None), goal["instruction"]


# --- robustness -------------------------------------------------------------------------------

_WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz ,.'-", max_size=40)
_PRICE_PHRASES = ["under ${n}", "below {n} dollars", "less than {n} usd", "no more than ${n}"]


@settings(max_examples=200, deadline=None)
@given(
    before=_WORDS,
    after=_WORDS,
    template=st.sampled_from(_PRICE_PHRASES),
    dollars=st.integers(min_value=1, max_value=100_000),
)
def test_price_phrase_is_always_read_and_removed(
    before: str, after: str, template: str, dollars: int
) -> None:
    phrase = template.format(n=dollars)
    # "no less than $5" / "not below 5 dollars" is a floor, rightly: a generated prefix that
    # ends in a negation changes what the phrase means (Hypothesis found "no less than 1 usd").
    assume(not re.search(r"\b(no|not)\W*$", before))
    query = f"{before} {phrase} {after}"

    parsed = parse(query)

    assert parsed.filters.price_max == dollars * 100
    assert phrase not in parsed.text
    assert phrase not in strip_price_clause(query)


@settings(max_examples=300, deadline=None)
@given(query=st.text(max_size=200))
@example(query="TSHIRT")
def test_any_text_parses_without_error(query: str) -> None:
    parsed = parse(query)

    assert parsed.original == query
    # Parsing removes clauses and may rewrite a shopper's kind word to the plain one
    # ("TSHIRT" -> "t-shirt", Hypothesis found it): it grows by at most one rewrite a word.
    growth = max(len(plain) - len(said) for said, plain in kind_words().items())
    assert len(parsed.text) <= len(query) + growth * len(re.findall(r"\w+", query))


def test_vocabulary_accepts_plain_sets() -> None:
    vocabulary = Vocabulary(colors={"red"}, sizes={"M"})  # type: ignore[arg-type]

    assert parse_query("red tee size M", vocabulary).filters.sizes == ["M"]


def test_bare_numbers_are_prices_only_in_conversation_mode() -> None:
    """A query keeps "a tent for up to 4 people" a tent; a reply to a shown list reads "over 100"
    and "ok I could stretch to 200" as prices (the agent's slots call this with bare=True)."""
    from catalog.query_price import find_price_clauses, price_bounds

    assert find_price_clauses("a tent for up to 4 people") == []
    assert find_price_clauses("over 100") == []
    assert price_bounds(find_price_clauses("over 100", bare=True), "USD").price_min == 10000
    stretched = price_bounds(find_price_clauses("ok I could stretch to 200", bare=True), "USD")
    assert stretched.price_max == 20000


@pytest.mark.parametrize(
    "said",
    [
        "reef friendly sunscreen that's water resistant for at least 80 minutes?",
        "headphones with over 30 hours of battery",
        "a kettle that boils in under 3 mins",
    ],
)
def test_a_duration_is_never_a_price_even_in_conversation(said: str) -> None:
    from catalog.query_price import find_price_clauses

    assert find_price_clauses(said, bare=True) == []


@pytest.mark.parametrize(
    ("said", "ceiling"),
    [
        ("need a waterproof jacket, 150 max", 15000),
        ("a hoodie 60 tops please", 6000),
        ("tote bag, 40 or less", 4000),
        ("size 10 max", None),  # a size, not a price
        ("pack of 6 max", None),
    ],
)
def test_a_bare_number_with_a_ceiling_word_after_it_is_a_price_in_conversation(
    said: str, ceiling: int | None
) -> None:
    from catalog.query_price import find_price_clauses, price_bounds

    assert price_bounds(find_price_clauses(said, bare=True), "USD").price_max == ceiling
    assert find_price_clauses(said) == []  # a catalog query keeps it a number


@pytest.mark.parametrize(("said", "size"), [("mens 9 running shoes", "9"), ("women's 7.5", "7.5")])
def test_a_shoe_size_said_with_whose_sizing_it_is(said: str, size: str) -> None:
    shoes = Vocabulary(sizes=frozenset({"7.5", "9", "10"}))
    assert parse_query(said, shoes).filters.sizes == [size]
    assert parse_query("mens 2 pack socks", shoes).filters.sizes == []
