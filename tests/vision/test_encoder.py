"""The encoder's one forward pass: the embedding as before, and the item's early activations the
colour namer reads, measured where the item is and not on its backdrop."""

from __future__ import annotations

import numpy as np
import torch
from PIL import Image

from tests.vision.fakes import shape_on_background
from vision.encoder import (
    EARLY_DIM,
    EARLY_GRID,
    INPUT_SIDE,
    EfficientNetLite0Encoder,
    to_input_array,
)
from vision.framing import item_cover


def test_the_item_cover_marks_the_items_cells_of_the_framed_input() -> None:
    image = Image.new("RGB", (400, 200), (250, 250, 250))
    image.paste((200, 30, 35), (250, 60, 350, 160))  # a red square right of centre
    cover = item_cover(image, INPUT_SIDE, EARLY_GRID)
    assert cover.shape == (EARLY_GRID, EARLY_GRID)
    assert cover[EARLY_GRID // 2, EARLY_GRID // 2] > 0.9  # framed: the item sits in the middle
    assert cover[0, 0] == 0.0 and cover[-1, -1] == 0.0  # the margin and the backdrop are not it
    whole = item_cover(image, INPUT_SIDE, EARLY_GRID, frame=False)
    assert whole[EARLY_GRID // 2, EARLY_GRID // 4] == 0.0  # unframed: the left half is backdrop
    assert whole[EARLY_GRID // 2, 3 * EARLY_GRID // 4] > 0.5


def test_a_close_up_with_no_item_standing_out_is_covered_everywhere() -> None:
    cover = item_cover(Image.new("RGB", (120, 90), (40, 90, 200)), INPUT_SIDE, EARLY_GRID)
    assert (cover == 1.0).all()


def test_encode_gives_the_same_embedding_as_the_network_and_early_activations() -> None:
    encoder = EfficientNetLite0Encoder()
    image = shape_on_background((40, 90, 200), (235, 235, 230))
    encoded = encoder.encode([image], mirrored=True)
    assert encoded.features.shape == (2, 1280) and encoded.early.shape == (2, EARLY_DIM)
    model = encoder._load()
    with torch.inference_mode():
        maps = model.extract_features(torch.from_numpy(to_input_array(image)[None]))  # type: ignore[attr-defined]
    pooled = torch.nn.functional.normalize(maps.mean(dim=(2, 3)), dim=1).numpy()[0]
    assert np.allclose(encoded.features[0], pooled, atol=1e-5)
    assert np.allclose(encoder.embed([image])[0], pooled, atol=1e-5)
    # the silhouette is symmetric: its mirror's early activations are about the same
    assert np.corrcoef(encoded.early[0], encoded.early[1])[0, 1] > 0.99


def test_early_activations_follow_the_items_colour_not_its_backdrop() -> None:
    encoder = EfficientNetLite0Encoder()
    red_on_white, red_on_green, blue_on_white = encoder.encode(
        [
            shape_on_background((200, 30, 35), (245, 245, 245)),
            shape_on_background((200, 30, 35), (60, 150, 70)),
            shape_on_background((40, 90, 200), (245, 245, 245)),
        ]
    ).early
    backdrop_changed = np.linalg.norm(red_on_white - red_on_green)
    item_changed = np.linalg.norm(red_on_white - blue_on_white)
    assert backdrop_changed < 0.5 * item_changed
