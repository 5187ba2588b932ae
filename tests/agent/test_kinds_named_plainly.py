"""Kinds named the way shoppers name them, things the store does not sell said plainly, and
what is ruled out or asked about read from the record.

"running shoes" are the Running Shoes (not the trail ones too); "I'd like to look at some mugs
for coffee" and "back to the sandals, anything under 30?" name their kind; a TV, a microwave
"I think it is called", or a protein powder followed by its details are not carried (never
"powder" read as a Power Bank); "no v neck, crew only" wants crew necklines; "r u single" is a
question about the assistant; what follows "I'll type it instead:" is the request; "does it
have a USB port?" is answered from the description.
"""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import ids, kinds, talk


def _products() -> list[Product]:
    road, trail = ["Footwear", "Running Shoes"], ["Footwear", "Trail Running Shoes"]
    mugs, coffee = ["Home", "Mugs"], ["Grocery", "Coffee"]
    sandals, socks = ["Footwear", "Sandals"], ["Apparel", "Socks"]
    tees, power = ["Apparel", "T-Shirts"], ["Electronics", "Chargers & Power"]
    snacks, cereal = ["Grocery", "Snacks"], ["Grocery", "Cereal"]
    kettles, bars = ["Kitchen", "Kettles"], ["Grocery", "Snack Bars"]
    lamp = item("LMP1", "Desk Task Lamp", 80, ["Home", "Lamps"], {"gold": {"": 5}})
    lamp.description = "A desk lamp with a USB-C charging port. Designed for reading."
    return [
        item("RUN1", "Tempo Road Running Shoe", 90, road, {"orange": {"8": 5}}),
        item("RUN2", "Pacer Road Running Shoe", 95, road, {"black": {"8": 5}}),
        item("TRL1", "Scree Trail Running Shoe", 89, trail, {"navy": {"8": 5}}),
        item("MUG1", "Stoneware Diner Mug", 18, mugs),
        item("MUG2", "Enamel Camp Mug", 15, mugs),
        item("COF1", "Espresso Dark Coffee", 21, coffee),
        item("COF2", "Breakfast Blend Coffee", 19, coffee),
        item("SAN1", "Recovery Slide Sandal", 26, sandals),
        item("SAN2", "River Strap Sandal", 52, sandals),
        item("SOK1", "Cushioned Crew Socks", 23, socks),
        item("SOK2", "Wool Boot Socks", 27, socks),
        item("TEE1", "Everyday Crew Tee", 18, tees, neckline="v-neck"),
        item("TEE2", "Pima Crew Tee", 14, tees, neckline="crew"),
        item("TEE3", "Slub V-Neck Tee", 16, tees, neckline="crew"),
        item("TEE4", "Ringer Tee", 15, tees, neckline="v-neck"),
        item("TEE5", "Organic Tee", 21, tees, neckline="crew"),
        item("PWR1", "Power Bank 10000mAh Charger", 40, power),
        item("CHP1", "Garden Veggie Crisps Chips", 3, snacks),
        item("CHP2", "Salt Vinegar Kettle Chips", 4, snacks),
        item("CHP3", "Sea Salt Kettle Chips", 4, snacks),
        item("CER1", "Maple Pecan Crisp Cereal", 7, cereal),
        item("KET1", "Glass Electric Kettle", 138, kettles),
        item("KET2", "Stovetop Whistling Kettle", 73, kettles),
        item("BAR1", "Protein Peanut Crunch Granola Bars", 3, bars),
        item("BAR2", "Dark Chocolate Granola Bars", 6, bars),
        lamp,
    ]


@pytest.fixture
def products() -> list[Product]:
    return _products()


def test_a_kind_named_whole_is_not_padded_with_a_longer_kind(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "running shoes not black, under 100")
    assert ids(turn) == ["RUN1"]  # not the trail running shoe, not the black pair


def test_running_trainers_are_running_shoes(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "running trainers, size 8, but not black please")
    assert ids(turn) == ["RUN1"]


def test_a_kind_to_look_at_is_that_kind(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "I would like to look at some mugs for coffee")
    assert kinds(turn) == {"MUG"}


def test_back_to_a_kind_after_an_aside_with_a_budget(agent: ShoppingAgent) -> None:
    *_, turn = talk(
        agent,
        "looking at sandals for the beach",
        "random q, what's the capital of Australia?",
        "anyway, back to the sandals, anything under 30 quid?",
    )
    assert ids(turn) == ["SAN1"]  # no socks under 30


def test_a_tv_is_not_carried(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "we need a 55 inch TV for the office break room")
    assert "don't carry tv" in turn.reply.lower()
    assert "TV" in turn.reply


def test_a_thing_described_then_named_is_asked_for(agent: ShoppingAgent) -> None:
    (turn,) = talk(
        agent,
        "the box that heats food up quickly with the door and the turntable inside, "
        "a microwave I think it is called",
    )
    assert "don't carry microwave" in turn.reply.lower()


def test_a_kind_followed_by_its_details_is_judged_by_the_kind(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "vegan protein powder, chocolate flavour, big tub")
    assert "don't carry" in turn.reply.lower()
    assert not turn.products


def test_an_english_word_is_no_misspelt_catalog_word(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "whey protein powder")
    assert "don't carry" in turn.reply.lower()  # "powder" is not the Power Bank's "power"


def test_one_neckline_ruled_out_and_another_wanted(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "tee but no v neck, crew only")
    assert turn.products and set(ids(turn)) <= {"TEE2", "TEE3", "TEE5"}


def test_a_value_named_with_its_attribute_word(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "looking for a tee, no v-necks, crew neck please")
    assert turn.products and set(ids(turn)) <= {"TEE2", "TEE3", "TEE5"}


def test_crisps_are_the_crisps_not_a_crisp_cereal(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "crisps for a party, but nothing vinegary")
    assert turn.products and kinds(turn) == {"CHP"}
    assert "CHP2" not in ids(turn)


@pytest.mark.parametrize(
    "message", ["r u single tho 😳", "lol jk. how old even are u", "wanna go on a date with me?"]
)
def test_personal_questions_are_about_the_assistant(agent: ShoppingAgent, message: str) -> None:
    (turn,) = talk(agent, message)
    assert not turn.products
    assert "assistant" in turn.reply


def test_what_is_typed_instead_is_the_request(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "It didn't work. I'll type it instead: a glass electric kettle")
    assert turn.products and kinds(turn) == {"KET"}


def test_a_short_part_name_is_asked_about(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "what's the Desk Task Lamp like? does it have a USB port for my phone?")
    assert turn.reply.startswith("Yes"), turn.reply
    assert "USB" in turn.reply
