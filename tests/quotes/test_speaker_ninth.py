"""Speaker rules of issue 15 (ninth round), from the misses of tests/fixtures/quotes_stress_ninth.

Each rule is general (a shape of text, not a sample's words), with several made-up cases.
"""

from __future__ import annotations

import pytest

from api.parser.quote_described import agent_noun
from api.parser.quotes import analyse_quotes


def _speakers(*paragraphs: str) -> list[str | None]:
    return [q.speaker for q in analyse_quotes(paragraphs).quotes]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a noun for what someone does, never given as their role: the person just named
        (
            (
                "Tamsin Okoro-Vale scored the winner in the last minute on Saturday.",
                "“I just hit it and hoped,” the midfielder said.",
            ),
            "Tamsin Okoro-Vale",
        ),
        (
            (
                "Resident Bartholomew Quill, 80, has lived on the street since 1961.",
                "“They can move me when I am dead,” the pensioner said.",
            ),
            "Bartholomew Quill",
        ),
        (
            (
                "Nadia Ferreira-Holm counted the beetles in 40 plots for three summers. "
                "“Half of them were gone by the end,” the entomologist said.",
            ),
            "Nadia Ferreira-Holm",
        ),
        (
            (
                "Oskar Lindgren, who covers airlines for Barrow Capital, cut his target. "
                "“The fleet is too old,” the analyst wrote.",
            ),
            "Oskar Lindgren",
        ),
        (
            (
                "“Ice cores do not lie,” according to Ruth Akande, who studies them in Bergen.",
                "The glaciologist said the record was clear. “We are off the chart.”",
            ),
            "Ruth Akande",
        ),
    ],
)
def test_an_undescribed_agent_noun_is_the_person_just_named(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    "paragraphs",
    [
        # the noun came in with `a`/`an` for someone unnamed: not the person named last
        (
            "“It is over,” an insider told the paper.",
            "Greta Holm, 38, has not spoken in public since May.",
            "“Nobody wants a fight,” the insider added.",
        ),
        (
            "A passenger filmed the crash. Pilot Ana Ruiz was unhurt.",
            "“I saw the wing touch,” the passenger said.",
        ),
        # a named person more than a paragraph before is not salient enough
        (
            "Joachim Brandt-Olsen founded the firm in 1990.",
            "The firm grew.",
            "Sales fell in the spring.",
            "“We will cut prices,” the founder said.",
        ),
    ],
)
def test_an_agent_noun_for_someone_unnamed_stays_unnamed(paragraphs):
    assert _speakers(*paragraphs)[-1] is None


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("striker", True),
        ("retiree", True),
        ("ecologist", True),
        ("analyst", True),
        ("librarian", True),
        ("company", False),
        ("carrier", False),
        ("letter", False),
        ("official", False),
    ],
)
def test_agent_noun(word, expected):
    assert agent_noun(word) is expected


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # an owner pronoun and a thing of theirs before a colon: the owner speaks
        (
            ("Governor Ellen Marsh-Tiller left the room. Her tone was icy: “We are done here.”",),
            "Ellen Marsh-Tiller",
        ),
        (
            (
                "Pietro Alvisi-Kang lost the vote by two.",
                "His mood afterwards was sour: “Two votes. Two.”",
            ),
            "Pietro Alvisi-Kang",
        ),
        (
            (
                "Coach Dara Finnerty-Obi was asked about the referee. "
                "Her own words were careful: “I will read the report first.”",
            ),
            "Dara Finnerty-Obi",
        ),
    ],
)
def test_an_owned_thing_before_a_colon_is_its_owners_speech(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a person or a body of theirs speaks for themself: not the owner
        ("Tomas Erling-Voss did not attend. His lawyer was blunt: “My client is innocent.”",),
        ("Mira Solheim-Adeyemi was absent. Her mother was brief: “She is resting.”",),
    ],
)
def test_an_owned_person_before_a_colon_is_not_the_owner(paragraphs):
    owner = paragraphs[0].split(" did not")[0].split(" was absent")[0]
    assert _speakers(*paragraphs)[-1] != owner


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a quote opening a paragraph, then a known surname with a `who` clause: the speaker
        (
            (
                "Marcus Delacroix-Hayes spoke for most of the hour.",
                "Dale Whitcombe said the plan was fair. “Nobody walks farther,” he said.",
                "“They said that last time.” Delacroix-Hayes, who has lived here for 20 years, "
                "was not convinced.",
            ),
            "Marcus Delacroix-Hayes",
        ),
        (
            (
                "Councillor Ines Pardo-Wirth voted against the plan.",
                "“It is a good plan,” Mayor Olga Brandt told reporters.",
                "“It will not last a winter.” Pardo-Wirth, who chairs the roads committee, "
                "left before the vote was counted.",
            ),
            "Ines Pardo-Wirth",
        ),
        (
            (
                "Farmer Tobias Ekwueme-Lund lost half his flock.",
                "Jens Aalborg said more rain was due. “Expect another week of it,” he said.",
                "“I have never seen rain like it.” Ekwueme-Lund, who is 70, has farmed here all "
                "his life.",
            ),
            "Tobias Ekwueme-Lund",
        ),
    ],
)
def test_a_known_surname_with_a_who_clause_after_a_quote_is_its_speaker(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker
