"""An uploaded catalog file, saved for its import: size-limited, and never under a client's path."""

from __future__ import annotations

import re
from pathlib import Path
from typing import BinaryIO

_SUFFIX = re.compile(r"\.[a-z0-9]{1,10}")
_CHUNK = 1024 * 1024


class EmptyUpload(ValueError):
    """The uploaded catalog file has no bytes."""


class UploadTooLarge(ValueError):
    """The uploaded catalog file is larger than the server accepts."""


def save_upload(upload: BinaryIO, path: Path, max_bytes: int) -> None:
    size = 0
    with path.open("wb") as out:
        while chunk := upload.read(_CHUNK):
            size += len(chunk)
            if size > max_bytes:
                raise UploadTooLarge(
                    f"the file is larger than this server's limit of {max_bytes:,} bytes "
                    "(AISLE_MAX_IMPORT_BYTES)"
                )
            out.write(chunk)
    if size == 0:
        raise EmptyUpload("the uploaded file is empty")


def display_name(filename: str) -> str:
    """The client's file name for people to read: no folders, printable, not too long."""
    name = filename.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(c for c in name if c.isprintable()).strip()
    return name[:200] or "catalog"


def stored_name(shown: str) -> str:
    """Only the extension is kept, because format detection reads it; never a client's path."""
    suffix = Path(shown).suffix.lower()
    return "catalog" + (suffix if _SUFFIX.fullmatch(suffix) else "")


def without_path(exc: BaseException, path: Path, shown: str) -> str:
    """Errors name the file as the owner knows it, not where the server keeps it."""
    return (str(exc) or type(exc).__name__).replace(str(path), shown)
