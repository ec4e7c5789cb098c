"""Rules of html48, each on made-up snippets: summary points set as dotted boxes, a credit set
off by a bar after the caption, and newsletter pitches offering what signing up brings; with the
near-misses each must leave alone."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from api.parser.credits import split_credit
from tests.parser.html.pages import middle_texts, page, paragraphs, texts

POINTS = (
    "The canal towpath will close for six weeks from the end of March.",
    "Cyclists will be sent along a signed route through the old market.",
    "The lock gates are being replaced for the first time in ninety years.",
)


def dotted(points=POINTS, item: str = "div", dot: str = "span", cls: str = "sum__item") -> str:
    """The points as boxes of an empty dot and the text: '<div><span></span>Text</div>'."""
    return "".join(f"<{item} class='{cls}'><{dot} class='dot'></{dot}>{p}</{item}>" for p in points)


# ---- summary points in dotted boxes (clean.dot_mark, article.numbered_points) ---------------


@pytest.mark.parametrize(
    "box",
    [
        # a summary class, a short capitals title, dotted divs
        "<div class='quick-summary'><div class='quick-summary__title'>IN SHORT</div>"
        + dotted(cls="quick-summary__item")
        + "</div>",
        # no title; <i> dots in <p>-less divs of a highlights box
        "<div class='story-highlights'>" + dotted(dot="i", cls="hl") + "</div>",
        # a key points title, no summary class; the dots in spans inside sections
        "<section class='lead-box'><h3>Key points</h3>"
        + dotted(item="section", cls="pt")
        + "</section>",
    ],
)
def test_dotted_points_above_the_text_are_the_bullets(box):
    document = parse_html(page(box + paragraphs(3)))
    assert document.bullets == POINTS
    found = texts(document)
    assert found[0].startswith("Paragraph 1.")
    assert not any(p in found for p in POINTS)


def test_three_short_dotted_divs_inside_the_text_stay_text():
    box = "<div class='quick-summary'>" + dotted(cls="quick-summary__item") + "</div>"
    document = parse_html(page(paragraphs(2) + box + paragraphs(2, "B")))
    assert document.bullets == ()
    assert all(p in texts(document) for p in POINTS)


def test_dotted_divs_in_an_unnamed_box_are_no_bullets():
    box = "<div class='lead-box'>" + dotted(cls="row") + "</div>"
    document = parse_html(page(box + paragraphs(3)))
    assert document.bullets == ()


def test_a_list_of_three_short_divs_in_the_body_stays_text():
    rows = "".join(f"<div class='row'>{p}</div>" for p in POINTS)
    found = middle_texts(f"<div class='rows'>{rows}</div>")
    assert all(p in found for p in POINTS)


def test_a_box_with_one_dotted_line_is_a_summary_line_not_points():
    box = "<div class='summary'>" + dotted(POINTS[:1], cls="summary__item") + "</div>"
    document = parse_html(page(box + paragraphs(3)))
    assert document.bullets == ()


# ---- a credit set off by a bar (credits.bar_credit_rule) -------------------------------------


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Boats moored at the quay in Tarrow, Fenshire. | Mirela Quist",
         "Boats moored at the quay in Tarrow, Fenshire.", "Mirela Quist"),
        ("The mill before it burned down, in 1998. | Ostbury Parish Council",
         "The mill before it burned down, in 1998.", "Ostbury Parish Council"),
        ("Who will pay for the bridge? | Tomasz de Vries",
         "Who will pay for the bridge?", "Tomasz de Vries"),
    ],
)  # fmt: skip
def test_a_name_after_a_bar_closing_the_caption_is_its_credit(line, caption, credit):
    assert split_credit("", line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "Final score: Harbour 2 | Rovers 1",  # a bar in the caption's text, no sentence before it
        "Open daily. | Tickets from the kiosk at the gate",  # a sentence after the bar
        "The shop's sign reads: Bread | Milk | Eggs.",  # bars in a quoted sign
        "Rain over the moor. | Photo 3 of 12",  # a gallery's count
        "The choir sang in the square. | Gallery: Winter Nights",  # a label's line
    ],
)
def test_a_bar_inside_the_caption_is_the_captions(line):
    assert split_credit("", line) == (line, None)


# ---- newsletter pitches offering what signing up brings (text_chrome.NEWSLETTER_CALL) -------


@pytest.mark.parametrize(
    "pitch",
    [
        "<p><em>Get more Fenshire news by signing up for our daily Morning Post email"
        " newsletter.</em></p>",
        "<p>Get the week's best reads in your inbox every Friday.</p>",
        "<p><i>Get local sport straight to your inbox: subscribe to The Whistle.</i></p>",
        "<div class='article-widget article-widget-newsletter'><h4>Sign up for the Evening Bell"
        "</h4><p>Get the day's top stories in your inbox every morning.</p><form><input"
        " type='email'><button>Sign up</button></form></div>",
    ],
)
def test_a_pitch_for_a_newsletter_between_paragraphs_is_dropped(pitch):
    found = middle_texts(pitch)
    assert len(found) == 4
    assert not any("inbox" in t or "newsletter" in t for t in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents can get alerts by signing up for the council's newsletter, the clerk said.",
        "Getting the newsletter into every inbox in the valley took the volunteers a month.",
        "The club said members would get the fixtures by email once they register online.",
    ],
)
def test_a_paragraph_that_mentions_a_newsletter_stays(sentence):
    assert sentence in middle_texts(f"<p>{sentence}</p>")
