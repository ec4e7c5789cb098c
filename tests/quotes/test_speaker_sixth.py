"""Speaker rules of issue 15 (sixth round), from the misses of tests/fixtures/quotes_stress_sixth.

Each rule is general (a shape of text, not a sample's words), with several made-up cases.
"""

from __future__ import annotations

import pytest

from api.parser.quotes import analyse_quotes


def _speakers(*paragraphs: str) -> list[str | None]:
    return [q.speaker for q in analyse_quotes(paragraphs).quotes]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            ("“The clay decides,” teacher Inés de la Vega Montoya said.",),
            "Inés de la Vega Montoya",
        ),
        (
            (
                "The winery belongs to Paulo dos Santos Ferreira.",
                "“Rain in August is a gift,” he said.",
            ),
            "Paulo dos Santos Ferreira",
        ),
        (
            ("“We are ready,” Mayor Lourdes Dela Rosa Bautista told reporters.",),
            "Lourdes Dela Rosa Bautista",
        ),
    ],
)
def test_a_particle_opens_two_surnames(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "The shop belongs to Inés de la Vega Montoya, 61.",
                "De la Vega laughs. “I have never sold a bad pot.”",
            ),
            "Inés de la Vega Montoya",
        ),
        (
            (
                "Paulo dos Santos Ferreira planted the vines in 1988.",
                "Dos Santos shrugs. “The soil here is thin.”",
            ),
            "Paulo dos Santos Ferreira",
        ),
        (
            (
                "Senator Lourdes Dela Rosa Bautista filed the bill.",
                "“It is overdue,” Dela Rosa said.",
            ),
            "Lourdes Dela Rosa Bautista",
        ),
    ],
)
def test_the_first_of_two_surnames_with_its_particle_stands_for_the_name(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]


def test_a_particle_before_one_surname_keeps_its_given_names():
    assert _speakers("“Late again,” said Marieke van der Berg.") == ["Marieke van der Berg"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            ("Fly-half Tevita Havili-Fonua kicked the points. “I just hit it,” he said.",),
            "Tevita Havili-Fonua",
        ),
        (("Co-owner Maya Lindqvist-Berg said: “We sold out by noon.”",), "Maya Lindqvist-Berg"),
        (("Left-back Dario Conti was booked. “It was a fair card,” Conti said.",), "Dario Conti"),
    ],
)
def test_a_hyphenated_role_opening_the_sentence_is_no_given_name(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]


def test_a_hyphenated_given_name_stays_in_the_name():
    assert _speakers("Jean-Paul Martin Roux said: “Not today.”") == ["Jean-Paul Martin Roux"]
