"""Kinds described instead of named ("a bag you carry on your back"), a product's name typed in
part ("TEMPO GLIDE", "gooseneck elec"), a requirement said of the thing ("they HAVE to go in the
dishwasher") and an "X-free" the catalog says, through `ShoppingAgent.chat`."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import ids, talk


@pytest.fixture
def products() -> list[Product]:
    bags, hats, mugs = ["Bags", "Backpacks"], ["Accessories", "Hats"], ["Home", "Mugs"]
    care = ["Beauty", "Skin Care"]
    return [
        item("BP1", "Rolltop 28L Backpack", 58, bags),
        item("BP2", "Commuter 22L Backpack", 185, bags),
        item("TB1", "Leather Carryall Tote Bag", 29, ["Bags", "Totes"]),
        item("TB2", "Beach Stripe Tote Bag", 51, ["Bags", "Totes"]),
        item("HT1", "Wool Beanie Hat", 28, hats),
        item("HT2", "Bucket Canvas Hat", 17, hats),
        item("SC1", "Chunky Knit Scarf", 40, ["Accessories", "Scarves"]),
        item("MG1", "Stoneware Diner Mug", 18, mugs, dishwasher_safe="yes"),
        item("MG2", "Speckled Camp Mug", 15, mugs, dishwasher_safe="no"),
        item("MG3", "Handthrown Reactive Mug", 32, mugs, dishwasher_safe="no"),
        item("CB1", "Composite Dishwasher Cutting Board", 60, ["Kitchen", "Cutting Boards"]),
        item("KT1", "Gooseneck Electric Kettle", 110, ["Kitchen", "Kettles"]),
        item("KT2", "Stovetop Whistling Kettle", 73, ["Kitchen", "Kettles"]),
        item("RS1", "Tempo Glide 4 Running Shoe", 93, ["Footwear", "Running Shoes"]),
        item("RS2", "Airstep 2 Running Shoe", 122, ["Footwear", "Running Shoes"]),
        item("MZ1", "Rich Ceramide Moisturizer", 17, care, material="a fragrance-free formula"),
        item("MZ2", "Night Renewal Moisturizer", 31, care, material="a glass jar"),
        item("MZ3", "Barrier Repair Moisturizer", 45, care, material="a fragrance-free formula"),
    ]


def test_a_bag_carried_on_the_back_is_a_backpack_within_the_budget(agent: ShoppingAgent) -> None:
    turn = talk(agent, "a bag you carry on your back with two straps, not more than 70 dollars")[0]
    assert ids(turn) == ["BP1"]


def test_something_warm_for_the_head_is_a_hat(agent: ShoppingAgent) -> None:
    turn = talk(agent, "something warm to put on my head when I walk the dog in the frost")[0]
    assert ids(turn) and set(ids(turn)) <= {"HT1", "HT2"}


def test_a_cup_with_a_handle_for_the_dishwasher_is_a_dishwasher_safe_mug(
    agent: ShoppingAgent,
) -> None:
    turn = talk(agent, "a cup with a handle for my tea, one I can put in the dishwasher please")[0]
    assert ids(turn) == ["MG1"]


def test_a_requirement_said_of_the_items_still_limits_them(agent: ShoppingAgent) -> None:
    said = "mugs for our office, about thirty of them, they HAVE to go in the dishwasher"
    assert ids(talk(agent, said)[0]) == ["MG1"]


@pytest.mark.parametrize(("said", "meant"), [("TEMPO GLIDE", "RS1"), ("gooseneck elec", "KT1")])
def test_a_name_typed_in_part_finds_the_product(
    agent: ShoppingAgent, said: str, meant: str
) -> None:
    turn = talk(agent, said)[0]
    assert meant in ids(turn)[:3]
    assert "carry" not in turn.reply.lower()


def test_an_x_free_the_catalog_says_is_required(agent: ShoppingAgent) -> None:
    turn = talk(agent, "anything scented breaks me out, I need a fragrance free moisturiser")[0]
    assert ids(turn) and set(ids(turn)) <= {"MZ1", "MZ3"}
