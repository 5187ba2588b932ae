"""Products offered instead of a kind not carried are of a related kind (slow: the real encoder)."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest

from agent.kinds import Head, KindJudge
from aisle.settings import Settings
from catalog.embed import load_text_encoder

TITLES = ["Oil-Free Daily Moisturizer", "Argan Repair Shampoo", "Gaming Keyboard"]


class _Index:
    """Just what KindJudge reads of an index: a vocabulary marker and the title payloads."""

    marker = object()

    def vocabulary(self) -> object:
        return self.marker

    def _scroll_payloads(self, fields: list[str]) -> Iterator[dict[str, Any]]:
        for title in TITLES:
            yield {"product": {"title": title, "category": ["Beauty"]}}


@pytest.mark.slow
def test_a_hair_dryer_is_offered_shampoo_not_moisturizer(settings: Settings) -> None:
    search = SimpleNamespace(index=_Index(), encoder=load_text_encoder(settings))
    products = [SimpleNamespace(title=t) for t in TITLES]
    related = KindJudge(search).related(Head(phrase="hair dryer", word="dryer"), products)
    assert [p.title for p in related] == ["Argan Repair Shampoo"]
