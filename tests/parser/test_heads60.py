"""fresh34's and fresh35's lone questions (heads60), on made-up articles: a yes-or-no question
put to the reader inside a formed page's section ('Step 2: ...' / text / 'Lost your card?' /
its answer), and a follow-up pointing back with 'that' anywhere in a section, after a
paragraph, a list or a live post's clock line, are the text's; the near misses stay heads."""

from __future__ import annotations

import pytest

from api.parser.heading_answers import asked_in_passing, followed_up, head_form
from api.parser.heading_siblings import answers_a_question, is_two_sentence_line
from api.parser.layout import Item, Line, ListLines
from tests.parser.exports import heads_of

P1 = (
    "You will need about an hour, a phone that can take photos and a card that works online "
    "for the fee."
)
P2 = (
    "The office sends a reply within a week, and most people hear back sooner than that in "
    "practice."
)
P3 = "Keep the receipt somewhere safe until the new card arrives, because you will be asked for it."
LIST = "You will need:\n\n  • a passport photo\n  • your old card\n  • a utility bill"
LONG_REPLY = "Reset it from the login page, which sends a code to the phone you gave."


def line(text: str) -> Line:
    return Line(text, alone=True)


# --- head_form: a marker word and a number before a colon or a dash ---------------------------


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Step 2: Pay the fee", "marked"),
        ("Day 3 – Into the hills", "marked"),
        ("Part 1. The road north", "marked"),
        ("Stepping up: a guide", ""),  # no number
        ("May 2026 was the wettest", ""),  # a year, no mark after it
        ("Chapter 12 was cut", ""),  # no colon nor dash after the number
    ],
)
def test_a_marked_head_has_its_form(text: str, form: str) -> None:
    assert head_form(text) == form


# --- asked_in_passing: a question to the reader inside a formed page's section ----------------


def formed_page(question: str, reply: str) -> tuple[list[Item], list[bool]]:
    """'Step 1' / text / question / reply / 'Step 2' / text / 'Step 3' / text."""
    texts = ["Step 1: Make an account", P1, question, reply, "Step 2: Upload", P2]
    texts += ["Step 3: Pay", P3]
    flags = [True, False, True, False, True, False, True, False]
    return [line(text) for text in texts], flags


@pytest.mark.parametrize(
    ("question", "reply", "asked"),
    [
        ("Forgotten your password?", LONG_REPLY, True),  # clipped, a long reply
        ("Could you apply by post instead?", "Print the form and post it with a cheque.", True),
        ("Worried about the photo?", "You need not be.", True),
        ("Why the photo?", "To match your face.", True),  # a question word, answered at once
        ("How long does it take?", LONG_REPLY, False),  # a question word, a section's text
    ],
)
def test_a_question_in_a_formed_section_is_asked_in_passing(
    question: str, reply: str, asked: bool
) -> None:
    items, flags = formed_page(question, reply)
    assert asked_in_passing(items, flags, 2, 6) is asked


def test_a_question_word_after_the_formed_heads_closes_the_page() -> None:
    items, flags = formed_page("How much does it cost?", "Forty euros.")
    assert not asked_in_passing(items, flags, 2, 0)  # the last formed head stands before it


def test_a_question_with_no_reply_is_not_asked_in_passing() -> None:
    items, flags = formed_page("Forgotten your password?", "Step 1b: Reset it")
    flags[3] = True
    assert not asked_in_passing(items, flags, 2, 6)


# --- followed_up: 'that' pointing back at what was just said, anywhere in a section -----------


@pytest.mark.parametrize(
    ("before", "question", "reply", "found"),
    [
        (ListLines(("cars", "vans")), "Does that include hybrids?", "Usually not.", True),
        (line(P2), "Is that likely to last?", "Not for long, economists say.", True),
        (line("10.40am"), "Does that mean the boats can sail?", "Not at all. They wait.", True),
        (line(P2), "Does this apply to students?", "No. They are exempt.", False),  # 'this'
        (line(P2), "Does that apply to students?", "Students pay half from year two.", False),
        (line(P2), "Is that a tax?", "The treasury collects it every April.", False),
    ],
)
def test_a_that_question_answered_by_a_reply_word_is_followed_up(
    before: Item, question: str, reply: str, found: bool
) -> None:
    items = [line("What is the levy?"), line(P1), before, line(question), line(reply)]
    items.append(line("Who collects it?"))
    flags = [True, False, False, True, False, True]
    assert (followed_up(items, flags, [3]) == [3]) is found


def test_a_that_question_right_under_a_head_is_no_follow_up() -> None:
    items = [line("Why now?"), line("Is that the law?"), line("Not yet."), line(P1)]
    assert followed_up(items, [True, True, False, False], [1]) == []


# --- whole articles -------------------------------------------------------------------------


def test_a_step_guide_keeps_its_closing_question_head_only() -> None:
    heads = heads_of(
        "Start here", P1, "Step 1: Make an account", P2, LIST, "Forgotten your password?",
        LONG_REPLY, "Step 2: Upload your photo", P3, "Step 3: Pay the fee", P1,
        "How much does it cost?", "Forty euros.", P2,
    )  # fmt: skip
    assert heads == [
        "Start here",
        "Step 1: Make an account",
        "Step 2: Upload your photo",
        "Step 3: Pay the fee",
        "How much does it cost?",
    ]


def test_a_numbered_list_of_rules_reads_its_reader_question_as_text() -> None:
    heads = heads_of(
        P1, "1) Book before you travel", P2, "2) Bring cash for the ferry", LIST,
        "Short of cash on the day?", "Ask the skipper; most take cards, though not all say so.",
        "3) Check the weather", P3, "4) Pack light", P1,
    )  # fmt: skip
    assert "Short of cash on the day?" not in heads
    assert len(heads) == 4


def test_a_faq_reads_its_follow_up_as_text_and_keeps_its_heads() -> None:
    heads = heads_of(
        P1, "Are wages rising?", "Some are. " + P2, "Others are not. " + P3,
        "Is that likely to last?", "Not for long, economists say.", "What comes next?", P1,
    )  # fmt: skip
    assert heads == ["Are wages rising?", "What comes next?"]


def test_a_live_page_reads_a_post_s_follow_up_as_text() -> None:
    heads = heads_of(
        P1, "10.02am", "Road to the harbour closed", P2, "10.15am", "Is the harbour safe?",
        "Yes, for now. " + P3, "10.40am", "Does that mean the boats can sail?",
        "Not at all. The harbour master has kept them in port.", "11.05am",
        "Ferries cancelled until noon", P1,
    )  # fmt: skip
    assert "Does that mean the boats can sail?" not in heads
    assert "Is the harbour safe?" in heads


# --- full-sentence heads: a denial's statement, and two lines beside one head ----------------

REPORT = (
    "The riders had climbed for most of an hour in thin cold air, and by the last bend the "
    "favourites were still together, watching one another rather than the road ahead of them, "
    "which left the door open for anyone brave enough to go early and stay away to the line."
)
REPORT_TWO = (
    "Behind them the team cars stopped and started, the mechanics leaning out of the windows "
    "with spare wheels, while the crowd on the verges closed in and opened again as each group "
    "passed, so that nobody on the hill could say for certain who was still in the race."
)
QUOTE = '"We raced for second," the champion said at the finish. "That is on us."'


@pytest.mark.parametrize(
    ("text", "two"),
    [
        ("Nobody wanted to chase. So nobody did.", True),  # a denial's statement
        ("Nothing moved. Then the gates opened.", True),
        ("Not always. Plant it now.", False),  # a reply word: an answer
        ("Yes. It is.", False),
    ],
)
def test_a_denial_opens_a_two_sentence_statement(text: str, two: bool) -> None:
    assert is_two_sentence_line(text) is two


def test_a_denial_right_under_a_question_answers_it() -> None:
    items = [line("Did anyone chase?"), line("Nobody did. " + REPORT)]
    assert answers_a_question(items, 1)
    assert not answers_a_question([line(REPORT), line("Nobody did. " + REPORT)], 1)


def test_a_denial_s_two_sentences_open_a_section_beside_heads() -> None:
    heads = heads_of(
        REPORT, QUOTE, "Nobody wanted to chase. So nobody did.", REPORT_TWO, REPORT,
        "The rain decided the descent. The descent decided the day.", REPORT, REPORT_TWO,
        "Standings after the tenth race", "The top three:",
        "  • Arnaud Velisse 410 points\n  • Tomasz Okonji 388\n  • Pim Arbeloa 351",
        "What comes next", REPORT_TWO,
    )  # fmt: skip
    assert heads == [
        "Nobody wanted to chase. So nobody did.",
        "The rain decided the descent. The descent decided the day.",
        "Standings after the tenth race",
        "What comes next",
    ]


def test_one_full_sentence_line_beside_one_head_stays_text() -> None:
    heads = heads_of(
        REPORT, QUOTE, "He went first. The wind came later.", REPORT_TWO, REPORT, REPORT_TWO,
        "Standings after the tenth race", "The top three:",
        "  • Arnaud Velisse 410 points\n  • Tomasz Okonji 388\n  • Pim Arbeloa 351",
    )  # fmt: skip
    assert heads == ["Standings after the tenth race"]


def test_two_punchy_lines_between_short_paragraphs_stay_text() -> None:
    heads = heads_of(
        REPORT, "It rained. Nobody came.", QUOTE, "The gates shut. The bar stayed open.", QUOTE,
        "Standings after the tenth race", "The top three:",
        "  • Arnaud Velisse 410 points\n  • Tomasz Okonji 388\n  • Pim Arbeloa 351",
    )  # fmt: skip
    assert heads == ["Standings after the tenth race"]


def test_a_reader_question_over_more_than_one_paragraph_heads_its_section() -> None:
    texts = ["Step 1: Make an account", P1, "Forgotten your password?", LONG_REPLY, P3]
    texts += ["Step 2: Upload", P2, "Step 3: Pay", P3]
    flags = [True, False, True, False, False, True, False, True, False]
    assert not asked_in_passing([line(text) for text in texts], flags, 2, 7)
