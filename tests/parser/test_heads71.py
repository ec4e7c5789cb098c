"""heads71: credits of fresh42/43's shapes (issue 15, made-up captions), each glued to its
caption: a holder after a slash whose name ends on a company form after a period ('X/Acme.AG'),
a company form cut short in two parts ('Acme Sdn. Bhd.') or ending the credit ('Acme Kft.'), a
lender's credit after an acronym ('Acme DACCourtesy of Acme'), a title in sentence case after a
slash ('K. Doe/Lidové noviny'); with near misses that stay text."""

from __future__ import annotations

import pytest

from api.parser.credit_words import core_pieces
from api.parser.credits import split_credit, without_final_stop
from api.parser.glue import is_dotted_holder

DOTTED_HOLDER = [
    ("Sled dogs rest on the sea ice off Ilulissat in MarchPaninnguaq Berthelsen-Kroh/Kalaallit.AG",
     "Sled dogs rest on the sea ice off Ilulissat in March",
     "Paninnguaq Berthelsen-Kroh/Kalaallit.AG"),
    ("Fishermen mend nets on the quay. The season opens in May.T. Rasmussen-Quill/Nordlys.AS",
     "Fishermen mend nets on the quay. The season opens in May.",
     "T. Rasmussen-Quill/Nordlys.AS"),
    ("The choir sings at dawn on the longest day of the yearB. Holm-Varga/Fjordpost.SA/Polar Foto",
     "The choir sings at dawn on the longest day of the year",
     "B. Holm-Varga/Fjordpost.SA/Polar Foto"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "caption", "credit"), DOTTED_HOLDER)
def test_a_holder_s_dotted_company_form_stays_in_the_credit(line, caption, credit):
    assert split_credit("", line) == (caption, credit)


@pytest.mark.parametrize(
    ("line", "at", "expected"),
    [
        ("Jane Doe/Sermitsiaq.AG", 20, True),
        ("Jane Doe/Acme.AS/Pool", 14, True),
        # a capitalised word after the dot is a word of its own, a new credit
        ("the Tyne/Wear.Reuters", 14, False),
        # a known agency after the dot is the credit
        ("the Tyne/Wear.AP", 14, False),
        # no slash before the word: a sentence's end, then an acronym
        ("seen in Nuuk.AG", 13, False),
        # a small word after the slash is no holder's name
        ("his and/her.AG", 12, False),
    ],
)
def test_is_dotted_holder(line: str, at: int, expected: bool) -> None:
    assert is_dotted_holder(line, at) is expected


TWO_PART_FORM = [
    ("Rubber tappers at work on an estate near Ipoh at dawnCourtesy of Kinta Latex Sdn. Bhd.",
     "Rubber tappers at work on an estate near Ipoh at dawn",
     "Courtesy of Kinta Latex Sdn. Bhd."),
    ("The new ferry on her sea trials off the headlandCourtesy of Wattle Bay Marine Pty. Ltd.",
     "The new ferry on her sea trials off the headland",
     "Courtesy of Wattle Bay Marine Pty. Ltd."),
    ("Looms at the mill in the old quarter of the cityCourtesy of Sarangi Textiles Pvt. Ltd.",
     "Looms at the mill in the old quarter of the city",
     "Courtesy of Sarangi Textiles Pvt. Ltd."),
]  # fmt: skip


@pytest.mark.parametrize(("line", "caption", "credit"), TWO_PART_FORM)
def test_a_two_part_company_form_cut_short_stays_in_the_credit(line, caption, credit):
    assert split_credit("", line) == (caption, credit)


def test_a_cut_short_form_before_a_new_sentence_still_ends_one():
    # 'Co.' before a name that is no second company form ends the caption's sentence
    line = "Workers leave the yard of Harbour Steel and Co. Jane Doe went home.Acme Press"
    caption, credit = split_credit("", line)
    assert credit == "Acme Press"


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        ("Courtesy of Tiszavölgy Kft.", "Courtesy of Tiszavölgy Kft."),
        ("Courtesy of Rába Logistics Zrt.", "Courtesy of Rába Logistics Zrt."),
        ("Courtesy of Kinta Latex Sdn. Bhd.", "Courtesy of Kinta Latex Sdn. Bhd."),
        ("Handout/Wattle Bay Marine Pty.", "Handout/Wattle Bay Marine Pty."),
        # a name's stop is the line's, dropped
        ("Courtesy of Anna Kovács-Ferrante.", "Courtesy of Anna Kovács-Ferrante"),
        ("Jane Doe/Acme Kftx.", "Jane Doe/Acme Kftx"),
    ],
)
def test_a_company_form_keeps_its_stop(credit: str, expected: str) -> None:
    assert without_final_stop(credit) == expected


LENT_AFTER_ACRONYM = [
    ("The poster for the tour, made by Greenway Films DACCourtesy of Greenway Films DAC",
     "The poster for the tour, made by Greenway Films DAC", "Courtesy of Greenway Films DAC"),
    ("A ward at the new wing, run by the HSECourtesy of the Midland Hospital Trust",
     "A ward at the new wing, run by the HSE", "Courtesy of the Midland Hospital Trust"),
    ("The trophy on show at the offices of the FAICourtesy Ardmore Sports",
     "The trophy on show at the offices of the FAI", "Courtesy Ardmore Sports"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "caption", "credit"), LENT_AFTER_ACRONYM)
def test_a_lender_s_credit_glued_after_an_acronym_is_the_credit(line, caption, credit):
    assert split_credit("", line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        # a 'Courtesy' word that names no holder stays in the caption
        "Drivers wait for the courtesy buses run by the NHSCourtesy cars are free",
        "Visitors queue at the desk of the RDSCourtesy of the",
    ],
)
def test_a_courtesy_word_without_a_holder_stays_in_the_caption(line: str) -> None:
    assert split_credit("", line)[1] is None


SENTENCE_CASE_TITLE = [
    ("Cyclists cross the old bridge at duskMarta Kovač-Lind/Jutarnji list",
     "Cyclists cross the old bridge at dusk", "Marta Kovač-Lind/Jutarnji list"),
    ("Shoppers at the covered market before the storm in 2019J. Berg-Adair/Dagens industri",
     "Shoppers at the covered market before the storm in 2019", "J. Berg-Adair/Dagens industri"),
    ("The keeper opens the upper gate, the heaviest on the canalP. Novotná-Reid/Brněnské listy",
     "The keeper opens the upper gate, the heaviest on the canal",
     "P. Novotná-Reid/Brněnské listy"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "caption", "credit"), SENTENCE_CASE_TITLE)
def test_a_title_in_sentence_case_after_a_slash_closes_the_credit(line, caption, credit):
    assert split_credit("", line) == (caption, credit)


@pytest.mark.parametrize(
    ("tail", "pieces"),
    [
        ("K. Doe/Lidové noviny", ["K.", "Doe", "Lidové noviny"]),
        # an archive's word, a connector, a short word or three words: no title
        ("Jane Doe/Reuters file", ["Jane", "Doe", "Reuters"]),
        ("Jane Doe/Acme and", ["Jane", "Doe", "Acme", "and"]),
        ("Jane Doe/Acme ok", ["Jane", "Doe", "Acme", "ok"]),
        ("Jane Doe/Harbour road works", ["Jane", "Doe", "Harbour", "road", "works"]),
    ],
)
def test_core_pieces_read_a_sentence_case_title_whole(tail: str, pieces: list[str]) -> None:
    assert core_pieces(tail) == pieces


def test_a_lower_case_phrase_after_a_slash_in_a_caption_stays_text():
    line = "A queue forms at the gate as the Tyne/Wear border closes at noon"
    assert split_credit("", line)[1] is None
