"""Image references: URLs are kept as links, local files become absolute paths; none is fetched."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from urllib.parse import unquote, urlparse
from urllib.request import url2pathname

logger = logging.getLogger(__name__)

_local_files_allowed: ContextVar[bool] = ContextVar("local_image_files_allowed", default=True)


@contextmanager
def without_local_images() -> Iterator[None]:
    """For feeds uploaded to a server: a local path would publish the server's own files."""
    token = _local_files_allowed.set(False)
    try:
        yield
    finally:
        _local_files_allowed.reset(token)


def normalise_image(reference: str, base_dir: Path, line: int) -> str | None:
    """An http(s) URL as is, or an existing local file as an absolute path; else None (logged)."""
    text = reference.strip()
    if not text:
        return None
    lowered = text.lower()
    if lowered.startswith(("http://", "https://")):
        return text
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
    path = path.resolve()
    if not path.is_file():
        logger.warning("line %d: image %s does not exist; product imported without it", line, path)
        return None
    return str(path)
