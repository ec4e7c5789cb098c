"""speed33: Registry.resolve's two matches at a fixed place (an age after a name, a pronoun
after the verb) tried only where their first characters may stand. Compared with the plain
match at every offset of generated texts."""

from __future__ import annotations

from api.parser.quote_entries import AGED
from api.parser.quote_registry import _FOLLOWING, aged_after, following_pronoun
from tests.quotes.helpers import generated_texts

_PIECES = [
    " ", "  ", "\n", "\t", "\u00a0", ",", ", ", "55", "7", "1234", "she", "he", "He", "that",
    "thathe", "the", "hence", "s", "t", "h", "x", "Lenz", "said", "_", "é",
]  # fmt: skip


def test_the_gates_answer_as_the_matches():
    for text in generated_texts(_PIECES, 3334, 20_000, 10):
        for at in range(len(text) + 1):
            plain = _FOLLOWING.match(text, at)
            found = following_pronoun(text, at)
            assert (found and found.span(), found and found[1]) == (
                plain and plain.span(),
                plain and plain[1],
            ), (text, at)
            assert aged_after(text, at) == (AGED.match(text, at) is not None), (text, at)


def test_gates():
    assert following_pronoun("said that  she would", 4)[1] == "she"
    assert following_pronoun("said he", 4)[1] == "he"
    assert following_pronoun("said the", 4) is None
    assert following_pronoun("said Ann", 4) is None
    assert aged_after("Lenz, 55, told", 4)
    assert not aged_after("Lenz told", 4)
