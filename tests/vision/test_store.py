from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from vision.errors import UnknownImage
from vision.store import ImageStore


def test_images_are_stored_once_by_content_hash(tmp_path: Path) -> None:
    store = ImageStore(tmp_path / "images")
    first = store.put(b"same bytes")
    second = store.put(b"same bytes")
    assert first == second == hashlib.sha256(b"same bytes").hexdigest()
    assert store.get(first).read_bytes() == b"same bytes"
    assert len(list((tmp_path / "images").rglob("*"))) == 2  # one folder, one file


@pytest.mark.parametrize("image_id", ["../../etc/passwd", "0" * 64, "xyz"])
def test_unknown_or_malformed_ids_are_refused(tmp_path: Path, image_id: str) -> None:
    with pytest.raises(UnknownImage):
        ImageStore(tmp_path).get(image_id)
