"""Rules review56 folded into one source or widened to their class (issue 15).

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.credits import split_credit
from api.parser.quote_registry import spelt_title
from tests.quotes.helpers import speakers as _speakers


# One list of surname particles serves names in quotes and credits alike.
@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“The vines are late,” said Henrike zu Welsenbach, a grower.", "Henrike zu Welsenbach"),
        ("“We sail at dawn,” said Tiago do Carmelo.", "Tiago do Carmelo"),
        ("“The rent is fair,” said Ana dos Ramires, the landlord.", "Ana dos Ramires"),
    ],
)
def test_a_particle_stays_inside_the_name(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]


def test_a_lower_case_verb_between_capitals_is_no_particle():
    # (`do` is a particle only inside a name: a question's `do` opens none)
    assert _speakers("“Why do Falcons fans stay?” asked Maren Oduya.") == ["Maren Oduya"]


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "Pickers at dawn near Ostend.de Wyngaert / Belga",
            "Pickers at dawn near Ostend.",
            "de Wyngaert / Belga",
        ),
        ("A ferry in the fog.zu Arnsfeld / dpa", "A ferry in the fog.", "zu Arnsfeld / dpa"),
        ("The old mill at dusk.van der Pol/ANP", "The old mill at dusk.", "van der Pol/ANP"),
    ],
)
def test_a_credit_may_open_on_a_particle(line, caption, credit):
    assert split_credit("", line) == (caption, credit)


def test_a_sentence_in_lower_case_after_a_stop_is_no_credit():
    line = "The gates opened.de facto rules apply"
    assert split_credit("", line)[1] is None


# A title's acronym is spelt by the same initials as a body's (quote_aliases.initials_of).
@pytest.mark.parametrize(
    ("head", "acronym", "spelt"),
    [
        ("according to Deputy Commissioner of Police (Traffic) ", "DCP", True),
        ("said Inspector General of Police ", "IGP", True),
        ("the new Director of the Board of Revenue ", "DBR", True),
        ("a statement from Harbour Master ", "DCP", False),
        ("according to Deputy Commissioner of Police ", "DC", False),
    ],
)
def test_a_title_spells_its_acronym(head, acronym, spelt):
    assert spelt_title(head, acronym) is spelt


def test_the_acronym_of_a_title_is_its_holder():
    paragraphs = (
        "Traffic was diverted, according to Deputy Commissioner of Police (Traffic) Ravi Menon.",
        "“The lanes reopen at noon,” the DCP said.",
    )
    assert _speakers(*paragraphs) == ["Ravi Menon"]


# An elder's relation given from the younger side: `X's granddaughter` makes X her grandfather
# (or grandmother), `X's nephew` makes X his uncle (or aunt).
@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Emeka Obi's granddaughter, Ada, keeps the shop now.",
                "“He built it in a year,” her grandfather said from his chair.",
            ),
            "Emeka Obi",
        ),
        (
            (
                "Marguerite Lavoie's nephew, Luc, rows the ferry.",
                "“He was always on the water,” his aunt said.",
            ),
            "Marguerite Lavoie",
        ),
        (
            (
                "Tomasz Wrobel's grandson, Kuba, plays in the band.",
                "“He practises at night,” his grandmother said.",
            ),
            "Tomasz Wrobel",
        ),
    ],
)
def test_an_elder_is_named_from_the_younger_side(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]


def test_the_younger_side_of_the_other_sex_names_no_elder():
    # (`his grandfather` is a grandson's: a granddaughter's grandfather is no `his`)
    paragraphs = (
        "Emeka Obi's granddaughter, Ada, keeps the shop now.",
        "“He built it in a year,” his grandfather said.",
    )
    assert _speakers(*paragraphs) != ["Emeka Obi"]


# A minister's portfolio of two fields opens the role, the verb before the name or after it.
@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“The dam is safe,” said Water and Sanitation Minister Thandi Nkosi.", "Thandi Nkosi"),
        ("“Roads come first,” said Works and Housing Minister Ann Lee.", "Ann Lee"),
        ("“Fees will not rise,” Education and Youth Minister Pita Hohaia said.", "Pita Hohaia"),
        (
            "“The mine stays shut,” said Lands and Natural Resources Minister Kofi Mensah.",
            "Kofi Mensah",
        ),
    ],
)
def test_a_portfolio_of_two_fields_opens_the_role(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]


def test_a_name_joined_by_and_to_a_minister_is_no_field():
    # (`Ruto and Finance Minister X` are two people: the first named speaks first)
    assert _speakers("“We agree,” said Ruto and Finance Minister Thandi Nkosi.") != ["Thandi Nkosi"]
