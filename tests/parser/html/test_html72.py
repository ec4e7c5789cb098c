"""Rules of html72, on made-up pages: an untitled bulleted list between the headline and the
text is the standfirst's points, a typed bullet sign in a summary list's item is dropped, a
label over a list of links into the page itself goes with its links, and a call to read the
story in print is a promo line. With the near-misses each must leave alone."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from api.parser.html.text_chrome import is_print_call
from tests.parser.html.pages import closing_texts, middle_texts, page, paragraphs, texts

LEAD = (
    '<figure><img src="https://example.com/pics/lead-0412.jpg" alt="A view">'
    "<figcaption>Boats wait at the quay. Photo: Ana Ruiz</figcaption></figure>"
)


def points_list(items: list[str], attrs: str = "") -> str:
    return f"<ul{attrs}>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


# ---- an untitled standfirst list above the text (article.untitled_points) ----------------------

FERRY = [
    "Fares on the island crossing rise by a fifth from May.",
    "Night sailings end for the winter months.",
    "The council will review the timetable in a year.",
]
MINE = [
    "The quarry's owners want to dig for another twenty years",
    "Neighbours say the blasting has cracked their walls",
    "A decision is due at the planning meeting in March",
]
CLINIC = [
    "• Two GP surgeries in Lowmoor will merge next spring.",
    "• Patients keep their doctor but book through one line.",
]


@pytest.mark.parametrize(
    ("body", "bullets"),
    [
        # before the lead picture, a class naming nothing
        (points_list(FERRY, ' class="sub-text"') + LEAD + paragraphs(4), FERRY),
        # after the lead picture, in a box of its own, no stops closing the points
        (LEAD + f'<div class="intro-block">{points_list(MINE)}</div>' + paragraphs(4), MINE),
        # typed bullet signs, a row of share links passed over before it
        (
            '<ul class="share"><li><a href="https://x.example/share">Share</a></li>'
            '<li><a href="mailto:?">Email</a></li></ul>' + points_list(CLINIC) + paragraphs(4),
            [point.removeprefix("• ") for point in CLINIC],
        ),
    ],
)
def test_an_untitled_list_above_the_text_is_the_bullets(body, bullets):
    document = parse_html(page(body))
    assert list(document.bullets) == bullets
    assert not set(bullets) & set(texts(document))


@pytest.mark.parametrize(
    "body",
    [
        # a list of the text's, after its first paragraphs
        paragraphs(2) + points_list(FERRY) + paragraphs(2, "B"),
        # a list under a section's head opening the text
        "<h2>What we know so far</h2>" + points_list(FERRY) + paragraphs(3),
        # a byline's and a date's fields, no sentences
        points_list(["By Jo Lee", "6 December 2026", "4 min read"]) + paragraphs(3),
        # one point alone is no list of points
        points_list(FERRY[:1]) + paragraphs(3),
        # a disclosure's list, its summary line naming it
        f"<details><summary>What we know</summary>{points_list(FERRY)}</details>" + paragraphs(3),
        # a title and a note before it in its box
        "<div class='xb'><div><span>Pier works</span><span>Updated on Monday</span></div>"
        + points_list(FERRY)
        + "</div>"
        + paragraphs(3),
        # an ordered list opening the text: a countdown's or a recipe's
        '<ol class="steps">'
        + "".join(f"<li>{item}</li>" for item in FERRY)
        + "</ol>"
        + paragraphs(3),
        # a list of related headlines
        '<ul><li><a href="/a">Ferry firm fined over late sailings in the spring</a></li>'
        '<li><a href="/b">Island school to close after a century of lessons</a></li></ul>'
        + paragraphs(3),
    ],
)
def test_a_list_of_the_text_or_of_no_points_is_no_bullets(body):
    assert list(parse_html(page(body)).bullets) == []


def test_a_kept_list_of_the_text_keeps_its_items():
    found = texts(parse_html(page(paragraphs(2) + points_list(FERRY) + paragraphs(2, "B"))))
    assert all(item in found for item in FERRY)


# ---- a typed bullet sign in a summary list's item (article.list_points) -----------------------


@pytest.mark.parametrize(
    ("box", "bullets"),
    [
        (
            '<div class="article-summary"><h4>In Summary</h4><ul><li>• Fares rise by a fifth.'
            "</li><li>• Night crossings end.</li></ul></div>",
            ["Fares rise by a fifth.", "Night crossings end."],
        ),
        (
            '<ul class="key-points"><li>▪ The dam holds after the storm.</li>'
            "<li>▪ Roads to the valley reopen on Friday.</li></ul>",
            ["The dam holds after the storm.", "Roads to the valley reopen on Friday."],
        ),
        (
            '<div class="highlights"><ul><li>» Tram fares are frozen.</li>'
            "<li>» A new line opens in 2028.</li></ul></div>",
            ["Tram fares are frozen.", "A new line opens in 2028."],
        ),
    ],
)
def test_a_summary_items_typed_sign_is_dropped(box, bullets):
    assert list(parse_html(page(box + paragraphs(3))).bullets) == bullets


@pytest.mark.parametrize(
    ("box", "bullets"),
    [
        # a hyphen opens an item's own words (a range, a minus), not a sign
        (
            '<ul class="key-points"><li>- 5C overnight on the moor.</li>'
            "<li>Frost by the morning.</li></ul>",
            ["- 5C overnight on the moor.", "Frost by the morning."],
        ),
        # a sign with no space after it is the item's own mark: a quotation
        (
            '<ul class="key-points"><li>»Wir bleiben«, the banner read.</li>'
            "<li>Talks resume on Monday.</li></ul>",
            ["»Wir bleiben«, the banner read.", "Talks resume on Monday."],
        ),
    ],
)
def test_an_items_own_mark_stays(box, bullets):
    assert list(parse_html(page(box + paragraphs(3))).bullets) == bullets


# ---- a label over a list of links into the page (blocks.labels_jump_list) ----------------------


def post(i: int) -> str:
    return (
        f'<div class="live-post" id="post-{i}"><h3>Update {i} on the crossing</h3><p>Post {i}. '
        "The ferry company said the morning crossing had left on time and that the afternoon "
        "crossing would follow as planned.</p></div>"
    )


JUMPS = (
    '<ul><li><a href="#post-1">Ferry resumes after the storm</a></li>'
    '<li><a href="#post-2">Fares rise next month</a></li></ul>'
)
POSTS = "".join(post(i) for i in range(1, 5))


@pytest.mark.parametrize(
    "label",
    [
        '<div class="key-updates"><p>Key updates</p>' + JUMPS + "</div>",
        "<h3>Key events</h3>" + JUMPS,
        '<div class="box"><span class="box-title">Jump to</span>' + JUMPS + "</div>",
        "<p><strong>Latest updates</strong></p>" + JUMPS,
    ],
)
def test_a_jump_lists_label_goes_with_its_links(label):
    found = texts(parse_html(page(f'<div class="liveblog">{label}{POSTS}</div>')))
    assert not {"Key updates", "Key events", "Jump to", "Latest updates"} & set(found)
    assert "Update 1 on the crossing" in found


@pytest.mark.parametrize(
    ("middle", "kept"),
    [
        # the links lead elsewhere: a head over the text's own section stays
        (
            '<h3>Useful contacts</h3><ul><li><a href="https://x.example/ferry">Ferry office'
            '</a></li><li><a href="https://x.example/council">Council</a></li></ul>',
            "Useful contacts",
        ),
        # items of text, one link among them
        (
            '<p>Key updates</p><ul><li>Ferry resumes after the storm</li><li><a href="#post-2">'
            "Fares rise</a> next month</li></ul>",
            "Key updates",
        ),
        # a sentence introducing the links
        (
            "<p>The council's notes cover three points in this report.</p>" + JUMPS,
            "The council's notes cover three points in this report.",
        ),
        # one link alone into the page
        ('<p>Key updates</p><ul><li><a href="#post-1">Ferry resumes</a></li></ul>', "Key updates"),
    ],
)
def test_a_label_over_other_lists_stays(middle, kept):
    assert kept in middle_texts(middle)


# ---- a call to read the story in print (text_chrome.is_print_call) ----------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Read the full story in this week's Harbour Gazette, on sale now.",
        "For the full interview, pick up Saturday's edition.",
        "The full report is in today's paper.",
        "See the full feature in the latest issue of Trail Monthly.",
        "Read more in the print edition of the Valley Weekly.",
        "Catch the whole story in Thursday's Lowmoor Courier.",
    ],
)
def test_a_call_to_read_the_story_in_print_is_a_promo(line):
    assert is_print_call(line)


@pytest.mark.parametrize(
    "line",
    [
        "Read the full story of her escape in her memoir, out in May.",
        "Read the full report in Friday's paper, the council told residents.",
        "Residents can read the full story in this week's Gazette.",
        "The full story is still unknown, police said on Tuesday.",
        "Read more about the plan on the council's website.",
        "Read the full report in today's briefing below.",
    ],
)
def test_a_sentence_about_reading_is_no_promo(line):
    assert not is_print_call(line)


@pytest.mark.parametrize(
    "tail",
    [
        "<p><em>Read the full story in this week's Harbour Gazette, on sale now.</em></p>",
        "<p><strong>For the full interview, pick up Saturday's edition.</strong></p>",
        "<p>The full report is in today's paper.</p>",
    ],
)
def test_a_closing_print_call_leaves_the_text(tail):
    found = closing_texts(tail)
    assert len(found) == 3
    assert found[-1].startswith("Paragraph 3.")


def test_a_closing_paragraph_about_reading_stays():
    line = "Residents can read the full story in this week's Gazette, the clerk said."
    assert closing_texts(f"<p>{line}</p>")[-1] == line


# ---- a mark every summary item opens with (article.shared_mark) -------------------------------


@pytest.mark.parametrize(
    ("items", "bullets"),
    [
        (["– Fares rise.", "– Crossings end."], ["Fares rise.", "Crossings end."]),
        (["* Tolls go.", "* Buses run late."], ["Tolls go.", "Buses run late."]),
        (["✅ Vote passed.", "✅ Work starts in May."], ["Vote passed.", "Work starts in May."]),
        (["•Fares rise.", "•Crossings end."], ["Fares rise.", "Crossings end."]),
    ],
)
def test_a_mark_every_item_opens_with_is_dropped(items, bullets):
    box = points_list(items, ' class="key-points"')
    assert list(parse_html(page(box + paragraphs(3))).bullets) == bullets


@pytest.mark.parametrize(
    "items",
    [
        ["- 5C overnight on the moor.", "Frost by the morning."],  # one item's own dash
        ["-5C on the moor.", "-3C in the valley."],  # minus signs, no space after
        ["*Terms apply.", "*Prices from May."],  # a footnote's stars glued to the words
    ],
)
def test_an_items_own_opening_stays(items):
    box = points_list(items, ' class="key-points"')
    assert list(parse_html(page(box + paragraphs(3))).bullets) == items


# ---- a screen reader's credit label inside a caption (clean.is_spoken_credit_label) -----------

PICTURE = '<img src="https://example.com/pics/quay-0412.jpg" alt="A view">'


def pictures_of(caption: str) -> list[tuple[str, str | None]]:
    found = parse_html(
        page(
            paragraphs(2)
            + f"<figure>{PICTURE}<figcaption>{caption}</figcaption></figure>"
            + paragraphs(2, "B")
        )
    )
    return [(image.caption, image.credit) for image in found.images]


@pytest.mark.parametrize(
    ("caption", "split"),
    [
        (
            'Gulls over the quay. <span class="screen-reader-text">Credit:</span> <span>Ana Ruiz'
            "</span>",
            ("Gulls over the quay.", "Ana Ruiz"),
        ),
        (
            'Snow on the pass. <span class="sr-only">Photo:</span> Tomas Brek',
            ("Snow on the pass.", "Tomas Brek"),
        ),
        (
            '<span class="visually-hidden">Image caption, </span>Lanterns on the river. '
            '<span class="visually-hidden">Image source, </span>Li Wen',
            ("Lanterns on the river.", "Li Wen"),
        ),
    ],
)
def test_a_spoken_credit_label_sets_the_credit_apart(caption, split):
    assert pictures_of(caption) == [split]


@pytest.mark.parametrize(
    ("caption", "text"),
    [
        # a hidden note that is no label: dropped, no credit
        (
            'Gulls over the quay. <span class="sr-only">Opens in a new window</span>',
            "Gulls over the quay.",
        ),
        # a hidden caption label: dropped, no credit
        (
            '<span class="visually-hidden">Image caption, </span>Gulls over the quay.',
            "Gulls over the quay.",
        ),
    ],
)
def test_another_hidden_note_in_a_caption_is_dropped(caption, text):
    assert pictures_of(caption) == [(text, None)]


def test_a_spoken_label_outside_a_caption_is_dropped():
    line = 'The gulls came back. <span class="sr-only">Photo:</span> Ana Ruiz counted them.'
    assert "The gulls came back. Ana Ruiz counted them." in middle_texts(f"<p>{line}</p>")


# ---- a reader's pitch (text_chrome.is_reader_pitch) --------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Want more? Subscribe for unlimited access.",
        "Support local journalism: subscribe today.",
        "Enjoy this article? Become a subscriber for full access to our journalism.",
        "Subscribe now for just $1 a week.",
        "Already a subscriber? Log in.",
        "Listen to this article · 4 min",
        "Get the app",
        "Never miss a story: get our breaking news alerts.",
        "Turn on notifications to get the latest updates.",
        "READ MORE: Ferry fares to rise in May",
        "Also read: Island school to close after a century",
    ],
)
def test_a_readers_pitch_leaves_the_text(line):
    assert len(closing_texts(f"<p>{line}</p>")) == 3
    assert line not in middle_texts(f"<p>{line}</p>")


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe to the council's flood alerts to get warnings of high tides.",
        "Become a member of the library for £5 a year.",
        "Subscribers will pay £2 a month more from May, the company said.",
        "Support local journalism, the minister told publishers on Tuesday.",
        "Listen to this article's author on the podcast.",
        "Read more: the council's report runs to 300 pages.",
        "Already a subscriber to the gym, she never went.",
        "Get the app, the council urged residents.",
        "Never miss a story, the editor wrote in 1998.",
    ],
)
def test_a_sentence_about_subscribing_or_reading_stays(line):
    assert closing_texts(f"<p>{line}</p>")[-1] == line


# ---- 'In summary', 'Key updates', 'Key developments' name summary points (clean.SUMMARY_TITLE) --

POINTS = "<ul><li>Fares rise by a fifth from May.</li><li>Night crossings end in winter.</li></ul>"


@pytest.mark.parametrize(
    "box",
    [
        f"<div><h4>In Summary</h4>{POINTS}</div>",
        f'<div class="box"><p>Key updates</p>{POINTS}</div>',
        f"<div><strong>Key developments</strong>{POINTS}</div>",
    ],
)
def test_a_summary_title_above_the_text_names_the_bullets(box):
    document = parse_html(page(box + paragraphs(3)))
    assert list(document.bullets) == [
        "Fares rise by a fifth from May.",
        "Night crossings end in winter.",
    ]
    assert not {"In Summary", "Key updates", "Key developments"} & set(texts(document))


@pytest.mark.parametrize(
    "body",
    [
        # a concluding section under the text: the text's
        paragraphs(3) + f"<h2>In summary</h2>{POINTS}",
        # a sentence opening so is no title
        "<p>In summary, the plan was approved.</p>" + POINTS + paragraphs(3),
    ],
)
def test_a_summary_title_below_the_text_or_in_a_sentence_names_nothing(body):
    document = parse_html(page(body))
    assert list(document.bullets) == []
    assert "Fares rise by a fifth from May." in texts(document)


# ---- a credit in a picture's microdata or title (blocks.credit_property, titled_credit) --------


def figure_of(inner: str, img: str = PICTURE) -> list[tuple[str, str | None]]:
    html = page(
        paragraphs(2)
        + f"<figure itemscope>{img}<figcaption>Ferries wait at the quay.</figcaption>{inner}"
        + "</figure>"
        + paragraphs(2, "B")
    )
    return [(image.caption, image.credit) for image in parse_html(html).images]


@pytest.mark.parametrize(
    ("inner", "img", "credit"),
    [
        ('<meta itemprop="copyrightHolder" content="Ana Ruiz">', PICTURE, "Ana Ruiz"),
        ('<meta itemprop="creditText" content="Li Wen/Acme">', PICTURE, "Li Wen/Acme"),
        ('<meta itemprop="author" content="Tomas Brek">', PICTURE, "Tomas Brek"),
        (
            "",
            '<img src="https://example.com/pics/q-1.jpg" title="Photo: Ana Ruiz" alt="x">',
            "Ana Ruiz",
        ),
        (
            "",
            '<img src="https://example.com/pics/q-2.jpg" title="© Harbour Trust" alt="x">',
            "Harbour Trust",
        ),
    ],
)
def test_a_credit_in_microdata_or_a_pictures_title_is_the_credit(inner, img, credit):
    assert figure_of(inner, img) == [("Ferries wait at the quay.", credit)]


@pytest.mark.parametrize(
    ("inner", "img"),
    [
        ('<meta itemprop="name" content="Ferry at the quay">', PICTURE),
        ('<meta itemprop="description" content="Ferries at dawn">', PICTURE),
        ("", '<img src="https://example.com/pics/q-3.jpg" title="Ferries at the quay" alt="x">'),
        ("", '<img src="https://example.com/pics/q-4.jpg" title="Photo of the ferry" alt="x">'),
    ],
)
def test_other_microdata_or_a_titles_words_are_no_credit(inner, img):
    assert figure_of(inner, img) == [("Ferries wait at the quay.", None)]


def test_a_credit_property_outside_a_figure_is_dropped():
    line = '<p>The ferry left at dawn. <meta itemprop="author" content="Ana Ruiz"></p>'
    assert "The ferry left at dawn." in middle_texts(line)
