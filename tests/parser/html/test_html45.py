"""Rules of html45, each on made-up snippets: numbered key points above the text, a video's
player box, a titled appeal for contributions, a desk's closing initials and a closing note
about the writer; with the near-misses each must leave alone."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from tests.parser.html.pages import (
    closing_texts,
    middle_page,
    middle_texts,
    page,
    paragraphs,
    texts,
)

POINTS = (
    "The toll bridge will close for repairs from the first week of March.",
    "A free shuttle bus will run every twenty minutes while it is shut.",
    "Engineers expect the work to take about eleven weeks.",
)


def numbered(item: str, mark: str, number: str = "{n}") -> str:
    """The points as numbered boxes: each an `item` box holding a `mark` number and a <p>."""
    return "".join(
        f"<{item}><{mark}>{number.format(n=n)}</{mark}><p>{p}</p></{item.split()[0]}>"
        for n, p in enumerate(POINTS, 1)
    )


@pytest.mark.parametrize(
    "box",
    [
        # a highlights class, a 'Top Points' title
        "<div class='story-highlights'><h4>Top Points</h4>"
        + numbered("div class='story-highlights__pt'", "span")
        + "</div>",
        # no summary class: a key points title opens the box; bold numbers with a stop
        "<div class='lead-box'><h3>Key takeaways</h3>"
        + numbered("section class='row'", "b", "{n}.")
        + "</div>",
        # a summary class and no title; zero-padded numbers
        "<div class='keyPoints'>" + numbered("div class='kp'", "em", "0{n}") + "</div>",
    ],
)
def test_numbered_point_boxes_above_the_text_are_the_bullets(box):
    document = parse_html(page(box + paragraphs(3)))
    assert document.bullets == POINTS
    found = texts(document)
    assert found[0].startswith("Paragraph 1.")
    assert not any(p in found for p in POINTS)
    assert not [b for b in document.body if b.type == "subheading"]


def test_numbered_boxes_inside_the_text_stay_text():
    steps = "<div class='highlights'>" + numbered("div class='step'", "span") + "</div>"
    document = parse_html(middle_page(steps))
    assert document.bullets == ()
    assert all(p in texts(document) for p in POINTS)


def test_numbered_boxes_above_the_text_in_an_unnamed_box_are_no_bullets():
    box = "<div class='intro-steps'>" + numbered("div class='step'", "span") + "</div>"
    document = parse_html(page(box + paragraphs(3)))
    assert document.bullets == ()


def test_numbered_story_links_in_a_highlights_box_are_no_bullets():
    links = "".join(
        f"<div class='hl'><span>{n}</span><p><a href='/news/{n}'>{p}</a></p></div>"
        for n, p in enumerate(POINTS, 1)
    )
    document = parse_html(page(f"<div class='highlights'>{links}</div>" + paragraphs(3)))
    assert document.bullets == ()


POSTER = "<img src='https://example.org/clips/poster-{n}.jpg' alt='Flooded fields at dawn'>"


@pytest.mark.parametrize(
    "player",
    [
        # a title beside the poster and a running time of its own
        f"<div class='inline-video'>{POSTER.format(n=1)}<h3 class='vid-title'>Drone footage of"
        " the flooded valley</h3><span class='vid-time'>0:58</span></div>",
        # a caption closing on the running time in brackets
        f"<figure class='videoCard'>{POSTER.format(n=2)}<figcaption>Watch: Crews clear the"
        " landslide above the coast road (2:05)</figcaption></figure>",
        # a 'click to play' title, a long running time and the video's own caption
        "<div class='media-video'><iframe src='https://player.example/v/31'></iframe>"
        "<span>Click to play video: 'River breaks its banks at Millford'</span>"
        "<span>1:02:15</span><p class='media-video__caption'>The river rose a metre in an"
        " hour.</p></div>",
    ],
)
def test_a_video_box_showing_a_running_time_is_no_text_and_no_picture(player):
    document = parse_html(middle_page(player))
    assert texts(document) == texts(parse_html(middle_page("")))
    assert not [i for i in document.images if i.caption]


@pytest.mark.parametrize(
    "player",
    [
        f"<div class='site-video'>{POSTER.format(n=4)}<p class='video-title'>Site Video: How"
        " the old mill wheel turns again</p></div>",
        f"<div class='clipGallery'><a href='#play'>{POSTER.format(n=5)}</a>"
        "<h4 class='clip-title'>In pictures: the harvest festival</h4></div>",
    ],
)
def test_a_player_title_right_after_its_poster_is_no_text(player):
    found = middle_texts(player)
    assert found == texts(parse_html(middle_page("")))


def test_a_titled_line_after_a_paragraph_in_a_video_box_stays():
    box = (
        "<div class='video-notes'><p>The footage was filmed by a volunteer on Sunday morning"
        " from the bridge above the weir.</p><p class='note-title'>Filmed from the bridge</p></div>"
    )
    assert "Filmed from the bridge" in middle_texts(box)


def test_a_paragraph_opening_on_watch_stays_text():
    line = "Watch for the heron at the weir, the warden said, as it comes back every spring (7:30)."
    assert line in middle_texts(f"<p>{line}</p>")


def test_a_photo_in_a_video_named_box_without_a_running_time_keeps_its_caption():
    figure = (
        "<figure class='video-still'><img src='https://example.org/up/set.jpg' alt='The set'>"
        "<figcaption>The film crew on the harbour wall on Tuesday.</figcaption></figure>"
    )
    document = parse_html(middle_page(figure))
    assert [i.caption for i in document.images] == ["The film crew on the harbour wall on Tuesday."]


def test_a_long_text_in_a_video_named_box_stays_text():
    box = f"<div class='video-story'>{paragraphs(2, 'Clip')}<p>The clip runs 2:14.</p></div>"
    found = middle_texts(box)
    assert "The clip runs 2:14." in found and found[2].startswith("Clip 1.")


APPEAL = (
    "Advertising alone does not pay for the reporting you read here. Thousands of readers"
    " already chip in every month or give once, and every gift, however small, keeps our"
    " stories open to everyone, whatever they can afford to pay, in every town we cover."
)


@pytest.mark.parametrize(
    "box",
    [
        "<div class='support-box'><h4>Readers like you keep this site free</h4>"
        f"<p>{APPEAL}</p><a class='btn' href='/contribute/'>Learn more</a></div>",
        f"<section><h2>Before you go</h2><p>{APPEAL}</p>"
        "<a href='https://example.org/donate?src=article'>Give today</a></section>",
        f"<div class='x9'><h3>Independent and open</h3><p>{APPEAL}</p>"
        "<p><a href='/membership/'>Become a member</a></p></div>",
    ],
)
def test_a_titled_appeal_box_between_paragraphs_goes(box):
    document = parse_html(middle_page(box))
    assert texts(document) == texts(parse_html(middle_page("")))
    assert not [b for b in document.body if b.type == "subheading"]


def test_a_titled_box_closing_on_a_story_link_stays():
    box = (
        f"<div class='panel'><h3>How the fund works</h3><p>{APPEAL}</p>"
        "<a href='/news/fund-explained'>Learn more</a></div>"
    )
    assert APPEAL in middle_texts(box)


def test_a_titled_section_of_the_text_longer_than_an_appeal_stays():
    section = f"<div class='part'><h3>The appeal</h3>{paragraphs(3, 'Gift')}"
    section += "<a href='/donate'>Donate</a></div>"
    found = middle_texts(section)
    assert "The appeal" in found and any(t.startswith("Gift 3.") for t in found)


def test_a_contribute_link_inside_a_sentence_stays():
    line = (
        "Residents who want to help can <a href='/contribute/'>contribute to the fund</a>, which"
        " has raised more than £40,000 for the lifeboat station since the summer storms."
    )
    assert any(t.startswith("Residents who want to help") for t in middle_texts(f"<p>{line}</p>"))


@pytest.mark.parametrize(
    "tail",
    [
        "<p><strong>FD</strong></p>",
        "<p>— JT</p>",
        "<p><b>AB/KM</b></p><figure><img src='https://example.org/up/end.jpg' alt='Quay'></figure>",
        "<p><strong>DM168</strong></p>",
    ],
)
def test_closing_desk_initials_go(tail):
    document = parse_html(page(paragraphs(3) + tail))
    assert texts(document)[-1].startswith("Paragraph 3.")
    assert not [b for b in document.body if b.type == "subheading"]


@pytest.mark.parametrize("head", ["Q&A", "UK", "EU"])
def test_a_short_bold_head_inside_the_text_stays_a_head(head):
    document = parse_html(middle_page(f"<p><strong>{head}</strong></p>"))
    assert [b.text for b in document.body if b.type == "subheading"] == [head]


@pytest.mark.parametrize(
    "note",
    [
        "<p><em>Mara Quist covers health and hospitals for the Daily Example."
        " <a href='/staff/mquist'>Read more of her stories here.</a></em></p>",
        "<p>Ivo Brandt is a senior staff reporter at the Example. He joined in 2019."
        " <a href='/people/ivo'>Find more of his work here.</a></p>",
        "<p><i>Priya Nand reports on schools and youth sport.</i>"
        " <i><a href='/by/pnand'>See all of her coverage.</a></i></p>",
        "<p><em>J. Scott Arlen writes for the Example's business desk."
        " <a href='/u/arlen'>Read his previous columns here.</a></em></p>",
    ],
)
def test_a_closing_note_about_the_writer_goes(note):
    assert closing_texts(note)[-1].startswith("Paragraph 3.")


@pytest.mark.parametrize(
    "line",
    [
        # the article's own sentence about a reporter
        "Okafor covers the county courts for the Ledger, a job she took in 2019.",
        # a note giving the writer's address: the text's, as earlier batches answer it
        "Dev Ray covers transport for the Herald. Contact him at dev.ray@herald.example.",
        # a call to read more of someone who is no writer
        "Lena Voss said the letters were moving. Read more of her letters in the archive.",
    ],
)
def test_a_closing_sentence_about_a_writer_without_the_note_shape_stays(line):
    assert closing_texts(f"<p>{line}</p>")[-1] == line


def test_a_writer_note_inside_the_text_stays():
    note = "Mara Quist covers health for the Daily Example. Read more of her stories here."
    assert note in middle_texts(f"<p><em>{note}</em></p>")
