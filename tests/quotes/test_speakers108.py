"""Names of issue 15 on unseen copy's explicit and colon cues (branch speakers108).

A title's short form written with a stop (`Hon.`, `Cllr.`, `Ald.`, `Pst.`, `Supt.`, `Maj.`) ends
no sentence before a name and is no word of it (TITLE_SHORT_FORMS, one source for the spans'
stops, the name reader's words and the title words). Styles of address of other countries
(`Datuk Seri`, `Ustaz`, `Mallam`, `Thiru`, `Tmt`, `Prophet`, `Apostle`) open a name without being
a word of it. A title's last field of two words after `and` (`Minister of Lands and Natural
Resources Ana Ruiz`) is no body's name run into the person's. Titles with a bracketed style
between `said` and the name (`said Dr. (Mrs) Ada Obi`) stand before the speaker as an article
does.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Hon. Grace Otieno", "Grace Otieno"),
        ("Cllr. Martin Hughes", "Martin Hughes"),
        ("Ald. Maria Lopez", "Maria Lopez"),
        ("Pst. Chidi Okeke", "Chidi Okeke"),
        ("Supt. Kwame Boateng", "Kwame Boateng"),
        ("Maj. Irina Volkova", "Irina Volkova"),
        ("Cpl. Liam Doherty", "Liam Doherty"),
        ("Ven. Ruth Adebayo", "Ruth Adebayo"),
        ("Comr. Bashir Lawal", "Bashir Lawal"),
        ("Assoc. Prof. Mei Tan", "Mei Tan"),
        ("Dep. Supt. Rhys Morgan", "Rhys Morgan"),
        ("Pres. Elena Duarte", "Elena Duarte"),
    ],
)
def test_a_titles_short_form_with_a_stop_after_said_is_no_sentences_end(written, name):
    assert _speakers(f"“The bridge will reopen on Friday,” said {written}.") == [name]


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Cllr. Martin Hughes", "Martin Hughes"),
        ("Engr. Musa Bello", "Musa Bello"),
        ("Rt Hon. Amina Yusuf", "Amina Yusuf"),
        ("Ald. Tom Hale", "Tom Hale"),
    ],
)
def test_a_titles_short_form_with_a_stop_before_said(written, name):
    found = _speakers(
        f"“We asked for the money in March,” {written} said. “Nobody has answered us.”"
    )
    assert found == [name, name]


def test_a_titles_short_form_opens_a_colon_cue():
    found = _speakers("Speaking at the launch, Cllr. Ines Varga was blunt: “This is long overdue.”")
    assert found == ["Ines Varga"]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a surname that is a short form's letters (`Barr`) ends the sentence as before
        (
            ("“We will appeal,” said Ann Barr. The club declined to comment.",),
            ["Ann Barr"],
        ),
        # a title's short form in its full spelling keeps its name as before
        (("“The council will not back down,” said Councillor Fiona Walsh.",), ["Fiona Walsh"]),
        # a stop after a full word still ends the sentence before a new speaker
        (
            ("“It is closed,” said Tom Hale, the chief. “We are waiting,” Ann Lee said.",),
            ["Tom Hale", "Ann Lee"],
        ),
        # a short form without a stop, as before
        (("“We have the money now,” said Hon Grace Otieno.",), ["Grace Otieno"]),
    ],
)
def test_near_misses_of_the_short_forms_stop(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Datuk Seri Ahmad Faizal Hamid", "Ahmad Faizal Hamid"),
        ("Ustaz Kamarul Hisham", "Kamarul Hisham"),
        ("Mallam Aminu Garba", "Aminu Garba"),
        ("Thiru Ravi Kumar", "Ravi Kumar"),
        ("Tmt Lakshmi Narayanan", "Lakshmi Narayanan"),
        ("Prophet Samuel Adeyemi", "Samuel Adeyemi"),
        ("Apostle Grace Nwosu", "Grace Nwosu"),
    ],
)
def test_a_style_of_address_opening_a_name_is_no_word_of_it(written, name):
    assert _speakers(f"“We are ready for the rains,” said {written}.") == [name]


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Ustaz Kamarul Hisham", "Kamarul Hisham"),
        ("Mallam Aminu Garba", "Aminu Garba"),
        ("Prophet Samuel Adeyemi", "Samuel Adeyemi"),
    ],
)
def test_a_style_before_a_colon_cue(written, name):
    found = _speakers(f"{written}, who leads the village committee, said: “We are ready.”")
    assert found == [name]


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        # `Sri` is a given name too (no style alone): kept
        ("“We are ready,” said Sri Mulyani Indrawati.", "Sri Mulyani Indrawati"),
        # a style's full spelling after a given name is none of these
        ("“We are ready,” said Evangelist Samuel Adeyemi.", "Samuel Adeyemi"),
        # the known styles as before
        ("“We are ready,” said Datuk Ahmad Faizal.", "Ahmad Faizal"),
        ("“We are ready,” said Alhaji Musa Bello.", "Musa Bello"),
    ],
)
def test_near_misses_of_the_styles(paragraph, name):
    assert _speakers(paragraph) == [name]


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Minister of Lands and Natural Resources", "Kwesi Mensah"),
        ("Secretary of Health and Human Services", "Rosa Delgado"),
        ("Commissioner for Works and Public Utilities", "Ifeoma Obi"),
        ("Minister of Trade and Consumer Affairs", "Tomasi Vuli"),
    ],
)
def test_a_titles_last_field_of_two_words_is_no_bodys_name(title, name):
    found = _speakers(f"“The new rules start in January,” said {title} {name}.")
    assert found == [name]


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Minister of Lands and Natural Resources", "Kwesi Mensah"),
        ("Secretary of Health and Human Services", "Rosa Delgado"),
        ("Minister of Water and Sanitation Services", "Ana Ruiz"),
    ],
)
def test_a_titles_two_word_field_before_a_colon_cue(title, name):
    found = _speakers(f"{title} {name} said: “We have written to every council.”")
    assert found == [name]


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        # a body named after `and` whose own name ends in a body's word stays a body
        (
            "“We will appeal,” said Ann Lee of Friends of Lands and Natural Resources Trust.",
            "Ann Lee",
        ),
        # a one-word field as before
        ("“We will appeal,” said Minister of Water and Energy Ana Ruiz.", "Ana Ruiz"),
        # no title before the fields: the body and its spokesman as before
        (
            "“We will appeal,” said Tom Hale, who speaks for Lands and Natural Resources Canada.",
            "Tom Hale",
        ),
    ],
)
def test_near_misses_of_the_two_word_field(paragraph, name):
    assert _speakers(paragraph) == [name]


@pytest.mark.parametrize(
    ("styles", "name"),
    [
        ("Dr. (Mrs)", "Ngozi Eze"),
        ("Chief (Mrs.)", "Adaeze Okonkwo"),
        ("Prof. (Mrs)", "Funmi Adewale"),
        ("Engr. (Dr)", "Yakubu Sani"),
    ],
)
def test_titles_with_a_bracketed_style_after_said(styles, name):
    found = _speakers(f"“The clinic will stay open,” said {styles} {name}, the board's chair.")
    assert found == [name]


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        # a place in brackets is no style: the phrase as before
        ("“The clinic will stay open,” said the (Lagos) board's chair.", None),
        # a style after the name, as before
        ("“The clinic will stay open,” said Ngozi Eze (Mrs).", "Ngozi Eze"),
        # no bracket: as before
        ("“The clinic will stay open,” said Dr. Ngozi Eze.", "Ngozi Eze"),
    ],
)
def test_near_misses_of_the_bracketed_style(paragraph, name):
    assert _speakers(paragraph) == [name]
