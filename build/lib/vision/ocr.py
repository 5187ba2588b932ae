"""Text in a photo via Tesseract, with the light preprocessing that helps it on labels.

The page is straightened (`vision.deskew`) and, when blurred, sharpened once; then each attempt
prepares it its own way. Tesseract is a system program; when it is missing `read_text` raises
`OcrUnavailable` and the caller reports it (everything else about the image still works).
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from PIL import Image, ImageFilter, ImageOps

from vision.deskew import deskewed
from vision.nutrition import CORE_FIELDS, parse_nutrition

log = logging.getLogger(__name__)

MIN_TEXT_SIDE = 1000  # Tesseract reads small print far better once the page is this large
TIMEOUT_S = 10
RULE_DARK_SHARE = 0.6  # a pixel row this dark across is a rule, not text
MIN_WORDS = 3  # a first reading with fewer real words than this is worth a second try
# Sample labels: sharp renders, JPEGs, tilted or on a backdrop ≥ 0.79; blurred (radius ≥ 0.9) ≤ 0.4.
SOFT_EDGES = 0.6
# On the upscaled page (blur radius ~2 px there): blurred labels 95.2% → 98.8% of fields on a
# 1-in-3 sample; on sharp ones it adds stray marks ("‘1 cup"), hence only below SOFT_EDGES.
UNBLUR = ImageFilter.UnsharpMask(radius=2, percent=150, threshold=2)


class OcrUnavailable(RuntimeError):
    """Tesseract is not installed, so text in photos cannot be read."""


@dataclass(frozen=True)
class OcrAttempt:
    """One way of reading: a preprocessing step and a Tesseract page-segmentation mode."""

    name: str
    prepare: Callable[[Image.Image], Image.Image]
    psm: int


@dataclass(frozen=True)
class OcrResult:
    """The best reading, plus every attempt's text (parsed together for nutrition facts)."""

    text: str
    attempt: str
    readings: tuple[str, ...] = ()

    @property
    def all_text(self) -> str:
        """Every attempt's text in the order read: the most reliable reading comes first."""
        return "\n".join(self.readings or (self.text,))


def tesseract_available() -> bool:
    return _tesseract_version() is not None


@lru_cache(maxsize=1)
def _tesseract_version() -> str | None:
    if shutil.which("tesseract") is None:
        return None
    try:
        import pytesseract

        return str(pytesseract.get_tesseract_version())
    except Exception:
        return None


def grayscale(image: Image.Image) -> Image.Image:
    gray = ImageOps.grayscale(image)
    scale = MIN_TEXT_SIDE / max(gray.size)
    if scale > 1:
        size = (round(gray.width * scale), round(gray.height * scale))
        gray = gray.resize(size, Image.Resampling.BICUBIC)
    return ImageOps.autocontrast(gray, cutoff=1)


def edge_steepness(image: Image.Image) -> float:
    """How abruptly ink meets paper, 0-1: the steepest one-pixel steps over the page's contrast.
    A blurred photo spreads each step over several pixels."""
    pixels = np.asarray(ImageOps.grayscale(image), dtype=np.float64)[::2]  # rows: half will do
    low, high = np.percentile(pixels, [1, 99])
    if high - low < 1:
        return 1.0
    steps = np.abs(np.diff(pixels, axis=1))
    edges = steps[steps > 0.1 * (high - low)]
    return float(np.percentile(edges, 90) / (high - low)) if edges.size else 1.0


def without_rules(image: Image.Image) -> Image.Image:
    """Paint out the solid bars that separate label sections; Tesseract takes a line of text
    squeezed between two of them for a picture and drops it (the "Protein" line, typically)."""
    pixels = np.asarray(grayscale(image)).copy()
    dark_share = (pixels < 128).mean(axis=1)
    pixels[dark_share > RULE_DARK_SHARE] = 255
    return Image.fromarray(pixels)


def otsu_binarized(image: Image.Image) -> Image.Image:
    """Black text on white via Otsu's threshold: helps on tinted or unevenly lit packages."""
    gray = grayscale(image)
    pixels = np.asarray(gray)
    threshold = otsu_threshold(pixels)
    binary = np.where(pixels > threshold, 255, 0).astype(np.uint8)
    if binary.mean() < 127:  # light text on a dark panel: make it dark on light
        binary = 255 - binary
    return Image.fromarray(binary)


def otsu_threshold(pixels: np.ndarray) -> int:
    histogram = np.bincount(pixels.ravel(), minlength=256).astype(np.float64)
    total = histogram.sum()
    weights = np.cumsum(histogram)
    means = np.cumsum(histogram * np.arange(256))
    background, foreground = weights, total - weights
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (means[-1] * background / total - means) ** 2 / (background * foreground)
    return int(np.nanargmax(between))


# Tried on the sample labels (bench/vision.py): grayscale + upscale with psm 6 reads clean labels
# best; with the section bars painted out it recovers lines next to them on blurred labels;
# sparse-text mode (psm 11) rescues what block mode misses. OTSU_ATTEMPT as the second attempt
# recovered fewer blurred-label fields (61 vs 67 of 72 on a 1-in-7 sample), so it is opt-in.
DEFAULT_ATTEMPTS: tuple[OcrAttempt, ...] = (
    OcrAttempt("gray-psm6", grayscale, 6),
    OcrAttempt("norules-psm6", without_rules, 6),
    OcrAttempt("norules-psm11", without_rules, 11),
)
OTSU_ATTEMPT = OcrAttempt("otsu-psm6", otsu_binarized, 6)


def read_text(image: Image.Image, attempts: Sequence[OcrAttempt] = DEFAULT_ATTEMPTS) -> OcrResult:
    """The first reading that makes sense, topped up by further attempts when a nutrition
    label is missing core facts (each attempt costs ~0.5-1 s, so plain text stops at one)."""
    if not tesseract_available():
        raise OcrUnavailable("Tesseract OCR is not installed (apt-get install tesseract-ocr)")
    import pytesseract

    # Tesseract's OpenMP threads spin on busy shared cores; one thread per page is faster there.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    page = deskewed(grayscale(image))
    if edge_steepness(image) < SOFT_EDGES:
        page = page.filter(UNBLUR)
    readings: list[tuple[str, str]] = []
    for attempt in attempts:
        try:
            text = pytesseract.image_to_string(
                attempt.prepare(page), config=f"--psm {attempt.psm}", timeout=TIMEOUT_S
            ).strip()
        except RuntimeError as exc:  # timeout or TesseractError: this attempt read nothing
            log.warning("OCR attempt %s failed: %s", attempt.name, exc)
            text = ""
        readings.append((attempt.name, text))
        if not _worth_another_attempt("\n".join(t for _, t in readings)):
            break
    best_name, best_text = max(readings, key=lambda r: reading_score(r[1]))
    return OcrResult(text=best_text, attempt=best_name, readings=tuple(t for _, t in readings))


def _worth_another_attempt(text_so_far: str) -> bool:
    """A label whose core facts are not all read yet; plain text or a full label is done."""
    facts = parse_nutrition(text_so_far)
    if facts is None:
        return reading_score(text_so_far) < MIN_WORDS
    return any(getattr(facts, name) is None for name in CORE_FIELDS)


def reading_score(text: str) -> int:
    """How much sense a reading makes: nutrition facts found count most, then real words."""
    facts = parse_nutrition(text)
    found = 0 if facts is None else sum(v is not None for v in facts.model_dump().values())
    words = sum(1 for w in text.split() if len(w) >= 3 and w.isalpha())
    return found * 10 + min(words, 9)
