"""Mechanisms of issue 15 (the rule base's open classes after the nineteenth set): a group's
plural possessive inside a body's name before any capital.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # inside a name, a plural possessive of a noun for people keeps the name going
        (
            (
                "A patient group, Northfield Patients’ Voice, backed the doctors. ‘People have "
                "waited long enough,’ the group said.",
            ),
            "Northfield Patients’ Voice",
        ),
        (
            (
                "A charity, Eastbrook Carers' Forum, said the cuts were unfair. “We were not "
                "asked,” the charity said.",
            ),
            "Eastbrook Carers' Forum",
        ),
        (
            (
                "Rents rose again in May. Hollin Tenants’ Action said the rise broke a promise. "
                "“We will fight it,” the campaign said.",
            ),
            "Hollin Tenants’ Action",
        ),
    ],
)
def test_a_plural_possessive_inside_a_body_name_keeps_it_going(paragraphs, speaker):
    assert _speakers(*paragraphs)[0] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a person's possessive (`’s`) before a capital ends the name
        (
            ("Coach Ana Marlow’s Tuesday session was cancelled. “We need rest,” said Marlow.",),
            "Ana Marlow",
        ),
        # a plural that is no noun for people (`Smiths`) ends the name at its apostrophe
        (
            ("The Kelso Smiths’ Harvey Lane shop closed. “It was time,” said Harvey Lane.",),
            "Harvey Lane",
        ),
    ],
)
def test_other_possessives_still_end_a_name(paragraphs, speaker):
    assert _speakers(*paragraphs)[0] == speaker
