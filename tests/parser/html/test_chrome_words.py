"""chrome_words reads ASCII class words lower-cased with a case-sensitive pattern: the answers
and the matched words must be those of the ignore-case CHROME pattern."""

from __future__ import annotations

import pytest

from api.parser.html.clean import ARTICLE_WORDS, CHROME, chrome_reading, chrome_words


def ignore_case_answer(words: str) -> bool:
    """chrome_words as written before the lower-cased reading: CHROME, ignoring case."""
    return bool(CHROME.search(words)) and not ARTICLE_WORDS.search(CHROME.sub(" ", words))


@pytest.mark.parametrize(
    ("words", "chrome"),
    [
        ("Share-Bar", True),
        ("NoPrint notice", True),
        ("publishDate", True),
        ("story SHARE-tools", False),
        ("Article-Body", False),
        ("Nav-Main", True),
        ("canvas", False),
        ("ADS_slot", True),
        ("entry-content Related", False),
        ("menü Menu", True),
        ("\u212aelvin-related", True),
        ("hs-Image-Widget-figure", False),
        ("elementor-WIDGET-image", False),
        ("Widget image-gallery", True),
        ("Promo STORY", False),
        ("Main-Content comments", False),
    ],
)
def test_chrome_words_answer_as_the_ignore_case_pattern(words, chrome):
    chrome_words.cache_clear()
    assert chrome_words(words) is chrome
    assert ignore_case_answer(words) is chrome


@pytest.mark.parametrize("words", ["Read-More box", "SUBSCRIBER-preview", "x PubDate y"])
def test_the_matched_word_is_the_ignore_case_patterns_folded(words):
    folded, pattern = chrome_reading(words)
    found = pattern.search(folded)
    assert found.group() == CHROME.search(words).group().casefold()
    assert found.span() == CHROME.search(words).span()


def test_words_beyond_ascii_keep_the_ignore_case_pattern():
    # The Kelvin sign matches 'k' only by ignoring case: such words are read as they are.
    words = "boo\u212a-share"
    assert chrome_reading(words) == (words, CHROME)
