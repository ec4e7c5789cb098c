"""Rules of html64, on made-up snippets: a closing line crediting the page's own picture or
giving the terms to republish the story is chrome, an embedded post of any network is known by
the line signing it, and a card to another story whose date line follows its title is dropped
whole, its picture with it; with the near-misses each must leave alone."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from api.parser.html.bylines import is_stamp_piece
from api.parser.html.text_chrome import is_closing_picture_credit, is_republish_note
from tests.parser.html.pages import closing_texts, middle_page, middle_texts, texts

# ---- a closing credit of the page's picture (text_chrome.is_closing_picture_credit) ---------


@pytest.mark.parametrize(
    "tail",
    [
        "<p><em>Feature image: Supplied.</em></p>",
        "<p><i>Featured image adapted from Tarn Valley Echo reader.</i></p>",
        "<p><em>Cover photo courtesy of the Okafor family.</em></p>",
        "<p>Header image by Dana Whitlow/Unsplash</p>",
        "<p><em>Image courtesy Quayside Robotics.</em></p>",
    ],
)
def test_a_closing_credit_of_the_pages_picture_is_no_text(tail):
    assert len(closing_texts(tail)) == 3


@pytest.mark.parametrize(
    "tail",
    [
        # a real closing paragraph about a photo
        "<p>Photos from Sunday's regatta are on page 4 of the weekend edition.</p>",
        "<p>The photo by Ann Lee won the county prize last spring.</p>",
        # a caption of the cover picture, no holder
        "<p><em>Cover image: an artist's impression of the new footbridge over the Tarn</em></p>",
        # an italic paragraph of the text
        "<p><em>The ferry, she said, was the only way home for most of the island's"
        " children.</em></p>",
    ],
)
def test_a_closing_paragraph_about_a_photo_stays(tail):
    assert len(closing_texts(tail)) == 4


def test_a_picture_credit_is_read_by_its_holder():
    assert is_closing_picture_credit("Top photo: Marek Oyelaran")
    assert not is_closing_picture_credit("Pictures from Mars show ice at the pole.")
    assert not is_closing_picture_credit("Feature image: the crowd at the gates")


# ---- a closing republish note (text_chrome.is_republish_note) --------------------------------


@pytest.mark.parametrize(
    "tail",
    [
        "<p><em>The Fenwater Courier is a nonprofit newsroom. Republish this story for"
        " free.</em></p>",
        "<p>You may republish this article. Please credit the Orchard Ledger.</p>",
        "<p><i>Our stories may be republished for free under a Creative Commons licence.</i></p>",
    ],
)
def test_a_closing_republish_note_is_no_text(tail):
    assert len(closing_texts(tail)) == 3


@pytest.mark.parametrize(
    "tail",
    [
        # someone said it
        "<p>The council will republish the report next year, the clerk said.</p>",
        # an outlet's note alone: no terms
        "<p><em>The Fenwater Courier is a nonprofit newsroom.</em></p>",
        # a dated paragraph of the text about publishing
        "<p>On March 3, 2025, the trust agreed to republish the diaries in full.</p>",
    ],
)
def test_a_closing_paragraph_on_publishing_stays(tail):
    assert len(closing_texts(tail)) == 4


def test_a_republish_note_needs_its_call():
    assert is_republish_note("Republish this article: This story is licensed under CC BY-ND.")
    assert not is_republish_note("Readers asked us to republish this story.")


# ---- an embedded post, whatever its network (clean.is_social_post) ---------------------------


@pytest.mark.parametrize(
    "middle",
    [
        "<div class='embed'><blockquote class='post-box'><p>Proud to back the Quayside team"
        " today!</p><span>— Larkfield Partners on LinkedIn</span></blockquote></div>",
        "<blockquote class='q'><p>Forty volunteers, one long weekend.</p>— Tarn Rowing Club"
        " (@tarnrowing) <a href='https://social.example/p/1'>May 2, 2026</a></blockquote>",
        "<blockquote><p>The new ferry timetable starts Monday.</p>Posted by <a"
        " href='https://www.facebook.com/fenwaterferries'>Fenwater Ferries</a> on <a"
        " href='https://www.facebook.com/fenwaterferries/posts/9'>Monday</a></blockquote>",
    ],
)
def test_an_embedded_post_is_no_text(middle):
    found = middle_texts(middle)
    assert len(found) == 4 and all(t.startswith(("Paragraph", "B ")) for t in found)


@pytest.mark.parametrize(
    ("middle", "line"),
    [
        # a quotation signed by its author
        (
            "<blockquote><p>Tell me, what is it you plan to do with your one wild and precious"
            " life?</p><footer>— Mira Castell, Low Water</footer></blockquote>",
            "Tell me, what is it you plan to do with your one wild and precious life?",
        ),
        # a quotation that only mentions a network in its text
        (
            "<blockquote><p>We read every message people send us on LinkedIn.</p></blockquote>",
            "We read every message people send us on LinkedIn.",
        ),
        # a quotation signed with a link to a news site
        (
            "<blockquote><p>The river came up faster than anyone had seen.</p><p>— <a"
            " href='https://news.example/flood'>Fenwater Courier</a></p></blockquote>",
            "The river came up faster than anyone had seen.",
        ),
    ],
)
def test_a_blockquote_of_a_quotation_stays(middle, line):
    assert line in middle_texts(middle)


# ---- a card to another story with its date line (clean.story_card, dated_lines_length) -------


CARD = (
    "<div class='card-box'><span>More</span><a href='/science/ice-record'><img"
    " src='https://img.example/ice.jpg' alt=''><span>Alpine ice hit a record low</span></a>"
    "<span>{date}</span></div>"
)


@pytest.mark.parametrize(
    "date",
    [
        "This content was published on Oct 1, 2026",
        "Published on: 6 December 2026",
        "Updated Wednesday, March 3, 2025",
    ],
)
def test_a_card_with_its_date_line_is_dropped_whole(date):
    html = middle_page(CARD.format(date=date))
    document = parse_html(html)
    assert len(texts(document)) == 4
    assert all("Alpine" not in image.caption for image in document.images)


@pytest.mark.parametrize(
    ("middle", "line"),
    [
        # a dated paragraph beside a picture linking to a page: the text's
        (
            "<div><a href='/gallery/quay'><img src='https://img.example/quay.jpg' alt=''>"
            "<span>The quay in pictures</span></a><p>On March 3, 2025, the quay wall gave way"
            " after three days of rain and the harbour master closed the slipway.</p></div>",
            "On March 3, 2025, the quay wall gave way after three days of rain and the harbour"
            " master closed the slipway.",
        ),
        # a card's line that is no date: a sentence of the text
        (
            "<div><a href='/science/ice'><img src='https://img.example/ice.jpg' alt=''>"
            "<span>Alpine ice lost a record volume</span></a><span>Scientists measured the"
            " loss on four glaciers and found it doubled since the last survey.</span></div>",
            "Scientists measured the loss on four glaciers and found it doubled since the last"
            " survey.",
        ),
    ],
)
def test_a_dated_paragraph_beside_a_link_stays(middle, line):
    assert any(line in text for text in middle_texts(middle))


def test_a_date_line_is_read_with_its_label():
    assert is_stamp_piece("This content was published on Oct 1, 2026")
    assert not is_stamp_piece("This content was published on the council's site")
