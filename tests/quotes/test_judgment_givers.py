"""`the lead judgment said` speaks for the judge who gave the latest such judgment before it:
with several judgments in one article, each quote goes to the giver right before it (the givers
are bisected for, so many of them stay linear). Each case is made up."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Giving the lead judgment, Lady Justice Mira Castell said the lease had ended.",
                "“The tenant was told in good time,” the lead judgment said.",
                "In a second appeal, giving the lead judgment, Lord Justice Tomas Reyne said the "
                "fine stood.",
                "“The harm was plain,” the lead judgment said.",
            ),
            ["Mira Castell", "Tomas Reyne"],
        ),
        (
            (
                "Giving the lead judgment, Mr Justice Pallav Desai said the will was valid.",
                "“The signature is his,” the lead judgment said.",
                "“The witnesses were present,” the lead judgment said.",
            ),
            ["Pallav Desai", "Pallav Desai"],
        ),
        (
            (
                "Giving the lead judgment, Lady Justice Eilidh Munro said the ferry contract was "
                "void. “No price was agreed,” the lead judgment said.",
                "Giving the lead judgment, Lord Justice Colm Brady said the harbour dues were "
                "owed. “The dues were never waived,” the lead judgment said.",
            ),
            ["Eilidh Munro", "Colm Brady"],
        ),
    ],
)
def test_each_judgment_speaks_for_the_latest_giver_before_it(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


def test_a_judgment_quoted_before_anyone_gave_one_is_no_one():
    paragraphs = (
        "“The appeal is dismissed,” the lead judgment said.",
        "Giving the lead judgment, Lady Justice Noor Haddad said costs would follow.",
    )
    assert _speakers(*paragraphs) == [None]
