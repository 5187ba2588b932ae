from agent.size_words import SIZE_WORD, size_letter


def test_size_words_read_as_letters_whatever_the_spelling() -> None:
    assert size_letter("X-Large") == "XL"
    assert size_letter("extra  small") == "XS"
    assert size_letter("extra-large") == "XL"
    assert size_letter("double extra large") == "XXL"
    assert size_letter("medium") == "M"
    assert size_letter("largest") is None


def test_the_longest_size_word_is_found_where_words_nest() -> None:
    assert [m[0] for m in SIZE_WORD.finditer("an extra large and a x-small")] == [
        "extra large",
        "x-small",
    ]
    assert SIZE_WORD.search("a largesse of small-ish things") is None
