"""Mechanisms of issue 15 from the thirty-fourth set's first look: a post tied to its holder and
cued in other words (`X, who leads the federation,` is `the federation chief`; `the Falcons
coach` is the coach of no other team named); a name met only in `The chair of <body>, the
<occupation> X,`; a person named with firm and town (`X of <press> in <town>`, later `the <town>
man`); a body speaking through its people or its document.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("holder", "verb", "body", "cue"),
    [
        ("Mereana Holt-Faulkner", "leads", "the federation", "the federation chief"),
        ("Oskar Lindqvist", "heads", "the cyclists' union", "the union leader"),
        (
            "Priya Raman-Shaw",
            "chairs",
            "the Oakfield Tenants' Association",
            "the association chairwoman",
        ),
        ("Desmond Achterberg", "chairs", "the Linthorpe Angling Society", "the society chairman"),
    ],
)
def test_a_post_held_cued_by_the_body_and_another_noun(holder, verb, body, cue):
    found = _speakers(
        f"{holder}, who {verb} {body}, said members had been told by letter.",
        f"“That is not consultation,” {cue} said. “We want a meeting.”",
    )
    assert found == [holder, holder]


def test_the_holder_of_that_body_not_the_latest_holder():
    found = _speakers(
        "Colm Ardagh, who leads the federation, said the cut was unfair. Ines Varga, who leads "
        "the retailers' council, said it was overdue.",
        "“We will fight it,” the federation chief said.",
    )
    assert found == ["Colm Ardagh"]


@pytest.mark.parametrize(
    ("holder", "post", "team", "other", "other_team", "sport"),
    [
        ("Brendan Moyle", "coach", "Harriers", "Ana Petrosyan", "Falcons", "netball"),
        ("Tomasz Wilk", "manager", "Rovers", "Glenn Oduya", "Athletic", "football"),
        ("Keira Danvers", "coach", "Stingrays", "Mikael Sorensen", "Bulls", "basketball"),
    ],
)
def test_the_team_coach_is_not_the_other_teams(holder, post, team, other, other_team, sport):
    found = _speakers(
        f"The {team} beat the {other_team} in the {sport} final on Sunday.",
        f"{holder}, who took over as {post} in March after a spell abroad, said the win was "
        "“not pretty”.",
        f"{other_team} {post} {other} was angrier. “We were robbed,” she said.",
        "The league said it would look at the last minute.",
        f"“We will enjoy it tonight,” the {team} {post} said.",
    )
    assert found == [holder, other, holder]


def test_the_team_coach_of_another_team_only_is_no_one():
    found = _speakers(
        "Falcons coach Ana Petrosyan was angry. “We were robbed,” she said.",
        "“We will enjoy it tonight,” the Harriers coach said.",
    )
    assert found == ["Ana Petrosyan", None]


def test_took_over_as_gives_the_post():
    found = _speakers(
        "Ruth Okafor, who took over as chair last year, said the club was “in good health”.",
        "“We have never had more members,” the chair said.",
    )
    assert found == ["Ruth Okafor", "Ruth Okafor"]
