"""Pronoun and description mechanisms of issue 15 (seventeenth round), from the misses of
quotes_stress_seventeenth and the earlier sets: agreement of a pronoun or description with what
the article has shown its referent to be.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quotes import analyse_quotes


def _speakers(*paragraphs: str) -> list[str | None]:
    return [q.speaker for q in analyse_quotes(paragraphs).quotes]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a lone capital called `the union` is a body: a later `she` is no longer free to take it
        (
            (
                "Ana Ruiz, the mayor, called the vote.",
                "Unitas, which represents the cleaners, said it would ballot them. “We were not"
                " asked,” the union said.",
                "A reply came on Friday. “They were,” she said.",
            ),
            "Ana Ruiz",
        ),
        (
            (
                "Lena Ortiz, the club's manager, spoke first.",
                "Forvik said the deal was off. “No terms were agreed,” the company said.",
                "Her assistant was not surprised. “We expected it,” she said.",
            ),
            "Lena Ortiz",
        ),
    ],
)
def test_a_body_called_by_a_body_noun_takes_no_she(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # `The council leader rejected ...`: the person whose role is the council's leader, not
        # the council, is what the sentence makes salient
        (
            (
                "The council’s leader, Ana Ruiz, and her deputy, Tom Vella, met the unions.",
                "Unitas, a cleaners’ union, called the offer an insult.",
                "The council leader rejected that account. “The offer stands,” she said.",
            ),
            "Ana Ruiz",
        ),
        (
            (
                "Ana Ruiz, the union’s president, met the minister, Tom Vella.",
                "Officials at the ministry were pleased. Kai Moss, its press chief, said so.",
                "The union president disagreed. “Nothing is settled,” she said.",
            ),
            "Ana Ruiz",
        ),
        # a body's noun alone still makes the body salient
        (
            (
                "Harwick Council met Ana Ruiz on Monday.",
                "The council rejected her account. “The offer stands,” it said.",
            ),
            "Harwick Council",
        ),
    ],
)
def test_a_body_noun_then_a_title_is_that_persons(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker
