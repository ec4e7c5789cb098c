"""Mechanisms of issue 15 from the thirty-sixth stress set's body misses: a body keeps the
fullest name the article gives it (`Harlow Gas` for `Harlow said it ...` then `the statement
read`), and its descriptions and pronouns find it.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("full", "short", "deed"),
    [
        ("Harlow Gas", "Harlow", "has been fined £3 million for overcharging customers"),
        ("Pendragon Rail", "Pendragon", "has cancelled every train on the coast line"),
        ("Wexcombe Dairies", "Wexcombe", "has recalled 40,000 cartons of milk"),
        ("Ostrava Telecom", "Ostrava", "has cut 600 jobs at its call centres"),
    ],
)
def test_a_bodys_short_form_keeps_its_full_name_after_its_first_use(full, short, deed):
    found = _speakers(
        f"{full} {deed}, the latest blow to a business already under pressure.",
        f"In a statement, {short} said it accepted the decision and was “deeply sorry” for "
        "the trouble caused.",
        "“We have let our customers down,” the statement read. “We will put it right.”",
        "A spokesman for the firm said the change was overdue. “The worst is behind us,” "
        "the spokesman said.",
    )
    assert found == [full, full, full, full]


def test_a_given_name_opening_a_persons_name_stays_hers():
    found = _speakers(
        "Marta Quell has been named chief executive of the lender, its first woman boss.",
        "In a statement, Marta said she was “honoured” to take the job.",
        "“There is a lot to do,” the statement read.",
    )
    assert found == ["Marta Quell", "Marta Quell"]  # a person's statement: no body made


@pytest.mark.parametrize(
    ("body", "acronym", "noun"),
    [
        ("Health Service Executive", "HSE", "health service"),
        ("Ambulance Service Executive", "ASE", "ambulance service"),
        ("Pensions Agency Executive", "PAE", "agency"),
        ("Housing Council Executive", "HCE", "council"),
    ],
)
def test_a_body_headed_by_executive_is_a_body_by_its_initials_too(body, acronym, noun):
    found = _speakers(
        f"Clinics in Galway were closed on Tuesday after a cyberattack that the {body} said "
        "had caused “serious disruption” to its systems.",
        f"The {noun} said on Wednesday that its helplines remained open. “Nobody should stay "
        "away from an emergency,” it said.",
        f"A spokeswoman for the {acronym} said it was “working around the clock” to restore "
        "the records.",
        f"In a statement, the {acronym} said: “Our first duty is to the people in our care.”",
    )
    assert found == [body, body, body, body]


def test_an_executive_after_a_firms_name_is_no_body():
    found = _speakers(
        "Shares fell after the Brannock Executive said sales had been “very weak” this year.",
    )
    assert found == [None]  # a title after a firm's name: no one named


@pytest.mark.parametrize(
    ("dateline", "team", "short"),
    [
        ("MONZA, Italy, Sept 7 (Reuters) -", "Arden Mays Racing", "Arden Mays"),
        ("SPA, Belgium, July 27 (AFP) -", "Kessler Motorsport", "Kessler"),
        ("BATHURST, Australia, Oct 12 (AP) -", "Orchard Racing", "Orchard"),
    ],
)
def test_a_racing_team_is_the_team_and_a_role_word_is_no_body(dateline, team, short):
    found = _speakers(
        f"{dateline} {team}'s Tomas Ekdahl was handed a five-place grid penalty on Saturday "
        'for an unsafe release in the pit lane, a decision the team called "harsh."',
        "Team principal Greta Lindqvist told reporters the release was triggered by a faulty "
        'light. "We will look at every frame of it," she said.',
        f"{short} has two days to lodge a protest. In a statement on Sunday, the team said it "
        'was "considering every option" with the stewards.',
    )
    assert found == [team, "Greta Lindqvist", team]


def test_a_role_word_opening_a_sentence_is_no_team_of_its_own():
    found = _speakers(
        "Team principal Greta Lindqvist told reporters the release was triggered by a faulty "
        'light. "We will look at every frame of it," she said.',
        'In a statement on Sunday, the team said it was "considering every option".',
    )
    assert found[0] == "Greta Lindqvist" and found[1] != "Team"


@pytest.mark.parametrize(
    ("people", "body", "apposed"),
    [
        ("The stewards of the FIA", "FIA", ", the sport's governing body,"),
        ("Inspectors of the Harwell Schools Agency", "Harwell Schools Agency", ""),
        ("The auditors of the Penrith Credit Union", "Penrith Credit Union", ", its watchdog,"),
        ("Officials of the Tarrant Racing Board", "Tarrant Racing Board", ""),
    ],
)
def test_a_bodys_people_speak_for_it_and_they_is_the_body(people, body, apposed):
    found = _speakers(
        f"{people}{apposed} said in a report published on Friday that the checks had been "
        'missed twice. "Nobody was told until March," they wrote.',
    )
    assert found == [body]


def test_people_of_no_named_body_are_no_body():
    found = _speakers(
        "The stewards of the race said in a document that the car was too low. "
        '"Nobody disputed the measurement," they wrote.',
    )
    assert found == [None]


@pytest.mark.parametrize(
    ("company", "seat"),
    [
        ("Halvern Therapeutics Inc.", "Boston-based"),
        ("Corrigan Pharma", "Cambridge-based"),
        ("Ostwind Biosystems Ltd", "Basel-based"),
        ("Quillon Labs", "San Diego-based"),
    ],
)
def test_the_biotech_is_a_company_named_before(company, seat):
    found = _speakers(
        f"{company} shares jumped 30% on Tuesday after the company said its experimental "
        "drug slowed the disease in a late-stage trial.",
        f"The {seat} biotech said the results, published in a journal, were “clearly "
        "meaningful” and that it would seek approval next year.",
    )
    assert found == [company]


def test_the_biotech_with_no_company_named_is_no_one():
    found = _speakers(
        "Shares in the sector jumped 30% on Tuesday after a trial was published.",
        "The Boston-based biotech said the results were “clearly meaningful”.",
    )
    assert found == [None]


_FILLER: tuple[str, ...] = (
    "The vote came after a six-hour meeting in which dozens of residents spoke.",
    "Council member Dana Whitlock said the budget was “a hard compromise”.",
    "“Nobody got everything,” she said.",
    "Among the speakers was Arthur Penhale, 68, a retired bus driver from the east side.",
)


@pytest.mark.parametrize(
    "body",
    [
        "Port Halloran Police Officers Association",
        "Westmere Firefighters Federation",
        "Carrow Bay Nurses Guild",
        "Ellison County Deputies Association",
    ],
)
def test_the_union_is_the_union_like_body_named_paragraphs_before(body):
    found = _speakers(
        f"The {body} had threatened to campaign against the cuts.",
        *_FILLER,
        "The union said in a statement that its members would “keep fighting” for the jobs.",
    )
    assert found == ["Dana Whitlock", "Dana Whitlock", body]


def test_the_union_is_no_body_of_another_kind():
    found = _speakers(
        "The Halloran Arts Foundation had threatened to withdraw its grant.",
        *_FILLER,
        "The union said in a statement that its members would “keep fighting” for the jobs.",
    )
    assert found == ["Dana Whitlock", "Dana Whitlock", None]


@pytest.mark.parametrize(
    ("person", "role", "body", "noun"),
    [
        ("Priya Hollingworth", "a freshwater scientist", "Kennet Valley Rivers Trust", "trust"),
        ("Tomasz Wierzbicki", "a senior researcher", "Halden Heart Foundation", "foundation"),
        ("Amara Okonjo", "an economist", "Carlisle Fiscal Institute", "institute"),
    ],
)
def test_the_body_a_persons_role_works_at_is_the_body_not_the_person(person, role, body, noun):
    found = _speakers(
        f"{person}, {role} at the {body}, said the figures showed a sharp fall last year.",
        "“We have never seen numbers this bad,” she said.",
        f"The {noun} said the money should go “to the people who need it most” and called for "
        "an inquiry.",
    )
    assert found == [person, body]


def test_the_persons_own_post_stays_theirs():
    found = _speakers(
        "Priya Hollingworth, a freshwater scientist at the Kennet Valley Rivers Trust, said the "
        "figures showed a sharp fall.",
        "The scientist said the money should go “to the people who need it most”.",
    )
    assert found == ["Priya Hollingworth"]


@pytest.mark.parametrize(
    ("company", "body", "noun", "river"),
    [
        ("Severnvale Water", "Aquareg", "regulator", "River Lenn"),
        ("Brightmoor Energy", "Enerwatch", "watchdog", "River Tamsey"),
        ("Calder Rail", "Railcheck", "regulator", "Lake Orran"),
    ],
)
def test_a_leads_body_noun_is_the_lone_body_opening_the_next_paragraph(company, body, noun, river):
    found = _speakers(
        f"{company} has been fined a record £9 million for failures on the {river} and "
        f"nearby sites, with the {noun} saying the company had “ignored every warning”.",
        f"{body} found that the company breached its licence on 400 occasions last year.",
        f"“These were choices, not accidents,” said {body}’s director of enforcement, Jo Kell.",
    )
    assert found == [body, "Jo Kell"]


def test_a_leads_body_noun_is_no_river_and_no_persons_surname():
    found = _speakers(
        "Severnvale Water has been fined £9 million for spills into the River Lenn, with the "
        "regulator saying the company had “ignored every warning”.",
        "Kell found that the company breached its licence on 400 occasions last year.",
        "“These were choices, not accidents,” said its director of enforcement, Jo Kell.",
    )
    assert found == [None, "Jo Kell"]
