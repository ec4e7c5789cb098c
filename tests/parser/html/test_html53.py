"""Rules of html53, each on made-up snippets: a section's title set as a plain <div> opening
each of a run of section boxes, key points as <div> lines opened by an arrow, a label touching
the copyright mark before a credit, and a closing note of the print edition or a call to more
of the site's articles; with the near-misses each must leave alone."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from api.parser.credits import split_credit
from api.parser.html.article import signed_points
from api.parser.html.blocks import section_title
from api.parser.html.text_chrome import is_print_note, is_writer_note
from api.parser.html.tree import parse_tree
from tests.parser.html.pages import (
    closing_texts,
    figure_page,
    image_pairs,
    page,
    paragraphs,
    texts,
)


def element(html: str):
    """The first element of the body of a page made of `html`."""
    return parse_tree(f"<html><body>{html}</body></html>").find(".//body")[0]


def section(title: str, body: str, box: str = "sec", head: str = "sec-title") -> str:
    """A section box: its title as a plain <div>, then its text."""
    return f"<div class='{box}'><div class='{head}'>{title}</div><div>{body}</div></div>"


TEXT_A = (
    "<p>The ferry company said the new boats would carry 300 passengers each and run every"
    " hour between the harbour and the island from the spring.</p>"
)
TEXT_B = (
    "<p>Islanders have waited for a reliable service for years, after the old ferry broke"
    " down eleven times last winter and left the school closed for days.</p>"
)
TEXT_C = "<ul><li>a new pier at the harbour</li><li>longer hours in summer</li></ul>"


# ---- a section's title as a plain <div> (blocks.section_title) ---------------------------------


@pytest.mark.parametrize(
    ("body", "heads"),
    [
        # three sections of one shape, the last one's text a list
        (
            section("The News", TEXT_A)
            + section("Why it matters", TEXT_B)
            + section("Notable", TEXT_C),
            ["The News", "Why it matters", "Notable"],
        ),
        # two sections with a promo box between them, the text straight in the section
        (
            "<section class='part'><div class='ttl'>What happened</div>" + TEXT_A + "</section>"
            "<div class='promo'><p>Sign up for our morning newsletter today.</p></div>"
            "<section class='part'><div class='ttl'>What comes next</div>" + TEXT_B + "</section>",
            [],
        ),
        # no class at all, the title long enough to have passed as loose text
        (
            "<div><div>Room for Disagreement</div>" + TEXT_A + "</div>"
            "<div><div>The View From the Island</div>" + TEXT_B + "</div>",
            ["Room for Disagreement", "The View From the Island"],
        ),
    ],
)
def test_plain_div_titles_opening_a_run_of_sections_are_heads(body, heads):
    document = parse_html(page(paragraphs(2) + body))
    found = [b.text for b in document.body if b.type == "subheading"]
    # a <section> is no <div> box: its titles stay loose text (dropped or kept as lines)
    assert found == heads
    if heads:
        assert not any(b.type == "paragraph" and b.text in heads for b in document.body)


@pytest.mark.parametrize(
    "html",
    [
        # a plain div of a sentence opening the box: a paragraph, not a title
        section("The ferry will run every hour from May.", TEXT_A)
        + section("The fares will rise by a pound in June.", TEXT_B),
        # a lone box opened by a short div: nothing of its shape beside it
        section("Background", TEXT_A) + "<div class='other'><p>Text.</p></div>",
        # the next box's first div holds no text after it
        section("The News", TEXT_A) + "<div class='sec'><div class='sec-title'>Share</div></div>",
        # a linked div: a card's title
        section("<a href='/x'>Ferry fares rise</a>", TEXT_A)
        + section("<a href='/y'>Pier to close</a>", TEXT_B),
    ],
)
def test_no_section_title(html):
    root = element(f"<div>{html}</div>")
    first = root[0][0]
    assert section_title(first) == ""


def test_a_plain_div_paragraph_stays_text():
    body = (
        "<div class='copy'><div>The harbour master said the new timetable had been agreed"
        " with the island council after months of talks.</div>" + TEXT_A + "</div>"
    )
    found = texts(parse_html(page(body + paragraphs(2))))
    assert found[0].startswith("The harbour master said")


# ---- key points as <div> lines opened by an arrow (article.marked_points widened) -------------

POINTS = (
    "The boatyard will build two ferries for the council.",
    "The first hull is due in the water next spring.",
    "Forty jobs are promised at the yard.",
)


@pytest.mark.parametrize(
    "box",
    [
        # a title, each point a <div> opened by an arrow in a span
        "<div class='hl'><h4>Highlights</h4>"
        + "".join(f"<div class='hl-item'><span>»</span> {p}</div>" for p in POINTS)
        + "</div>",
        # a summary word naming the box, a triangle typed in the text
        "<div class='story-summary'>" + "".join(f"<div>▸ {p}</div>" for p in POINTS) + "</div>",
        # the title just before the box, ticks in <p>s
        "<p>Key points</p><div class='pts'>" + "".join(f"<p>✓ {p}</p>" for p in POINTS) + "</div>",
    ],
)
def test_arrowed_div_lines_above_the_text_are_the_bullets(box):
    document = parse_html(page(box + paragraphs(3)))
    assert document.bullets == POINTS
    found = texts(document)
    assert not any(t.startswith(("»", "▸", "✓", "Highlights", "Key points")) for t in found)


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        # the arrow inside running text: a menu path in a sentence
        (
            "<p>To opt out, go to Settings » Privacy » Ads and switch it off.</p>" + paragraphs(3),
            "To opt out, go to Settings » Privacy » Ads and switch it off.",
        ),
        # arrowed divs in a box nothing names: the text's own lines
        (
            "<div class='panel'>"
            + "".join(f"<div>» {p}</div>" for p in POINTS)
            + "</div>"
            + paragraphs(3),
            None,
        ),
        # a quotation opened by '»' with no space after it (German quotation marks), in a box a
        # summary class names, no title: the sign alone would make the lines points (under a
        # 'Highlights' head they are the box's points, quotation marks kept: test_html56)
        (
            "<div class='story-highlights'>"
            + "".join(f"<div>»{p}«</div>" for p in POINTS)
            + "</div>"
            + paragraphs(3),
            None,
        ),
    ],
)
def test_arrows_that_are_no_points(body, kept):
    document = parse_html(page(body))
    assert document.bullets == ()
    if kept:
        assert kept in texts(document)


def test_a_div_of_paragraphs_is_no_point():
    box = element("<div>» <p>One.</p><p>Two.</p></div>")
    assert signed_points(box) == []
    assert signed_points(element("<div><span>»</span> Rides are free.</div>")) == [
        "Rides are free."
    ]


# ---- a label touching the copyright mark (credits.label_run_start) ----------------------------


@pytest.mark.parametrize(
    ("line", "pair"),
    [
        (
            "A bog in Co Offaly at dawn. Image: © Mara Quell/Stock.example.com",
            ("A bog in Co Offaly at dawn.", "Mara Quell/Stock.example.com"),
        ),
        ("Boats at the quay. Photo: ©Ines Varga", ("Boats at the quay.", "Ines Varga")),
        ("The new pier, seen from the cliff. Credit: © Acme Pictures", None),
    ],
)
def test_a_label_before_the_copyright_mark_goes_with_the_credit(line, pair):
    caption, credit = split_credit("", line)
    if pair is None:
        assert caption == "The new pier, seen from the cliff."
        assert credit == "Acme Pictures"
    else:
        assert (caption, credit) == pair


def test_a_label_in_the_caption_stays_in_it():
    # words between the label and the mark: the label is the caption's own
    assert split_credit("", "The Image: a show at the Tate. © Mo Ray") == (
        "The Image: a show at the Tate.",
        "Mo Ray",
    )


def test_a_copyright_mark_in_a_paragraph_stays_text():
    kept = "The logo, marked © Harbour Lines 1998, was painted over: Image: the old one."
    html = figure_page(
        "<img src='/a.jpg' alt='A pier'>", "The pier at dusk. Picture: © Ted Lund"
    ).replace("</article>", f"<p>{kept}</p></article>")
    assert image_pairs(html) == [("The pier at dusk.", "Ted Lund")]
    assert kept in texts(parse_html(html))


# ---- closing notes: the print edition, a call to more of the site's articles -----------------


@pytest.mark.parametrize(
    "note",
    [
        "<p><em>This article was first published in the print edition of The Weekly Example on"
        ' March 3, 2026 as "Water by the truckload".</em></p>',
        "<p><i>This story was originally published in print on May 2.</i></p>",
        "<p><em>Read more articles we’ve written about local businesses"
        " <a href='/c/biz'>here</a>.</em></p>",
        "<p>See all our coverage of the floods <a href='/floods'>here</a>.</p>",
    ],
)
def test_closing_notes_are_no_text(note):
    found = closing_texts(note)
    assert len(found) == 3
    assert found[-1].startswith("Paragraph")


@pytest.mark.parametrize(
    "text",
    [
        # a paragraph about a print edition in the news itself
        "The Courier's print edition, first published in 1887, will close in March.",
        "This article was published in the print edition of the Gazette in 1901, the museum said.",
        # a call to read more that names no articles, and one that ends elsewhere
        "Read more about the ruling here.",
        "Read more articles on the plan at the council website.",
    ],
)
def test_news_about_print_or_reading_stays_text(text):
    assert not is_print_note(text)
    assert not is_writer_note(text)
    assert closing_texts(f"<p>{text}</p>")[-1] == text
