"""Photos in chat through `ShoppingAgent.chat`: refused before storing; labels, packages, items."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from agent.photos import refusal_text
from agent.service import ShoppingAgent
from aisle.settings import Settings
from vision.errors import ImageRejected, UnsupportedImage


def test_a_refused_photo_raises_before_anything_is_stored(
    agent: ShoppingAgent, settings: Settings
) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (20, 20)).save(buffer, "GIF")
    with pytest.raises(UnsupportedImage) as refused:
        agent.chat("gif-thread", "do you have this?", image=buffer.getvalue())
    assert not settings.images_dir.exists() or not any(settings.images_dir.rglob("*.*"))
    assert agent.history("gif-thread") == []  # the conversation did not move
    assert "JPEG, PNG or WebP" in refusal_text(refused.value)


def test_a_corrupt_photo_gets_a_friendly_refusal(agent: ShoppingAgent) -> None:
    with pytest.raises(ImageRejected) as refused:
        agent.chat(None, "what is this?", image=b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    assert refusal_text(refused.value).startswith(("I couldn't read", "I can't open"))
