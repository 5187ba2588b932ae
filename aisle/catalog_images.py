"""Catalog images into the image store: decoded, checked, re-encoded, then named by hash.

This is where the catalog meets vision's image store, so it lives in `aisle/`, above both cores.

A product's local image becomes `image:<sha256>` of a fresh JPEG made from its decoded pixels,
so what `/v1/products/{id}/image` serves is always an image this code wrote, never a file a feed
pointed at. URLs stay links; anything that does not decode as a JPEG, PNG or WebP is dropped.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from pathlib import Path

from catalog.model import IMAGE_REF_PREFIX, Product
from vision.errors import ImageRejected
from vision.intake import load_image
from vision.store import ImageStore

log = logging.getLogger(__name__)

SERVED_SIDE = 1024  # longest side of a stored catalog image
JPEG_QUALITY = 88


def store_catalog_images(
    products: Sequence[Product], store: ImageStore, max_bytes: int, max_pixels: int
) -> list[Product]:
    """The products with every local image replaced by its store reference (or dropped)."""
    done: dict[str, str | None] = {}

    def stored(reference: str, product_id: str) -> str | None:
        if reference.lower().startswith(("http://", "https://")):
            return reference
        if reference.startswith(IMAGE_REF_PREFIX):
            return reference if reference.removeprefix(IMAGE_REF_PREFIX) in store else None
        if reference not in done:
            done[reference] = _put(Path(reference), store, max_bytes, max_pixels, product_id)
        return done[reference]

    result = []
    for product in products:
        images = [ref for ref in (stored(r, product.id) for r in product.images) if ref]
        variants = [
            v.model_copy(update={"image": stored(v.image, product.id)}) if v.image else v
            for v in product.variants
        ]
        result.append(product.model_copy(update={"images": images, "variants": variants}))
    return result


def image_id(reference: str) -> str | None:
    """The store id of an `image:<sha256>` reference, else None."""
    if reference.startswith(IMAGE_REF_PREFIX):
        return reference.removeprefix(IMAGE_REF_PREFIX)
    return None


def _put(
    path: Path, store: ImageStore, max_bytes: int, max_pixels: int, product: str
) -> str | None:
    try:
        accepted = load_image(path, max_bytes, max_pixels, working_side=SERVED_SIDE)
    except ImageRejected as exc:
        log.warning("product %s: image %s dropped: %s", product, path, exc)
        return None
    buffer = io.BytesIO()
    accepted.image.save(buffer, format="JPEG", quality=JPEG_QUALITY)
    return IMAGE_REF_PREFIX + store.put(buffer.getvalue())


def first_local_image(product: Product, store: ImageStore | None = None) -> Path | None:
    """The first image of a product (or else of its variants) that is a file on this machine:
    one in the image store, or a path an importer accepted."""
    found = local_images(product, store)
    return found[0] if found else None


def local_images(product: Product, store: ImageStore | None = None) -> list[Path]:
    """Every image of a product and its variants that is a file on this machine, once each,
    the product's own first."""
    references = [*product.images, *(v.image for v in product.variants if v.image)]
    paths: list[Path] = []
    for reference in dict.fromkeys(references):
        if reference.lower().startswith(("http://", "https://", "data:")):
            continue
        stored = image_id(reference)
        if stored is not None:
            if store is not None and stored in store:
                paths.append(store.get(stored))
            continue
        path = Path(reference)
        if path.is_file():
            paths.append(path)
    return paths
