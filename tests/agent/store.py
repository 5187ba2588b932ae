"""A small general store for dialogue tests: totes, jackets, shoes, socks, tees, coffee, more."""

from __future__ import annotations

from typing import Any

from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.shop import acme_product


def _usd(dollars: float) -> Money:
    return Money.from_decimal(str(dollars), "USD")


def _one(
    pid: str, title: str, dollars: float, category: list[str], *, brand: str, description: str,
    attributes: dict[str, str] | None = None, color: str | None = None,
) -> Product:  # fmt: skip
    return acme_product(
        pid, title, category, dollars, colors=[color] if color else [], stock=10, brand=brand,
        description=description, attributes=attributes,
    )  # fmt: skip


def single_colour(pid: str, title: str, dollars: int, category: list[str], color: str) -> Product:
    """One product in one colour, 5 in stock: what a test adds beside the store's own."""
    return acme_product(pid, title, category, dollars, colors=[color], brand=None, description="")


def plain_product(pid: str, title: str, category: list[str], dollars: str) -> Product:
    """One product of no colour, size or brand, 20 in stock: a module's catalog by kind alone."""
    return acme_product(
        pid, title, category, dollars, colors=[], stock=20, brand=None, description=""
    )


def item(
    pid: str,
    title: str,
    price: float,
    category: list[str],
    colors: dict[str, dict[str, int]] | None = None,
    **attributes: str,
) -> Product:
    """An Acme product whose variants are colour -> size -> stock (one black, 5 in stock, by
    default; size "" for none): for a module's own catalog of few fields."""
    stock = colors or {"black": {"": 5}}
    variants = [
        Variant(
            id=f"{pid}-{color[:3]}-{size or 'one'}",
            options={"color": color, **({"size": size} if size else {})},
            price=_usd(price),
            stock=count,
        )
        for color, sizes in stock.items()
        for size, count in sizes.items()
    ]
    return Product(
        id=pid,
        title=title,
        brand="Acme",
        category=category,
        attributes=attributes,
        description=f"The {title}.",
        variants=variants,
    )


def _grid(
    pid: str, title: str, dollars: float, category: list[str], stock: dict[tuple[str, str], int],
    **extra: Any,
) -> Product:  # fmt: skip
    variants = [
        Variant(
            id=f"{pid}-{color.upper()}-{size}",
            options={"color": color, "size": size},
            price=_usd(dollars),
            stock=count,
        )
        for (color, size), count in stock.items()
    ]
    return Product(id=pid, title=title, category=category, variants=variants, **extra)


def store_products() -> list[Product]:
    totes = ["Bags", "Totes"]
    return [
        _one("TOTE1", "Leather Carryall Tote Bag", 120, totes, brand="Hidebound",
             attributes={"material": "full-grain leather"}, color="brown",
             description="A roomy leather tote for work."),
        _one("TOTE2", "Market Canvas Tote Bag", 35, totes, brand="Loomhouse",
             attributes={"material": "organic cotton canvas"}, color="natural",
             description="A sturdy canvas tote for the market."),
        _one("TOTE3", "Foldaway Nylon Tote Bag", 28, totes, brand="Packwell",
             attributes={"material": "recycled nylon"}, color="black",
             description="A tote that folds into its own pocket."),
        _one("TOTE4", "Suede Weekend Tote Bag", 95, totes, brand="Hidebound",
             attributes={"material": "suede"}, color="tan",
             description="A soft suede tote for weekends away."),
        _grid("JKT1", "Stormline Rain Jacket", 89, ["Apparel", "Outerwear", "Jackets"],
              {("mustard", "S"): 3, ("mustard", "M"): 0, ("navy", "M"): 4, ("navy", "L"): 2},
              brand="Northpine",
              attributes={"material": "recycled ripstop nylon", "waterproof": "no"},
              description="A light shell with a water-resistant finish and taped seams."),
        _grid("JKT2", "Summit Shell Jacket", 180, ["Apparel", "Outerwear", "Jackets"],
              {("red", "M"): 3, ("black", "L"): 3}, brand="Northpine",
              attributes={"material": "3-layer membrane", "waterproof": "yes"},
              description="A fully waterproof shell for mountain storms."),
        _grid("SNK1", "Court Classic Sneaker", 70, ["Footwear", "Sneakers"],
              {("white", "9"): 5, ("off-white", "9"): 5, ("white", "10"): 5, ("black", "10"): 5},
              brand="Stride", description="Leather court sneaker."),
        _grid("SNK2", "Canvas Low Sneaker", 45, ["Footwear", "Sneakers"],
              {("black", "9"): 5, ("orange", "10"): 5}, brand="Stride",
              attributes={"material": "canvas"}, description="Canvas low-top."),
        _grid("RUN1", "Tempo Glide Running Shoe", 110, ["Footwear", "Running Shoes"],
              {("black", "10"): 5, ("blue", "10"): 5, ("orange", "9"): 5}, brand="Pace",
              description="A cushioned daily running shoe."),
        _grid("SOCK1", "Cushioned Crew Socks", 14, ["Apparel", "Socks"],
              {("white", "M"): 20, ("black", "M"): 20}, brand="Loomhouse",
              description="Soft cotton crew socks."),
        _grid("TEE1", "Everyday Crew Tee", 18, ["Apparel", "Tops", "T-Shirts"],
              {("olive", "S"): 5, ("olive", "M"): 5, ("olive", "L"): 5, ("white", "M"): 5,
               ("white", "L"): 5}, brand="Loomhouse",
              attributes={"material": "100% combed cotton"}, description="A soft cotton tee."),
        _one("COF1", "French Roast Whole Bean Coffee", 16, ["Grocery", "Coffee"],
             brand="Roastwell", attributes={"ingredients": "single-origin beans"},
             description="Dark roast with notes of cocoa."),
        _one("COF2", "Breakfast Blend Ground Coffee", 14, ["Grocery", "Coffee"],
             brand="Roastwell", description="A bright, ground breakfast blend."),
        _one("SPK1", "Pocket Bluetooth Speaker", 60, ["Electronics", "Audio", "Speakers"],
             brand="Sonic", description="A small wireless speaker."),
        _one("SPK2", "Boom Party Speaker", 150, ["Electronics", "Audio", "Speakers"],
             brand="Sonic", description="A loud speaker for parties."),
        _one("JUICE1", "Not-From-Concentrate Orange Juice", 5, ["Grocery", "Juice"],
             brand="Grove", description="Fresh orange juice."),
        _one("BAG9", "Check Out Now Backpack", 55, ["Bags", "Backpacks"], brand="Packwell",
             description="A 20 litre everyday backpack.", color="grey"),
    ]  # fmt: skip
