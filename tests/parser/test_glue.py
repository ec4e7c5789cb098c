"""Glue points and credit shapes: the building blocks of the caption/credit split."""

from __future__ import annotations

import pytest

from api.parser.credit_words import is_credit_like, starts_with_agency
from api.parser.glue import glue_points, glue_split
from api.parser.sentences import has_sentence_inside, is_abbreviation


@pytest.mark.parametrize(
    ("line", "points"),
    [
        ("Seen in York.AP", [13]),
        ("BrothersClay", [8]),
        ("in 2020Getty", [7]),
        ("Is it?Getty", [6]),
        ("T-72B3 tank", []),
        ("SpaceX/Blue", []),
        ("McBride", []),
        ("iPhone", []),
        ("O'Neill", []),
        ("U.S.Army", []),
        ("YouTube", []),
        ("NurPhoto via Getty", []),
        ("A.Reuters", [2]),
    ],
)
def test_glue_points(line, points):
    assert glue_points(line) == points


def test_only_the_end_of_a_long_line_is_searched():
    line = "word.Glued " + "x" * 200
    assert glue_points(line) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("A photo.Jane Doe", ("A photo.", "Jane Doe")),
        ("Inside the WeWork", None),
        ("Outside HarborView Medical Center", None),
        ("Fans outside the SkyDome Stadium", None),
        ("Outside HarborViewJane Doe", ("Outside HarborView", "Jane Doe")),
        ("Fans in TorontoJane Doe/The Star", ("Fans in Toronto", "Jane Doe/The Star")),
        ("In New York CityReuters", ("In New York City", "Reuters")),
        ("2.Reuters", None),
    ],
)
def test_glue_split_takes_the_last_glue_point(line, expected):
    # a glue point inside a capitalised word ('HarborView') takes only a credit-shaped tail:
    # a place's name ('View Medical Center') stays in the caption
    assert glue_split(line) == expected


@pytest.mark.parametrize(
    "tail",
    [
        "Reuters",
        "Getty - Contributor",
        "Vladimir Smirnov\\TASS via Getty Images",
        "Tyvak Nano-Satellite Systems, Inc.",
        "iStock",
        "Jane Doe for The Evening Ledger",
    ],
)
def test_credit_like_tails(tail):
    assert is_credit_like(tail)


@pytest.mark.parametrize(
    "tail",
    [
        "",
        " Reuters",
        "Reuters ",
        "/ Associated Press",
        "Station console",
        "Copyright 2019 The Associated Press. All rights reserved.",
        "Who is that?",
        "Jane Doe,",
        "via Getty Images",
        "A Very Long Credit That Goes On And On With Eleven Capitalised Words",
    ],
)
def test_tails_that_are_not_credits(tail):
    assert not is_credit_like(tail)


@pytest.mark.parametrize(
    ("tail", "expected"),
    [("AP Photo/Evan Vucci", True), ("Getty Images", True), ("Jane Doe/Reuters", False)],
)
def test_starts_with_agency(tail, expected):
    assert starts_with_agency(tail) is expected


@pytest.mark.parametrize(
    ("token", "expected"),
    [("U.S", True), ("J.R.R", True), ("Jan", True), ("(Nov", True), ("29", False), ("York", False)],
)
def test_is_abbreviation(token, expected):
    assert is_abbreviation(token) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It rained. Then it stopped", True),
        ("Is there a limit? Not yet", True),
        ("Mr. Smith goes to Washington", False),
        ("Sierra Nevada Corp. and partners", False),
        ("Ends with a period.", False),
    ],
)
def test_has_sentence_inside(text, expected):
    assert has_sentence_inside(text) is expected
