"""fresh41's classes on made-up exports (heads69): a short line right after the article's
opening is the lead's, no head; numbered heads past the long-head bound or of two sentences
inside a numbered run are heads."""

from __future__ import annotations

import pytest

from api.parser.heading_leads import head_form, lead_lines
from api.parser.layout import Item, Line, Picture
from tests.parser.exports import heads_of

# --- the opening's punchy line ---------------------------------------------------------------

DATELINE = (
    "KESTRELTON — The ferry between Kestrelton and the islands ran for the last time on "
    "Friday, after the operator said it could no longer find crews willing to work the winter "
    "timetable for the wages the regional council was prepared to pay."
)
SHORT_PARA = "Most of the islanders now take the longer route through Port Alder, by bus and boat."
PARA = (
    "The council says the subsidy it pays has risen every year for a decade, and that the "
    "operator was told in the spring that no more money would come, whatever happened to the "
    "crews, the boats or the timetable that the islands depend on through the dark months."
)
PARA_2 = (
    "Islanders say they heard about the end of the service from the radio, not the council, and "
    "that nobody asked them how they would get to the hospital, the school or the market on "
    "the mainland when the weather closed the longer route, as it does most weeks in winter."
)
PICTURE = Picture("A ferry at a quay", "The ferry at Kestrelton.Ana Reyes/Island Post")


def line(text: str) -> Line:
    return Line(text, alone=True)


def flags_at(items: list[Item], *heads: int) -> list[bool]:
    return [k in heads for k in range(len(items))]


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("3) Go early", "numbered"),
        ("Step 2: Get the chip", "numbered"),
        ("“Free” ends at the border", "quoted"),
        ("Why start with a jar?", "question"),
        ("The way home", "unstopped"),
        ("The boats stopped.", "sentence"),
        ("The boats stopped. The buses did not.", "sentences"),
    ],
)
def test_head_form(text: str, form: str) -> None:
    assert head_form(text) == form


def test_a_one_sentence_line_after_a_dateline_among_heads_of_its_form_opening_longer_sections():
    """'KESTRELTON — ...' / 'Nobody came.' / one paragraph / 'The boats stopped.' / two ..."""
    items: list[Item] = [
        line(DATELINE), line("Nobody on the islands was surprised."), line(SHORT_PARA),
        line("The money ran out in the spring."), line(PARA), line(PARA_2),
        line("The crews left first."), line(PARA), PICTURE, line(PARA_2),
    ]  # fmt: skip
    assert lead_lines(items, flags_at(items, 1, 3, 6)) == [1]


def test_two_sentences_after_the_opening_paragraph_among_numbered_heads():
    items: list[Item] = [
        line(SHORT_PARA), line("On the water. That is the problem."), line(SHORT_PARA),
        line("1) The bus is free"), line(PARA), line("2) The boat is not"), line(SHORT_PARA),
        line("3) The last boat leaves at six"), line(PARA_2),
    ]  # fmt: skip
    assert lead_lines(items, flags_at(items, 1, 3, 5, 7)) == [1]


def test_two_sentences_under_a_star_line_and_a_details_line_beside_heads_of_other_forms():
    items: list[Item] = [
        line("★★★☆☆"), line("Salt and Stone, Harbour Gallery, Kestrelton, until 3 May"), PICTURE,
        line("Everyone knows the lighthouse. Nobody knows the keeper."), line(PARA),
        line("“The lamp room”"), line(PARA), line(PARA_2),
        line("The keeper's log is the star."), line(PARA_2), line(SHORT_PARA),
        line("Is the last room needed?"), line(PARA), line(SHORT_PARA),
    ]  # fmt: skip
    assert lead_lines(items, flags_at(items, 3, 5, 8, 11)) == [3]


@pytest.mark.parametrize(
    ("items", "heads"),
    [
        # a real head right after the lead, its section as long as its siblings'
        (
            [
                line(DATELINE),
                line("The money ran out in the spring."),
                line(PARA),
                line(PARA_2),
                line("The crews left first."),
                line(PARA),
                line(SHORT_PARA),
            ],
            (1, 4),
        ),
        # every section of one paragraph: the sections are that short, the line heads one
        (
            [
                line(DATELINE),
                line("The money ran out in the spring."),
                line(PARA),
                line("The crews left first."),
                line(PARA_2),
                line("The boats were sold."),
                line(PARA),
            ],
            (1, 3, 5),
        ),
        # a head's mark: a question among question heads, a line without a stop
        (
            [
                line(DATELINE),
                line("Who runs the boats now?"),
                line(PARA),
                line("What does the council say?"),
                line(PARA_2),
                line(PARA),
            ],
            (1, 3),
        ),
        (
            [line(DATELINE), line("The end of the winter crossing"), line(PARA), line(PARA_2)],
            (1,),
        ),
        # after a longer lead, three paragraphs: a section may open there
        (
            [
                line(DATELINE),
                line(PARA),
                line(PARA_2),
                line("Nobody was surprised."),
                line(SHORT_PARA),
                line("1) The bus is free"),
                line(PARA),
                line("2) The boat is not"),
                line(PARA_2),
            ],
            (3, 5, 7),
        ),
        # no paragraph under it: a picture, then another head's section
        (
            [
                line(DATELINE),
                line("Nobody was surprised."),
                PICTURE,
                line("1) The bus is free"),
                line(PARA),
                line("2) The boat is not"),
                line(PARA),
            ],
            (1, 3, 5),
        ),
    ],
)
def test_an_opening_line_that_heads_a_section_stays(items: list[Item], heads: tuple) -> None:
    assert lead_lines(items, flags_at(items, *heads)) == []


def test_the_dateline_punchy_line_is_text_in_an_export() -> None:
    heads = heads_of(
        DATELINE, "Nobody on the islands was surprised.", SHORT_PARA,
        "The money ran out in the spring.", PARA, PARA_2,
        "The crews left first.", PARA_2, PARA,
        "The boats were sold in May.", PARA, SHORT_PARA,
    )  # fmt: skip
    assert "Nobody on the islands was surprised." not in heads
