"""Rules of html59, on made-up snippets: a byline strip's pieces with a writer's role, a place
before its date and a reading time in minutes and seconds; a blockquote repeating the text's
words a pull quote; a short line after a lone picture in its box the picture's caption, credit or
not; with the near-misses each must leave alone."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from api.parser.html.bylines import READING_TIME, is_byline_strip, is_name_piece, is_placed_date
from api.parser.html.tree import parse_tree
from tests.parser.html.pages import (
    FILLER,
    image_pairs,
    middle_page,
    middle_texts,
    page,
    paragraphs,
    texts,
)

# ---- a byline strip's pieces (bylines.is_name_piece, is_placed_date, READING_TIME) ----------


@pytest.mark.parametrize(
    "strip",
    [
        # a name with its role, a place before the date, a reading time with seconds, glued
        "<div class='story-top'><span>By <a>Oskar Tamminen</a>, Senior reporter</span>"
        "<span>Lisbon, 14 Mar 2027</span><span>Read time 4min 05sec</span></div>",
        # a role after the name, a plain reading time
        "<div><span>By Wren Calloway, Transport editor</span><span>9 min read</span></div>",
        # a name, a place of two words before a long date, seconds spelt out
        "<div><a>Pia Sandoval</a><span>Port Ellis, March 3, 2027</span>"
        "<span>Reading time 2 min 30 sec</span></div>",
        # 'Read time:' labelled, in a <p> with a middle dot between
        "<p><span>Hal Brenner</span> · <span>Read time: 6 mins</span></p>",
    ],
)
def test_a_byline_strip_with_a_role_a_place_or_seconds_is_chrome(strip):
    found = middle_texts(strip)
    assert len(found) == 4
    assert all(line.endswith(FILLER) for line in found)


@pytest.mark.parametrize(
    "line",
    [
        # a name running into a clause is no name with a role
        "<p><span>By Ann Lee, who ran the desk for years</span><span>3 min read</span></p>",
        # a name and a placed date, no stamp: as a bare date beside a name, a notice
        "<p><a>Ivo Marsh</a><span>Dunmore, March 3, 2027</span></p>",
        # a clause before a date is no place
        "<p><span>We met the crew</span><span>on the quay, 6 Dec 2026</span>"
        "<span>4 min read</span></p>",
    ],
)
def test_lines_that_are_no_byline_strip(line):
    box = parse_tree(f"<html><body>{line}</body></html>").find(".//p")
    assert not is_byline_strip(box)


def test_an_author_line_inside_the_text_stays():
    """A sentence naming a writer, their role and a date is the text's."""
    line = (
        "<p>By Ann Lee, Senior reporter, the series ran from Lisbon, 14 Mar 2027, for six weeks"
        " and drew letters from every parish.</p>"
    )
    assert any(text.startswith("By Ann Lee") for text in middle_texts(line))


@pytest.mark.parametrize(
    ("piece", "name", "placed", "reading"),
    [
        ("By Oskar Tamminen, Senior reporter", True, False, False),
        ("Ann Lee, who ran the desk", False, False, False),
        ("Johannesburg, 06 Dec 2026", False, True, False),
        ("We met, March 3, 2027", False, False, False),
        ("Read time 3min 10sec", False, False, True),
        ("Read time matters", False, False, False),
    ],
)
def test_the_pieces_shapes(piece, name, placed, reading):
    assert is_name_piece(piece) is name
    assert is_placed_date(piece) is placed
    assert (READING_TIME.match(piece) is not None) is reading


# ---- a blockquote repeating the text's words (article.LooseQuotes.repeats_text) -------------

SAID = (
    "<p>Harbour master Ilse Raventos said the dredging had to wait. “We cannot dig while the"
    " terns are nesting on the spit, and nobody here wants to,” she said.</p>"
)


@pytest.mark.parametrize(
    ("middle", "pulled"),
    [
        # after the paragraph it repeats, its closing stop where the text has a comma
        (
            SAID + "<blockquote class='q'><p>We cannot dig while the terns are nesting on the"
            " spit, and nobody here wants to.</p></blockquote>",
            "We cannot dig",
        ),
        # a sentence of the text, no quote in it, bare in the blockquote, the dashes gone
        (
            "<p>The levy will rise (by four percent) next year for every household in the"
            " valley. The council voted on Monday.</p><blockquote>The levy will rise by four"
            " percent next year for every household in the valley.</blockquote>",
            "The levy will rise by four percent",
        ),
        # before the paragraph it repeats, in capitals, its stop where the text has a comma
        (
            "<blockquote><p>NOBODY ON THE BOARD HAD READ THE CONTRACT BEFORE SIGNING IT.</p>"
            "</blockquote><p>The audit was blunt. “Nobody on the board had read the contract"
            " before signing it,” the auditor wrote in March.</p>",
            "NOBODY ON THE BOARD",
        ),
    ],
)
def test_a_blockquote_repeating_the_text_is_a_pull_quote(middle, pulled):
    found = middle_texts(middle)
    assert len(found) == 5
    assert not any(text.startswith(pulled) and len(text) < 100 for text in found)


@pytest.mark.parametrize(
    "quote",
    [
        # a statement the text does not hold
        "The ministry regrets the delay and will publish a revised timetable in the new year.",
        # half of it the text's, half new
        "We cannot dig while the terns are nesting, but the work will be done by the autumn.",
        # a letter's line naming the same things in other words
        "Nesting terns on the spit mean that no digging can happen until the summer ends.",
    ],
)
def test_a_blockquote_of_new_text_is_the_texts(quote):
    found = middle_texts(SAID + f"<blockquote><p>{quote}</p></blockquote>")
    assert quote in found


# ---- a short line after a lone picture in its box (loose_captions.bare_line) ----------------


@pytest.mark.parametrize(
    ("box", "pair"),
    [
        (
            "<div class='pic'><img src='/m/a.jpg' alt='A ferry at the quay'><div class='pic-n'>"
            "The Saltmarsh ferry waits at the quay before the first crossing.</div></div>",
            ("The Saltmarsh ferry waits at the quay before the first crossing.", None),
        ),
        (
            "<div><img src='/m/b.jpg' alt='Kilns'><span>Two kilns at the Hollow Lane works,"
            " built in 1921. They were restored last spring.</span></div>",
            (
                "Two kilns at the Hollow Lane works, built in 1921. They were restored last"
                " spring.",
                None,
            ),
        ),
        (
            "<div class='media'><a href='/m/c-large.jpg'><img src='/m/c.jpg' alt='Wheat'></a>"
            "<small>Wheat drying on a threshing floor near Tullow</small></div>",
            ("Wheat drying on a threshing floor near Tullow", None),
        ),
    ],
)
def test_a_short_line_after_a_lone_picture_is_its_caption(box, pair):
    assert image_pairs(middle_page(box)) == [pair]
    assert pair[0] not in middle_texts(box)


RUNS_ON = (
    "The ferry waits at the quay. Riders queue from six. The first crossing is full by seven,"
    " and the second leaves half empty."
)


@pytest.mark.parametrize(
    ("box", "line"),
    [
        # a <p> after the picture is a paragraph of the text
        (
            "<div><img src='/m/d.jpg' alt='A quay'><p>The ferry waits at the quay before the"
            " first crossing.</p></div>",
            "The ferry waits at the quay before the first crossing.",
        ),
        # a line that runs on, three sentences
        ("<div><img src='/m/e.jpg' alt='A quay'><div>" + RUNS_ON + "</div></div>", RUNS_ON),
        # a line past the length of a caption
        (
            "<div><img src='/m/f.jpg' alt='A quay'><div>" + FILLER + " " + FILLER + "</div></div>",
            FILLER + " " + FILLER,
        ),
    ],
)
def test_text_after_a_picture_that_is_no_caption_stays_text(box, line):
    assert line in middle_texts(box)
    assert all(caption != line for caption, _ in image_pairs(middle_page(box)))


@pytest.mark.parametrize(
    "box",
    [
        # a face and its writer's name and role
        "<div><img src='/a/j.jpg' alt='Jonah Abara'><div>Jonah Abara, Health Editor</div></div>",
        # a sentence of the story saying who said it, beside a picture
        "<div><img src='/m/h.jpg' alt='A quay at dusk'><div>The boat was bought at auction in"
        " March, the skipper said.</div></div>",
        # a row of controls under the picture
        "<div><img src='/m/i.jpg' alt='A quay at dusk'><div><span>Share</span><span>Save for"
        " later</span></div></div>",
        # a writer's line beside a face
        "<div><img src='/a/m.jpg' alt='A portrait'><div>Written by Lena Fosse, RN, on May 2,"
        " 2026</div></div>",
        # a face and a byline's meta line
        "<div><img src='/a/k.jpg' alt='A portrait'><span>Staff writer · 3 min read</span></div>",
    ],
)
def test_a_byline_or_a_story_line_beside_a_picture_is_no_caption(box):
    document = parse_html(page(box + paragraphs(3)))
    assert all(not image.caption for image in document.images)
    assert texts(document)[-1].endswith(FILLER)


def test_a_credit_alone_after_a_picture_is_no_caption():
    """A labelled credit alone under the picture is its credit's line, not its caption."""
    box = (
        "<div><img src='/m/g.jpg' alt='A quay at dusk'><span>Photo by Ada Quist/Lumen</span></div>"
    )
    assert all(
        caption != "Photo by Ada Quist/Lumen" for caption, _ in image_pairs(middle_page(box))
    )
