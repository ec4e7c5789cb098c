"""heads89: lines the parser took as heads that a reader reads as text. A page that says it is
an edited interview ('This conversation has been condensed and lightly edited.') puts its
questions as the interviewer's turns, paragraphs by the markup convention, whether or not topic
heads stand over them (heading_questions.says_it_is_an_interview); a by-line naming where the
correspondent files from ('By Ana Lima in Porto Alegre') is a by-line (headings.BYLINE); a tag
line ('Topics: Lisbon, Trams, Housing') is page chrome (page_chrome.TAG_LINE). Made-up exports,
with near misses that change one thing."""

from __future__ import annotations

import pytest

from api.parser import parse
from api.parser.heading_questions import says_it_is_an_interview
from api.parser.headings import BYLINE, names_writers
from api.parser.page_chrome import is_chrome
from tests.parser.exports import LONG, article, heads_of, lines

# --- an interview's turns under an editing note ------------------------------------------------

NOTES = [
    "This interview has been edited and condensed for clarity.",
    "This conversation has been condensed and lightly edited.",
    "The Q&A was edited for length.",
]

# (question, answer) turns of three made-up interviews: a beekeeper, a ferry captain, a luthier
TURNS = [
    [
        ("When did the bees arrive?", "In a swarm, on my father's birthday. We took it as a sign."),
        ("Why the roof?", "Because the garden is the neighbours' and the roof is nobody's."),
        ("Do they sting you?", "Twice a summer. I have stopped counting it as news."),
        ("What is the honey like?", "Dark, from the lime trees on the avenue. Nobody believes it."),
    ],
    [
        ("How long have you sailed this route?", "Nineteen years, all of them on the same hull."),
        ("Which crossing was the worst?", "A February one. The cars broke loose on deck."),
        ("Does the weather still frighten you?", "Every time. That is how you stay alive."),
        ("Who will take the wheel next?", "My mate, if the company has any sense."),
    ],
    [
        ("What wood do you use?", "Spruce for the top and maple for the back, as everyone does."),
        ("How many do you finish a year?", "Eleven, in a good one. Twelve once."),
        ("Can a player hear the difference?", "A good one can. Most say they can."),
        ("Will you teach?", "Only my niece. She is better than I was at her age."),
    ],
]


def interview(note: str, turns: list[tuple[str, str]], topics: list[str] | None = None) -> str:
    """An interview export: a standfirst, `note` (none if empty), then the turns, a topic head
    over each pair of turns when `topics` is given."""
    blocks = [
        "She has worked at it for most of her life and agreed to talk about it on a wet morning "
        "in the week before the season began, with the kettle on and the radio off.",
    ]
    if note:
        blocks.append(note)
    for n, (question, answer) in enumerate(turns):
        if topics and n % 2 == 0:
            blocks.append(topics[n // 2])
        blocks += [question, answer]
    blocks.append("Her next season opens in April.")
    return article(*blocks)


def subheads(export: str) -> list[str]:
    return [b.text for b in parse(export).body if b.type == "subheading"]


@pytest.mark.parametrize("note", NOTES)
@pytest.mark.parametrize("turns", TURNS)
def test_an_edited_interviews_questions_are_paragraphs(note, turns):
    assert subheads(interview(note, turns)) == []


@pytest.mark.parametrize("turns", TURNS)
def test_an_edited_interviews_topic_heads_stay_over_question_paragraphs(turns):
    topics = ["On the early years", "On what comes next"]
    assert subheads(interview(NOTES[0], turns, topics)) == topics


@pytest.mark.parametrize(
    "text",
    [
        *NOTES,
        "This exchange was lightly edited.",
        "Our conversations have been edited for clarity and length.",
    ],
)
def test_the_note_is_read_in_the_lead(text):
    assert says_it_is_an_interview(lines("Some text in the lead here.", text, "Why?"))


@pytest.mark.parametrize(
    "text",
    [
        "This interview took place in March.",  # no editing said
        "The interview has been a long time coming, she said.",  # no editing said
        "This article has been edited to correct a date.",  # an article, no interview
        "Edited by Ana Lima",  # an editor's credit
    ],
)
def test_near_miss_notes_say_no_interview(text):
    assert not says_it_is_an_interview(lines("Some text in the lead here.", text, "Why?"))


def test_a_note_far_down_the_page_is_not_read():
    items = lines(*[LONG] * 10, NOTES[0])
    assert not says_it_is_an_interview(items)


FAQ_SECTION = (
    "The council says the change applies to every household in the district from the first of "
    "the month, and that letters explaining it went out in the last week of the old year."
)
FAQ_HEADS = ["Who has to pay the new charge?", "When does it start?", "How is it collected?"]


def faq(note: str) -> str:
    """An FAQ of question heads over sections of two paragraphs, `note` in its lead if any."""
    blocks = ["The district is changing how it charges for the collection of garden waste."]
    if note:
        blocks.append(note)
    for head in FAQ_HEADS:
        blocks += [head, FAQ_SECTION, LONG]
    return article(*blocks)


def test_near_miss_an_faq_without_the_note_keeps_its_question_heads():
    assert subheads(faq("")) == FAQ_HEADS


def test_near_miss_a_note_on_an_article_keeps_its_question_heads():
    assert subheads(faq("This article has been edited to correct a date.")) == FAQ_HEADS


# --- a correspondent's by-line naming where they file from -------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "By Ana Lima in Porto Alegre",
        "By Jonas Wirth-Okafor in Innsbruck",
        "By Mei Tanaka and Ola Berg in Hong Kong",
        "Photographs by Tomas Reyes in Valparaíso",
    ],
)
def test_a_by_line_with_a_place_is_a_by_line(line):
    assert BYLINE.match(line)
    blocks = ["|", line, LONG, "The crossing", LONG, "The return", LONG]
    assert line not in heads_of(*[b for b in blocks if b != "|"])


@pytest.mark.parametrize(
    "line",
    [
        "By the river in Porto Alegre",  # no name: a head's phrase
        "By Ana Lima in Porto Alegre, where the floods began",  # runs on
        "Life in Porto Alegre",  # no by-line
    ],
)
def test_near_miss_lines_are_no_by_line(line):
    assert not BYLINE.match(line)


# --- a tag line -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Topics: Lisbon, Trams, Housing",
        "Tags: Budget | Tax | Pensions",
        "Filed under: Energy",
        "Topics: Hong Kong, MTR, Property",
    ],
)
def test_a_tag_line_is_chrome_not_a_head(line):
    assert is_chrome(line)
    assert line not in heads_of(LONG, "The crossing", LONG, "The return", LONG, line)


@pytest.mark.parametrize(
    "line",
    [
        "Topics: what the panel asked",  # a label over a phrase
        "Tags: Why we stopped using them.",  # a sentence
        "Topical: Lisbon, Trams",  # no tag label
        "Key topics: Lisbon and its trams",  # no tag label at the start
    ],
)
def test_near_miss_labels_are_no_tag_line(line):
    assert not is_chrome(line)


# --- a by-line of writers' names without 'By' at the body's top --------------------------------

FIRST_POST = (
    "The council says both lanes of the bypass are open again, six hours after the road was "
    "closed when a lorry shed its load of gravel on the approach to the roundabout."
)


@pytest.mark.parametrize(
    "names",
    [
        "Ana Lima and Tom Reed-Otieno",
        "Mei Tanaka, Lars Berg and Raj Patel",
        "Sophie Marchetti and Daniel Osei",
    ],
)
def test_writers_names_over_the_page_are_no_head(names):
    heads = heads_of(
        names, "Tue 8 Dec 2026 09.12 GMT", "09:12 GMT", "The bypass reopens", FIRST_POST
    )
    assert names not in heads


@pytest.mark.parametrize(
    "line",
    [
        "Romeo and Juliet",  # one word each: no full names
        "Marks and Spencer Results",  # no given names
        "Sun and Sea Festival",
        "Ana Lima",  # one person: read by the rules before
        "Ana Lima and the lost ferry",  # no second name
    ],
)
def test_near_miss_lines_name_no_writers(line):
    assert not names_writers(line)
