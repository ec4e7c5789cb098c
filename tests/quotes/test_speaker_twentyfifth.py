"""Mechanisms of issue 15 after the twenty-fifth set: a lower-case patronymic particle
(Kalenjin `arap`, Welsh `ap`/`ab`/`ferch`) stays inside the name, and the surname written with
it (`ap Tomos said`) finds the whole name; an abbreviated given name (`Ma.`, `Wm.`, `Md.`) before
a name is the name's first word, not a sentence's end.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quotes import analyse_quotes
from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“The fields are dry,” said Kipchumba arap Tanui, a farmer.", "Kipchumba arap Tanui"),
        ("“We will sing,” said Gethin ap Rhydderch.", "Gethin ap Rhydderch"),
        ("“The choir is ready,” said Elin ferch Dafydd, its conductor.", "Elin ferch Dafydd"),
        ("“The bridge is old,” said Iolo ab Ithel.", "Iolo ab Ithel"),
    ],
)
def test_a_patronymic_particle_stays_inside_the_name(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]


def test_the_surname_with_its_particle_finds_the_whole_name():
    paragraphs = (
        "The treasurer, Gethin ap Rhydderch, was away. In a letter, ap Rhydderch said he had"
        " signed nothing. “I saw no papers,” the treasurer said.",
        "Its chair, Kipchumba arap Tanui, spoke at the market. “We want the price,” he said.",
        "“Nobody listens,” Tanui said.",
    )
    assert _speakers(*paragraphs) == [
        "Gethin ap Rhydderch",
        "Kipchumba arap Tanui",
        "Kipchumba arap Tanui",
    ]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a lower-case word after a name that is no particle: the name ends before it
        ("“We won,” said Gethin Rhydderch and his brother.", "Gethin Rhydderch"),
        ("“We won,” said Kipchumba Tanui at the market.", "Kipchumba Tanui"),
    ],
)
def test_a_lower_case_word_that_is_no_particle_ends_the_name(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“The road is gone,” said Ma. Lourdes Dizon-Abad, its head.", "Ma. Lourdes Dizon-Abad"),
        ("“The mill is shut,” said Wm. Okonkwo-Hart, a miller.", "Wm. Okonkwo-Hart"),
        ("“The river rose,” Md. Rafiqul Islam said.", "Md. Rafiqul Islam"),
        ("“We start at six,” said Mª. Pilar Ortuño.", "Mª. Pilar Ortuño"),
    ],
)
def test_an_abbreviated_given_name_opens_the_name(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]


def test_the_surname_and_a_pronoun_find_the_name_with_its_abbreviated_given_name():
    paragraphs = (
        "“The road is gone,” said Ma. Lourdes Dizon-Abad, the village head.",
        "Dizon-Abad said the school had no roof. “We sleep in the church,” she said.",
    )
    assert _speakers(*paragraphs) == ["Ma. Lourdes Dizon-Abad"] * 2


def test_ma_ending_a_sentence_about_a_mother_is_no_given_name():
    paragraphs = (
        "Tomasz Wierzbicki, a baker, phoned his Ma. He told her the oven had failed."
        " “It was a long night,” Wierzbicki said.",
        "“She cried,” said Ana Duarte, who rang her Ma. Teresa Lopes, a neighbour, did not.",
    )
    assert _speakers(*paragraphs) == ["Tomasz Wierzbicki", "Ana Duarte"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "The Coastal Hazards Monitoring Agency, KTHA, said 900 homes were empty."
                " “Nobody will sleep in a tent,” it said.",
            ),
            "Coastal Hazards Monitoring Agency",
        ),
        (
            (
                "The National Water Authority (ANA) said the dam held.",
                "“The wall is sound,” an ANA spokesman said.",
            ),
            "National Water Authority",
        ),
        (
            (
                "Torvik Health and Care Department, HOD, runs the wards.",
                "“Beds are free,” HOD said.",
            ),
            "Torvik Health and Care Department",
        ),
    ],
)
def test_an_acronym_beside_a_body_is_that_body(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Northumbrian Railfreight, the operator, cut two routes.",
                "“We are sorry,” a NorRail spokeswoman said.",
            ),
            "Northumbrian Railfreight",
        ),
        (
            (
                "Bellamy Telecommunications said the mast was safe.",
                "“Signals are normal,” a BelTel spokesman said.",
            ),
            "Bellamy Telecommunications",
        ),
    ],
)
def test_a_clipped_compound_is_the_body_whose_words_it_opens(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


def test_an_acronym_beside_a_person_or_matching_no_body_is_left_alone():
    assert _speakers(
        "Dana Oyelaran, CEO, said the plant would stay. “We are staying,” Oyelaran said.",
        "“Rates will rise,” a KPMV spokesman said.",
        "“Tickets are gone,” a DunRail spokeswoman said.",
        "Calum MacKinnon, a ferryman, said he was cold. “It is late,” a CalMac spokesman said.",
    ) == ["Dana Oyelaran", "KPMV", "DunRail", "CalMac"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Helpers from the relief charity Amanzi International dug wells.",
                "Amanzi International said it had sent pumps. “Water first,” the charity said.",
            ),
            "Amanzi International",
        ),
        (
            (
                "Staff of the news agency Kestrel Group walked out on Friday.",
                "Kestrel Group said talks would resume. “We want a deal,” the agency said.",
            ),
            "Kestrel Group",
        ),
    ],
)
def test_a_body_noun_right_before_a_name_is_what_the_body_is_called(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "place"),
    [
        (
            (
                "MORVALE, Ruritania (Wire) — Relief boats reached the islands on Monday.",
                "Ostra Sea Rescue International said the agency’s boats had sunk."
                " “We cannot sail,” the agency said.",
            ),
            "MORVALE",
        ),
        (
            (
                "KELDBY — Rescue crews stood down on Friday as the storm passed.",
                "Pellan Coast Rescue International said the service’s radios had failed."
                " “We cannot search,” the service said.",
            ),
            "KELDBY",
        ),
    ],
)
def test_a_dateline_place_is_no_body_for_a_body_noun(paragraphs, place):
    assert place not in _speakers(*paragraphs)


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("His co-host, who goes by Kenta, cut in: “That is a lie.”", "Kenta"),
        ("Her lodger, who goes by Tiz, shrugged: “Rent is rent.”", "Tiz"),
        ("A street vendor, known only as Dembélé, shouted: “Nobody paid!”", "Dembélé"),
        (
            "The drummer, who calls herself Moth, said the van broke. “We walked,” she said.",
            "Moth",
        ),
    ],
)
def test_the_name_a_described_person_goes_by_names_them(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]


def test_a_name_someone_else_goes_by_is_not_the_speaker():
    paragraph = "Ana Ruiz thanked her lodger, who goes by Tiz, and shrugged: “Rent is rent.”"
    assert _speakers(paragraph) == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Wanjiru, 38, who gave only one name, said a good day was long."
                " “My feet hurt,” the mother of four said.",
            ),
            "Wanjiru",
        ),
        (("Tomas Ek, 50, farms rye. “It rained,” the father of three said.",), "Tomas Ek"),
        (
            (
                "Amara, 29, sells fish. Her brother Kofi Mensah, 33, helps.",
                "“We start at dawn,” the mother of two said.",
            ),
            "Amara",
        ),
        (
            ("Ngozi Eze, a trader, lost her stall. “I have nothing,” the mother-of-five said.",),
            "Ngozi Eze",
        ),
    ],
)
def test_a_parent_by_the_count_of_children_is_the_person_named_before(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


def test_a_parent_of_the_other_sex_is_not_the_man_named_last():
    paragraph = "Tomas Ek, 50, farms rye. “It rained,” the mother of three said."
    assert _speakers(paragraph) == [None]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "The school was built by Dervo Yapı, one of nine contractors working for KENTAŞ,"
            " the state housing agency. “We finished early,” the company said.",
            "Dervo Yapı",
        ),
        (
            "Pumps came from Lomax Hydro, a local contractor hired by the Ministry of Water."
            " “They run day and night,” the company said.",
            "Lomax Hydro",
        ),
        (
            "The bridge was repaired by Harrow & Pike, one of the builders paid by BRZ,"
            " the roads authority. “It will carry lorries,” the firm said.",
            "Harrow & Pike",
        ),
    ],
)
def test_the_company_is_the_business_set_off_by_an_appositive_not_the_public_body(
    paragraph, speaker
):
    assert _speakers(paragraph) == [speaker]


def test_a_public_body_with_no_business_named_keeps_its_noun():
    paragraph = (
        "KENTAŞ, the state housing agency, opened the flats. “Every flat is safe,” the agency said."
    )
    assert _speakers(paragraph) == ["KENTAŞ"]


def test_a_noun_with_no_article_before_a_body_is_a_label_not_its_noun():
    paragraphs = (
        "Commuter group Rail Riders North urged both sides to talk.",
        "A group calling itself Save Dunmore Library handed in a petition. “Nobody asked us,”"
        " the group said.",
    )
    assert _speakers(*paragraphs) == ["Save Dunmore Library"]


def test_a_goes_by_name_is_a_person():
    analysis = analyse_quotes(["Her lodger, who goes by Tiz, shrugged: “Rent is rent.”"])
    assert [(s.name, s.kind) for s in analysis.speakers] == [("Tiz", "person")]
