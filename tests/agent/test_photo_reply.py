"""The photo answer names its colour as surely as the pixels allow."""

from __future__ import annotations

from agent.replies import photo_text


def _reply(main: str | None, confidence: float, colors: list[str]) -> str:
    data = {
        "category": "T-Shirts",
        "colors": colors,
        "main_color": main,
        "color_confidence": confidence,
        "products": [],
    }
    return photo_text(data).splitlines()[0]


def test_a_sure_colour_is_stated_plainly() -> None:
    assert _reply("blue", 0.9, ["blue", "white"]) == "That looks like t-shirts in blue."


def test_a_fairly_sure_colour_is_hedged() -> None:
    assert _reply("blue", 0.6, ["blue", "gray"]) == "That looks like t-shirts, probably blue."


def test_an_unsure_colour_says_so() -> None:
    line = _reply("beige", 0.4, ["beige", "white"])
    assert "hard to tell" in line and "beige" in line


def test_no_dominant_colour_is_several_colours() -> None:
    line = _reply("multicolour", 0.7, ["blue", "red", "white"])
    assert line == "That looks like t-shirts in several colours (mostly blue and red)."
