"""Speaker rules of issue 15 (thirteenth round): titles, honorifics and post-nominal letters.

From the misses of quotes_stress_thirteenth; each rule is general (driven by the tables
POST_NOMINALS, TITLES_OF_ADDRESS, FIXED_NAME_TITLES, TITLE_WORDS and HONORIFICS of
api/parser/quote_words.py), with several made-up cases and counter-cases.
"""

from __future__ import annotations

import pytest

from api.parser.quote_people import find_mentions
from tests.quotes.helpers import speakers as _speakers


def _people(text: str) -> dict[str, str | None]:
    """Name -> role of the people find_mentions reads in one paragraph."""
    return {m.name: m.role for m in find_mentions(text) if m.kind in ("person", "single")}


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # post-nominal letters are no part of the name: the surname alone finds the whole name
        (
            (
                "Defending, Jane Okafor-Hill KC said the sentence was too long.",
                "“He has lost everything,” Ms Okafor-Hill said.",
            ),
            "Jane Okafor-Hill",
        ),
        (
            (
                "The Member for Eastleigh, Angus Petrakis MP, welcomed the decision.",
                "“My constituents waited years,” Mr Petrakis said.",
            ),
            "Angus Petrakis",
        ),
        (
            (
                "Deirdre Kavanagh-Byrne TD said renters had heard it all before.",
                "“Every year it is next year,” Kavanagh-Byrne said.",
            ),
            "Deirdre Kavanagh-Byrne",
        ),
        (
            ("The trial ended early.", "“It worked,” said Colin Marr OBE, who led it."),
            "Colin Marr",
        ),
        (
            ("The trial ended early.", "Dr. Ann Leeward, PhD, said: “The results are clear.”"),
            "Ann Leeward",
        ),
        # the role written after the letters is the person's: `the minister said`
        (
            (
                "The Hon. Courtney Balogun MP, Minister for Water, told parliament about the dam.",
                "“We will not wait for the next flood,” the minister said.",
            ),
            "Courtney Balogun",
        ),
    ],
)
def test_post_nominal_letters_are_no_part_of_a_name(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


def test_post_nominal_letters_give_the_office_they_say_and_no_name_alone():
    assert _people("John Roe MP said it.") == {"John Roe": "MP"}
    assert _people("Ana Ruiz KC said it.") == {"Ana Ruiz": "barrister"}
    assert _people("Dr. Ann Lee, PhD, said it.") == {"Ann Lee": None}  # no `PhD` speaker


def test_the_office_of_the_letters_finds_the_person():
    # `the Warrendale MP` describes the one whose letters say `MP`, and makes no body's name
    paragraphs = (
        "Ann Roe MP opened the school on Friday.",
        "“It took years,” the Warrendale MP said.",
    )
    assert _speakers(*paragraphs) == ["Ann Roe"]
    paragraphs = ("Ann Roe TD opened the school.", "“It took years,” the Galway West TD said.")
    assert _speakers(*paragraphs) != ["Galway West TD"]


def test_letters_after_a_description_make_no_person():
    # `the Warrendale MP` describes someone: `Warrendale` is no person's name
    assert "Warrendale" not in _people("Later the Warrendale MP said it.")
    # letters not listed, or not written as letters, stay with the name
    assert "Ann Sc" in _people("Ann Sc said it.")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("The parish priest, Father Tom Reilly, said Mass.", "Tom Reilly", "parish priest"),
        (
            "The hospital chaplain, the Rev. Jane Doe-Amis, said it.",
            "Jane Doe-Amis",
            "hospital chaplain",
        ),
        (
            "The battalion chaplain, Capt. the Rev. Sam Adeyinka, said it.",
            "Sam Adeyinka",
            "battalion chaplain",
        ),
        # a description whose role ends at its first title word, before a place
        (
            "The Church of Ireland rector in the next village, the Rev. Hilary Considine, came.",
            "Hilary Considine",
            "Church of Ireland rector",
        ),
        (
            "Its hospital chaplain at the time, Father Ian Roe, came.",
            "Ian Roe",
            "hospital chaplain",
        ),
        # no title word in the description: the title of address stays the role
        ("Meanwhile the man in the hat, Father Tom Reilly, said Mass.", "Tom Reilly", "Father"),
        # without a description the title of address is the role (it says the office)
        ("Later Father Tom Reilly said Mass.", "Tom Reilly", "Father"),
        ("Later the Rev. Jane Doe-Amis said it.", "Jane Doe-Amis", "Rev."),
        # an honorific inside a role ends it: `Chief Constable Sir X`
        ("Chief Constable Sir Bernard Achterfeld came.", "Bernard Achterfeld", "Chief Constable"),
        ("Foreign Minister Sheikh Hamad Al-Thani came.", "Hamad Al-Thani", "Foreign Minister"),
    ],
)
def test_a_description_before_a_title_of_address_is_the_role(text, name, role):
    assert _people(text)[name] == role


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "The parish priest, Father Declan Moynihan, blessed the roof.",
                "“The slates went in February,” the priest added.",
            ),
            "Declan Moynihan",
        ),
        (
            (
                "The hospital chaplain, the Rev. Jane Doe-Amis, opened the garden.",
                "“It is for the families,” the chaplain said.",
            ),
            "Jane Doe-Amis",
        ),
        (
            (
                "The battalion chaplain, Capt. the Rev. Samuel Adeyinka, said a prayer.",
                "“Go home and sleep,” the chaplain said.",
            ),
            "Samuel Adeyinka",
        ),
        (
            (
                "The Methodist minister in the town, the Rev. Ruth Penhale, opened the hall.",
                "Sister Agnes Doyle ran the tea urn.",
                "“Both congregations, one roof,” the minister said.",
            ),
            "Ruth Penhale",
        ),
    ],
)
def test_the_described_office_finds_the_titled_person(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # a title before a word the article writes nowhere else is a fixed name
        (
            (
                "Father Christmas has done the job for 14 years. “The beard is real,” "
                "Father Christmas said.",
                "“Same again tomorrow,” he said.",
            ),
            ["Father Christmas", "Father Christmas"],
        ),
        (
            ("Father Time came to the school fair. “Nobody is late today,” said Father Time.",),
            ["Father Time"],
        ),
        # the word written in a longer name too: the title is only the title
        (
            (
                "Father Tom Reilly runs the parish.",
                "“We hoped for forty,” Father Tom said.",
            ),
            ["Tom Reilly"],
        ),
        (
            (
                "Sister Bernadette Lowry runs the cake sale.",
                "“People always give,” Sister Bernadette said.",
            ),
            ["Bernadette Lowry"],
        ),
        (
            (
                "Aboriginal elder Uncle Roy Wirrapunga said nobody had asked.",
                "“Nobody has knocked on our door,” Uncle Roy said.",
            ),
            ["Roy Wirrapunga"],
        ),
    ],
)
def test_a_title_before_a_word_written_nowhere_else_makes_a_fixed_name(paragraphs, speakers):
    assert _speakers(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # titles that are no given names: `Taoiseach`, `Sheikh`, `Aunty`
        (
            (
                "Taoiseach Ciarán Ó Murchadha said 33,000 homes were built.",
                "“It is not fast enough,” Ó Murchadha said.",
            ),
            "Ciarán Ó Murchadha",
        ),
        (
            (
                "The Minister for Housing, Pádraig Ó Cinnéide, spoke first.",
                "“No landlord will raise rents,” Ó Cinnéide said.",
            ),
            "Pádraig Ó Cinnéide",
        ),
        (
            (
                "Sheikh Hamad Al-Rashidi opened the mosque.",
                "“All are welcome,” Al-Rashidi said.",
            ),
            "Hamad Al-Rashidi",
        ),
        (
            (
                "Aunty Joan Kemarre, a Arrernte elder, watched the ceremony.",
                "“We waited a long time,” Aunty Joan said.",
            ),
            "Joan Kemarre",
        ),
        (
            (
                "Chief Constable Sir Bernard Achterfeld visited the site.",
                "“An attack on one is an attack on all,” the chief constable said.",
            ),
            "Bernard Achterfeld",
        ),
    ],
)
def test_titles_before_a_name_are_no_part_of_it(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # `X of the Y said:`: the person, not the body after `of the`
        (
            (
                "The inquiry took two years.",
                "Det Insp Kieran Mulvaney of the City of London Police said: “It was long.”",
            ),
            "Kieran Mulvaney",
        ),
        (
            ("The bridge reopened.", "Jane Roe of the Acme Group said: “We are relieved.”"),
            "Jane Roe",
        ),
        (
            ("The bridge reopened.", "“We are relieved,” said Jane Roe of the Acme Group."),
            "Jane Roe",
        ),
        # a body's spokesperson still speaks for the body
        (
            ("The bridge reopened.", "A spokesman for the Acme Group said: “We are relieved.”"),
            "Acme Group",
        ),
    ],
)
def test_a_person_of_the_body_is_the_subject(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker
