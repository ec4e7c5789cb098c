"""Descriptions of issue 15 after the twenty-sixth set: `the <noun> said` resolves to the one
introduced earlier whose role's words hold the noun or a near kind of it (`the doctoral
candidate` of a graduate student), who is shown doing what the noun names (`the old keeper` of
one who `keeps` a light), whose capitalised role opens with a body of that noun (`the county` of
`Millbrook County Commissioner X`); `the statement said` is whoever put the statement out; an
internal memo is the lead's body's; a description of a body named by a short form is its full
name; `the office` of `the X attorney general's office` is that office; `the health system` of
`X Medical Group`.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_kinds import (
    body_opening_role,
    capitals_before,
    does_after,
    near_person_nouns,
    role_nouns,
    role_of_kind,
)
from api.parser.quotes import analyse_quotes
from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("intro", "described", "speaker"),
    [
        (
            "The paper's first author, graduate student Ines Varga,",
            "the doctoral candidate",
            "Ines Varga",
        ),
        ("Tomasz Ilk, a postdoctoral researcher in the lab,", "the young scholar", "Tomasz Ilk"),
        ("Ruth Okafor, the lighthouse keeper on Gull Rock,", "the warden", "Ruth Okafor"),
        ("Pavel Dinu, a family physician in Cluj,", "the doctor", "Pavel Dinu"),
        ("Her solicitor, Amara Chike,", "the lawyer", "Amara Chike"),
    ],
)
def test_a_description_by_a_near_kind_of_a_role_is_its_holder(intro, described, speaker):
    paragraphs = (
        f"{intro} said the work would take another year.",
        "A second team in another country has tried and failed.",
        f"“It is slower than anyone hoped,” {described} said.",
    )
    assert _speakers(*paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("intro", "described", "speaker"),
    [
        ("Lucia Ferro, a retired seamstress from Prato,", "the seamstress", "Lucia Ferro"),
        ("Odile Marchetti, a weaver and school governor,", "the weaver", "Odile Marchetti"),
        ("Kwame Asante, a cocoa broker in Kumasi,", "the broker", "Kwame Asante"),
    ],
)
def test_a_noun_no_table_lists_is_matched_against_the_role_words(intro, described, speaker):
    paragraphs = (
        f"{intro} remembers the old market.",
        f"“Nobody haggles any more,” {described} said.",
    )
    assert _speakers(*paragraphs) == [speaker]


def test_a_near_kind_noun_that_brought_in_someone_unnamed_is_not_the_named_holder():
    paragraphs = (
        "Graduate student Ines Varga ran the trial.",
        "A researcher at a rival lab, who asked not to be named, was doubtful.",
        "“I would want to see it repeated,” the researcher said.",
    )
    assert _speakers(*paragraphs) != ["Ines Varga"]


def test_a_word_before_the_roles_noun_is_not_the_role():
    paragraphs = (
        "County emergency manager Felix Abara said the sirens had failed.",
        "The county said in a notice that it had hired a firm to review it.",
        "“We will publish what they find,” the county said.",
    )
    assert _speakers(*paragraphs) != ["Felix Abara"]


def test_a_role_word_written_in_capitals_is_no_near_kind():
    paragraphs = (
        "Student Union President Dara Quinn opened the meeting.",
        "The motion passed.",
        "“We will write to the dean,” the candidate said.",
    )
    assert _speakers(*paragraphs) != ["Dara Quinn"]


@pytest.mark.parametrize(
    ("doing", "described"),
    [
        ("keeps a logbook nobody reads", "the old keeper"),
        ("keeps bees on the roof of the town hall", "the beekeeper"),
        ("still bakes bread for the whole village", "the baker"),
        ("teaches violin in the back room", "the teacher"),
    ],
)
def test_a_description_by_a_doers_noun_is_the_one_shown_doing_it(doing, described):
    paragraphs = (
        f"On the far side of the island, Marit Solheim-Aas {doing}. She is 81.",
        "“I was told to retire in 1990,” she says.",
        "The island council says it has no plans to change anything.",
        "Visitors come every summer.",
        f"“Let them come,” {described} says.",
    )
    assert _speakers(*paragraphs)[-1] == "Marit Solheim-Aas"


def test_two_people_shown_doing_it_leave_the_doers_noun_to_neither():
    paragraphs = (
        "Marit Solheim-Aas keeps a logbook. Jorunn Dahl keeps another.",
        "Neither has missed a day.",
        "The council did not comment.",
        "“Every day,” the keeper says.",
    )
    assert _speakers(*paragraphs)[-1] not in ("Marit Solheim-Aas", "Jorunn Dahl")


@pytest.mark.parametrize(
    ("role", "described", "body"),
    [
        ("Millbrook County Commissioner", "The county", "Millbrook County"),
        ("Tsartlip First Nation Chief", "The nation", "Tsartlip First Nation"),
        ("Dorrance County Sheriff", "The county", "Dorrance County"),
    ],
)
def test_a_body_opening_a_persons_capitalised_role_is_the_body_described(role, described, body):
    paragraphs = (
        f"{role} Dale Ruskin said the road would stay shut.",
        f"{described} said in a statement that repairs would start in spring. "
        "“We asked for the money last year,” the statement said.",
    )
    assert _speakers(*paragraphs) == [body]


@pytest.mark.parametrize(
    ("issuer", "verb", "document"),
    [
        ("Halvard Shipping", "said in a statement", "statement"),
        ("Corvina Foods", "wrote in an open letter", "letter"),
        ("Teodora Pasic", "said in an email", "email"),
        ("Halvard", "said in a release", "release"),
    ],
)
def test_the_document_said_is_whoever_the_paragraph_says_put_it_out(issuer, verb, document):
    paragraphs = (
        "Dockworkers walked out on Friday, the third strike this year.",
        f"{issuer} {verb} that talks would resume on Monday. "
        f"“We remain at the table,” the {document} said.",
    )
    assert _speakers(*paragraphs) == [issuer]


def test_a_person_who_put_out_the_document_stays_a_person():
    paragraphs = (
        "Teodora Pasic said in an email that she would not run again. "
        "“I have done my two terms,” the email said.",
    )
    quotes = analyse_quotes(paragraphs)
    assert [q.speaker for q in quotes.quotes] == ["Teodora Pasic"]
    assert [s.kind for s in quotes.speakers] == ["person"]


@pytest.mark.parametrize("document", ["memo", "email"])
def test_an_internal_document_with_no_issuer_is_the_lead_bodys(document):
    paragraphs = (
        "Brightmoor Rail will close 14 ticket offices by the spring, the operator confirmed.",
        "Union leader Sana Qureshi called the plan reckless.",
        f"Staff were told in an internal {document} seen by this newspaper. "
        f"“Footfall no longer justifies the cost,” the {document} said.",
    )
    assert _speakers(*paragraphs)[-1] == "Brightmoor Rail"


@pytest.mark.parametrize(
    ("full", "short", "noun"),
    [
        ("Castlemoor Athletic", "Athletic", "club"),
        ("Dunmore Wanderers", "Wanderers", "club"),
        ("Pellow Valley Rangers", "Rangers", "team"),
    ],
)
def test_a_description_of_a_body_named_by_its_short_form_is_its_full_name(full, short, noun):
    paragraphs = (
        f"{full} beat Eastfield 3-1 on Saturday.",
        f"{short} manager Rhona Bell praised the crowd.",
        f"{short} said on Monday that the striker was fit. “He starts,” the {noun} said.",
    )
    assert _speakers(*paragraphs) == [full]


def test_two_bodies_joined_by_and_are_no_fuller_name_of_the_last():
    paragraphs = (
        "Orrin Maps and Kestle Productions signed a deal, according to the trade press.",
        "Kestle Productions later denied it. “No deal was signed,” the company said.",
    )
    assert _speakers(*paragraphs) == ["Kestle Productions"]


@pytest.mark.parametrize(
    ("owner", "noun"),
    [
        ("Ohio secretary of state’s", "office"),
        ("Vermont attorney general’s", "office"),
        ("Lisbon mayor’s", "office"),
    ],
)
def test_a_body_named_by_its_holders_office_is_the_office(owner, noun):
    paragraphs = (
        "A judge struck down the rule on Tuesday.",
        f"The {owner} {noun} said it would appeal. “We will keep fighting,” the {noun} said.",
    )
    assert _speakers(*paragraphs) == [f"{owner} {noun}"]


@pytest.mark.parametrize(
    ("body", "described"),
    [
        ("Riverbend Medical Group", "the hospital system"),
        ("Northgate Health", "the health system"),
        ("Saint Columba Health", "the hospital network"),
    ],
)
def test_a_group_of_hospitals_is_the_hospital_system(body, described):
    paragraphs = (
        "Two of the region's largest hospital groups will merge next year.",
        f"{body} said no emergency rooms would close. “Every site stays open,” {described} said.",
    )
    assert _speakers(*paragraphs) == [body]


def test_near_kinds_and_role_words():
    assert {"candidate", "student", "researcher"} <= near_person_nouns("candidate")
    assert near_person_nouns("seamstress") == {"seamstress"}
    assert role_nouns("marine biologists at the University of Port Lys") >= {"biologist"}
    assert "university" not in role_nouns("marine biologist at the University of Port Lys")
    assert role_nouns("county emergency manager") == {"manager"}
    assert role_nouns("weaver and school governor") == {"weaver", "governor"}
    assert role_of_kind("graduate student", "candidate")
    assert not role_of_kind("Budget Director", "director")


def test_doers_and_bodies_in_roles():
    assert does_after("Ivo keeps bees here", 3, "beekeeper")
    assert does_after("Ivo still bakes bread", 3, "baker")
    assert not does_after("Ivo keeps bees", 3, "baker")
    assert body_opening_role("Tsartlip First Nation Chief", "nation") == "Tsartlip First Nation"
    assert body_opening_role("Nation Chief", "nation") is None
    assert capitals_before("said Kwoyanx First Nation Chief", 19) == "Kwoyanx First "
