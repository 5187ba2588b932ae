"""How a product is stored in Qdrant: the full product plus flattened fields to filter on."""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

from catalog.colors import color_family
from catalog.model import Product
from catalog.sparse import tokenize

WORDS_KEY = "words"
_WORD_ATTRIBUTES = ("material", "materials", "fabric", "ingredients", "upper", "lining")

PRODUCT_KEY = "product"
HASH_KEY = "content_hash"


def product_payload(product: Product, content_hash: str | None = None) -> dict[str, Any]:
    """Filterable fields are lower-cased so that filters need no case folding at query time."""
    return {
        "id": product.id,
        PRODUCT_KEY: product.model_dump(mode="json"),
        HASH_KEY: content_hash or product.content_hash(),
        "brand": product.brand.lower() if product.brand else None,
        "category": [name.lower() for name in product.category],
        WORDS_KEY: product_words(product),
        "currency": product.currency,
        "min_price": product.min_price.amount,
        "in_stock": product.in_stock,
        "variants": [
            {
                "id": v.id,
                "color": v.color.lower() if v.color else None,
                "color_family": color_family(v.color),
                "size": normalise_size(v.size) if v.size else None,
                "price": v.price.amount,
                "currency": v.price.currency,
                "in_stock": v.in_stock,
            }
            for v in product.variants
        ],
    }


def product_words(product: Product) -> list[str]:
    """Stemmed words of the title, category path and material: what "not leather" excludes."""
    texts = [product.title, *product.category]
    texts += [str(product.attributes[k]) for k in _WORD_ATTRIBUTES if product.attributes.get(k)]
    return sorted({term for text in texts for term in tokenize(text)})


def stock_payload(product: Product) -> dict[str, Any]:
    """The keys that depend on stock, for a payload update after a sale or a cancellation.

    The content hash stays the feed's: re-importing an unchanged feed is still skipped, so it
    does not reset stock that commerce has since moved.
    """
    payload = product_payload(product)
    return {key: payload[key] for key in (PRODUCT_KEY, "in_stock", "variants")}


_PRODUCTS_KEPT = 4096
_products: OrderedDict[tuple[Any, ...], Product] = OrderedDict()
_products_lock = threading.Lock()


def product_from_payload(payload: dict[str, Any]) -> Product:
    """The stored product; validated once per content and stock, as searches return the same
    products turn after turn (validation was a sixth of a warm text turn's time)."""
    stored = payload[PRODUCT_KEY]
    stock = tuple(v.get("stock") for v in stored.get("variants") or [])
    key = (stored.get("id"), payload.get(HASH_KEY), stock) if payload.get(HASH_KEY) else None
    if key is not None:
        with _products_lock:
            if (found := _products.get(key)) is not None:
                _products.move_to_end(key)
                return found
    product = Product.model_validate(stored)
    if key is not None:
        with _products_lock:
            _products[key] = product
            while len(_products) > _PRODUCTS_KEPT:
                _products.popitem(last=False)
    return product


def normalise_size(size: str) -> str:
    """Sizes compare case- and space-insensitively ("XL" == "xl", "10 W" == "10w")."""
    return "".join(size.lower().split())
