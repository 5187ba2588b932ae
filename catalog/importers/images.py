"""Image references: URLs are kept as links, local files become absolute paths; none is fetched."""

from __future__ import annotations

import logging
from pathlib import Path
from urllib.parse import unquote, urlparse
from urllib.request import url2pathname

logger = logging.getLogger(__name__)


def normalise_image(reference: str, base_dir: Path, line: int) -> str | None:
    """An http(s) URL as is, or an existing local file as an absolute path; else None (logged)."""
    text = reference.strip()
    if not text:
        return None
    lowered = text.lower()
    if lowered.startswith(("http://", "https://")):
        return text
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
