"""Rules of html57, on made-up snippets: a byline strip read by the shape of its pieces (a name,
a date, a reading time) wherever it sits, and a credit word with the picture it credits after the
caption's stop; with the near-misses each must leave alone."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from api.parser.credits import split_credit
from api.parser.html.bylines import is_byline_strip
from api.parser.html.tree import parse_tree
from tests.parser.html.pages import FILLER, middle_texts, page, paragraphs, texts

# ---- a byline strip (bylines.is_byline_strip) --------------------------------------------


@pytest.mark.parametrize(
    "strip",
    [
        # avatar, name link, a labelled date and a reading time glued with no space
        "<div class='story-meta'><img src='/a/t.jpg' alt='Tomas Varga'><a>Tomas Varga</a>"
        "<span>Published on: 14 Mar 2027, 8:05 am</span><span>4 min read</span></div>",
        # 'By' and a name, a bar, a reading time, in a <p> of no class
        "<p><span>By Ines Okafor-Lind</span> | <span>6 mins read</span></p>",
        # a name and an updated date, no reading time, in a section of an article word only
        "<section class='story-top'><a href='/people/r'>Rafael Munroe</a>"
        "<time>Updated March 3, 2027</time></section>",
        # two writers and a relative time
        "<div><a>Kiri Aldous</a><a>Beno Strake</a><span>about 5 hours ago</span></div>",
    ],
)
def test_a_byline_strip_in_the_text_is_chrome(strip):
    found = middle_texts(strip)
    assert len(found) == 4
    assert all(line.endswith(FILLER) for line in found)


@pytest.mark.parametrize(
    "line",
    [
        # a sentence naming a reading time is text
        "<p>The guide is a <span>12 min read</span>, and <a>Jo Pelham</a> wrote it in a week.</p>",
        # a bare date beside a bold label is a notice of the text's
        "<p><strong>Key Dates</strong> March 3, 2027</p>",
        # a name with a sentence, no date: a line of the text
        "<p><a>Mara Quillfeather</a> <span>took the photographs for this story.</span></p>",
    ],
)
def test_lines_of_the_text_that_are_no_byline_strip(line):
    box = parse_tree(f"<html><body>{line}</body></html>").find(".//p")
    assert not is_byline_strip(box)


def test_an_author_box_with_a_bio_is_no_strip_but_chrome_by_its_class():
    """A box with a bio sentence is no strip (its <p>s are blocks); its class says chrome."""
    box = (
        "<div class='author-card'><img src='/a/c.jpg' alt=''><p>About the Author: Dana Oyelaran"
        "</p><p>Dana covers transport and the port for the paper.</p></div>"
    )
    assert not is_byline_strip(parse_tree(f"<html><body>{box}</body></html>").find(".//div"))
    found = texts(parse_html(page(paragraphs(3) + box)))
    assert found and all(line.endswith(FILLER) for line in found)


# ---- a credit word with the picture it credits (credits.is_picture_credit) -----------------


@pytest.mark.parametrize(
    ("line", "pair"),
    [
        (
            "The flooded underpass on Birch Road. Supplied photo",
            ("The flooded underpass on Birch Road.", "Supplied photo"),
        ),
        (
            "Crews at the Tallow dam in 2019. File photo",
            ("Crews at the Tallow dam in 2019.", "File photo"),
        ),
        (
            "Volunteers load the food bank van. Photo supplied",
            ("Volunteers load the food bank van.", "Photo supplied"),
        ),
        (
            "A patrol boat off the cape on Sunday. Handout image",
            ("A patrol boat off the cape on Sunday.", "Handout image"),
        ),
        (
            "Shoppers on the high street in 2020. Stock image",
            ("Shoppers on the high street in 2020.", "Stock image"),
        ),
        (
            "The winning float in the parade. Submitted photo",
            ("The winning float in the parade.", "Submitted photo"),
        ),
    ],
)
def test_a_credit_word_with_its_picture_after_the_stop(line, pair):
    assert split_credit("", line) == pair


@pytest.mark.parametrize(
    "line",
    [
        "The mill before the fire. The photo was supplied by the family.",
        "A mural near the market. See the photo.",
        "Twins at the fair. Great photo",
        "The harbour at dawn. Supplied by Ann Lee",
    ],
)
def test_closing_words_about_a_photo_are_no_credit(line):
    head, credit = split_credit("", line)
    assert credit != "Supplied photo" and (credit is None or "photo" not in credit.lower())
    assert head.startswith(line.split(".")[0])
