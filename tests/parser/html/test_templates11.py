"""Rules found on the eleventh fresh batch of unseen templates (html_stress/fresh11): decks,
picture descriptions, Web Story pages, centred caption lines, labelled credits, source lines."""

from __future__ import annotations

import lxml.html
import pytest

from api.parser import parse_html
from api.parser.credits import split_credit
from api.parser.html.decks import headline_deck
from api.parser.html.images import closing_holder
from api.parser.html.sources import is_source_line
from tests.parser.html.pages import FILLER, page, paragraphs, texts

BODY = [f"Paragraph {i}. {FILLER}" for i in (1, 2, 3)]


def boxed(before: str, headline: str = "Ferry returns to the island") -> str:
    """A page whose headline and `before` stand together, the text in a box of its own."""
    return page(f"{before}<div class='body-text'>{paragraphs(3)}</div>", headline=headline)


# Decks ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "deck",
    [
        "<div class='news-detail__preview'>Паром будет ходить до конца марта</div>",
        "<p class='article__abstract'>เทศบาลเตรียมเปิดท่าเรือใหม่ทุกวันเสาร์</p>",
        "<p class='sapo'>Phà sẽ chạy lại từ tuần sau.</p>",
        "<div class='post-perex'>Přívoz začne jezdit v pondělí.</div>",
        "<div class='entradilla'>El transbordador vuelve a la isla.</div>",
        "<div class='m-detail--abstract'>The ferry is back ... and so are the queues ...</div>",
    ],
)
def test_a_box_named_a_deck_in_any_language_is_no_part_of_the_body(deck):
    doc = parse_html(boxed(deck))
    assert texts(doc) == BODY


def test_a_description_box_beside_the_headline_is_a_deck_when_the_text_is_boxed():
    deck = (
        "<p class='description'>The island's ferry sails again from Monday, the council said.</p>"
    )
    doc = parse_html(boxed(deck))
    assert texts(doc) == BODY


def test_a_bold_line_beside_the_headline_is_a_deck_when_the_text_is_boxed():
    deck = "<p><strong>Crossings resume on Monday after a winter of repairs</strong></p>"
    doc = parse_html(boxed(deck))
    assert texts(doc) == BODY


def test_a_description_box_with_the_paragraphs_beside_it_is_the_lede():
    lede = "The island's ferry sails again from Monday, the council said on Friday evening."
    doc = parse_html(page(f"<p class='description'>{lede}</p>{paragraphs(3)}"))
    assert texts(doc) == [lede, *BODY]


def test_a_bold_first_paragraph_among_the_paragraphs_stays():
    lede = "Crossings resume on Monday after a winter of repairs"
    doc = parse_html(page(f"<p><b>{lede}</b></p>{paragraphs(3)}"))
    assert lede in texts(doc)


def test_a_paywalls_preview_of_the_text_is_the_text():
    first = f"First. {FILLER}"
    body = (
        f"<div class='subscriber-preview'><p>{first}</p></div>"
        f"<div class='subscriber-only'>{paragraphs(3)}</div>"
    )
    doc = parse_html(page(body))
    assert texts(doc) == [first, *BODY]


def test_a_description_box_of_several_paragraphs_is_no_deck():
    root = lxml.html.fromstring(
        "<div><h1>Lantern walk</h1><div class='description'><p>One. It began at dusk.</p>"
        "<p>Two. It ended at the steps.</p></div><div class='text'><p>Three.</p></div></div>"
    )
    h1, intro = root[0], root[1]
    assert not headline_deck(intro, "description", h1)
    root[1].remove(root[1][1])
    assert headline_deck(intro, "description", h1)


# Picture descriptions (Naver's em.img_desc) and bracketed credits ---------------------------


def described_picture(description: str) -> str:
    return (
        "<span class='end_photo_org'><div class='wrap'><div class='inner'>"
        "<img data-src='https://img.example/p/harbour.jpg' alt=''></div></div>"
        f"<em class='img_desc'>{description}</em></span><br><br>"
    )


@pytest.mark.parametrize(
    ("description", "caption", "credit"),
    [
        (
            "새로 문을 연 항구 도서관 [나루시 제공. 재판매 및 DB 금지]",
            "새로 문을 연 항구 도서관",
            "나루시",
        ),
        ("항구 도서관의 열람실 [촬영 박서연]", "항구 도서관의 열람실", "박서연"),
        ("The harbour library's reading room", "The harbour library's reading room", ""),
    ],
)
def test_a_picture_description_after_the_picture_is_its_caption(description, caption, credit):
    text = "가람시는 옛 역 건물을 도서관으로 꾸몄다고 밝혔다. " + FILLER
    body = f"<div class='text'>{described_picture(description)}{text}<br><br>Two. {text}</div>"
    doc = parse_html(page(body))
    assert [(i.caption, i.credit or "") for i in doc.images] == [(caption, credit)]
    assert description not in texts(doc)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("항구의 아침 [한빛시 제공]", "항구의 아침", "한빛시"),
        ("渡口的早晨（江北区供图）", "渡口的早晨", "江北区"),
        ("港の朝（港湾局提供）", "港の朝", "港湾局"),
    ],
)
def test_a_holder_named_before_its_label_in_brackets_is_the_credit(line, caption, credit):
    assert split_credit("", line) == (caption, credit)


def test_a_bracketed_sentence_with_a_label_word_is_no_credit():
    line = "항구의 아침 [시가 제공한 자료에 따르면 방문객이 늘었다. 그래서 더 열었다]"
    assert split_credit("", line)[1] is None


# Web Stories -------------------------------------------------------------------------------


def story_page(picture: str, text: str) -> str:
    return (
        "<amp-story-page><amp-story-grid-layer template='fill'>"
        f"<amp-img src='https://img.example/s/{picture}.jpg' width='720' height='1280'"
        " layout='responsive' alt='A picture'></amp-img></amp-story-grid-layer>"
        f"<amp-story-grid-layer template='vertical'><div class='text-box'>{text}</div>"
        "</amp-story-grid-layer></amp-story-page>"
    )


def story(*pages: str) -> str:
    cover = story_page("cover", "<h1>Night divers of the old harbour</h1>")
    return (
        "<!doctype html><html lang='en'><head><title>Night divers</title></head><body>"
        f"<amp-story standalone title='Night divers'>{cover}{''.join(pages)}</amp-story>"
        "</body></html>"
    )


def test_a_story_pages_caption_lines_name_its_picture():
    text = f"<p>One. {FILLER}</p><p class='caption'>Ravi Sen checks his torch</p>"
    text += "<p class='credit'>Photo: Lena Holt</p>"
    doc = parse_html(story(story_page("ravi", text), story_page("two", f"<p>Two. {FILLER}</p>")))
    assert [(i.caption, i.credit) for i in doc.images] == [
        ("Ravi Sen checks his torch", "Lena Holt")
    ]
    assert doc.images[0].src.endswith("/ravi.jpg")
    assert texts(doc) == [f"One. {FILLER}", f"Two. {FILLER}"]


def test_story_pages_each_pair_their_own_picture():
    first = f"<p>One. {FILLER}</p><p class='caption'>The quay at midnight</p>"
    second = f"<p>Two. {FILLER}</p><p class='caption'>Kit laid out on the steps</p>"
    doc = parse_html(story(story_page("quay", first), story_page("kit", second)))
    found = {i.src.rsplit("/", 1)[-1]: i.caption for i in doc.images}
    assert found == {"quay.jpg": "The quay at midnight", "kit.jpg": "Kit laid out on the steps"}


def test_a_story_page_without_a_caption_line_adds_no_caption():
    pages = story_page("a", f"<p>One. {FILLER}</p>"), story_page("b", f"<p>Two. {FILLER}</p>")
    doc = parse_html(story(*pages))
    assert not any(i.caption for i in doc.images)
    assert texts(doc) == [f"One. {FILLER}", f"Two. {FILLER}"]


# Centred caption lines (WeChat) -------------------------------------------------------------


def centred(line: str, tag: str = "section") -> str:
    """An editor's page of sections: text, a centred picture, a centred line, more text."""
    text = "".join(
        f"<section><p>{n}、{FILLER}</p><p>{n + 1}、{FILLER}</p></section>" for n in (1, 3, 5)
    )
    return (
        f"<div class='rich'>{text}"
        "<section style='text-align: center;'><img data-src='https://img.example/w/640?fmt=jpeg'"
        " alt='图片'></section>"
        f"<{tag} style='text-align: center;'><span style='font-size: 12px'>{line}</span></{tag}>"
        f"<section><p>7、{FILLER}</p><p>8、{FILLER}</p></section></div>"
    )


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("护河队员在河边清理垃圾。摄影：陈小雨", "护河队员在河边清理垃圾。", "陈小雨"),
        ("河道如今的模样。图｜江北融媒体中心", "河道如今的模样。", "江北融媒体中心"),
        ("新步道上的早晨。图片：县水利局", "新步道上的早晨。", "县水利局"),
        (
            "The new footbridge at dawn. Photo: Ana Reyes",
            "The new footbridge at dawn.",
            "Ana Reyes",
        ),
    ],
)
def test_a_centred_line_with_a_credit_under_a_picture_is_its_caption(line, caption, credit):
    doc = parse_html(page(centred(line)))
    assert [(i.caption, i.credit) for i in doc.images] == [(caption, credit)]
    assert line not in texts(doc)


@pytest.mark.parametrize("tag", ["section", "p"])
def test_a_centred_line_without_a_credit_under_a_picture_stays_text(tag):
    line = "The footbridge opened to walkers on Sunday, a year late."
    doc = parse_html(page(centred(line, tag)))
    assert not doc.images[0].caption
    assert line in texts(doc)


def test_a_left_aligned_line_with_a_credit_under_a_picture_is_not_taken_for_a_caption():
    html = centred("河道如今的模样。图｜江北融媒体中心").replace(
        "<section style='text-align: center;'><span", "<section><span"
    )
    doc = parse_html(page(html))
    assert not doc.images[0].caption


def test_a_map_label_inside_a_chinese_sentence_is_no_credit():
    assert split_credit("", "游客在地图：这里是新修的步道")[1] is None


# Labelled credits in author boxes; closing holders in parentheses ---------------------------


def bitrix_picture(author: str) -> str:
    return (
        "<div class='news-detail__picture'><img src='/upload/iblock/a1/ferry.jpg' alt='Паром'>"
        "<div class='news-detail__photo-caption'>Паром у причала утром</div>"
        f"<div class='news-detail__photo-author'>{author}</div></div>"
    )


@pytest.mark.parametrize(
    ("author", "credit"),
    [
        ("Фото: пресс-служба порта", "пресс-служба порта"),
        ("Photo: Harbour Board", "Harbour Board"),
        ("फोटो: नगर निगम", "नगर निगम"),
    ],
)
def test_a_labelled_credit_in_a_pictures_author_box_is_its_credit(author, credit):
    doc = parse_html(page(bitrix_picture(author) + paragraphs(3)))
    assert [(i.caption, i.credit) for i in doc.images] == [("Паром у причала утром", credit)]
    assert texts(doc) == BODY


def test_an_author_box_without_a_label_beside_a_picture_is_no_credit():
    doc = parse_html(page(bitrix_picture("Иван Петров") + paragraphs(3)))
    assert doc.images[0].credit != "Иван Петров"
    assert "Иван Петров" not in texts(doc)


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("صيادون في الميناء صباحا (وكالة الساحل)", ("صيادون في الميناء صباحا", "وكالة الساحل")),
        ("الرئيس يفتتح المحطة (رويترز)", ("الرئيس يفتتح المحطة", "رويترز")),
        ("渡口的早晨（新华社）", ("渡口的早晨", "新华社")),
        ("الرئيس مع وزير المياه (يمين)", None),
        ("周桂芳与队员们（右）", None),
        ("المحطة عند افتتاحها (2019)", None),
        ("The quay at dawn (Harbour Board)", None),
        ("(وكالة الساحل)", None),
        ("항구의 아침 (사진=한빛시)", None),
    ],
)
def test_a_caseless_captions_closing_holder_in_parentheses(caption, expected):
    assert closing_holder(caption) == expected


def test_an_arabic_figcaption_loses_its_closing_parenthesised_credit():
    figure = (
        "<figure><img src='https://img.example/a/port.jpg' alt='الميناء'>"
        "<figcaption>ألواح شمسية فوق مستودعات الميناء (وكالة الساحل)</figcaption></figure>"
    )
    doc = parse_html(page(figure + paragraphs(3)))
    assert [(i.caption, i.credit) for i in doc.images] == [
        ("ألواح شمسية فوق مستودعات الميناء", "وكالة الساحل")
    ]


# Source lines closing the text ---------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "المصدر: الساحل نيوز + وكالات",
        "Source: Harbour News and agencies",
        "Quelle: Deutsche Presse-Agentur",
        "Источник: Пресс-служба мэрии",
        "来源：江北发布",
        "Fuente: EFE",
    ],
)
def test_a_source_line_closing_the_text_is_no_part_of_the_body(line):
    doc = parse_html(page(paragraphs(3) + f"<p>{line}</p>"))
    assert texts(doc) == BODY


@pytest.mark.parametrize(
    "line",
    [
        "Source: the mayor said the ferry would keep sailing through the winter months.",
        "Source of the trouble: a cracked hull. The company said repairs would take a week.",
        "Quelle: die eigenen Zahlen des Rathauses, veröffentlicht im März.",
    ],
)
def test_a_sentence_opening_with_source_stays(line):
    assert not is_source_line(line)
    doc = parse_html(page(paragraphs(3) + f"<p>{line}</p>"))
    assert texts(doc)[-1] == line


def test_a_source_line_amid_the_text_stays():
    line = "Source: Harbour News"
    doc = parse_html(page(paragraphs(2) + f"<p>{line}</p>" + paragraphs(1, "Last")))
    assert line in texts(doc)
