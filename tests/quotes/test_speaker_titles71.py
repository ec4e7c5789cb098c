"""Speakers71: a title the role tables lack kept off a three-word name: a word the article also
writes in lower case (`Barrister X Y` then `the barrister said`) or a short capitalised word
without a vowel (`Cr X Y`), neither a given name the table knows (`Major`, `Pastor`, `King`).

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_names import abbreviated_title, local_title
from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Cr", True),
        ("Cllr", True),
        ("Hn", True),
        ("Ng", False),  # a surname without a vowel
        ("Lyn", False),  # `y` is a vowel here
        ("Ana", False),
        ("CR", False),  # letters, no short form of a title
        ("C", False),
        ("Crwth", False),  # too long for a short form
    ],
)
def test_an_abbreviated_title(word, expected):
    assert abbreviated_title(word) is expected


@pytest.mark.parametrize(
    ("word", "written", "expected"),
    [
        ("Barrister", {"barrister"}, True),
        ("Elder", {"elder"}, True),
        ("Cr", set(), True),
        ("Barrister", set(), False),  # the article never writes it in lower case
        ("Major", {"major"}, False),  # a given name the table knows
        ("Pastor", {"pastor"}, False),
        ("King", {"king"}, False),
        ("Bus", {"bus", "riders"}, False),  # `Bus Riders Ashford`, a body's name
    ],
)
def test_a_local_title(word, written, expected):
    rest = ["Riders", "Ashford"] if word == "Bus" else ["Ana", "Roe"]
    assert local_title(word, rest, written.__contains__) is expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                'Its lawyer, Barrister Ahsan Qureshi, told the court the fine was "far too high".',
                '"The ruling cannot stand," the barrister said.',
            ),
            ["Ahsan Qureshi", "Ahsan Qureshi"],
        ),
        (
            (
                "Cr Mereana Tuhoe, who voted against the cut, said it was “a mistake”.",
                "“We found the money before,” she said.",
            ),
            ["Mereana Tuhoe", "Mereana Tuhoe"],
        ),
        (
            (
                'The village\'s headman, Elder Kofi Boateng, said the well was "dry". '
                '"We walk two hours," the elder said.',
            ),
            ["Kofi Boateng", "Kofi Boateng"],
        ),
        (
            ('Cllr Dai Pryce said the bins were "a disgrace".', '"Fix them," Pryce said.'),
            ["Dai Pryce", "Dai Pryce"],
        ),
    ],
)
def test_a_title_off_the_name(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a title that is a given name too keeps it, lower-case word or not
        (
            ('Major Tom Baker said the road was shut. "We go round," he said.',),
            ["Major Tom Baker"],
        ),
        (('Ana Major said "We go now".', '"Fine," Major said.'), ["Ana Major", "Ana Major"]),
        (
            (
                'Pastor Ruth Okafor said the king had visited. "He prayed," she said.',
                '"A good man," Okafor said.',
            ),
            ["Ruth Okafor", "Ruth Okafor"],
        ),
        # a word never written in lower case stays part of the name
        (
            ('Tevita Mele Fonua said the boat left. "It left at dawn," Fonua said.',),
            ["Tevita Mele Fonua"],
        ),
        # a body's name whose words the article writes in lower case too
        (
            (
                "Mina Osei, of the tenants' group Flat Tenants Dovebridge, said rents rose.",
                'The group said the flat was cold. "Tenants are freezing," it said.',
            ),
            ["Flat Tenants Dovebridge"],
        ),
        # a surname without a vowel stays
        (('Ng Wai Man said "The shop is closed".',), ["Ng Wai Man"]),
    ],
)
def test_a_name_keeps_its_first_word(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


# --- `for` opens an aside between a body's noun and its verb ------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "The Harbour Board met on Monday.",
                "Its chairman, Tom Vance, said the port was busy.",
                'The board, for its part, said it was "ready for winter".',
            ),
            ["Harbour Board"],
        ),
        (
            (
                "The Department of Roads warned of delays.",
                "Ana Reyes, a driver, said the road was shut.",
                'The department, for its part, said in an advisory the bridge was "safe to cross".',
            ),
            ["Department of Roads"],
        ),
        # a person's own aside keeps the person
        (
            ("Tom Vance said the port was busy.", 'Ana Lee, for her part, said it was "ready".'),
            ["Ana Lee"],
        ),
    ],
)
def test_an_aside_opened_by_for(paragraphs, expected):
    assert _speakers(*paragraphs) == expected
