"""The learned colour namer: the shipped file loads, and clear cases come out right through the
public colour function, with the model answering (not only the rules behind it)."""

from __future__ import annotations

import json
from dataclasses import replace

import numpy as np
import pytest
from PIL import Image, ImageDraw

from aisle.settings import Settings
from tests.vision import scenes
from tests.vision.fakes import shape_on_background
from vision import colors, service
from vision.backends import PartialFacts
from vision.colors import color_summary, item_region
from vision.colour_features import CLASSES, FEATURE_NAMES, colour_features
from vision.colour_namer import MODEL_FILE, ColourNamer, parse_namer, shipped_namer
from vision.colour_rules import read_by_rules
from vision.encoder import EARLY_DIM, FEATURE_DIM, MODEL_NAME, EfficientNetLite0Encoder, encoder_tag
from vision.service import Vision


def _model_says(image: Image.Image) -> tuple[str, float]:
    namer = shipped_namer()
    assert namer is not None
    lab, mask = item_region(image)
    reading = read_by_rules(lab, mask)
    assert reading is not None
    named = namer.name(colour_features(lab, mask, reading), reading.main)
    assert named is not None
    return named


def test_the_shipped_model_loads_with_the_current_features_and_every_colour() -> None:
    namer = shipped_namer()
    assert namer is not None
    assert namer.weights.shape == (len(namer.classes), len(FEATURE_NAMES))
    assert {"white", "black", "blue", "red", "gray", "multicolour"} <= set(namer.classes)
    assert set(namer.classes) <= set(CLASSES)


def test_a_model_file_fitted_on_other_features_is_refused() -> None:
    data = json.loads(MODEL_FILE.read_text())
    data["features"] = data["features"][:-1]
    with pytest.raises(ValueError, match="refit"):
        parse_namer(json.dumps(data))


def test_a_white_shirt_on_a_white_sweep_is_white_by_the_model() -> None:
    image = scenes.white_on_white()
    assert _model_says(image)[0] == "white"
    summary = color_summary(image)
    assert summary.main == "white"
    assert summary.colors[0].name == "white"


def test_a_navy_swatch_is_blue_and_a_black_one_black() -> None:
    navy = shape_on_background((30, 40, 85), (235, 235, 230))
    black = shape_on_background((22, 22, 24), (235, 235, 230))
    assert _model_says(navy)[0] == "blue"
    assert _model_says(black)[0] == "black"
    assert color_summary(navy).main == "blue"
    assert color_summary(black).main == "black"


def test_a_red_shirt_with_shaded_folds_is_red() -> None:
    image = scenes.folded_shirt((185, 28, 38), shade=0.6)
    assert _model_says(image)[0] == "red"
    summary = color_summary(image)
    assert summary.main == "red"
    assert summary.colors[0].name == "red"
    assert 0.0 < summary.confidence <= 1.0


def test_the_list_stays_ordered_by_area_when_the_model_names_the_main_colour() -> None:
    image = Image.new("RGB", (300, 300), (250, 250, 250))
    draw = ImageDraw.Draw(image)
    draw.rectangle([50, 50, 250, 190], fill=(30, 60, 150))  # blue: the larger part
    draw.rectangle([50, 190, 250, 250], fill=(240, 200, 40))  # yellow: the smaller part
    summary = color_summary(image)
    shares = [c.share for c in summary.colors]
    assert shares == sorted(shares, reverse=True)
    assert [c.name for c in summary.colors[:2]] == ["blue", "yellow"]
    assert summary.main == "blue"


def test_without_the_model_file_the_rules_still_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(colors, "shipped_namer", lambda: None)
    summary = color_summary(shape_on_background((30, 40, 85)))
    assert summary.main == "blue"
    assert summary.colors[0].shade == "navy"


def test_the_models_probabilities_are_a_distribution() -> None:
    namer = shipped_namer()
    assert namer is not None
    p = namer.probabilities(namer.mean)
    assert p.shape == (len(namer.classes),)
    assert np.isclose(p.sum(), 1.0) and (p >= 0).all()


def _leaning_to(colour: str, namer: ColourNamer, dim: int = 4) -> ColourNamer:
    """`namer` plus a model over the embedding that names `colour` for the first unit vector."""
    weights = np.zeros((len(namer.classes), dim))
    weights[namer.classes.index(colour), 0] = 100.0
    second = replace(namer, embedding_weights=weights, with_embedding=None, encoder=None)
    return replace(namer, with_embedding=second, encoder="test-encoder")


def test_the_namer_reads_the_embedding_when_given_and_falls_back_without(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    namer = shipped_namer()
    assert namer is not None
    monkeypatch.setattr(colors, "shipped_namer", lambda: _leaning_to("green", namer))
    swatch = shape_on_background((30, 40, 85), (235, 235, 230))
    assert color_summary(swatch, embedding=np.array([1.0, 0.0, 0.0, 0.0])).main == "green"
    assert color_summary(swatch).main == "blue"


def test_a_model_over_embeddings_refuses_a_vector_of_another_size() -> None:
    namer = shipped_namer()
    assert namer is not None
    second = _leaning_to("green", namer).with_embedding
    assert second is not None
    with pytest.raises(ValueError, match="image vector"):
        second.probabilities(namer.mean, np.zeros(3))


def test_the_shipped_embedding_model_reads_early_activations_and_decides_multicolour() -> None:
    namer = shipped_namer()
    assert namer is not None and namer.with_embedding is not None
    second = namer.with_embedding
    assert second.early_weights is not None
    assert second.early_weights.shape == (len(second.classes), EARLY_DIM)
    assert "multicolour" not in second.rules_decide  # the rules' "no colour dominates" was a coin
    assert "multicolour" in namer.rules_decide  # ... the colour-only model still defers to it


def test_an_embedding_without_the_early_activations_gets_the_colour_only_model() -> None:
    namer = shipped_namer()
    assert namer is not None
    swatch = shape_on_background((30, 40, 85), (235, 235, 230))
    lab, mask = item_region(swatch)
    reading = read_by_rules(lab, mask)
    assert reading is not None
    features = colour_features(lab, mask, reading)
    embedding = EfficientNetLite0Encoder().embed([swatch])[0]
    assert namer.name(features, reading.main, embedding) == namer.name(features, reading.main)


def test_a_model_that_may_overrule_multicolour_names_the_colour_it_is_sure_of() -> None:
    namer = shipped_namer()
    assert namer is not None
    leaning = _leaning_to("green", namer)
    second = leaning.with_embedding
    assert second is not None
    vector = np.array([1.0, 0.0, 0.0, 0.0])
    for rules_decide, named in ((frozenset(), "green"), (frozenset({"multicolour"}), None)):
        gated = replace(leaning, with_embedding=replace(second, rules_decide=rules_decide))
        answer = gated.name(namer.mean, "multicolour", vector)
        assert (answer and answer[0]) == named


def test_the_shipped_file_holds_a_model_over_the_encoders_embeddings() -> None:
    namer = shipped_namer()
    assert namer is not None and namer.with_embedding is not None
    second = namer.with_embedding
    assert namer.reads_embeddings_of(encoder_tag(EfficientNetLite0Encoder()))
    assert not namer.reads_embeddings_of("fake-0")
    assert second.embedding_weights is not None
    assert second.embedding_weights.shape == (len(second.classes), FEATURE_DIM)
    assert second.weights.shape == (len(second.classes), len(FEATURE_NAMES))
    parsed = parse_namer(namer.to_json()).with_embedding
    assert parsed is not None and parsed.embedding_weights is not None
    assert np.allclose(parsed.embedding_weights, second.embedding_weights, atol=1e-6)


def test_a_navy_swatch_stays_blue_with_its_real_embedding() -> None:
    swatch = shape_on_background((30, 40, 85), (235, 235, 230))
    embedding = EfficientNetLite0Encoder().embed([swatch])[0]
    assert color_summary(swatch, embedding=embedding).main == "blue"
    assert color_summary(scenes.white_on_white(), embedding=None).main == "white"


class _Lookalike:
    """A backend that is its own encoder, named as told, with the packaged model's version."""

    dim = FEATURE_DIM
    version = EfficientNetLite0Encoder.version

    def __init__(self, name: str) -> None:
        self.name = name

    def embed(self, images: list[Image.Image]) -> np.ndarray:
        return np.full((len(images), FEATURE_DIM), FEATURE_DIM**-0.5, dtype=np.float32)

    def analyze(self, image: Image.Image, question: str | None) -> PartialFacts:
        return PartialFacts(embedding=self.embed([image])[0])


@pytest.mark.parametrize(("encoder", "handed"), [(MODEL_NAME, True), ("other-model", False)])
def test_the_photo_path_hands_its_embedding_to_the_namer_only_from_its_encoder(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, encoder: str, handed: bool
) -> None:
    seen: list[np.ndarray | None] = []

    def summary(
        image: Image.Image,
        limit: int = 3,
        embedding: np.ndarray | None = None,
        early: np.ndarray | None = None,
    ) -> colors.ColorSummary:
        seen.append(embedding)
        return color_summary(image, limit, embedding, early)

    monkeypatch.setattr(service, "color_summary", summary)
    facts = Vision(settings, backend=_Lookalike(encoder)).look(shape_on_background((30, 40, 85)))
    assert facts.embedding is not None
    assert (seen[0] is facts.embedding) is handed
    assert facts.colors.main == "blue"


def test_the_built_in_backend_hands_the_namer_its_embedding_and_early_activations(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[np.ndarray | None, np.ndarray | None]] = []

    def summary(
        image: Image.Image,
        limit: int = 3,
        embedding: np.ndarray | None = None,
        early: np.ndarray | None = None,
    ) -> colors.ColorSummary:
        seen.append((embedding, early))
        return color_summary(image, limit, embedding, early)

    monkeypatch.setattr(service, "color_summary", summary)
    facts = Vision(settings).look(shape_on_background((30, 40, 85), (235, 235, 230)))
    embedding, early = seen[0]
    assert embedding is facts.embedding
    assert early is not None and early.shape == (EARLY_DIM,)
    assert facts.colors.main == "blue"


def test_the_rules_metal_stands_unless_the_embedding_model_is_sure_of_another_colour() -> None:
    namer = shipped_namer()
    assert namer is not None
    leaning = _leaning_to("blue", namer).with_embedding
    assert leaning is not None
    gated = replace(leaning, rules_decide=frozenset({"multicolour"}), overrule_metal_at=0.6)
    sure, unsure = np.array([1.0, 0, 0, 0]), np.array([0.001, 0, 0, 0])
    assert gated.name(namer.mean, "silver", sure) == ("blue", pytest.approx(1.0))
    assert gated.name(namer.mean, "silver", unsure) is None
    assert replace(gated, overrule_metal_at=None).name(namer.mean, "silver", sure) is None


def _torn_between_blue_and_silver(namer: ColourNamer) -> ColourNamer:
    """A model over the embedding alone: the first unit leans to blue, the second to silver."""
    weights = np.zeros((len(namer.classes), 4))
    weights[namer.classes.index("blue"), 0] = 3.0
    weights[namer.classes.index("silver"), 1] = 3.0
    blank = np.zeros_like(namer.weights)
    return replace(namer, weights=blank, intercept=np.zeros(len(namer.classes)),
                   embedding_weights=weights, with_embedding=None, encoder=None,
                   rules_decide=frozenset(), overrule_metal_at=0.6, metal_floor=0.1)  # fmt: skip


def test_the_rules_metal_falls_when_the_embedding_model_finds_no_metal_in_the_item() -> None:
    """A heather sweatpant or a black cap with a sheen: the rules say silver, the model, though
    unsure of blue (p 0.59), gives silver almost nothing, so its colour is named, not the metal."""
    namer = shipped_namer()
    assert namer is not None
    torn = _torn_between_blue_and_silver(namer)
    no_metal, some_metal = np.array([1.0, 0, 0, 0]), np.array([1.0, 0.9, 0, 0])
    assert torn.probabilities(namer.mean, no_metal)[namer.classes.index("blue")] < 0.6
    assert torn.name(namer.mean, "silver", no_metal) == ("blue", pytest.approx(0.59, abs=0.01))
    assert torn.name(namer.mean, "silver", some_metal) is None  # silver is plausible: it stands
    assert replace(torn, metal_floor=None).name(namer.mean, "silver", no_metal) is None


def test_the_shipped_embedding_model_has_a_metal_floor_that_survives_its_file() -> None:
    namer = shipped_namer()
    assert namer is not None and namer.with_embedding is not None
    assert namer.with_embedding.metal_floor == pytest.approx(0.1)
    assert namer.metal_floor is None  # the colour-only model leaves metal to the rules
    parsed = parse_namer(namer.to_json()).with_embedding
    assert parsed is not None and parsed.metal_floor == pytest.approx(0.1)
