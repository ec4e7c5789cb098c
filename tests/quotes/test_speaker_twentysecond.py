"""Mechanisms of issue 15 after the twenty-second set: a subject that is only `the` (copy cut
mid-phrase) names no one and stops nothing; a venue's name (`the X Playhouse`) is a body's and a
name after `as` a part played, so that no `she says` is given to either; and a body's first
word alone (`X said it would appeal`) is the two-word name it opens, written as a clause's
subject that goes on with `its` (`X Y had broken its permit`).

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("“We are fine,” the said.",),
        ("Ann Lee runs the bakery.", "“We are fine,” the said. “Come in.”"),
        ("“Nothing yet,” the told reporters.",),
    ],
)
def test_a_subject_of_the_alone_names_no_one(paragraphs):
    assert _speakers(*paragraphs)[0] is None


_SUBJECT = "Dana Okafor-Reyes is late. “Sorry,” she says."


@pytest.mark.parametrize(
    "paragraph",
    [
        # a venue's name ends in its kind's word: a body, never the `she` of the sentence
        "In May she opens as Medea at the Harrowgate Playhouse. “Medea is tired,” she says.",
        "Next month she sings at the Corley Auditorium. “I am ready,” she says.",
        "This winter she plays Nora at the Ashgrove Theatre. Why now? She smiles. “Money.”",
        # a name after `as` is a part played (or a post, or an example), not who `she` is
        "Next spring she returns as Maria Callas in a new play. “Callas scares me,” she says.",
        "In the film she appears as Anne Boleyn. “I read everything,” she says.",
    ],
)
def test_a_venue_or_a_part_played_is_never_she(paragraph):
    assert _speakers(_SUBJECT, paragraph)[-1] == "Dana Okafor-Reyes"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a woman named in the paragraph, not after `as`, is still the `she` who speaks
        ("Her agent, Jane Pell, rang at noon. “She is busy,” she says.", "Jane Pell"),
        # a venue's word before a name is no venue: the person is named after it
        ("Theatre director Ann Lee-Marr joined us. “It works,” she says.", "Ann Lee-Marr"),
        # the venue's name speaks for itself as a body
        ("The Harrowgate Playhouse said: “The run is sold out.”", "Harrowgate Playhouse"),
    ],
)
def test_people_beside_a_venue_or_a_part_keep_their_quotes(paragraph, speaker):
    assert _speakers(_SUBJECT, paragraph)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a body first named by two capitals with no body's word, then by its first alone
        (
            (
                "The council found that Harrowmere Aggregates had breached its licence.",
                "Harrowmere said it would appeal. “We disagree,” a spokesman for the firm said.",
            ),
            "Harrowmere Aggregates",
        ),
        (
            (
                "Quillon Brick ignored warnings about its kilns for a year, inspectors said.",
                "Lawyers for Quillon argued the fines were too high. "
                "“We have acted in good faith,” a Quillon spokeswoman said.",
            ),
            "Quillon Brick",
        ),
    ],
)
def test_a_body_called_by_its_first_word_is_its_full_name(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a product (no `its` after it) is not what its maker's one word shortens
        (("Orbly Maps added a feature.", "“We like it,” Orbly said."), "Orbly"),
        # a person's two words: `its` is no one's here, and the first word alone stays
        (("Taylor Brennick sang first.", "“It was loud,” Taylor said."), "Taylor"),
        # a body named alone, with no two-word name it opens, keeps its one word
        (("Harrowmere said it would appeal. “We disagree,” the company said.",), "Harrowmere"),
        # two share the first word: neither is the body's full name
        (
            (
                "Quillon Brick raised its prices. Quillon Reed runs the yard.",
                "Quillon said it would appeal. “We disagree,” the company said.",
            ),
            "Quillon",
        ),
    ],
)
def test_a_lone_word_without_one_fuller_body_stays_as_it_is(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    "paragraph",
    [
        # an opening phrase's capital stands before its comma: the surname after it is the
        # subject, whose quote follows the sentence
        "Told this, Okafor-Reyes groans. “That is unfair.”",
        "Hearing the news, Okafor-Reyes laughs. “That is unfair.”",
        "Reading the note, Okafor-Reyes winces. “Not again.”",
    ],
)
def test_a_quote_after_a_surname_past_an_opening_phrase_is_theirs(paragraph):
    assert _speakers(_SUBJECT, paragraph)[-1] == "Dana Okafor-Reyes"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a place after the opening phrase is no speaker
        ("Told this, Indiana was quiet. “That is unfair.”", None),
        # a known surname opening the sentence is its subject, the name after the comma an
        # object's
        ("Okafor-Reyes, asked about Paris, shrugs. “That is unfair.”", "Dana Okafor-Reyes"),
    ],
)
def test_an_opening_phrase_makes_no_place_a_speaker(paragraph, speaker):
    assert _speakers(_SUBJECT, paragraph)[-1] == speaker


_SQUAD = "Coach Ray Dunmore named his side. Their captain, Lee Farrow, 31, was fit."


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a noun for a span of ages points back to the person whose age the article gave in it
        (
            (
                _SQUAD,
                "The goal came from Sam Oyelaran, a 17-year-old from the academy. "
                "“I was nervous,” the teenager said.",
            ),
            "Sam Oyelaran",
        ),
        (
            (
                _SQUAD,
                "The winner was Sam Oyelaran, 18, in his first start. Dunmore praised him. "
                "“I was nervous,” the teenager said.",
            ),
            "Sam Oyelaran",
        ),
        (
            (
                "Ada Quill, 84, still swims daily.",
                "Her grandson Tom Quill, 22, joins her. "
                "“The water is cold,” the octogenarian said.",
            ),
            "Ada Quill",
        ),
    ],
)
def test_an_age_noun_is_the_person_of_that_age(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


def test_an_age_noun_with_no_one_of_that_age_reads_as_before():
    # no age given: the age noun finds no one, and the description is read as any other
    found = _speakers("Kai Oduya scored twice.", "“Unreal,” the teenager said.")
    assert found == ["Kai Oduya"]


def test_an_age_noun_passes_over_people_of_other_ages():
    # the captain, 31, is named last: he is no teenager; the 19-year-old before him is
    found = _speakers(
        "Kai Oduya, 19, scored twice. Lee Farrow, 31, set up both.",
        "“I cannot believe it,” the teenager said.",
    )
    assert found == ["Kai Oduya"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # `he` or `she`, the only one a sentence names, is its subject past an opening phrase
        ((_SUBJECT, "At the door she turns back. “Be kind.”"), "Dana Okafor-Reyes"),
        (("Tom Ashe is early.", "On the way out he stops. “One more thing.”"), "Tom Ashe"),
    ],
)
def test_a_quote_after_a_sentence_of_he_or_she_alone_is_theirs(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


def test_a_sentence_naming_someone_beside_she_gives_no_one():
    # `she` and another person: which one speaks is not shown
    assert _speakers(_SUBJECT, "After lunch she calls Tom Reed. “Be kind.”")[-1] is None


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a given name of one sex, alone after the full name, is that person's
        (
            ("Helena Brackwater-Oduya runs the shop.", "“Prices are up,” Helena said."),
            "Helena Brackwater-Oduya",
        ),
        (
            ("Gregory Vantongeren chairs the board.", "“We will wait,” Gregory said."),
            "Gregory Vantongeren",
        ),
        # two people share the given name: it stays as written
        (
            (
                "Gregory Vantongeren and Gregory Pell chair the board.",
                "“We will wait,” Gregory said.",
            ),
            "Gregory",
        ),
    ],
)
def test_a_given_name_alone_is_the_full_name_it_opens(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker
