"""A model number said in words ("the longhaul seven") names the product whose title writes it
in digits (the Longhaul 7 Running Shoe)."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from agent.title_numbers import titles_in_digits
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import ids, talk


@pytest.mark.parametrize("products", [sample_catalog_products({"Running Shoes"})])
def test_a_model_number_said_in_words_names_the_product(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "whats the drop on the longhaul seven")
    assert "8 mm" in turn.reply, turn.reply
    assert ids(turn) == ["longhaul-7-running-shoe"]


def test_a_number_after_a_word_that_names_no_model_stays_a_word() -> None:
    search = _Search(["Longhaul 7 Backpack", "Blender 3 in 1", "Socks Pack of 2"])
    assert titles_in_digits("an all in one pc", search) == "an all in one pc"
    assert titles_in_digits("socks, a pack of two", search) == "socks, a pack of two"
    assert titles_in_digits("the longhaul seven", search) == "the longhaul 7"


class _Index:
    def __init__(self, titles: list[str]) -> None:
        self._titles, self._vocabulary = titles, object()

    def vocabulary(self) -> object:
        return self._vocabulary

    def _scroll_payloads(self, fields: list[str]) -> list[dict[str, dict[str, str]]]:
        return [{"product": {"title": t}} for t in self._titles]


class _Search:
    def __init__(self, titles: list[str]) -> None:
        self.index = _Index(titles)
