"""A person's `who` after a name makes the lower-case noun before it the person's description
(`Ferry pilot X, who ...`), but an irregular past before the name is the sentence's verb, not a
noun: `Reporters met X, who ..., later said` is the reporters speaking, not X.

Each case is made up; the shapes, not the words, are what the rule reads.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers

_QUOTE = "“We have had no word from the harbour master since Friday.”"


@pytest.mark.parametrize(
    ("subject", "verb", "name"),
    [
        ("Reporters", "met", "Dara Quill"),
        ("Officers", "found", "Osei Mensah"),
        ("Residents", "saw", "Lena Brandt"),
        ("Police", "caught", "Tomas Rivera"),
        ("Neighbours", "brought", "Ines Castro"),
    ],
)
def test_an_irregular_past_before_a_who_aside_is_the_verb_not_a_description(subject, verb, name):
    text = f"{subject} {verb} {name}, who runs the ferry kiosk, later said: {_QUOTE}"
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    ("description", "name"),
    [
        ("Ferry pilot", "Dara Quill"),
        ("Mountain guide", "Osei Mensah"),
        ("Harbour cook", "Lena Brandt"),
    ],
)
def test_a_noun_before_a_who_aside_still_describes_the_person(description, name):
    text = f"{description} {name}, who has worked the crossing for years, said: {_QUOTE}"
    assert speakers(text) == [name]
