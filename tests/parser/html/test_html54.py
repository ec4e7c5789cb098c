"""Rules of html54, each on made-up snippets: a paid tier's teaser as a support appeal, a
credit after a backslash, a featured picture with its caption box beside it and no figure,
numbered points whose text runs on after the number, and a styled line after a section break as
its head; with the near-misses each must leave alone."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from api.parser.credits import split_credit
from api.parser.html.clean import asks_support
from tests.parser.html.pages import middle_texts, page, paragraphs, texts

# ---- a paid tier's teaser (clean.SUPPORT_PITCH widened, asks_support) ------------------------


@pytest.mark.parametrize(
    "box",
    [
        # a bold preview line, the call's link after the <p>
        "<div class='premium-teaser'><p><strong>This is a Plus article preview.</strong>"
        " Subscribe to Harbour Plus for full access to our shipping data.</p>"
        "<a href='/plus/subscribe'>Subscribe</a></div>",
        # the product's name in bold, then what paying unlocks
        "<div class='gate'><p><b>Quay Pro</b> Unlock market calls from our analysts.</p>"
        "<a href='/pro/join-now/'>Subscribe now</a></div>",
        # a story preview, a bare call with an arrow
        "<aside><p>You are reading a story preview. Go premium for the rest.</p>"
        "<a href='/account/upgrade'>Subscribe →</a></aside>",
    ],
)
def test_a_paid_tiers_teaser_is_chrome(box):
    found = middle_texts(box)
    assert not any("preview" in t or "Unlock" in t or t.startswith("Subscribe") for t in found)
    assert len(found) == 4


@pytest.mark.parametrize(
    "middle",
    [
        # news about a streamer's subscribers, a link inside the sentence
        "<p>Streamline said 2 million subscribers would get full access to its sports channel"
        " after the <a href='/biz/streamline-deal'>deal with the league</a> closes.</p>",
        # a quoted call to subscribe: the speaker's words
        "<div><p>“Unlock the archive and subscribe to it,” the museum's director said.</p>"
        "<a href='/culture/archive'>Subscribe</a></div>",
        # a paragraph about a preview of a film, no call after it
        "<p>The article preview shown to critics was cut by ten minutes, the studio said.</p>",
    ],
)
def test_news_about_subscriptions_stays_text(middle):
    found = middle_texts(middle)
    assert len(found) >= 5
    assert any(w in " ".join(found) for w in ("subscribers", "Unlock", "preview"))


def test_the_pitch_names_what_paying_opens():
    assert asks_support("This is a Pro article preview. Subscribe to X Pro. Subscribe", "Subscribe")
    assert asks_support("X Pro Unlock stock ideas from our desk. Subscribe now", "Subscribe now")
    assert not asks_support("The club meets on Sundays. Join", "Join")
    assert not asks_support("“Unlock it,” she said. Subscribe", "Subscribe")


# ---- a credit after a backslash (credits.stop_slash_rule widened) ----------------------------


@pytest.mark.parametrize(
    ("line", "pair"),
    [
        (
            "Ewes grazing below the ridge near Rathkeel, Co Kilkenny. \\ Orla Finnerty",
            ("Ewes grazing below the ridge near Rathkeel, Co Kilkenny.", "Orla Finnerty"),
        ),
        (
            "A new drain cut along the headland. \\ Bríd Ní Mhaoláin-Scott",
            ("A new drain cut along the headland.", "Bríd Ní Mhaoláin-Scott"),
        ),
        (
            "The mart at Tullow on Monday! \\ Farm Desk",
            ("The mart at Tullow on Monday!", "Farm Desk"),
        ),
    ],
)
def test_a_backslash_after_the_stop_sets_off_the_credit(line, pair):
    assert split_credit("", line) == pair


@pytest.mark.parametrize(
    "line",
    [
        # a backslash in a path, no stop before it
        "The files were saved to C:\\ Farm Records on the office computer",
        # words in lower case after it: no name
        "The yard in March. \\ the old one, since knocked down",
        # a date after it: a digit
        "The yard in March. \\ May 2019",
    ],
)
def test_a_backslash_that_sets_off_no_credit(line):
    assert split_credit("", line) == (line, None)


# ---- a featured picture with no figure (article.is_featured_picture) ------------------------


def featured(caption_box: str, picture_box: str = "<div class='post-thumb'>{img}</div>") -> str:
    """A page whose lead picture stands in its own box before the text, `caption_box` after."""
    img = "<img src='/uploads/2026/05/quay.jpg' alt='The quay at dawn'>"
    return page(
        "<div class='meta'><a class='author' href='/a/x'>Ola Brandt</a></div>"
        + picture_box.format(img=img)
        + caption_box
        + "<div class='entry-content'>"
        + paragraphs(3)
        + "</div>"
    )


@pytest.mark.parametrize(
    ("caption_box", "picture_box", "pair"),
    [
        (
            "<p class='featured-caption'>Fishers land the first catch of the season at the"
            " quay. Photo: Mira Solberg</p>",
            "<div class='post-thumb'>{img}</div>",
            ("Fishers land the first catch of the season at the quay.", "Mira Solberg"),
        ),
        (
            "<div class='hero-caption'>The quay at dawn on Tuesday (Picture: Harbour Desk)</div>",
            "<div class='hero'><a href='/big.jpg'>{img}</a></div>",
            ("The quay at dawn on Tuesday", "Harbour Desk"),
        ),
        (
            "<span class='image-caption'>Nets drying on the quay wall.</span>",
            "{img}",
            ("Nets drying on the quay wall.", None),
        ),
    ],
)
def test_a_featured_picture_takes_its_caption_box(caption_box, picture_box, pair):
    document = parse_html(featured(caption_box, picture_box))
    assert [(i.caption, i.credit) for i in document.images] == [pair]
    assert texts(document)[0].startswith("Paragraph 1")


@pytest.mark.parametrize(
    "caption_box",
    [
        # an unmarked short paragraph after the picture: the text's
        "<p>Fishers land the first catch of the season at the quay this week.</p>",
        # a marked box holding a picture of its own: no caption
        "<div class='caption-strip'><img src='/uploads/2026/05/net.jpg' alt='Nets'>Nets</div>",
    ],
)
def test_a_line_beside_a_lead_picture_that_is_no_caption(caption_box):
    document = parse_html(featured(caption_box))
    assert all(
        i.caption != "Fishers land the first catch of the season at the quay this week."
        for i in document.images
    )
    if caption_box.startswith("<p>"):
        assert texts(document)[0].startswith("Fishers land")


# ---- numbered points whose text runs on after the number (article.number_mark) --------------

POINTS = (
    "The sale opens on March 3 and closes on March 5.",
    "Shares are priced at 40 to 44 crowns each.",
    "A tenth of the shares is kept for staff.",
)


@pytest.mark.parametrize(
    "box",
    [
        "<div class='quick_summary'><h3>Quick Summary</h3>"
        + "".join(
            f"<p class='qs_point'><span class='qs_num'>{i}</span>{p}</p>"
            for i, p in enumerate(POINTS, 1)
        )
        + "</div>",
        "<div class='story-highlights'>"
        + "".join(f"<div class='pt'><i>{i}.</i> {p}</div>" for i, p in enumerate(POINTS, 1))
        + "</div>",
        "<section class='box'><h4>Short summary</h4>"
        + "".join(f"<p><span>({i})</span>{p}</p>" for i, p in enumerate(POINTS, 1))
        + "</section>",
    ],
)
def test_numbered_points_with_the_text_after_the_number(box):
    document = parse_html(page(box + paragraphs(3)))
    assert document.bullets == POINTS
    assert not any(t in POINTS for t in texts(document))


@pytest.mark.parametrize(
    "body",
    [
        # a numbered run inside the text, under a plain paragraph: the text's own steps
        paragraphs(2)
        + "<div class='steps'>"
        + "".join(f"<p><span>{i}</span>{p}</p>" for i, p in enumerate(POINTS, 1))
        + "</div>"
        + paragraphs(1, "B"),
        # numbered lines in a box nothing names as a summary
        "<div class='facts'>"
        + "".join(f"<p><span>{i}</span>{p}</p>" for i, p in enumerate(POINTS, 1))
        + "</div>"
        + paragraphs(3),
    ],
)
def test_numbered_lines_that_are_no_summary(body):
    document = parse_html(page(body))
    assert document.bullets == ()


# ---- a styled line after a section break (blocks.is_break_head) -----------------------------


def heads(body: str) -> list[str]:
    return [b.text for b in parse_html(page(body)).body if b.type == "subheading"]


@pytest.mark.parametrize(
    ("body", "found"),
    [
        (
            paragraphs(2)
            + "<p class='center'>***</p><p class='wp-block-paragraph section-head'>A list that"
            " never moved</p>"
            + paragraphs(2, "B")
            + "<p class='center'>***</p><p class='wp-block-paragraph section-head'>Luck, not"
            " need</p>" + paragraphs(2, "C"),
            ["A list that never moved", "Luck, not need"],
        ),
        (
            paragraphs(2)
            + "<p>* * *</p><p class='kicker-line'>What the council decided</p>"
            + paragraphs(2, "B"),
            ["What the council decided"],
        ),
        (
            paragraphs(2) + "<p>⁂</p><p class='sec'>Where the money went?</p>" + paragraphs(2, "B"),
            ["Where the money went?"],
        ),
    ],
)
def test_a_styled_line_after_a_break_is_its_head(body, found):
    assert heads(body) == found


@pytest.mark.parametrize(
    "body",
    [
        # a one-line paragraph after the break, ending as a sentence
        paragraphs(2) + "<p>***</p><p class='lede'>Then the rain came.</p>" + paragraphs(2, "B"),
        # a short classed line with no break before it
        paragraphs(2) + "<p class='aside-line'>And then nothing</p>" + paragraphs(2, "B"),
        # an unstyled line after the break: no class to set it apart
        paragraphs(2) + "<p>***</p><p>And then nothing</p>" + paragraphs(2, "B"),
    ],
)
def test_lines_after_a_break_that_are_no_head(body):
    assert heads(body) == []
