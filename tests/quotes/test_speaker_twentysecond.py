"""Mechanisms of issue 15 after the twenty-second set: a subject that is only `the` (copy cut
mid-phrase) names no one and stops nothing, and a venue's name (`the X Playhouse`) is a body's,
never a person's, so that no `she says` is given to it.

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
