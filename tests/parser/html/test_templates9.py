"""Rules found on the ninth fresh batch of unseen templates (html_stress/fresh9)."""

from __future__ import annotations

import pytest

from api.parser import NotAnArticleError, parse_html
from tests.parser.html.pages import FILLER, page, paragraphs, texts


def block(kind: str, inner: str) -> str:
    """A site builder's block: every one named 'sb-widget', its kind after it."""
    container = f"<div class='sb-widget-container'>{inner}</div>"
    return f"<div class='sb-element sb-widget sb-widget-{kind}'>{container}</div>"


def builder_post(blocks: str) -> str:
    """The post's content box, named by the builder's word and as the post's content."""
    return f"<div class='sb-element sb-widget sb-widget-theme-post-content'>{blocks}</div>"


def text_block(name: str) -> str:
    return block("text-editor", f"<p>{name}. {FILLER}</p>")


FILLER_P = f"<p>Last. {FILLER}</p>"

PICTURE = block(
    "image",
    "<figure><img src='https://img.example.com/hall.jpg' alt='The hall' width='800'>"
    "<figcaption>The hall on its opening night.</figcaption></figure>",
)


def test_a_site_builders_blocks_inside_the_post_content_are_the_article():
    blocks = text_block("First") + block("heading", "<h2>Where it goes next</h2>") + PICTURE
    blocks += text_block("Second") + text_block("Third")
    doc = parse_html(page(builder_post(blocks)))
    assert texts(doc) == [
        f"First. {FILLER}",
        "Where it goes next",
        f"Second. {FILLER}",
        f"Third. {FILLER}",
    ]
    assert [i.caption for i in doc.images] == ["The hall on its opening night."]


def test_a_builder_block_with_a_chrome_word_of_its_own_is_still_chrome():
    share = block("share-buttons", "<p>Share this story with your friends and neighbours.</p>")
    blocks = text_block("First") + share + text_block("Second") + text_block("Third")
    doc = parse_html(page(builder_post(blocks)))
    assert not any("Share this" in t for t in texts(doc))
    assert len(texts(doc)) == 3


def test_blocks_named_so_outside_the_post_content_are_still_chrome():
    blocks = text_block("First") + text_block("Second") + text_block("Third")
    aside = "<p>Our opening hours are on the notice board.</p>"
    aside = f"<div class='sb-widget sb-widget-text'>{aside}</div>"
    doc = parse_html(page(builder_post(blocks) + aside))
    assert not any("opening hours" in t for t in texts(doc))
    assert len(texts(doc)) == 3


def forum_picture(facts: str) -> str:
    """A forum's enlargement link: the picture with a line of file facts drawn on it."""
    src = "https://forum.example.org/uploads/original/ab12cd.jpeg"
    return (
        f"<div class='lightbox-wrapper'><a class='lightbox' href='{src}'>"
        f"<img src='{src}' alt='The weir in flood' width='690'>"
        f"<div class='meta'>{facts}</div></a></div>"
    )


def test_a_picture_links_file_name_and_size_are_no_text():
    facts = "<span class='filename'>weir-flood.jpeg</span><span>2048×1365 412 KB</span>"
    caption = "<p><em>The weir on Sunday morning. Photo: Ann Pike</em></p>"
    doc = parse_html(page(paragraphs(2) + forum_picture(facts) + caption + FILLER_P))
    assert not any("KB" in t or "jpeg" in t for t in texts(doc))
    assert [(i.caption, i.credit) for i in doc.images] == [
        ("The weir on Sunday morning.", "Ann Pike")
    ]


def test_a_download_link_without_a_picture_keeps_its_file_facts():
    link = "<a href='https://example.org/plans.jpeg'>plans.jpeg 2.4 MB</a>"
    line = f"<p>The drawings are online as one file, {link}, for anyone to read.</p>"
    doc = parse_html(page(paragraphs(2) + line))
    assert any("plans.jpeg 2.4 MB" in t for t in texts(doc))


# html25a: fresh9's leftovers.


def paywall(after_call: str) -> str:
    return (
        "<div class='article__paywall'><p class='paywall__title'>Read on with Plus</p>"
        "<p>Every article on the site, four weeks for 99p.</p>"
        f"<a href='/abo/plus'>Try it now</a> {after_call}</div>"
    )


def test_a_paywall_offer_ending_in_a_login_link_is_no_text():
    box = paywall("<a href='/login'>Already a subscriber? Log in</a>")
    doc = parse_html(page(paragraphs(3) + box))
    assert texts(doc) == [f"Paragraph {i}. {FILLER}" for i in (1, 2, 3)]


def test_a_box_going_on_after_a_subscribe_link_keeps_its_text():
    box = paywall("and the council's own report is on its website, <a href='/login'>here</a>.")
    doc = parse_html(page(paragraphs(3) + box))
    assert any("four weeks for 99p" in t for t in texts(doc))


def test_a_date_run_into_a_reading_time_is_no_text():
    for line in ("3 December 2026 · 4 min read", "Dec 3, 2026 | 12 minute read"):
        doc = parse_html(page(f"<p>{line}</p>" + paragraphs(3)))
        assert texts(doc) == [f"Paragraph {i}. {FILLER}" for i in (1, 2, 3)], line


def test_a_sentence_with_a_dot_and_read_in_it_stays():
    line = (
        "Readers · 4 minutes read the whole report, the survey found, and then wrote to the editor."
    )
    doc = parse_html(page(f"<p>{line}</p>" + paragraphs(2)))
    assert texts(doc)[0] == line


def test_a_releases_contact_box_is_no_text():
    box = (
        "<h3>Media contact</h3><p>Harbour Board press office<br>press@harbour.example<br>"
        "+44 20 7946 0000</p>"
    )
    doc = parse_html(page(paragraphs(3) + box))
    assert texts(doc) == [f"Paragraph {i}. {FILLER}" for i in (1, 2, 3)]


def test_a_press_office_head_over_a_paragraph_stays():
    long = f"The press office moved to the harbour in May. {FILLER} {FILLER}"
    doc = parse_html(page(paragraphs(2) + f"<h2>Press office</h2><p>{long}</p>"))
    assert texts(doc)[-2:] == ["Press office", long]


def forum_post(number: int, text: str, reply: bool) -> str:
    mark = " itemprop='comment' itemscope itemtype='http://schema.org/Comment'" if reply else ""
    return (
        f"<div id='post_{number}' class='topic-body crawler-post'{mark}>"
        "<div class='crawler-post-meta'><span itemprop='author'><a href='/u/ann'>ann_p</a>"
        f" (Ann Pike)</span> <time datetime='2026-12-02'>December 2, 2026</time> {number}</div>"
        f"<div class='post' itemprop='text'>{text}</div></div>"
    )


def test_a_posts_meta_line_and_schema_org_replies_are_no_text():
    reply = "<p>Thanks for the update. Is the diversion fine for a buggy, or is the stile bad?</p>"
    doc = parse_html(page(forum_post(1, paragraphs(3), False) + forum_post(2, reply, True)))
    assert texts(doc) == [f"Paragraph {i}. {FILLER}" for i in (1, 2, 3)]


def test_a_box_named_meta_with_a_paragraph_stays():
    box = f"<div class='story-meta'><time>2 December</time><p>{FILLER}</p></div>"
    doc = parse_html(page(paragraphs(2) + box))
    assert FILLER in texts(doc)[-1]


def word_page(picture_src: str) -> str:
    """A Word document saved as a web page: its subtitle, a picture paragraph, its caption
    paragraph and a bulleted list drawn with Symbol glyphs."""
    glyph = (
        "<span style='font-family:Symbol'><span style='mso-list:Ignore'>·"
        "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span></span>"
    )
    return (
        "<p class=MsoSubtitle>An update from the hall committee, December 2026</p>"
        + paragraphs(2)
        + f"<p class=MsoNormal align=center><span><img width=533 height=355 src='{picture_src}'"
        " alt='Scaffolding on the hall'></span></p>"
        "<p class=MsoCaption>The scaffolding went up on 14 November. Photo: Dee Ashby</p>"
        f"<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'>{glyph}"
        "<span>The car park will be closed on weekdays.</span></p>"
        f"<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'>{glyph}"
        "<span>The stage will be out of use.</span></p>"
    )


def test_a_word_pages_subtitle_caption_and_list_glyphs():
    doc = parse_html(page(word_page("Hall%20roof_files/image002.jpg")))
    assert texts(doc) == [
        f"Paragraph 1. {FILLER}",
        f"Paragraph 2. {FILLER}",
        "The car park will be closed on weekdays.",
        "The stage will be out of use.",
    ]
    assert [(i.caption, i.credit) for i in doc.images] == [
        ("The scaffolding went up on 14 November.", "Dee Ashby")
    ]


def test_a_relative_icon_without_a_base_is_no_picture():
    doc = parse_html(page(word_page("Hall%20roof_files/icon-logo.png")))
    assert doc.images == ()


def test_a_picture_named_for_the_modal_it_opens_is_the_articles():
    figure = (
        "<figure><img class='entry-thumb td-modal-image' width='696' height='464'"
        " src='https://example.org/up/harbour.jpg' alt='Boats'><figcaption>Boats on the sand at"
        " low tide. (Photo by Jory Menna)</figcaption></figure>"
    )
    doc = parse_html(page(paragraphs(2) + figure + paragraphs(1, "B")))
    assert [(i.caption, i.credit) for i in doc.images] == [
        ("Boats on the sand at low tide.", "Jory Menna")
    ]


def test_a_modal_box_around_a_picture_stays_chrome():
    box = (
        "<div class='newsletter-modal'><img width='696' height='464'"
        " src='https://example.org/up/promo.jpg' alt='Sign up'></div>"
    )
    doc = parse_html(page(paragraphs(2) + box + paragraphs(1, "B")))
    assert doc.images == ()


def story_page(media: str) -> str:
    """A scrolling story's sections (no <article>): text sections with a media section between
    two, and a text box of another style further down."""
    text = "<section class='Theme-Section Theme-TextSection'><div class='Theme-Layer-BodyText'>"
    return (
        "<!doctype html><html lang='en'><head><title>The marsh | Estuary Trust</title></head>"
        "<body><main class='Theme-Content'><section class='Theme-Section Theme-TitleSection'>"
        "<div class='Theme-OverlayedText'><h1>The marsh</h1></div></section>"
        f"{text}{paragraphs(2)}</div></section>"
        f"<section class='Theme-Section Theme-MediaSection'>{media}</section>"
        f"{text}{paragraphs(2, 'B')}</div></section>"
        "<section class='Theme-Section Theme-ScrollmationSection'>"
        f"<div class='Theme-Scrollmation-foreground'>{paragraphs(2, 'C')}</div></section>"
        f"{text}{paragraphs(2, 'D')}</div></section></main></body></html>"
    )


def test_a_captioned_picture_between_a_story_pages_text_sections_is_the_articles():
    media = (
        "<figure><img src='https://example.org/a/breach.jpeg' alt='Digger'><figcaption>"
        "<span class='Theme-Caption-Text'>The first tide flows through the breach.</span> "
        "<span class='Theme-Caption-Credit'>Kit Amber</span></figcaption></figure>"
    )
    doc = parse_html(story_page(media))
    assert [i.caption for i in doc.images] == ["The first tide flows through the breach."]


def test_an_uncaptioned_box_between_a_story_pages_text_sections_stays_out():
    media = "<div><img src='https://example.org/a/banner.jpeg' alt='Banner'></div>"
    doc = parse_html(story_page(media))
    assert doc.images == ()


def builder_page(featured_class: str) -> str:
    """A site builder's single post: the headline's block, a picture block, the post content."""
    return (
        "<!doctype html><html lang='en'><head><title>Fridge | Together</title></head><body><div>"
        "<div class='elementor-element elementor-widget elementor-widget-heading'>"
        "<div class='elementor-widget-container'><h1>The fridge saved four tonnes</h1></div></div>"
        f"<div class='elementor-element elementor-widget {featured_class}'>"
        "<div class='elementor-widget-container'><figure class='wp-caption'>"
        "<img width='1200' height='800' src='https://example.org/up/fridge.jpg' alt='Fridge'>"
        "<figcaption class='widget-image-caption'>Volunteers restock the fridge. Photo by Pia"
        " Natt</figcaption></figure></div></div>"
        "<div class='elementor-element elementor-widget elementor-widget-theme-post-content'>"
        f"<div class='elementor-widget-container'>{paragraphs(4)}</div></div>"
        "</div></body></html>"
    )


def test_a_builders_featured_picture_block_beside_the_content_is_the_articles():
    doc = parse_html(builder_page("elementor-widget-theme-post-featured-image"))
    assert [(i.caption, i.credit) for i in doc.images] == [
        ("Volunteers restock the fridge.", "Pia Natt")
    ]
    assert doc.headline == "The fridge saved four tonnes"


def test_a_builders_share_block_with_a_picture_stays_chrome():
    doc = parse_html(builder_page("elementor-widget-share-buttons"))
    assert doc.images == ()


def test_a_banner_under_an_advertisement_label_is_no_picture():
    ad = (
        "<div class='td-a-rec'><span class='td-adspot-title'>- Advertisement -</span><div>"
        "<a href='https://ads.example.org/go/1'><img src='https://example.org/up/chandlery.jpg'"
        " alt=''></a></div></div>"
    )
    doc = parse_html(page(paragraphs(2) + ad + paragraphs(1, "B")))
    assert doc.images == ()


def test_a_picture_captioned_about_advertising_stays():
    figure = (
        "<figure><img src='https://example.org/up/billboard.jpg' alt='A billboard'>"
        "<figcaption>Advertising on the ring road, where the new boards went up.</figcaption>"
        "</figure>"
    )
    doc = parse_html(page(paragraphs(2) + figure + paragraphs(1, "B")))
    assert [i.caption for i in doc.images] == [
        "Advertising on the ring road, where the new boards went up."
    ]


# html25a: fresh11's.


def faded_in(style: str, text: str) -> str:
    """A news account's page: its text in a box a script shows once the page has loaded."""
    return (
        "<!doctype html><html lang='zh'><head><title>河长</title></head><body><div id='page'>"
        "<h1 class='rich_media_title'>退休老人当上民间河长</h1>"
        f"<div id='js_content' style='{style}'>{text}</div></div></body></html>"
    )


ZH_TEXT = "".join(
    f"<p>第{i}段。记者从县水利局了解到，全长八点六公里的滨水步道将于本月底全线贯通，届时市民可以从"
    "城东的石桥公园一直走到城西的湿地公园。</p>"
    for i in range(1, 5)
)


def test_a_refused_pages_text_faded_in_by_a_script_is_read():
    for style in ("visibility: hidden; opacity: 0;", "opacity:0"):
        doc = parse_html(faded_in(style, ZH_TEXT + "<p>记者：林晓雨　编辑：王思远　审核：张立</p>"))
        assert len(texts(doc)) == 4, style
        assert texts(doc)[0].startswith("第1段。"), style


def test_a_refused_pages_text_under_display_none_stays_refused():
    with pytest.raises(NotAnArticleError):
        parse_html(faded_in("display: none; visibility: hidden", ZH_TEXT))


def test_a_sentence_naming_a_reporter_stays():
    line = "记者：林晓雨说，步道将于本月底全线贯通。"
    doc = parse_html(faded_in("", ZH_TEXT + f"<p>{line}</p>"))
    assert texts(doc)[-1] == line


def captioned(caption: str) -> str:
    return (
        f"<figure><img src='https://example.org/up/p.jpg' alt='A'><figcaption>{caption}"
        "</figcaption></figure>"
    )


def test_credit_labels_in_russian_arabic_thai_and_hindi():
    cases = [
        ("Спасатели у села. Фото: Иван Смирнов", ("Спасатели у села.", "Иван Смирнов")),
        ("صيادون في الميناء <span>تصوير: ليلى حداد</span>", ("صيادون في الميناء", "ليلى حداد")),
        ("แม่ค้าพายเรือ <span>ภาพ: ธนากร ศรีสุข</span>", ("แม่ค้าพายเรือ", "ธนากร ศรีสุข")),
        ("นักท่องเที่ยว (ภาพจาก เทศบาลเมือง)", ("นักท่องเที่ยว", "เทศบาลเมือง")),
        ("पानी से भरी बावड़ी - फोटो : संवाद", ("पानी से भरी बावड़ी", "संवाद")),
    ]
    for caption, want in cases:
        doc = parse_html(page(paragraphs(2) + captioned(caption) + paragraphs(1, "B")))
        assert [(i.caption, i.credit) for i in doc.images] == [want], caption


def test_a_caption_naming_a_photo_in_russian_stays_whole():
    caption = "Фотография моста, сделанная в 1912 году"
    doc = parse_html(page(paragraphs(2) + captioned(caption) + paragraphs(1, "B")))
    assert [(i.caption, i.credit) for i in doc.images] == [(caption, None)]
