"""fresh31's and fresh32's recurring head classes (heads52), on made-up articles: a run of
numbered label heads ('Tip N:', 'Rule N:') whatever follows the colon, and the traps it must
leave alone (a transcript's numbered speakers, a packed list, data fields, two labels)."""

from __future__ import annotations

import pytest

from api.parser.article import clean, headline_and_rest
from api.parser.heading_answers import asks_back, echo_reply
from api.parser.heading_label_runs import numbered_label, numbered_label_heads
from api.parser.headings import closing_sentence, opens_on_a_sum
from api.parser.layout import Line, lay_out
from tests.parser.exports import article, heads_of


def label_run(blocks: list[str]) -> list[str]:
    """The lines numbered_label_heads reads as a run in an export of the given blocks."""
    _, rest = headline_and_rest(clean(article(*blocks)).split("\n"))
    items = list(lay_out(rest).body)
    alone = [k for k, it in enumerate(items) if isinstance(it, Line) and it.alone]
    return [items[k].text for k in numbered_label_heads(items, alone)]


INTRO = (
    "Every spring the allotment society prints the same sheet of advice, and every spring half "
    "of it is ignored by the people who most need it, which is why we asked two growers."
)
TEXT = (
    "The growers agreed on most of it, though they argued for a while about the timing, and "
    "both said the weather in the valley makes any calendar a rough guide at best."
)
MORE = (
    "A cold frame helps, they said, but only if it is opened on warm mornings; a closed frame "
    "in April sun cooks seedlings as surely as a frost kills them in the open."
)
VERDICT = "Verdict: worth it"


def label_article(heads: list[str], between: list[str]) -> list[str]:
    """An intro, then each head over the blocks `between`: a listicle of label heads."""
    blocks = [INTRO]
    for head in heads:
        blocks += [head, *between]
    return [*blocks, MORE]


LABEL_HEADS = [
    # quoted, plain, a question: the colon's text takes any head's form
    [
        'Tip 1: "Sow everything in March"',
        "Tip 2: Water little and often",
        "Tip 3: Is mulch worth it?",
    ],
    # a verdict line closes each section, a field without a final stop, over the next head
    ["Rule 1: Never dig wet clay", "Rule 2: Feed the soil not the plant", "Rule 3: Keep a diary"],
    # four in a run, the last over a single paragraph
    [
        "Lesson 1: Start small",
        "Lesson 2: Buy good tools",
        "Lesson 3: Ask a neighbour",
        "Lesson 4: Rest",
    ],
]


@pytest.mark.parametrize("heads", LABEL_HEADS)
def test_numbered_label_run_heads_its_sections(heads: list[str]) -> None:
    between = [TEXT, VERDICT] if heads[0].startswith("Rule") else [TEXT, MORE]
    assert heads_of(*label_article(heads, between)) == heads


def test_numbered_label_over_a_verdict_line() -> None:
    heads = ["Claim 1: Cats always land on their feet", "Claim 2: Goldfish forget in seconds"]
    heads += ['Claim 3: "Bulls hate red"']
    assert heads_of(*label_article(heads, [TEXT, MORE, VERDICT])) == heads


def test_transcript_speakers_make_no_run() -> None:
    # numbered speakers come back: 'Caller 1' twice, so no run of heads
    turns = [
        "Caller 1: Why did the bus stop running at nine?",
        "Caller 2: Who decided that the route was not needed any longer?",
        "Caller 1: And will anyone answer that?",
    ]
    blocks = [INTRO]
    for turn in turns:
        blocks += [turn, TEXT]
    assert label_run(blocks) == []


def test_packed_list_of_labels_is_no_run() -> None:
    # the items stand right under one another: a list, not heads
    blocks = [INTRO, "Step 1: Dig", "Step 2: Sow", "Step 3: Water", TEXT, MORE]
    assert label_run(blocks) == []


def test_two_labels_make_no_run() -> None:
    blocks = [INTRO, "Day 1: Arrive in Oban", TEXT, "Stage 2: The ridge walk", MORE]
    blocks += ["Day 3: Home by ferry", TEXT]
    assert label_run(blocks) == []


def test_label_run_is_read_as_one() -> None:
    heads = ["Myth 1: Bats are blind", "Myth 2: Owls turn their heads right round"]
    heads += ['Myth 3: "Swans can break an arm"']
    assert label_run(label_article(heads, [TEXT])) == heads


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Tip 2: Start early", ("Tip", 2)),
        ("Myth 7: Is it true?", ("Myth", 7)),
        ("Juror 4: I agree with the others.", None),  # a sentence: a turn, not a head
        ("Day 1: 12 km over the moor", None),  # a figure first: a field
        ("Tip: Start early", None),  # no number
    ],
)
def test_numbered_label(text: str, want: tuple[str, int] | None) -> None:
    assert numbered_label(text) == want


# --- A follow-up question, clipped or answered by an echo, inside a question head's section ----

ASKED = "How much will the new bridge cost?"
COSTS = "The county puts it at £48 million, most of it borrowed over thirty years."
NEXT_HEAD = "When will the work start?"
NEXT_TEXT = (
    "Not before the spring, the county says, because the river is too high in winter for the "
    "piling crews to work safely from the barges moored under the old span."
)


def follow_up(question: str, answer: str) -> list[str]:
    """The heads of a Q&A whose first section holds a question and its answer after its text."""
    return heads_of(INTRO, ASKED, COSTS, question, answer, NEXT_HEAD, NEXT_TEXT, MORE)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # clipped: 'Have you heard that before?', answered by an echo
        ("Heard that before?", "You have. The county said the same about the ring road."),
        # a yes-or-no question answered by an echo and more
        ("Is that a lot?", "It is. The county spends less than that on roads in a decade."),
        ("Does that include the approach roads?", "It does not. Those come to £9 million more."),
        # clipped, 'this', answered by a reply word
        ("Seen this before?", "Yes, in 2019, when the first estimate was half of it."),
    ],
)
def test_follow_up_question_is_text(question: str, answer: str) -> None:
    assert follow_up(question, answer) == [ASKED, NEXT_HEAD]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # a FAQ's next question asks afresh, answered at length
        ("Who will pay for it?", "Council tax payers, mostly, through a levy on every band."),
        # the echo is a sentence that says more: a head's own answer
        ("Can I object to the plans?", "You can write to the planning office before June."),
    ],
)
def test_fresh_question_stays_a_head(question: str, answer: str) -> None:
    assert question in follow_up(question, answer)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("You have. The council said so.", True),
        ("They didn't. Nobody asked.", True),
        ("You can claim it back.", False),
        ("They say so.", False),
    ],
)
def test_echo_reply(text: str, want: bool) -> None:
    assert echo_reply(text) is want


@pytest.mark.parametrize(
    ("question", "want"),
    [("Heard that before?", True), ("Does it work?", True), ("Who pays?", False)],
)
def test_asks_back(question: str, want: bool) -> None:
    assert asks_back(question.lower().split()) is want


# --- A listicle's numbered items: a question inside one is text, a head may open on a sum ---

ITEM_TEXT = (
    "The district will spend the money over three years, and the first contracts go out to "
    "tender in the autumn, according to the finance committee's papers published on Friday."
)


def listicle(*middle: str) -> list[str]:
    """An intro, '1. ...' and its text, the middle blocks, then '3. ...' and its text."""
    return [INTRO, "1. Free bus passes for students", ITEM_TEXT, *middle]


def test_question_inside_a_numbered_item_is_text() -> None:
    blocks = listicle("2. Longer library hours", ITEM_TEXT, "Who gains most?")
    blocks += ["Night-shift workers, mostly.", "3. New cycle lanes", ITEM_TEXT, MORE]
    assert heads_of(*blocks) == [
        "1. Free bus passes for students",
        "2. Longer library hours",
        "3. New cycle lanes",
    ]


@pytest.mark.parametrize(
    "answer",
    [
        [ITEM_TEXT + " " + MORE],  # a longer answer than the item's text: a part's head
        [TEXT, MORE],  # over two paragraphs: a part of the item
    ],
)
def test_question_heading_a_part_of_an_item_stays(answer: list[str]) -> None:
    blocks = listicle("2. Longer library hours", ITEM_TEXT, "Who gains most?", *answer)
    assert "Who gains most?" in heads_of(*blocks, "3. New cycle lanes", ITEM_TEXT, MORE)


def test_question_after_the_run_is_not_read() -> None:
    # after the last numbered head: a closing section's head, not an item's question
    blocks = listicle("2. Longer library hours", ITEM_TEXT, "What happens next?", ITEM_TEXT)
    assert "What happens next?" in heads_of(*blocks, MORE)


def test_unnumbered_question_head_between_unconsecutive_numbers_stays() -> None:
    # '1.' then '3.': the question sits between two runs, where a section may open
    blocks = [INTRO, "1. Free bus passes", ITEM_TEXT, "What else is in it?", ITEM_TEXT]
    blocks += ["3. New cycle lanes", ITEM_TEXT, MORE]
    assert "What else is in it?" in heads_of(*blocks)


@pytest.mark.parametrize(
    "head",
    ["2. ₹4,000 crore for rural roads", "2. £40m for school roofs", "2. $12 smart plugs that work"],
)
def test_numbered_head_opens_on_a_sum(head: str) -> None:
    blocks = listicle(head, ITEM_TEXT, "3. New cycle lanes", ITEM_TEXT, MORE)
    assert head in heads_of(*blocks)


@pytest.mark.parametrize(
    ("text", "want"),
    [("₹2.9 lakh crore", True), ("$40 off", True), ("£ sign", False), ("Price: £9", False)],
)
def test_opens_on_a_sum(text: str, want: bool) -> None:
    assert opens_on_a_sum(text) is want


# --- The body's last line, a sentence with no text after it, closes the article --------------

PICTURE = ["@@ A row of boats on a beach at dusk", "Boats on the beach at dusk.Jo Tamm/AFP"]
DIARY = [INTRO, "The first night was wet. The second was worse.", TEXT, "Day two", MORE]


@pytest.mark.parametrize(
    "tail",
    [
        [*PICTURE, "More from the festival tomorrow."],
        ["Back tomorrow with the shortlist."],
        [*PICTURE, *PICTURE, "That is all from the harbour tonight."],
    ],
)
def test_closing_sentence_is_no_head(tail: list[str]) -> None:
    assert tail[-1] not in heads_of(*DIARY, *tail)


def test_closing_line_without_a_stop_is_not_read() -> None:
    # no final stop: closing_sentence leaves it to the other rules
    blocks = [*DIARY, *PICTURE, "Where to watch"]
    _, rest = headline_and_rest(clean(article(*blocks)).split("\n"))
    assert closing_sentence(list(lay_out(rest).body)) == -1


def test_closing_sentence_index() -> None:
    _, rest = headline_and_rest(clean(article(*DIARY, *PICTURE, "See you.")).split("\n"))
    items = list(lay_out(rest).body)
    assert items[closing_sentence(items)].text == "See you."
