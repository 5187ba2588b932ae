"""Opens each store once and hands it out; the API's lifespan and the CLI share this.

Every attribute is built on first use so that `aisle search` does not load the image model.
`warm_up()` builds what a conversation needs (models included) ahead of the first turn: the
server runs it before `/v1/health` answers 200, `aisle chat` before its first prompt.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from aisle.settings import Settings

if TYPE_CHECKING:
    from agent.service import ShoppingAgent
    from aisle.photos import PhotoAnswers
    from aisle.webhook_sender import WebhookSender
    from catalog.embed import TextEncoder
    from catalog.index import CatalogIndex
    from catalog.ingest import IngestProgress, IngestReport
    from catalog.search import CatalogSearch
    from commerce.service import Commerce


log = logging.getLogger(__name__)


class Services:
    """The long-lived resources of one Aisle process."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.RLock()
        self._stock_lock = threading.Lock()
        self.warm = threading.Event()
        """Set by the server once `warm_up` has loaded everything a first chat turn needs."""
        self.warming_up = threading.Event()
        """Set when a server schedules `warm_up` at start; until `warm`, it is not ready."""
        self.webhook_sender: WebhookSender | None = None
        """The order webhook sender a server runs (`aisle/webhook_sender.py`), if any."""

    @cached_property
    def index(self) -> CatalogIndex:
        from catalog.index import CatalogIndex

        with self._lock:
            return CatalogIndex.open(self.settings)

    @cached_property
    def text_encoder(self) -> TextEncoder:
        from catalog.embed import load_text_encoder

        with self._lock:
            return load_text_encoder(self.settings)

    @cached_property
    def search(self) -> CatalogSearch:
        from catalog.search import CatalogSearch

        with self._lock:
            return CatalogSearch(self.index, self.text_encoder)

    @cached_property
    def commerce(self) -> Commerce:
        from commerce.service import Commerce

        with self._lock:
            return Commerce.open(
                self.settings,
                on_stock_change=self._publish_stock,
                on_order_event=self._order_event_written,
            )

    @cached_property
    def vision(self) -> PhotoAnswers:
        """Photo answers: vision's pixel facts combined with the catalog."""
        from aisle.photos import PhotoAnswers

        with self._lock:
            return PhotoAnswers.open(self.settings, self.search)

    @cached_property
    def agent(self) -> ShoppingAgent:
        from agent.service import ShoppingAgent

        with self._lock:
            return ShoppingAgent.open(self.settings, self)

    def warm_up(self, *, photos: bool = True) -> None:
        """Open the stores and load the models a chat turn uses, so no shopper waits for them.

        A search exercises the text encoder (its first encode is the slow one), the index and
        its vocabulary; commerce mints a conversation it rolls back (its SQL is then compiled);
        the agent opens the conversation store, builds its small-talk
        classifier and kind index and rehearses one search turn on a thread it then deletes;
        `photos` loads the image model and reads a made-up, unstored photo through the answer.
        """
        self.search.search("warm up", limit=1)
        self.commerce.rehearse_conversation()  # opens (and migrates) the store too
        self.agent.warm_up()
        if photos:
            warm_vision = getattr(self.vision, "warm_up", None)
            if warm_vision is not None:
                warm_vision()

    def ingest(
        self,
        path: Path,
        *,
        fmt: str | None = None,
        replace: bool = False,
        allow_empty: bool = False,
        on_progress: Callable[[IngestProgress], None] | None = None,
    ) -> IngestReport:
        """Import a catalog file: index it, add image vectors, sync prices and stock to commerce.

        Local images (CLI imports only) are read from the feed's folder or
        `AISLE_CATALOG_IMAGE_DIRS`, re-encoded into the image store and served from there.
        The file is read to its end (its products spooled under the data folder) before anything
        is written, so a bad file changes nothing. `on_progress` gets the running totals.
        """
        from aisle.offers import CommerceOffers
        from catalog.importers.images import local_image_dirs
        from catalog.ingest import ingest

        image_embedder = self.vision.embed_products if self.settings.image_vectors else None
        try:
            with local_image_dirs(self.settings.catalog_image_dirs):
                return ingest(
                    path,
                    self.index,
                    self.text_encoder,
                    fmt=fmt,
                    replace=replace,
                    allow_empty=allow_empty,
                    default_currency=self.settings.currency,
                    image_embedder=image_embedder,
                    prepare=self.vision.store_catalog_images,
                    offers=CommerceOffers(self.commerce, self.index, self._stock_lock),
                    progress=on_progress,
                    spool_dir=self.settings.data_dir,
                )
        finally:
            if "vision" in self.__dict__:  # product types may have changed: refit the kinds
                self.vision.catalog_changed()

    def recover(self) -> None:
        """At start-up: settle payments a crash left open, then copy commerce's stock into the
        index. Each step is logged and never stops the server from starting."""
        from aisle.offers import resync_stock

        try:
            settled = self.commerce.reconcile_payments()
            if settled:
                log.warning("settled %d payment(s) left open by an earlier crash", settled)
        except Exception:
            log.exception("could not reconcile payments at start-up")
        try:
            changed = resync_stock(self.commerce, self.index, self._stock_lock)
            if changed:
                log.info("index stock brought in line with commerce for %d product(s)", changed)
        except Exception:
            log.exception("could not resync the index's stock at start-up")

    def _publish_stock(self, moved: Sequence[tuple[str, str]]) -> None:
        """After an order or a cancellation, search filters and product pages show commerce's stock.

        Read and write under one lock, so an update that read older stock never lands last.
        """
        product_ids = sorted({product_id for product_id, _ in moved})
        with self._stock_lock:
            self.index.set_stock(self.commerce.stock_levels(product_ids))

    def _order_event_written(self) -> None:
        """An order change committed a webhook event: the sender delivers it now, not at its
        next poll."""
        if self.webhook_sender is not None:
            self.webhook_sender.wake()

    def close(self) -> None:
        for name in ("agent", "commerce", "index"):
            resource = self.__dict__.pop(name, None)
            if resource is not None:
                resource.close()
