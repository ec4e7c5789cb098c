"""Descriptions and documents left after the twenty-ninth set's speakers33 rules: `the <words>`
of a person whose appositive or pre-name role holds those words (`X, 44, a personal support
worker who ...` ... `the personal support worker said`), a statement standing for the body that
put it out, a report for the firm (`X, Y and Z`) that carried out the work, and `the union` of a
members' `Organisation`.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("name", "appositive", "description"),
    [
        (
            "Marisol Edevane",
            "44, a personal support worker who lives on the fourth floor",
            "personal support worker",
        ),
        (
            "Tobias Renwick-Hale",
            "a father of two whose daughter was hurt in the crash",
            "father of two",
        ),
        (
            "Ingrid Solheim-Baptiste",
            "a retired school librarian who has lived there since 1981",
            "retired school librarian",
        ),
        ("Kwame Asante-Lorne", "31, a delivery van driver", "delivery van driver"),
    ],
)
def test_the_description_is_the_person_whose_appositive_holds_it(name, appositive, description):
    paragraphs = (
        "Inspector Dalia Verhoeven said officers were still at the scene on Monday.",
        f"{name}, {appositive}, said the street had been closed for hours. "
        f"“Nobody told us anything,” the {description} said.",
        "“We just want answers.”",
    )
    assert _speakers(*paragraphs) == [name, name]


@pytest.mark.parametrize(
    ("role", "name", "title"),
    [
        ("Sinn Féin TD", "Áine Ní Bhriain", "Ms"),
        ("Green Party councillor", "Halvard Moss", "Mr"),
        ("Liberal Democrat MP", "Priya Caddick", "Ms"),
    ],
)
def test_a_pre_name_role_two_paragraphs_on(role, name, title):
    surname = name.split()[-1]
    paragraphs = (
        f"{role} {name} said she would raise the figures on Tuesday. "
        f"“This has gone on too long,” {title} {surname} said.",
        "A spokesperson for the Department of Transport said: “Funding has been approved.”",
        f"“Approved funding is not a bus,” the {role} said.",
    )
    assert _speakers(*paragraphs) == [name, "Department of Transport", name]


def test_two_people_of_the_same_description_give_no_one():
    """The rule names neither; no older rule reads a four-word description either."""
    paragraphs = (
        "Dara Kilbride, a personal support worker who lives on the estate, joined the protest.",
        "So did Noreen Abernethy-Walsh, a personal support worker whose son was hurt.",
        "“We will be back every week,” the personal support worker said.",
    )
    assert _speakers(*paragraphs) == [None]


def test_the_nearest_of_two_is_left_to_the_older_rules():
    """`the chief executive` of two: the one named in the paragraph (as before the rule)."""
    paragraphs = (
        "Port authority chief executive Elsa Brandvold said tugs would try again on Friday.",
        "Its chief executive, Moira Castellane, told the committee costs had doubled. "
        "“We were told it was on budget,” the chief executive said.",
    )
    assert _speakers(*paragraphs) == ["Moira Castellane"]


def test_a_description_no_one_holds_is_left_to_the_other_rules():
    paragraphs = (
        "Colm Ardagh, a bus driver who works nights, said the route was unsafe.",
        "“It is worse than ever,” the delivery van driver said.",
    )
    assert _speakers(*paragraphs) == [None]


@pytest.mark.parametrize(
    "body",
    ["Health Service Executive", "Scottish Prison Service", "Northern Water Executive"],
)
def test_the_statement_is_its_issuing_body(body):
    paragraphs = (
        "Nurses said the ward had been full for a week. “It is a corridor now,” said Orla Keane.",
        f"The {body} said in a statement that attendances had risen. "
        "“We regret the delays,” the statement added.",
    )
    assert _speakers(*paragraphs) == ["Orla Keane", body]


@pytest.mark.parametrize(
    ("intro", "firm"),
    [
        ("carried out by the Chicago law firm", "Pruitt, Okonjo and Vale"),
        ("conducted by the accounting firm", "Hallam, Ruiz & Brandt"),
        ("carried out by the Leeds law firm", "Garside, Tull, Amberley and Crewe"),
    ],
)
def test_the_report_is_the_firm_that_carried_out_the_work(intro, firm):
    paragraphs = (
        "The club's board voted on Monday to dismiss its manager.",
        f"The investigation, {intro} {firm}, found that staff had been warned. "
        "“Nothing was done,” the report said.",
    )
    assert _speakers(*paragraphs) == [firm]


@pytest.mark.parametrize(
    ("body", "short"),
    [
        ("Irish Nurses and Midwives Organisation", "INMO"),
        ("National Organization of Bus Drivers", "NOBD"),
        ("Harbour Teachers Organisation", "HTO"),
    ],
)
def test_the_union_of_a_members_organisation(body, short):
    paragraphs = (
        f"Wards were full again, according to the {body} ({short}).",
        f"The {short} said it would ballot members. “Our members are exhausted,” the union said.",
    )
    assert _speakers(*paragraphs)[-1] == body


def test_the_union_is_no_agency_organisation():
    paragraphs = (
        "The outbreak was declared over by the World Health Organization (WHO) on Friday.",
        "The WHO said cases had fallen. “Vigilance is still needed,” the union said.",
    )
    assert _speakers(*paragraphs) != ["World Health Organization"]
