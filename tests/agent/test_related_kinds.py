"""Products offered instead of a kind not carried are of a related kind (slow: the real encoder)."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest

from agent.kinds import Head, KindJudge
from aisle.settings import Settings
from catalog.embed import load_text_encoder

TITLES = ["Oil-Free Daily Moisturizer", "Espresso Dark Coffee", "Memory Foam Pillow"]


class _Index:
    """Just what KindJudge reads of an index: a vocabulary marker and the title payloads."""

    marker = object()

    def vocabulary(self) -> object:
        return self.marker

    def _scroll_payloads(self, fields: list[str]) -> Iterator[dict[str, Any]]:
        for title in TITLES:
            yield {"product": {"title": title, "category": ["Beauty"]}}


@pytest.mark.slow
def test_only_products_of_a_related_kind_are_offered(settings: Settings) -> None:
    judge = KindJudge(SimpleNamespace(index=_Index(), encoder=load_text_encoder(settings)))
    products = [SimpleNamespace(title=t) for t in TITLES]

    def offered(phrase: str) -> list[str]:
        head = Head(phrase=phrase, word=phrase.split()[-1])
        return [p.title for p in judge.related(head, products)]

    assert offered("hair dryer") == []  # not the moisturizer ("dryer" alone is near it)
    assert offered("coffee table") == []  # not the coffee
    assert offered("mattress") == ["Memory Foam Pillow"]
