"""worst50: a title's short form is asked of a name only when someone of that surname is known,
and a vowel settles that a word is no abbreviated title before the other tests: cheap tests
first, the same answers. Made-up names and articles."""

from __future__ import annotations

import pytest

from api.parser.quote_names import abbreviated_title
from tests.quotes.helpers import speakers

WORDS = ["Cr", "Cllr", "Supt", "Ng", "St", "Md", "Ana", "Kofi", "Aaa", "CR", "cr", "Cr.", "Brr"]
WORDS += ["X", "Bcdfg", "Yr", "Rd", "Mr", "Dr", "Mrs", "Sgt", "B2", "Ms"]
_VOWELS = frozenset("aeiouyAEIOUY")


def written(word: str) -> bool:
    """The abbreviated title's tests in their first order (heads of speakers84)."""
    return (
        2 <= len(word) <= 4
        and word.isalpha()
        and word[0].isupper()
        and word[1:].islower()
        and not _VOWELS.intersection(word)
        and word.lower() not in {"ng", "st", "md"}
    )


@pytest.mark.parametrize("word", WORDS)
def test_the_vowel_first_gives_the_same_answer(word: str) -> None:
    assert abbreviated_title(word) == written(word)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (  # the surname known: the title's short form before it is that person
            (
                "Councillor Marguerite Tollemache opposed the depot.",
                'Cr Tollemache said: "We were not asked."',
            ),
            ["Marguerite Tollemache"],
        ),
        (  # no one of that surname named: nothing behind the short form, the name as written
            (
                "Councillor Marguerite Tollemache opposed the depot.",
                'Cr Abernathy-Quayle said: "We were not asked."',
            ),
            ["Cr Abernathy-Quayle"],
        ),
        (  # a given name and a surname, no title: the name as written
            (
                "Ines Okonkwo-Reyes runs the ferry kiosk.",
                'Ines Okonkwo-Reyes said: "The queue is long."',
            ),
            ["Ines Okonkwo-Reyes"],
        ),
    ],
)
def test_a_short_form_before_a_surname(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert speakers(*paragraphs) == expected
