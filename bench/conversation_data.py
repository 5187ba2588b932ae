"""The conversation benchmark's data: scripted shoppers in bench/conversations/*.yaml.

`load_conversations` reads them, `validate` lists schema problems (the runner refuses to start
with any, and a test keeps the files valid), `image_url` turns a turn's `image` into a data: URL.
"""

from __future__ import annotations

import base64
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bench.conversation_checks import CART_KEYS, CHECK_KEYS, LINE_KEYS

CLASSES = (
    "smalltalk",  # greetings, thanks, bye, emoji, gibberish: no product list
    "help",  # "what can you do?"
    "off_topic",  # weather, football, homework: a polite redirect, no product list
    "not_sold",  # things the store does not carry: say so rather than list random products
    "injection",  # prompt-injection and social-engineering tricks
    "search",  # typos, slang, several constraints in one message
    "negation",  # "not leather", "anything but black"
    "follow_up",  # "something cheaper", "is it in stock?", relaxing a constraint
    "product_question",  # questions answered from the product's own attributes
    "cart_edit",  # "remove the shoes", "make the socks 3", "actually size M"
    "orders",  # order status and cancellation in chat
    "checkout",  # details in pieces, international addresses, natural declines
    "photos",  # product photos, nutrition labels and follow-ups, bad files
)


@dataclass
class CatalogFacts:
    """What the benchmark needs to know about the sample catalog, by product and variant id."""

    category: dict[str, str] = field(default_factory=dict)  # leaf category
    brand: dict[str, str] = field(default_factory=dict)
    title: dict[str, str] = field(default_factory=dict)
    attributes: dict[str, dict[str, str]] = field(default_factory=dict)
    colors: dict[str, set[str]] = field(default_factory=dict)
    material: dict[str, str] = field(default_factory=dict)
    variant_options: dict[str, dict[str, str]] = field(default_factory=dict)
    stock: dict[tuple[str, str, str], int] = field(default_factory=dict)  # (product, colour, size)

    @classmethod
    def load(cls, path: Path) -> CatalogFacts:
        facts = cls()
        for line in path.read_text().splitlines():
            if not line.strip():
                continue
            product = json.loads(line)
            pid = product["id"]
            facts.category[pid] = product["category"][-1]
            facts.brand[pid] = str(product.get("brand", "")).lower()
            facts.title[pid] = product["title"]
            facts.attributes[pid] = {
                k: str(v).lower() for k, v in product.get("attributes", {}).items()
            }
            facts.material[pid] = str(product.get("attributes", {}).get("material", "")).lower()
            facts.colors[pid] = {
                str(v["options"].get("color", "")).lower()
                for v in product["variants"]
                if v["options"].get("color")
            }
            for variant in product["variants"]:
                options = {k: str(v).lower() for k, v in variant["options"].items()}
                facts.variant_options[variant["id"]] = options
                key = (pid, options.get("color", ""), options.get("size", ""))  # a mug's
                units = int(variant.get("stock") or 0)  # rust 12 oz and rust 16 oz share one key
                facts.stock[key] = facts.stock.get(key, 0) + units
        return facts


ROOT = Path(__file__).resolve().parents[1]
CONVERSATIONS = Path(__file__).parent / "conversations"
SAMPLE = ROOT / "fixtures" / "sample"
TURN_KEYS = frozenset({"say", "image", "resume", "expect"})
CONVERSATION_KEYS = frozenset({"id", "class", "note", "turns", "file"})
MADE_FILES = ("text", "gif", "svg", "heic", "corrupt", "empty")


def load_conversations(folder: Path = CONVERSATIONS) -> list[dict[str, Any]]:
    return load_files(sorted(folder.glob("*.yaml")))


def load_files(paths: list[Path]) -> list[dict[str, Any]]:
    """The conversations of these YAML files, wherever they are (a blind set kept outside)."""
    conversations: list[dict[str, Any]] = []
    for path in paths:
        for conv in yaml.safe_load(path.read_text()) or []:
            conv["file"] = path.name
            conversations.append(conv)
    return conversations


def validate(conversations: list[dict[str, Any]]) -> list[str]:
    """Schema problems: each needs a unique id, a known class, turns, and at least one check."""
    errors: list[str] = []
    seen: set[str] = set()
    for n, conv in enumerate(conversations):
        name = conv.get("id") or f"#{n}"
        if not isinstance(conv.get("id"), str) or name in seen:
            errors.append(f"{name}: missing or duplicate id")
        seen.add(name)
        if set(conv) - CONVERSATION_KEYS:
            errors.append(f"{name}: unknown keys {sorted(set(conv) - CONVERSATION_KEYS)}")
        if conv.get("class") not in CLASSES:
            errors.append(f"{name}: class {conv.get('class')!r} is not one of {CLASSES}")
        turns = conv.get("turns")
        if not isinstance(turns, list) or not turns:
            errors.append(f"{name}: no turns")
            continue
        if not any(t.get("expect") for t in turns if isinstance(t, dict)):
            errors.append(f"{name}: no check in any turn")
        for i, turn in enumerate(turns, 1):
            errors += [f"{name} turn {i}: {e}" for e in _turn_errors(turn)]
    return errors


def _turn_errors(turn: Any) -> list[str]:
    if not isinstance(turn, dict) or set(turn) - TURN_KEYS:
        return [f"unknown keys {sorted(set(turn) - TURN_KEYS) if isinstance(turn, dict) else turn}"]
    errors = []
    if not (turn.get("say") or turn.get("image") or turn.get("resume")):
        errors.append("says nothing, sends no image and no resume")
    image = turn.get("image")
    if isinstance(image, str) and not (SAMPLE / image).is_file():
        errors.append(f"no such image {image}")
    if isinstance(image, dict) and image.get("make") not in MADE_FILES:
        errors.append(f"unknown made file {image}")
    expect = turn.get("expect") or {}
    errors += [f"unknown check {k!r}" for k in set(expect) - CHECK_KEYS]
    cart = expect.get("cart") or {}
    errors += [f"unknown cart check {k!r}" for k in set(cart) - CART_KEYS]
    for line in [*cart.get("has", []), *cart.get("lacks", [])]:
        errors += [f"unknown cart line key {k!r}" for k in set(line) - LINE_KEYS]
    return errors


def image_url(spec: Any) -> str:
    """A data: URL for a sample photo/label path, or for a made-up bad file."""
    if isinstance(spec, str):
        path = SAMPLE / spec
        mime = "image/jpeg" if path.suffix in {".jpg", ".jpeg"} else "image/png"
        return f"data:{mime};base64," + base64.b64encode(path.read_bytes()).decode()
    kind = spec["make"]
    mime, data = {
        "text": ("image/png", b"Dear shop, this is my shopping list: milk, eggs.\n"),
        "gif": ("image/gif", _gif()),
        "svg": ("image/svg+xml", b'<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>'),
        "heic": ("image/heic", b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00heicmif1" + b"\0" * 64),
        "corrupt": ("image/png", _truncated_png()),
        "empty": ("image/jpeg", b""),
    }[kind]  # fmt: skip
    return f"data:{mime};base64," + base64.b64encode(data).decode()


def _truncated_png() -> bytes:
    return (SAMPLE / "images" / "wool-beanie-hat-black.png").read_bytes()[:300]


def _gif() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (64, 64), (200, 30, 30)).save(out, format="GIF")
    return out.getvalue()
