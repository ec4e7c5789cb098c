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


PHOTO = "<img src='https://img.example.com/media/lighthouse.jpg' alt='The lighthouse' width='800'>"


def test_a_drop_cap_picture_of_the_first_letter_is_read_as_the_letter():
    cap = "<img class='dropcap' src='https://img.example.com/caps/T.svg' alt='T' width='72'>"
    body = f"<p>{cap}<span class='leadin'>he first entry</span> is dated 1884. {FILLER}</p>"
    doc = parse_html(page(body + paragraphs(2)))
    assert texts(doc)[0] == f"The first entry is dated 1884. {FILLER}"
    assert doc.images == ()


def test_a_picture_with_a_one_letter_alt_before_a_word_is_no_drop_cap():
    img = "<img src='https://img.example.com/media/a.jpg' alt='A' width='800'>"
    body = f"<p>{img} Storm. {FILLER}</p>"
    doc = parse_html(page(body + paragraphs(2)))
    assert texts(doc)[0] == f"Storm. {FILLER}"


def figure(caption: str) -> str:
    return f"<figure>{PHOTO}<span class='meta'>{caption}</span></figure>"


def test_a_labelled_cite_beside_the_caption_is_the_credit_without_its_label():
    for cite, credit in (
        ("Photo: Ana Reid for Meridian", "Ana Reid for Meridian"),
        ("Illustration by Hana Mori", "Hana Mori"),
    ):
        caption = f"<figcaption>The point at dusk.</figcaption><cite>{cite}</cite>"
        doc = parse_html(page(paragraphs(2) + figure(caption) + paragraphs(1, "B")))
        assert [(i.caption, i.credit) for i in doc.images] == [("The point at dusk.", credit)]


def test_a_cite_naming_a_work_stays_in_the_caption():
    caption = "<figcaption>A scene from <cite>The Tempest</cite> at the Globe.</figcaption>"
    doc = parse_html(page(paragraphs(2) + figure(caption) + paragraphs(1, "B")))
    assert [(i.caption, i.credit) for i in doc.images] == [
        ("A scene from The Tempest at the Globe.", None)
    ]


def test_credit_label_words_of_other_languages_come_off():
    cases = (
        (
            "La cabina al collaudo (foto Ansa/Luca Ferri)",
            "La cabina al collaudo",
            "Ansa/Luca Ferri",
        ),
        ("青葉町の5年生＝3日（撮影・森田さくら）", "青葉町の5年生＝3日", "森田さくら"),
        (
            "Die Halle am Abend. <span class='credit'>Foto von Jana Berg</span>",
            "Die Halle am Abend.",
            "Jana Berg",
        ),
        ("La rampa <span class='credit'>Foto di Giulia Sarti</span>", "La rampa", "Giulia Sarti"),
        (
            "畑の子どもたち<span class='credit'>写真：青葉町教育委員会</span>",
            "畑の子どもたち",
            "青葉町教育委員会",
        ),
    )
    for caption, text, credit in cases:
        body = f"<figure>{PHOTO}<figcaption>{caption}</figcaption></figure>"
        doc = parse_html(page(paragraphs(2) + body + paragraphs(1, "B")))
        assert [(i.caption, i.credit) for i in doc.images] == [(text, credit)]


def test_a_capitalised_name_after_a_label_word_keeps_its_particle():
    body = f"<figure>{PHOTO}<figcaption>At the port. <span class='credit'>Photo De Souza</span>"
    doc = parse_html(page(paragraphs(2) + body + "</figcaption></figure>" + paragraphs(1, "B")))
    assert [i.credit for i in doc.images] == ["De Souza"]


def test_words_in_parentheses_without_a_label_stay_in_the_caption():
    body = f"<figure>{PHOTO}<figcaption>The old pier (foreground) in 1950</figcaption></figure>"
    doc = parse_html(page(paragraphs(2) + body + paragraphs(1, "B")))
    assert [(i.caption, i.credit) for i in doc.images] == [
        ("The old pier (foreground) in 1950", None)
    ]


def test_a_table_whose_cells_are_each_one_paragraph_is_read_row_by_row():
    rows = [("Item", "Price"), ("Hot meal", "£5.20"), ("Soup", "£3.10")]
    cells = "".join("<tr>" + "".join(f"<td><p>{c}</p></td>" for c in row) + "</tr>" for row in rows)
    doc = parse_html(page(paragraphs(2) + f"<table>{cells}</table>" + paragraphs(1, "B")))
    assert texts(doc)[2:5] == ["Item Price", "Hot meal £5.20", "Soup £3.10"]


def test_a_table_laying_out_paragraphs_is_still_read_as_its_paragraphs():
    cell = f"<td><p>First. {FILLER}</p><p>Second. {FILLER}</p></td>"
    doc = parse_html(page(f"<table><tr>{cell}</tr></table>" + paragraphs(1, "B")))
    assert texts(doc)[:2] == [f"First. {FILLER}", f"Second. {FILLER}"]


def web_part(inner: str) -> str:
    return f"<div class='zone'><div class='zone-control'>{inner}</div></div>"


def test_a_captioned_picture_part_between_two_text_parts_is_the_articles():
    text = "<div class='rte'><div class='rte-read'>{}</div></div>"
    picture = (
        f"<div class='image-part'>{PHOTO}<div class='captionElement'>"
        "<span>The new tables. Photo: Ben Carver</span></div></div>"
    )
    body = web_part(text.format(paragraphs(3))) + web_part(picture)
    body += web_part(text.format(paragraphs(3, "B")))
    doc = parse_html(page(body))
    assert [(i.caption, i.credit) for i in doc.images] == [("The new tables.", "Ben Carver")]
    assert [b.type for b in doc.body].index("image") == 3


def test_a_box_schema_org_marks_as_the_description_under_the_headline_is_a_deck():
    deck = "<div class='lead' itemprop='description'><p>A study of bogs shows how long.</p></div>"
    doc = parse_html(page(deck + paragraphs(3)))
    assert texts(doc) == [f"Paragraph {i}. {FILLER}" for i in (1, 2, 3)]


def test_a_description_marked_box_below_the_first_paragraph_stays():
    note = "<div itemprop='description'><p>A note on the count, kept in the text.</p></div>"
    doc = parse_html(page(paragraphs(1) + note + paragraphs(2, "B")))
    assert "A note on the count, kept in the text." in texts(doc)


def test_a_content_element_after_the_body_holding_its_text_deeper_down_is_the_articles():
    element = (
        "<div class='ce'><header><h2>Methane in the early years</h2></header>"
        f"<div class='ce-textpic'><div class='ce-bodytext'>{paragraphs(2, 'C')}</div></div></div>"
    )
    body = f"<div class='news-text-wrap'>{paragraphs(4)}</div>"
    body += f"<div class='news-content-elements'>{element}</div>"
    doc = parse_html(page(body))
    assert texts(doc)[4:] == ["Methane in the early years", f"C 1. {FILLER}", f"C 2. {FILLER}"]


def facts(values: list[str]) -> str:
    pairs = "".join(f"<dt>Term {i}</dt><dd>{v}</dd>" for i, v in enumerate(values))
    return f"<div class='facts'><h3>Match facts</h3><dl>{pairs}</dl></div>"


def test_a_description_list_of_short_facts_is_a_box_beside_the_story():
    box = facts(["Ashcombe, elected to bat", "Gwen Holt and Peter Darby", "Ashcombe 5, Marlow 3"])
    doc = parse_html(page(paragraphs(3) + box))
    assert texts(doc) == [f"Paragraph {i}. {FILLER}" for i in (1, 2, 3)]


def test_a_glossary_of_sentences_stays_in_the_text():
    values = ["A bog fed only by rain.", "Peat that has dried out.", "Water held in the peat."]
    doc = parse_html(page(paragraphs(3) + facts(values)))
    assert "A bog fed only by rain." in texts(doc)


def test_a_lead_pictures_caption_marked_as_its_description_stays_the_caption():
    caption = "<figcaption itemprop='description'>Protesters on the bridge.</figcaption>"
    doc = parse_html(page(f"<figure>{PHOTO}{caption}</figure>" + paragraphs(3)))
    assert [i.caption for i in doc.images] == ["Protesters on the bridge."]


def test_a_closing_name_in_parentheses_is_the_reporters_byline():
    body = paragraphs(3) + "<p>（森田さくら）</p>"
    doc = parse_html(page(body))
    assert texts(doc) == [f"Paragraph {i}. {FILLER}" for i in (1, 2, 3)]


def test_a_closing_line_in_parentheses_with_a_sentence_stays():
    body = paragraphs(3) + "<p>(The count closes on 3 March. Results follow in April.)</p>"
    doc = parse_html(page(body))
    assert texts(doc)[-1] == "(The count closes on 3 March. Results follow in April.)"


def test_a_caption_in_a_players_box_is_the_videos_not_text():
    frame = "<iframe src='https://video.example.com/embed/1' title='Video player'></iframe>"
    player = f"<div class='article-video__frame'>{frame}</div>"
    caption = "<p class='article-video__caption'>【動画】給食の時間のようす（約1分）</p>"
    video = f"<div class='article-video'>{player}{caption}</div>"
    doc = parse_html(page(paragraphs(2) + video + paragraphs(1, "B")))
    assert not any("動画" in t for t in texts(doc))


def test_a_caption_marked_paragraph_in_the_articles_box_beside_an_embed_stays():
    tweet = "<iframe src='https://embed.example.com/post/1'></iframe>"
    note = "<p class='caption-note'>The figures are the council's own, from its October report.</p>"
    doc = parse_html(page(paragraphs(2) + tweet + note + paragraphs(1, "B")))
    assert "The figures are the council's own, from its October report." in texts(doc)
