"""Mechanisms of issue 15 after the twenty-fourth set: a Malay patronymic link (`binti`,
`binte`, `bte`: "daughter of") stays inside the name it joins, as `bin` already did, so the
whole name speaks and its given name (`Dr Siti`) still finds it; a capitalised given name that
shares letters with a link (`Ben`) stays a given name. A military or police rank before a name
(`Brigadier`, `Corporal`, `Commodore`, `Lieutenant-Colonel`) is a role, not a name word. A name
written family name first (`Park Seo-yeon`: a hyphenated given name in lower case after the
hyphen) takes no sex from its first word, so `she` may stand for it.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“The rock is old,” said Siti Aminah binti Osman.", "Siti Aminah binti Osman"),
        ("“The rock is old,” said Farah binte Yusof, a geologist.", "Farah binte Yusof"),
        ("“The rock is old,” said Noor Haslina bte Rahim.", "Noor Haslina bte Rahim"),
        (
            "Its author, Dr Siti Aminah binti Osman, said the ash was ‘clear’.",
            "Siti Aminah binti Osman",
        ),
    ],
)
def test_a_patronymic_link_stays_inside_the_name(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]


def test_a_pronoun_and_the_given_name_find_the_whole_patronymic_name():
    paragraphs = (
        "Siti Aminah binti Osman, a geologist, led the survey.",
        "“We dug for years,” she said.",
        "Dr Siti grew up by the coast. “I knew the cliffs,” Dr Siti said.",
    )
    assert _speakers(*paragraphs) == ["Siti Aminah binti Osman"] * 2


@pytest.mark.parametrize(
    "paragraph",
    [
        "Hydrologist Ben Tamaki of the water board said wells were dry. “It is bad,” Tamaki said.",
        "“It is bad,” said Ben Tamaki, a hydrologist.",
    ],
)
def test_a_given_name_like_a_link_is_still_a_given_name(paragraph):
    assert _speakers(paragraph) == ["Ben Tamaki"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "“The road is shut,” said Brigadier Lerato Dube, a police spokeswoman.",
        "Police spokeswoman Brigadier Lerato Dube confirmed it. “The road is shut,” Dube said.",
        "“The road is shut,” said Corporal Lerato Dube.",
        "“The road is shut,” said Commodore Lerato Dube.",
        "“The road is shut,” said Lieutenant-Colonel Lerato Dube.",
    ],
)
def test_a_rank_before_a_name_is_a_role(paragraph):
    assert _speakers(paragraph) == ["Lerato Dube"]


def test_a_surname_like_a_rank_stays_in_the_name():
    assert _speakers("“The road is shut,” said Amy Constable, a painter.") == ["Amy Constable"]


_BEFORE = "“We are sad,” said Anna Berg, a manager."


@pytest.mark.parametrize("name", ["Park Seo-yeon", "Lee Ji-eun", "Park Ha-eun"])
def test_a_family_name_first_says_no_sex(name):
    paragraph = f"The chief officer, {name}, told staff cuts were over. “No more,” she said."
    assert _speakers(_BEFORE, paragraph) == ["Anna Berg", name]


@pytest.mark.parametrize("name", ["Mark Pryce-Aubert", "Mark Lloyd-Jones"])
def test_a_hyphenated_western_surname_keeps_the_given_names_sex(name):
    paragraph = f"The chief officer, {name}, told staff cuts were over. “No more,” she said."
    assert _speakers(_BEFORE, paragraph) == ["Anna Berg", "Anna Berg"]
