"""Rules of html38, each on made-up snippets: the headline's summary points in a list a deck's
word or a summary's names (their items no deck), and the text's paragraphs set apart by
'<br><br>' inside one element."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from tests.parser.html.pages import page, paragraphs, texts

POINTS = ("Rents in the old town rose by a tenth this year", "The council will cap new lets")


def header_page(header: str, headline: str = "Tenants face steep rises in the old town") -> str:
    """A page whose header holds the headline then `header`, the text in a box of its own."""
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Rents</title></head>"
        "<body><nav><a href='/'>Home</a><a href='/news'>News</a></nav><main><article>"
        f"<div class='story-head'><h1>{headline}</h1>{header}</div>"
        f"<div class='story-text'>{paragraphs(3)}</div></article></main>"
        "<footer><p>Copyright The Valley Courier, all rights reserved, since long ago.</p>"
        "</footer></body></html>"
    )


def items(css: str = "") -> str:
    return "".join(f"<li{css}>{point}</li>" for point in POINTS)


@pytest.mark.parametrize(
    "header",
    [
        f"<ul class='abstract-v3'>{items(' class=abstract-v3__item')}</ul>",
        f"<ul class='story-subtitle'>{items()}</ul>",
        f"<ul class='dek-points'><li><i>{POINTS[0]}</i></li><li><i>{POINTS[1]}</i></li></ul>",
        f"<div class='brief__summary_x1'><h2>Summary</h2><ul class='brief__list'>"
        f"{items(' class=summary__item__9a')}</ul></div>",
        f"<section class='story-keys'><h2>The key points</h2><ul>{items()}</ul></section>",
    ],
)
def test_the_headlines_points_are_the_bullets(header):
    document = parse_html(header_page(header))
    assert list(document.bullets) == list(POINTS)
    found = texts(document)
    assert not any(point in found for point in POINTS)
    assert len(found) == 3


def test_a_deck_list_inside_the_text_stays_the_texts():
    text = f"{paragraphs(2)}<ul class='story-subtitle'>{items()}</ul>{paragraphs(1, 'B')}"
    document = parse_html(header_page("").replace(paragraphs(3), text))
    assert not document.bullets
    assert all(point in texts(document) for point in POINTS)


def test_an_unmarked_list_under_the_headline_is_no_bullets():
    document = parse_html(header_page(f"<ul class='tags'>{items()}</ul>"))
    assert not document.bullets


def test_a_one_line_deck_is_still_a_deck():
    deck = "<p class='article-abstract'>Rents rose by a tenth, and the council acts</p>"
    document = parse_html(header_page(deck))
    assert not document.bullets
    assert not any("council acts" in t for t in texts(document))


def middle(snippet: str) -> list[str]:
    """The body's texts of a page whose text holds `snippet` between paragraphs, the
    paragraphs left out."""
    document = parse_html(page(paragraphs(2) + snippet + paragraphs(2, "B")))
    return [t for t in texts(document) if not t.startswith(("Paragraph", "B "))]


@pytest.mark.parametrize(
    ("box", "caption"),
    [
        (
            "<div align='center'><div class='article-img'><img src='/p/ferry-dock.jpg'"
            " alt='The new ferry dock'></div><br><span class='minor small'>The new ferry"
            " dock</span></div>",
            "The new ferry dock",
        ),
        (
            "<div><a href='/p/big/kiln.jpg'><img src='/p/kiln.jpg' alt='A kiln'></a><br>"
            "<small>The pottery's wood-fired kiln, lit twice a year</small></div>",
            "The pottery's wood-fired kiln, lit twice a year",
        ),
        (
            "<div class='c7'><span class='frame'><img src='/p/orchard.jpg' alt=''></span><br>"
            "<span>Apple trees at the Hollins orchard in May</span></div>",
            "Apple trees at the Hollins orchard in May",
        ),
    ],
)
def test_a_line_after_a_pictures_own_box_and_a_break_is_its_caption(box, caption):
    document = parse_html(page(paragraphs(2) + box + paragraphs(2, "B")))
    assert [i.caption for i in document.images] == [caption]
    assert caption not in texts(document)


def test_a_paragraph_after_a_picture_and_a_break_in_a_p_stays_text():
    line = "The pottery reopened on Saturday after a winter of repairs to its roof"
    box = f"<p><img src='/p/kiln.jpg' alt='A kiln'><br><span>{line}</span></p>"
    assert line in middle(box)


@pytest.mark.parametrize(
    ("items", "found"),
    [
        (
            "<li style='list-style-type: none;'><ul><li>Check the <b>tyres</b></li>"
            "<li>Fill the tank</li></ul></li>",
            ["Check the tyres", "Fill the tank"],
        ),
        (
            "<li>Vegetables<ul><li>Leeks</li><li>Kale</li></ul></li><li>Eggs</li>",
            ["Vegetables", "Leeks", "Kale", "Eggs"],
        ),
        (
            "<li>Step one<ol><li>Open the valve</li><li>Wait an hour</li></ol></li>",
            ["Step one", "Open the valve", "Wait an hour"],
        ),
    ],
)
def test_a_nested_lists_items_are_items_of_their_own(items, found):
    assert middle(f"<ul>{items}</ul>") == found


@pytest.mark.parametrize(
    "line",
    [
        "Reading time: 3 minutes",
        "Tempo de leitura: 2 minutos",
        "Tiempo de lectura: 4 min",
        "Filed under: Local news |",
        "Filed Under: Schools, Transport",
        "Like this story? Share it with a friend!",
        "Enjoyed this article? Share it with your neighbours.",
        "March 3, 2024 - 09:15 GMT",
        "12 May 2023, 17:40 MSK",
        "Friday, October 4, 2024 at 8:05 a.m.",
    ],
)
def test_page_data_lines_in_the_text_go(line):
    assert middle(f"<p>{line}</p>") == []


@pytest.mark.parametrize(
    "line",
    [
        "Monday 12:30",
        "The vote closed at 11:30 on March 3, 2024, an hour late.",
        "Filed under a false name, the claim was rejected by the court in June.",
        "Like this story, the next one is about the harbour.",
    ],
)
def test_text_and_live_times_stay(line):
    assert middle(f"<p>{line}</p>") == [line]


HARBOUR = (
    "The harbour board met on Monday and agreed to dredge the channel before the tides.",
    "Work will start in March and take six weeks, the board said in a statement.",
    "Boat owners will be told where to moor while the dredger is at work, it added.",
)


@pytest.mark.parametrize(
    "joined",
    [
        "<p>{0}<br><br>{1}<br><br>{2}</p>",
        "<p class='story-para'>{0}<br /><br />{1}<br/> <br/>{2}</p>",
        "<p>{0}<br><span></span><br>{1}<br><br><em>{2}</em></p>",
        "<div class='Normal'>{0}<br><br>{1}<br><br>{2}</div>",
    ],
)
def test_paragraphs_set_apart_by_two_breaks_in_one_element_are_paragraphs(joined):
    assert middle(joined.format(*HARBOUR)) == list(HARBOUR)


def test_a_single_break_keeps_one_paragraph():
    found = middle(f"<p>{HARBOUR[0]}<br>{HARBOUR[1]}</p>")
    assert found == [f"{HARBOUR[0]} {HARBOUR[1]}"]


def test_a_bold_line_between_two_breaks_in_a_p_is_a_head():
    document = parse_html(
        page(paragraphs(2) + f"<p>{HARBOUR[0]}<br><br><b>The cost</b><br><br>{HARBOUR[1]}</p>")
    )
    assert [b.text for b in document.body if b.type == "subheading"] == ["The cost"]
