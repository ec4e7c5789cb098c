"""The quote path's dict caches answer as the uncached reads do, and stay bounded."""

import pytest

from api.parser.quote_tokens import CACHE_SIZE, word_key


@pytest.mark.parametrize(
    ("word", "key"), [("Said.", "said"), ("Orvelle", "orvelle"), ("U.S.", "u.s"), ("and", "and")]
)
def test_word_key_reads_the_same_from_the_cache(word: str, key: str) -> None:
    assert word_key(word) == key
    assert word_key(word) == key  # (the second answer is the cache's)


def test_word_key_cache_starts_again_when_full() -> None:
    words = [f"Zq{n}." for n in range(CACHE_SIZE + 3)]
    assert [word_key(word) for word in words] == [word.lower()[:-1] for word in words]
    assert word_key("Brannagh.") == "brannagh"
