"""Mechanisms of issue 15 after the twenty-sixth set: a name's opening given names stand for the
whole name (`Einar Már said` of `Einar Már Jóhannesson`); a style of address before a name is no
part of it (`Ratu`, `Bu`, `Dona`); a name a person is `known ... as` stands for them; a name
called a neighbourhood or a village is a place; a body's own-language name after its comma is no
part of its name, and stands for it.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_aliases import other_names
from api.parser.quote_places import settlement_role
from api.parser.quote_short_forms import acronyms_beside
from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("intro", "later", "full"),
    [
        ("Guðrún Ósk Sigurðardóttir", "Guðrún Ósk", "Guðrún Ósk Sigurðardóttir"),
        ("Ana María Quispe Mamani", "Ana María", "Ana María Quispe Mamani"),
        ("Jean-Pierre Marc Lavoie", "Jean-Pierre Marc", "Jean-Pierre Marc Lavoie"),
        ("Nguyễn Thị Lan", "Nguyễn Thị", "Nguyễn Thị Lan"),
    ],
)
def test_the_opening_given_names_stand_for_the_whole_name(intro, later, full):
    paragraphs = (
        f"{intro}, who keeps bees above the harbour, lost two hives in the storm.",
        f"“The wind took the roofs off,” {later} said.",
        "“We will build them again.”",
    )
    assert _speakers(*paragraphs) == [full, full]


@pytest.mark.parametrize("name", ["Pak Se-ri", "Adi Godrej", "Dom Joly", "Mama Cass Elliot"])
def test_a_name_that_opens_with_a_word_some_use_as_a_style_keeps_it(name):
    assert _speakers(f"“We start on Monday,” said {name}.") == [name]


def test_two_names_that_open_alike_leave_the_opening_to_neither():
    paragraphs = (
        "Ana María Quispe and Ana María Torres both sell wool at the market.",
        "“Prices fell,” Ana María said.",
    )
    assert _speakers(*paragraphs) != ["Ana María Quispe"]
    assert _speakers(*paragraphs) != ["Ana María Torres"]


def test_a_two_word_name_is_not_the_opening_of_itself():
    paragraphs = ("Lena Ortiz runs the shelter.", "“We are full,” Lena Ortiz said.")
    assert _speakers(*paragraphs) == ["Lena Ortiz"]


@pytest.mark.parametrize(
    ("intro", "later", "speaker"),
    [
        ("The chief, Ratu Josefa Vuki,", "Ratu Josefa", "Josefa Vuki"),
        ("Sarni, 58, a vendor known as Bu Sarni,", "Bu Sarni", "Sarni"),
        ("Widodo, 66, a boat builder,", "Bapak Widodo", "Widodo"),
        ("Its organiser, Ibu Ratna Sari,", "Ibu Ratna", "Ratna Sari"),
        ("The caterer, Dona Lurdes Pinto,", "Dona Lurdes", "Lurdes Pinto"),
    ],
)
def test_a_style_of_address_is_no_part_of_the_name(intro, later, speaker):
    paragraphs = (
        f"{intro} has worked at the port for decades.",
        f"“The tide is higher every year,” {later} said.",
    )
    assert _speakers(*paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("text", "alias"),
    [
        ("Maria Aparecida Souza, 71, known in the street as Dona Preta, said", "Dona Preta"),
        ("Ricardo Almeida, known to his pupils as Mestre Caju, said", "Mestre Caju"),
        ("Lucía Fernández, 44, known among the players as La Jefa, said", "La Jefa"),
        ("Tomás Ruiz, also known as Toto, said", "Toto"),
    ],
)
def test_a_name_known_to_some_stands_for_the_person(text, alias):
    found = other_names(text)
    assert found[alias] == text.split(",", 1)[0]


def test_the_alias_without_its_style_stands_for_the_person_too():
    assert other_names("Maria Souza, 71, known on the hill as Dona Preta, said")["Preta"] == (
        "Maria Souza"
    )
    paragraphs = (
        "Maria Souza, 71, known on the hill as Dona Preta, has cooked for the school for years.",
        "“The children eat first,” said Dona Preta.",
    )
    assert _speakers(*paragraphs) == ["Maria Souza"]


def test_known_as_a_word_with_no_capital_is_no_alias():
    assert other_names("Tomás Ruiz, known in the town as the baker, said") == {}


@pytest.mark.parametrize(
    "role",
    [
        "fishing neighbourhood behind the old sea wall",
        "hill village north of the capital",
        "suburb of Nairobi",
        "mining town",
        "district",
    ],
)
def test_a_settlement_apposition_says_a_place(role):
    assert settlement_role(role)


@pytest.mark.parametrize(
    "role",
    ["village chief", "district nurse", "town councillor", "neighbourhood watch leader", None],
)
def test_a_role_that_goes_on_with_a_noun_is_a_person_s(role):
    assert not settlement_role(role)


def test_a_one_name_person_is_not_the_neighbourhood_named_alike():
    paragraphs = (
        "In Kampung Sari, a fishing village behind the dunes, boats lie idle. Sari, 52, who"
        " shares the village's name, has fished there all his life. “The fish went east,”"
        " Sari said.",
        "“Nobody follows them.”",
    )
    assert _speakers(*paragraphs) == ["Sari", "Sari"]


@pytest.mark.parametrize(
    ("text", "short", "body"),
    [
        (
            "The Department of Roads and Waterways Management, Vegvesenet, said",
            "Vegvesenet",
            "Department of Roads and Waterways Management",
        ),
        (
            "The National Water Authority, Rijkswaterstaat, said",
            "Rijkswaterstaat",
            "National Water Authority",
        ),
        (
            "The Office for Statistics, Tilastokeskus, said",
            "Tilastokeskus",
            "Office for Statistics",
        ),
    ],
)
def test_a_body_s_own_language_name_after_its_comma_stands_for_it(text, short, body):
    assert acronyms_beside(text)[short] == body


def test_a_place_after_a_person_s_comma_is_no_body_s_name():
    assert acronyms_beside("The mayor, Ana Lee, Wellington, said") == {}
    assert acronyms_beside("Ana Lee, a student, Tilburg, said") == {}


def test_a_body_s_own_language_name_is_no_part_of_its_name():
    paragraphs = (
        "The Directorate of Civil Defence and Emergency Planning, Pelastustoimi, said the"
        " roads were clear. “Every house was checked twice,” it said.",
    )
    assert _speakers(*paragraphs) == ["Directorate of Civil Defence and Emergency Planning"]


def test_a_list_of_fields_still_goes_on_before_its_and():
    paragraphs = (
        "The Ministry of Economy, Trade and Industry said exports rose. “It was a good"
        " year,” it said.",
    )
    assert _speakers(*paragraphs) == ["Ministry of Economy, Trade and Industry"]


@pytest.mark.parametrize(
    ("intro", "described"),
    [
        ("Oyuna, 31, who gave one name, now sews coats in a factory.", "the garment worker"),
        ("Baraka, 19, works nights at the port.", "the docker"),
        ("Mele, a nurse who gave only her first name, has worked there a decade.", "the nurse"),
        ("Aziz, who gave only his first name, drives a taxi in the old city.", "the driver"),
    ],
)
def test_a_one_name_person_introduced_so_is_the_one_described(intro, described):
    paragraphs = (
        "Ingrid Solberg, the charity's director, said the winter had been hard.",
        f"{intro} “We manage,” {described} said.",
    )
    assert _speakers(*paragraphs)[-1] == intro.split(",", 1)[0]


def test_a_one_name_person_introduced_so_is_she_later():
    paragraphs = (
        "Ingrid Solberg, the charity's director, said the winter had been hard.",
        "Oyuna, 31, who gave one name, sews coats. “The work is steady,” the garment worker said.",
        "She said she would stay. “There is nothing at home,” she said.",
    )
    assert _speakers(*paragraphs)[-2:] == ["Oyuna", "Oyuna"]


@pytest.mark.parametrize(
    "text",
    [
        "Paris, 2019, was the last time. “It was cold,” the driver said.",
        "Aziz, who gave evidence, left. “It was cold,” the driver said.",
    ],
)
def test_a_date_or_another_gift_is_no_one_name_introduction(text):
    from api.parser.quote_parents import one_name_introduced

    end = text.index(",")
    assert not one_name_introduced(text, end)


@pytest.mark.parametrize(
    ("name", "pronoun"),
    [
        ("Ts. Oyunchimeg", "she"),
        ("Kh. Batbayar", "he"),
        ("Sh. Enkhjargal", "she"),
        ("Ch. Bold", "he"),
    ],
)
def test_a_mongolian_patronymic_initial_stays_with_the_name(name, pronoun):
    paragraphs = (
        f"His neighbour, {name}, said the wells had frozen. “We melt snow,” {pronoun} said.",
    )
    assert _speakers(*paragraphs) == [name]


def test_a_two_letter_word_ending_a_sentence_is_no_initial():
    paragraphs = ("The ship left at dawn, heading for the Sh. Then the storm came.",)
    assert _speakers(*paragraphs) == []


@pytest.mark.parametrize(
    ("intro", "described", "speaker"),
    [
        (
            "Okafor Chidi, 77, who came in his old blazer, was a pupil here in 1960.",
            "the old pupil",
            "Okafor Chidi",
        ),
        (
            "Kim Min-jun, who now lives in Busan, was a teacher at the school for 30 years.",
            "the retired teacher",
            "Kim Min-jun",
        ),
        ("Marta Wiśniewska is a volunteer at the shelter.", "the volunteer", "Marta Wiśniewska"),
    ],
)
def test_the_person_a_sentence_says_was_one_is_the_one_described(intro, described, speaker):
    paragraphs = (
        "The village school closed on Friday after 140 years.",
        f"{intro} “We learned everything in that room,” {described} said.",
    )
    assert _speakers(*paragraphs)[-1] == speaker


def test_a_noun_brought_in_by_a_not_after_a_verb_of_being_is_someone_unnamed():
    paragraphs = (
        "Okafor Chidi spoke at the gate. A pupil ran past. “We learned nothing,” the pupil said.",
    )
    assert _speakers(*paragraphs) != ["Okafor Chidi"]


@pytest.mark.parametrize(
    "intro",
    [
        "Halvorsen Sjømat, the island's biggest employer, said it had shut the plant.",
        "Mwangi Brothers, the largest employer in the valley, said it would keep paying staff.",
        "Castro Irmãos, a major employer, said it had moved its stock inland.",
    ],
)
def test_a_name_called_an_employer_is_a_company(intro):
    paragraphs = (
        "Ingrid Solberg, a geologist, said the ground was still moving.",
        f"{intro} “Nobody will lose a wage,” the company said.",
    )
    assert _speakers(*paragraphs)[-1] == intro.split(",", 1)[0]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Australia’s Department of Trade, which manages the largest pledge, said it was"
            " “pleased with the pace”.",
            "Department of Trade",
        ),
        (
            "Norway's Ministry of Fisheries, which sets the quota, said: “We are pleased.”",
            "Ministry of Fisheries",
        ),
        ("Kenya’s Treasury, which holds the purse, said it was “encouraged”.", "Treasury"),
    ],
)
def test_a_body_after_its_owner_s_name_opens_the_clause(text, speaker):
    assert _speakers(text) == [speaker]


def test_a_person_s_relation_after_an_owner_is_not_made_a_body():
    assert _speakers("Ana Lee’s brother, who manages the fund, said: “We are pleased.”") != [
        "Ana Lee"
    ]
