"""Page chrome left in an export, answered as the publishers' markup has it: share bars, calls
to sign up, timestamps and wire contributor lines are text, never heads, and neither is the line
a box's label claims; the label of a box of links, of a bio or of the comments is a head."""

from __future__ import annotations

import itertools
import re

import pytest

from api.parser.page_chrome import (
    AUTHOR_NOTE,
    CLOCK,
    NOTE_SPACES,
    STAMP_WORDS,
    is_box_label,
    is_chrome,
    is_control,
    is_timestamp,
    opens_with_other_word,
)
from tests.parser.exports import LONG, heads_of

OTHER = (
    "Engineers said the work would take two summers, and the county has asked the state to "
    "pay for half of it from the fund set aside for storm repairs last year."
)


@pytest.mark.parametrize(
    "line",
    [
        "Share",
        "Tweet",
        "Email",
        "Copy link",
        "Share this article",
        "Share on Facebook",
        "Email this story",
        "12 Comments",
        "Show comments",
        "Join the conversation",
        "Sign up for our newsletter",
        "Subscribe to the Morning Brief newsletter",
        "Get the Business Daily newsletter",
        "Continue reading the main story",
        "Listen to this article",
        "4 min read",
        "Follow us on Instagram",
        "Report a typo",
        "Corrections and clarifications",
        "Reprints & Permissions",
        "Contact the author",
        "Terms & Conditions",
    ],
)
def test_page_controls(line):
    assert is_control(line)


@pytest.mark.parametrize(
    "line",
    [
        "Share prices tumble",
        "The email that changed everything",
        "Comments from the minister",
        "Sign up here and win a bike",
        "Register to vote before Friday",
        "Continue with caution",
        "Follow the money",
    ],
)
def test_heads_that_share_a_control_word_are_not_controls(line):
    assert not is_chrome(line)


@pytest.mark.parametrize(
    "line",
    ["Related", "Related stories", "RELATED STORIES", "Most popular", "Most Read", "Topics",
     "About the author", "You may also like", "Editor's picks", "Newsletter", "Trending now",
     "Comments", "Read more", "See also", "More from UK", "related news", "Leggi anche",
     "Lesen Sie auch"],
)  # fmt: skip
def test_box_labels(line):
    assert is_box_label(line)
    assert not is_chrome(line)  # a head by the markup, not text chrome


@pytest.mark.parametrize("line", ["12 Comments", "Show comments", "Leave a comment"])
def test_comment_links_are_controls_while_the_bare_label_is_not(line):
    assert is_control(line)
    assert not is_box_label(line)


@pytest.mark.parametrize(
    "line",
    ["Related species", "Most popular dishes in Lima", "About the town", "Trending down",
     "Read more slowly", "More from less: the new farming", "Comments from the minister"],
)  # fmt: skip
def test_heads_that_open_like_a_box_label_are_not_one(line):
    assert not is_box_label(line)


@pytest.mark.parametrize(
    "line",
    [
        "Updated 3:41 PM EST",
        "14:05 GMT",
        "Posted at 12:50",
        "Published 6:02 a.m. ET Nov. 4, 2026",
        "Last updated on Tuesday 14:05 BST",
        "Published 9:12 AM ET, Tue November 3, 2026",
        "9.52am",
        "Updated at 7.20am",
        "10.05pm BST",
    ],
)
def test_timestamps(line):
    assert is_timestamp(line)


@pytest.mark.parametrize(
    "line",
    [
        "The 3:10 to Yuma",
        "Why the 9:15 is always late",
        "9 ways to save",
        "November 2026",
        "9.52am: talks resume",
    ],
)
def test_lines_with_a_time_or_date_that_say_more_are_not_timestamps(line):
    assert not is_timestamp(line)


def whole_line_timestamp(text: str) -> bool:
    """is_timestamp read over the whole line, without the words before the first clock first."""
    if not CLOCK.search(text):
        return False
    words = re.findall(r"[^\W\d_]+(?:\.[^\W\d_]+)*", CLOCK.sub(" ", text).lower())
    return all(word in STAMP_WORDS for word in words)


@pytest.mark.parametrize(
    "line",
    [
        "Price: £19.99",
        "Updated 3:41 PM EST",
        "Posted at 12:50, updated 13:05",
        "Updated:9:41",
        "ΣΑΣ 9:41",
        "a.m.9:41",
        "p.m. 9:41 pm",
        "9.52am",
        "Ends 9.52am Sunday",
        "x9:41 am",
        "_9:41",
        "Kickoff 19:45 GMT",
        "at 10:00 then at 11:30",
        "Score 3.75 out of 5",
        "Weight: 13.9kg",
        "Sept. 14:05",
        "Gmt 08:15",
        "Ünterberg 10:30",
        "Kickoffé 19:45",
        "Mon.Tue 10:00",
    ],
)
def test_the_words_before_the_clock_answer_as_the_whole_line(line):
    assert is_timestamp(line) == whole_line_timestamp(line)


@pytest.mark.parametrize(
    ("line", "other"),
    [
        ("Price: £19.99", True),
        ("Capacity: 1.7 litres", True),
        ("Doors open 19.30", True),
        ("Updated 3:41 PM EST", False),
        ("sept. 9:41", False),
        ("Zürich 10:30", False),  # (a word with a letter past ASCII is left to the clock's scan)
        ("14:05 GMT", False),
        ("", False),
    ],
)
def test_a_line_opening_with_a_word_no_timestamp_holds(line, other):
    assert opens_with_other_word(line) is other


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by Kevin Moore in New York; Editing by Alison Park",
        "Additional reporting by Ana Ruiz in Lima",
        "Writing by Tom Roe; editing by Jane Doe",
    ],
)
def test_wire_contributor_lines(line):
    assert is_chrome(line)


@pytest.mark.parametrize(
    "note",
    [
        "The writer is a nurse in Leeds",
        "The author lives in Cardiff",
        "Jane Doe is an economist at Leeds University",
        "Ruth Grant is the author of Slow Roads",
        "Tom Roe is a senior fellow at the Work Institute",
        "Ellen Park travelled as a guest of Visit Campania",
        "The writer stayed at the Hotel Roma in Noto",
        "Tom Roe was a guest of the Gotland tourist board",
    ],
)
def test_a_columnists_closing_note_is_chrome_not_the_last_head(note):
    assert is_chrome(note)
    heads = ["Productivity held up", "Staff stayed"]
    assert heads_of(LONG, heads[0], OTHER, heads[1], LONG, note) == heads


@pytest.mark.parametrize(
    "head",
    [
        "The MacBook Pro is a workhorse",
        "Jane Doe is a survivor",
        "Why the writer is angry",
        "A writer is born",
        "My week as a guest of the monks",
        "Where the writer stayed",
        "The Beatles travelled to India",
    ],
)
def test_heads_that_say_what_someone_is_are_no_authors_note(head):
    assert not is_chrome(head)


def test_research_by_in_lower_case_opens_no_contributor_line():
    assert not is_chrome("Research by the university shows a fall")


@pytest.mark.parametrize(
    "chrome",
    [
        "Share\n\nTweet\n\nEmail\n\nCopy link",
        "Updated 3:41 PM EST",
        "Sign up for our newsletter",
        "Continue reading the main story",
        "14:05 GMT",
        "Sponsored content",
        "Partner content",
    ],
)
def test_chrome_between_paragraphs_is_no_head(chrome):
    assert heads_of(LONG, chrome, OTHER, "Where the money comes from", LONG) == [
        "Where the money comes from"
    ]


def test_the_entries_of_a_box_of_timed_links_are_not_heads_but_its_label_is():
    box = ("Key events", "9.52am", "Talks could resume", "8.40am", "Which lines run?", "7.15am")
    posts = ("Commuters turn to coaches", "9.52am", "Talks could resume", LONG)
    assert heads_of(LONG, *box, *posts, "8.40am", "Which lines run?", OTHER) == [
        "Key events",
        "Talks could resume",
        "Which lines run?",
    ]


def test_a_head_right_under_a_timestamp_is_still_a_head():
    blocks = (LONG, "13:40 GMT", "Trains cancelled west of Bristol", OTHER)
    assert heads_of(*blocks, "12:50 GMT", "Ferry sailings suspended", LONG) == [
        "Trains cancelled west of Bristol",
        "Ferry sailings suspended",
    ]


@pytest.mark.parametrize(
    "box",
    [
        ["About the author", "Nathan Price", "Nathan Price covers rural affairs for the paper."],
        ["Most popular", "Ferry service cut again", "A moose walked into a grocery store"],
        ["RELATED STORIES", "Tolls to rise in spring", "Ferry to add evening sailings", OTHER],
        ["Newsletter", "Get our free weekly cycling briefing", "Contact the author"],
        ["Read more", "Why rivers flood in spring", OTHER],
    ],
)
def test_a_box_label_is_a_head_and_the_line_under_it_is_not(box):
    assert heads_of(LONG, "The recordings", OTHER, *box) == ["The recordings", box[0]]


@pytest.mark.parametrize(
    ("tail", "labels"),
    [
        (["Comments"], ["Comments"]),  # the article's last line
        (["Comments", "Topics", "Isle of Man", "Lighthouses"], ["Comments", "Topics"]),  # stacked
        (["related news", "Tolls to rise in spring"], ["related news"]),  # case set by a stylesheet
        (["Leggi anche", "Il porto riapre a marzo"], ["Leggi anche"]),
    ],
)
def test_a_box_label_is_a_head_wherever_it_stands(tail, labels):
    assert heads_of(LONG, "The recordings", OTHER, *tail) == ["The recordings", *labels]


def test_a_box_label_inside_a_line_is_no_head():
    assert heads_of(LONG, "Related: Tolls to rise in spring", OTHER) == []


@pytest.mark.parametrize(
    "link",
    ["WATCH | Drivers react to the closure", "PHOTOS: The storm in pictures", "Watch: The rescue"],
)
def test_a_link_labelled_with_a_bar_or_colon_is_no_head(link):
    assert heads_of(LONG, link, OTHER) == []


@pytest.mark.parametrize(
    "heads",
    [
        ["1. Audio", "2. Print", "3. Comments"],
        ['"Share"', '"Save"', '"Related"'],
    ],
)
def test_numbered_or_quoted_heads_are_the_writers_not_chrome(heads):
    blocks = [LONG, heads[0], OTHER, heads[1], LONG, heads[2], OTHER]
    assert heads_of(*blocks) == heads


NOTE_WORDS = ["The", "the", "writer", "Jo", "Li", "is", "was", "a", "poet", "stayed", "were",
              "guests", "travelled", "x", "", ".", "'"]  # fmt: skip


def test_an_authors_note_holds_two_spaces_at_least():
    # the shortest notes of each branch hold NOTE_SPACES spaces; the words of every branch
    # joined with fewer, or with other white space, never match
    for note in ["The writer is", "Jo Li stayed", "The writer stayed"]:
        assert AUTHOR_NOTE.match(note) and note.count(" ") == NOTE_SPACES
    assert AUTHOR_NOTE.match("Jo Li is poet")  # (three: the trade's)
    for first, second, third in itertools.product(NOTE_WORDS, repeat=3):
        for text in [f"{first} {second}{third}", f"{first}{second} {third}"]:
            assert AUTHOR_NOTE.match(text) is None, text
        assert AUTHOR_NOTE.match(f"{first}\t{second}\u00a0{third}") is None
