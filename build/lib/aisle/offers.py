"""Imports write commerce's offers and the index together, and start-up lines their stock up.

Offers come first: a product is searchable only once it can be bought. Each write reads the
stock back from commerce and stores it in the index under one lock, which the stock listener
(`Services._publish_stock`) also takes, so an order placed during a live import cannot leave
the index behind.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator, Sequence
from itertools import islice
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from catalog.index import CatalogIndex
    from catalog.ingest import WriteIndex
    from catalog.model import Product
    from commerce.service import Commerce

log = logging.getLogger(__name__)

RESYNC_BATCH = 256


class CommerceOffers:
    """`catalog.ingest.OfferStore` over `Commerce`."""

    def __init__(self, commerce: Commerce, index: CatalogIndex, lock: threading.Lock) -> None:
        self.commerce = commerce
        self.index = index
        self.lock = lock

    def missing(self, products: Sequence[Product]) -> set[str]:
        return self.commerce.missing_offers(products)

    def sync(self, products: list[Product], write_index: WriteIndex | None) -> None:
        with self.lock:
            self.commerce.sync_catalog(products)
            levels = self.commerce.stock_levels([p.id for p in products])
            if write_index is None:
                self.index.set_stock(levels)
                return
            write_index([p.with_stock(levels.get(p.id, {})) for p in products])

    def retire(self, product_ids: Sequence[str]) -> None:
        self.commerce.retire_products(product_ids)


def resync_stock(commerce: Commerce, index: CatalogIndex, lock: threading.Lock) -> int:
    """Copy commerce's stock into every indexed product (at start-up: the index may lag after a
    crash between an order's commit and its index update); returns products changed."""
    changed = 0
    for ids in _chunks(index.all_ids(), RESYNC_BATCH):
        with lock:
            changed += index.set_stock(commerce.stock_levels(ids))
    return changed


def _chunks(ids: Iterator[str], size: int) -> Iterator[list[str]]:
    while chunk := list(islice(ids, size)):
        yield chunk
