"""Language detection and translation to English shopping words (no store needed)."""

from __future__ import annotations

import pytest

from agent.language import detect_language
from agent.translate import to_english


@pytest.mark.parametrize(
    "message",
    [
        "a latte mug for my desk",
        "pour over coffee kettle",
        "bluetooth speakers",
        "tote bag",
        "yoga mats",
        "canvas low sneaker",
        "12 Elm Street, Springfield, IL 62704, USA",
        "Marie Dubois, marie@example.fr, 12 Rue de la Paix, 75002 Paris, France",
        "Oliver Smith, oliver@example.co.uk, 221B Baker Street, London NW1 6XE, United Kingdom",
        "die-cast model car",
        "a van for camping? no, a tent",
        "per person price",
        "ok",
        "M",
    ],
)
def test_english_stays_english(message: str) -> None:
    assert detect_language(message) == "en"


def test_a_message_with_no_evidence_keeps_the_conversations_language() -> None:
    assert detect_language("M", previous="fr") == "fr"
    assert detect_language("Carlos Ruiz, carlos@example.com", previous="es") == "es"
    assert detect_language("the blue one please", previous="es") == "en"


@pytest.mark.parametrize(
    ("message", "language", "english"),
    [
        ("Hola, busco zapatillas rojas", "es", "hello, looking for red sneakers"),
        ("des chaussures noires en cuir", "fr", "some black leather shoes"),
        ("ich suche eine Wasserflasche", "de", "looking for a water bottle"),
        ("ik zoek een yogamat", "nl", "looking for a yoga mat"),
        ("vorrei una giacca impermeabile", "it", "i'd like a waterproof jacket"),
        ("procuro uma mochila sem couro", "pt", "looking for a backpack without leather"),
    ],
)
def test_shopping_words_are_read_in_english(message: str, language: str, english: str) -> None:
    assert detect_language(message) == language
    assert to_english(message, language) == english


def test_contact_details_and_titles_pass_through_as_written() -> None:
    said = "Pagar. Rosa Blanco, rosa@example.es, Calle de la Paz 5, 28012 Madrid, España"
    english = to_english(said, "es")
    assert english.startswith("checkout.")
    assert "Rosa Blanco, rosa@example.es, Calle de la Paz 5, 28012 Madrid, España" in english
    kept = to_english("quiero el Rosa Gold Bracelet", "es", keep=["Rosa Gold Bracelet"])
    assert kept.endswith("Rosa Gold Bracelet")


def test_words_the_lexicon_lacks_pass_through() -> None:
    assert to_english("busco Nike Pegasus talla 42", "es") == "looking for Nike Pegasus size 42"
