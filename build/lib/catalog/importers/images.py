"""Image references: URLs are kept as links, local files become absolute paths; none is fetched.

A local file is accepted only from a CLI import, only under the feed's own folder (or a folder
the owner names, `AISLE_CATALOG_IMAGE_DIRS`) and only with an image extension; `Services`
then decodes it and re-encodes it into the image store, so no path is ever served.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from urllib.parse import unquote, urlparse
from urllib.request import url2pathname

from catalog.model import IMAGE_REF_PREFIX

logger = logging.getLogger(__name__)

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp"})
_local_files_allowed: ContextVar[bool] = ContextVar("local_image_files_allowed", default=True)
_extra_dirs: ContextVar[tuple[Path, ...]] = ContextVar("catalog_image_dirs", default=())


@contextmanager
def without_local_images() -> Iterator[None]:
    """For feeds uploaded to a server: a local path would publish the server's own files."""
    token = _local_files_allowed.set(False)
    try:
        yield
    finally:
        _local_files_allowed.reset(token)


@contextmanager
def local_image_dirs(dirs: Iterable[Path]) -> Iterator[None]:
    """Folders besides the feed's own from which a CLI import may read local images."""
    token = _extra_dirs.set(tuple(Path(d).expanduser().resolve() for d in dirs))
    try:
        yield
    finally:
        _extra_dirs.reset(token)


def normalise_image(reference: str, base_dir: Path, line: int) -> str | None:
    """An http(s) URL as is, or an existing local file as an absolute path; else None (logged)."""
    text = reference.strip()
    if not text:
        return None
    lowered = text.lower()
    if lowered.startswith(("http://", "https://")):
        return text
    if lowered.startswith(IMAGE_REF_PREFIX):
        logger.warning("line %d: image %s names the image store, which a feed cannot", line, text)
        return None
    if not _local_files_allowed.get():
        logger.warning(
            "line %d: image %s is not an http(s) URL, which an uploaded feed must use; dropped",
            line,
            text,
        )
        return None
    if lowered.startswith("file:"):
        parsed = urlparse(text)
        if parsed.netloc not in ("", "localhost"):
            logger.warning("line %d: image %s is on another host; dropped", line, text)
            return None
        path = Path(url2pathname(unquote(parsed.path)))
    elif "://" in text or lowered.startswith("data:"):
        logger.warning("line %d: image %s is neither http(s) nor a local file; dropped", line, text)
        return None
    else:
        path = Path(text).expanduser()
    if not path.is_absolute():
        path = base_dir / path
    path = path.resolve()  # symlinks followed: a link out of the folder counts as outside
    allowed = (base_dir.resolve(), *_extra_dirs.get())
    if not any(path.is_relative_to(folder) for folder in allowed):
        logger.warning(
            "line %d: image %s is outside the feed's folder (AISLE_CATALOG_IMAGE_DIRS names "
            "others); dropped",
            line,
            text,
        )
        return None
    if path.suffix.lower() not in IMAGE_SUFFIXES:
        logger.warning("line %d: image %s is not a .jpg, .png or .webp file; dropped", line, text)
        return None
    if not path.is_file():
        logger.warning("line %d: image %s does not exist; product imported without it", line, path)
        return None
    return str(path)
