"""A small catalog for orders said with counts and recipients, and edits by who a line is for."""

from __future__ import annotations

from catalog.model import Product
from tests.agent.shop import acme_product


def _product(pid: str, title: str, category: list[str], options: list[dict[str, str]]) -> Product:
    return acme_product(
        pid, title, category, options=options, stock=40, brand=None, description="", first_id=0
    )


ORDER_PRODUCTS = [
    _product(
        "BELT1", "Harness Leather Belt", ["Accessories", "Belts"],
        [{"color": c, "size": s} for c in ["tan", "black"] for s in ["32", "34", "36", "38"]],
    ),
    _product(
        "SOCK1", "Alpaca Trek Socks", ["Apparel", "Socks"],
        [{"color": c, "size": s} for c in ["cream", "rust"] for s in ["S", "M", "L"]],
    ),
    _product(
        "TEE1", "Harbor Slub Tee", ["Apparel", "T-Shirts"],
        [{"color": c, "size": s} for c in ["navy", "sage"] for s in ["S", "M", "L", "XL"]],
    ),
    _product(
        "CAP1", "Washed Twill Cap", ["Apparel", "Hats"], [{"color": "navy"}, {"color": "olive"}]
    ),
    _product(
        "BALM1", "Rosehip Lip Balm", ["Beauty", "Lip Care"],
        [{"color": "plum"}, {"color": "coral"}],
    ),
    _product(
        "BALM2", "Shea Butter Lip Balm", ["Beauty", "Lip Care"],
        [{"color": "red"}, {"color": "coral"}],
    ),
    _product("KNIFE1", "Nakiri 6in Knife", ["Kitchen", "Knives"], [{}]),
    _product("TEA1", "Assam Breakfast Tea", ["Grocery", "Tea"], [{}]),
    _product("CEREAL1", "Maple Pecan Clusters Cereal", ["Grocery", "Cereal"], [{}]),
    _product(
        "MUG1", "Glazed Camp Mug", ["Home", "Mugs"],
        [{"color": c, "capacity": v} for c in ["sky blue", "cream"] for v in ["12 oz", "16 oz"]],
    ),
]  # fmt: skip
