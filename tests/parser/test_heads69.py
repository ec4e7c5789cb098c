"""fresh41's classes on made-up exports (heads69): a short line right after the article's
opening is the lead's, no head; numbered heads past the long-head bound or of two sentences
inside a numbered run are heads."""

from __future__ import annotations

import pytest

from api.parser.glue import glue_split
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
        ("The boats stopped.", "statement"),
        ("The boats stopped. The buses did not.", "statement"),
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
        # under a diary's stamp, no lead paragraph: the stamp's post opens on its head
        (
            [
                line("Thursday, 11.40pm"),
                line("The boats were late again."),
                line(PARA),
                line("Friday, 8.15am"),
                line("The best film has no buyer"),
                line(PARA_2),
            ],
            (1, 4),
        ),
        # two sentences beside one-sentence heads, each over one paragraph: one form, siblings
        (
            [
                line(PARA),
                line("The harbour silted up. Boats ran aground."),
                line(PARA_2),
                line("The dredger arrived in May."),
                line(PARA),
            ],
            (1, 3),
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


PICTURE_LINES = "A ferry at a quay\nThe ferry at Kestrelton.Ana Reyes/Island Post"
LONG_HEAD = (
    "Where the show loses its nerve about the keepers who did the work and the families who waited"
)


def test_a_review_s_punchy_pair_under_its_star_and_details_lines_is_text() -> None:
    """'★★★★☆' / details / picture / 'X. Y.' / text / '“The lamp room”' / ...: the lead's."""
    heads = heads_of(
        "★★★★☆", "Salt and Stone, Harbour Gallery, Kestrelton, until 3 May", PICTURE_LINES,
        "Everyone knows the lighthouse. Nobody knows the keeper.", PARA, "It mostly works.",
        "“The lamp room”", PARA, PARA_2, LONG_HEAD, PARA, PARA_2,
    )  # fmt: skip
    assert heads == ["“The lamp room”", LONG_HEAD]


def test_sentence_heads_after_a_dateline_s_lead_stay_heads_in_an_export() -> None:
    """The first of them opens a section as long as the others': no lead's line."""
    heads = heads_of(
        DATELINE, "The money ran out in the spring.", PARA, SHORT_PARA,
        "Did the council know?", "It did. The minutes say so.",
        "The crews left first.", PARA_2, PARA, PICTURE_LINES,
        "The boats were sold in May.", PARA, SHORT_PARA,
        "The harbour is quiet now.", PARA_2, PARA,
    )  # fmt: skip
    assert heads == [
        "The money ran out in the spring.",
        "The crews left first.",
        "The boats were sold in May.",
        "The harbour is quiet now.",
    ]


# --- numbered heads past the long-head bound or of two sentences, inside a numbered run -------

FARE_LIST = (
    "The monthly fares from the three towns:\n\n• Kestrelton, €40\n• Port Alder, €55\n• Mireby, €61"
)


def test_a_long_paren_head_after_a_list_and_the_run_s_two_sentence_first_are_heads() -> None:
    """'2) ...' / text / list / '3) <20 words>' / text, and '1) It is free. The boat is not.'"""
    heads = heads_of(
        SHORT_PARA, "1) The bus is free. The boat is not.", PARA,
        "2) The boat runs to a timetable", PARA_2, FARE_LIST,
        "3) Buy the season ticket at the harbour office before the first of the month rather "
        "than on the quay on the day", PARA,
        "4) The last boat waits for nobody", PARA_2, "5) Winter is another country", PARA,
    )  # fmt: skip
    assert heads == [
        "1) The bus is free. The boat is not.",
        "2) The boat runs to a timetable",
        "3) Buy the season ticket at the harbour office before the first of the month rather "
        "than on the quay on the day",
        "4) The last boat waits for nobody",
        "5) Winter is another country",
    ]


def test_a_step_past_the_long_bound_and_a_step_of_two_short_sentences_are_heads() -> None:
    long_step = (
        "Step 2: Get the boat's papers stamped by the harbour master and the customs office, in "
        "that order and at least a week before the survey that comes next"
    )
    heads = heads_of(
        DATELINE, "Step 1: Check which zone your mooring is in", PARA,
        long_step, PARA_2,
        "Step 3: Book the survey", PARA,
        "Step 4: Pay the fee. Keep the receipt.", PARA_2,
        "Step 5: The inspection on the quay", PARA,
    )  # fmt: skip
    assert heads == [
        "Step 1: Check which zone your mooring is in",
        long_step,
        "Step 3: Book the survey",
        "Step 4: Pay the fee. Keep the receipt.",
        "Step 5: The inspection on the quay",
    ]


LONG_TIP = (
    "3. Ask the crew about the seals they see off the north point on most crossings in the late "
    "summer months"
)


def test_a_long_numbered_tip_between_short_ones_after_a_picture_is_a_head() -> None:
    heads = heads_of(
        SHORT_PARA, "1. Sit on the left", PARA, "2. Bring a coat", PARA_2, PICTURE_LINES,
        LONG_TIP, PARA, "4. Keep your ticket", PARA_2,
    )  # fmt: skip
    assert heads == ["1. Sit on the left", "2. Bring a coat", LONG_TIP, "4. Keep your ticket"]


def test_a_packed_list_of_long_numbered_items_after_a_colon_lead_in_is_no_run_of_heads() -> None:
    """Long items right under one another, no paragraph between: a list's items."""
    heads = heads_of(
        PARA, "The council gave three reasons for ending the service:",
        "1) The subsidy had risen every year for a decade and could not rise again this year.",
        "2) The operator could not find crews willing to work the winter timetable for the pay.",
        "3) The boats were due for a refit that would cost more than the service earned.",
        PARA_2, SHORT_PARA,
    )  # fmt: skip
    assert heads == []


@pytest.mark.parametrize(
    "steps",
    [
        # a 'Label N:' line past the bound opening on a figure is a field's, no head's
        [
            "Day 1: Kestrelton to Port Alder",
            "Day 2: 14 km along the cliffs from the harbour "
            "past the old lighthouse and the seal colony to the bay where the path turns inland",
            "Day 3: Port Alder to Mireby",
        ],
        # a transcript's long turns are sentences, with a stop: no run of heads
        [
            "Caller 1: Why was the boat cancelled again this morning",
            "Caller 2: I have waited at the quay three times this month and nobody from the "
            "operator has ever come out to tell us anything at all.",
            "Caller 3: When will the winter timetable be published",
        ],
    ],
)
def test_a_long_label_line_outside_a_head_s_shape_makes_no_run(steps: list[str]) -> None:
    heads = heads_of(SHORT_PARA, steps[0], PARA, steps[1], PARA_2, steps[2], PARA)
    assert steps[1] not in heads


# --- an outlet's address opening on a figure, glued on as the credit --------------------------


@pytest.mark.parametrize(
    ("line", "split"),
    [
        (
            "A camp on the shore of the lake, where the new levy is collected from this "
            "summer24.kg/Aibek Marlow-Osei",
            (
                "A camp on the shore of the lake, where the new levy is collected from this summer",
                "24.kg/Aibek Marlow-Osei",
            ),
        ),
        (
            "The market in Namur on Saturday7sur7.be/Handout",
            ("The market in Namur on Saturday", "7sur7.be/Handout"),
        ),
        (
            "Fans outside the stadium in Lyon.7sur7.be/Ines Marlow",
            ("Fans outside the stadium in Lyon.", "7sur7.be/Ines Marlow"),
        ),
    ],
)
def test_an_address_credit_opening_on_a_figure_splits_where_the_figure_starts(
    line: str, split: tuple[str, str]
) -> None:
    """The address is the outlet, the holder after its slash; the caption keeps its last word."""
    assert glue_split(line) == split


@pytest.mark.parametrize(
    "line",
    [
        "The new pass sells for 24.99/month",  # a price per month: no address
        "Readers of 24.kg in Bishkek",  # an address inside the caption, no holder's slash
        "Runners at the 24km mark",  # a figure and its unit
    ],
)
def test_a_figure_that_opens_no_address_credit_no_split(line: str) -> None:
    assert glue_split(line) is None
