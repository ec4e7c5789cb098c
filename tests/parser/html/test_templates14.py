"""Rules found on fresh14's first look, each on made-up snippets: summary points only above the
text, a name signing off, a player's or gallery's own title, a tip-off call, a story card's
thumbnail and a credit naming only the writer."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from api.parser.html.images import text_caption_and_credit
from tests.parser.html.pages import page, paragraphs, texts

POINTS = "<li>Tolls rise by a fifth in spring</li><li>Night crossings stop in May</li>"


@pytest.mark.parametrize(
    "box",
    [
        "<div class='field--type-text-with-summary'>{text}</div>",  # a CMS field's type
        "<div class='story-summary-body'>{text}</div>",
        "<section class='highlights-wrap'>{text}</section>",
    ],
)
def test_a_list_after_a_paragraph_of_the_text_is_the_texts(box):
    text = (
        paragraphs(2)
        + "<p>The new timetable, agreed on Monday after a long debate, will:</p>"
        + f"<ul>{POINTS}</ul>"
        + paragraphs(1, "Closing")
    )
    doc = parse_html(page(box.format(text=text)))
    assert doc.bullets == ()
    assert "Night crossings stop in May" in texts(doc)


@pytest.mark.parametrize(
    "lead",
    [
        "",
        "<p class='kicker'>Transport</p>",  # a kicker is no paragraph of the text
    ],
)
def test_a_marked_list_above_the_text_is_the_summary(lead):
    text = lead + f"<ul class='story-points'>{POINTS}</ul>" + paragraphs(3)
    doc = parse_html(page(f"<div class='story-body'>{text}</div>"))
    assert doc.bullets == ("Tolls rise by a fifth in spring", "Night crossings stop in May")
    assert "Night crossings stop in May" not in texts(doc)


@pytest.mark.parametrize(
    ("closing", "name"),
    [
        ("Until next week,", "Tomasz"),
        ("With love from the whole team,", "Odile"),
        ("Best wishes,", "Priya"),
    ],
)
def test_a_name_under_a_sign_off_line_is_text(closing, name):
    doc = parse_html(page(paragraphs(3) + f"<p>{closing}</p><p>{name}</p>"))
    assert texts(doc)[-2:] == [closing, name]


@pytest.mark.parametrize(
    "above",
    [
        "<p>The crossing reopens at dawn.</p>",  # a sentence's end, no sign-off
        "<p>The ferry, the bridge, the tunnel and the old causeway, each closed in turn,</p>",
    ],
)
def test_a_lone_word_under_other_lines_is_still_a_label(above):
    doc = parse_html(page(paragraphs(3) + above + "<p>Close</p>"))
    assert "Close" not in texts(doc)


@pytest.mark.parametrize(
    "widget",
    [
        "<div class='video-player'><div class='video-title'>Watch: Divers clear the slipway</div>"
        "</div>",
        "<div class='jw-player-box'><span class='clip-title'>Video: the ferry's last run</span>"
        "<iframe src='https://player.example/v/1'></iframe></div>",
        "<div class='photo-gallery'><h3 class='gallery-title'>In pictures: the harbour at dawn</h3>"
        "<figure><img src='https://example.org/up/g1.jpg' alt='Boats'><figcaption>Boats in the"
        " harbour. Credit: Ana Ruiz</figcaption></figure></div>",
        "<section class='slideshow'><h2 class='slideshow__title'>Gallery: storm damage on the"
        " quay</h2><figure><img src='https://example.org/up/g2.jpg' alt='Quay'></figure></section>",
    ],
)
def test_a_players_or_gallerys_own_title_is_chrome(widget):
    doc = parse_html(
        page(paragraphs(2) + widget + "<h3>What happens next</h3>" + paragraphs(2, "B"))
    )
    found = texts(doc)
    assert not [t for t in found if t.startswith(("Watch:", "Video:", "In pictures", "Gallery:"))]
    assert [b.text for b in doc.body if b.type == "subheading"] == ["What happens next"]


def test_a_head_titled_outside_a_media_box_is_the_texts():
    body = (
        paragraphs(2) + "<h3 class='section-title'>Where the money goes</h3>" + paragraphs(2, "B")
    )
    doc = parse_html(page(body))
    assert [b.text for b in doc.body if b.type == "subheading"] == ["Where the money goes"]


def test_a_gallerys_later_head_is_not_its_title():
    # only the title standing first in the gallery's box is its label
    body = (
        paragraphs(2)
        + "<div class='gallery-feature'><p>Paragraph C. The first boats left at six.</p>"
        "<h3 class='gallery-title'>The crossing at noon</h3></div>" + paragraphs(2, "B")
    )
    doc = parse_html(page(body))
    assert "The crossing at noon" in texts(doc)


@pytest.mark.parametrize(
    "line",
    [
        "<p><b>Got a story? Email <a href='mailto:desk@paper.example'>desk@paper.example</a> or"
        " WhatsApp us.</b></p>",
        "<p><strong>Have you seen the comet? Send your photos to pics@herald.example</strong></p>",
        "<p><strong>Share your memories of the pier: write to pier@gazette.example</strong></p>",
    ],
)
def test_a_bold_tip_off_call_with_an_address_is_chrome(line):
    doc = parse_html(page(paragraphs(3) + line))
    assert len(texts(doc)) == 3


@pytest.mark.parametrize(
    "line",
    [
        "<p><b>Police ask anyone who saw the crash to email tips@police.example</b></p>",
        "<p><b>Got a minute? The survey runs until Friday.</b></p>",  # no address
    ],
)
def test_a_bold_line_not_calling_for_mail_is_text(line):
    doc = parse_html(page(paragraphs(3) + line))
    assert len(texts(doc)) == 4


@pytest.mark.parametrize(
    "card",
    [
        "<figure class='kg-card kg-bookmark-card'><a href='https://paper.example/rents/'><div>"
        "<div class='kg-bookmark-title'>Why the harbour rents doubled</div><div>The leases and"
        " the empty shops.</div></div><div><img src='https://paper.example/up/rents.jpg' alt=''>"
        "</div></a></figure>",
        "<div class='link-preview'><a href='/2026/05/tolls'><img src='/up/tolls.jpg' alt=''>"
        "<span>Ferry tolls: what the new fares mean for you</span></a></div>",
    ],
)
def test_a_story_cards_thumbnail_in_its_one_link_is_no_picture(card):
    body = paragraphs(2) + card + paragraphs(2, "B")
    doc = parse_html(page(body), url="https://paper.example/2026/12/ferry")
    assert doc.images == ()


@pytest.mark.parametrize(
    "figure",
    [
        "<figure><a href='https://example.org/up/big.jpg'><img src='https://example.org/up/q.jpg'"
        " alt='Quay'></a><figcaption>The quay at noon. Photo: Ana Ruiz</figcaption></figure>",
        "<figure><a href='/photos/quay'><img src='https://example.org/up/q.jpg' alt='Quay'>"
        "<span>Enlarge</span></a><figcaption>The quay at noon. Photo: Ana Ruiz</figcaption>"
        "</figure>",
    ],
)
def test_a_linked_article_picture_stays(figure):
    doc = parse_html(page(paragraphs(2) + figure + paragraphs(2, "B")))
    assert [(i.caption, i.credit) for i in doc.images] == [("The quay at noon.", "Ana Ruiz")]


@pytest.mark.parametrize(
    "line",
    [
        "The mill race in flood. Photo by the author.",
        "Grandmother's kitchen in 1961. Photo: the writer",
        "Der Hafen am Morgen. Foto: der Autor",
        "Le port au petit matin. Photo : l’autrice",
    ],
)
def test_a_credit_naming_only_the_writer_names_no_holder(line):
    assert text_caption_and_credit(line, "") == (line, None)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("The mill race in flood. Photo by Authorine Vale", "Authorine Vale"),
        ("The mill race in flood. Photo: Author Press Agency", "Author Press Agency"),
    ],
)
def test_a_holder_beginning_like_the_writer_is_a_credit(line, want):
    assert text_caption_and_credit(line, "")[1] == want


def test_a_picture_by_the_author_keeps_its_caption_whole():
    figure = (
        "<figure><img src='https://example.org/up/m.jpg' alt='Mill'><figcaption>The mill race"
        " in flood. Photo by the author.</figcaption></figure>"
    )
    doc = parse_html(page(paragraphs(2) + figure + paragraphs(2, "B")))
    assert [(i.caption, i.credit) for i in doc.images] == [
        ("The mill race in flood. Photo by the author.", None)
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Got a story? Email news@clarion.example or WhatsApp us on 07700 900123.",
        "Do you have a story to share? Contact our newsdesk on 0161 496 0000.",
        "Have you got pictures of the storm? Send them to pics@courier.example",
    ],
)
def test_a_tip_off_call_in_plain_type_is_chrome(line):
    doc = parse_html(page(paragraphs(3) + f"<p>{line}</p>"))
    assert len(texts(doc)) == 3


@pytest.mark.parametrize(
    "line",
    [
        "Have you got a story? Neighbours said the old mill was full of them.",
        "Do you have a tip? The detective said the appeal line stays open all week.",
    ],
)
def test_a_question_about_a_story_inside_the_text_is_text(line):
    doc = parse_html(page(paragraphs(3) + f"<p>{line}</p>"))
    assert texts(doc)[-1] == line
