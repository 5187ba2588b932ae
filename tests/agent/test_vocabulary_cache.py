"""agent/vocabulary_cache.py: built once per search and vocabulary, forgotten with the search."""

from __future__ import annotations

import gc
import weakref

from agent.vocabulary_cache import per_vocabulary


class _Index:
    def __init__(self, words: frozenset[str]) -> None:
        self.words = words

    def vocabulary(self) -> frozenset[str]:
        return self.words


class _Search:
    def __init__(self, words: frozenset[str]) -> None:
        self.index = _Index(words)


class _Built:
    def __init__(self, words: frozenset[str]) -> None:
        self.words = words


def test_built_once_per_vocabulary_and_again_when_it_changes() -> None:
    calls: list[frozenset[str]] = []

    @per_vocabulary
    def build(search: _Search) -> _Built:
        calls.append(search.index.vocabulary())
        return _Built(search.index.vocabulary())

    search = _Search(frozenset({"tee"}))
    first = build(search)
    assert build(search) is first
    search.index.words = frozenset({"tee", "hoodie"})
    assert build(search).words == {"tee", "hoodie"}
    assert len(calls) == 2


def test_a_dropped_search_takes_its_built_value_with_it() -> None:
    @per_vocabulary
    def build(search: _Search) -> _Built:
        return _Built(search.index.vocabulary())

    search = _Search(frozenset({"mug"}))
    built = weakref.ref(build(search))
    del search
    gc.collect()
    assert built() is None
