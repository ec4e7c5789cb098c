"""Mechanisms of issue 15 from the thirty-fourth and thirty-fifth sets: people described, not
named. A post held by a verb after a role (`Its chief executive, X, who runs the port's ...,` is
`the port boss`); a role's own pronoun saying a person's sex (`the father of two` of `For X, a
builder who refixed his mortgage,`); an occupation's initials after an age or `former` (`the
46-year-old former GP`), whose sentence may open with the subject's own pronoun; `the` before a
name read as a person's (a team's); `the big man` of a lone surname opening the paragraph.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("opening", "holder", "held", "cue"),
    [
        ("Its chief executive", "Ines Duarte-Vale", "the airport's security operation", "airport"),
        ("Its general manager", "Bettina Hollis", "the museum's collections", "museum"),
        ("The trust's medical director", "Owen Pryce-Lacey", "the hospital's wards", "hospital"),
    ],
)
def test_a_post_held_by_a_verb_after_a_role(opening, holder, held, cue):
    found = _speakers(
        f"{opening}, {holder}, who runs {held}, said the delays were “regrettable.”",
        f"“We are hiring as fast as we can,” the {cue} boss said.",
    )
    assert found == [holder, holder]


def test_the_boss_of_a_body_and_someone_between():
    found = _speakers(
        "The trust's medical director, Owen Pryce-Lacey, who runs the hospital's wards, said "
        "staff were “exhausted.”",
        "Kim Soto, a nurse, agreed. “We need help,” she said.",
        "“Beds are full,” the hospital boss said.",
    )
    assert found == ["Owen Pryce-Lacey", "Kim Soto", "Owen Pryce-Lacey"]


def test_no_boss_without_a_post_held():
    found = _speakers(
        "Its general manager, Bettina Hollis, a keen sailor, said the loan was “a coup.”",
        "“It will draw crowds,” the museum chief said.",
    )
    assert found == ["Bettina Hollis", None]


@pytest.mark.parametrize(
    ("person", "role", "cue"),
    [
        ("Tama Reihana", "a 41-year-old builder in Hamilton who refixed his mortgage", "father"),
        ("Ashley Monroe", "a 38-year-old welder in Dayton who sold his truck", "father"),
        ("Jordan Pike", "a 29-year-old nurse in Leeds who gave up her flat", "mother"),
    ],
)
def test_a_roles_pronoun_says_the_parents_sex(person, role, cue):
    other = "Sarah Kell" if cue == "father" else "Michael Roe"
    found = _speakers(
        f"“I think so,” said {other}, a senior economist.",
        f"For {person}, {role} in March, the cut comes too late. “We locked in at the top,” "
        f"the {cue} of two said.",
        "“Every half a percent is a week's shopping for us.”",
    )
    assert found == [other, person, person]


def test_a_roles_pronoun_of_the_other_sex():
    found = _speakers(
        "“I think so,” said Michael Roe, a senior economist.",
        "For Dana Hurst, a teacher who sold her car in May, the cut comes too late. “We locked "
        "in at the top,” the father of two said.",
    )
    assert found == ["Michael Roe", "Michael Roe"]


@pytest.mark.parametrize(
    ("winner", "initials", "opening", "other"),
    [
        ("Rosalind Pemberton-Sayer", "GP", "In her victory speech", "Gareth Polglase"),
        ("Maeve Costigan", "CEO", "In her acceptance speech", "Declan Furlong"),
        ("Tobias Wrenfield", "DJ", "In his first remarks", "Hannah Quist"),
    ],
)
def test_initials_after_an_age_and_former_are_an_occupation(winner, initials, opening, other):
    found = _speakers(
        f"{winner} took 19,442 votes to the Conservative candidate’s 14,108.",
        f"The returning officer, {other}, declared the result. They told the count the poll had "
        "been ‘conducted properly’.",
        f"{opening}, the 52-year-old former {initials} said: ‘This is a message tonight.’",
    )
    assert found[-1] == winner


def test_initials_without_an_age_or_former_stay_a_body():
    found = _speakers(
        "Aid convoys reached the city on Tuesday, officials said.",
        "‘This is only a start,’ the UN said.",
    )
    assert found[-1] == "UN"


@pytest.mark.parametrize(
    ("player", "teams"),
    [
        ("Tyrese Ezeala-Bligh", "the Adelaide Corsairs edged the Cairns Tidemen"),
        ("Marcus Oyelaran", "the Perth Kestrels beat the Hobart Ravens"),
        ("Liam Castellanos", "the Geelong Herons held off the Darwin Buffaloes"),
    ],
)
def test_an_age_is_no_team_named_with_the(player, teams):
    found = _speakers(
        f"Guard {player}, 24, scored 31 points as {teams} 94-92 on Saturday night.",
        "“I’ve missed that shot a thousand times,” the 24-year-old said. “Tonight it went in.”",
    )
    assert found == [player, player]


@pytest.mark.parametrize(
    ("named", "opener", "noun", "expected"),
    [
        ("forward Kieran Dallow", "Dallow", "the young man", "Kieran Dallow"),
        ("centre Jordan Mahe", "Mahe", "the big man", "Jordan Mahe"),
        ("wing Ellie Brannock", "Brannock", "the young woman", "Ellie Brannock"),
    ],
)
def test_a_man_described_is_the_surname_opening_the_paragraph(named, opener, noun, expected):
    found = _speakers(
        f"Coach Anna Birch said {named} would miss a month.",
        f"{opener}, in a moon boot by the bench, was calm. “It is a sprain,” {noun} told ESPN.",
    )
    assert found == [expected]


def test_a_man_described_is_no_woman_opening_the_paragraph():
    found = _speakers(
        "Coach Anna Birch said forward Kieran Dallow would miss a month.",
        "Birch, in a moon boot by the bench, was calm. “It is a sprain,” the young man told ESPN.",
    )
    assert found == [None]
