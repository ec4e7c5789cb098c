"""heads88: a question right after a list's last line inside a numbered guide's section is the
section's text, answered in passing, whenever its one-line reply is shorter than the guide's
usual section (heading_guides.reply_share), as questions_in_passing reads a question after a
list among heads of another form; on a live page whose heads all stand under clock lines, a
line inside a post joins no series beside them (heading_series.posts_under_stamps). Made-up
exports, with near misses that change one thing."""

from __future__ import annotations

import pytest

from api.parser.heading_guides import reply_share
from api.parser.heading_lone_questions import LISTED_REPLY_SHARE, REPLY_SHARE
from api.parser.heading_long_heads import leads_in_after_a_sentence
from api.parser.heading_series import posts_under_stamps
from tests.parser.exports import LONG as LONG_TEXT
from tests.parser.exports import heads_of, lines

# --- a fishing-permit guide: 'Step N:' heads, a list after a lead-in, a question after it ---


def permit_guide(before_question: str, question: str, reply: str) -> list[str]:
    """A guide's blocks, `question` and its `reply` inside step 3 after `before_question`."""
    return [
        "KELLAMOOR, Westshire — Anglers on the county's three reservoirs will need a new permit "
        "from April, the water board said on Monday, and the old paper books will no longer "
        "be accepted at the gate.",
        "Here is how to get one before the season opens.",
        "Step 1: Find your angler number.",
        "It is printed on the back of last year's book, under the board's crest. If you have "
        "lost the book, the board's office can look the number up from your address.",
        "Step 2: Choose the reservoirs you fish.",
        "A permit for one water costs less than one for all three, and you can add a water "
        "later for the difference. Most anglers who fish the upper dam fish nowhere else.",
        "Step 3: Send the form in good time",
        "The board asks for three weeks before your first trip, longer at Easter, when the "
        "office is short of staff and the queue for permits runs to a month or more.",
        before_question,
        question,
        reply,
        "Step 4: Wait, but not for long.",
        "The board has a fortnight to send the card. Many anglers hear nothing.",
        "That is an answer too. After a fortnight you may fish with the receipt.",
        "Step 5: Was it refused? Ask again.",
        "A refusal must give a reason, and you have a month to ask the board's secretary to "
        "look at it again. Write, and keep a copy of the letter.",
        "Step 6: Carry the card, not a copy",
        "Bailiffs check permits on the bank and at the car park. A photograph of the card on "
        "a phone is not accepted, and a fine is payable on the spot. The bailiffs carry a "
        "reader for the cards and can check one in a few seconds.",
        "Last year the bailiffs turned away one angler in twelve at the upper dam.",
    ]


LISTED = "The form must come with:\n\n  • your angler number\n  • a photograph\n  • the fee"
QUESTION = "What if the office is shut?"
# a reply of about 0.8 of the guide's usual section: over REPLY_SHARE, under the whole section
REPLY = (
    "Post the form instead, to the board's address on the back of the old book. It takes a "
    "week longer, and the board will not refund the stamp."
)
GUIDE_HEADS = [
    "Step 1: Find your angler number.",
    "Step 2: Choose the reservoirs you fish.",
    "Step 3: Send the form in good time",
    "Step 4: Wait, but not for long.",
    "Step 5: Was it refused? Ask again.",
    "Step 6: Carry the card, not a copy",
]


def test_a_question_right_after_a_list_inside_a_step_is_its_text() -> None:
    assert heads_of(*permit_guide(LISTED, QUESTION, REPLY)) == GUIDE_HEADS


@pytest.mark.parametrize(
    "question",
    ["Can someone else post it for me?", "What if I miss the deadline?", "Is a copy enough?"],
)
def test_other_questions_after_the_list_are_text_too(question: str) -> None:
    assert heads_of(*permit_guide(LISTED, question, REPLY)) == GUIDE_HEADS


def test_a_list_of_other_lines_gives_the_same_reading() -> None:
    listed = "Bring to the office:\n\n  • last year's book\n  • a bank card"
    assert heads_of(*permit_guide(listed, "Where do I get a photograph?", REPLY)) == GUIDE_HEADS


def test_after_a_paragraph_the_same_question_keeps_its_head() -> None:
    # near miss: no list before it, a reply this long may head a section of its own
    paragraph = (
        "The form itself is two pages long, and most anglers fill it in at the kitchen table "
        "in ten minutes, with last year's book open beside them."
    )
    heads = heads_of(*permit_guide(paragraph, QUESTION, REPLY))
    assert QUESTION in heads


def test_a_reply_as_long_as_a_section_keeps_its_head() -> None:
    # near miss: after the list, but its reply runs longer than the guide's usual section
    long_reply = " ".join([REPLY, REPLY])
    heads = heads_of(*permit_guide(LISTED, QUESTION, long_reply))
    assert QUESTION in heads


def test_the_share_is_the_whole_section_after_a_list_only() -> None:
    items = lines("Bring:", "• a book", QUESTION, REPLY, "Note this.", QUESTION, REPLY)
    assert reply_share(items, 2) == LISTED_REPLY_SHARE
    assert reply_share(items, 5) == REPLY_SHARE
    assert reply_share(items, 0) == REPLY_SHARE


# --- a flood live page: post heads under clock lines, a short quotation inside a post ---


def flood_live_page(quote: str, over_quote: str = "14:35") -> list[str]:
    """A live page's blocks, `quote` inside the 14:35 post (or right under a clock line
    `over_quote` when that is a time of its own)."""
    inside = [quote] if over_quote == "14:35" else [over_quote, quote]
    return [
        "16:50",
        "We are pausing our coverage here. The next update will come at first light, when the "
        "river authority publishes its overnight readings.",
        "16:10",
        "The water is still rising. Slowly.",
        "The gauge at the old mill read 4.2 metres at four o'clock, ten centimetres up on the "
        "hour. An engineer at the sluice said the rise had slowed since lunchtime.",
        "Will the sandbags hold? Nobody at the sluice would say.",
        "14:35",
        "“We open the weir at dusk, not earlier”",
        "The river authority has held this line since the morning. Its duty officer, Marta "
        "Okafor-Lindqvist, repeated it to us on the footbridge a few minutes ago.",
        *inside,
        "She said the crews would stay on the banks through the night if they had to.",
        "13:05",
        "Can the bridge stay open?",
        "The county says the footbridge will stay open as long as the water is a metre below "
        "the deck, and it is checking the gap every half hour.",
        "That sounds like plenty. It was two metres at breakfast.",
        "11:20",
        "Schools have closed along the valley.",
        "Eleven schools sent pupils home before lunch, and the council says they will stay "
        "shut tomorrow whatever the river does overnight.",
        "09:00",
        "Good morning and welcome to our live coverage of the flood on the lower valley. The "
        "river authority briefs the press at ten.",
    ]


FLOOD_HEADS = [
    "The water is still rising. Slowly.",
    "“We open the weir at dusk, not earlier”",
    "Can the bridge stay open?",
    "Schools have closed along the valley.",
]


@pytest.mark.parametrize("quote", ["“Not earlier.”", "“At dusk.”", "“Not one minute before.”"])
def test_a_short_quotation_inside_a_post_is_its_text(quote: str) -> None:
    assert heads_of(*flood_live_page(quote)) == FLOOD_HEADS


def test_a_quotation_under_a_clock_line_of_its_own_heads_its_post() -> None:
    # near miss: the same kind of line right under a time line opens a post of its own
    heads = heads_of(*flood_live_page("“We will not open early”", over_quote="14:50"))
    assert heads == [*FLOOD_HEADS[:2], "“We will not open early”", *FLOOD_HEADS[2:]]


def test_only_heads_all_under_clock_lines_make_a_live_page_s_posts() -> None:
    stamped = lines("10:05", "“The pier is shut”", LONG_TEXT, "09:40", "Ferries wait.", LONG_TEXT)
    assert posts_under_stamps(stamped, [1, 4])
    assert not posts_under_stamps(stamped, [1])  # one head alone makes no series
    unstamped = lines("Tuesday", "“The pier is shut”", LONG_TEXT, "09:40", "Ferries wait.")
    assert not posts_under_stamps(unstamped, [1, 4])  # a head under a day's name, no clock


def test_the_first_line_stands_under_no_clock_line():
    # (the page's last line, a clock line, is not the one before its first)
    posts = ("“The pier is shut”", LONG_TEXT, "09:40", "Ferries wait.", LONG_TEXT, "10:05")
    assert not posts_under_stamps(lines(*posts), [0, 3])
    assert posts_under_stamps(lines("08:55", *posts), [1, 4])  # (a clock line over each)


# --- a vineyard analysis: heads by pace, a long head over a paragraph leading into a list ---

LONG_HEAD = (
    "The figures behind a harvest that growers had sold on the promise of sun and picked "
    "mostly in the rain instead"
)


def vineyard_analysis(lead_in: str, long_head: str = LONG_HEAD) -> list[str]:
    """An analysis's blocks: four heads ending in '.', `long_head` over `lead_in` and a list."""
    return [
        "MERLEVAUX, Aquitania (AFP) — The harvest count is in, and for the small growers of the "
        "river valley it makes hard reading.",
        "The growers' union recorded 310 tonnes of grapes picked this autumn, the smallest "
        "harvest since 1991 and about half of the average. For a valley that sells itself to "
        "the world on its summers, that is a problem no new label can fix.",
        "It used to be a safe bet.",
        "For most of the past 40 years, a vintage from the valley's slopes was about as sure a "
        "thing as farming offers. Buyers ordered a year ahead. Growers told them, with "
        "confidence, what the wine would taste like.",
        "Now they hedge.",
        '"I tell them it will be wine, and it might be good," said Odile Ferrand-Mbeki, who has '
        'farmed the upper slope since 1998. "Twenty years ago I would have promised both."',
        "Blame the spring. Then blame the summer.",
        "The size of a harvest has always swung from year to year, depending on the frosts of "
        "April and the storms of August. Growers say both have got worse, and not in the "
        "valley's favour.",
        "Could next year be better? It could. Three of the last ten harvests were above average.",
        "But the trend is down, and the growers know it.",
        long_head,
        lead_in,
        "  • 310 tonnes picked, against 640 in 2019\n  • about 90 growers, down from 120\n"
        "  • four co-operatives that did not open their presses",
        "Some are planting olives instead.",
        "Ferrand-Mbeki has pulled up a third of her vines. The olives went in last March. The "
        "first oil is due in three years, if the frosts allow.",
        "She is not alone. Across the river, a grower who once advertised tastings now runs "
        "cookery classes, and a hotel has started offering walks in the hills.",
        "Nobody wants to give up the vines.",
        "The region's farming minister said on Tuesday that wine would always be part of the "
        "valley's story. Its new advertising campaign, filmed last year, still opens on a "
        "harvest.",
        "It was the last good one. It rained the week after.",
    ]


VINEYARD_HEADS = [
    "It used to be a safe bet.",
    "Blame the spring. Then blame the summer.",
    "Some are planting olives instead.",
    "Nobody wants to give up the vines.",
]
SENTENCE_LEAD_IN = (
    "Buyers say orders for the new vintage fell by a third. The union's figures show:"
)


@pytest.mark.parametrize(
    "lead_in",
    [
        SENTENCE_LEAD_IN,
        "Exports are down for a second year. Here is how the harvest compares:",
        "The co-operatives will not say what they paid! Their returns show this:",
    ],
)
def test_a_long_head_over_a_paragraph_leading_into_a_list(lead_in: str) -> None:
    heads = heads_of(*vineyard_analysis(lead_in))
    assert heads == [*VINEYARD_HEADS[:2], LONG_HEAD, *VINEYARD_HEADS[2:]]


def test_a_long_clause_over_a_bare_lead_in_stays_text() -> None:
    # near miss: its paragraph is the list's lead-in alone, a clause leading into the list
    heads = heads_of(*vineyard_analysis("The union's figures show:"))
    assert LONG_HEAD not in heads


def test_a_long_clause_going_on_from_a_sentence_stays_text() -> None:
    # near miss: the line opens no section, the paragraph before it leading into it
    page = vineyard_analysis(SENTENCE_LEAD_IN)
    at = page.index(LONG_HEAD)
    page[at - 1] = "But the trend is down, and the growers know it, and they put it like this:"
    assert LONG_HEAD not in heads_of(*page)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales fell by a third. The figures show:", True),
        ("Nobody came? The register says this:", True),
        ("The figures show:", False),
        ("Bring these: a pen and a ruler.", False),
        ("Sales fell by a third.", False),
        ("Prices at St. Ives and Co. show:", False),  # abbreviations end no sentence
    ],
)
def test_a_lead_in_after_a_sentence_of_its_own(text: str, expected: bool) -> None:
    assert leads_in_after_a_sentence(text) is expected


# --- a parking-permit Q&A: question heads, a reader's quoted question over a reply ---


def permit_qa(quoted: str, reply: str) -> list[str]:
    """A Q&A's blocks: three bare question heads and `quoted` over `reply` and a paragraph."""
    return [
        "HARTLEBURY, Wessex — Residents of the old town will need a digital parking permit from "
        "September, the council said on Wednesday, and the paper discs in windscreens will no "
        "longer be accepted by wardens.",
        "We asked readers what they wanted to know. These were the questions sent in most.",
        "Who needs a permit?",
        "Anyone who lives inside the ring road and parks on the street overnight, and anyone "
        "who runs a business from a home there. Visitors need a day pass instead.",
        "How much does it cost?",
        "The first permit for a household costs £45 a year and a second £90. Blue badge holders "
        "pay nothing, but they still have to register the car.",
        quoted,
        reply,
        "The council will also open a desk at the library on Tuesdays and Thursdays until the "
        "end of October, where staff will fill in the form with you.",
        "When do the wardens start checking?",
        "From September 1. The council says wardens will leave warnings, not fines, for the "
        "first two weeks.",
        "The old discs can go in the paper recycling.",
    ]


QA_HEADS = ["Who needs a permit?", "How much does it cost?", "When do the wardens start checking?"]


@pytest.mark.parametrize(
    ("quoted", "reply"),
    [
        (
            "“Can I still apply at the town hall if I am not online?”",
            "No, but you can apply by phone, and a neighbour or relative can apply online for "
            "you if you give them your permit number and written permission.",
        ),
        (
            "“Is there still a discount if I park a second car on the street?”",
            "Not any more. The council dropped it last year, and a second permit now costs twice "
            "the first, whatever the size of the car or how often it is moved.",
        ),
        (
            "‘Do I need a new permit if I change my car?’",
            "Yes. You update the registration online, and the permit moves with you to the new "
            "car within a day, at no cost, as long as the old one is sold or scrapped.",
        ),
    ],
)
def test_a_reader_s_quoted_question_over_a_reply_heads_its_answer(quoted: str, reply: str):
    heads = heads_of(*permit_qa(quoted, reply))
    assert heads == [*QA_HEADS[:2], quoted, QA_HEADS[2]]


def test_a_quoted_question_over_no_reply_stays_text() -> None:
    # near miss: the paragraph under it does not answer it, it tells who asked
    quoted = "“Can I still apply at the town hall if I am not online?”"
    told = (
        "That was the question a dozen readers sent us, most of them over seventy and none of "
        "them with a computer at home or a smartphone in the drawer."
    )
    assert quoted not in heads_of(*permit_qa(quoted, told))
