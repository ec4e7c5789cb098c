"""heads74: long heads without a stop and long questions read by the page, not by a word count:
a standalone clause up to a paragraph's length over a section, among heads at an even spacing,
and a long one-sentence question among a run of question heads over an answer as long. Made-up
articles written as blocks, with near misses that change one thing each: a long fragment in
the lead, a caption-like line over one paragraph, a long line where one head stands, a
rhetorical question inside a paragraph run, a long question over a short reply."""

from __future__ import annotations

import pytest

from api.parser.heading_long_heads import (
    answered_at_length,
    asks_at_length,
    closes_a_section,
    heads_a_section,
    is_unstopped_clause,
    long_heads_among,
    one_long_sentence,
    spaced_among,
)
from api.parser.layout import Item, Line, Picture
from tests.parser.exports import heads_of

LOOM_PICTURE = (
    "A woman weaving at a wooden loom beside a window\n"
    "Ilse Varandoukh at her loom in Oruvale in 2019Tamsin Oyelaran-Pike/Valley Post"
)
KILN_PICTURE = (
    "A brick kiln smoking on a hillside at dusk\n"
    "The kiln above Brennock, fired twice a yearJoaquim Raffaelli/Brennock Herald"
)

LONG_LOOM = (
    "Her tapestries were shown in Lima and Quito but she never left the valley because she said "
    "the looms would not wait"
)
# an obituary: a quoted head, a long head without a stop, a question head
LOOM = [
    "ORUVALE — Ilse Varandoukh, who kept the valley's double-weave tradition alive for sixty "
    "years and taught it to more than two hundred apprentices, has died at her home. She was 88.",
    "Her daughter, Petra Varandoukh-Lind, said the cause was heart failure after a short illness.",
    "Her mother set up the first loom in the house when Ilse was six, and she wove her first "
    "blanket before she could read, a plain grey thing she kept folded on a chair until the end.",
    LOOM_PICTURE,
    "“A blanket is a contract”",
    "She said it to every apprentice on the first morning, and explained it on the second: the "
    "weaver promises warmth for a lifetime, and the buyer promises never to sell it on.",
    "Most of them remembered the second morning better than the first, she liked to say.",
    "She broke only one of her own rules, and only once, for a hospital that needed the money.",
    LONG_LOOM,
    "She was invited to both openings and declined both, saying the dye vats at Oruvale did not "
    "keep gallery hours and that the wool would spoil if she left it for a week in the spring.",
    "Her apprentices went instead, and came back with photographs she pinned above the door.",
    KILN_PICTURE,
    "Who will keep the looms now?",
    "Three of her apprentices have taken over the workshop, and the regional council has "
    "promised a grant for a fourth loom, the first new one in the valley since the 1970s.",
    "They will weave her last commission, a set of blankets for a school, in the new year.",
    "Ilse Varandoukh, weaver and teacher, born 2 May 1938; died 30 November 2026",
]

LONG_KILN = (
    "Where the season loses its nerve is in the second firing which was rushed and reads like "
    "the work of a different potter altogether"
)
# a review under a star line: a quoted head, a long head without a stop, a question head
KILN = [
    "★★★★☆",
    "Brennock Pottery Fair, Brennock Green, until 14 June",
    "The fair has been held on the green every June for forty years, and for most of them it "
    "has sold the same brown mugs to the same people, which is not a complaint but a fact.",
    "This year a new kiln changed that, and most of the change is for the better.",
    "“The fire decides”",
    "Every potter on the green says it sooner or later, and by the second day it has meant "
    "patience, luck, bad planning and, once, a very expensive crack across a platter.",
    "The best stall is the smallest, a table of celadon bowls by a potter from the coast.",
    KILN_PICTURE,
    LONG_KILN,
    "For two days the stalls are full of glazes that ran, bowls that slumped and lids that no "
    "longer fit, and the potters sell them at half price with a shrug and a story.",
    "Some of the stories are better than the pots.",
    "Is it worth the trip?",
    "Mostly. The last firing, on the Sunday night, is as good as anything the fair has shown in "
    "years, and it works because the rushed one before it made everyone slow down.",
    "Tickets are £6 at the gate. Children go free.",
]

LONG_DOCK = (
    "How the harbour board plans to pay for the new crane without raising the berthing fees of "
    "the fishing fleet"
)
# an analysis under a dateline: a question head, a long head without a stop, a quoted head
DOCK = [
    "PORT ALDER — The harbour board has approved a new container crane for the east quay, the "
    "first big purchase since the port was sold by the county eight years ago.",
    "Its chairman, Osric Benedetti-Nwosu, said the crane would pay for itself within a decade.",
    "Why a crane now?",
    "The old one was built in 1979 and has broken down nine times this year, twice with a ship "
    "half unloaded, and the insurers have said they will not cover it after next spring.",
    "The board looked at repairing it and decided the parts alone would cost half a new one.",
    LONG_DOCK,
    "The fleet pays about a fifth of the port's income, and its skippers have said they will "
    "land their catch at Scarrow instead if the fees rise again before the quota talks.",
    "The board says the crane will be paid for by the container lines, over fifteen years.",
    KILN_PICTURE,
    "“We have heard that before”",
    "The skippers' association says the last rise was promised to be the last one too, and it "
    "has asked for the board's figures to be published before the contract is signed.",
    "The board meets again on 9 January to sign the contract, and the meeting is public.",
]


@pytest.mark.parametrize(
    ("blocks", "long"),
    [(LOOM, LONG_LOOM), (KILN, LONG_KILN), (DOCK, LONG_DOCK)],
    ids=["obituary", "review", "analysis"],
)
def test_a_long_unstopped_line_among_heads_is_a_head(blocks: list[str], long: str) -> None:
    assert long in heads_of(*blocks)


def test_a_long_fragment_in_the_lead_is_text() -> None:
    fragment = (
        "And then there was the matter of the money which nobody in the valley could account "
        "for even after the auditors had gone"
    )
    blocks = [LOOM[0], fragment, *LOOM[2:]]
    assert fragment not in heads_of(*blocks)


def test_a_caption_like_line_over_one_short_paragraph_is_no_long_head() -> None:
    caption = (
        "Pictured above the old weaving shed with its roof patched in three colours of tin after "
        "the storm"
    )
    items: list[Item] = [
        Line(KILN[2], True),
        Line(KILN[3], True),
        Line(KILN[4], True),
        Line(KILN[5], True),
        Line(KILN[6], True),
        Picture("A shed", "A shed.Photo: Ann Lee"),
        Line(caption, True),
        Line("It still leaks.", True),
        Line(KILN[11], True),
        Line(KILN[12], True),
        Line(KILN[13], True),
    ]
    flags = [k in (2, 8) for k in range(len(items))]
    alone = [k for k, item in enumerate(items) if isinstance(item, Line)]
    assert long_heads_among(items, alone, flags) == []


def test_a_long_line_where_one_head_stands_is_text() -> None:
    blocks = [b for b in DOCK if b != "Why a crane now?"]
    assert LONG_DOCK not in heads_of(*blocks)


LONG_TRAM = (
    "How early does the first bus leave the old town and will it reach the airport in time for "
    "a morning flight"
)
READER_TRAM = (
    "I run a guest house on the hill with no stop for a mile, so how are my guests supposed to "
    "get down to the line with their cases?"
)
TRAM = [
    "MERANVILLE — The city's new bus line to the airport opens on Monday, with fares of 4 "
    "crowns and a bus every twelve minutes from six in the morning until midnight.",
    "Here is what riders need to know.",
    "Where does it stop?",
    "At eleven stops between the old town and the terminal, including the university and the "
    "hospital, and the city says two more will open on the hill next year.",
    "How much is a ticket?",
    "A single costs 4 crowns, a day pass 10, and children under six ride free with an adult; "
    "tickets are sold on the bus by card only, with no cash taken at all.",
    LONG_TRAM + "?",
    "The first bus leaves the old town at 5.45am and reaches the terminal at 6.19am, early "
    "enough for most morning departures, the airport says, though not for the first two.",
    READER_TRAM,
    "The city says a shuttle from the hill will run at peak hours from March, and that it is "
    "talking to the guest houses about a luggage service on the line itself.",
    "Will taxis lose out?",
    "The drivers' union says yes, and has called a one-day strike for the opening, which the "
    "city says it will not let delay the line by so much as an hour.",
]


def test_long_questions_among_question_heads_are_heads() -> None:
    found = heads_of(*TRAM)
    assert LONG_TRAM + "?" in found
    assert READER_TRAM in found


def test_a_long_question_over_a_short_reply_is_text() -> None:
    blocks = [*TRAM[:8], READER_TRAM, "Probably not.", *TRAM[10:]]
    assert READER_TRAM not in heads_of(*blocks)


def test_a_rhetorical_long_question_beside_statement_heads_is_text() -> None:
    question = (
        "Who would have thought that a valley of four hundred people could keep a craft alive "
        "that the cities gave up on?"
    )
    blocks = [*LOOM[:8], question, *LOOM[9:]]
    assert question not in heads_of(*blocks)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LONG_LOOM, True),
        (LONG_DOCK, True),
        ("And then the rain came and we waited for the boats that never came back again", False),
        ("Results: Moraa 2:18:41, Lintu 2:19:05, Baptiste 2:19:40 and the rest behind", False),
        ("The vote is in March and nobody on the council will say which way it goes.", False),
        ("A short label", False),
    ],
)
def test_is_unstopped_clause(text: str, expected: bool) -> None:
    assert is_unstopped_clause(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LONG_TRAM + "?", True),
        (READER_TRAM, True),
        ("But who pays for it all in the end, and when will anyone on the board say so?", False),
        ("My son had mumps last spring when he was at school. Can he get it again?", False),
        ("Who pays?", False),
    ],
)
def test_asks_at_length(text: str, expected: bool) -> None:
    assert asks_at_length(text) is expected


def test_section_measures() -> None:
    items: list[Item] = [
        Line("A" * 200 + ".", True),
        Line("B" * 100 + ".", True),
        Line("C" * 100, True),
        Line("D" * 160 + ".", True),
        Line("E" * 40 + ".", True),
        Picture("alt", "caption"),
    ]
    assert closes_a_section(items, 2, -1)
    assert heads_a_section(items, 2, len(items))
    assert heads_a_section(items, 2, 4)  # heads76: one paragraph under it, by the page's measure
    assert not heads_a_section(items, 2, 3)  # no line under it: no section
    assert not heads_a_section(items, 3, 5)  # 'E...' under it, under a quarter of its length
    assert not closes_a_section(items, 2, 1)  # right under a head: its own second line
    assert answered_at_length(items, 2, len(items))
    assert spaced_among(items, [0], 2)
    assert not spaced_among(items, [0, 4], 3)  # 'D...' right over a head: a section of nothing


@pytest.mark.parametrize(
    ("line", "long_sentence"),
    [
        # an apostrophe inside a word quotes nothing: the line is one long clause
        ("Why the men's relay team keeps choosing the harder route up the northern glacier", True),
        ("What the island didn’t expect when the ferry company cut its winter timetable", True),
        ("How a fishermen's co-operative bought back the harbour it had leased for decades", True),
        # a quotation inside the line is still no head's shape
        ("Why the board called the plan 'a gamble' when the vote came to the council", False),
        ("What the mayor meant by “a fair deal” for tenants of the old harbour flats", False),
        ("Why the ‘quiet season’ is now the busiest time of the year for the island", False),
    ],
)
def test_an_apostrophe_inside_a_word_is_no_quotation(line: str, long_sentence: bool) -> None:
    assert one_long_sentence(line) is long_sentence
