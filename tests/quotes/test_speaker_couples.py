"""Mechanisms of issue 15: a couple named together (`Ann and Tom Lee`) is two people, and a
spouse written as a subject (`Her husband shook his head`) is the other one of the two.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # the spouse opens the sentence before a colon: the other one of the couple speaks
        (
            (
                'Down the lane, Ines and Olek Varga watched the water rise. "Forty years," '
                "Ines Varga said.",
                'Her husband shook his head: "We are staying."',
            ),
            "Olek Varga",
        ),
        (
            (
                'Outside the court were Bram and Tilda Osei. "We waited a decade," Bram Osei said.',
                'His wife looked away: "Nobody listened."',
            ),
            "Tilda Osei",
        ),
        # the spouse is the sentence's subject, a pronoun's clause after it
        (
            (
                'Among the crowd were Petra and Joachim Lindqvist. "It was a long day," Petra '
                "Lindqvist said.",
                'Her husband said little. Asked what he wanted, he replied: "Answers."',
            ),
            "Joachim Lindqvist",
        ),
        # a surname of two words
        (
            (
                'Nearby, Carys and Idris Van Holt stood by their car. "We lost the barn," Carys '
                "Van Holt said.",
                'Her husband nodded: "And the tractor."',
            ),
            "Idris Van Holt",
        ),
    ],
)
def test_a_spouse_is_the_other_one_of_a_couple(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # no couple named: the spouse is nobody the article named, as before
        (
            (
                'Down the lane, Ines Varga watched the water rise. "Forty years," Ines Varga said.',
                'Her husband shook his head: "We are staying."',
            ),
            None,
        ),
        # the spouse the article named with the relation is that person, couple or not
        (
            (
                'Ines and Olek Varga were there. "Forty years," Ines Varga said. Her husband, '
                "Tomas Brandt, was not.",
                'Her husband shook his head: "We are staying."',
            ),
            "Tomas Brandt",
        ),
        # a body and a person joined by `and` are no couple
        (
            (
                'Delmont Foods and Ruth Akers signed the deal. "It is done," Ruth Akers said.',
                'Her husband shook his head: "Not yet."',
            ),
            None,
        ),
        # a sibling before a colon still needs the article to have given the relation
        (
            (
                'Ines and Olek Varga watched. "Forty years," Ines Varga said.',
                'Her sister shook her head: "We are staying."',
            ),
            None,
        ),
    ],
)
def test_a_spouse_names_no_one_else(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker
