"""speed33: Salience._relative searches _KIN_BEFORE only where the word before the lone name
(a comma aside) is a family word or `years` (kin_or_years_before). Wherever the search finds a
match, the test lets it be made: compared at every end of generated texts."""

from __future__ import annotations

from api.parser.quote_salience import _KIN_BEFORE, KIN_BACK, kin_or_years_before
from tests.quotes.helpers import generated_texts

_PIECES = [
    "His ", "her ", "Their ", "wife", "stepdaughter", "granddaughter", "son", "sons", " of ",
    "50", " years", "years", ",", ", ", " ", "\n", "late ", "eldest ", "Maureen", "said ", "x",
    "é", "Wife",
]  # fmt: skip


def test_every_match_is_let_through():
    for text in generated_texts(_PIECES, 3333, 6_000, 10):
        for end in range(len(text) + 1):
            if _KIN_BEFORE.search(text, max(0, end - KIN_BACK), end) is not None:
                assert kin_or_years_before(text, end), (text, end)


def test_kin_or_years_before():
    assert kin_or_years_before("His wife, Maureen", 10)
    assert kin_or_years_before("Her stepdaughter Bríd", 17)
    assert kin_or_years_before("his wife of 50 years, Ann", 22)
    assert not kin_or_years_before("said Ann", 5)
    assert not kin_or_years_before("", 0)
