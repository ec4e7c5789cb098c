"""Mechanisms of issue 15 (nineteenth round), from the misses of quotes_stress_nineteenth: a
capital before a role noun in a description (a team, a party), and an adverb of time opening a
sentence before its subject.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # `the Herons coach` after the other team's coach spoke last: the team picks the coach
        (
            (
                "Herons coach Bill Strazinski said it was close.",
                "Foxes coach Renata Villalobos-Kerr was blunt: “We didn't deserve it.”",
                "“He's the best player on the floor,” the Herons coach said of Okafor.",
            ),
            "Bill Strazinski",
        ),
        (
            (
                "Rovers manager Tam Beatty praised his defence.",
                "United manager Ola Kvist said: “We were poor.”",
                "“We kept our shape for ninety minutes,” the Rovers manager said.",
            ),
            "Tam Beatty",
        ),
        # `the Opposition spokesperson` of a person whose role holds both words: not a body
        (
            (
                "Opposition housing spokesperson Rawiri Tane called the bill weak.",
                "“We will see fewer rentals,” the Opposition spokesperson said.",
            ),
            "Rawiri Tane",
        ),
        (
            (
                "Labour health spokeswoman Jana Mire said waiting lists were growing.",
                "Health Minister Colin Dreyer disagreed.",
                "“The figures speak for themselves,” the Labour spokeswoman said.",
            ),
            "Jana Mire",
        ),
    ],
)
def test_a_capital_before_a_role_noun_picks_the_person_whose_role_holds_it(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # with no one whose role holds the capital, the description is read as before
        (
            ("“We do not comment on leaks,” a Kremlin spokesperson said.",),
            "Kremlin",
        ),
        (
            (
                "Coach Dana Pell said her side was tired.",
                "“We need a rest,” the coach said.",
            ),
            "Dana Pell",
        ),
    ],
)
def test_descriptions_without_such_a_capital_are_read_as_before(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # an adverb of time opening a sentence, no comma: the pronoun after it is the subject
        (
            ("Odalys Quist takes her bow in socks. Afterwards she is hoarse: “I forgot to eat.”",),
            "Odalys Quist",
        ),
        (
            ("Piet Brandt waited an hour for the result. Finally he was calm: “We did our best.”",),
            "Piet Brandt",
        ),
        (
            ("Mara Lind left the stage in tears. Later she was candid: “I missed the top note.”",),
            "Mara Lind",
        ),
        (
            ("Tom Eke lost the vote. Afterward he was gracious: “The people have spoken.”",),
            "Tom Eke",
        ),
    ],
)
def test_an_opening_adverb_of_time_is_no_name(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


def test_an_adverb_later_in_a_sentence_leaves_the_object_alone():
    # `she later told Ruiz:`: Ruiz is told, not the one speaking
    assert (
        _speakers("Ana Holt chairs the board. She later told Ben Ruiz: “Your plan is too late.”")[
            -1
        ]
        == "Ana Holt"
    )
