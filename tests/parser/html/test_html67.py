"""Rules of html67, on made-up snippets: a credit in capitals set off by a dash after the
caption's stop ('... on Friday. —HARBOR DAILY PHOTO / ANN LEE'); a picture's word in lower case
closing a bracketed credit ('(Harbour News pic)'); a one-line 'by Name | Today at 4:31 a.m.'
byline in its own box; a correction notice dated after a comma ('Correction, May 2, 2026: ...')
in the box after the text; with the near-misses each must leave alone."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from api.parser.credits import split_credit
from tests.parser.html.pages import FILLER, page, paragraphs, texts

# ---- a credit in capitals after a dash (credits.caps_dash_rule) ----------------------------


@pytest.mark.parametrize(
    ("line", "split"),
    [
        (
            "SHADE FOR ALL Vendors hang awnings at the Tarrow market on Friday. —HARBOR DAILY"
            " PHOTO / ANN LEE-MORROW",
            (
                "SHADE FOR ALL Vendors hang awnings at the Tarrow market on Friday.",
                "HARBOR DAILY PHOTO / ANN LEE-MORROW",
            ),
        ),
        (
            "Pupils cross the new bridge in Kell on Monday. — QUENBY POST PHOTO / OMAR DEYES",
            (
                "Pupils cross the new bridge in Kell on Monday.",
                "QUENBY POST PHOTO / OMAR DEYES",
            ),
        ),
        (
            "Who will pay for the repairs? –LENA MARSK",
            ("Who will pay for the repairs?", "LENA MARSK"),
        ),
    ],
)
def test_a_credit_in_capitals_after_a_dash_is_split_off(line, split):
    assert split_credit("", line) == split


@pytest.mark.parametrize(
    "line",
    [
        # words in lower case after the dash: the caption's own sentence goes on
        "Crowds fill the square on Friday. — the photo shows the stage before the concert",
        # a score in capitals, its figures no credit's
        "The final whistle at Orrin Park on Sunday. —ROVERS 3, UNITED 1",
        # no stop before the dash: a dash inside the caption
        "The old ferry —ORRIN QUEEN— leaves the quay",
    ],
)
def test_a_dash_inside_the_caption_stays(line):
    assert split_credit("", line) == (line, None)


# ---- a picture's word closing a credit (credit_words.TRAILING_WORDS) -----------------------


@pytest.mark.parametrize(
    ("line", "split"),
    [
        (
            "Stalls line the Jalan Kenari night market on Saturday. (Harbour News pic)",
            ("Stalls line the Jalan Kenari night market on Saturday.", "Harbour News pic"),
        ),
        (
            "A volunteer tags a turtle at Pantai Ular. (Tarrow Wire image)",
            ("A volunteer tags a turtle at Pantai Ular.", "Tarrow Wire image"),
        ),
        (
            "The council's new offices in Kell.[Quenby Post picture]",
            ("The council's new offices in Kell.", "Quenby Post picture"),
        ),
    ],
)
def test_a_bracketed_holder_before_a_pictures_word_is_the_credit(line, split):
    assert split_credit("", line) == split


@pytest.mark.parametrize(
    "line",
    [
        # 'pic' inside the caption's sentence
        "The team poses for a pic after the final in Kell.",
        # a note on what the picture is, not whose
        "Stalls at the night market. (Representational pic)",
        # a sentence in the brackets, no holder
        "Stalls at the night market (we took this pic on Saturday)",
    ],
)
def test_a_pictures_word_in_the_caption_stays(line):
    assert split_credit("", line) == (line, None)


# ---- a one-line byline with a time (bylines.is_byline_line) --------------------------------

LEAD = f"<p>The ferry to Orrin Island ran again on Monday. {FILLER}</p>"


def opening_texts(box: str) -> list[str]:
    """The body's texts of a page whose text opens with `box`, a picture, then paragraphs."""
    picture = "<figure><img src='/f.jpg'><figcaption>The ferry at the quay.</figcaption></figure>"
    return texts(parse_html(page(box + picture + LEAD + paragraphs(2))))


@pytest.mark.parametrize(
    "box",
    [
        "<div class='meta'>by Ilse Marrant-Oyelaran | Today at 4:31 a.m.</div>",
        "<div>By Tamsin Achebe | Yesterday at 9:02 p.m. | 3 min read</div>",
        "<p>by Omar Deyes | Today, 16:05</p>",
    ],
)
def test_a_by_line_with_its_time_is_left_out(box):
    assert opening_texts(box)[0].startswith("The ferry to Orrin Island")


@pytest.mark.parametrize(
    "line",
    [
        # a paragraph opening 'by the time': no name
        "by the time the ferry docked, the crowd on the quay had grown to more than a hundred",
        # a name and a time, no 'by': not read as a byline here
        "Omar Deyes | Today at 4:31 a.m.",
        # 'by' and a name, then words that are no time
        "by Omar Deyes | Today we fix the clock",
    ],
)
def test_a_line_that_is_no_byline_stays(line):
    assert opening_texts(f"<div>{line}</div>")[0] == line


# ---- a dated correction in the box after the text (article.CORRECTION_OPENING) -------------


def corrected_texts(note: str, box: str = "story-note") -> list[str]:
    """The body's texts of a page whose text's box (long enough to be the text's root alone)
    is followed by a box of this class holding `note`, then a share box."""
    after = f"<div class='{box}'><p>{note}</p></div><div class='share'><p>Share this.</p></div>"
    return texts(parse_html(page(f"<div class='story-body'>{paragraphs(8)}</div>{after}")))


@pytest.mark.parametrize(
    ("note", "box", "kept"),
    [
        (
            "<strong>Correction, May 2, 2026:</strong> An earlier version of this story"
            " misstated the fare.",
            "correction",
            "Correction, May 2, 2026: An earlier version of this story misstated the fare.",
        ),
        (
            "Clarification, Dec. 3: The ferry runs twice a day, not three times.",
            "story-corrections",
            "Clarification, Dec. 3: The ferry runs twice a day, not three times.",
        ),
        (
            "<b>Corrections, 4 March 2026:</b> The captain's name was misspelled.",
            "correction-box",
            "Corrections, 4 March 2026: The captain's name was misspelled.",
        ),
    ],
)
def test_a_dated_correction_after_the_text_is_its_last_paragraph(note, box, kept):
    assert corrected_texts(note, box)[-1] == kept


@pytest.mark.parametrize(
    "note",
    [
        # a sentence opening with the word, no notice's label
        "Correction officers at the Kell jail said the ferry was late again.",
        # a comma after the word, but no date before the colon
        "Corrections, the board said: none were needed this year.",
        # a comma and a figure, but no date before the colon
        "Correction, Route 9: the buses run on Sundays too.",
    ],
)
def test_a_box_that_is_no_correction_stays_out(note):
    assert corrected_texts(note)[-1].startswith("Paragraph 8.")
