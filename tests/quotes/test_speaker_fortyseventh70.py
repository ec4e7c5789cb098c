"""Speakers70: the forty-seventh set's classes: a name opened by a curly apostrophe (`’Mamosa
X`), a party member by place (`the Kauai Democrat said`), an aside between a body's noun and its
verb (`The ministry, in a statement, said`), a role's modifier (`the consultant` of `A consultant
surgeon, Dr X,`), a rank's short form as a given name (`Neighbour Col X`).

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_kinds import modifier_fits
from api.parser.quote_names import okina_opening
from tests.quotes.helpers import speakers as _speakers

# --- a name opened by an apostrophe or an okina ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("’Nthabiseng Mokoena, a nurse, said", "’"),
        ("(’Noa Tupou, who runs a shop, said", "’"),
        ("'Nia Halaholo, a teacher, said", "'"),
        ("Then ’Nthabiseng Mokoena, a nurse,", "’"),
        ("’No,’ Ofa Mokoena said", ""),  # a curly single quote, closed after
        ("'No,' Ofa Halaholo said", ""),
        ("Nthabiseng Mokoena said", ""),
    ],
)
def test_a_mark_opening_a_name(text, mark):
    start = text.index("N") if "N" in text else text.index("O")
    assert okina_opening(text, start) == mark


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "’Nthabiseng Mokoena, head of Thabong Clinic, said the queue started at dawn. "
                "“We see sixty people before noon,” she said.",
            ),
            "’Nthabiseng Mokoena",
        ),
        (
            (
                "’Akanesi Tupou, who sells fish at the wharf, said prices had doubled.",
                "“Nobody buys the big ones now,” Tupou said.",
            ),
            "’Akanesi Tupou",
        ),
        (
            ("’Malineo Ramotso said the road had washed away. “We walk now,” Ramotso said.",),
            "’Malineo Ramotso",
        ),
    ],
)
def test_a_name_keeps_its_opening_mark(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


# --- a party member by place: `the Kauai Democrat said` ---------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "State Rep. Dorinda Pualani, who sits on the budget panel, said she would vote no.",
                "“The numbers do not add up,” the Kauai Democrat said.",
            ),
            "Dorinda Pualani",
        ),
        (
            (
                "U.S. Sen. Walt Brubeck, who leads the farm caucus, backed the bill on Tuesday. "
                "“Growers need it,” the Nebraska Republican said.",
            ),
            "Walt Brubeck",
        ),
        (
            (
                "Councillor Imogen Tarrow, a member since 2019, voted against the plan.",
                "“It is rushed,” the Hampshire Conservative told reporters.",
            ),
            "Imogen Tarrow",
        ),
    ],
)
def test_a_party_member_by_place(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("“It is rushed,” Republican Walt Brubeck said.",),
        ("“It is rushed,” said Gus Democrat, a retired welder.",),
    ],
)
def test_a_party_word_in_a_name_still_names(paragraphs):
    assert _speakers(*paragraphs)[-1] in ("Walt Brubeck", "Gus Democrat")


# --- a prepositional aside between a body's noun and `said` ----------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "The Ministry of Lands and Survey, which issued the lease, said it would look.",
                "“We will act,” Minister Harlan Oduya said. The ministry, in a statement issued "
                "later, said the report would be public “within a month.”",
            ),
            "Ministry of Lands and Survey",
        ),
        (
            (
                "Brindlewood Council approved the budget on Monday.",
                "The council, in a letter to residents, said bins would be emptied “every "
                "fortnight from March.”",
            ),
            "Brindlewood Council",
        ),
        (
            (
                "Tarrow Mining Ltd. bought the site in 2019.",
                "The company, on its website, said the mine was “safe and well run.”",
            ),
            "Tarrow Mining Ltd.",
        ),
    ],
)
def test_an_aside_between_a_body_and_its_verb(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


def test_a_comma_phrase_that_is_no_aside_names_no_body():
    # (`Officials` is no body named before: skipping the aside leaves no one to resolve)
    paragraphs = ("Officials, in the end, said the road was “closed until May.”",)
    assert _speakers(*paragraphs) == [None]


# --- a role's modifier noun: `the consultant` of `A consultant obstetrician, Dr X,` ----------


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "A consultant surgeon at the hospital, Dr Ines Marrow, said the list had doubled.",
                "“We cannot operate without beds,” the consultant said.",
            ),
            "Ines Marrow",
        ),
        (
            (
                "An engineer manager at the plant, Tomas Reyle, said the pumps failed.",
                "“Nobody checked them,” the engineer said.",
            ),
            "Tomas Reyle",
        ),
        (
            (
                "A consultant cardiologist, Prof Aled Brynmor, said waits were too long. “It "
                "is dangerous,” the consultant added.",
            ),
            "Aled Brynmor",
        ),
    ],
)
def test_a_roles_modifier_names_it(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


def test_a_consultant_brought_in_unnamed_stays_unnamed():
    paragraphs = (
        "Dr Ines Marrow runs the ward. A consultant who asked not to be named said the list "
        "had doubled. “We cannot operate without beds,” the consultant said.",
    )
    assert _speakers(*paragraphs) == [None]


@pytest.mark.parametrize(
    ("role", "head", "fits"),
    [
        ("consultant obstetrician at the unit", "consultant", True),
        ("senior engineer manager", "engineer", True),
        ("bank manager", "bank", False),
        ("consultant", "consultant", False),  # (its own head noun: role_nouns answers that)
        ("obstetrician and consultant", "consultant", False),
    ],
)
def test_modifier_fits(role, head, fits):
    assert modifier_fits(role, head) == fits


# --- a rank's short form that is a given name: `Neighbour Col X` ------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Neighbour Col Ravensworth, whose shed burned, said he woke to ‘a roar’.",
                "‘We ran,’ he said.",
            ),
            "Col Ravensworth",
        ),
        (("Resident Col Mabry, who lives opposite, said: “It was loud.”",), "Col Mabry"),
        (("Farmer Gen Tasker said the bar “lost everything.”",), "Gen Tasker"),
    ],
)
def test_a_rank_short_form_as_a_given_name(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Veteran Col Pitcairn, commander of the 3rd Battalion, said: “We move at dawn.”",
            "Pitcairn",
        ),
        ("Spokesman Col. Brandt said the base was “secure.”", "Brandt"),
        ("Army spokesman Col Brandt said: “We are prepared.”", "Brandt"),
    ],
)
def test_a_rank_in_a_military_setting_stays_a_rank(paragraph, speaker):
    assert _speakers(paragraph)[-1] == speaker
