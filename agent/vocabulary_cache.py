"""What is built from a catalog's words once per search, and again when its vocabulary changes.

The speller (agent/spelling.py) and the kinds of each leaf (agent/kind_scope.py) scroll every
product; a search turn must not pay that, and an import or stock update that renews the index's
vocabulary must not leave them stale.
"""

from __future__ import annotations

import functools
import threading
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

Built = TypeVar("Built")


def per_vocabulary(build: Callable[[Any], Built]) -> Callable[[Any], Built]:
    """`build(search)` kept per search object, rebuilt when `search.index.vocabulary()` is new.

    Keyed weakly on the search itself: a search that is dropped (a test's store, a replaced
    catalog) takes its built value with it, and a new object can never be handed a dead one's.
    """
    cache: weakref.WeakKeyDictionary[Any, tuple[Any, Built]] = weakref.WeakKeyDictionary()
    lock = threading.Lock()

    @functools.wraps(build)
    def cached(search: Any) -> Built:
        vocabulary = search.index.vocabulary()
        with lock:
            kept = cache.get(search)
            if kept is not None and kept[0] is vocabulary:
                return kept[1]
        built = build(search)
        with lock:
            cache[search] = (vocabulary, built)
        return built

    return cached
