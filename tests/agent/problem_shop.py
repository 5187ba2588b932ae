"""The small stores the problem-first tests talk to: products whose descriptions say what they
fix, and the things the problems are about (coffee gone cold, juice spilt) beside them."""

from __future__ import annotations

from catalog.model import Product
from tests.agent.store import item


def told(product: Product, description: str) -> Product:
    """The product with a description of its own: what the problem reading reads."""
    return product.model_copy(update={"description": description})


def drinks_and_their_vessels() -> list[Product]:
    """A mug that seals and a leakproof bottle, beside the coffee and juice problems are about."""
    return [
        told(
            item("MUG1", "Travel Insulated Mug", 24, ["Home", "Drinkware", "Mugs"]),
            "Made from porcelain with a lid that seals. Designed for morning coffee.",
        ),
        told(
            item("COF1", "Espresso Dark Coffee", 21, ["Grocery", "Coffee"]),
            "Dark roast coffee beans for morning coffee.",
        ),
        told(
            item("BTL1", "Kids Straw Water Bottle", 18, ["Outdoors", "Water Bottles"]),
            "Keeps drinks cold with a leakproof lid. Designed for school.",
        ),
        told(
            item("JUI1", "Cloudy Apple Juice", 5, ["Grocery", "Juice"]),
            "Pressed apple juice for lunch boxes.",
        ),
    ]
