"""Rules found on fresh13's first look, each on made-up snippets: credit labels by language and
as whole words, captions beside lazy and markdown pictures, chrome inside the text."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from api.parser.credits import split_credit
from api.parser.html.images import clean_credit
from tests.parser.html.pages import page, paragraphs


def captioned(caption: str, marks: str = "") -> str:
    return (
        f"<figure><img src='https://example.org/up/p.jpg' alt='A'><figcaption{marks}>{caption}"
        "</figcaption></figure>"
    )


def pictures(caption: str, marks: str = "") -> list[tuple[str, str | None]]:
    doc = parse_html(page(paragraphs(2) + captioned(caption, marks) + paragraphs(1, "B")))
    return [(i.caption, i.credit) for i in doc.images]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Watu wakisubiri basi. (Picha na Amani Mushi)", ("Watu wakisubiri basi.", "Amani Mushi")),
        ("Soko la samaki. PICHA: HALIMA SAIDI", ("Soko la samaki.", "HALIMA SAIDI")),
        ("Wavuvi ufukweni. Picha: Baraka Njau", ("Wavuvi ufukweni.", "Baraka Njau")),
        ("גשר העץ מעל הנחל (צילום: נועה לוי)", ("גשר העץ מעל הנחל", "נועה לוי")),
        ("Το λιμάνι το πρωί. (Φωτ.: Νίκος Παππάς)", ("Το λιμάνι το πρωί.", "Νίκος Παππάς")),
        ("Η πλατεία. Φωτογραφία: Ελένη Ράλλη", ("Η πλατεία.", "Ελένη Ράλλη")),
        ("Çarşıda sabah. (Fotoğraf: Emre Yıldız)", ("Çarşıda sabah.", "Emre Yıldız")),
        ("Dolmuş durağı. FOTOĞRAF: AYŞE KAYA", ("Dolmuş durağı.", "AYŞE KAYA")),
        ("Rynek w Kielcach. (fot.: Jan Nowak)", ("Rynek w Kielcach.", "Jan Nowak")),
        ("Мост через реку. ФОТО: Олег Соколов", ("Мост через реку.", "Олег Соколов")),
    ],
)
def test_a_credit_label_by_language_is_dropped(line, want):
    assert split_credit("", line) == want


@pytest.mark.parametrize(
    "line",
    [
        "Wakazi wa kijiji. Pichani: Juma Ali",  # 'in the picture': who is shown, no label
        "Picha za harusi zilipendwa na wengi",  # 'picture' in running text
        "Ο φωτογράφος στο λιμάνι το πρωί",  # 'the photographer' in running text
        "Fotoğrafçılar sahilde toplandı",  # 'photographers' in running text
    ],
)
def test_a_label_word_inside_a_longer_word_or_the_text_is_none(line):
    assert split_credit("", line) == (line, None)


@pytest.mark.parametrize(
    ("credit", "want"),
    [
        ("Fotoğraf: Mert Kılıç / YHA", "Mert Kılıç / YHA"),
        ("Photographer: Jane Doe", "Jane Doe"),
        ("Fotografía: Ana Ruiz", "Ana Ruiz"),
        ("Fotograf: Jan Nowak", "Jan Nowak"),
        ("Фотограф: Иван Петров", "Иван Петров"),
        ("צילום: דוברות העירייה", "דוברות העירייה"),
        ("Picha na Zawadi Mrema", "Zawadi Mrema"),
        ("PICHA NA ZAWADI MREMA", "ZAWADI MREMA"),
        ("Imagery Lab", "Imagery Lab"),  # 'Image' only as a whole word
    ],
)
def test_a_credit_spans_label_ends_at_a_word_end(credit, want):
    assert clean_credit(credit) == want


def test_a_credit_span_in_hebrew_loses_its_label():
    caption = "<span>בית הספר החדש</span> <span class='credit'>צילום: יוסי כהן</span>"
    assert pictures(caption) == [("בית הספר החדש", "יוסי כהן")]


def test_a_turkish_source_span_keeps_the_whole_holder():
    caption = (
        "<span class='caption-text'>Sahil yolunda sabah yürüyüşü yapanlar.</span> "
        "<span class='caption-source'>Fotoğraf: Can Er / YHA</span>"
    )
    marks = " class='detail__caption'"
    assert pictures(caption, marks) == [("Sahil yolunda sabah yürüyüşü yapanlar.", "Can Er / YHA")]


def author_caption(author: str) -> str:
    return (
        "<span class='media__caption-text'>Una quitanieves despeja el puerto de montaña.</span> "
        f"<span class='media__caption-author'>{author}</span>"
    )


@pytest.mark.parametrize(
    "author", ["Marta Gil / EFE", "Jonas Berg/AFP", "Kim Lee, Reuters", "Getty Images"]
)
def test_an_author_span_shaped_as_a_credit_is_the_credit(author):
    caption = author_caption(author)
    want = [("Una quitanieves despeja el puerto de montaña.", author)]
    assert pictures(caption, " class='media__caption'") == want


@pytest.mark.parametrize("author", ["Marta Gil", "Redacción"])
def test_an_author_span_with_a_bare_name_is_no_credit(author):
    found = pictures(author_caption(author), " class='media__caption'")
    assert [credit for _, credit in found] == [None]
