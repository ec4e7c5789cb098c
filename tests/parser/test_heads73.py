"""heads73: statement heads read with the article's heads of other forms as one series (quoted,
long and question heads standing), lone questions answered by one line read as the text of the
series' sections, and the opening's punchy lines (a review's first line, a line in the writer's
voice under the lead) read as text. Made-up articles written as blocks, with near misses that
change one thing each: an essay of short paragraphs, a news story of one-sentence paragraphs, a
column of punchy lines."""

from __future__ import annotations

import pytest

from api.parser.heading_leads import opens_a_review
from api.parser.heading_rhythm import sentence_form
from api.parser.heading_series import (
    head_of_a_series,
    lone_questions_beside,
    long_heads_beside,
    over_its_text,
    quoted_candidate,
    shorter_than_typical,
)
from api.parser.heading_siblings import negates_a_quantity
from tests.parser.exports import heads_of, lines

FERRY_PICTURE = (
    "A small car ferry leaving a stone harbour in the rain\n"
    "The Harnholm ferry leaves Kestrel Bay in OctoberMirela Vantongeren/Bay Courier"
)

# an analysis under a dateline: statement heads beside a quoted and a long head, a lone question
FERRY = [
    "KESTREL BAY — The ferry that links the island of Harnholm to the mainland has run at a "
    "loss for eleven years, and the county council has now said it will stop paying for it when "
    "the current contract ends next spring.",
    "The islanders have heard this before, and most of them say they will believe it when the "
    "timetable for next year is printed without the morning crossing on it.",
    "The ferry was never meant to pay.",
    "It was built in 1994 with a grant that assumed four hundred people would live on Harnholm "
    "by now, and that a third of them would commute to the mainland every working day.",
    "Fewer than two hundred live there today. The boat still sails four times a day.",
    "Could the county sell it?",
    "Not easily. The hull is thirty years old and the harbour at Harnholm is too shallow for "
    "any of the newer boats that other operators run along the coast.",
    FERRY_PICTURE,
    "“We are not asking for a new boat”",
    "Tove Marsgaard-Ilie, who chairs the island's community council, said the residents had "
    "offered to take over the running of the service themselves with a smaller subsidy.",
    '"We are asking for the one we have," she said. "It has never missed a Christmas."',
    "The tourists came. They did not stay.",
    "For a decade the council argued that summer visitors would close the gap, and in a good "
    "July the boat is full, with cyclists queueing on the slipway before six in the morning.",
    "By September they are gone, and the winter crossings carry the school run and the post.",
    "What the islanders want the council to say before the timetable for next spring is printed",
    "Most would settle for two crossings a day, the community council says, if the school run "
    "and the evening boat from the mainland were kept, and the fares frozen for three years.",
    "The council says every option is still open, which the islanders take to mean none is.",
    "The vote is in March.",
    "Councillors will choose between the island's offer and a plan to replace the ferry with a "
    "water taxi on demand, which the operator says could run for a third of the present cost.",
    "Either way, the morning crossing is likely to go, and the islanders know it.",
]
FERRY_HEADS = [FERRY[2], FERRY[8], FERRY[11], FERRY[14], FERRY[17]]

KILN_PICTURE = (
    "A potter standing beside a brick kiln at night\n"
    "The wood kiln at Orvel is fired twice a yearJana Pilcrow/Studio Orvel"
)

# a review under its star and details lines: statement heads beside a quoted head and a closing
# question head over two lines, a lone question answered by one line inside a section
KILN = [
    "★★★★☆",
    "Orvel Pottery, Stackmoor, until 30 April. Free entry, closed on Mondays.",
    KILN_PICTURE,
    "Everybody knows the jugs. Almost nobody knows the kiln.",
    "That is the argument of this modest, crowded show, which sets out to persuade visitors "
    "that the most important object in a potter's yard is the one nobody ever buys or sells.",
    "It mostly succeeds, and it does so without a single label longer than a postcard.",
    "“The kiln decides”",
    "The first room holds the failures: bowls that slumped, jugs that cracked, a whole shelf of "
    "plates fused into one by a firing that ran too hot for a night in the winter of 1981.",
    "Why show them?",
    "Because, as the first wall text says, every good pot in the building owes its shape to one "
    "of these, and the potters kept them on purpose for the apprentices to handle.",
    "The firing is the star.",
    "The second room is given over to a film of a three-day firing, shot on one camera at the "
    "mouth of the kiln, with the potters feeding it wood every few minutes through the nights.",
    "Children sat through all of it. So did I.",
    KILN_PICTURE,
    "The last room is the weakest.",
    "It tries to tell the story of the pottery's sales, and with a few ledgers and a cash box "
    "under glass it cannot compete with a film of fire, however well the cases are lit.",
    "The curators told me they had little else to show. That is fair, but it shows.",
    "Is it worth the trip?",
    "If you have seen the yard, yes. This is the show that explains how it works.",
    "If you have not, go to the yard first, then come here and see what you missed there.",
]
KILN_HEADS = [KILN[6], KILN[10], KILN[14], KILN[17]]

# a match report: two-sentence statement heads beside a quoted head, lone questions
FINAL = [
    "PORT ALDER (Coastal Press) — The Harbour Rovers won the county hurling final on Sunday "
    "for the first time in forty years, beating the holders by two points in front of a crowd "
    "of nine thousand who stayed on the pitch until it was dark.",
    "It was loud from the throw-in. It stayed loud.",
    "The holders' first half was close to perfect, and they led by five points at the break "
    "after a goal from their captain that the Rovers' goalkeeper said he never saw coming.",
    "The first half was not close. The holders made sure of it.",
    "They won the puck-outs, they won the breaks and they scored from almost everywhere, with "
    "their wing forwards taking points from the sideline that drew applause from both ends.",
    "Was it over?",
    "Their supporters thought so, and some of them had started to sing before the whistle.",
    "The Rovers changed nothing. They just ran harder.",
    "Their manager said afterwards that he had told the players at half-time to forget the "
    "score and play the next ball, and that he had said nothing else for twenty minutes.",
    "The first goal came from a free that dropped short and was scrambled over the line by "
    "the youngest player on the pitch, who had come on only five minutes before.",
    "“We did not feel the legs. We felt the crowd.”",
    "That was how the captain put it afterwards, and the holders' manager did not disagree, "
    "saying his side had simply run out of answers in the last quarter of an hour.",
    "Did he blame the referee?",
    "He did not, and he went into the Rovers' dressing room to say so before he left.",
    "The cup goes home tonight. The town will be waiting.",
    "A bus will carry the team and the cup along the coast road from the stadium, and the "
    "council has closed the harbour front to traffic from eight o'clock for the homecoming.",
    "The club says the cup will be on show in the clubhouse every evening this week.",
]
FINAL_HEADS = [FINAL[3], FINAL[7], FINAL[10], FINAL[14]]


# an analysis: statement heads and one long head without a stop, its only long one, a lone
# question answered by one line, a punchy line under the first head's paragraph
WOOL = [
    "GLENBRACK — On shearing days the lorries queue at the end of the valley road before dawn, "
    "and by noon the yard of the co-operative is stacked with bales higher than the sheds.",
    "Almost every farm in the valley sends its fleeces here.",
    "Wool once paid for the farms, the school and the chapel roof, and the co-operative that "
    "sells it still employs more people than any other business between here and the coast.",
    "The wool built the valley.",
    "Prices rose through the 1980s as the mills in the north bought everything the valley could "
    "shear, and families that had rented their land for generations bought it outright.",
    "Is that still true?",
    "Only just. A fleece now sells for less than it costs to shear, and the co-operative has "
    "cut its staff twice in five years to keep the price it pays the farmers steady.",
    "Then the mills closed. The buyers went abroad.",
    "The last mill in the north shut in 2009, and since then the valley's wool has gone by "
    "container to buyers overseas who pay in another currency and set the price themselves.",
    "The co-operative's manager says the farms have learned to live with it, more or less.",
    "Why the co-operative now wants the county to buy its wool for the new insulation plant",
    "The county is building a plant to insulate council houses, and the co-operative says "
    "wool would do the job as well as the foam the plans assume, at a similar cost.",
    "The county says it will look at the figures, which the farmers take as a good sign.",
    "The spring is the test.",
    "If the county signs before the spring shearing, the co-operative says it can promise the "
    "farms a price for three years, the first such promise it has made since the mills closed.",
    "If it does not, several of the smaller farms say this will be their last season.",
]
WOOL_HEADS = [WOOL[3], WOOL[7], WOOL[10], WOOL[13]]


@pytest.mark.parametrize(
    ("blocks", "heads"),
    [(FERRY, FERRY_HEADS), (KILN, KILN_HEADS), (FINAL, FINAL_HEADS), (WOOL, WOOL_HEADS)],
    ids=["ferry-analysis", "kiln-review", "final-report", "wool-analysis"],
)
def test_statement_heads_beside_other_forms_are_one_series(
    blocks: list[str], heads: list[str]
) -> None:
    assert heads_of(*blocks) == heads


def without_other_heads(blocks: list[str], heads: list[str]) -> list[str]:
    """The blocks with every head that is no statement (quoted, long, question) taken out, and
    the statements cut to one sentence: no head of another form, no two-sentence head."""
    kept = [b for b in blocks if b not in heads or b.endswith(".")]
    return [b.split(". ")[0] + "." if b in heads else b for b in kept]


def one_line_sections(blocks: list[str], heads: list[str]) -> list[str]:
    """The blocks with each statement or quoted head over one paragraph only, the other lines
    of its section left out: a column's punchy lines, each over one paragraph."""
    out: list[str] = []
    skip = False
    for k, block in enumerate(blocks):
        if skip and not (block in heads or block.startswith(("A ", "The Harnholm"))):
            continue
        skip = False
        out.append(block)
        if block in heads and block.endswith((".", ".”")) and k + 1 < len(blocks):
            out.append(blocks[k + 1])
            skip = True
    return out


# an essay of short paragraphs beside one quoted head: its statement lines are no shorter than
# the paragraphs around them
ESSAY = [
    "My grandmother kept a notebook of every frost in the garden for forty years.",
    "I found it in a drawer last winter, under a tin of seeds.",
    "The first frost came a little later every year.",
    "Not by much: a day here, two there, a week in the starred years.",
    "She never wrote down why she kept it, or who would read it.",
    "“Cover the dahlias”",
    "That is the only instruction in it, written in red on the back.",
    "I covered them this year. They lived through the first frost.",
    "The garden is smaller now than it was then.",
    "Half of it went with the house next door, and the orchard is paved.",
    "I still keep the notebook and write the first frost in it.",
    "Somebody else will have to decide what the numbers mean.",
]

# a news story of one-sentence paragraphs beside one quoted head: its short lines are the text
STORY = [
    "HALVERSTON — Police closed the coast road for six hours on Tuesday after a lorry carrying "
    "hay overturned on the bend above the harbour and caught fire.",
    "The driver was unhurt.",
    "Firefighters from three stations spent most of the afternoon on the blaze.",
    "Traffic was sent through the village instead.",
    "Residents said the lanes were blocked until the evening by queues of lorries and buses.",
    "“It was like market day, only nobody was buying”",
    "Shopkeepers on the main street said trade had been good, if slow, while the road was shut.",
    "The road reopened at nine.",
    "The council said the surface would be checked again in daylight on Wednesday morning.",
    "Drivers were told to expect delays.",
    "A report will go to the highways committee next month, a spokesperson for it said.",
]


@pytest.mark.parametrize(
    "blocks",
    [
        without_other_heads(FERRY, FERRY_HEADS),
        one_line_sections(FERRY, FERRY_HEADS),
        one_line_sections(FINAL, FINAL_HEADS),
        ESSAY,
        STORY,
    ],
    ids=["ferry-no-other-heads", "ferry-column", "final-column", "essay", "story"],
)
def test_near_misses_beside_other_heads_keep_their_statements_as_text(
    blocks: list[str],
) -> None:
    statements = [h for h in heads_of(*blocks) if h.endswith(".") and not h.startswith(("“", '"'))]
    assert statements == []


def test_a_review_opening_line_and_a_lone_question_stay_text() -> None:
    found = heads_of(*KILN)
    assert KILN[3] not in found
    assert KILN[8] not in found


def test_a_closing_question_over_two_lines_stays_a_head() -> None:
    assert heads_of(*KILN)[-1] == "Is it worth the trip?"


LONG_TEXT = "x" * 150 + "."
LONG_HEAD = "Why the co-operative now wants the county to buy its wool for the new plant"


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (("Head.", "Why?", "Cash.", "Next head.", LONG_TEXT), [1]),
        (("Head.", "Why?", "Cash.", "More.", "|"), []),
        (("Head.", "Why?", "Cash.", "|", "Next head.", LONG_TEXT), [1]),
        # the lone question below counts as text in the section of the question above
        (("Head.", "Why?", "Cash.", "Is it?", "Yes.", "Next head.", LONG_TEXT), [3]),
    ],
    ids=["one-line-reply", "two-line-section", "reply-before-picture", "two-lone"],
)
def test_a_lone_question_is_answered_by_one_line(texts: tuple[str, ...], expected: list[int]):
    items = lines(*texts)
    flags = [t.endswith("?") for t in texts]
    bounds = [0] + [k for k, t in enumerate(texts) if t == "Next head."]
    assert lone_questions_beside(items, flags, bounds) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“The kiln decides”", True),
        ("Why show them?", True),
        ("What the islanders want the council to say before the timetable is printed", True),
        ("The firing is the star.", True),
        ("Results", False),
        ("THE FINAL WORD", False),
    ],
)
def test_a_series_stands_beside_sentence_heads_not_labels(text: str, expected: bool) -> None:
    assert head_of_a_series(text) is expected


def test_a_line_over_a_long_line_without_a_stop_is_over_a_head() -> None:
    items = lines("Text.", "Nobody planned it. All saw it.", LONG_HEAD, "Text.")
    assert not over_its_text(items, 1)
    items = lines("Text.", "Nobody planned it. All saw it.", LONG_HEAD + ".")
    assert over_its_text(items, 1)


def test_series_lines_are_shorter_than_the_typical_line() -> None:
    items = lines("x" * 120 + ".", "The firing is the star.", "y" * 120 + ".", "z" * 90 + ".")
    assert shorter_than_typical(items, [1])
    items = lines("x" * 20 + ".", "The firing is the star.", "y" * 20 + ".", "z" * 25 + ".")
    assert not shorter_than_typical(items, [1])


def test_only_a_reviews_opening_line_opens_a_review() -> None:
    rated = lines("★★★★☆", "Orvel Pottery, until 30 April.", "|", "Everybody knows the jugs.")
    assert opens_a_review(rated, 3)
    bare = lines("Everybody knows the jugs.", LONG_TEXT)
    assert not opens_a_review(bare, 0)


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (("Lead.", "Text.", "Head.", LONG_TEXT, LONG_TEXT, LONG_HEAD, LONG_TEXT, LONG_TEXT), [5]),
        # right under a head's first paragraph: the section above holds one line
        (("Lead.", "Text.", "Head.", LONG_TEXT, LONG_HEAD, LONG_TEXT, LONG_TEXT), []),
        # over a lead-in, no sentence's end under it
        (("Lead.", "Text.", "Head.", LONG_TEXT, LONG_TEXT, LONG_HEAD, "It lists them:"), []),
        # before the series: the lead's long line
        (("Lead.", "Text.", LONG_TEXT, LONG_HEAD, LONG_TEXT, LONG_TEXT, "Head.", LONG_TEXT), []),
    ],
    ids=["inside-the-series", "under-a-head", "over-a-lead-in", "before-the-series"],
)
def test_a_long_head_stands_inside_a_statement_series(
    texts: tuple[str, ...], expected: list[int]
) -> None:
    items = lines(*texts)
    flags = [False] * len(items)
    members = [k for k, t in enumerate(texts) if t == "Head."]
    alone = list(range(len(items)))
    assert long_heads_beside(items, alone, flags, members) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (("Lead.", "Text.", "Text.", "“We felt the crowd. Not the legs.”", LONG_TEXT), True),
        (("Lead.", "Text.", "Text.", '"We were racing the sun."', LONG_TEXT), True),
        (("Lead.", "Text.", "Text.", '"We won," she said. "Again."', LONG_TEXT), False),
        (("Lead.", "Text.", "Text.", "“We felt the crowd.”", "Short."), False),
        (("Lead.", "Text.", "Did they?", "“We felt the crowd.”", LONG_TEXT), False),
        (("Lead.", "“We felt the crowd.”", LONG_TEXT), False),
        (("Lead.", "Text.", "Text.", "“We didn’t feel the legs.”", LONG_TEXT), True),
        (("Lead.", "Text.", "Text.", '"The men\'s crew never slowed."', LONG_TEXT), True),
        (("Lead.", "Text.", "Text.", "“They called it ‘the wall’.”", LONG_TEXT), False),
    ],
    ids=[
        "two-sentences",
        "straight",
        "attributed",
        "over-a-short-line",
        "a-reply",
        "lead",
        "a-contraction",
        "a-possessive",
        "a-quotation-inside",
    ],
)
def test_a_whole_quoted_line_is_a_series_candidate(texts: tuple[str, ...], expected: bool) -> None:
    k = next(k for k, t in enumerate(texts) if t[:1] in '“"')
    assert quoted_candidate(lines(*texts), k) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Not every island wanted them.", True),
        ("Not all of the money arrived.", True),
        ("Not yet.", False),
        ("Not really. The road is.", False),
    ],
)
def test_not_before_a_quantity_opens_a_statement(text: str, expected: bool) -> None:
    assert negates_a_quantity(text) is expected
    assert sentence_form(text) is expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # right under a head's first paragraph, answered over two lines: the section's text
        (
            ("Head.", "Not every island wanted them.", LONG_TEXT, "Why?", "Drink.", "Mostly.", "|"),
            [3],
        ),
        # after a section of two paragraphs, answered over two lines: a head
        (
            (
                "Head.",
                "Not every island wanted them.",
                LONG_TEXT,
                LONG_TEXT,
                "Why?",
                "Drink.",
                "Mostly.",
                "|",
            ),
            [],
        ),
    ],
    ids=["under-a-first-paragraph", "after-a-section"],
)
def test_a_question_under_a_heads_first_paragraph_is_lone(
    texts: tuple[str, ...], expected: list[int]
) -> None:
    items = lines(*texts)
    flags = [t.endswith("?") for t in texts]
    assert lone_questions_beside(items, flags, [0, 1]) == expected


# fix69: a question over one line and a follow-up answered at once read as one pair, whichever
# rule reads them (heads72's questions_aside, lone_questions_beside): the first heads the pair's
# section where it opens one, after a picture; inside a statement head's text both are text.
@pytest.mark.parametrize(
    ("follow_up", "reply"),
    [
        ("Is there a buyer?", "Not on this coast, the harbour master says."),
        ("Who would run it then?", "The island's own trust, which already runs the shop."),
    ],
    ids=["yes-or-no", "who"],
)
def test_two_lone_pairs_inside_a_statements_text_are_both_text(follow_up: str, reply: str) -> None:
    blocks = FERRY[:7] + [follow_up, reply] + FERRY[7:]
    assert heads_of(*blocks) == FERRY_HEADS


# a FAQ after its lead: consecutive short question heads, each over a one-line answer
FAQ = [
    "The new ferry pass goes on sale on Monday, and the operator has published its answers to the "
    "questions islanders ask most often about it.",
    "The pass replaces the paper book of tickets sold at the harbour office since the 1990s.",
    FERRY_PICTURE,
    "Who can buy the pass?",
    "Anyone whose address is on the island, and their children at school on the mainland.",
    "Does it cover the evening boat?",
    "Yes, every crossing on the timetable, including the late boat on Fridays.",
    "Can I lend it to a visitor?",
    "No. The pass carries a photograph and is checked at the gangway.",
    "What if I lose it?",
    "The harbour office issues a new one for a fee of five pounds.",
]


def test_a_faqs_consecutive_short_question_heads_stay_heads() -> None:
    assert heads_of(*FAQ) == [FAQ[3], FAQ[5], FAQ[7], FAQ[9]]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # inside a statement head's text: both questions are the text's
        (
            (
                "Head.",
                LONG_TEXT,
                "Was it?",
                "No.",
                "Is it now?",
                "Barely.",
                "Next head.",
                LONG_TEXT,
            ),
            [2, 4],
        ),
        # after a picture: the first heads the pair, the follow-up over two lines is its text
        (("Head.", LONG_TEXT, "|", "Was it?", "No.", "Is it now?", "Barely.", "More.", "|"), [5]),
        # right under the head: the first heads the pair (the section above holds no text)
        (("Head.", "Was it?", "No.", "Is it now?", "Barely.", "Next head.", LONG_TEXT), [3]),
        # a follow-up over a section of its own stays a head, the one above is lone
        (
            (
                "Head.",
                LONG_TEXT,
                "|",
                "Was it?",
                "No.",
                "Is it now?",
                LONG_TEXT,
                LONG_TEXT,
                "More.",
            ),
            [3],
        ),
    ],
    ids=["inside-a-statement", "after-a-picture", "under-the-head", "follow-up-heads"],
)
def test_a_question_and_its_follow_up_are_read_as_one_pair(
    texts: tuple[str, ...], expected: list[int]
) -> None:
    items = lines(*texts)
    flags = [t.endswith("?") for t in texts]
    bounds = [0] + [k for k, t in enumerate(texts) if t == "Next head."]
    assert lone_questions_beside(items, flags, bounds) == expected
