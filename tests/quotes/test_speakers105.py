"""Names of issue 15 after the sixty-sixth and sixty-seventh sets (branch speakers105).

A Myanmar style (`U`, `Daw`) opening a name is no word of it, after a role too (`Minister for
X U Tin Maung`), and never takes the given name after it; after a given name it is the name's
own (an initial, a surname), and alone it is a surname. A title's list of fields ending `and the
<Field>` ends before the name. `X of the county Fire Department's Y Division said` is X. A lone
word that is the middle word of one three-word name is that name. A run between `his`/`her` and
a home's noun, or after a preposition and a body's acronym (`at UNB Saint John`), is no person.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("U Myint Swe", "Myint Swe"),
        ("Daw Nilar Win", "Nilar Win"),
        ("U Tin Maung Oo", "Tin Maung Oo"),
    ],
)
def test_a_myanmar_style_opening_a_name_is_no_word_of_it(written, name):
    found = _speakers(
        f"{written}, a tea shop owner in Mandalay, said sales had halved since the floods. "
        "“Nobody has money for anything now,” the shop owner said."
    )
    assert found == [name]


@pytest.mark.parametrize(
    ("role", "written", "name"),
    [
        ("Regional Minister for Planning", "U Soe Thura Aung", "Soe Thura Aung"),
        ("Township administrator", "Daw Moe Moe Aung", "Moe Moe Aung"),
        ("Ministry of Education spokesman", "U Kyaw Zin Htet", "Kyaw Zin Htet"),
    ],
)
def test_a_myanmar_style_after_a_role_keeps_the_whole_name_after_it(role, written, name):
    found = _speakers(
        f"{role} {written} told reporters on Monday that the dam was safe. "
        "“We checked it twice this month,” the official said. “There is no danger.”"
    )
    assert found == [name, name]


def test_a_myanmar_style_before_a_surname_alone_is_left_out():
    assert _speakers("“It is too early to say,” U Thein said.") == ["Thein"]


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        # an initial without its full stop after a given name
        (
            "Harold U Mendes, a retired pilot, said the runway was “far too short for a jet”.",
            "Harold U Mendes",
        ),
        # with its full stop
        (
            "Harold U. Mendes, a retired pilot, said the runway was “far too short for a jet”.",
            "Harold U. Mendes",
        ),
        # a surname after a given name
        ("Alicia Daw, a nurse at the clinic, said the ward was “full every night”.", "Alicia Daw"),
        # a surname alone
        ("“We are ready for the inspectors,” said Daw.", "Daw"),
    ],
)
def test_a_myanmar_style_after_a_given_name_or_alone_is_the_names_own(paragraph, name):
    assert _speakers(paragraph) == [name]


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Minister of Agriculture, Fisheries and the Environment", "Tomas Ngiraked"),
        ("Minister for Lands, Natural Resources and the Environment", "Ana Tuilagi"),
        ("Secretary for Health, Housing and the Arts", "Keri Mahuika"),
    ],
)
def test_a_titles_list_of_fields_ending_and_the_field_ends_before_the_name(title, name):
    found = _speakers(
        f"{title} {name} told the paper the fine would be “the largest we have ever set.”",
        "“We will not let this go,” the minister said.",
    )
    assert found == [name, name]


def test_a_three_word_name_after_a_titles_list_keeps_its_given_name():
    found = _speakers(
        "Minister of Agriculture, Fisheries and the Environment Irene Nakato Ssempa said the "
        "fine was “the largest yet.”"
    )
    assert found == ["Irene Nakato Ssempa"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Capt. Luis Arriaga of the county Fire Department's Lifeguard Division said: "
            "“Keep your dogs away from the animals.”",
            "Luis Arriaga",
        ),
        (
            "Sgt. Dana Whitcombe of the city Police Department's Harbor Unit said "
            "“nobody should be on the jetty at night.”",
            "Dana Whitcombe",
        ),
        (
            "Inspector Omar Haddad of the state Transport Agency said: "
            "“The bridge stays shut until Friday.”",
            "Omar Haddad",
        ),
        (
            "Nadia Petrov of Acme Freight's Customs Division said: "
            "“Every container is now scanned twice.”",
            "Nadia Petrov",
        ),
    ],
)
def test_a_person_of_a_placed_or_owned_body_is_the_subject(sentence, name):
    assert _speakers(sentence) == [name]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "Officials in the state Health Department said the water was “safe to drink.”",
            "Health Department",
        ),
        (
            "Workers at the county Water Board said the pumps were “old and failing.”",
            "Water Board",
        ),
        (
            "A spokesman for the county Fire Department said: “Stay back from the animals.”",
            "Fire Department",
        ),
    ],
)
def test_a_placed_body_with_no_person_before_it_still_speaks(sentence, body):
    assert _speakers(sentence) == [body]


@pytest.mark.parametrize(
    ("full", "middle"),
    [
        ("Peter Lual Dut", "Lual"),
        ("James Wani Igga", "Wani"),
        ("Grace Akech Malual", "Akech"),
    ],
)
def test_a_lone_middle_word_of_a_three_word_name_is_that_name(full, middle):
    found = _speakers(
        f"The committee's chairperson, Hon. {full}, told the radio the ministers would be "
        f"summoned. “The health of our people cannot wait for the next budget,” {middle} said."
    )
    assert found == [full]


def test_a_middle_word_that_is_someone_elses_surname_is_theirs():
    found = _speakers(
        "Tom Lual, a nurse, said the ward had no gloves. Peter Garang Dut, a surgeon, said the "
        "theatre was closed. “We wash and reuse what we have,” Lual said."
    )
    assert found == ["Tom Lual"]


def test_a_middle_word_of_two_three_word_names_names_neither():
    found = _speakers(
        "Peter Deng Dut and Mary Deng Akol both run clinics in the town. “We have no drugs "
        "left,” Deng said."
    )
    assert found != ["Peter Deng Dut"] and found != ["Mary Deng Akol"]


@pytest.mark.parametrize(
    ("owner", "place", "home"),
    [
        ("Dwayne Petrakis", "Cutler Bay", "home"),
        ("Marisol Quintero", "Coral Gables", "house"),
        ("Ivan Hollis", "Palm Grove", "flat"),
    ],
)
def test_a_run_between_a_possessive_and_a_home_is_a_place(owner, place, home):
    found = _speakers(
        f"Charter captain {owner} lost both engines from behind his {place} {home} in "
        "January. The 58-year-old said he had “cried in the truck” that morning.",
        "“That boat is how I pay my mortgage,” he said.",
    )
    assert found == [owner, owner]


def test_a_persons_possessive_name_before_a_home_is_still_a_person():
    found = _speakers("Police searched Ann Lee's home on Friday. “We found nothing,” she said.")
    assert found == ["Ann Lee"]


@pytest.mark.parametrize(
    ("person", "campus"),
    [
        ("Marc Lemieux", "UNB Saint John"),
        ("Ruth Okafor", "UCLA Santa Monica"),
        ("Sean Doyle", "NUI Galway City"),
    ],
)
def test_a_bodys_acronym_and_two_capitals_after_a_preposition_are_no_person(person, campus):
    found = _speakers(
        f"Co-author {person}, a professor of environmental chemistry at {campus}, said the "
        "particles were fibres. “The mussels are telling us what is in the water,” the "
        "chemist said.",
        "He said the risk was “simply not known.”",
    )
    assert found == [person, person]


def test_an_acronym_that_owns_a_name_keeps_the_person():
    found = _speakers("NASA's Steve Clarke said the launch was “on track for June.”")
    assert found == ["Steve Clarke"]
