"""Heads read off the document (issue 15, fresh22's shapes, made-up texts): a numbered entry's
head over its first field of figures ('4. Ridge Hawks' / 'Last season: 36-27-7')."""

from __future__ import annotations

import pytest

from tests.parser.exports import heads_of

INTRO = (
    "The new season opens on Saturday, and the bookmakers cannot agree on a favourite for the "
    "first time in years. Here is how we rank the contenders before the first game."
)
ENTRY_ONE = (
    "They kept their coach and their best scorer, and the fixture list is kind until October, "
    "when three away trips in eight days will test a thin squad."
)
ENTRY_TWO = (
    "A new owner has promised money for the summer, but the two players signed so far are both "
    "over thirty and neither has played a full season since 2023."
)
ENTRY_THREE = (
    "Nobody expects much, and that may suit a young side that finished the last campaign with "
    "five wins in its final seven games under an interim manager."
)

RANKINGS = [
    (("1. Eastfield Rovers", "Last season: 24-8-6, first in the North"),
     ("2. Marlow Town", "Last season: 20-10-8"),
     ("3. Kelso Athletic", "Last season: 14-16-8, ninth")),
    (("1. The Copper Kettle", "Score: 9/10, best value in town"),
     ("2. Nonna Rosa", "Score: 8/10"),
     ("3. The Salt House", "Score: 6/10, slow service")),
    (("1. Brindle Ridge", "Height: 1,044m, a full day's walk"),
     ("2. Tollan Pike", "Height: 931m"),
     ("3. Gorse Fell", "Height: 702m, easy in summer")),
]  # fmt: skip


@pytest.mark.parametrize(("first", "second", "third"), RANKINGS)
def test_a_field_of_figures_under_a_numbered_head_is_its_first_field(first, second, third):
    """The field line under each numbered head is text, not a head over a subsection."""
    blocks = [INTRO, *first, ENTRY_ONE, *second, ENTRY_TWO, *third, ENTRY_THREE]
    assert heads_of(*blocks) == [first[0], second[0], third[0]]


@pytest.mark.parametrize(("first", "second", "third"), RANKINGS)
def test_a_numbered_head_over_fields_after_a_field_is_a_head(first, second, third):
    """An entry of fields alone ends on a field line; the next numbered head over its own
    field still opens an entry: '... Power play: 14%' / '3. Kelso Athletic' / 'Last season:'."""
    label = second[1].split(":", 1)[0]
    closing = f"{label} rank: 7th, of 12"
    blocks = [INTRO, *first, ENTRY_ONE, *second, closing, *third, ENTRY_THREE]
    assert heads_of(*blocks) == [first[0], second[0], third[0]]


def test_a_numbered_run_without_fields_is_still_a_list():
    """Numbered short lines over each other, no field among them, stay a list's items."""
    blocks = [INTRO, "1. Eggs", "2. Flour", "3. Butter", ENTRY_ONE]
    assert heads_of(*blocks) == []


def test_a_plain_subsection_head_under_a_head_stays_stacked():
    """A head line with no figures right under a head over text is still the first
    subsection's head: 'The plan' / 'New bands from next year' / text."""
    blocks = [INTRO, "The plan", "New bands for every driver", ENTRY_ONE, "The cost", ENTRY_TWO]
    assert heads_of(*blocks) == ["The plan", "New bands for every driver", "The cost"]


CHAPTER_ONE = (
    "The plan was drawn up in the winter of 2017, in a borrowed office above the hardware shop, "
    "by three councillors who had never run anything bigger than a parish fete."
)
CHAPTER_TWO = (
    "By the second summer the invoices had doubled, and the treasurer, who kept the only copy "
    "of the ledger at home, stopped coming to the monthly meetings without a word."
)
CHAPTER_THREE = (
    "The auditors arrived in March and left in May. Their report ran to 140 pages, and the "
    "council has published eleven of them, most of those with whole lines blacked out."
)
CHAPTER_FOUR = (
    "What happens next is up to the county, which says it will decide by the spring whether "
    "to take over the scheme or wind it up and refund the households that paid into it."
)

MARKED = [
    ("I. The deal", "II. Warnings", "III. The pumps stopped. The bills did not.", "IV. What now"),
    ("1. Signing up", "2. The first bill", "3. Nobody checked. Everybody paid.", "4. The review"),
    ("🌱 Spring", "☀️ Summer", "🍂 The leaves fell. So did the prices.", "❄️ Winter"),
    ("II. Before", "III. The vote", "IV. It passed. Nobody read it.", "V. After"),
]


@pytest.mark.parametrize(("first", "second", "third", "fourth"), MARKED)
def test_a_marked_head_of_two_sentences_among_marked_heads_is_a_head(first, second, third, fourth):
    """The line opens on its siblings' marker, next in their count: one of their heads."""
    blocks = [INTRO, first, CHAPTER_ONE, second, CHAPTER_TWO, third, CHAPTER_THREE]
    blocks += [fourth, CHAPTER_FOUR]
    assert heads_of(*blocks) == [first, second, third, fourth]


@pytest.mark.parametrize(
    "line", ["7. The pumps stopped. The bills did not.", "IX. Nobody checked. Everybody paid."]
)
def test_a_marked_line_out_of_the_count_stays_text(line):
    """A numbered line whose number does not follow the head above is no head of theirs."""
    blocks = [INTRO, "I. The deal", CHAPTER_ONE, "II. Warnings", CHAPTER_TWO, line, CHAPTER_THREE]
    blocks = [b.replace("I. ", "1. ", 1) if line[0].isdigit() else b for b in blocks]
    assert line not in heads_of(*blocks)


def test_a_list_of_two_sentence_items_under_a_marked_head_stays_text():
    """Numbered lines of two sentences in a run are a list's items, not heads."""
    items = ["2. Read the bill. Check the meter.", "3. Call the office. Ask for the log."]
    blocks = [
        INTRO,
        "1. Signing up",
        CHAPTER_ONE,
        *items,
        CHAPTER_TWO,
        "2. The first bill",
        CHAPTER_THREE,
    ]
    heads = heads_of(*blocks)
    assert not set(items) & set(heads)


def test_one_marked_head_sets_no_form():
    """A single marked head is no form for a line of two sentences to share."""
    line = "II. The pumps stopped. The bills did not."
    assert line not in heads_of(INTRO, "I. The deal", CHAPTER_ONE, line, CHAPTER_TWO, CHAPTER_THREE)


NEWS_ONE = (
    "The night market is back on Saturday after a two-year break, with 40 stalls on the old "
    "bus station forecourt and a stage for the school bands from six until late."
)
NEWS_TWO = (
    "A new bakery opened last week in the former bank on Castle Street. It opens at six in the "
    "morning and shuts when the loaves are gone, which so far has been about ten."
)
NEWS_THREE = (
    "The council has put the swimming pool's new opening hours out to a vote, and residents "
    "have until the end of the month to say which of the three timetables they prefer."
)
PICTOGRAPH_HEADS = [
    ("🎪 The big story", "🔗", "🥖 New and notable", "🏊 Have your say"),
    ("📰 Top of the news", "➡️", "🍞 Just opened", "🗳️ Vote"),
    ("🎶 This weekend", "📎", "🧁 Fresh from the oven", "📣 Last word"),
]
LINKS = ("Read the full story: the night market returns", "Our map of the stalls, updated daily")


@pytest.mark.parametrize(("first", "mark", "label", "last"), PICTOGRAPH_HEADS)
def test_a_pictograph_head_after_link_lines_is_a_head(first, mark, label, last):
    """A label opening on a pictograph, as the page's heads do, after link lines that open on
    another one, over a paragraph: the next section's head, not a list's next item."""
    links = [f"{mark} {link}" for link in LINKS]
    blocks = [INTRO, first, NEWS_ONE, *links, label, NEWS_TWO, last, NEWS_THREE]
    # (the link lines are left to the rules for links, whatever they make of them)
    assert {first, label, last} <= set(heads_of(*blocks))


def test_a_line_on_the_link_lines_pictograph_stays_a_list_item():
    """A line opening on the pictograph of the link lines above is their list's last item."""
    links = [f"🔗 {link}" for link in LINKS]
    line = "🔗 Where to park"
    blocks = [INTRO, "🎪 The big story", NEWS_ONE, *links, line, NEWS_TWO, "🏊 Have your say"]
    assert line not in heads_of(*blocks, NEWS_THREE)


QA_SECTION = (
    "She has run the ferry cafe for eleven summers, and this year she is doing it without "
    "the pier, which the council closed in March for repairs that have not started."
)
INTERVIEWS = [
    (("How early do you open?", "Half past five. The fishermen want tea before they go out."),
     ("Tea or coffee?", "Tea, mostly. The coffee machine is older than I am and twice as loud."),
     ("What do visitors get wrong?", "They ask for chips at seven in the morning. Every day.")),
    (("When did you start?", "In 1998, with a borrowed van and a folding table by the lock."),
     ("Wet or dry?", "Dry fly, always. The wet stuff is for people in a hurry."),
     ("What is the best river?", "The one nobody has written about yet, which I will not name.")),
    (("Why the night shift?", "Quiet roads. By two in the morning the city belongs to the buses."),
     ("Radio on or off?", "Off. Passengers talk, and the talk is better than anything on air."),
     ("What would you change?", "The seats. Forty years on the same seat does things to a back.")),
]  # fmt: skip


@pytest.mark.parametrize("turns", INTERVIEWS)
def test_an_interviews_questions_answered_in_plain_text_are_no_heads(turns):
    """Lone questions in a row, each answered by the paragraph before the next, under a
    statement head and over another: an interview's turns, not heads."""
    lines = [line for turn in turns for line in turn]
    blocks = [INTRO, "The week in brief", NEWS_ONE, "Five questions for a regular", QA_SECTION]
    blocks += [*lines, "Coming up", NEWS_THREE]
    heads = heads_of(*blocks)
    assert not {question for question, _ in turns} & set(heads)
    assert {"The week in brief", "Coming up"} <= set(heads)


def test_a_faqs_question_heads_under_no_statement_head_stay():
    """A FAQ's questions are the page's heads: no statement head stands over the first."""
    turns = INTERVIEWS[0]
    blocks = [INTRO, *[line for turn in turns for line in turn], "Key dates", NEWS_THREE]
    heads = heads_of(*blocks)
    assert [question for question, _ in turns] == [h for h in heads if h.endswith("?")]
