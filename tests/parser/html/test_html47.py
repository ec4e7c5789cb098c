"""Rules of html47, each on made-up snippets: a shop's affiliate disclosure (and the deck it
stood between), a product card between paragraphs, a promo for the publication's app, and a
player's box named for its media; with the near-misses each must leave alone."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from api.parser.html.text_chrome import is_affiliate_note, is_app_promo
from tests.parser.html.pages import (
    closing_texts,
    middle_texts,
    page,
    paragraphs,
    texts,
)

DECK = "Tide tables are printed on every ferry ticket now. We checked whether they are right."


def review_page(header_lines: str, body: str = "") -> str:
    """A review's page: a header box (eyebrow, headline, `header_lines`), the text in a box of
    its own."""
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Tested | Gadget"
        " Yard</title></head><body><main><article><div class='page-head'><p class='kicker'>"
        "Reviews</p><h1>I tested six tide clocks</h1>"
        + header_lines
        + "</div><div class='body-copy'>"
        + (body or paragraphs(3))
        + "</div></article></main></body></html>"
    )


# ---- an affiliate disclosure (text_chrome.is_affiliate_note) ---------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Gadget Yard's picks are based on hours of testing and comparison shopping. We may earn a"
        " commission when you buy through our links. <a href='/how-we-test'>Read how we test</a>",
        "When you buy through links on our site, we may earn an affiliate commission.",
        "This guide contains affiliate links. We only recommend kit we have used ourselves.",
        "Our editors choose every product on their own. If you purchase something, we might"
        " receive compensation from the retailer.",
    ],
)
def test_a_disclosure_under_the_deck_goes_and_the_deck_with_it(note):
    html = review_page(
        f"<p class='page-head__description'>{DECK}</p><div class='writer'><span>By Ida Brook"
        f"</span></div><p class='disclosure-note'>{note}</p>"
    )
    found = texts(parse_html(html))
    assert found[0].startswith("Paragraph 1.")
    assert len(found) == 3


@pytest.mark.parametrize(
    "note",
    [
        "We may earn a commission when you buy through our links.",
        "Some posts on this site may contain affiliate links to shops.",
    ],
)
def test_a_disclosure_anywhere_in_the_text_goes(note):
    assert note not in middle_texts(f"<div class='note'>{note}</div>")
    assert note not in closing_texts(f"<p><em>{note}</em></p>")


@pytest.mark.parametrize(
    "line",
    [
        # a story about commissions: no 'we' earning from links
        "Travel agents earn a commission of up to 10% when customers book through their links.",
        # someone said to speak
        "We may earn a commission when readers buy through our links, the site's owner told the"
        " inquiry, but we never let it change a verdict.",
        # a quotation
        "“We earn a commission on every policy we sell through our links, and that is no secret.”",
        # a creator's page, not this one
        "Her channel uses affiliate links to earn money from the brands she reviews.",
        "The commission met on Monday to review the shops' opening hours and parking charges.",
    ],
)
def test_a_paragraph_about_commissions_stays(line):
    assert not is_affiliate_note(line)
    assert line in middle_texts(f"<p>{line}</p>")


# ---- a product card between paragraphs (clean.appeal_box, holds_price_line) ------------------


@pytest.mark.parametrize(
    "card",
    [
        # a name, a price at a shop, a call
        "<div class='product-card'><p class='name'>Halden Tide Clock 2</p><p class='price'>$149"
        " at Brightmart</p><a href='https://go.example/x'>View now</a></div>",
        # the call is the price at the shop
        "<div class='pick'><h4>Marlow Barometer</h4><a href='https://go.example/y'>£89.99 at"
        " Coastway</a></div>",
        # 'From' a price, then 'Check price'
        "<section class='deal'><span>Orla weather station</span><span>From €35</span><a"
        " href='/r/1'>Check price</a></section>",
        # a price alone, then 'See it at' a shop
        "<div class='buy-box'><p>Pellin Rain Gauge</p><p>US$24.50</p><p><a href='/r/2'>See it at"
        " Harbour Hardware</a></p></div>",
    ],
)
def test_a_product_card_between_paragraphs_goes(card):
    found = middle_texts(card)
    assert len(found) == 4
    assert all(t.startswith(("Paragraph", "B ")) for t in found)


@pytest.mark.parametrize(
    "box",
    [
        # a price in a sentence, then a call: the text's
        "<p>The clock sells for $149 at Brightmart, down from $199. <a href='/r/3'>Buy now</a></p>",
        # a price line and a link that calls for no purchase
        "<div class='visit'><p>Entry to the museum</p><p>$12 at the gate</p><a href='/m'>Visitor"
        " information</a></div>",
        # a call with no price in its box
        "<div class='gallery-link'><p>Pictures from the regatta</p><a href='/g'>View now</a></div>",
        # a list of deals in the text: a list item is the list's
        "<ul><li>Halden Tide Clock 2: $149 at Brightmart <a href='/r/4'>View now</a></li>"
        "<li>Marlow Barometer: £89.99 at Coastway <a href='/r/5'>View now</a></li></ul>",
    ],
)
def test_a_price_that_is_no_card_stays(box):
    found = middle_texts(box)
    assert len(found) > 4


# ---- a promo for the publication's app (text_chrome.is_app_promo) ----------------------------


@pytest.mark.parametrize(
    "promo",
    [
        "<p><em>Catch all the Harbour News and Updates on Tidewater. Download the Tidewater App to"
        " get daily market updates.</em></p>",
        "<p><i>Get our free app for breaking news alerts.</i></p>",
        "<p>Stay informed on the go. Download the Coast Ledger News app for the latest headlines."
        "</p>",
    ],
)
def test_a_closing_app_promo_goes(promo):
    found = closing_texts(promo)
    assert len(found) == 3


def test_an_app_promo_between_paragraphs_goes():
    line = "Install the Valley Post app for the latest local news."
    assert line not in middle_texts(f"<p><strong>{line}</strong></p>")


@pytest.mark.parametrize(
    "line",
    [
        # about an app, no call
        "Residents can download the app to report potholes and read news from the council.",
        # a service's app, no news
        "Download the ParkEasy app to pay for parking at the new garage.",
        # someone's call, reported
        "Download the FloodWatch app for news of the river, the council urged residents.",
        # an app in a story, not a call
        "The news app was downloaded 40,000 times in its first week, its makers said.",
    ],
)
def test_a_paragraph_that_mentions_an_app_stays(line):
    assert not is_app_promo(line)
    assert line in closing_texts(f"<p>{line}</p>")


# ---- a player's box named for its media (clean.is_video_box) ---------------------------------


@pytest.mark.parametrize(
    "box",
    [
        "<div class='embed'><div class='media-block'><div class='media-block__player'><video"
        " poster='/p.jpg'></video></div><p class='media-block__title'>Ferry crews train for winter"
        "</p><span class='media-block__duration'>02:31</span></div></div>",
        "<div class='media-embed'><iframe src='https://player.example/v/1'></iframe><p>Watch: how"
        " the new pier was floated into place (3:05)</p></div>",
        "<div class='article-media'><video src='/v.mp4'></video><span>1:02:15</span><p>The full"
        " council meeting on the ferry contract</p></div>",
    ],
)
def test_a_media_box_with_a_player_and_a_running_time_goes(box):
    found = middle_texts(box)
    assert len(found) == 4
    assert all(t.startswith(("Paragraph", "B ")) for t in found)


@pytest.mark.parametrize(
    ("box", "kept"),
    [
        # a picture's media box with a clock: no player
        (
            "<figure class='media-image'><img src='/pier.jpg' alt='The pier'><figcaption><span>"
            "14:05</span> <span>The ferry leaves the pier on its first run.</span></figcaption>"
            "</figure>",
            None,
        ),
        # a media box holding a player and a long text: a section, not a player's box
        (
            "<div class='media-section'><video src='/v.mp4'></video><p>"
            + "The crossing takes 40 minutes in calm water. " * 12
            + "</p><span>2:14</span></div>",
            "The crossing takes 40 minutes",
        ),
        # a live post named for its media, no player: its clock and text stay
        (
            "<div class='media-post'><span>12:30</span><p>The first ferry has left the harbour,"
            " twenty minutes late.</p></div>",
            "The first ferry has left the harbour, twenty minutes late.",
        ),
    ],
)
def test_a_media_box_without_a_players_time_stays(box, kept):
    html = page(paragraphs(2) + box + paragraphs(2, "B"))
    document = parse_html(html)
    found = texts(document)
    if kept is None:
        assert [i.caption for i in document.images if i.caption]
    else:
        assert any(t.startswith(kept) for t in found)
