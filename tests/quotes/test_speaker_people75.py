"""Speakers75: people by role abbreviation (`the MD said` of the managing director named
before), with near-misses the rules must leave alone (no managing director named, an acronym
body, a deputy's post).

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_role_initials import apposed_role, role_spells
from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("role", "letters", "expected"),
    [
        ("Halvard Air's managing director", "MD", True),
        ("managing director of Kestrel Mills (Pty) Ltd", "MD", True),
        ("resort's general manager", "GM", True),
        ("chief executive officer at Norvale", "CEO", True),
        ("deputy managing director", "MD", False),  # another post
        ("director of Kestrel Mills", "MD", False),  # too few words
        ("the company's head of security", "MD", False),
    ],
)
def test_a_role_spells_its_abbreviation(role, letters, expected):
    assert role_spells(role, letters) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tomas Berg, Halvard Air's managing director, said.", "Halvard Air's managing director"),
        ("Tomas Berg, managing director of Kestrel Mills (Pty) Ltd, said.", None),
        ("Tomas Berg said so.", ""),
    ],
)
def test_the_apposition_after_a_name(text, expected):
    end = text.index("Berg") + len("Berg")
    found = apposed_role(text, end)
    if expected is None:
        assert found.startswith("managing director of Kestrel Mills")
    else:
        assert found == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                'Tomas Berg, Halvard Air\'s managing director, said the route was "too thin". '
                '"We cannot fly it," the MD said.',
            ),
            ["Tomas Berg", "Tomas Berg"],
        ),
        (
            (
                "Selam Dube, managing director of Kestrel Mills (Pty) Ltd, said the price was "
                '"unfair".',
                "Millers met on Friday.",
                '"We have offered more," the MD said. "Nobody answered."',
            ),
            ["Selam Dube", "Selam Dube", "Selam Dube"],
        ),
        (
            (
                'The lodge\'s general manager, Ali Rasheed, told staff the money was "coming". '
                '"It will be paid," the GM said.',
            ),
            ["Ali Rasheed", "Ali Rasheed"],
        ),
        (
            (
                'Managing director Ines Varga said the line was "safe".',
                "Fares rose.",
                "Riders complained.",
                "The council met.",
                "No vote was taken.",
                'The MD, speaking at the depot, said: "We are open to talks."',
            ),
            ["Ines Varga", "Ines Varga"],
        ),
        (
            (
                'Anil Rao, the plant\'s general manager, said output had "doubled".',
                '"We hire again," the acting GM said.',
            ),
            ["Anil Rao", "Anil Rao"],
        ),
        (
            # no managing director named: someone unnamed, not the letters
            ('Tomas Berg said the price was "unfair".', '"We have offered more," the MD said.'),
            ["Tomas Berg", None],
        ),
        (
            # a deputy's post is another one
            (
                'Tomas Berg, deputy managing director of Halvard Air, said it was "thin".',
                '"We cannot fly it," the MD said.',
            ),
            ["Tomas Berg", None],
        ),
        (
            # an acronym body stays a body
            ('The NCA said the gang was "dismantled".', '"More will follow," the NCA said.'),
            ["NCA", "NCA"],
        ),
    ],
)
def test_the_speakers(paragraphs, expected):
    assert _speakers(*paragraphs) == expected
