"""Rules of html73, on made-up pages in the markup of CMSs the batches hold few of: a bold head
alone on its line over its text, a head linking to its own anchor, a live post's <time> opening
its head, and a credit after a bar or a dash closing an open caption or on a line of its own.
With the near-misses each must leave alone."""

from __future__ import annotations

import lxml.html
import pytest

from api.parser import parse_html
from api.parser.credits import split_credit
from api.parser.html.head_lines import anchors_itself, bold_head_line, head_text
from api.parser.html.images import credit_after_mark, name_after_break
from tests.parser.html.pages import (
    closing_texts,
    figure_page,
    middle_page,
    middle_texts,
    page,
    paragraphs,
)

PICTURE = '<img src="https://example.com/pics/quay-0731.jpg" alt="The quay">'


def element(html: str):
    return lxml.html.fragment_fromstring(html)


def blocks(html: str) -> list[tuple[str, str]]:
    """The body's text blocks of a page, as (type, text), its filler paragraphs left out."""
    document = parse_html(html)
    return [
        (b.type, b.text or "")
        for b in document.body
        if b.type in ("paragraph", "subheading")
        and not (b.text or "").startswith(("Paragraph", "B "))
    ]


def picture(caption: str) -> tuple[str, str | None]:
    document = parse_html(figure_page(PICTURE, caption))
    (image,) = document.images
    return image.caption, image.credit


# ---- a bold head alone on its line, its text after a <br> (head_lines.bold_head_line) ----------


@pytest.mark.parametrize(
    ("markup", "head", "text"),
    [
        (
            "<p><strong>Where the money goes</strong><br>The council will spend most of the fund"
            " on electric buses, its report says.</p>",
            "Where the money goes",
            "The council will spend most of the fund on electric buses, its report says.",
        ),
        (
            "<p><b>A slow start</b><br/>Only nine families signed up in the scheme's first month,"
            " the charity said.</p>",
            "A slow start",
            "Only nine families signed up in the scheme's first month, the charity said.",
        ),
        (
            "<p><strong>Rents outpace wages</strong> <br>Average rents in Kelso Vale rose 11% in a"
            " year while pay rose 3%.</p>",
            "Rents outpace wages",
            "Average rents in Kelso Vale rose 11% in a year while pay rose 3%.",
        ),
        # the <br> inside the bold, a wrapper around it, two sentences' lines under it
        (
            "<p><span><strong>Harvest comes early<br></strong></span>Growers in the valley began"
            " picking the grapes in August.<br>Most say the heat left the fruit small but"
            " sweet.</p>",
            "Harvest comes early",
            "Growers in the valley began picking the grapes in August. Most say the heat left"
            " the fruit small but sweet.",
        ),
    ],
)
def test_a_bold_head_over_its_text_is_a_subheading(markup, head, text):
    assert bold_head_line(element(markup)) == (head, text)
    assert blocks(middle_page(markup)) == [("subheading", head), ("paragraph", text)]


@pytest.mark.parametrize(
    "markup",
    [
        # a bold lead-in on the text's own line
        "<p><strong>In short:</strong> the ferry will run again from May, the council said.</p>",
        # a label over a field, no sentence under it
        "<p><b>When:</b><br>Saturday 14 March, from 10am</p>",
        # a contact's lines
        "<p><strong>Press office</strong><br>Phone: 0100 555 0199<br>press@example.org</p>",
        # a bold sentence, closed
        "<p><strong>The vote was close.</strong><br>Eleven members backed the plan and nine"
        " opposed it on Tuesday.</p>",
        # a bold link over its link
        '<p><strong><a href="/news/fares">More on fares</a></strong><br>Fares will rise by a'
        " fifth from May, the operator says.</p>",
        # a bold question, left to the interview rules
        "<p><b>Why now?</b><br>Because the grant ends in April, the director told the board.</p>",
    ],
)
def test_bold_lines_that_head_nothing_stay(markup):
    assert bold_head_line(element(markup)) is None


# ---- a head whose only link is to its own place in the page (head_lines.anchors_itself) --------


@pytest.mark.parametrize(
    "heading",
    [
        '<h2 id="fares"><a href="#fares">Fares rise by a fifth</a></h2>',
        '<h2 class="wp-block-heading" id="h-cost"><a class="anchor" href="#h-cost">The cost of'
        " the quay</a></h2>",
        '<h3><a name="tide">What the tide tables say</a></h3>',
        '<h3><span id="sec-2"><a href="#sec-2">Two years of delays</a></span></h3>',
    ],
)
def test_a_head_linking_to_itself_is_a_subheading(heading):
    assert anchors_itself(element(heading))
    text = element(heading).text_content()
    assert ("subheading", text) in blocks(middle_page(heading))


@pytest.mark.parametrize(
    "heading",
    [
        # a linked title of another page: a promo
        '<h2><a href="https://example.com/news/ferry-strike">Ferry staff vote to strike</a></h2>',
        # a link to another place in the page, a table of contents' entry
        '<h2 id="intro"><a href="#costs">Jump to the costs</a></h2>',
        '<h2 id="fares"><a href="/news/fares#fares">Fares rise by a fifth</a></h2>',
    ],
)
def test_heads_linking_elsewhere_stay_links(heading):
    assert not anchors_itself(element(heading))
    assert not [t for kind, t in blocks(middle_page(heading)) if kind == "subheading"]


# ---- a live post's <time> opening its head (head_lines.head_text) ------------------------------


def live_page(heads: list[str]) -> str:
    posts = "".join(
        f'<div class="post">{head}{paragraphs(1, f"Post {i}")}</div>'
        for i, head in enumerate(heads)
    )
    return page(paragraphs(1) + f'<div class="live-updates">{posts}</div>')


@pytest.mark.parametrize(
    ("heading", "text"),
    [
        (
            '<h2><time datetime="2026-12-07T10:42">10:42 GMT</time> Ferry cancelled</h2>',
            "Ferry cancelled",
        ),
        (
            "<h3><time>9.15am</time>: Roads closed at Kelso Bridge</h3>",
            "Roads closed at Kelso Bridge",
        ),
        (
            "<h2><span><time>16:05</time></span> – Mayor calls a meeting</h2>",
            "Mayor calls a meeting",
        ),
    ],
)
def test_a_time_opening_a_live_head_is_its_stamp(heading, text):
    assert head_text(element(heading)) == text
    subheads = [
        t
        for kind, t in blocks(live_page([heading, "<h2>Storm warning issued</h2>"]))
        if kind == "subheading"
    ]
    assert subheads == [text, "Storm warning issued"]


@pytest.mark.parametrize(
    ("heading", "text"),
    [
        ("<h2>Doors open at <time>7pm</time></h2>", "Doors open at 7pm"),
        ("<h2><time>2026</time> in review</h2>", "2026 in review"),
        ("<h2><time>Monday</time> Ferry cancelled</h2>", "Monday Ferry cancelled"),
        ("<h2><time>10:42</time></h2>", "10:42"),
    ],
)
def test_other_times_in_heads_stay_words(heading, text):
    assert head_text(element(heading)) == text


# ---- a credit after a bar or a dash closing an open caption (images.credit_after_mark) ---------


@pytest.mark.parametrize(
    ("caption", "pair"),
    [
        (
            "Boats wait at the quay on Monday | Ana Ruiz",
            ("Boats wait at the quay on Monday", "Ana Ruiz"),
        ),
        (
            "Snow ploughs clear the pass above Tolvik — Erik Lund/Bloomberg",
            ("Snow ploughs clear the pass above Tolvik", "Erik Lund/Bloomberg"),
        ),
        (
            "Volunteers sort donations in the church hall — Mara Quist/Reuters",
            ("Volunteers sort donations in the church hall", "Mara Quist/Reuters"),
        ),
        (
            "The old mill before its restoration in 1998 | Kelso Heritage Trust",
            ("The old mill before its restoration in 1998", "Kelso Heritage Trust"),
        ),
        (
            "Fans queue outside the ground in the rain – Getty Images",
            ("Fans queue outside the ground in the rain", "Getty Images"),
        ),
    ],
)
def test_a_holder_after_a_bar_or_dash_is_the_credit(caption, pair):
    assert credit_after_mark(caption) == pair
    assert picture(caption) == pair


@pytest.mark.parametrize(
    "caption",
    [
        "Fans | and players leave the ground",
        "Trains run from Leeds | Bradford",
        "Boats wait at the quay — and the gulls circle",
        "Ferry ticket prices — Adults/Children",
        "A derby between the two sides — Oviedo / Gijon",
        "The mayor greets her rival — Ana Ruiz looks on",
    ],
)
def test_other_bars_and_dashes_stay_the_captions(caption):
    assert credit_after_mark(caption) is None
    assert picture(caption) == (caption, None)


# ---- a name on a caption's last line after a <br> (images.name_after_break) -------------------


@pytest.mark.parametrize(
    ("caption", "pair"),
    [
        (
            "Boats wait at the quay on Monday.<br>Ana Ruiz",
            ("Boats wait at the quay on Monday.", "Ana Ruiz"),
        ),
        (
            "Pupils plant oaks on the school field.<br/>Tomasz Wrona",
            ("Pupils plant oaks on the school field.", "Tomasz Wrona"),
        ),
        (
            "Is this the last winter for the ski lift?<br>Kelso Vale Archive",
            ("Is this the last winter for the ski lift?", "Kelso Vale Archive"),
        ),
    ],
)
def test_a_name_on_the_last_line_is_the_credit(caption, pair):
    assert name_after_break(element(f"<figcaption>{caption}</figcaption>")) == pair
    assert picture(caption) == pair


@pytest.mark.parametrize(
    "caption",
    [
        "From left:<br>Ana Ruiz and Tom Hale",
        "The new skipper.<br>Ana Ruiz takes the wheel.",
        "Boats wait at the quay<br>Ana Ruiz",
        "The winners on the podium.<br>Gold",
    ],
)
def test_other_last_lines_stay_the_captions(caption):
    assert name_after_break(element(f"<figcaption>{caption}</figcaption>")) is None


def test_text_beside_the_rules_is_unchanged():
    # a bold line on its own paragraph is still a head; a lead-in sentence in bold still text
    assert middle_texts("<p><strong>A new route for the ferry</strong></p>") == [
        *middle_texts("")[:2],
        "A new route for the ferry",
        *middle_texts("")[2:],
    ]


# ---- a picture's word and 'BY' in capitals, 'Photo illustration:' (credits.CAPS_LABEL, LABEL) --


@pytest.mark.parametrize(
    ("caption", "pair"),
    [
        ("Boats wait at the quay. PHOTO BY ANA RUIZ", ("Boats wait at the quay.", "ANA RUIZ")),
        (
            "Lifeboat crews train off the pier. PICTURE BY TOM HALE/COAST NEWS",
            ("Lifeboat crews train off the pier.", "TOM HALE/COAST NEWS"),
        ),
        ("Snow closes the pass. PHOTOS BY ERIK LUND", ("Snow closes the pass.", "ERIK LUND")),
        (
            "Phones on a desk. Photo illustration: Mara Quist/The Ledger",
            ("Phones on a desk.", "Mara Quist/The Ledger"),
        ),
        ("A voter's ballot. Photo Illustration: The Ledger", ("A voter's ballot.", "The Ledger")),
        ("Screens in a row.Photo illustration: Kelso Desk", ("Screens in a row.", "Kelso Desk")),
    ],
)
def test_caps_by_and_illustration_labels_split(caption, pair):
    assert split_credit("", caption) == pair
    assert picture(caption) == pair


@pytest.mark.parametrize(
    "caption",
    [
        "FILE PHOTO BY ANA RUIZ",  # a wire kicker in capitals before it
        "A PHOTO BY THE SEA WON THE PRIZE",
        "Readers sent in a photo illustration: the new stand as they picture it",
    ],
)
def test_other_caps_and_illustration_words_stay(caption):
    assert split_credit("", caption) == (caption, None)


# ---- a labelled note on the writer closing the text (text_chrome.is_labelled_bio) --------------


@pytest.mark.parametrize(
    "tail",
    [
        "<p><strong>About the author:</strong> Tomasz Wrona teaches history at Kelso Vale College"
        " and writes about old mills.</p>",
        "<p><em>About the writers: Mara Quist and Erik Lund report on farming for the Coast"
        " Courier.</em></p>",
        "<hr><p>About the columnist: Ana Ruiz has written the Harbour Notes column since 2019.</p>",
    ],
)
def test_a_labelled_bio_closing_the_text_is_left_out(tail):
    assert closing_texts(tail) == closing_texts("")


@pytest.mark.parametrize(
    "tail",
    [
        # no label's colon: a sentence of the text
        "<p>About the author of the report, little is known beyond her name.</p>",
    ],
)
def test_other_about_lines_closing_the_text_stay(tail):
    assert (
        closing_texts(tail)[-1]
        == "About the author of the report, little is known beyond her name."
    )


def test_a_bio_label_inside_the_text_stays():
    line = "About the author: the council would not name her, a spokesman said on Friday."
    assert line in middle_texts(f"<p>{line}</p>")
