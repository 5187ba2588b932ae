"""Find the item before measuring it: a foreground mask for real photos.

Three cues, each cheap on a ~128 px copy:
- **Border model.** The frame's edge is almost always background. A smooth surface fitted to the
  border ring (lit gradients, studio sweeps) and a colour histogram of the ring (textured floors,
  patterned bed covers) each say how background-like every pixel is.
- **GrabCut** (OpenCV), seeded from those cues: the ring is certain background, pixels far from
  both background models are probable item, the rest probable background. Its colour models and
  graph cut recover white items on white backdrops from their edges and shading, where a colour
  distance to the border alone loses them. Its k-means start is seeded: the same photo always
  gets the same mask.
- **Backdrop holes.** Filling the item's holes keeps white items whole, but the backdrop seen
  through a headphone band or a bag's handles (closed off by a cast shadow) is not the item:
  regions inside the mask that match the smooth backdrop, framed by a solid part of the item
  (not only by a thin outline, as a white item drawn on a white page is), are taken out again.
- **Skin.** When the item is worn, skin-toned pixels touching the item are removed as long as they
  are a minority of it (a beige coat stays beige).

`foreground_mask` falls back to the whole frame when nothing credible stands out: a close-up
that fills the frame is still measured, never answered from a handful of pixels.
"""

from __future__ import annotations

import numpy as np
from scipy import ndimage

BORDER_FRACTION = 0.04  # ring width as a share of the shorter side
BACKGROUND_DELTA_E = 6.0  # least Lab distance from the smooth background model that counts as item
HIST_BINS = 12  # per Lab axis for the border/centre colour histograms
GRABCUT_ITERATIONS = 2
GRABCUT_SEED = 11
MIN_ITEM_SHARE = 0.03  # below this the mask is not credible: use the whole frame
MAX_ITEM_SHARE = 0.97
FLAT_BORDER_SPREAD = 3.0  # median Lab distance of the ring from its median: a plain backdrop
OUTLINE_FILL_RATIO = 1.5  # filling grows the mask this much: it was only an outline
HOLE_BACKDROP_RESIDUAL = 0.5  # of the backdrop tolerance: a hole showing the backdrop itself
HOLE_MIN_SHARE = 0.005  # of the frame: smaller backdrop-like patches are the item's own
HOLE_SOLID_RIM = 0.85  # share of a hole's rim that must be solid item
HOLE_RIM_PIXELS = 2  # an item this thin around a backdrop-coloured region is only its outline
SKIN_MAX_SHARE = 0.35  # skin covering more than this of the item is the item (beige, tan)


def foreground_mask(lab: np.ndarray, rgb: np.ndarray | None = None) -> np.ndarray:
    """True for the item's pixels; `lab` is (h, w, 3) CIE Lab, `rgb` the same pixels in sRGB."""
    height, width, _ = lab.shape
    ring = border_ring(height, width)
    surface = _surface_residual(lab, ring)
    hist = _histogram_odds(lab, ring)
    seed = (hist > 0.5) | (surface > 1.5)
    if seed.mean() < MIN_ITEM_SHARE:  # nothing stands out by colour: let GrabCut try the middle
        seed = ~ring
    mask = _grabcut(rgb, ring, seed, surface, hist) if rgb is not None else seed
    mask = _clean(mask)
    if _border_spread(lab, ring) < FLAT_BORDER_SPREAD:  # a studio sweep or a render: the faint
        mask |= _outline_filled(surface)  # outline of a white item encloses it; GrabCut may not
    mask &= ~_backdrop_holes(surface, mask)
    if rgb is not None and mask.any():
        mask &= ~_skin_to_drop(lab, mask)
    share = float(mask.mean())
    if share < MIN_ITEM_SHARE or share > MAX_ITEM_SHARE:
        return np.ones((height, width), dtype=bool)
    return mask


def _backdrop_holes(surface: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Backdrop seen through the item (inside a headphone band, between a bag's handles): regions
    enclosed by the mask that match the smooth backdrop within half its tolerance. A white item
    on a white sweep differs from it by its shading and stays."""
    backdrop = ndimage.binary_opening(surface < HOLE_BACKDROP_RESIDUAL, iterations=1) & mask
    labelled, count = ndimage.label(backdrop)
    if count == 0:
        return np.zeros_like(mask)
    sizes = ndimage.sum(backdrop, labelled, index=np.arange(1, count + 1))
    rest = mask & ~backdrop
    solid = ndimage.binary_dilation(
        ndimage.binary_erosion(rest, iterations=HOLE_RIM_PIXELS), iterations=HOLE_RIM_PIXELS
    )  # the item's parts at least 2 * HOLE_RIM_PIXELS + 1 wide
    holes = np.zeros_like(mask)
    for index in np.flatnonzero(sizes >= HOLE_MIN_SHARE * mask.size) + 1:
        region = labelled == index
        rim = ndimage.binary_dilation(region, iterations=HOLE_RIM_PIXELS + 1) & rest
        # a hole is framed by a solid part of the item (a headphone band); a region framed
        # only by a thin line is a light item drawn on a light page, its outline enclosing it
        if rim.any() and (rim & solid).sum() >= HOLE_SOLID_RIM * rim.sum():
            holes |= region
    return holes


def _border_spread(lab: np.ndarray, ring: np.ndarray) -> float:
    border = lab[ring]
    return float(np.median(np.linalg.norm(border - np.median(border, axis=0), axis=-1)))


def _outline_filled(surface: np.ndarray) -> np.ndarray:
    """Pixels off the smooth backdrop, with what their outline encloses filled in."""
    off = surface > 1.0
    filled = ndimage.binary_fill_holes(off)
    return filled if filled.sum() >= OUTLINE_FILL_RATIO * max(int(off.sum()), 1) else off


def border_ring(height: int, width: int) -> np.ndarray:
    ring = np.ones((height, width), dtype=bool)
    b = max(2, round(BORDER_FRACTION * min(height, width)))
    ring[b:-b, b:-b] = False
    return ring


def _surface_residual(lab: np.ndarray, ring: np.ndarray) -> np.ndarray:
    """Distance from a quadratic Lab surface fitted to the ring, in units of the tolerance."""
    height, width, _ = lab.shape
    ys, xs = np.mgrid[0:height, 0:width]
    x, y = xs / max(width - 1, 1) - 0.5, ys / max(height - 1, 1) - 0.5
    basis = np.stack([np.ones_like(x), x, y, x * x, y * y, x * y], axis=-1)
    coefficients, *_ = np.linalg.lstsq(basis[ring], lab[ring], rcond=None)
    expected = basis @ coefficients
    residual = np.linalg.norm(lab - expected, axis=-1)
    spread = 1.4826 * float(np.median(residual[ring]))
    return residual / max(BACKGROUND_DELTA_E, 3.0 * spread)


def _histogram_odds(lab: np.ndarray, ring: np.ndarray) -> np.ndarray:
    """P(item | colour) from Lab histograms of the ring (background) and the rest (mixed)."""
    lo = np.array([0.0, -80.0, -80.0])
    hi = np.array([100.0, 80.0, 80.0])
    q = np.clip(((lab - lo) / (hi - lo) * HIST_BINS).astype(int), 0, HIST_BINS - 1)
    code = (q[..., 0] * HIST_BINS + q[..., 1]) * HIST_BINS + q[..., 2]
    size = HIST_BINS**3
    background = np.bincount(code[ring], minlength=size).astype(np.float64)
    inside = np.bincount(code[~ring], minlength=size).astype(np.float64)
    background = ndimage.uniform_filter(background.reshape((HIST_BINS,) * 3), 2).ravel()
    background /= max(background.sum(), 1.0)
    inside /= max(inside.sum(), 1.0)
    odds = inside / (inside + 4.0 * background + 1e-9)  # the ring is a small, sure sample
    return odds[code]


def _grabcut(
    rgb: np.ndarray, ring: np.ndarray, seed: np.ndarray, surface: np.ndarray, hist: np.ndarray
) -> np.ndarray:
    import cv2

    cv2.setNumThreads(1)
    cv2.setRNGSeed(GRABCUT_SEED)  # its colour models start from k-means: same photo, same mask
    labels = np.full(seed.shape, cv2.GC_PR_BGD, dtype=np.uint8)
    labels[seed] = cv2.GC_PR_FGD
    labels[(surface > 2.5) & (hist > 0.8)] = cv2.GC_FGD
    labels[ring] = cv2.GC_BGD
    if not np.any(labels == cv2.GC_FGD) and not np.any(labels == cv2.GC_PR_FGD):
        return seed
    background_model = np.zeros((1, 65), np.float64)
    foreground_model = np.zeros((1, 65), np.float64)
    bgr = np.ascontiguousarray(rgb[..., ::-1], dtype=np.uint8)
    try:
        labels, *_ = cv2.grabCut(  # type: ignore[call-overload]
            bgr, labels, None, background_model, foreground_model,
            GRABCUT_ITERATIONS, cv2.GC_INIT_WITH_MASK,
        )  # fmt: skip
    except cv2.error:  # degenerate colour models (e.g. a flat frame): keep the seed
        return seed
    return (labels == cv2.GC_FGD) | (labels == cv2.GC_PR_FGD)


def _clean(mask: np.ndarray) -> np.ndarray:
    """Drop specks, keep the large connected parts, fill the item's holes."""
    if not mask.any():
        return mask
    mask = ndimage.binary_opening(mask, iterations=1)
    labelled, count = ndimage.label(mask)
    if count == 0:
        return mask
    sizes = ndimage.sum(mask, labelled, index=np.arange(1, count + 1))
    keep = np.flatnonzero(sizes >= 0.15 * sizes.max()) + 1
    mask = np.isin(labelled, keep)
    return ndimage.binary_fill_holes(mask)


def skin_pixels(lab: np.ndarray) -> np.ndarray:
    """Skin tones of every complexion in Lab: warm hue, moderate chroma, not very dark."""
    lightness, a, b = lab[..., 0], lab[..., 1], lab[..., 2]
    hue = np.degrees(np.arctan2(b, a)) % 360
    chroma = np.hypot(a, b)
    return (
        (lightness > 38)
        & (lightness < 88)
        & (hue > 35)
        & (hue < 72)
        & (chroma > 12)
        & (chroma < 42)
        & (a > 7)
    )


def _skin_to_drop(lab: np.ndarray, mask: np.ndarray) -> np.ndarray:
    skin = skin_pixels(lab) & mask
    if not skin.any() or skin.sum() > SKIN_MAX_SHARE * mask.sum():
        return np.zeros_like(mask)
    # skin is a region, not scattered item pixels of a similar tone: keep sizeable blobs only
    labelled, count = ndimage.label(ndimage.binary_opening(skin, iterations=1))
    if count == 0:
        return np.zeros_like(mask)
    sizes = ndimage.sum(skin, labelled, index=np.arange(1, count + 1))
    blobs = np.isin(labelled, np.flatnonzero(sizes >= 0.01 * mask.size) + 1)
    return ndimage.binary_dilation(blobs, iterations=1)
