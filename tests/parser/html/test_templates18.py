"""Rules of html36 (fresh18's first look), each on made-up snippets: a box of trending or
most-read stories inside the text, a tip box titled by its question, a pull quote in a bare
<blockquote> repeating a quote of the text loosely, and a sign-up line closing the text."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from tests.parser.html.pages import page, paragraphs, texts


def heads(document) -> list[str]:
    """The body's subheadings."""
    return [b.text for b in document.body if b.type == "subheading"]


LINKS = (
    "<ul><li><a href='/news/otters-return-to-the-canal/'>Otters return to the canal after"
    " forty years</a></li><li><a href='/sport/rowing-club-wins-regatta/'>Rowing club wins its"
    " first regatta in a decade</a></li></ul>"
)


@pytest.mark.parametrize(
    "box",
    [
        f"<div class='article-list article-list--trending'><h2>Trending Stories</h2>{LINKS}</div>",
        f"<section class='story-rail'><h3>Most Read</h3>{LINKS.replace('ul>', 'ol>')}</section>",
        f"<div><h2>Most popular</h2>{LINKS}</div>",
        f"<h3>Most viewed</h3>{LINKS}",
        f"<div class='x9f2a'><h4>Trending now</h4>{LINKS}</div>",
    ],
)
def test_a_box_of_trending_stories_inside_the_text_goes_whole(box):
    document = parse_html(page(paragraphs(2) + box + paragraphs(2, "B")))
    found = texts(document)
    assert not any("Otters" in t or "regatta" in t for t in found)
    assert not heads(document)
    assert not any(t.startswith(("Trending", "Most")) for t in found)
    assert len(found) == 4


def test_the_articles_own_list_of_links_stays():
    own = (
        "<h2>Where to get help</h2><ul><li><a href='https://helpline.example.org/'>The"
        " Shoreline helpline, open every day</a></li><li><a href='https://advice.example.org/'>"
        "Harbour Advice, for tenants facing eviction</a></li></ul>"
    )
    document = parse_html(page(paragraphs(2) + own + paragraphs(2, "B")))
    assert heads(document) == ["Where to get help"]  # (its links alone go, as before)


@pytest.mark.parametrize(
    "box",
    [
        "<div class='tip-box'><h3>Do You Have Information About Well Water Testing? We Want to"
        " Hear From You.</h3><p>Contact reporter Odile Marchetti-Brand at"
        " <a href='mailto:omb@example.org'>omb@example.org</a> or by Signal at 555-0163.</p></div>",
        "<div class='callout'><h2>Do you have any information about the warehouse fire?</h2>"
        "<p>Email newsdesk@valepost.example or call 0161 496 0000.</p></div>",
        "<section><h4>Have information about the ferry cuts? We'd like to hear from you</h4>"
        "<p>Message our reporter Ines Quarshie on WhatsApp at +44 7700 900123.</p></section>",
    ],
)
def test_a_tip_box_titled_by_its_question_goes_whole(box):
    document = parse_html(page(paragraphs(2) + box + paragraphs(2, "B")))
    found = texts(document)
    assert not heads(document)
    assert not any("information" in t.casefold() or "@" in t for t in found)
    assert len(found) == 4


def test_a_question_head_over_text_stays():
    section = (
        "<h3>Do you have information about your own well?</h3><p>Most owners do not, the survey"
        " found, and few have ever had their water tested by a laboratory of any kind.</p>"
    )
    document = parse_html(page(paragraphs(2) + section + paragraphs(2, "B")))
    assert heads(document) == ["Do you have information about your own well?"]


@pytest.mark.parametrize(
    ("said", "pulled"),
    [
        (
            "<p>“We want real numbers, not a hunch that it’s cooler,” said the engineer, Ruth"
            " Abernathy-Lowe.</p>",
            "“We want real numbers, not a hunch that it’s cooler.”",
        ),
        (
            "<p>“The orchard was here before the road,” said Tomasz Wierzbicki, 64, who has"
            " farmed it since 1990. “It will be here after the road too.”</p>",
            "“The orchard was here before the road. It will be here after the road too.”",
        ),
        (
            '<p>"Nobody asked the tenants," Amara Oduya said. "Not once, in three years of'
            ' meetings."</p>',
            '"NOBODY ASKED THE TENANTS. NOT ONCE, IN THREE YEARS OF MEETINGS!"',
        ),
    ],
)
def test_a_bare_blockquote_repeating_a_quote_loosely_is_a_pull_quote(said, pulled):
    html = page(
        paragraphs(2) + said + paragraphs(1, "B") + f"<blockquote class='q7Xa'><p>{pulled}</p>"
        "</blockquote>" + paragraphs(1, "C")
    )
    found = texts(parse_html(html))
    assert pulled not in found
    assert len(found) == 5


def test_a_blockquote_quoting_a_letter_stays():
    letter = (
        "Dear neighbours, the well on Mill Lane will close from Monday while the pump is"
        " replaced, and we expect it to open again by the end of the month."
    )
    html = page(
        paragraphs(2) + "<p>The letter, sent to 40 homes, was short.</p>"
        f"<blockquote><p>{letter}</p></blockquote>"
        "<p>“We expect it to open again,” the trust said, “but we cannot promise a date.”</p>"
        + paragraphs(1, "B")
    )
    assert letter in texts(parse_html(html))


@pytest.mark.parametrize(
    "line",
    [
        "<p><em>Start the day with the stories that matter most, and the reasons why. <a"
        " href='/newsletters'>Sign up for our Morning Brief newsletter</a>.</em></p>",
        "<p><i>Want the week’s best reads in your inbox? Subscribe to our Harbour Notes"
        " newsletter.</i></p>",
        "<p><em>Our climate team writes every Thursday. Sign up for the Hot Planet"
        " newsletter.</em></p>",
    ],
)
def test_a_sign_up_line_closing_the_text_goes(line):
    found = texts(parse_html(page(paragraphs(3) + line)))
    assert len(found) == 3
    assert not any("newsletter" in t for t in found)


def test_a_closing_sentence_about_a_newsletter_stays():
    line = (
        "<p>The parish council said residents could sign up for its newsletter to hear when the"
        " repairs start.</p>"
    )
    found = texts(parse_html(page(paragraphs(3) + line)))
    assert len(found) == 4
