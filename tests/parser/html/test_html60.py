"""Rules of html60, on made-up snippets: a bar before a credit's label, a 'Name | Title' credit in
round brackets after the caption's stop, a summary box's label over classed lines alike, a head
calling for comments over the text's own lines, and a closing box's title over its pitch; with
the near-misses each must leave alone."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from api.parser.credits import split_credit
from tests.parser.html.pages import (
    FILLER,
    closing_texts,
    figure_page,
    image_pairs,
    page,
    paragraphs,
    texts,
)

# ---- a bar before a credit's label (credits.LABEL_BARS) ---------------------------------------


@pytest.mark.parametrize(
    ("line", "pair"),
    [
        # glued on both sides, the caption with no stop
        (
            "Sandbags along the weir near Millbrook|Photo: Kestrel Wire",
            ("Sandbags along the weir near Millbrook", "Kestrel Wire"),
        ),
        # spaced, after the caption's stop
        ("Riders wait on the pier. | Image: Ana Ruiz", ("Riders wait on the pier.", "Ana Ruiz")),
        # glued after a stop, a two-word label
        (
            "The new span at dusk.|Photo credit: Harbour Board",
            ("The new span at dusk.", "Harbour Board"),
        ),
        # a wide bar, as some Asian templates set it
        ("Lanterns in the old square｜Picture: Mo Diaz", ("Lanterns in the old square", "Mo Diaz")),
    ],
)
def test_a_bar_before_a_label_sets_the_credit_off(line, pair):
    assert split_credit("", line) == pair


@pytest.mark.parametrize(
    "line",
    [
        "A tram at the stop|Jane Doe",  # no label: nothing says the tail is a credit
        "Home|Away fans meet before the derby",
        "Scores at the line|Photo finish for the two leaders",  # a picture's word, no colon
    ],
)
def test_a_bar_with_no_label_after_it_splits_nothing(line):
    assert split_credit("", line) == (line, None)


def test_a_bar_glued_credit_in_a_caption_on_a_page():
    html = figure_page(
        "<img src='/m/a.jpg' alt='A weir'>", "The weir at Millbrook|Photo: Lumen Wire"
    )
    assert image_pairs(html) == [("The weir at Millbrook", "Lumen Wire")]


# ---- a 'Name | Title' credit in round brackets after the stop (credits.bar_bracketed) ---------


@pytest.mark.parametrize(
    ("line", "pair"),
    [
        (
            "A walker on the towpath at dusk. (Ann Lee | The Star)",
            ("A walker on the towpath at dusk.", "Ann Lee | The Star"),
        ),
        (
            "Crowds cheer the winners! (Tomas Reyes | Harbour Times)",
            ("Crowds cheer the winners!", "Tomas Reyes | Harbour Times"),
        ),
        (
            "Buses at the depot on Monday, Jan. 5, 2026. (Ola Brandt-Vik | Kestrel Wire)",
            ("Buses at the depot on Monday, Jan. 5, 2026.", "Ola Brandt-Vik | Kestrel Wire"),
        ),
    ],
)
def test_a_bar_pair_in_round_brackets_after_the_stop_is_the_credit(line, pair):
    assert split_credit("", line) == pair


@pytest.mark.parametrize(
    "line",
    [
        "The derby at the ground (Home Rovers | Away United)",  # no stop before the brackets
        "The stall on Main Street. (Open daily | Free entry)",  # no names inside
        "The final whistle. (Home 2 | Away 1)",  # figures: a score
        "A portrait of Gov. (Ann Lee | Star)",  # an abbreviation's stop, no sentence's
    ],
)
def test_a_bar_pair_in_round_brackets_that_is_no_credit(line):
    assert split_credit("", line) == (line, None)


# ---- a summary box's label over classed lines alike (clean.holds_labelled_lines) -------------

POINTS = (
    "Fares fall by a fifth in May.",
    "Two new boats join the route.",
    "The north pier reopens in June.",
)
BYLINE = "<div class='by'><img src='/a/jl.jpg' alt='Jo Lark'><span>Jo Lark</span></div>"
LEAD = "<figure><img src='/m/lead.jpg' alt='The pier'><figcaption>The pier.</figcaption></figure>"


def labelled_box(label: str, line: str = "<p class='pt'>{}</p>", box: str = "story-summary") -> str:
    """A summary box: a label line over the three points, each in `line`."""
    return f"<div class='{box}'>{label}{''.join(line.format(p) for p in POINTS)}</div>"


@pytest.mark.parametrize(
    "box",
    [
        labelled_box("<div class='sum-head'>Summary of this article</div>"),
        labelled_box("<h4>In this story</h4>", "<div class='sum-line'>{}</div>"),
        labelled_box("<p class='sum-title'>Story in short</p>", "<p class='x'>{}</p>", "summary"),
    ],
)
def test_a_label_over_classed_lines_gives_the_bullets(box):
    document = parse_html(page(box + BYLINE + LEAD + paragraphs(3)))
    assert document.bullets == POINTS
    assert not any(line in texts(document) for line in POINTS)


def test_a_label_over_plain_paragraphs_is_no_box_of_points():
    """Plain <p>s under the label are a lede's, set above the lead picture: a deck, as before."""
    box = labelled_box("<div class='sum-head'>Summary of this article</div>", "<p>{}</p>")
    assert parse_html(page(box + BYLINE + LEAD + paragraphs(3))).bullets == ()


def test_a_label_over_lines_of_two_shapes_is_no_box_of_points():
    box = (
        "<div class='story-summary'><div class='sum-head'>Summary of this article</div>"
        f"<p class='pt'>{POINTS[0]}</p><p class='pt'>{POINTS[1]}</p><div class='o'>{POINTS[2]}"
        "</div></div>"
    )
    assert parse_html(page(box + BYLINE + LEAD + paragraphs(3))).bullets == ()


def test_a_labelled_box_inside_the_text_is_the_texts():
    body = paragraphs(2) + labelled_box("<div class='sum-head'>In short</div>") + paragraphs(2, "K")
    assert parse_html(page(body)).bullets == ()


# ---- a head calling for comments over the text's lines (blocks.Flow.add_text) ---------------

THREE = [f"Paragraph {i}. {FILLER}" for i in range(1, 4)]  # paragraphs(3)'s texts
CONSULTATION = (
    "<p>The plans can be seen at the town hall until March 3rd. Submissions can be made:</p>"
    "<ul><li>online on the council's portal</li><li>by post to the planning office</li></ul>"
)


@pytest.mark.parametrize(
    ("head", "text"),
    [
        ("<p><b>Have your say</b></p>", "Have your say"),
        ("<h3>What do you think?</h3>", "What do you think?"),
        ("<p><strong>Tell us what you think</strong></p>", "Tell us what you think"),
    ],
)
def test_a_comments_call_heading_the_texts_lines_is_a_head(head, text):
    document = parse_html(page(paragraphs(3) + head + CONSULTATION + paragraphs(1, "Z")))
    assert [b.text for b in document.body if b.type == "subheading"] == [text]


@pytest.mark.parametrize(
    "tail",
    [
        "<p><b>Have your say</b></p>",
        "<h3>Join the conversation</h3><form><textarea></textarea></form>",
        "<p><strong>What do you think?</strong></p>",
    ],
)
def test_a_comments_call_closing_the_text_is_chrome(tail):
    assert closing_texts(tail) == THREE


def test_a_comments_call_as_a_paragraph_inside_the_text_stays_chrome():
    document = parse_html(page(paragraphs(2) + "<p>Have your say</p>" + paragraphs(2, "Y")))
    assert "Have your say" not in texts(document)


# ---- a closing box's title over its pitch (text_chrome.heads_closing_box) ---------------------


@pytest.mark.parametrize(
    "tail",
    [
        "<div class='after'><p><strong>Daily notes on ferries with Example Daily</strong></p><p>If"
        " you want to know the routes first, Example Daily has you covered. <a>Subscribe Now</a>"
        "</p></div>",
        "<div><h3>Our morning briefing</h3><p>Start the day with the news that matters. Sign up"
        " for our Morning Edition newsletter.</p></div>",
        "<p><b>Before you go</b></p><p>Get exclusive analysis from our harbour desk. Subscribe"
        " now</p>",
    ],
)
def test_a_closing_boxs_title_over_its_pitch_is_chrome(tail):
    assert closing_texts(tail) == THREE


def test_a_head_over_the_texts_last_paragraph_stays():
    tail = "<h2>What comes next</h2><p>The ferry returns on Friday. Sign up is not needed.</p>"
    assert closing_texts(tail)[-2:] == [
        "What comes next",
        "The ferry returns on Friday. Sign up is not needed.",
    ]


def test_a_head_over_text_then_a_pitch_stays():
    tail = (
        "<h2>What comes next</h2><p>The ferry returns on Friday, the harbour master said.</p>"
        "<p>Get exclusive analysis from our harbour desk. Subscribe now</p>"
    )
    assert closing_texts(tail)[-2:] == [
        "What comes next",
        "The ferry returns on Friday, the harbour master said.",
    ]
