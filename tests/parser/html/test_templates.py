"""Rules found on the fresh batch of unseen templates (tests/fixtures/html_stress/fresh)."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from api.parser.html.article import MAX_POSTING, PullQuotes
from tests.parser.html.pages import FILLER, page, paragraphs, texts


def kinds(document) -> list[str]:
    return [block.type for block in document.body]


def entry(title: str, text: str) -> str:
    """One live-blog update: its time, its title, then its text in a box of its own."""
    return (
        f"<div class='update'><time>10:42</time><h3>{title}</h3>"
        f"<div class='update-text'><p>{text}</p></div></div>"
    )


def test_live_blog_entries_keep_their_titles():
    body = entry("Rail line reopens", f"One. {FILLER}") + entry("Schools shut", f"Two. {FILLER}")
    doc = parse_html(page(body))
    assert texts(doc) == ["Rail line reopens", f"One. {FILLER}", "Schools shut", f"Two. {FILLER}"]
    assert kinds(doc) == ["subheading", "paragraph", "subheading", "paragraph"]


def test_a_short_live_blog_entry_is_kept_with_the_long_ones():
    short = "Eleven schools are closed today because the buses cannot reach them safely."
    body = entry("Power back", f"One. {FILLER}") + entry("Schools", short)
    body += entry("Roads", f"Three. {FILLER}")
    doc = parse_html(page(body))
    assert short in texts(doc)
    heads = [b.text for b in doc.body if b.type == "subheading"]
    assert heads == ["Power back", "Schools", "Roads"]


def test_paragraph_boxes_keep_the_head_between_them():
    box = "<div class='txt'>{}</div>"
    first = box.format(f"First. {FILLER}") + box.format(f"Second. {FILLER}")
    second = box.format(f"Third. {FILLER}") + box.format(f"Fourth. {FILLER}")
    body = f"<section>{first}</section><div class='ad'></div>"
    body += f"<section><h2>The cost of fuel</h2>{second}</section>"
    doc = parse_html(page(body))
    assert kinds(doc) == ["paragraph", "paragraph", "subheading", "paragraph", "paragraph"]
    assert doc.body[2].text == "The cost of fuel"


def test_a_weak_grid_box_named_like_the_body_stays_out():
    # Grid classes ('row') repeat all over a page: a box of them with only a grandchild's short
    # line is no chunk of the article.
    body = (
        "<div class='row'><div><p>Sign up for our morning email today.</p></div></div>"
        f"<div class='row'>{paragraphs(4)}</div>"
    )
    doc = parse_html(page(body))
    assert texts(doc) == [f"Paragraph {i}. {FILLER}" for i in range(1, 5)]


def amp_figure(caption: str, size: int = 600) -> str:
    return (
        f"<figure><amp-img src='https://example.com/pier.jpg' width='{size}' height='{size}'"
        " layout='responsive' alt='The pier'><noscript><img src='https://example.com/pier.jpg'>"
        f"</noscript></amp-img><figcaption>{caption}</figcaption></figure>"
    )


def test_amp_pictures_are_pictures():
    caption = "The pier at dusk. <span class='credit'>Picture: Jo Bell</span>"
    doc = parse_html(page(paragraphs(1) + amp_figure(caption) + paragraphs(1, "B")))
    assert kinds(doc) == ["paragraph", "image", "paragraph"]
    assert (doc.images[0].caption, doc.images[0].credit) == ("The pier at dusk.", "Jo Bell")
    assert doc.images[0].src == "https://example.com/pier.jpg"


def test_an_amp_picture_is_counted_once_beside_its_fallback():
    doc = parse_html(page(paragraphs(1) + amp_figure("The pier at dusk.") + paragraphs(1, "B")))
    assert len(doc.images) == 1


def test_a_tiny_amp_picture_is_no_photo():
    doc = parse_html(page(paragraphs(1) + amp_figure("A dot", size=1) + paragraphs(1, "B")))
    assert doc.images == ()


def test_aria_headings_are_subheadings():
    head = "<div role='heading' aria-level='2'>Seventeen months of work</div>"
    doc = parse_html(page(paragraphs(1) + head + paragraphs(1, "B")))
    assert kinds(doc) == ["paragraph", "subheading", "paragraph"]
    assert doc.body[1].text == "Seventeen months of work"


def test_an_aria_heading_without_a_level_is_a_second_level_one():
    head = "<span role='heading'>Who pays</span>"
    doc = parse_html(page(paragraphs(1) + f"<div>{head}</div>" + paragraphs(1, "B")))
    assert [b.text for b in doc.body if b.type == "subheading"] == ["Who pays"]


def test_an_aria_first_level_heading_is_the_headline():
    html = page(paragraphs(3)).replace("<h1>", "<div role='heading' aria-level='1'>")
    html = html.replace("</h1>", "</div>")
    assert parse_html(html).headline == "Ferry returns to the island"


def test_an_aria_heading_holding_paragraphs_is_left_as_it_is():
    box = f"<div role='heading' aria-level='2'>{paragraphs(2, 'Boxed')}</div>"
    doc = parse_html(page(paragraphs(1) + box))
    assert kinds(doc) == ["paragraph", "paragraph", "paragraph"]


def test_a_box_styled_only_partly_like_the_body_needs_more_than_a_line():
    # The author box under a post shares the body's first class (generated class names).
    body = (
        f"<section><div class='ab ca'>{paragraphs(2)}</div></section><div class='ad'></div>"
        f"<section><div class='ab ca'>{paragraphs(2, 'More')}</div></section>"
        "<section><div class='ab q'><p>Writes about the streets and the buses of the city.</p>"
        "</div></section>"
    )
    doc = parse_html(page(body))
    assert "Writes about the streets and the buses of the city." not in texts(doc)
    assert len(texts(doc)) == 4


@pytest.mark.parametrize(
    "deck",
    [
        "<p class='standfirst'>After three years, the gallery opens again</p>",
        "<h2 class='pw-subtitle-paragraph'>The routes carry nurses and bakers to work.</h2>",
        "<p class='article-excerpt'>Toasters, trousers and a church clock.</p>",
        "<div class='story-dek'>A short line that sums the story up</div>",
    ],
)
def test_a_deck_under_the_headline_is_no_part_of_the_body(deck):
    doc = parse_html(page(deck + paragraphs(3)))
    assert texts(doc) == [f"Paragraph {i}. {FILLER}" for i in (1, 2, 3)]


def test_a_box_named_subtitle_below_the_first_paragraph_is_a_subheading():
    head = "<h2 class='subtitle'>The cost of fuel</h2>"
    doc = parse_html(page(paragraphs(1) + head + paragraphs(1, "B")))
    assert kinds(doc) == ["paragraph", "subheading", "paragraph"]


def test_a_long_box_named_like_a_deck_is_article_text():
    lede = f"<div class='excerpt'>{FILLER} {FILLER} {FILLER}</div>"
    doc = parse_html(page(lede + paragraphs(2)))
    assert texts(doc)[0] == f"{FILLER} {FILLER} {FILLER}"


@pytest.mark.parametrize("line", ["7 min read", "7 min readJan 9, 2026", "4 minute read"])
def test_a_reading_time_line_is_chrome(line):
    doc = parse_html(page(f"<div><span>{line}</span></div>" + paragraphs(2)))
    assert texts(doc) == [f"Paragraph {i}. {FILLER}" for i in (1, 2)]


def test_a_sentence_about_minutes_of_reading_stays():
    line = "Pupils now read for 20 minutes every morning before lessons start, the head said."
    doc = parse_html(page(paragraphs(1) + f"<p>{line}</p>"))
    assert texts(doc)[-1] == line


def loose(*runs: str) -> str:
    """Paragraphs as loose text in one box, separated by <br><br> (an old table layout)."""
    return "<div class='story'>" + "<br><br>".join(runs) + "</div>"


def test_a_bold_line_between_double_breaks_is_a_subheading():
    doc = parse_html(page(loose(f"A. {FILLER}", "<b>Sale on Saturday</b>", f"B. {FILLER}")))
    assert kinds(doc) == ["paragraph", "subheading", "paragraph"]
    assert doc.body[1].text == "Sale on Saturday"


@pytest.mark.parametrize(
    "run",
    [
        "<b>MARLOW</b> — the show opened on Tuesday with more entries than ever, organisers said.",
        "<b>The heifer was sold on Saturday for a record price.</b>",
        "<b>Q</b>",
    ],
)
def test_a_bold_lead_in_or_sentence_between_breaks_is_no_subheading(run):
    doc = parse_html(page(loose(f"A. {FILLER}", run, f"B. {FILLER}")))
    assert "subheading" not in kinds(doc)


def table_page(title: str, shown: str) -> str:
    """An old table-layout page: no <h1>, the headline a <font><b> line."""
    return (
        f"<html><head><title>{title}</title></head><body><table><tr><td>"
        f"<font size='5'><b>{shown}</b></font><br>{loose(*(f'{i}. {FILLER}' for i in 'ABC'))}"
        "</td></tr></table></body></html>"
    )


@pytest.mark.parametrize(
    "title",
    [
        "Marlow Valley Times - Prize heifer takes top honors",
        "Prize heifer takes top honors | Marlow Valley Times",
    ],
)
def test_without_h1_the_title_part_the_page_shows_is_the_headline(title):
    doc = parse_html(table_page(title, "Prize heifer takes top honors"))
    assert doc.headline == "Prize heifer takes top honors"


def test_without_h1_a_title_the_page_does_not_show_stays_whole():
    doc = parse_html(table_page("Marlow Valley Times - Prize heifer wins", "Other words here"))
    assert doc.headline == "Marlow Valley Times - Prize heifer wins"


def cutline(caption: str) -> str:
    return (
        "<table align='right'><tr><td><img src='https://example.com/heifer.jpg' alt='A heifer'>"
        f"</td></tr><tr><td class='cutline'><font size='1'>{caption}</font></td></tr></table>"
    )


def test_a_cutline_is_a_caption_and_its_last_line_a_credit():
    caption = "Jenna leads her heifer around the ring.<br><i>Times photo by Carla Voss</i>"
    doc = parse_html(page(paragraphs(1) + cutline(caption) + paragraphs(1, "B")))
    image = doc.images[0]
    assert image.caption == "Jenna leads her heifer around the ring."
    assert image.credit == "Carla Voss"


def test_a_last_line_in_italics_that_is_no_credit_stays_in_the_caption():
    caption = "Jenna leads her heifer.<br><i>She has shown cattle since she was 9</i>"
    doc = parse_html(page(paragraphs(1) + cutline(caption) + paragraphs(1, "B")))
    assert doc.images[0].caption.endswith("She has shown cattle since she was 9")
    assert doc.images[0].credit is None


def test_without_h1_a_title_of_many_parts_stays_whole():
    title = " - ".join(["Prize heifer takes top honors"] + ["Marlow Valley Times today"] * 4)
    doc = parse_html(table_page(title, "Prize heifer takes top honors"))
    assert doc.headline == title


SAID = "“People voted for being able to fix the boats on our own terms,” the commissioner said."


def pull_quote(*lines: str) -> str:
    return "<blockquote>" + "".join(f"<div>{line}</div>" for line in lines) + "</blockquote>"


def test_a_pull_quote_goes_with_its_attribution():
    pulled = "People voted for being able to fix the boats on our own terms"
    quote = pull_quote(pulled, "Alma Reyes")
    doc = parse_html(page(paragraphs(1) + f"<p>{SAID}</p>" + quote + paragraphs(1, "B")))
    assert texts(doc) == [f"Paragraph 1. {FILLER}", SAID, f"B 1. {FILLER}"]


def test_a_quotation_that_repeats_nothing_stays_whole():
    note = "Good for drying, and grandfather swore by it for soup every winter."
    source = "A note in the logbook, 1994"
    quote = pull_quote(note, source)
    doc = parse_html(page(paragraphs(1) + quote + paragraphs(1, "B")))
    assert texts(doc) == [f"Paragraph 1. {FILLER}", note, source, f"B 1. {FILLER}"]


def test_text_after_a_pull_quote_outside_it_stays():
    quote = pull_quote("People voted for being able to fix the boats on our own terms")
    after = "<p>Alma Reyes was elected to the port commission in 2019.</p>"
    doc = parse_html(page(f"<p>{SAID}</p>" + quote + after + paragraphs(1, "B")))
    assert "Alma Reyes was elected to the port commission in 2019." in texts(doc)


def test_pull_quotes_are_found_through_their_inner_words():
    para = "“People voted for being able to fix the boats on our own terms,” she said."
    within = PullQuotes([para, FILLER])
    assert within("ople voted for being able to fix the boa", 40)  # cut words at both ends
    assert within("people voted for being able to fix", 34)
    assert not within("people voted for being able to mend", 35)
    assert not within(para.casefold(), len(para))  # itself is not longer than itself
    assert within("voted_for_being_able_to_fix", 27) is False
    assert PullQuotes(["xx " + "a" * 40 + " yy"])("a" * 35, 35)  # no inner word: every paragraph


def test_a_page_of_near_identical_paragraphs_takes_none_for_a_pull_quote():
    texts = [f"{FILLER} {i}" for i in range(MAX_POSTING + 1)]
    assert not PullQuotes(texts)(FILLER.casefold()[5:60], 55)
    assert PullQuotes(texts[:MAX_POSTING])(FILLER.casefold()[5:60], 55)
