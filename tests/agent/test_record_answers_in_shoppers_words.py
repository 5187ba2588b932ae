"""Questions about one product in shoppers' words, answered from its record: what it is really
made of and whether that is vegan, how to wash it, stock said idiomatically, a mug's sizes, a
size's colours, a yes/no attribute confirmed with a tag, a hedge that orders nothing."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.talk import ids, talk


def _item(
    pid: str, title: str, category: list[str], options: list[dict[str, str]], **extra: object
) -> Product:
    price = Money.from_decimal("24.00", "USD")
    variants = [
        Variant(id=f"{pid}-{i}", options=o, price=price, stock=0 if o.get("sold") else 5)
        for i, o in enumerate(options)
    ]
    for v in variants:
        v.options.pop("sold", None)
    return Product(id=pid, title=title, category=category, variants=variants, **extra)  # type: ignore[arg-type]


@pytest.fixture
def products() -> list[Product]:
    return [
        _item("HAT1", "Wool Beanie Hat", ["Accessories", "Hats"], [{"color": "olive"}],
              attributes={"material": "washed cotton twill"}, description="A soft beanie."),
        _item("LIP1", "Honey Sheer Lip Balm", ["Beauty", "Lip Care"], [{"color": "red"}],
              attributes={"material": "shea butter and beeswax"}, description="A tinted balm."),
        _item("TOTE1", "Leather Carryall Tote", ["Bags", "Totes"], [{"color": "tan"}],
              attributes={"material": "jute"}, description="A roomy tote."),
        _item("HOOD1", "French Terry Hoodie", ["Apparel", "Hoodies"],
              [{"color": "cream", "size": "M"}],
              attributes={"material": "brushed cotton fleece"}, description="A warm hoodie."),
        _item("BOOT1", "Trekker WP Boot", ["Footwear", "Boots"], [{"color": "camel", "size": "9"}],
              attributes={"material": "nubuck", "waterproof": "no"}, description="A city boot."),
        _item("MUG1", "Latte Bowl Mug", ["Home", "Mugs"],
              [{"color": "sage", "capacity": "12 oz"}, {"color": "sage", "capacity": "16 oz"}],
              attributes={"material": "glass", "dishwasher_safe": "no"}, description="A mug."),
        _item("TEA1", "Chamomile Night Tea", ["Grocery", "Tea"], [{"sold": "1"}],
              description="A herbal tea."),
        _item("DRESS1", "Wrap Midi Dress", ["Apparel", "Dresses"],
              [{"color": "burgundy", "size": "XL", "sold": "1"},
               {"color": "lavender", "size": "XL"}],
              attributes={"material": "linen"}, description="A midi dress."),
        _item("PAN1", "Cast Iron Pan", ["Kitchen", "Cookware"], [{"color": "red", "size": "8 in"}],
              attributes={"material": "carbon steel"},
              description="The Cast Iron Pan is made from carbon steel."),
        _item("HOOD2", "Ember Pullover Hoodie", ["Apparel", "Hoodies"],
              [{"color": "gray", "size": "M"}],
              attributes={"material": "heavyweight french terry", "fit": "relaxed"},
              description="A pullover hoodie."),
    ]  # fmt: skip


def test_a_material_the_name_claims_is_checked_against_the_record(agent: ShoppingAgent) -> None:
    (hat,) = talk(agent, "is the wool beanie actually wool? im allergic")
    assert "washed cotton twill" in hat.reply and hat.reply.startswith("No")
    (tote,) = talk(agent, "is the Leather Carryall Tote real leather? vegan so I need to know")
    assert "jute" in tote.reply and "not leather" in tote.reply


def test_vegan_is_read_from_what_it_is_made_of(agent: ShoppingAgent) -> None:
    (balm,) = talk(agent, "honey sheer lip balm is it vegan")
    assert "not vegan" in balm.reply and "beeswax" in balm.reply


def test_a_laundry_question_gets_a_care_answer(agent: ShoppingAgent) -> None:
    _, wash = talk(
        agent, "tell me about the French Terry Hoodie", "can I stick it in the wash at 40?"
    )
    assert "doesn't say how to wash" in wash.reply and "brushed cotton fleece" in wash.reply
    assert ids(wash) == ["HOOD1"]


def test_stock_asked_as_having_it_in(agent: ShoppingAgent) -> None:
    (tea,) = talk(agent, "Have you got the Chamomile Night Tea in at the moment?")
    assert "sold out" in tea.reply


def test_sizes_of_a_product_sized_by_capacity(agent: ShoppingAgent) -> None:
    (mug,) = talk(agent, "what sizes does the Latte Bowl Mug come in?")
    assert "12 oz" in mug.reply and "16 oz" in mug.reply


def test_a_size_asked_with_its_colours(agent: ShoppingAgent) -> None:
    (dress,) = talk(agent, "I'm an XL, can I get the Wrap Midi Dress in my size? which colours?")
    assert "lavender" in dress.reply and "sold out in burgundy" in dress.reply


def test_a_tag_question_confirms_an_attribute_of_the_product_discussed(
    agent: ShoppingAgent,
) -> None:
    _, tag = talk(
        agent, "tell me about the Trekker WP Boot", "WP means waterproof, yeah? need them for bogs"
    )
    assert "not waterproof" in tag.reply and ids(tag) == ["BOOT1"]


def test_a_hedge_orders_nothing_and_a_pronoun_names_no_second_product(
    agent: ShoppingAgent,
) -> None:
    (mug,) = talk(agent, "can the Latte Bowl Mug go in the dishwasher or must I wash it by hand")
    assert "not dishwasher safe" in mug.reply and ids(mug) == ["MUG1"]
    _, sure = talk(
        agent,
        "is the Trekker WP Boot waterproof",
        "So they do keep water out? I just want to be certain before I buy.",
    )
    assert sure.cart is None or not sure.cart.lines
    assert "which" not in sure.reply.lower()


def test_a_material_in_the_name_asks_no_laundry_question(agent: ShoppingAgent) -> None:
    (pan,) = talk(agent, "how much is the cast iron pan?")
    assert "24.00" in pan.reply and "wash" not in pan.reply
    assert ids(pan) == ["PAN1"]


def test_what_it_is_made_of_is_answered_with_its_fit(agent: ShoppingAgent) -> None:
    (hoodie,) = talk(
        agent, "what's the ember pullover hoodie made of? and is it a relaxed fit or slim"
    )
    assert "french terry" in hoodie.reply and "relaxed fit" in hoodie.reply
    assert ids(hoodie) == ["HOOD2"]


def test_machine_washable_asks_about_the_product_not_the_assistant(agent: ShoppingAgent) -> None:
    """ "is it machine washable?" once got the answer to "is it a machine?" (agent/asides.py)."""
    _, wash = talk(agent, "tell me about the French Terry Hoodie", "is it machine washable?")
    assert "wash" in wash.reply and "assistant" not in wash.reply.lower()
    assert ids(wash) == ["HOOD1"]
