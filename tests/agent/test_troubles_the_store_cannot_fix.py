"""A trouble whose remedy the store does not sell is said plainly: mosquito bites want insect
repellent, not a tent; a car battery that dies wants jumper cables, not a phone charger, through
`ShoppingAgent.chat`."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import talk


@pytest.fixture
def products() -> list[Product]:
    return [
        item("TNT1", "Family Dome Tent", 388, ["Sports & Outdoors", "Camping", "Tents"]),
        item("TNT2", "Ultralight 1P Tent", 310, ["Sports & Outdoors", "Camping", "Tents"]),
        item("CHG1", "Power Bank 10000mAh Charger", 31, ["Electronics", "Chargers & Power"]),
        item("CHG2", "Car Charger 48W Charger", 47, ["Electronics", "Chargers & Power"]),
        item("MUG1", "Speckled Camp Mug", 15, ["Home", "Drinkware", "Mugs"]),
    ]


@pytest.mark.parametrize(
    "said",
    [
        "mosquitoes eat me alive every camping trip. what do you have for that?",
        "car battery keeps dying on me, need jumper cables",
    ],
)
def test_an_unsold_remedy_is_said_plainly(agent: ShoppingAgent, said: str) -> None:
    turn = talk(agent, said)[-1]
    assert "don't carry" in turn.reply, turn.reply
    assert not {"TNT1", "TNT2", "CHG1", "CHG2"} & {p.id for p in turn.products}, turn.reply


def test_a_phone_battery_that_dies_still_wants_a_charger(agent: ShoppingAgent) -> None:
    turn = talk(agent, "my phone battery keeps dying on long hikes")[-1]
    assert "CHG1" in [p.id for p in turn.products], turn.reply
