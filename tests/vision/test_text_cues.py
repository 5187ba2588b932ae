"""When a photo's printed text is read: a question naming a package or a packaged food reads it,
since its name is printed on the box ("my kids love this cereal, how much is a box?")."""

from __future__ import annotations

import pytest

from vision.text_cues import question_wants_text


@pytest.mark.parametrize(
    "question",
    [
        "my kids love this cereal, how much is a box?",
        "my kids love this cereal, do you sell it?",
        "do you stock these crackers?",
        "how much for a jar of this?",
    ],
)
def test_a_package_or_packaged_food_in_the_question_reads_the_print(question: str) -> None:
    assert question_wants_text(question)


@pytest.mark.parametrize(
    "question", ["can you find this jacket", "do you have this in blue?", "is this waterproof?"]
)
def test_an_item_question_does_not(question: str) -> None:
    assert not question_wants_text(question)
