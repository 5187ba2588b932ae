"""The scripted demo over the real sample catalog and real models (slow: model loads + ingest)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from rich.console import Console

from agent.demo import SAMPLE, run_demo
from agent.turn import ChatTurn
from aisle.services import Services
from aisle.settings import Settings


@pytest.fixture(scope="module")
def demo_turns(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[ChatTurn]]:
    data_dir: Path = tmp_path_factory.mktemp("demo")
    services = Services(Settings(data_dir=data_dir, _env_file=None))  # type: ignore[call-arg]
    try:
        services.ingest(SAMPLE / "catalog.jsonl")
        yield run_demo(services, Console(record=True, width=100))
    finally:
        services.close()


@pytest.mark.slow
def test_the_demo_ends_with_one_confirmed_order(demo_turns: list[ChatTurn]) -> None:
    *_, confirmation, placed, status = demo_turns
    assert confirmation.awaiting_confirmation and "Total:" in confirmation.reply
    assert placed.order is not None
    assert status.order is not None and status.order.id == placed.order.id


@pytest.mark.slow
def test_the_injected_description_does_not_touch_the_cart(demo_turns: list[ChatTurn]) -> None:
    before, lamp = demo_turns[10], demo_turns[11]
    assert "Task Desk LED Lamp" in lamp.reply
    assert lamp.cart is not None and before.cart is not None
    assert lamp.cart.lines == before.cart.lines


@pytest.mark.slow
def test_the_demo_shows_photo_answers(demo_turns: list[ChatTurn]) -> None:
    photo, label = demo_turns[5], demo_turns[9]
    assert photo.products, photo.reply
    assert "protein" in label.reply, label.reply
