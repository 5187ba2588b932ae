from __future__ import annotations

import pytest

from aisle.photos import PhotoAnswers
from aisle.settings import Settings
from tests.vision.fakes import FakeSearch, FakeUnderstanding, make_product, shape_on_background
from vision.backends import BackendUnavailable, EfficientNetUnderstanding, load_backend


def test_builtin_backend_is_the_default(settings: Settings) -> None:
    assert isinstance(load_backend(settings), EfficientNetUnderstanding)


def test_custom_backend_named_module_factory_is_used(settings: Settings) -> None:
    settings.image_backend = "tests.vision.fakes:make_fake_backend"
    search = FakeSearch([make_product("bag-1", ["Bags", "Backpacks"])])
    vision = PhotoAnswers.open(settings, search)  # type: ignore[arg-type]
    facts = vision.analyze_image(shape_on_background((200, 30, 35)))
    assert isinstance(vision.vision.backend, FakeUnderstanding)
    assert vision.vision.backend.calls == 1
    assert "Mugs" in [c.label for c in facts.categories]  # the backend's own opinion counts
    assert facts.colors[0].name == "red"  # built-in colours fill what the backend left out
    assert vision.vision.encoder is vision.vision.backend  # its encoder makes catalog vectors


@pytest.mark.parametrize(
    "name", ["no-such-backend", "tests.vision.fakes:missing", "no_such_module:make"]
)
def test_unknown_backend_is_a_clear_error(settings: Settings, name: str) -> None:
    settings.image_backend = name
    with pytest.raises(BackendUnavailable):
        load_backend(settings)
