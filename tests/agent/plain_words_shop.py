"""A small catalog for cart edits, product questions and references in plain words: a tee and
socks in letter sizes, a skillet in inches, backpacks with a capacity, lamps, a speaker."""

from __future__ import annotations

from catalog.model import Product
from tests.agent.shop import acme_product


def _product(
    pid: str, title: str, category: list[str], options: list[dict[str, str]], dollars: str,
    *, description: str = "", attributes: dict[str, str] | None = None,
) -> Product:  # fmt: skip
    return acme_product(
        pid, title, category, dollars, options=options, stock=30, brand=None,
        description=description, attributes=attributes, first_id=0,
    )  # fmt: skip


def _grid(colors: list[str], sizes: list[str]) -> list[dict[str, str]]:
    return [{"color": c, "size": s} for c in colors for s in sizes]


def _colours(*colors: str) -> list[dict[str, str]]:
    return [{"color": c} for c in colors]


PLAIN_WORDS_PRODUCTS = [
    _product(
        "TEE1", "Pima Crew Tee", ["Apparel", "T-Shirts"],
        _grid(["olive", "charcoal"], ["XS", "S", "M", "L", "XL"]), "14",
    ),
    _product(
        "SOCK1", "Cushioned Crew Socks", ["Apparel", "Socks"],
        _grid(["white", "heather gray"], ["S", "M", "L"]), "23",
    ),
    _product(
        "PAN1", "Cast Iron Skillet", ["Kitchen", "Skillets"],
        _grid(["sage"], ["8 in", "10 in", "12 in"]), "50",
    ),
    _product(
        "BAG1", "Rolltop 28L Backpack", ["Bags", "Backpacks"], _colours("navy", "rust"), "58.99",
        attributes={"material": "recycled polyester", "capacity": "28 L"},
    ),
    _product("BAG2", "Campus Classic Backpack", ["Bags", "Backpacks"], _colours("black"), "113"),
    _product(
        "LAMP1", "Task Desk LED Lamp", ["Home", "Lamps"], _colours("gold"), "185",
        description="A desk lamp with a USB-C charging port and three brightness levels.",
    ),
    _product("LAMP2", "Arc Floor Lamp", ["Home", "Lamps"], _colours("charcoal"), "140"),
    _product("LAMP3", "Mushroom Table Lamp", ["Home", "Lamps"], _colours("black"), "240"),
    _product(
        "SPK1", "Bike Mount Speaker", ["Electronics", "Speakers"], _colours("red", "navy"), "40",
    ),
]  # fmt: skip
