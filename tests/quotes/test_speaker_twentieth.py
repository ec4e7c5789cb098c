"""Mechanisms of issue 15 (twentieth round), from the misses of quotes_stress_twentieth: a party
in brackets after a name.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # two capitals in brackets after a name: the person's party, not a later `he`
        (
            (
                "Ward councillor Peter Ross (Liberal Democrat), who is not on the committee, spoke"
                " against the plans. “Nobody here wants this,” he said.",
            ),
            "Peter Ross",
        ),
        (
            (
                "Senator Maria Lopez (Working Families) opposed the bill.",
                "“It takes from the poorest,” she said.",
            ),
            "Maria Lopez",
        ),
        (
            (
                "Councillor Sean Dwyer (Independent Republican) voted against.",
                "“I could not support it,” he told reporters.",
            ),
            "Sean Dwyer",
        ),
        (
            ("Rep. Lena Varga (Green Socialist) voted no. “I could not support it,” she said.",),
            "Lena Varga",
        ),
    ],
)
def test_capitals_in_brackets_after_a_name_are_no_one_a_pronoun_means(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a name in brackets that is not right after a person's name is read as before
        (
            (
                "The award went to the author (Dana Whitlock) last night.",
                "“I am stunned,” she said.",
            ),
            "Dana Whitlock",
        ),
        # a one-word party was read before the rule and still is
        (
            (
                "Local councillor Ann Reyes (Labour) said the plan was unfair.",
                "“It is not fair,” she said.",
            ),
            "Ann Reyes",
        ),
    ],
)
def test_other_brackets_are_read_as_before(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker
