"""Mechanisms of issue 15 for carried, pronoun and explicit cues left after the twenty-sixth set:
a commentator's role before a name is no part of it; a body's plural word (`Chambers`) goes on
over `of`; a reaction verb (`laughed`, `shrugged`) after an opening phrase makes a description
the next quote's speaker, and `X is the youngest champion` says who `the champion` is; a lone
name with a body's appositive (`X, a Leeds start-up that`) is that body; a role before a name
keeps the office its post-nominal letters say (`the Cork North TD`); an acronym inside a body's
name may be cut in the body's initials; a word that is a style or a name (`Pak`) is a style
before someone named in full; a question after an answer goes back to the one who asked; a
sentence opened by a person's possessive is about them.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_aliases import apposed_noun, inner_acronym_cuts
from api.parser.quote_namesakes import APPOSITIVE_NOUNS
from api.parser.quote_titles import with_office
from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("role", "name"),
    [
        ("Commentator", "Rhys Tallow-Okafor"),
        ("Caster", "Mina Ferreira-Holt"),
        ("Shoutcaster", "Dagny Oyelaran"),
    ],
)
def test_a_commentator_s_role_before_a_name_is_no_part_of_it(role, name):
    paragraph = (
        f"{role} {name}, who called the last round, was hoarse by the end. “That was the best"
        " final I have seen,” he said afterwards. “And I have seen a few.”"
    )
    assert _speakers(paragraph) == [name, name]


@pytest.mark.parametrize(
    ("body", "noun"),
    [
        ("The Ontario Chambers of Commerce", "chamber"),
        ("The Tasmanian Councils of Social Service", "council"),
        ("Halifax Chambers of Commerce", "chamber"),
    ],
)
def test_a_body_s_plural_word_goes_on_over_of(body, noun):
    paragraph = f"{body} welcomed the levy. “It is overdue,” the {noun} said."
    assert _speakers(paragraph) == [body.removeprefix("The ")]


def test_a_surname_that_is_a_plural_body_word_is_a_person_from_a_place():
    paragraph = "Tom Banks of Leeds welcomed the levy. “It is overdue,” Banks said."
    assert _speakers(paragraph) == ["Tom Banks"]


@pytest.mark.parametrize(
    ("intro", "reaction"),
    [
        (
            "Aiko Brandt-Muller, the captain, scored twice.",
            "Asked about the loss, the captain shrugged.",
        ),
        (
            "Tomasz Wierzbicki-Lund, 34, became the oldest winner of the race.",
            "Asked how he felt, the winner grinned.",
        ),
        (
            "Priya Castellanos-Reid is the youngest debutant in the squad.",
            "Asked about her nerves, the debutant smiled.",
        ),
    ],
)
def test_a_reaction_after_an_opening_phrase_cues_the_next_quote(intro, reaction):
    paragraphs = (intro, f"{reaction} “Ask me in April.”")
    assert _speakers(*paragraphs) == [intro.split(",")[0].split(" is ")[0]]


def test_a_superlative_predicate_the_paragraph_before_says_who_the_noun_is():
    paragraphs = (
        "Lucja Amankwah-Berg won the marathon on Sunday in a course record.",
        "The 23-year-old Amankwah-Berg is the youngest champion in the race's history. Her"
        " coach, Emeka Thorvald, said she had trained at altitude. “She was ready,” he said.",
        "Asked what came next, the champion laughed. “Pizza. Then bed.”",
    )
    assert _speakers(*paragraphs) == ["Emeka Thorvald", "Lucja Amankwah-Berg"]


def test_a_description_after_an_opening_phrase_needs_a_reaction_verb():
    paragraphs = (
        "Aiko Brandt-Muller, the captain, scored twice.",
        "In the second half, the stadium was quiet. “We go again.”",
    )
    assert _speakers(*paragraphs) != ["Aiko Brandt-Muller"]


@pytest.mark.parametrize(
    ("appositive", "noun"),
    [
        ("a London start-up that sells maps to walkers", "start-up"),
        ("a start-up that sells maps to walkers", "start-up"),
        ("a Lagos company that sells solar lamps", "company"),
    ],
)
def test_a_lone_name_with_a_body_s_appositive_is_that_body(appositive, noun):
    paragraphs = (
        f"Quillmark, {appositive}, has raised $5 million, the company said on Monday.",
        f"“We will hire forty engineers,” the {noun} said in a blog post.",
    )
    assert _speakers(*paragraphs) == ["Quillmark"]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Quillmark, a London start-up that sells maps,", "start-up"),
        ("Quillmark, a small company.", "company"),
        ("Quillmark, a Leeds firm based in Otley,", "firm"),
        ("Tamsin, a startup founder, said", None),
        ("Quillmark, a company director, said", None),
    ],
)
def test_the_appositive_s_noun_must_end_it(text, noun):
    assert apposed_noun(text, len("Quillmark") if noun else len("Tamsin"), APPOSITIVE_NOUNS) == (
        noun
    )


@pytest.mark.parametrize(
    ("intro", "description"),
    [
        ("Labour’s health spokesperson, Niamh Fitzgerald-Oyelaran TD,", "the Cork North TD"),
        ("Labour’s health spokesperson, Niamh Fitzgerald-Oyelaran TD,", "the TD"),
        ("Labour’s health spokesperson, Niamh Fitzgerald-Oyelaran TD,", "the spokesperson"),
        ("The party’s transport spokesman, Colm Ní Bhraonáin-Walsh TD,", "the Dublin Bay South TD"),
    ],
)
def test_a_role_before_a_name_keeps_the_office_of_its_letters(intro, description):
    paragraphs = (
        f"{intro} said waiting lists had grown.",
        f"“Patients wait two years,” {description} said.",
    )
    assert _speakers(*paragraphs) == [intro.split(", ")[1].removesuffix(" TD,")]


def test_an_office_joins_a_role_only_when_it_is_a_parliament_s():
    assert with_office("housing spokesperson", "TD") == "housing spokesperson and TD"
    assert with_office("senior partner", "barrister") == "senior partner"
    assert with_office(None, "MP") == "MP"


def test_an_acronym_inside_a_body_s_name_is_written_whole_or_left_out_of_its_initials():
    # (or as one of its letters: speakers42, tests/quotes/test_speaker_roles42.py)
    assert inner_acronym_cuts("Kestrel and Moorside NHS Trust".split()) == [
        "KMNHST",
        "KMT",
        "KMNT",
        "KMHT",
        "KMST",
    ]
    assert inner_acronym_cuts("Kestrel Moorside Health Trust".split()) == []
    assert inner_acronym_cuts("BBC and ITV Joint Board".split()) == []


@pytest.mark.parametrize("initials", ["KMT", "KMNHST"])
def test_the_shortened_initials_stand_for_the_body(initials):
    paragraphs = (
        "Wards at St Bede’s Hospital will close, the Kestrel and Moorside NHS Trust said.",
        f"{initials} said it would call every family by Friday. “Nobody will be missed,” it said.",
    )
    assert _speakers(*paragraphs) == ["Kestrel and Moorside NHS Trust"]


@pytest.mark.parametrize(
    ("intro", "styled", "full"),
    [
        (
            "Budi Hartono, a fisherman, has fished off Tegal for 30 years.",
            "Pak Budi",
            "Budi Hartono",
        ),
        ("Wayan Sudarsa, a rice farmer, lost his crop.", "Pak Wayan", "Wayan Sudarsa"),
        ("Mbali Dlamini, a nurse, runs the clinic.", "Mama Dlamini", "Mbali Dlamini"),
    ],
)
def test_a_word_that_is_a_style_or_a_name_is_a_style_before_someone_named(intro, styled, full):
    paragraphs = (intro, f"“The water never came,” {styled} said.")
    assert _speakers(*paragraphs) == [full]


@pytest.mark.parametrize("name", ["Pak Se-ri", "Adi Godrej", "Mama Cass Elliot"])
def test_a_word_that_is_a_style_or_a_name_stays_in_a_name_met_alone(name):
    assert _speakers(f"“We start on Monday,” said {name}.") == [name]


def test_a_question_after_an_answer_goes_back_to_the_one_who_asked():
    paragraphs = (
        "Councillor Ingrid Sæther-Mbeki opened the hearing. “Who signed off the contract?”",
        "“The procurement board did,” answered Tomasz Kettleby, the port’s finance director.",
        "“And who sits on that board?”",
    )
    assert _speakers(*paragraphs) == [
        "Ingrid Sæther-Mbeki",
        "Tomasz Kettleby",
        "Ingrid Sæther-Mbeki",
    ]


def test_a_question_after_an_answer_to_a_statement_stays_with_the_one_who_answered():
    paragraphs = (
        "Councillor Ingrid Sæther-Mbeki opened the hearing. “The contract was never signed.”",
        "“The procurement board signed it,” answered Tomasz Kettleby, the finance director.",
        "“Would I lie to this committee?”",
    )
    assert _speakers(*paragraphs)[2] == "Tomasz Kettleby"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ferreira-Lindqvist’s first vintage was sold to a single restaurant in Porto.",
        "Ferreira-Lindqvist’s best-known wine came from a field his grandfather planted.",
        "Tobias Ferreira-Lindqvist’s cellar floods every spring.",
    ],
)
def test_a_sentence_opened_by_a_person_s_possessive_is_about_them(sentence):
    paragraphs = (
        "Tobias Ferreira-Lindqvist took over the vineyard from his father. “It was a mess,” he"
        " says.",
        f"{sentence} “They paid us in dinners.”",
    )
    assert _speakers(*paragraphs) == ["Tobias Ferreira-Lindqvist"] * 2


def test_a_possessive_sentence_that_names_someone_else_is_not_the_owner_s():
    paragraphs = (
        "Tobias Ferreira-Lindqvist took over the vineyard from his father. “It was a mess,” he"
        " says.",
        "Ferreira-Lindqvist’s sister, Marta Ferreira, ran the books. “They paid us in dinners.”",
    )
    assert _speakers(*paragraphs)[1] != "Tobias Ferreira-Lindqvist"
