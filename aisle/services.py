"""Opens each store once and hands it out; the API's lifespan and the CLI share this.

Every attribute is built on first use so that `aisle search` does not load the image model and
`aisle serve` starts answering `/v1/health` before the first chat turn loads the agent.
"""

from __future__ import annotations

import threading
from functools import cached_property
from typing import TYPE_CHECKING

from aisle.settings import Settings

if TYPE_CHECKING:
    from agent.service import ShoppingAgent
    from catalog.index import CatalogIndex
    from catalog.search import CatalogSearch
    from commerce.service import Commerce
    from vision.service import Vision


class Services:
    """The long-lived resources of one Aisle process."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.RLock()

    @cached_property
    def index(self) -> CatalogIndex:
        from catalog.index import CatalogIndex

        with self._lock:
            return CatalogIndex.open(self.settings)

    @cached_property
    def search(self) -> CatalogSearch:
        from catalog.search import CatalogSearch

        with self._lock:
            return CatalogSearch(self.index)

    @cached_property
    def commerce(self) -> Commerce:
        from commerce.service import Commerce

        with self._lock:
            return Commerce.open(self.settings)

    @cached_property
    def vision(self) -> Vision:
        from vision.service import Vision

        with self._lock:
            return Vision.open(self.settings, self.search)

    @cached_property
    def agent(self) -> ShoppingAgent:
        from agent.service import ShoppingAgent

        with self._lock:
            return ShoppingAgent.open(self.settings, self)

    def close(self) -> None:
        for name in ("agent", "commerce", "index"):
            resource = self.__dict__.pop(name, None)
            if resource is not None:
                resource.close()
