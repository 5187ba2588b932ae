"""Uploaded images stored once by content hash, so conversations refer to them by id."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path

from vision.errors import UnknownImage

_IMAGE_ID = re.compile(r"^[0-9a-f]{64}$")


class ImageStore:
    """`put(bytes) -> image_id` (sha256 hex) and `get(image_id) -> path` under one directory."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def put(self, data: bytes) -> str:
        image_id = hashlib.sha256(data).hexdigest()
        path = self._path(image_id)
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            # write then rename, so a concurrent reader never sees half a file
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".upload-")
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, path)
        return image_id

    def get(self, image_id: str) -> Path:
        if not _IMAGE_ID.match(image_id):
            raise UnknownImage(f"not an image id: {image_id!r}")
        path = self._path(image_id)
        if not path.is_file():
            raise UnknownImage(f"no stored image {image_id}")
        return path

    def __contains__(self, image_id: str) -> bool:
        return bool(_IMAGE_ID.match(image_id)) and self._path(image_id).is_file()

    def _path(self, image_id: str) -> Path:
        return self.root / image_id[:2] / image_id
