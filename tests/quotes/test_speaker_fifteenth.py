"""Speaker rules of issue 15 (fifteenth round), from the misses of quotes_stress_fifteenth.

Each rule is general (a shape of text, not a sample's words), with several made-up cases and
counter-cases that must keep their speaker.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a school head's title written as one word is the role, no part of the name
        (("“We start at nine,” said Headmaster Tom Pell.",), "Tom Pell"),
        (("Schoolteacher Ann Roe, 31, said: “The rooms are cold.”",), "Ann Roe"),
        (
            ("Headmistress Ann Roe said it was cold. “We shiver,” Roe said.",),
            "Ann Roe",
        ),
        (
            (
                "Headteacher Colm Brady said the roof had leaked for years. “We put buckets "
                "out,” he said.",
            ),
            "Colm Brady",
        ),
        # the same word in lower case after an article keeps the name that follows it
        (
            ("The school’s headmistress, Ann Roe, said it was cold. “We shiver,” she said.",),
            "Ann Roe",
        ),
    ],
)
def test_a_school_heads_title_is_no_part_of_the_name(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # `winner` before a name is a role, as `candidate` is: the named subject is salient
        (
            (
                "“I ran a clean race,” said Douglas Pettigrew.",
                "Ward winner Priya Ramcharan, a paramedic, said she would push. “Nobody should "
                "wait,” she said.",
            ),
            "Priya Ramcharan",
        ),
        # a number after a capitalised word inside a role before a name: `Ward 3 winner`
        (
            (
                "“I ran a clean race,” said Douglas Pettigrew.",
                "Ward 6 winner Ines Moreau, a former nurse, said she would push. “Nobody should "
                "wait,” she said.",
            ),
            "Ines Moreau",
        ),
        (
            (
                "“We lost,” said Tom Baird.",
                "Local 32 president Ana Ruiz, a welder, said she was ready. “It was close,” she "
                "said.",
            ),
            "Ana Ruiz",
        ),
        # a numbered thing that is no one's role leaves the named subject the speaker
        (
            (
                "“We lost,” said Tom Baird.",
                "Ana Ruiz, a welder, said she was ready. Article 5 gives her a vote. “It was "
                "close,” she said.",
            ),
            "Ana Ruiz",
        ),
    ],
)
def test_a_numbered_role_before_a_name(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a singer's voice, said of the singer just named, is that singer
        (
            (
                "Joaquín Delgado, who sings Rigoletto, said the set had helped. “It feels like "
                "home,” the baritone said.",
            ),
            "Joaquín Delgado",
        ),
        (
            ("Ana Ruiz sang Tosca last night. “I was terrified,” the soprano said.",),
            "Ana Ruiz",
        ),
        (
            (
                "Lena Vogt, who sings Carmen, said the staging had helped. “I feel free,” the "
                "mezzo-soprano said.",
            ),
            "Lena Vogt",
        ),
        # no one named before: the voice stays no one's name
        (("The cast was announced on Monday. “It is a dream,” said the tenor.",), None),
        # a voice brought in with `a` is someone the article does not name
        (
            (
                "Ana Ruiz sang Tosca. A tenor in the chorus was less happy. “It is a mess,” the "
                "tenor said.",
            ),
            None,
        ),
    ],
)
def test_a_singers_voice_is_the_singer_named_before(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a body's own name, then in brackets the body it is: `the agency` is the name before
        (
            (
                "Waka Tere (the Harbour Transport Agency) said it would pay a third. “This ferry "
                "carries more people than the road,” the agency said.",
            ),
            "Waka Tere",
        ),
        (
            (
                "Te Roopu Ora (the Regional Health Authority) said beds were short. “We are "
                "hiring,” the authority said.",
            ),
            "Te Roopu Ora",
        ),
        (
            (
                "Comhairle Contae (the County Council) met on Monday. “We will build it,” the "
                "council said.",
            ),
            "Comhairle Contae",
        ),
        # a body named as such, with a person of it: `the agency` stays the body
        (
            (
                "Ana Ruiz of the Acme Agency said prices would rise. “It is painful,” the agency "
                "said.",
            ),
            "Acme Agency",
        ),
        # an acronym in brackets after a body's full name keeps the full name
        (
            (
                "The Federation of Harbour Pilots (FHP) said it would strike. “We have no "
                "choice,” the federation said.",
            ),
            "Federation of Harbour Pilots",
        ),
    ],
)
def test_a_bracketed_gloss_of_a_body_name(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # `His lawyer, X of Y LLP, said he ...`: the role before the comma is X's, past the firm,
        # so `he` after the verb is the owner (his), saying nothing of X's own gender
        (
            (
                "Tom Reyes, the driver, was charged. His lawyer, Ann Lee of Lee & Park, said he "
                "would plead not guilty. “My client is innocent,” she said.",
            ),
            "Ann Lee",
        ),
        (
            (
                "Tom Reyes, the driver, was charged. His lawyer, Ann Lee of the Public Defender "
                "Service, said he would plead not guilty. “My client is innocent,” she said.",
            ),
            "Ann Lee",
        ),
        (
            (
                "Mia Sorensen won the heat. Her coach, Paul Hart of Leeds United, said she had "
                "trained hard. “She is ready,” he said.",
            ),
            "Paul Hart",
        ),
        # without the firm the rule was there before: unchanged
        (
            (
                "Mia Sorensen won the heat. Her coach, Paul Hart, said she had trained hard. “She "
                "is ready,” he said.",
            ),
            "Paul Hart",
        ),
    ],
)
def test_a_role_before_a_name_and_its_firm(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a lone given name after an owner's family word is that relative, of the word's gender
        (
            (
                "Tom Vale, 80, still fishes.",
                "His daughter, Freya, drives him to the harbour. “He never misses a tide,” she "
                "says.",
            ),
            "Freya",
        ),
        (
            (
                "Tom Vale, 80, still fishes.",
                "Their eldest daughter, Freya, drives him to the harbour. “He never misses a "
                "tide,” she says.",
            ),
            "Freya",
        ),
        (
            (
                "Every morning, Ivo Hanak, 70, opens the bakery.",
                "His wife of 40 years, Dana, does the accounts. “He would give the bread away,” "
                "she says.",
            ),
            "Dana",
        ),
        (
            (
                "Every morning, Ivo Hanak, 70, opens the bakery. “Bread waits for nobody,” he "
                "says.",
                "Their son, Pavel, runs a garage in Brno. “I love him, but I hate flour,” he says.",
            ),
            "Pavel",
        ),
        # the relative named later by the given name alone is still that person
        (
            (
                "Every morning, Ivo Hanak, 70, opens the bakery.",
                "His wife of 40 years, Dana, does the accounts.",
                "Their granddaughter, Ema, 15, helps on Saturdays. “I like the ovens,” Ema says.",
                "Dana laughs at that. “She likes the money,” she says.",
            ),
            "Dana",
        ),
        # a relative of the other gender leaves the pronoun with the person named before
        (
            (
                "Ana Lind runs the farm alone now. Her husband, Erik, died in 2009. “I miss him "
                "every day,” she said.",
            ),
            "Ana Lind",
        ),
        # a relative inside a sentence about someone else is no subject of it
        (
            (
                "Ana Lind runs the farm alone now. She lives with her son, Tomas, near the river. "
                "“He cooks,” she said.",
            ),
            "Ana Lind",
        ),
    ],
)
def test_a_relative_named_by_a_given_name_alone(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a noun for a body's kind that also names people is the body's when a body spoke last
        (
            (
                "Its general secretary, Ruth Calder, said: “Patience has a limit.”",
                "A spokesperson for Eastline Trains said the offer was “fair”. “We urge the "
                "union to put it to its members,” the operator said.",
            ),
            "Eastline Trains",
        ),
        (
            (
                "Rita Moss, the union leader, said talks had failed.",
                "A spokesman for Coastlink Ferries said sailings would resume. “Safety comes "
                "first,” the operator said.",
            ),
            "Coastlink Ferries",
        ),
        (
            (
                "Rita Moss, who lives on the estate, said the signal had been down for weeks.",
                "A spokeswoman for Lumen Broadband said engineers were on site. “We apologise to "
                "every customer,” the provider said.",
            ),
            "Lumen Broadband",
        ),
        # a person last: the noun stays that person's
        (
            (
                "Crane operator Tom Bell, 44, said the wind was too strong. “I would not go up,” "
                "the operator said.",
            ),
            "Tom Bell",
        ),
        (
            (
                "Tom Bell, 44, has run boat trips for years. “The sea decides,” the tour "
                "operator said.",
            ),
            "Tom Bell",
        ),
    ],
)
def test_a_bodys_noun_that_also_names_people(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a body named through those who examine for it: their report and they are the body
        (
            (
                "The hospital trust has been told to improve its maternity care, inspectors from "
                "the Care Review Board have found.",
                "Staffing was “unsafe on most nights,” the report said.",
            ),
            "Care Review Board",
        ),
        (
            (
                "Auditors at Kestrel Accounting found the council had overspent by £4m.",
                "“Controls were weak or absent,” the auditors wrote.",
            ),
            "Kestrel Accounting",
        ),
        (
            (
                "Election observers from the Nordic Monitoring Mission watched the count in 40 "
                "towns.",
                "“Voting was orderly but the count was slow,” the observers said.",
            ),
            "Nordic Monitoring Mission",
        ),
        (
            (
                "Investigators from the Marine Accident Branch boarded the ferry on Monday.",
                "“The crew had not slept,” the investigators said.",
            ),
            "Marine Accident Branch",
        ),
        # no body named with them: a report or inspectors stay no one's
        (("The bridge was closed on Monday.", "“Two bolts had sheared,” the report said."), None),
        (
            (
                "Inspectors visited the plant on Monday.",
                "“The valves were rusted,” the inspectors wrote.",
            ),
            None,
        ),
        # a person who speaks of the inspectors' findings keeps their words
        (
            (
                "Ann Lee, who chairs the board, has read the findings of inspectors from Ofsted.",
                "Ann Lee said: “We accept them.” She added that the review was fair. “It was a "
                "hard week,” Lee said.",
            ),
            "Ann Lee",
        ),
    ],
)
def test_a_body_named_through_its_examiners(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker
