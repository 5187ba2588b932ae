"""Convert τ-bench's retail catalog into our JSON Lines: `python -m bench.tau_retail OUT.jsonl`.

The source stays in the shared benchmarks folder; only the converted file is written, where asked.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from aisle.money import Money
from bench import SHARED_BENCHMARKS
from catalog.model import Product, Variant

DEFAULT_SOURCE = SHARED_BENCHMARKS / "tau_retail" / "products.json"


def convert(products_json: Path) -> Iterator[Product]:
    """One Product per τ-bench product type; its items become variants with their options."""
    catalog: dict[str, dict[str, Any]] = json.loads(Path(products_json).read_text())
    for product_id, entry in catalog.items():
        yield Product(
            id=str(entry.get("product_id", product_id)),
            title=entry["name"],
            category=[entry["name"]],
            variants=[_variant(item) for item in entry["variants"].values()],
        )


def _variant(item: dict[str, Any]) -> Variant:
    options = {str(name).lower(): str(value) for name, value in item["options"].items()}
    return Variant(
        id=str(item["item_id"]),
        title=" / ".join(options.values()) or None,
        options=options,
        price=Money.from_decimal(str(item["price"]), "USD"),
        available=bool(item["available"]),
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path, help="JSON Lines file to write")
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="τ-bench products.json")
    args = parser.parse_args(argv)
    count = 0
    with args.out.open("w", encoding="utf-8") as handle:
        for product in convert(args.source):
            handle.write(product.model_dump_json() + "\n")
            count += 1
    print(f"wrote {count} products to {args.out}")


if __name__ == "__main__":
    main()
