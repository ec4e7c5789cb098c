"""Rules found on the twelfth fresh batch of unseen templates (html_stress/fresh12)."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from api.parser.credits import split_credit
from api.parser.html.text_chrome import is_promo_line, is_reporter_line, is_source_line
from tests.parser.html.pages import FILLER, page, paragraphs, texts

ALT = "A ferry at the pier"


def story_element(kind: str, inner: str) -> str:
    return f"<div class='story-element story-element-{kind}'>{inner}</div>"


def story_page(elements: list[str]) -> str:
    """A headless CMS's story: each text, title, image or quote a box of its own."""
    return (
        "<!doctype html><html lang='en'><head><title>Ferry back | Example</title></head><body>"
        "<main><div class='story-page'><h1>Ferry back</h1>"
        + "".join(elements)
        + "<div class='story-tags'><a href='/t/a'>ferries</a></div></div></main></body></html>"
    )


def text_element(*sentences: str) -> str:
    return story_element("text", "<div>" + "".join(f"<p>{s}</p>" for s in sentences) + "</div>")


def test_a_story_of_sibling_text_elements_is_read_whole_with_titles_and_pictures():
    figure = (
        "<figure><img src='https://img.example/pier.jpg' alt='The pier' width='800'>"
        "<figcaption><span class='story-image-title'>The new pier at dawn.</span>"
        "<span class='story-image-attribution'>Photo: Ana Lima</span></figcaption></figure>"
    )
    doc = parse_html(
        story_page(
            [
                text_element(f"First. {FILLER}", f"Second. {FILLER}"),
                story_element("title", "<h2>What it cost</h2>"),
                text_element(f"Third. {FILLER}"),
                story_element("image", figure),
                text_element(f"Fourth. {FILLER}", f"Fifth. {FILLER}"),
            ]
        )
    )
    assert texts(doc) == [
        f"First. {FILLER}",
        f"Second. {FILLER}",
        "What it cost",
        f"Third. {FILLER}",
        f"Fourth. {FILLER}",
        f"Fifth. {FILLER}",
    ]
    assert [b.type for b in doc.body].count("subheading") == 1
    assert [(i.caption, i.credit) for i in doc.images] == [("The new pier at dawn.", "Ana Lima")]


def test_text_boxes_of_one_untyped_class_are_no_story_elements():
    # a site builder's text part and its boilerplate part, both 'text parbase': no types
    about = (
        "Acme Ferries is a regional operator of ferry services, founded in 1921, with"
        " twelve boats, three ports and a staff of four hundred."
    )
    body = (
        "<div class='text parbase'><div>" + paragraphs(4) + "</div></div>"
        f"<div class='text parbase'><div><p>{about}</p></div></div>"
    )
    doc = parse_html(page(body))
    assert about not in texts(doc)


CREDIT_SPLITS = [
    # Korean: '사진=' in parentheses, 'provided' dropped, a reporter's title kept
    ("시민들이 봉투를 고르고 있다. (사진=한빛군 제공)", "시민들이 봉투를 고르고 있다.", "한빛군"),
    ("서랍장의 모습. (사진=박서준 기자)", "서랍장의 모습.", "박서준 기자"),
    ("항구의 아침 풍경. (사진=바다일보)", "항구의 아침 풍경.", "바다일보"),
    # Bengali 'ছবি: X', the caption keeping its '।'
    ("নদীর ঘাটে নৌকা। ছবি: সংগৃহীত", "নদীর ঘাটে নৌকা।", "সংগৃহীত"),
    ("বাজারে ক্রেতাদের ভিড়। ছবি: তানভীর আহমেদ", "বাজারে ক্রেতাদের ভিড়।", "তানভীর আহমেদ"),
    # Polish 'fot. X' and 'Fot. X'
    ("Prom przy nabrzeżu. fot. Anna Kowalczyk", "Prom przy nabrzeżu.", "Anna Kowalczyk"),
    ("Port w 1950 roku. Fot. Archiwum Portu", "Port w 1950 roku.", "Archiwum Portu"),
    # Vietnamese 'Ảnh: X'
    ("Phà cập bến sáng 5/12. Ảnh: Thu Hà", "Phà cập bến sáng 5/12.", "Thu Hà"),
    ("Người dân chờ phà. Ảnh: UBND huyện Cồn Cát", "Người dân chờ phà.", "UBND huyện Cồn Cát"),
    # the same labels in a closing credit's brackets
    ("Phà cập bến. (Ảnh: Thu Hà)", "Phà cập bến.", "Thu Hà"),
    ("নৌকা ঘাটে। [ছবি: সংগৃহীত]", "নৌকা ঘাটে।", "সংগৃহীত"),
    ("Prom w porcie (fot. Jan Kos)", "Prom w porcie", "Jan Kos"),
    ("항구 풍경 [사진=바다일보 제공]", "항구 풍경", "바다일보"),
    # Indonesian: '(Foto: Dok. X)', the files of X, kept as printed
    ("Kapal di dermaga. (Foto: Dok. Dinas Perhubungan)", "Kapal di dermaga.",
     "Dok. Dinas Perhubungan"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "caption", "credit"), CREDIT_SPLITS)
def test_credit_labels_by_language_split(line, caption, credit):
    assert split_credit(ALT, line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "Ảnh hưởng của bão kéo dài ba ngày.",  # 'Ảnh' opening a word of the sentence, no mark
        "Ta fotografia pokazuje port. Warto go zobaczyć",  # no 'fot.' label
        "제공된 사진을 보면 항구가 보인다.",  # 'provided' and 'picture' in running text
        "তোলা ছবি দেখে সবাই খুশি।",  # 'picture' in running text, no mark after it
        "Người dân chờ phà (ảnh minh họa)",  # 'illustrative picture': no label, no holder
    ],
)
def test_label_words_in_running_text_split_nothing(line):
    assert split_credit(ALT, line) == (line, None)


def test_credit_spans_lose_their_language_labels():
    body = (
        "<figure><img src='https://img.example/a.jpg' alt='x' width='800'><figcaption>"
        "<span class='title'>Kapal di dermaga.</span><span class='attribution'>ছবি: Rafi Khan"
        "</span></figcaption></figure>"
        "<figure><img src='https://img.example/b.jpg' alt='y' width='800'><figcaption>"
        "<span class='title'>Port nocą.</span><span class='credit'>fot. Ewa Nowak</span>"
        "</figcaption></figure>" + paragraphs(3)
    )
    doc = parse_html(page(body))
    assert [i.credit for i in doc.images] == ["Rafi Khan", "Ewa Nowak"]


def test_a_caption_in_the_table_row_under_the_picture_is_taken():
    table = (
        "<table class='pic'><tbody><tr><td><img src='https://img.example/c.jpg' alt='z'></td>"
        "</tr><tr><td><p>Phà chờ khách ở bến. Ảnh: Lan Chi</p></td></tr></tbody></table>"
    )
    doc = parse_html(page(paragraphs(2) + table + paragraphs(2, "More")))
    assert [(i.caption, i.credit) for i in doc.images] == [("Phà chờ khách ở bến.", "Lan Chi")]
    assert "Phà chờ khách ở bến. Ảnh: Lan Chi" not in texts(doc)


def test_a_data_table_with_a_picture_keeps_its_rows():
    # a picture's row holding text of its own: a data table's row, no caption under a picture
    table = (
        "<table><tr><td>Boat</td><td><img src='https://img.example/d.jpg' alt='b'></td></tr>"
        "<tr><td>Seats</td><td>240</td></tr></table>"
    )
    doc = parse_html(page(paragraphs(2) + table + paragraphs(2, "More")))
    assert doc.images[0].caption == ""


def test_a_bare_caption_after_a_break_under_the_picture_is_taken():
    box = (
        "<div class='pic'><img src='https://img.example/e.jpg' alt='Bus' width='620'><br>"
        "Bus di halaman balai desa. (Foto: Dok. Dinas Perpustakaan)</div>"
    )
    doc = parse_html(page(paragraphs(2) + box + paragraphs(2, "More")))
    assert [(i.caption, i.credit) for i in doc.images] == [
        ("Bus di halaman balai desa.", "Dok. Dinas Perpustakaan")
    ]
    assert not any("balai desa" in t for t in texts(doc))


def test_a_paragraph_opened_by_a_picture_stays_text():
    # a <p> that starts with a picture and a break holds a paragraph, however short
    html = "<p><img src='https://img.example/f.jpg' alt='f' width='600'><br>The boat left.</p>"
    doc = parse_html(page(paragraphs(2) + html + paragraphs(1, "More")))
    assert "The boat left." in texts(doc)


@pytest.mark.parametrize(
    "line",
    [
        "Dołącz do nas na Facebooku! Publikujemy najciekawsze artykuły.",
        "Follow us on Instagram for more pictures from the harbour",
        "Join our WhatsApp channel for breaking news",
        "Síguenos en Telegram",
        "বন্দর বার্তার খবর পেতে গুগল নিউজ চ্যানেল ফলো করুন",
        "Scroll to continue with content",
        "SCROLL TO CONTINUE WITH CONTENT",
        "Story continues below advertisement",
        'Simak Video "Kapal Baru di Pelabuhan" [Gambas:Video 20detik]',
        "Tonton video lengkapnya di sini",
    ],
)
def test_promo_lines_are_promos(line):
    assert is_promo_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "The council asked residents to follow its updates on Facebook.",
        "She said she would join the protest, which was announced on Telegram.",
        "Follow the river path to the second bridge.",
        "Scroll down the page and you will find the timetable, the mayor said.",
        "Video footage shown to the court was filmed on a phone.",
        # a story's own appeal sends the reader to the police, not to the newsroom
        "Did you see the crash? Call police on 101, quoting incident 412.",
        "Do you have information about the robbery? Contact Crimestoppers anonymously.",
        "Were you there? Detectives want to hear from anyone who was on the platform.",
    ],
)
def test_sentences_mentioning_platforms_are_no_promos(line):
    assert not is_promo_line(line)


def test_promo_and_ad_slot_lines_leave_the_text():
    body = (
        paragraphs(2)
        + "<div class='slot'><p class='scroll'>SCROLL TO CONTINUE WITH CONTENT</p></div>"
        + paragraphs(1, "Middle")
        + "<p><em>Follow us on Google News for the latest ferry updates</em></p>"
    )
    doc = parse_html(page(body))
    assert texts(doc) == [f"Paragraph 1. {FILLER}", f"Paragraph 2. {FILLER}", f"Middle 1. {FILLER}"]


@pytest.mark.parametrize(
    ("line", "reporter"),
    [
        ("김하늘 기자 sky@example.kr", True),
        ("Jane Doe (jane.doe@news.example)", True),
        ("María López · mlopez@diario.example", True),
        ("Write to the council at info@council.example before Friday.", False),
        ("Tips? Send them to tips@news.example.", False),
        ("The harbour office, the ferry company and the council share one inbox, ops@x.example",
         False),
    ],
)  # fmt: skip
def test_reporter_lines(line, reporter):
    assert is_reporter_line(line) is reporter


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("Źródło: Urząd Miasta", True),
        ("Sumber: Dinas Perhubungan", True),
        ("Nguồn: Bộ Giao thông", True),
        ("Źródło: " + "bardzo długi opis " * 10, False),
        ("Źródłowy raport mówi co innego.", False),
    ],
)
def test_source_lines(line, source):
    assert is_source_line(line) is source


def test_lines_closing_the_text_leave_it_but_not_a_short_last_sentence():
    closing = "<p>Źródło: Urząd Gminy</p><p>Ola Nowak (ola@gazeta.example)</p>"
    doc = parse_html(page(paragraphs(3) + closing))
    assert texts(doc)[-1] == f"Paragraph 3. {FILLER}"
    doc = parse_html(page(paragraphs(3) + "<p>The ferry sails at noon.</p>"))
    assert texts(doc)[-1] == "The ferry sails at noon."


def test_a_source_line_amid_the_text_stays():
    body = paragraphs(2) + "<p>Źródło: Urząd Gminy</p>" + paragraphs(2, "More")
    assert "Źródło: Urząd Gminy" in texts(parse_html(page(body)))


def test_a_name_set_right_under_the_text_is_a_byline():
    closing = "<p style='text-align: right;'><strong>Thu Hà</strong></p>"
    doc = parse_html(page(paragraphs(3) + closing))
    assert texts(doc)[-1] == f"Paragraph 3. {FILLER}"
    closing = "<p align='right'>Ewa Nowak</p>"
    assert texts(parse_html(page(paragraphs(3) + closing)))[-1] == f"Paragraph 3. {FILLER}"


def test_a_short_last_sentence_set_right_stays():
    closing = "<p style='text-align:right'>The ferry sails at noon.</p>"
    assert texts(parse_html(page(paragraphs(3) + closing)))[-1] == "The ferry sails at noon."


def test_a_name_set_right_amid_the_text_stays():
    body = paragraphs(2) + "<p style='text-align:right'><b>Thu Hà</b></p>" + paragraphs(1, "End")
    assert "Thu Hà" in texts(parse_html(page(body)))


def test_a_block_of_article_cards_inside_the_text_loses_its_title():
    cards = "".join(
        f"<article><h3 class='entry-title'><a href='/2026/0{n}/story-{n}/'>Older ferry story"
        f" number {n} about the harbour</a></h3></article>"
        for n in range(1, 3)
    )
    title = "<h2><span>More on the harbour</span></h2>"
    block = f"<div class='more-articles'>{title}<div>{cards}</div></div>"
    body = paragraphs(2) + "<h2>The new timetable</h2>" + paragraphs(1, "Next") + block
    doc = parse_html(page(body + paragraphs(1, "Last")))
    heads = [b.text for b in doc.body if b.type == "subheading"]
    assert heads == ["The new timetable"]


def test_a_head_with_text_in_its_box_stays():
    box = (
        "<section><h2>Fares</h2><p>Tickets cost <a href='/fares'>five euros</a> each way on"
        " the morning crossing and four in the evening.</p></section>"
    )
    doc = parse_html(page(paragraphs(2) + box + paragraphs(1, "Next")))
    assert "Fares" in [b.text for b in doc.body if b.type == "subheading"]


def test_a_description_box_under_the_headline_is_a_deck():
    # (the text in a box of its own: with the paragraphs beside it, such a box is the lede,
    # test_templates11)
    body = (
        "<p class='description'>The island ferry returns after a year away.</p>"
        f"<div class='content'>{paragraphs(3)}</div>"
    )
    assert texts(parse_html(page(body)))[0] == f"Paragraph 1. {FILLER}"


def test_a_picture_description_under_the_headline_stays_its_caption():
    figure = (
        "<figure><img src='https://img.example/g.jpg' alt='g' width='800'>"
        "<figcaption class='image-description'>The ferry at the pier.</figcaption></figure>"
    )
    doc = parse_html(page(figure + paragraphs(3)))
    assert doc.images[0].caption == "The ferry at the pier."
