"""heads75: a question head answered by a short reply (its verb again, 'There are.', or a
fragment, 'A little.') heads a section when its answer goes on past the reply and text runs on
under it to the next head; a question asked in passing is answered and the next head follows.
Made-up exports, with near misses that change one thing each: the reply alone, no text under
the answer, the question in the lead."""

from __future__ import annotations

import pytest

from api.parser.heading_answers import asks_afresh, says_more, text_lines_to_next_head
from api.parser.layout import Item, Line, Picture
from tests.parser.exports import heads_of

MARKET_PICTURE = (
    "Stalls under striped awnings in a town square\n"
    "The Saturday market in Velmora, which moves to Sundays in MarchOtto Krev/Velmora Gazette"
)
FERRY_PICTURE = (
    "A small car ferry crossing a grey strait\n"
    "The Halden ferry leaving the north slip in JanuaryMira Solberg-Ayo/Coast Times"
)

# a FAQ explainer: question heads, one answered by its own verb ('There are.') over a lead-in
# and a list
MARKET = [
    "VELMORA — The town council has voted to move the Saturday market to Sundays from March, "
    "the first change to its day in more than forty years, after traders asked for it twice.",
    "Here is what changes for shoppers and stallholders.",
    "Which stalls will move?",
    "All of them, including the flower sellers who had asked to stay on Saturdays, and the two "
    "food vans that park at the bottom of the square by the fountain.",
    "Why Sundays?",
    "The square is empty on Sunday mornings, and the traders say they lose most of their "
    "Saturday custom to the out-of-town shopping centre that opened last year.",
    MARKET_PICTURE,
    "Are there new pitches?",
    "There are. The council has marked out twelve more along the river path, which it says "
    "will be let first to growers from inside the district at half the usual rent.",
    "What a new pitch comes with, for the first year:",
    "  • a covered stand and a power point\n  • free parking for one van\n  • a listing on "
    "the council's market page",
    "Will prices go up?",
    "The council says not this year. Rents will be reviewed in the autumn, after the first "
    "season on the new day, and traders will be asked before any change is made.",
]

# a review: statement and quoted heads and a question head answered by a fragment, then a punchy
# line, a picture and a closing paragraph
PLAY = [
    "The Lantern Theatre's new play is a long night. It is also the best thing on in the city.",
    "Ravi Osterholt-Mbeki's script follows three sisters through one winter in a lighthouse, and "
    "it does not hurry, which is the point of it and, for some of the audience, the problem.",
    "“The lamp never sleeps”",
    "That line opens the play and closes it, and between the two the sisters argue about "
    "whether to sell the lighthouse to a hotel chain that has offered them more than it is worth.",
    "The set is the star.",
    "A revolving tower three storeys high turns slowly through each act, so that the audience "
    "sees every room of the lighthouse in turn and the sisters climbing the stairs between them.",
    "Is it too long?",
    "A little. The second act could lose a quarter of an hour, and the storm scene runs on after "
    "it has made its point, though the final ten minutes earn back every one of them.",
    "Long play. Short night.",
    FERRY_PICTURE,
    "None of that matters much once the tower turns for the last time and the youngest sister "
    "climbs to the lamp alone, which is as fine a closing image as the city has seen in years.",
    "The Keeper's Daughters runs at the Lantern Theatre until 14 March; tickets from £18, with "
    "standing places sold on the door each evening from six o'clock.",
]

# a ferry explainer: question heads, one answered by its verb ('It could.') over two paragraphs
FERRY = [
    "HALDEN — The ferry across the Halden strait will run every hour instead of every two from "
    "April, the transport board said on Monday, after a year of complaints about the queues.",
    "The board said the change would cost about 2 million crowns a year.",
    "What is changing?",
    "From 1 April a crossing will leave each side on the hour from six in the morning until ten "
    "at night, with a second, smaller boat taking every other sailing while the main one rests.",
    "Where does the second boat come from?",
    "The board has leased it from a company on the west coast for two years, and it will take "
    "the extra crossings while the main boat is refitted in the winter months.",
    FERRY_PICTURE,
    "Could it cost drivers more?",
    "It could. The board will set next year's fares in June, and two of its members said on "
    "Monday that the extra crossings would have to be paid for by the drivers who used them.",
    "Islanders' groups said they would oppose any rise for residents, who already pay full fare "
    "and who, they say, never asked for a second boat in the first place.",
    "The hauliers' association said its members would pass any rise on to the island's shops, "
    "and through them to everyone who buys bread or petrol on the far side of the strait.",
    "The board said it would publish the costs of the new timetable before the June meeting.",
    "When will we know?",
    "The board meets again on 12 June, and its decision will be posted at both slipways.",
]


@pytest.mark.parametrize(
    ("blocks", "head"),
    [
        (MARKET, "Are there new pitches?"),
        (PLAY, "Is it too long?"),
        (FERRY, "Could it cost drivers more?"),
    ],
)
def test_a_question_head_over_a_short_reply_and_its_section_is_a_head(
    blocks: list[str], head: str
) -> None:
    assert head in heads_of(*blocks)


def test_an_echoed_reply_alone_under_a_question_is_text() -> None:
    # near miss: the reply says no more than 'It could.' and the next head follows
    blocks = [*FERRY[:8], "It could.", *FERRY[10:]]
    assert "Could it cost drivers more?" not in heads_of(*blocks)


def test_a_question_answered_at_once_before_the_next_head_is_text() -> None:
    # near miss: the answer goes on, but no text runs under it before the next head
    blocks = [*PLAY[:8], "A little. The second act could lose a quarter of an hour.", *PLAY[4:8]]
    assert heads_of(*blocks).count("Is it too long?") <= 1


def test_a_question_answered_over_one_more_paragraph_is_text() -> None:
    # near miss: its section is the reply and one paragraph, an aside in a review's text
    blocks = [*PLAY[:8], PLAY[8], PLAY[-1]]
    assert "Is it too long?" not in heads_of(*blocks)


def test_a_follow_up_over_a_full_section_is_text() -> None:
    # near miss: 'that' points back at the paragraph before it; the writer's follow-up
    blocks = [*PLAY[:6], "Does that slow the play?", *PLAY[8:]]
    assert "Does that slow the play?" not in heads_of(*blocks)


def test_asks_afresh() -> None:
    assert asks_afresh("Is it too long?")
    assert asks_afresh("Are there free checks?")
    assert not asks_afresh("Does that bother them?")
    assert not asks_afresh("Phones too?")


def test_a_question_in_the_lead_is_text() -> None:
    # near miss: asked before the page's first head, the writer's own
    blocks = [
        MARKET[0],
        "Are there new pitches?",
        "There are. Twelve more will be marked out along the river path by March.",
        "Growers from the district will be offered them first, at half the usual rent.",
        *MARKET[2:7],
    ]
    assert "Are there new pitches?" not in heads_of(*blocks)


def test_says_more() -> None:
    assert says_more("A little. Fourteen tracks is two more than it needs.")
    assert not says_more("They did.")
    assert not says_more("He did not, he said.")


def test_text_lines_to_next_head() -> None:
    items: list[Item] = [
        Line("Is it long?", True),
        Line("A little. More.", True),
        Line("Short songs.", True),
        Picture("alt", "caption"),
        Line("Out now.", True),
        Line("Next head", True),
    ]
    flags = [True, False, False, False, False, True]
    assert text_lines_to_next_head(items, flags, 2, lambda j: False) == 2
    assert text_lines_to_next_head(items, flags, 2, lambda j: j == 4) == 1
