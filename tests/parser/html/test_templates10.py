"""Rules found on the tenth fresh batch of unseen templates (html_stress/fresh10)."""

from __future__ import annotations

import pytest

from api.parser import NotAnArticleError, parse_html
from tests.parser.html.pages import FILLER, page, paragraphs, texts


def test_ruby_readings_are_left_out_of_headline_heads_and_text():
    headline = "<ruby>町<rp>(</rp><rt>まち</rt><rp>)</rp></ruby>の給食"
    body = "<h2><ruby>農家<rt>のうか</rt></ruby>さん</h2>"
    body += f"<p><ruby>野菜<rt>やさい</rt></ruby>を食べた。 {FILLER}</p>" + paragraphs(2)
    doc = parse_html(page(body, headline=headline))
    assert doc.headline == "町の給食"
    assert texts(doc)[:2] == ["農家さん", f"野菜を食べた。 {FILLER}"]


def test_ruby_base_text_without_readings_is_kept_whole():
    body = f"<p><ruby>漢字</ruby>の話。 {FILLER}</p>" + paragraphs(2)
    doc = parse_html(page(body))
    assert texts(doc)[0] == f"漢字の話。 {FILLER}"


PRINTED_STYLE = (
    "<style>.t{position:absolute;white-space:pre;font-size:1px}"
    ".ff1{font-family:ff1;font-weight:normal}.ff2{font-family:ff2;font-weight:bold}"
    ".fs0{font-size:90px}.fs1{font-size:60px}.fs2{font-size:40px}"
    + "".join(f".y{n}{{bottom:{1200 - 30 * n}px}}" for n in range(40))
    + "</style>"
)
SENTENCES = [
    "The ferry company said on Monday that the winter timetable would",
    "start a week early this year, because the older of its two boats",
    "needs new engines before the spring.",
    "Passengers who booked crossings for the first week of November",
    "will be moved to the same time on the other boat, or can ask for",
    "their money back at the harbour office.",
]


def printed_line(row: int, text: str, font: str = "ff1 fs1") -> str:
    return f"<div class='t m0 x1 y{row} {font}'>{text}</div>"


def printed_page(rows: list[tuple[int, str, str]]) -> str:
    lines = "".join(printed_line(*row) for row in rows)
    return (
        f"<!doctype html><html><head>{PRINTED_STYLE}<title>Microsoft Word - release.docx</title>"
        f"</head><body><div id='page-container'><div class='pf'><div class='pc'>{lines}"
        "</div></div></div></body></html>"
    )


def test_a_page_of_placed_lines_is_read_as_headline_heads_and_paragraphs():
    rows = [(0, "NEWS RELEASE", "ff2 fs2"), (2, "Ferry timetable changes", "ff2 fs0")]
    rows += [(4 + i, text, "ff1 fs1") for i, text in enumerate(SENTENCES[:3])]
    rows += [(8 + i, text, "ff1 fs1") for i, text in enumerate(SENTENCES[3:])]
    rows += [(12, "Notes to editors", "ff2 fs1"), (13, "1. The company runs two boats.", "ff1 fs1")]
    rows += [(14, "2. It was founded in 1921 by the island council.", "ff1 fs1")]
    rows += [(30, "Page 1 of 1", "ff1 fs2")]
    doc = parse_html(printed_page(rows))
    assert doc.headline == "Ferry timetable changes"
    assert texts(doc) == [
        " ".join(SENTENCES[:3]),
        " ".join(SENTENCES[3:]),
        "Notes to editors",
        "1. The company runs two boats.",
        "2. It was founded in 1921 by the island council.",
    ]
    assert [b.type for b in doc.body][2] == "subheading"


def test_a_sentence_running_over_a_page_break_is_one_paragraph():
    first = "".join(printed_line(4 + i, t) for i, t in enumerate(SENTENCES[:5]))
    second = printed_line(4, SENTENCES[5]) + printed_line(6, "Tickets are on sale now.")
    page_footer = printed_line(30, "Page 1 of 2", "ff1 fs2")
    head = printed_line(2, "Ferry timetable changes", "ff2 fs0")
    html = printed_page([]).replace(
        "<div class='pc'></div>",
        f"<div class='pc'>{head}{first}{page_footer}</div></div><div class='pf'>"
        f"<div class='pc'>{printed_line(1, 'Running head', 'ff1 fs2')}{second}</div>",
    )
    doc = parse_html(html)
    assert texts(doc) == [" ".join(SENTENCES), "Tickets are on sale now."]


def test_a_short_page_of_placed_lines_is_still_refused():
    rows = [(2, "Ferry timetable changes", "ff2 fs0"), (4, "The boat is late.", "ff1 fs1")]
    with pytest.raises(NotAnArticleError):
        parse_html(printed_page(rows))


def test_an_article_page_with_placed_boxes_is_read_as_before():
    badges = "".join(
        f"<div style='position:absolute;top:{10 * n}px;font-size:12px'>Badge {n}</div>"
        for n in range(12)
    )
    doc = parse_html(page(paragraphs(3) + badges))
    assert texts(doc) == [f"Paragraph {i}. {FILLER}" for i in (1, 2, 3)]
