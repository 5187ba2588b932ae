"""The catalog's side of commerce: offers (price, stock, availability) kept in step with it."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from catalog.model import Product, StockLevel
from commerce import inventory
from commerce.database import read, write
from commerce.models import Offer
from commerce.service_state import ServiceState


class StockService(ServiceState):
    """Writes the catalog's offers and reads their stock; part of `Commerce`."""

    def sync_catalog(self, products: Iterable[Product]) -> int:
        """Upsert price, stock and availability of every variant; returns variants written."""
        rows = inventory.offer_rows(products, self.clock())
        with write(self.engine) as conn:
            return inventory.upsert_offers(conn, rows)

    def retire_products(self, product_ids: Sequence[str]) -> None:
        """Products removed from the catalog can no longer be bought."""
        with write(self.engine) as conn:
            inventory.retire_offers(conn, product_ids, self.clock())

    def missing_offers(self, products: Iterable[Product]) -> set[str]:
        """Ids of products that lack an offer for one of their variants."""
        wanted = {p.id: {v.id for v in p.variants} for p in products}
        levels = self.stock_levels(list(wanted))
        return {
            pid for pid, variants in wanted.items() if not variants <= levels.get(pid, {}).keys()
        }

    def get_offer(self, product_id: str, variant_id: str) -> Offer:
        with read(self.engine) as conn:
            return inventory.load_offer(conn, product_id, variant_id)

    def stock_levels(self, product_ids: Collection[str]) -> dict[str, dict[str, StockLevel]]:
        """Stock and availability of every variant of these products, by product and variant id."""
        with read(self.engine) as conn:
            return inventory.stock_levels(conn, product_ids)
