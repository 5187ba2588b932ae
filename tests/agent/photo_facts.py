"""Scripted photos for dialogue tests: the vision facts a test sets, answered for every upload."""

from __future__ import annotations

from vision.facts import CategoryScore, ColorShare, ImageFacts, SimilarItem


class ScriptedVision:
    """Answers every photo with the facts a test sets."""

    def __init__(self, facts: ImageFacts) -> None:
        self.facts = facts
        self.questions: list[str | None] = []

    def analyze_image(self, image: object, question: str | None = None, **_: object) -> ImageFacts:
        self.questions.append(question)
        return self.facts


def photo_of(
    *similar: tuple[str, float], colour: str, kind: tuple[str, float] | None = None
) -> ScriptedVision:
    """A photo of a `colour` item (80% of it, 90% sure) whose look-alikes are `similar`; with
    `kind`, one category vote (label, score) that leaves the photo not unsure."""
    return ScriptedVision(
        ImageFacts(
            image_id="x",
            colors=[ColorShare(name=colour, share=0.8)],
            main_color=colour,
            color_confidence=0.9,
            categories=[CategoryScore(label=kind[0], score=kind[1])] if kind else [],
            unsure=kind is None,
            similar=[SimilarItem(id=i, score=s) for i, s in similar],
        )
    )
