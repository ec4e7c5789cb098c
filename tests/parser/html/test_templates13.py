"""Rules found on fresh13's first look, each on made-up snippets: credit labels by language and
as whole words, captions beside lazy and markdown pictures, chrome inside the text."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from api.parser.credits import split_credit
from api.parser.html.images import clean_credit
from tests.parser.html.pages import page, paragraphs, texts


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


def body_texts(html: str) -> list[str]:
    return texts(parse_html(page(paragraphs(3) + html)))


@pytest.mark.parametrize(
    "promo",
    [
        "Jiunge na chaneli yetu ya WhatsApp upate habari kila siku.",
        "Fuatilia habari zetu kupitia Instagram na YouTube.",
        "Підписуйтесь на наш Telegram-канал, щоб першими читати новини.",
        "Подпишитесь на наш канал в Телеграм: там все новости дня.",
        "Ακολουθήστε την Εφημερίδα στο Google News για όλες τις ειδήσεις",
        "הצטרפו לערוץ הטלגרם שלנו לעדכונים שוטפים",
        "Bizi Google News'te takip edin!",
    ],
)
def test_a_promo_naming_a_channel_in_any_language_is_no_text(promo):
    assert body_texts(f"<p><em>{promo}</em></p>") == body_texts("")


@pytest.mark.parametrize(
    "line",
    [
        "Ακολουθήστε με προσοχή τις οδηγίες της πυροσβεστικής, είπε ο δήμαρχος.",  # no platform
        "Jiunge na wenzako kusafisha ufukwe siku ya Jumamosi, alisema mwenyekiti.",
        "Мешканці підписуйтеся на петицію, закликав депутат, бо строк спливає.",
    ],
)
def test_a_sentence_with_a_promos_verb_and_no_channel_stays(line):
    assert body_texts(f"<p>{line}</p>")[-1] == line


@pytest.mark.parametrize(
    "note",
    [
        "Помітили помилку? Виділіть її та натисніть Ctrl+Enter.",
        "Spotted a typo? Highlight it and press Ctrl + Enter.",
        "Нашли ошибку? Выделите её и нажмите Ctrl+Enter",
    ],
)
def test_an_error_report_note_is_no_text(note):
    assert body_texts(f"<div class='note'>{note}</div>") == body_texts("")


def test_a_paragraph_about_keyboard_shortcuts_stays():
    line = (
        "The new editor keeps the old shortcuts: Ctrl+Enter still sends a message, and the "
        "team says a survey of three thousand users found that most of them rely on it daily, "
        "so removing it was never on the table."
    )
    assert body_texts(f"<p>{line}</p>")[-1] == line


@pytest.mark.parametrize(
    "byline",
    [
        "Na MWANDISHI WETU, MOROGORO",
        "Na Neema Mollel, Arusha",
        "By Jane Doe, Harbour Desk",
        "BY TOM OKAFOR, CITY EDITOR",
        "Por Lucía Herrera, Sevilla",
        "Von Jonas Weber, Kiel",
    ],
)
def test_a_bold_byline_opening_the_text_is_no_text(byline):
    assert body_texts_first(f"<p><strong>{byline}</strong></p>") == body_texts_first("")


def body_texts_first(html: str) -> list[str]:
    return texts(parse_html(page(html + paragraphs(3))))


@pytest.mark.parametrize(
    "head",
    [
        "By the numbers",  # a head: no comma's place after a name
        "Na Baadaye, Maji Yakarudi Kijijini Tena",  # 'And later, ...' after the first paragraph
        "By Jane Doe, Harbour Desk",  # a byline's shape, but not the text's opening
    ],
)
def test_a_bold_line_after_the_opening_stays(head):
    found = body_texts_first(paragraphs(1, "Lead") + f"<p><strong>{head}</strong></p>")
    assert head in found


def related_box(title: str, tag: str = "b") -> str:
    return (
        f"<div class='moreon'><{tag}>{title}</{tag}>\n<ul><li><a href='/a/1'>Another story "
        "about the harbour and its new ferry timetable</a></li><li><a href='/a/2'>Council "
        "votes on the budget for the coming year</a></li></ul></div>"
    )


@pytest.mark.parametrize(
    ("title", "tag"),
    [("עוד בנושא:", "b"), ("Lees ook:", "strong"), ("Más sobre el tema", "b"), ("Also read", "b")],
)
def test_a_related_boxs_bold_title_over_links_is_no_head(title, tag):
    doc = parse_html(page(paragraphs(2) + related_box(title, tag) + paragraphs(2, "B")))
    assert title not in texts(doc)
    assert [b.text for b in doc.body if b.type == "subheading"] == []


def test_a_bold_line_over_a_list_of_text_stays_a_head():
    box = (
        "<div><b>What changes on Monday</b>\n<ul><li>Buses run every ten minutes on weekdays "
        "from six in the morning.</li><li>Night buses stop at the harbour and the station."
        "</li></ul></div>"
    )
    doc = parse_html(page(paragraphs(2) + box + paragraphs(2, "B")))
    assert [b.text for b in doc.body if b.type == "subheading"] == ["What changes on Monday"]


def test_an_embedded_facebook_post_is_no_text():
    post = (
        "<div class='embed'><div class='fb-post' data-href='https://facebook.example/p/1'>"
        "<blockquote class='fb-xfbml-parse-ignore'><p>Come to the opening ride next week at "
        "the first bridge, ten in the morning!</p>&mdash; <a href='https://facebook.example/c'>"
        "City Hall</a></blockquote></div></div>"
    )
    assert body_texts(post) == body_texts("")


@pytest.mark.parametrize(
    "question",
    ["How did you find this news?", "Bu haberi nasıl buldunuz?", "¿Te ha gustado la noticia?"],
)
def test_a_vote_prompt_beside_its_buttons_is_no_text(question):
    box = (
        f"<div class='detail__rate'><span>{question}</span> <button>👍 (86)</button> "
        "<button>😐 (4)</button> <button>👎 (2)</button></div>"
    )
    assert body_texts(box) == body_texts("")


def test_a_question_beside_one_button_or_a_long_paragraph_stays():
    one = "<div><span>Will the ferry run in winter?</span> <button>Share</button></div>"
    assert "Will the ferry run in winter?" in body_texts(one)
    line = (
        "The council has not said whether the ferry will keep running once the winter storms "
        "start, and the operator has asked for more money. What happens next?"
    )
    two = f"<div><span>{line}</span> <button>Yes</button> <button>No</button></div>"
    assert line in body_texts(two)


@pytest.mark.parametrize(
    ("marks", "line", "want"),
    [
        (
            "inline-image__desc",
            "Yeni turnikeler. (Fotoğraf: Ece Tan)",
            ("Yeni turnikeler.", "Ece Tan"),
        ),
        ("photo__description", "The new gates at the pier.", ("The new gates at the pier.", None)),
        ("img-desc", "Nowe bramki. (fot. Jan Lis)", ("Nowe bramki.", "Jan Lis")),
    ],
)
def test_a_lazy_pictures_description_paragraph_is_its_caption(marks, line, want):
    lazy = (
        "<div class='story__picture'><img class='lazy' src='data:image/gif;base64,R0lGODlhAQAB'"
        " data-src='https://example.org/up/gates.jpg' alt='Gates' width='680' height='453'>"
        "<noscript><img src='https://example.org/up/gates.jpg' alt='Gates'></noscript>"
        f"<p class='{marks}'>{line}</p></div>"
    )
    doc = parse_html(page(paragraphs(2) + lazy + paragraphs(2, "B")))
    assert [(i.caption, i.credit) for i in doc.images] == [want]
    assert line not in texts(doc)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("The lock at dawn. Photo: Ada Brook", ("The lock at dawn.", "Ada Brook")),
        ("Die Schleuse im Nebel. Foto: Jonas Weber", ("Die Schleuse im Nebel.", "Jonas Weber")),
        ("A heron on the towpath", ("A heron on the towpath", None)),
    ],
)
def test_an_italic_line_after_a_picture_and_a_break_is_its_caption(line, want):
    markdown = (
        f"<p><img src='https://example.org/up/lock.jpg' alt='Lock' /><br />\n<em>{line}</em></p>"
    )
    doc = parse_html(page(paragraphs(2) + markdown + paragraphs(2, "B")))
    assert [(i.caption, i.credit) for i in doc.images] == [want]
    assert line not in texts(doc)


def test_a_paragraph_going_on_after_the_italic_line_stays_text():
    line = "The lock at dawn, before the boats."
    para = (
        f"<p><img src='https://example.org/up/lock.jpg' alt='Lock' /><br /><em>{line}</em> "
        "And then the volunteers arrived with their rakes and wheelbarrows.</p>"
    )
    doc = parse_html(page(paragraphs(2) + para + paragraphs(2, "B")))
    assert any(line in t for t in texts(doc))


LEAD_LINE = "The new line links the northern estate with the centre in twelve minutes."


@pytest.mark.parametrize("marks", ["post__lead", "article__lead", "story-header__lead big"])
def test_a_blocks_lead_under_the_headline_over_a_text_box_is_a_deck(marks):
    body = f"<p class='{marks}'>{LEAD_LINE}</p><div class='post__text'>{paragraphs(4)}</div>"
    doc = parse_html(page(body))
    assert LEAD_LINE not in texts(doc)


def test_a_blocks_lead_with_the_paragraphs_beside_it_is_the_lede():
    doc = parse_html(page(f"<p class='post__lead'>{LEAD_LINE}</p>{paragraphs(4)}"))
    assert texts(doc)[0] == LEAD_LINE


def test_a_lead_box_not_named_as_a_blocks_part_stays_text():
    body = f"<p class='lead'>{LEAD_LINE}</p><div class='post__text'>{paragraphs(4)}</div>"
    assert texts(parse_html(page(body)))[0] == LEAD_LINE
