"""Rules of html30, each on made-up snippets: class words that name a credit only whole, credits
set off in a caption by their shape, contact lines closing the text and pictures that are not
the article's."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from api.parser.html.images import CREDIT_MARKS
from api.parser.html.text_chrome import is_call_line
from tests.parser.html.pages import figure_page, image_pairs, page, paragraphs, texts

PICTURE = "<img src='https://example.org/up/quay.jpg' alt='The quay'>"


def figure(caption: str) -> str:
    """A page whose text holds one picture with this figcaption."""
    return figure_page(PICTURE, caption)


@pytest.mark.parametrize(
    "marks",
    ["credit", "photo-credit", "image__source", "imageCredit", "photocredit", "c-byline copy"],
)
def test_a_credit_class_word_is_whole(marks):
    assert CREDIT_MARKS.search(marks)


@pytest.mark.parametrize(
    "marks",
    ["resource-list", "content-header__accreditation", "opensource-note", "datasourced"],
)
def test_a_credit_word_inside_another_word_is_none(marks):
    assert not CREDIT_MARKS.search(marks)


@pytest.mark.parametrize(
    "box",
    [
        "<ul class='resource-list'><li>Timetable</li><li>Fares</li></ul>",
        "<div class='wp-block-resources'><span>Download the map</span></div>",
    ],
)
def test_a_box_named_with_source_inside_a_word_is_no_credit(box):
    html = page(
        paragraphs(2)
        + f"<figure>{PICTURE}<figcaption>The quay at dawn.</figcaption>{box}</figure>"
        + paragraphs(2, "B")
    )
    assert image_pairs(html) == [("The quay at dawn.", None)]


def test_a_paragraph_box_named_accreditation_stays_text():
    line = "The course is accredited by the national board for the next five years."
    html = page(paragraphs(2) + f"<div class='accreditation-note'>{line}</div>")
    assert texts(parse_html(html))[-1] == line


@pytest.mark.parametrize(
    ("caption", "want"),
    [
        (
            "Troops at a base in the U.S. <span>Lena Ortiz / AP</span>",
            ("Troops at a base in the U.S.", "Lena Ortiz / AP"),
        ),
        (
            "The mayor at the count, Washington, D.C. <em>Piotr Nowak / Reuters file</em>",
            ("The mayor at the count, Washington, D.C.", "Piotr Nowak / Reuters file"),
        ),
        (
            "Councillor Hugh Barnes III <span>Maya Chen, Associated Press</span>",
            ("Councillor Hugh Barnes III", "Maya Chen, Associated Press"),
        ),
        (
            "The ring of the dwarf planet. <small>NASA/ESA/K. Obi/SwRI</small>",
            ("The ring of the dwarf planet.", "NASA/ESA/K. Obi/SwRI"),
        ),
        (
            "Lifeboat crews at the slipway.<br><span>Ivo Marsh / Getty Images</span>",
            ("Lifeboat crews at the slipway.", "Ivo Marsh / Getty Images"),
        ),
        (
            "Fans outside the ground. <span>Photo: Rita Gale/AFP</span>",
            ("Fans outside the ground.", "Rita Gale/AFP"),
        ),
    ],
)
def test_a_credit_span_of_no_class_is_the_credit(caption, want):
    assert image_pairs(figure(caption)) == [want]


@pytest.mark.parametrize(
    "caption",
    [
        "The skipper talks to <em>Reuters</em>",  # a holder named in the sentence
        "Crews clear the road on Monday. <span>Nora Vale</span>",  # a bare name: who is shown
        "The crew of <i>Sea Breeze</i> at the quay",
    ],
)
def test_a_span_in_a_caption_sentence_stays_the_captions(caption):
    assert image_pairs(figure(caption))[0][1] is None


@pytest.mark.parametrize(
    ("caption", "want"),
    [
        (
            "Crowds at the pier on Sunday. Jane Hale / Reuters file",
            ("Crowds at the pier on Sunday.", "Jane Hale / Reuters file"),
        ),
        (
            "The senator speaks in Toledo. J. Scott Brand / AP",
            ("The senator speaks in Toledo.", "J. Scott Brand / AP"),
        ),
        (
            "Snow on the pass in the U.S. T. Okafor / Bloomberg",
            ("Snow on the pass in the U.S.", "T. Okafor / Bloomberg"),
        ),
        (
            "Gulls over the harbour wall / Omar Lind, Reuters",
            ("Gulls over the harbour wall", "Omar Lind, Reuters"),
        ),
        (
            "Divers at the wreck. / Ines Moro, EFE",
            ("Divers at the wreck.", "Ines Moro, EFE"),
        ),
    ],
)
def test_a_last_sentence_shaped_as_a_credit_is_the_credit(caption, want):
    assert image_pairs(figure(caption)) == [want]


@pytest.mark.parametrize(
    "caption",
    [
        "Vote counts by ward. Turnout rose in Leeds, Hull and York.",
        "The 1/2 mile course. Runners, marshals and dogs at the start.",
        "The band on stage in 1975. From left, Ann Ray and Bo Lee",
    ],
)
def test_a_last_sentence_of_the_caption_stays_its_own(caption):
    assert image_pairs(figure(caption)) == [(caption, None)]


@pytest.mark.parametrize(
    "line",
    [
        "<p>Call 0800 555 0101</p>",
        "<p>Text us on 07700 900 123</p>",
        "<p><b>Got a story? 0161 496 0000</b></p>",
        "<p><strong>WhatsApp: +44 7700 900456 | Email: desk@tidings.example</strong></p>",
        "<p>Email: newsroom@valleypost.example</p>",
    ],
)
def test_a_contact_line_closing_the_text_is_chrome(line):
    doc = parse_html(page(paragraphs(3) + line))
    assert len(texts(doc)) == 3


@pytest.mark.parametrize(
    "line",
    [
        "Anyone who saw the crash should call police on 0800 555 0101.",
        "The new hotline, 0300 123 4567, opens on Monday for tenants of the estate.",
        "Email the council at objections@borough.example before the end of the month.",
    ],
)
def test_a_paragraph_mentioning_a_number_stays(line):
    doc = parse_html(page(paragraphs(3) + f"<p>{line}</p>"))
    assert texts(doc)[-1] == line


def test_a_contact_line_amid_the_text_stays():
    line = "Call 0800 555 0101"
    doc = parse_html(page(paragraphs(2) + f"<p>{line}</p>" + paragraphs(2, "B")))
    assert line in texts(doc)


@pytest.mark.parametrize("line", ["1926-2019", "Samaritans: 116 123", "Tickets 020 7946 0000"])
def test_a_bare_number_or_a_number_of_another_kind_is_no_contact_line(line):
    assert not is_call_line(line)


@pytest.mark.parametrize(
    "picture",
    [
        # the writer's face beside the byline, by its size or its link to the writer's page
        "<div class='meta'><a href='/@hanasorel'><img src='https://cdn.example/u/hana.jpg'"
        " alt='Hana Sorel' width='48' height='48'></a><a href='/@hanasorel'>Hana Sorel</a></div>",
        "<p><a href='https://paper.example/author/ivo-marsh/'><img"
        " src='https://paper.example/up/ivo.jpg' alt='Ivo Marsh'></a></p>",
        "<div class='c-byline__avatar'><img src='https://cdn.example/up/rk.jpg' alt='R. Kaur'>"
        "</div>",
        # a related story's thumbnail, its link the other post's permalink
        "<figure class='post-thumbnail'><a href='/2026/04/02/dredging-delayed/' rel='bookmark'>"
        "<img src='https://paper.example/up/dredge-400x300.jpg' alt=''></a></figure>",
        "<div class='related-posts'><div><a href='/2026/01/pier'><img"
        " src='https://paper.example/up/pier.jpg' alt='The pier'></a></div></div>",
        # codes to scan, store badges, ads by their alt text or their file
        "<p><img src='https://cdn.example/img/scan-me.png' alt='QR code for our channel'></p>",
        "<p><img src='https://cdn.example/mmbiz/Zx81/qr?fmt=png' alt='图片'></p>",
        "<p><a href='https://apps.example/tidings'><img src='https://cdn.example/b/apple.png'"
        " alt='Download on the App Store'></a></p>",
        "<p><img src='https://cdn.example/b/play.png' alt='Get it on Google Play'></p>",
        "<p><img src='https://cdn.example/x/mk/44.jpg' alt='Colum Reyes mugshot'></p>",
    ],
)
def test_an_uncaptioned_picture_that_is_not_the_articles_is_left_out(picture):
    doc = parse_html(page(paragraphs(2) + picture + paragraphs(2, "B")))
    assert doc.images == ()


@pytest.mark.parametrize(
    "picture",
    [
        "<figure><img src='https://paper.example/up/ferry-deck.jpg' alt='The ferry deck at"
        " dawn' width='1200' height='800'></figure>",
        "<p><img src='https://paper.example/up/harbour-wall.jpg' alt='The harbour wall'></p>",
        "<p><img src='https://news.example/media/9911/crowd.jpg' alt='A crowd at the gate'"
        " width='100%'></p>",
        "<div class='entry-content-image'><a href='https://news.example/media/9911/full.jpg'>"
        "<img src='https://news.example/media/9911/quarry.jpg' alt='The quarry'></a></div>",
    ],
)
def test_an_uncaptioned_picture_in_the_text_stays(picture):
    doc = parse_html(page(paragraphs(2) + picture + paragraphs(2, "B")))
    assert len(doc.images) == 1


def test_a_captioned_small_picture_stays():
    figure = (
        "<figure><img src='https://paper.example/up/stamp.jpg' alt='Stamp' width='90'>"
        "<figcaption>The first stamp of the island, 1931.</figcaption></figure>"
    )
    doc = parse_html(page(paragraphs(2) + figure + paragraphs(2, "B")))
    assert [i.caption for i in doc.images] == ["The first stamp of the island, 1931."]
