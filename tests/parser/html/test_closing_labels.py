"""Credit and source labels as whole words, and the lines that close an article's text (the
reporter's line, the source line) dropped in one pass over the pictures after them; made-up
pages and lines."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from api.parser.document import Block
from api.parser.html.images import clean_credit, is_labelled_credit
from api.parser.html.text_chrome import without_closing_lines
from tests.parser.html.pages import page, paragraphs, texts


def figure(n: int, caption: str = "") -> str:
    """A picture in the text with its caption."""
    return (
        f"<figure><img src='https://example.org/up/pic{n}.jpg' alt='Picture {n}'>"
        f"<figcaption>{caption or f'The quay at dawn, view {n}.'}</figcaption></figure>"
    )


# --- Credit and source labels end at a word's end ---------------------------------------------


@pytest.mark.parametrize(
    ("credit", "want"),
    [
        ("Sources: Harbour Authority", "Harbour Authority"),
        ("Sources : Marlow Bay Trust / archive", "Marlow Bay Trust / archive"),
        ("Credits: Ines Valtonen", "Ines Valtonen"),
        ("Source: Kestrel Wire", "Kestrel Wire"),
        ("Credit Osei Mensah", "Osei Mensah"),  # a bare label before a name still labels it
        ("Credit…Thandi Mokoena", "Thandi Mokoena"),
        ("Photo credit: the Ruiz family", "the Ruiz family"),  # a mark, then any holder
    ],
)
def test_a_credit_or_source_label_is_dropped(credit, want):
    assert clean_credit(credit) == want


@pytest.mark.parametrize(
    "line",
    [
        "Creditors of the shipyard met in Aalborg",  # 'Credit' is the front of another word
        "Sourced from the Lindqvist family archive",
        "Sourcebook Press, Dunmore",
        "Credited to an unknown studio, about 1910",
        "Credits roll over the harbour at dusk",  # a bare label word before lower case
        "Sources say the quay will reopen in May",
        "Photos show the flooded square in Ostrava",
        "Pictures were taken from the old lighthouse",
    ],
)
def test_a_label_word_in_a_longer_word_or_a_sentence_is_none(line):
    assert clean_credit(line) == line
    assert not is_labelled_credit(line)


def unmarked(n: int, lines: tuple[str, ...]) -> str:
    """A picture box whose class names say nothing, its lines in spans of their own."""
    spans = "".join(f"<span>{line}</span>" for line in lines)
    img = f"<img src='https://example.org/up/box{n}.jpg' alt='Box {n}'>"
    return f"<div><div>{img}</div><div>{spans}</div></div>"


def boxed(n: int, *lines: str) -> list[tuple[str, str | None]]:
    doc = parse_html(page(paragraphs(2) + unmarked(n, lines) + paragraphs(1, "B")))
    return [(i.caption, i.credit) for i in doc.images]


def test_an_unmarked_box_whose_last_line_opens_with_a_longer_word_has_no_credit():
    found = boxed(1, "Stalls on the quay.", "Sourced from the Lindqvist family archive")
    assert [credit for _, credit in found] in ([], [None])


def test_an_unmarked_box_whose_last_line_is_a_sentence_has_no_credit():
    found = boxed(2, "The old ferry.", "Credits roll over the harbour at dusk")
    assert [credit for _, credit in found] in ([], [None])


def test_an_unmarked_box_whose_last_line_is_labelled_sources_gives_the_credit():
    found = boxed(3, "Nets drying in Skagen.", "Sources: Vesterhavn Port Authority")
    assert found == [("Nets drying in Skagen.", "Vesterhavn Port Authority")]


def test_a_credit_span_of_a_creditor_keeps_its_word():
    caption = "Dockers at the gate.<span class='credit'>Creditor Union Bank archive</span>"
    doc = parse_html(page(paragraphs(2) + figure(3, caption) + paragraphs(1, "B")))
    assert [i.credit for i in doc.images] == ["Creditor Union Bank archive"]


# --- The lines closing the text: the reporter's line and the source line ----------------------

REPORTER = "Marta Kowalczyk (marta.k@coastpost.example)"
SOURCE = "Source: Coast Post + agencies"
LAST = "The ferry will run again from the first of June, the operator said on Friday."


def closed(*tail: str) -> tuple[list[str], int]:
    """The body's texts and its number of pictures for a story whose text ends with `tail`:
    paragraphs, or 'PICTURE' for a picture in the text."""
    parts = [paragraphs(2), f"<p>{LAST}</p>"]
    for n, line in enumerate(tail):
        parts.append(figure(10 + n) if line == "PICTURE" else f"<p>{line}</p>")
    doc = parse_html(page("".join(parts)))
    return texts(doc)[2:], sum(block.type == "image" for block in doc.body)


@pytest.mark.parametrize(
    "tail",
    [
        (REPORTER,),
        (SOURCE,),
        (REPORTER, SOURCE),
        (SOURCE, REPORTER),
        ("Kaynak: Liman Haber Ajansı",),  # Turkish 'source'
        ("Jon Arnesen jon.arnesen@fjordavis.example",),
    ],
)
def test_closing_lines_at_the_end_are_dropped(tail):
    assert closed(*tail) == ([LAST], 0)


def test_a_source_line_over_a_picture_is_dropped_and_the_picture_kept():
    assert closed(SOURCE, "PICTURE") == ([LAST], 1)


def test_a_source_line_between_two_pictures_is_dropped():
    assert closed("PICTURE", SOURCE, "PICTURE") == ([LAST], 2)


def test_a_closing_line_after_a_picture_is_dropped():
    assert closed("PICTURE", REPORTER) == ([LAST], 1)
    assert closed(SOURCE, "PICTURE", "Źródło: Gazeta Portowa") == ([LAST], 1)


def test_without_closing_lines_the_text_and_pictures_stay():
    assert closed() == ([LAST], 0)
    assert closed("PICTURE") == ([LAST], 1)
    line = "Source: the harbour master said the pier would be rebuilt within a year."
    assert closed(line) == ([LAST, line], 0)  # a sentence about a source is the text's


# Before the two passes were one, only a source line was looked for over a picture: these
# three kept their closing lines.
def test_a_reporter_line_over_a_picture_is_dropped():
    assert closed(REPORTER, "PICTURE") == ([LAST], 1)


def test_a_reporter_line_over_a_source_line_over_a_picture_are_dropped():
    assert closed(REPORTER, SOURCE, "PICTURE") == ([LAST], 1)


def test_a_source_line_over_a_reporter_line_over_a_picture_are_dropped():
    assert closed(SOURCE, REPORTER, "PICTURE", "PICTURE") == ([LAST], 2)


def test_a_closing_line_before_text_of_another_kind_stays():
    items = "<ul><li>Weekdays: 07.10 and 18.40</li><li>Sundays: 09.30</li></ul>"
    doc = parse_html(page(paragraphs(2) + f"<p>{LAST}</p><p>{SOURCE}</p>" + items))
    assert texts(doc)[2:] == [LAST, SOURCE, "Weekdays: 07.10 and 18.40", "Sundays: 09.30"]


def test_the_first_block_of_a_body_stays_even_as_a_closing_line():
    source = Block("paragraph", text="Quelle: Rheinbote")
    picture = Block("image", image=0)
    assert without_closing_lines([source, picture]) == [source, picture]
    assert without_closing_lines([source]) == [source]
    kept = Block("paragraph", text=LAST)
    assert without_closing_lines([kept, picture, source, picture]) == [kept, picture, picture]
