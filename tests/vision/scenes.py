"""Photograph-like test scenes: light falloff, shadows, noise, skin, textured floors, metal."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

SIZE = (320, 400)
_rng = np.random.default_rng(3)


def _finish(image: Image.Image, noise: float = 4.0) -> Image.Image:
    """Camera look: slight blur, vignette-like falloff and sensor noise."""
    array = np.asarray(image.filter(ImageFilter.GaussianBlur(1.2)), dtype=np.float64)
    h, w, _ = array.shape
    ys, xs = np.mgrid[0:h, 0:w]
    falloff = 1 - 0.12 * (((xs - w / 2) / w) ** 2 + ((ys - h / 2) / h) ** 2) * 4
    array = array * falloff[..., None] + _rng.normal(0, noise, array.shape)
    return Image.fromarray(np.clip(array, 0, 255).astype(np.uint8))


def _shirt(
    draw: ImageDraw.ImageDraw, box: tuple[float, float, float, float], fill: int | tuple[int, ...]
) -> None:
    x0, y0, x1, y1 = box
    w = x1 - x0
    draw.rectangle([x0 + 0.2 * w, y0, x1 - 0.2 * w, y1], fill=fill)
    draw.polygon([(x0 + 0.2 * w, y0), (x0, y0 + 0.25 * w), (x0 + 0.2 * w, y0 + 0.4 * w)], fill=fill)
    draw.polygon([(x1 - 0.2 * w, y0), (x1, y0 + 0.25 * w), (x1 - 0.2 * w, y0 + 0.4 * w)], fill=fill)


def white_on_white() -> Image.Image:
    """A white shirt on a near-white studio sweep: only its outline and shadow tell it apart."""
    image = Image.new("RGB", SIZE, (236, 236, 233))
    shadow = Image.new("L", SIZE, 0)
    _shirt(ImageDraw.Draw(shadow), (72, 92, 268, 352), 90)
    shadow = shadow.filter(ImageFilter.GaussianBlur(9))
    image = Image.composite(Image.new("RGB", SIZE, (200, 200, 197)), image, shadow)
    draw = ImageDraw.Draw(image)
    _shirt(draw, (60, 80, 260, 340), (252, 252, 251))
    draw.line([(100, 80), (100, 340)], fill=(226, 226, 224), width=2)  # a seam
    return _finish(image, noise=2.0)


def worn_shirt(colour: tuple[int, int, int] = (40, 70, 160)) -> Image.Image:
    """A T-shirt on a person: skin (face, neck, arms) and dark hair around the garment."""
    skin, hair = (224, 172, 140), (45, 32, 25)
    image = Image.new("RGB", SIZE, (214, 218, 222))
    draw = ImageDraw.Draw(image)
    draw.ellipse([115, 10, 205, 120], fill=skin)
    draw.pieslice([108, 0, 212, 110], 180, 360, fill=hair)
    draw.rectangle([145, 110, 175, 150], fill=skin)
    draw.rectangle([40, 190, 80, 330], fill=skin)  # forearms below the sleeves
    draw.rectangle([240, 190, 280, 330], fill=skin)
    _shirt(draw, (30, 140, 290, 400), colour)
    return _finish(image)


def on_wooden_floor(colour: tuple[int, int, int] = (190, 30, 40)) -> Image.Image:
    """An item lying on floorboards: a textured, striped, brown background."""
    h, w = SIZE[1], SIZE[0]
    xs = np.arange(w)
    grain = 20 * np.sin(xs / 3.0) + 12 * np.sin(xs / 11.0)
    board = ((xs // 64) % 2) * 18
    base = np.array([150.0, 105.0, 65.0])
    row = base[None, :] + (grain + board)[:, None] * np.array([1.0, 0.75, 0.5])[None, :]
    floor = np.repeat(row[None, :, :], h, axis=0)
    image = Image.fromarray(np.clip(floor, 0, 255).astype(np.uint8))
    _shirt(ImageDraw.Draw(image), (70, 90, 250, 330), colour)
    return _finish(image)


def metal_watch(kind: str = "silver") -> Image.Image:
    """A polished round case: a gradient of greys (or golds) with a bright specular streak."""
    image = Image.new("RGB", SIZE, (245, 245, 245))
    h, w = SIZE[1], SIZE[0]
    ys, xs = np.mgrid[0:h, 0:w]
    cx, cy, radius = w / 2, h / 2, 110
    inside = (xs - cx) ** 2 + (ys - cy) ** 2 < radius**2
    shade = 0.35 + 0.65 * (0.5 + 0.5 * np.sin((xs - cx) / 22.0 + (ys - cy) / 40.0))
    tint = np.array([205.0, 207.0, 212.0]) if kind == "silver" else np.array([232.0, 188.0, 70.0])
    array = np.asarray(image, dtype=np.float64).copy()
    array[inside] = (tint[None, :] * shade[inside][:, None]).clip(0, 255)
    streak = inside & (np.abs((xs - cx) + 0.5 * (ys - cy)) < 10)
    array[streak] = 252
    return _finish(Image.fromarray(array.astype(np.uint8)), noise=2.0)


def headphones_with_shadow(band: tuple[int, int, int] = (30, 40, 90)) -> Image.Image:
    """A product render: a thick arch (headphone band and cups) whose soft cast shadow closes the
    gap under it, so the backdrop seen through the arch is enclosed by item and shadow."""
    image = Image.new("RGB", SIZE, (240, 240, 236))
    shadow = Image.new("L", SIZE, 0)
    ImageDraw.Draw(shadow).ellipse([50, 300, 270, 340], fill=110)
    image = Image.composite(Image.new("RGB", SIZE, (200, 200, 196)), image, shadow)
    draw = ImageDraw.Draw(image)
    draw.arc([60, 60, 260, 300], 180, 360, fill=band, width=22)
    draw.rectangle([60, 180, 82, 300], fill=band)  # the sides down to the cups
    draw.rectangle([238, 180, 260, 300], fill=band)
    draw.rounded_rectangle([44, 220, 98, 320], 14, fill=band)  # ear cups
    draw.rounded_rectangle([222, 220, 276, 320], 14, fill=band)
    return image


def outlined_white_item(detail: tuple[int, int, int] = (150, 150, 150)) -> Image.Image:
    """A white sock drawn on a near-white page: a thin grey outline, a thick grey cuff and heel;
    the white body is the backdrop's colour and only the outline encloses it."""
    image = Image.new("RGB", SIZE, (240, 240, 236))
    draw = ImageDraw.Draw(image)
    body = [(110, 70), (190, 70), (190, 250), (250, 300), (230, 350), (110, 300)]
    draw.polygon(body, fill=(243, 243, 241), outline=(120, 120, 120))
    draw.line([*body, body[0]], fill=(120, 120, 120), width=2)
    draw.rectangle([110, 70, 190, 100], fill=detail)  # cuff
    draw.ellipse([100, 270, 150, 320], fill=detail)  # heel
    return image


def shaded_white_shirt() -> Image.Image:
    """A white shirt on a dark bed: a good share of it in the shade of its folds (mid greys)."""
    image = Image.new("RGB", SIZE, (60, 40, 45))
    draw = ImageDraw.Draw(image)
    _shirt(draw, (40, 60, 280, 380), (238, 238, 236))
    for x in range(95, 230, 34):  # folds: broad shaded bands down the shirt
        draw.rectangle([x, 60, x + 14, 380], fill=(150, 150, 150))
    return _finish(image)


def folded_shirt(colour: tuple[int, int, int], shade: float = 0.55) -> Image.Image:
    """A coloured shirt on a light backdrop with folds in shadow: bands of the same dye at
    `shade` of its brightness, as a photographed garment's folds are."""
    image = Image.new("RGB", SIZE, (235, 235, 232))
    draw = ImageDraw.Draw(image)
    _shirt(draw, (40, 60, 280, 380), colour)
    dark = (round(colour[0] * shade), round(colour[1] * shade), round(colour[2] * shade))
    for x in range(95, 230, 30):
        draw.rectangle([x, 60, x + 14, 380], fill=dark)
    return _finish(image)


def in_dim_light(
    item: tuple[int, int, int], backdrop: tuple[int, int, int], exposure: float = 0.7
) -> Image.Image:
    """A shirt on a backdrop photographed under-exposed: every pixel at `exposure` of its level,
    so the item itself is the brightest thing in the frame."""
    image = Image.new("RGB", SIZE, backdrop)
    _shirt(ImageDraw.Draw(image), (60, 80, 260, 340), item)
    array = np.asarray(image, dtype=np.float64) * exposure
    return _finish(Image.fromarray(array.clip(0, 255).astype(np.uint8)), noise=2.0)
