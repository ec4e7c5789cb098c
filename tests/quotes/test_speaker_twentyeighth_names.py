"""Mechanisms of issue 15 for names and bodies left after the twenty-eighth set: an Irish surname
of several words with lower-case particles and a mutated word (`Mac an tSaoir`, `Ó hÉigeartaigh`);
an owner's pronoun opening an apposition owns the speaker (`Her nephew, the architect X, said
she`); a work by a body speaks for it (`A report by the X, published on Thursday, said`, then
`the report said`); an adjective of place is no name (`the California-based company`); a body
named by its schools or borough is `the district` or `the council`; a branch's kind word and
number end a body's name (`Lodge 7`, `Local 1199`); a national body named by its fields and the
nation (`Environment and Climate Change Canada`) is one name; `citing “...”` quotes the subject.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_people import find_mentions
from api.parser.quote_shapes import national_body
from api.parser.quote_tokens import mutated
from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("given", "surname", "style"),
    [
        ("Ferdia", "Mac an tSaoir", "Mr"),
        ("Clodagh", "Nic an tSaoi", "Ms"),
        ("Tadhg", "Mac an Bhaird", "Mr"),
        ("Seán", "Ó hÉigeartaigh", "Mr"),
        ("Gráinne", "Ní hUallacháin", "Ms"),
    ],
)
def test_an_irish_surname_keeps_its_particles_and_mutated_word(given, surname, style):
    pronoun = "he" if style == "Mr" else "she"
    full = f"{given} {surname}"
    paragraphs = (
        f"Her nephew, the solicitor {full}, said the house had been sold ‘within the week’.",
        f"‘It was a hard winter for all of us,’ {style} {surname} said.",
        "The funeral takes place on Friday in Westport.",
        f"{style} {surname} said the family would plant a tree. ‘It is what she wanted,’"
        f" {pronoun} said.",
    )
    assert _speakers(*paragraphs) == [full, full, full]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Council engineer Pieter van der Merwe said the bridge was “sound”.",
            "Pieter van der Merwe",
        ),
        (
            "The curator, Lucía de la Vega, said the loan was “a coup for the city”.",
            "Lucía de la Vega",
        ),
        ("Trader Khalid bin Rashid said prices were “simply too high”.", "Khalid bin Rashid"),
    ],
)
def test_other_particles_inside_names_still_hold(text, name):
    assert _speakers(text) == [name]


def test_an_english_an_never_joins_two_names():
    mentions = find_mentions("Sir Tom Smith an American Airlines pilot said it was over.")
    assert [m.name for m in mentions if m.kind != "pronoun"] == ["Tom Smith", "American Airlines"]


@pytest.mark.parametrize(
    ("word", "expected"),
    [("tSaoir", True), ("hÉigeartaigh", True), ("bhFlannagáin", True), ("mRNA", False)],
)
def test_a_mutated_word_is_read_as_a_name_s_word(word, expected):
    assert mutated(word) is expected


@pytest.mark.parametrize(
    ("owner", "kin", "role", "name", "pronoun", "subject"),
    [
        ("Her", "nephew", "architect", "Ciaran Doyle", "he", "she"),
        ("His", "daughter", "novelist", "Mairead Kelly", "she", "he"),
        ("Her", "grandson", "family solicitor", "Owen Pritchard", "he", "she"),
    ],
)
def test_an_owner_pronoun_opening_the_apposition_owns_the_speaker(
    owner, kin, role, name, pronoun, subject
):
    surname = name.split()[-1]
    paragraphs = (
        f"{owner} {kin}, the {role} {name}, said {subject} had worked ‘until the very last day’.",
        f"{surname} said the family was grateful. ‘We were lucky,’ {pronoun} said.",
    )
    assert _speakers(*paragraphs) == [name, name]


@pytest.mark.parametrize(
    ("body", "aside", "noun"),
    [
        ("the Care Standards Commission (CSC)", "published on Thursday", "report"),
        ("the Kestrel Institute", "released on Monday", "study"),
        ("the Northfield Audit Office", "seen by this newspaper", "review"),
    ],
)
def test_a_work_by_a_body_speaks_for_it(body, aside, noun):
    name = body.removeprefix("the ").split(" (")[0]
    paragraphs = (
        f"A {noun} by {body}, {aside}, said waiting times had become “the norm”.",
        f"“Staff told us they were exhausted,” the {noun} said.",
    )
    assert _speakers(*paragraphs) == [name, name]


def test_a_letter_from_someone_is_still_not_its_writer_speaking():
    paragraph = (
        "A letter from Acme chief executive Ann Roe, who took over in May, said the plan was"
        " “bold.”"
    )
    assert _speakers(paragraph) == [None]


@pytest.mark.parametrize(
    ("place", "noun"),
    [
        ("San Jose, California-based", "company"),
        ("Ohio-based", "retailer"),
        ("Nasdaq-listed", "company"),
    ],
)
def test_an_adjective_of_place_is_no_name(place, noun):
    paragraphs = (
        "Brindle Networks Inc. shares fell 9% in late trading.",
        f"Revenue will be $1.2 billion, the {place} {noun} said in a statement.",
        f"The cuts will cost $40 million, the {noun} said in a filing. “These reductions are"
        " expected to be complete by June,” the filing said.",
    )
    assert _speakers(*paragraphs) == ["Brindle Networks Inc."]


@pytest.mark.parametrize(
    ("body", "noun"),
    [
        ("The Lake Wendell Area Schools board", "district"),
        ("The Pine Ridge Unified board", "district"),
        ("Greyfield Public Schools", "district"),
        ("Harlow Borough", "council"),
    ],
)
def test_a_body_named_by_its_schools_or_borough_is_the_district_or_council(body, noun):
    name = body.removeprefix("The ").removesuffix(" board")
    paragraph = f"{body} voted 4-1 on Tuesday. “We listened to families,” the {noun} said."
    assert _speakers(paragraph) == [name]


@pytest.mark.parametrize(
    ("body", "noun"),
    [
        ("the Fraternal Order of Police Lodge 12", "lodge"),
        ("SEIU Local 1021", "local"),
        ("Teamsters Local 727", "local"),
        ("American Legion Post 112", "post"),
        ("the Royal British Legion Branch 9", "branch"),
    ],
)
def test_a_branch_s_kind_word_and_number_end_a_body_s_name(body, noun):
    name = body.removeprefix("the ")
    paragraph = f"Members of {body} met on Friday. “We are stretched thin,” the {noun} said."
    assert _speakers(paragraph) == [name]


def test_a_person_whose_surname_is_a_kind_word_stays_a_person():
    paragraph = (
        "Henry Lodge, 54, said the plan was “dead on arrival”. “Nobody wants it,” Lodge said."
    )
    assert _speakers(paragraph) == ["Henry Lodge", "Henry Lodge"]


@pytest.mark.parametrize(
    "body",
    [
        "Environment and Climate Change Canada",
        "Agriculture and Agri-Food Canada",
        "Employment and Social Development Canada",
    ],
)
def test_a_national_body_of_fields_joined_by_and_is_one_name(body):
    paragraphs = (
        f"{body} said the season would be “longer than usual”.",
        f"The figures come from {body}. “We expect more of the same,” the department said.",
        f"Losses will grow “for a third year”, according to {body}.",
    )
    assert _speakers(*paragraphs) == [body, body, body]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Climate Change Canada", True),
        ("Transport Scotland", True),
        ("Kevin Scotland", False),
        ("Climate Change", False),
    ],
)
def test_a_national_body_is_fields_and_a_nation(name, expected):
    assert national_body(name) is expected


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Harbor Foods cut its outlook on Tuesday", "Harbor Foods"),
        ("Mayor Ellen Pryce withdrew the plan", "Ellen Pryce"),
        (
            "Tallis Mining Corp. shares fell 6% after the miner lowered its guidance",
            "Tallis Mining Corp.",
        ),
    ],
)
def test_citing_a_quote_gives_the_subject_s_words(opening, speaker):
    paragraph = f"{opening}, citing “persistent weakness” in its main market."
    assert _speakers(paragraph) == [speaker]


@pytest.mark.parametrize(
    ("opening", "noun", "body"),
    [
        ("Northway Airlines cancelled 40 flights, citing weather.", "airline", "Northway Airlines"),
        ("Harbor Foods cut its outlook, citing weak demand.", "company", "Harbor Foods"),
    ],
)
def test_citing_a_reason_is_no_quote(opening, noun, body):
    assert _speakers(f"{opening} “The quarter was hard,” the {noun} said.") == [body]
