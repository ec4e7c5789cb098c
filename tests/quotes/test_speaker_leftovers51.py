"""Speakers51: the thirty-seventh set's last classes (a body described by its place and noun
before `In a statement, it said`; a body given an acronym at the top, its kind's noun far below;
`was chaired by X, who wrote` and `the panel's chair`; `Her grandfather` of `X's granddaughter`).

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_aliases import defined_acronyms
from api.parser.quote_orgs import headed_name
from tests.quotes.helpers import speakers as _speakers

# 1. `The <Place> <noun>` opening a sentence is the body of that noun named before.


@pytest.mark.parametrize(
    ("body", "lead", "place", "noun"),
    [
        ("Varnholm University", "a senior Varnholm University chemist", "Kestrel", "university"),
        ("Ostrava Harbour Authority", "an Ostrava Harbour Authority pilot", "Brenlow", "authority"),
        ("Calder Valley Hospital", "a Calder Valley Hospital surgeon", "Dunmere", "hospital"),
    ],
)
def test_a_place_before_a_bodys_noun_describes_the_body(body, lead, place, noun):
    found = _speakers(
        f"An inquiry found that {lead} had broken the rules for years.",
        f"The {place} {noun} published the findings on Tuesday. In a statement, it said it "
        "had suspended the employee.",
        "“The findings are serious,” the statement said. “We will act on every one of them.”",
    )
    assert found == [body, body]


def test_a_place_body_said_in_a_statement_in_its_own_paragraph():
    found = _speakers(
        "A Morrow Valley College lecturer was charged on Friday.",
        "The Pellham college said in a statement it was “shocked and saddened”.",
    )
    assert found == ["Morrow Valley College"]


def test_a_capitalised_noun_after_the_place_is_a_name_of_its_own():
    # (`The Brenlow Institute`: a name, not `the institute` of the body named before)
    found = _speakers(
        "A senior Varnholm University chemist had broken the rules for years.",
        "The Brenlow Institute published its own findings. In a statement, it said the "
        "work was “beyond repair”.",
    )
    assert found != ["Varnholm University"]


# 2. A body given an acronym in brackets is what its kind's noun calls it however far below.

_FILLER = (
    "Its president, Marit Sundqvist, said members were “tired of waiting”.",
    "“We have done our part,” she told reporters.",
    "The Ministry of Labour said talks would resume. “The door is open,” a spokesman said.",
    "Ruth Okonjo, a nurse in Tallaght for 20 years, said she would vote yes.",
    "“I never thought it would come to this,” the 52-year-old said.",
    "Dermot Hale, who runs a pharmacy nearby, said the strike would hurt patients.",
    "“People will suffer,” Hale said.",
)


@pytest.mark.parametrize(
    ("name", "acronym", "noun"),
    [
        ("Irish Nursing and Midwifery Organisation of Leinster", "INMOL", "organisation"),
        ("Fenwick Bus Drivers’ Federation", "FBDF", "union"),
        ("Post-Secondary Lecturers’ Guild of Arnmouth", "PSLGA", "union"),
        ("Coastal Fisheries Protection Agency", "CFPA", "authority"),
    ],
)
def test_a_body_with_an_acronym_is_the_kinds_noun_far_below(name, acronym, noun):
    found = _speakers(
        f"The {name} ({acronym}) said the ballot would open on Monday.",
        *_FILLER,
        f"In a statement on Friday, the {noun} said the matter was now “for the minister”.",
    )
    assert found[-1] == name


def test_two_bodies_with_acronyms_of_one_kind_leave_the_noun_to_neither():
    found = _speakers(
        "The Fenwick Bus Drivers’ Federation (FBDF) and the Arnmouth Dockers’ Guild (ADG) said "
        "the ballot would open on Monday.",
        *_FILLER,
        "In a statement on Friday, the union said the matter was now “for the minister”.",
    )
    assert found[-1] not in ("Fenwick Bus Drivers’ Federation", "Arnmouth Dockers’ Guild")


def test_a_body_of_another_kind_is_not_the_nouns():
    found = _speakers(
        "The Coastal Fisheries Protection Agency (CFPA) said quotas would be cut.",
        *_FILLER,
        "In a statement on Friday, the union said the matter was now “for the minister”.",
    )
    assert found[-1] != "Coastal Fisheries Protection Agency"


def test_a_hyphenated_word_gives_a_letter_for_each_part():
    assert defined_acronyms("The Post-Primary Teachers’ Union (PPTU) said") == {
        "PPTU": "Post-Primary Teachers’ Union"
    }
    assert headed_name("Teachers’ Guild of Arnmouth") == "Teachers’ Guild"
    assert headed_name("Arnmouth Teachers’ Guild") == "Arnmouth Teachers’ Guild"


# 3. `<Body> was chaired by <title> X, who wrote ... "..."`, then `the <body>'s chair wrote`.


@pytest.mark.parametrize(
    ("opening", "name", "later"),
    [
        (
            "The five-member review was chaired by retired Manitoba Court of Appeal judge",
            "Ingrid Solheim-Barre",
            "“Nobody checked the numbers,” the review's chair wrote.",
        ),
        (
            "The inquiry was led by former Tasmanian police commissioner",
            "Oskar Penhallow",
            "“The warnings were ignored,” the inquiry's leader wrote.",
        ),
        (
            "The audit was headed by Scottish accountant",
            "Fiona Drummond-Lisle",
            "“The books did not balance,” the audit's head said.",
        ),
    ],
)
def test_the_agent_of_a_passive_deed_holds_its_post(opening, name, later):
    found = _speakers(
        f"{opening} {name}, who wrote in the summary that the records had been “altered "
        "after the fact.”",
        later,
    )
    assert found == [name, name]


def test_a_chair_of_another_body_is_not_the_agents():
    found = _speakers(
        "The review was chaired by retired judge Ingrid Solheim, who wrote that the records "
        "had been “altered after the fact.”",
        "“We were never asked,” the board's chair wrote.",
    )
    assert found == ["Ingrid Solheim", None]


def test_a_deed_of_another_post_is_not_the_chairs():
    found = _speakers(
        "The review was founded by Dana Whitcombe in 2015.",
        "“We were never asked,” the review's chair wrote.",
    )
    assert found == [None]


# 4. `Her grandfather is less sure. “...,” he said.` of `X's granddaughter, Y`.


@pytest.mark.parametrize(
    ("elder", "relation", "younger", "owner", "elder_word", "pronoun"),
    [
        ("Emeka Obi", "granddaughter", "Adaeze", "Her", "grandfather", "he"),
        ("Halvard Brekke", "grandson", "Tore", "His", "grandfather", "he"),
        ("Pita Sefo", "niece", "Lagi", "Her", "uncle", "he"),
        ("Mereana Tukaki", "nephew", "Rawiri", "His", "aunt", "she"),
    ],
)
def test_an_elder_is_the_one_whose_younger_relation_spoke(
    elder, relation, younger, owner, elder_word, pronoun
):
    surname = elder.split()[-1]
    found = _speakers(
        f"{elder} has fished the lagoon for fifty years. “The sea was kind to us,” {surname} said.",
        f"In the village, {surname}'s {relation}, {younger}, 19, has applied to study abroad. "
        f"“I will come back,” {younger} said.",
        f"{owner} {elder_word} is less sure. “They go, and they do not return,” {pronoun} said.",
    )
    assert found == [elder, younger, elder]


def test_an_elder_of_the_other_younger_sex_is_not_taken():
    # (`Her grandfather` of `Obi's grandson`: the grandson's grandfather, no `her` one)
    found = _speakers(
        "Emeka Obi has fished the lagoon for fifty years. “The sea was kind,” Obi said.",
        "Obi's grandson, Chidi, 19, has applied to study abroad. Ngozi Eze, a neighbour, "
        "agreed. “I will come back,” Eze said.",
        "Her grandfather is less sure. “They do not return,” he said.",
    )
    assert found[-1] != "Emeka Obi"


def test_an_unnamed_elder_is_no_one_rather_than_the_woman_before():
    found = _speakers(
        "Adaeze Nwosu, 19, has applied to study abroad. “I will come back,” Nwosu said.",
        "Her grandfather is less sure. “They go, and they do not return,” he said.",
    )
    assert found == ["Adaeze Nwosu", None]
