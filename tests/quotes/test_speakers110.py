"""Descriptive references on unseen copy as general rules (speakers110, issue 15).

A body named only inside a person's title (`Harwick Chamber of Commerce president X said ...
The chamber said`) is the body, not the person holding its post (name_opens_role,
name_through_of). A lower-case post written right before a name (`reeve X Y`) is that person's,
and `the reeve` points back to them (post_before_name). Someone brought in unnamed on purpose
(`A winch operator, who asked not to be named, said`) is whom the next person noun stands for
(`the miner said`: no one, not a mining company by kind; withheld_unnamed). A sport's word
ending a name (`Scottish Rugby`) makes a body, as one opening it does (SPORT_BODY_ENDINGS). A
paper put to a body's own organ (`A report to the council's cabinet`) speaks for that body when
`the report` is cued later (quote_board_papers). A pronoun in a sentence that opens on `the
<noun>` and a verb of saying (`The judge said she weighed ... what she called "..."`) is the
person that description names, when of the pronoun's sex and no name stands between
(Registry._sentence_opening_person).

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_board_papers import paper_owner_noun, paper_phrase_owner
from api.parser.quote_title_bodies import name_opens_role, name_through_of, post_before_name
from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("role", "name"),
    [
        ("Athlone Chamber of Commerce chief executive", "Athlone Chamber of Commerce"),
        ("Bank of Ardmore governor", "Bank of Ardmore"),
        ("University of Tarnside vice chancellor", "University of Tarnside"),
        ("director of services for planning", None),  # the post's own `of`
        ("Secretary of State for health", None),  # a title's field after `for`
        ("Director of Public Health", None),  # capitals only: a title
        ("Chamber of Commerce President", None),
        ("Port of Tilbury harbour master", None),  # `master`: no title word known
    ],
)
def test_name_opens_role(role, name):
    assert name_opens_role(role) == name


def test_name_through_of():
    words = "Athlone Chamber of Commerce chief executive".split()
    assert name_through_of(words, 2) == 4
    assert name_through_of("Kwoyanx First Nation Chief".split(), 3) == 3
    assert name_through_of("Tarn Chamber of Commerce Chief".split(), 2) == 4


@pytest.mark.parametrize(
    ("text", "start", "found"),
    [
        ("and reeve Harold Sinclair said", 10, True),
        ("reeve Harold Sinclair said", 6, True),
        ("the reeve Harold Sinclair", 10, True),
        ("and threeve Harold Sinclair", 12, False),  # part of a longer word
        ("and reeve, Harold Sinclair", 11, False),
    ],
)
def test_post_before_name(text, start, found):
    assert post_before_name(text, start, "reeve") is found


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("A report to the council’s executive, published on Friday, lists", "council"),
        ("A staff report to the authority's board says", "authority"),
        ("A report to the council’s planning committee recommends", "council"),
        ("A staff report prepared for the board said", None),  # which body's board: unsaid
        ("A report by auditor Jo Roe found", None),
        ("A report to Parliament said", None),
    ],
)
def test_paper_owner_noun(text, owner):
    assert paper_owner_noun(text, "report", len(text)) == owner


def test_paper_phrase_owner():
    assert paper_phrase_owner("A report to the council’s cabinet".split()) == "council"
    assert paper_phrase_owner("A briefing prepared for the trust's board".split()) == "trust"
    assert paper_phrase_owner("A staff report prepared for the board".split()) is None
    assert paper_phrase_owner("The report to the council’s cabinet".split()) is None


# A body named only inside a person's title: the body's noun is the body's.
@pytest.mark.parametrize(
    ("first", "second", "body"),
    [
        (
            "Harwick Chamber of Commerce president Lena Ostby said: “We were not consulted.”",
            "The chamber said in a statement that its members were “angry and let down”.",
            "Harwick Chamber of Commerce",
        ),
        (
            "Bank of Ardmore governor Piet Vance said rates would “stay where they are”.",
            "The bank said inflation was “easing faster than forecast”.",
            "Bank of Ardmore",
        ),
        (
            "Port of Kellston harbour director Ama Boateng said the berth was “ready”.",
            "The port said in a statement that dredging would “start in May”.",
            "Port of Kellston",
        ),
        (
            "University of Tarnside vice chancellor Omar Hadley said the cuts were “painful”.",
            "The university said no courses would “close this year”.",
            "University of Tarnside",
        ),
    ],
)
def test_a_body_named_inside_a_title_is_the_bodys_noun(first, second, body):
    assert _speakers(first, second)[1] == body


def test_the_post_in_the_title_stays_the_person():
    found = _speakers(
        "Harwick Chamber of Commerce president Lena Ostby said: “We were not consulted.”",
        "“It was a shock,” the president said.",
    )
    assert found == ["Lena Ostby", "Lena Ostby"]


def test_a_posts_own_of_stays_the_person():
    found = _speakers(
        "Director of services for planning Jo Roe said the plan was “sound”.",
        "“We listened,” the director said.",
    )
    assert found == ["Jo Roe", "Jo Roe"]


def test_of_two_bodies_in_titles_the_nearer_is_the_noun():
    found = _speakers(
        "Harwick Chamber of Commerce president Lena Ostby said: “We were not consulted.”",
        "Lorne Chamber of Commerce chief executive Ravi Dunn said he was “surprised”.",
        "The chamber said its members were “angry”.",
    )
    assert found == ["Lena Ostby", "Ravi Dunn", "Lorne Chamber of Commerce"]


def test_a_body_noun_never_introduced_is_no_one():
    found = _speakers(
        "The council voted 5-2 to raise fees.", "The chamber said its members were “angry”."
    )
    assert found == [None]


# A lower-case post written right before a name.
@pytest.mark.parametrize(
    ("paragraphs", "person"),
    [
        (
            (
                "The Ministry of Agriculture says clubroot is spreading.",
                "The Tarn council did so in May, and reeve Harold Pask said the bylaw “was "
                "overdue”.",
                "“We had no choice,” the reeve said.",
            ),
            "Harold Pask",
        ),
        (
            (
                "The Kellow Housing Trust says arrears have doubled.",
                "Goods were taken on Monday, and bailiff Tom Rudd said the family had “months "
                "of letters”.",
                "“It is never pleasant,” the bailiff said.",
            ),
            "Tom Rudd",
        ),
        (
            (
                "Parks Canada says the trail will reopen in June.",
                "The slope moved again on Friday, and warden Ines Kato said the path was “unsafe”.",
                "“Nobody should be up there,” the warden said.",
            ),
            "Ines Kato",
        ),
    ],
)
def test_a_lower_case_post_before_a_name_is_theirs(paragraphs, person):
    assert _speakers(*paragraphs) == [person, person]


def test_of_two_holders_of_the_post_the_nearer_speaks():
    found = _speakers(
        "Warden cover was thin, and warden Ines Kato said the path was “unsafe”.",
        "By noon, warden Bo Lund said the gate was “locked”.",
        "“Nobody should be up there,” the warden said.",
    )
    assert found == ["Ines Kato", "Bo Lund", "Bo Lund"]


def test_a_post_never_written_before_a_name_is_no_one():
    found = _speakers(
        "The park was shut on Friday after a landslip.",
        "“Nobody should be up there,” the warden said.",
    )
    assert found == [None]


def test_another_post_before_the_name_is_not_the_noun():
    found = _speakers(
        "The Ministry of Agriculture says clubroot is spreading.",
        "The Tarn council did so in May, and steward Harold Pask said the bylaw “was overdue”.",
        "“We had no choice,” the reeve said.",
    )
    assert found[0] == "Harold Pask" and found[1] != "Harold Pask"


# Someone kept unnamed on purpose, then another noun for the same person.
@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Ridgeback Mining said the shaft was “secure”.",
            "A winch operator, who asked not to be named, said the blast “shook everything”.",
            "“Dust everywhere. We just ran,” the miner said.",
        ),
        (
            "Northfield Coal said the pit was “safe to enter”.",
            "A fitter, who spoke on condition of anonymity, said the fans “had been off for "
            "hours”.",
            "“Nobody told us,” the miner said.",
        ),
        (
            "Basin Drilling Ltd said the rig was “shut in”.",
            "A roughneck, who asked not to be named, said the alarm “came late”.",
            "“We ran for the boats,” the driller said.",
        ),
    ],
)
def test_another_noun_for_someone_kept_unnamed_is_no_one(paragraphs):
    assert _speakers(*paragraphs)[1:] == [None, None]


def test_the_companys_noun_with_no_one_kept_unnamed_stays_the_company():
    found = _speakers(
        "Kellbrook Mining said the shaft was “secure”.",
        "“Production will resume on Monday,” the miner said.",
    )
    assert found == ["Kellbrook Mining", "Kellbrook Mining"]


def test_a_spokesperson_kept_unnamed_is_no_unnamed_person():
    found = _speakers(
        "Kellbrook Mining said the shaft was “secure”.",
        "A spokesperson for the ministry, who declined to be named, said inspectors were “on "
        "site”.",
        "“Production will resume on Monday,” the miner said.",
    )
    assert found[2] == "Kellbrook Mining"


def test_a_named_miner_stays_named():
    found = _speakers(
        "Northfield Coal said the pit was “safe to enter”.",
        "Miner Dai Rees, 52, said the fans “had been off for hours”.",
        "“Nobody told us,” the miner said.",
    )
    assert found == ["Northfield Coal", "Dai Rees", "Dai Rees"]


# A sport's word ending a name: a body, which `the governing body` finds.
@pytest.mark.parametrize(
    ("lead", "body", "club"),
    [
        (
            "Kelso Valley RFC won the National Bowl at Murrayfield on Saturday.",
            "Scottish Rugby",
            "Kelso Valley",
        ),
        (
            "Gore City Netball Club won the regional title on Sunday.",
            "Southland Netball",
            "Gore City",
        ),
        (
            "Alexandra Cricket Club beat Wanaka by six wickets on Saturday.",
            "Otago Cricket",
            "Alexandra",
        ),
        ("Coleraine Harriers AC won the league on Saturday.", "Ulster Athletics", "Coleraine"),
    ],
)
def test_a_sports_body_by_its_ending_governs(lead, body, club):
    found = _speakers(
        lead,
        f"{body} said in a statement the final was “a showcase”.",
        f"The governing body also confirmed that {club} would be promoted, subject to “the "
        "usual ground criteria”.",
    )
    assert found == [body, body]


def test_a_surname_spelt_as_a_sport_not_listed_stays_a_person():
    assert _speakers("Tom Hockey, 44, said the pitch was “a disgrace”.") == ["Tom Hockey"]


# A paper put to a body's own organ speaks for the body.
@pytest.mark.parametrize(
    ("first", "second", "body"),
    [
        (
            "A report to the council’s cabinet, published on Monday, lists nine libraries as "
            "under review under Tarnshire Council budget plans.",
            "The report says closing them would save ‘up to £90,000 a year’.",
            "Tarnshire Council",
        ),
        (
            "A report to the council’s planning committee, published on Monday, recommends "
            "refusal under Wexbridge Borough Council policy.",
            "The report says the scheme would cause ‘substantial harm’.",
            "Wexbridge Borough Council",
        ),
        (
            "PUBLIC toilets in Ashby could close under Vale Council budget proposals. A report "
            "to the council’s executive lists four blocks.",
            "The report says closing them would save ‘up to £40,000’.",
            "Vale Council",
        ),
    ],
)
def test_a_paper_to_a_bodys_organ_speaks_for_it(first, second, body):
    assert _speakers(first, second) == [body]


def test_a_paper_to_a_board_no_owner_names_is_as_before():
    found = _speakers(
        "The Tarn Valley Transit District will raise fares. Ann Lee, 61, who spent years at "
        "the state Franchise Tax Board, backed it.",
        "A staff report prepared for the board said ridership “may decline modestly”.",
    )
    assert found == [None]


def test_a_paper_by_a_person_stays_theirs():
    found = _speakers(
        "A report by auditor Jo Roe, published on Monday, looked at the Tarnshire Council "
        "accounts.",
        "The report says the books were “in good order”.",
    )
    assert found == ["Jo Roe"]


# A pronoun inside a sentence that opens on a person's description.
@pytest.mark.parametrize(
    ("paragraphs", "person"),
    [
        (
            (
                "Hollow County Circuit Judge Ria Mendes also ordered full restitution.",
                "Board president Ana Cole read a statement in court. She said: “We trusted him.”",
                "The judge said she weighed his guilty plea against what she called “a long "
                "betrayal of trust.”",
            ),
            "Ria Mendes",
        ),
        (
            (
                "District Judge Nora Fenn also ordered him to repay the club.",
                "Club secretary Jo Bright read a statement in court. She said: “We trusted him.”",
                "The judge said she weighed his age against what she called “years of quiet "
                "theft.”",
            ),
            "Nora Fenn",
        ),
        (
            (
                "Pima County Superior Court Judge Lena Ortiz also ordered 200 hours of community "
                "service.",
                "Team mother Carla Vance read a victim statement. She said: “He was family to us.”",
                "The judge said she had considered his remorse and what she called “a breach no "
                "apology mends.”",
            ),
            "Lena Ortiz",
        ),
        (
            (
                "Mayor Tom Hale opened the new bridge on Saturday.",
                "Engineer Raj Patel led the build. He said: “It took three winters.”",
                "The mayor said he was proud of what he called “the best bridge in the county.”",
            ),
            "Tom Hale",
        ),
    ],
)
def test_a_pronoun_in_a_sentence_opened_by_a_description_is_its_person(paragraphs, person):
    assert _speakers(*paragraphs)[-1] == person


def test_a_name_between_the_description_and_the_pronoun_is_as_before():
    found = _speakers(
        "Hollow County Circuit Judge Ria Mendes also ordered full restitution.",
        "Board president Ana Cole read a statement in court.",
        "The judge told Ana Cole she had called the theft “a long betrayal.”",
    )
    assert found == ["Ria Mendes"]


def test_a_description_of_the_other_sex_is_passed_over():
    found = _speakers(
        "Mayor Tom Hale opened the new bridge on Saturday.",
        "Engineer Rita Patel led the build. She said: “It took three winters.”",
        "The mayor said she had called the bridge “the best in the county.”",
    )
    assert found == ["Rita Patel", "Rita Patel"]


def test_a_papers_owner_named_only_after_it_is_no_owner():
    found = _speakers(
        "A report to the council’s executive, published on Friday, lists 11 toilet blocks as "
        "under review.",
        "The report says closing them would save ‘up to £90,000 a year’.",
        "Ashby Parish Council chairman Tom Lee said the blocks were “a lifeline”.",
    )
    assert found[0] is None


def test_someone_kept_unnamed_whose_words_are_not_quoted_leaves_the_firm():
    found = _speakers(
        "Tarn Build Ltd took the job. A labourer, who asked not to be named, said it was late.",
        "“It came on Friday,” the contractor said.",
    )
    assert found == ["Tarn Build Ltd"]
