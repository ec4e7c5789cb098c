"""has_sentence_inside's one scan reads the word before each mark as SENTENCE_BREAK's group does."""

from __future__ import annotations

import random

import pytest

from api.parser.sentences import BREAK_AFTER_MARK, SENTENCE_BREAK, word_before

EDGES = [
    "Ends. J. Doe",
    "U.S. Army",
    "a.b. c",
    '"Hi." Then',
    "Stop!” Then ok.) Yes",
    "Dr.  Who?  Yes",
    "No. 3: Moto G85",
    "x.\u2003Next",  # (a space other than ASCII's)
    "..  . x",
    "Mr.\nSmith",
    "Sen./Gov. Lee",
    "A.B.C. D. E.",
    "end.",
]


def _texts() -> list[str]:
    # (letters, marks, the marks' tail and spaces of several kinds, mixed at random)
    pieces = list("aBJ./!?\"”’')  \t\n\u2003x") + ["No", "Dr", "St", "U.S", "Corp"]
    rng = random.Random(26)
    made = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 18))) for _ in range(4000)]
    return EDGES + made


def _marks(text: str) -> list[tuple[int, str]]:
    """Each mark BREAK_AFTER_MARK finds, with the word word_before reads before it."""
    found, searched = [], 0
    for mark in BREAK_AFTER_MARK.finditer(text):
        found.append((mark.start(), word_before(text, searched, mark.start())))
        searched = mark.end()
    return found


@pytest.mark.parametrize("text", EDGES)
def test_the_edges_read_as_the_pattern_reads_them(text: str) -> None:
    assert _marks(text) == [(m.start(1) + len(m[1]), m[1]) for m in SENTENCE_BREAK.finditer(text)]


def test_every_mark_and_word_is_the_patterns_own() -> None:
    for text in _texts():
        expected = [(m.end(1), m[1]) for m in SENTENCE_BREAK.finditer(text)]
        assert _marks(text) == expected, text


def test_a_word_opens_after_the_last_space_and_not_before_start() -> None:
    assert word_before("Press. All", 0, 5) == "Press"
    assert word_before("Ends. J. Doe", 7, 7) == ""
    assert _marks("Ends. J. Doe") == [(4, "Ends"), (7, "J")]  # (the next break's word whole)
    assert word_before("Ends. J. Doe", 6, 7) == "J"
    assert word_before("so it.", 0, 5) == "it"
    assert word_before("tail  .", 0, 6) == ""
