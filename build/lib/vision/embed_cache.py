"""Image vectors cached on disk by image content hash, so re-ingesting a catalog is cheap."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import numpy as np

_SAFE = re.compile(r"[^A-Za-z0-9_.-]+")


class EmbeddingCache:
    """One `.npy` per (encoder, image sha256); a changed encoder gets a fresh directory."""

    def __init__(self, root: Path, encoder_name: str, dim: int) -> None:
        self.root = root / f"{_SAFE.sub('_', encoder_name)}-{dim}"
        self.dim = dim

    def get(self, image_hash: str) -> np.ndarray | None:
        path = self._path(image_hash)
        try:
            vector = np.load(path, allow_pickle=False)
        except (FileNotFoundError, ValueError, OSError):
            return None
        return vector if vector.shape == (self.dim,) else None

    def put(self, image_hash: str, vector: np.ndarray) -> None:
        path = self._path(image_hash)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".vec-", suffix=".npy")
        with os.fdopen(fd, "wb") as handle:
            np.save(handle, np.asarray(vector, dtype=np.float32), allow_pickle=False)
        os.replace(tmp, path)

    def _path(self, image_hash: str) -> Path:
        return self.root / image_hash[:2] / f"{image_hash}.npy"
