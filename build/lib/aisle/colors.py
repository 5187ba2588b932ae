"""The colour vocabulary shared by the catalog (filters, query words) and vision (naming pixels).

Shades map onto a small set of families so that a shopper asking for "blue" finds "navy",
and a photo whose item is mostly navy is filed under blue. RGB values are typical renderings
of each shade. It lives here, below both cores, so neither has to import the other.
"""

from __future__ import annotations

FAMILIES = (
    "black", "white", "gray", "red", "orange", "yellow", "green", "blue",
    "purple", "pink", "brown", "beige", "gold", "silver",
)  # fmt: skip

# shade -> (family, typical sRGB)
SHADES: dict[str, tuple[str, tuple[int, int, int]]] = {
    "black": ("black", (20, 20, 20)),
    "jet black": ("black", (15, 15, 15)),
    "white": ("white", (245, 245, 245)),
    "ivory": ("white", (250, 246, 230)),
    "cream": ("beige", (245, 235, 205)),
    "off-white": ("white", (240, 238, 228)),
    "gray": ("gray", (128, 128, 128)),
    "grey": ("gray", (128, 128, 128)),
    "light gray": ("gray", (190, 190, 190)),
    "charcoal": ("gray", (60, 64, 68)),
    "heather gray": ("gray", (160, 160, 165)),
    "red": ("red", (200, 30, 35)),
    "burgundy": ("red", (115, 20, 40)),
    "maroon": ("red", (120, 25, 30)),
    "crimson": ("red", (190, 20, 50)),
    "orange": ("orange", (240, 130, 30)),
    "coral": ("orange", (245, 120, 90)),
    "rust": ("orange", (170, 75, 30)),
    "yellow": ("yellow", (245, 210, 40)),
    "mustard": ("yellow", (205, 165, 40)),
    "green": ("green", (40, 150, 60)),
    "olive": ("green", (110, 115, 45)),
    "forest green": ("green", (35, 90, 45)),
    "mint": ("green", (160, 225, 190)),
    "sage": ("green", (150, 170, 135)),
    "khaki": ("beige", (190, 175, 130)),
    "blue": ("blue", (40, 90, 200)),
    "navy": ("blue", (25, 35, 80)),
    "royal blue": ("blue", (45, 75, 190)),
    "sky blue": ("blue", (120, 180, 230)),
    "light blue": ("blue", (160, 200, 235)),
    "teal": ("blue", (20, 125, 130)),
    "turquoise": ("blue", (50, 200, 200)),
    "denim": ("blue", (70, 100, 140)),
    "purple": ("purple", (120, 50, 160)),
    "lavender": ("purple", (180, 160, 220)),
    "violet": ("purple", (140, 70, 200)),
    "plum": ("purple", (100, 40, 80)),
    "pink": ("pink", (240, 130, 170)),
    "hot pink": ("pink", (230, 50, 140)),
    "blush": ("pink", (235, 190, 190)),
    "magenta": ("pink", (200, 30, 150)),
    "brown": ("brown", (115, 70, 40)),
    "tan": ("brown", (200, 160, 110)),
    "camel": ("brown", (190, 140, 80)),
    "chocolate": ("brown", (80, 45, 25)),
    "cognac": ("brown", (150, 75, 35)),
    "beige": ("beige", (220, 200, 165)),
    "sand": ("beige", (210, 190, 150)),
    "gold": ("gold", (210, 170, 60)),
    "silver": ("silver", (190, 192, 198)),
}

MULTICOLOUR = "multicolour"  # no single family dominates the item
