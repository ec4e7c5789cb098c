"""Mechanisms of issue 15 after the thirty-first set: a noun (or `what`), then a description
right before a naming verb (`in a final the Dane called “...”`, `a ruling the company described
as “...”`) makes the description the speaker, not the sentence's nearest name; a nationality
fitting no one named is the person opening its paragraph; a lead's `the <owner>'s <role>` is the
one person the article names later in that role. A cleric's style (`the Rt Rev`, `the Very Rev`)
is a title of address, so the office of a place before it (`the Bishop of Y, the Rt Rev X,`,
`The Dean of Y, the Very Rev X,`) is the person's role (`the bishop said`, `the cathedral's
dean`). `according to the report, which said` of a report no one is said to write is the body
the lead is about; `The Church of Scotland`, `The Diocese of Y` are one body's name. `State` after
`Minister of` / `Secretary of` ends the title (`Minister of State for Housing X said`).

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("winner", "loser", "nationality"),
    [
        ("Freja Holmgaard", "Lucia Ferrante", "Dane"),
        ("Tomasz Wierzbicki", "Hugo Lavallière", "Pole"),
        ("Camila Restrepo", "Ingrid Solberg", "Colombian"),
    ],
)
def test_a_nationality_inside_a_noun_phrase_is_the_paragraphs_subject(winner, loser, nationality):
    found = _speakers(
        f"{winner} won the Lakeside Open on Sunday, beating {loser} 6-3, 7-6 in a final the "
        f"{nationality} called “the best match I have ever played.”"
    )
    assert found == [winner]


def test_a_datelined_lead_opens_after_its_dateline():
    found = _speakers(
        "ROME, June 3 (AFP) - Maren Ekdahl won the Rome title, beating Sofia Barrante in a match "
        "the Norwegian called “a war of nerves.”"
    )
    assert found == ["Maren Ekdahl"]


def test_a_nationality_whose_person_opens_no_sentence_is_not_the_subject():
    found = _speakers(
        "Fans cheered as Maren Ekdahl beat Sofia Barrante in a final the Norwegian called “a war "
        "of nerves.”"
    )
    assert found != ["Maren Ekdahl"]  # (no person opens the sentence: the older reading stands)


@pytest.mark.parametrize(
    ("body", "noun", "verb"),
    [
        ("Brantwell Foods", "company", "described as"),
        ("the Harlow Rowing Club", "club", "called"),
        ("Oakfield Housing Trust", "trust", "described as"),
    ],
)
def test_a_body_described_inside_a_noun_phrase(body, noun, verb):
    found = _speakers(
        f"The regulator has fined {body} £2m over late safety checks, in a ruling the {noun} "
        f"{verb} “unfair and out of proportion.”"
    )
    assert found == [body.removeprefix("the ")]


@pytest.mark.parametrize(
    ("owner", "office", "later"),
    [
        ("trust's", "director", "Its director, Anneke Voss, said the wards would reopen."),
        ("cathedral's", "dean", "The Dean of Ashby, the Very Rev Colm Treanor, said he was moved."),
        ("museum's", "curator", "Its curator, Bronwen Tellis, said the loan took a year."),
    ],
)
def test_a_leads_owned_role_is_the_person_named_later(owner, office, later):
    found = _speakers(
        f"Visitors queued for hours on Saturday, in what the {owner} {office} called “a day to "
        "remember”.",
        "The doors opened at nine.",
        later,
    )
    name = later.split(", ")[1].replace("the Very Rev ", "")
    assert found == [name]


@pytest.mark.parametrize(
    ("office", "style", "name", "noun"),
    [
        ("Bishop of Wexcombe", "Rt Rev", "Alan Pryce", "bishop"),
        ("Dean of Stallard", "Very Rev", "Nessa Quirke", "dean"),
        ("Bishop of Leamington", "Right Rev", "Kofi Mensah-Hart", "bishop"),
    ],
)
def test_an_office_of_a_see_before_a_clerics_style_is_the_role(office, style, name, noun):
    found = _speakers(
        f"In a sermon, the {office}, the {style} {name}, said the town had come together.",
        "The choir sang for an hour.",
        f"“It was a joy,” the {noun} said afterwards.",
    )
    assert found == [name]


def test_an_office_without_a_style_after_it_is_no_role():
    found = _speakers(
        "Crowds greeted the Duke of Ormsby, the guest of honour, at the gates.",
        "The choir sang for an hour.",
        "“It was a joy,” the dean said afterwards.",
    )
    assert found == [None]


@pytest.mark.parametrize(
    ("body", "noun"),
    [
        ("The Rail Accident Board", "report"),
        ("Ofwat", "review"),
        ("The National Audit Office", "audit"),
    ],
)
def test_a_work_no_one_is_said_to_write_is_the_leads_bodys(body, noun):
    found = _speakers(
        f"{body} says a ferry's crew had ignored alarms for weeks before it ran aground.",
        f"The alarms had been muted, according to the {noun}, which said staff had “routinely "
        "silenced” them at night.",
    )
    assert found == [body.removeprefix("The ")]


def test_a_work_after_a_persons_lead_is_no_ones():
    found = _speakers(
        "Ama Boateng says a ferry's crew had ignored alarms for weeks before it ran aground.",
        "The alarms had been muted, according to the report, which said staff had “routinely "
        "silenced” them at night.",
    )
    assert found == [None]


@pytest.mark.parametrize(
    "body", ["The Church of Scotland", "The Diocese of Hallam", "The Archdiocese of Tuam"]
)
def test_a_church_body_of_a_place_is_one_name(body):
    found = _speakers(
        f"{body} said in a statement that the closure was “a painful but necessary decision”."
    )
    assert found == [body.removeprefix("The ")]


def test_a_surname_church_before_of_keeps_the_person():
    found = _speakers(
        "Singer Carys Church of Cardiff said the tour had been “the best of my life”.",
        "“I cried every night,” Church said.",
    )
    assert found == ["Carys Church", "Carys Church"]


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Minister of State for Housing", "Ann Kelleher"),
        ("Minister of State for Digital Affairs", "Ruairí Ó Maoláin"),
        ("Secretary of State for Transport", "Gareth Penhallow"),
    ],
)
def test_a_title_of_state_before_a_name(title, name):
    found = _speakers(
        f"{title} {name} said the Government ‘fully backs the plan’. He said he would meet "
        "the councils ‘in the coming weeks’."
    )
    assert found == [name, name]


def test_a_state_body_keeps_its_name():
    found = _speakers("The State Board of Elections said the count was “complete and accurate”.")
    assert found == ["State Board of Elections"]
