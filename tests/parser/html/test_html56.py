"""Rules of html56, on made-up snippets: a form wrapping the whole page is no chrome, a titled box
of key points under any title tag, a credit glued after the caption's stop with no label, and a
closing call to comment; with the near-misses each must leave alone."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from api.parser.credits import split_credit
from api.parser.html.clean import has_twin
from api.parser.html.text_chrome import is_comment_call
from api.parser.html.tree import parse_tree
from tests.parser.html.pages import FILLER, closing_texts, page, paragraphs, texts

# ---- a form wrapping the page (clean.is_page_form) ----------------------------------------

HEADLINE = "Harbour board votes to dredge the east channel"
TEXT = tuple(f"Line {i}. {FILLER}" for i in range(1, 5))
BODY = "".join(f"<p>{t}</p>" for t in TEXT)
CHROME = "<header><nav><a href='/'>Home</a><a href='/news'>News</a></nav></header>"
SEARCH = (
    "<form action='/search' class='site-search'><label>Search the site</label>"
    "<input type='text' name='q'><button>Go</button></form>"
)
SIGN_UP = (
    "<form class='nl-box'><p>Get the morning briefing in your inbox every weekday.</p>"
    "<input type='email' name='e'><button>Sign up</button></form>"
)


def bare(body: str) -> str:
    """A page with `body` straight under <body>: no <main>, no <article>."""
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{HEADLINE} | Example Post</title></head><body>{body}</body></html>"
    )


@pytest.mark.parametrize(
    "html",
    [
        # ASP.NET WebForms: the whole page in one form with its view state
        bare(
            "<form id='aspnetForm' method='post' action='./story-1'>"
            "<input type='hidden' name='__VIEWSTATE' value='/wEPDw'>"
            f"{CHROME}<div class='story'><h1>{HEADLINE}</h1>{BODY}</div>"
            "<div class='foot'>© Example Post</div></form>"
        ),
        # an old CMS's form round the page's wrapper, a search form of its own inside
        bare(
            f"<form id='form1' method='post'><div id='page'>{CHROME}{SEARCH}"
            f"<div id='content'><h1 class='title'>{HEADLINE}</h1>"
            f"<div class='text'>{BODY}</div></div></div></form>"
        ),
        # the headline above the form, the text inside it
        bare(
            f"{CHROME}<h1>{HEADLINE}</h1><form id='ctl00' method='post'>"
            f"<input type='hidden' name='__EVENTVALIDATION' value='x'><div>{BODY}</div></form>"
        ),
    ],
)
def test_a_form_wrapping_the_page_is_read(html):
    document = parse_html(html)
    assert document.headline == HEADLINE
    assert texts(document) == list(TEXT)


@pytest.mark.parametrize(
    "box",
    [
        SEARCH,
        SIGN_UP,
        "<form class='reply'><p>Comments are moderated and may take a day to appear.</p>"
        "<textarea name='c'></textarea><button>Post</button></form>",
    ],
)
def test_a_small_form_in_the_page_is_still_chrome(box):
    document = parse_html(page(paragraphs(2) + box + paragraphs(2, "B")))
    found = texts(document)
    assert len(found) == 4
    assert not any("briefing" in t or "moderated" in t or "Search" in t for t in found)


# ---- key points in a titled box under any title tag (paragraph_points, is_text_box,
# point_text, clean.has_twin) ------------------------------------------------------------

POINTS = (
    "The trust will plant 4,000 oaks along the river by 2028.",
    "Volunteers planted the first 300 on Saturday.",
    "The council gave the land on a 99-year lease.",
)
BYLINE = "<div class='byline'><img src='/staff/bo.jpg' alt='Bo Ek'><span>By Bo Ek</span></div>"
LEAD = "<figure><img src='/img/oaks.jpg' alt='Oaks'><figcaption>Saplings.</figcaption></figure>"


@pytest.mark.parametrize(
    "box",
    [
        # an <h2> title over <p> points above the byline, the box a root of its own
        "<div class='art-hl'><h2 class='hl-title'>Highlights</h2>"
        + "".join(f"<p>{p}</p>" for p in POINTS)
        + f"</div>{BYLINE}{LEAD}",
        # a <p> title over <div> points of one item class, a byline's picture after them
        "<section class='summary-box'><p class='summary-label'>Summary</p>"
        + "".join(f"<div class='summary-item'>{p}</div>" for p in POINTS)
        + f"</section>{BYLINE}{LEAD}",
        # an <h4> title over numbered <p> points
        "<div class='qs'><h4>Key points</h4>"
        + "".join(
            f"<p class='qs-pt'><span class='n'>{i}</span>{p}</p>" for i, p in enumerate(POINTS)
        )
        + f"</div>{BYLINE}",
    ],
)
def test_a_titled_box_of_points_under_any_title_is_the_bullets(box):
    document = parse_html(page(box + f"<div class='body'>{paragraphs(4)}</div>"))
    assert document.bullets == POINTS
    assert not any(t in POINTS or t in ("Highlights", "Summary") for t in texts(document))


def test_quoted_lines_under_a_highlights_head_are_its_points_marks_kept():
    box = "<div class='hl'><h4>Highlights</h4>" + "".join(f"<div>»{p}«</div>" for p in POINTS)
    document = parse_html(page(box + "</div>" + paragraphs(3)))
    assert document.bullets == tuple(f"»{p}«" for p in POINTS)


@pytest.mark.parametrize(
    "body",
    [
        # a 'Highlights' head inside the text, after its first paragraphs: the text's
        paragraphs(2)
        + "<div class='sect'><h2>Highlights</h2>"
        + "".join(f"<p>{p}</p>" for p in POINTS)
        + "</div>"
        + paragraphs(2, "B"),
        # a title naming no points over short paragraphs above the text
        "<div class='box'><h2>Background</h2>"
        + "".join(f"<p>{p}</p>" for p in POINTS)
        + f"</div>{BYLINE}<div class='body'>{paragraphs(3)}</div>",
        # the text's own box under a 'Summary' head, its paragraphs after the short ones
        "<div class='story'><h3>Summary</h3>"
        + "".join(f"<p>{p}</p>" for p in POINTS)
        + paragraphs(3)
        + "</div>",
    ],
)
def test_titled_lines_that_are_no_key_points(body):
    document = parse_html(page(body))
    assert document.bullets == ()
    assert all(p in texts(document) for p in POINTS)


def test_a_line_set_alike_with_the_next_is_a_twin():
    root = parse_tree(
        "<div><p class='lede'>One line.</p><div class='pt'>A.</div><!-- x --><div class='pt'>"
        "B.</div><div class='pt other'>C.</div></div>"
    )
    lede, first, second, third = list(root.iter("p", "div"))[1:]
    assert not has_twin(lede)
    assert has_twin(first) and has_twin(second)
    assert not has_twin(third)


# ---- a credit after the caption's stop with no label (credits.is_lone_holder,
# stop_slash_rule's dash, bar_credit_rule's 'Name, Outlet') --------------------------------


@pytest.mark.parametrize(
    ("line", "pair"),
    [
        ("Representational image. PTI", ("Representational image.", "PTI")),
        (
            "Crews clear the road near Tarn. Getty Images",
            ("Crews clear the road near Tarn.", "Getty Images"),
        ),
        ("The mill in 1931. Supplied", ("The mill in 1931.", "Supplied")),
        (
            "The wharf's new plant in 2024. - Contributed",
            ("The wharf's new plant in 2024.", "Contributed"),
        ),
        ("Sunset over the bay. – Ann Lee", ("Sunset over the bay.", "Ann Lee")),
        ("Fog on the pier on Monday. — Handout", ("Fog on the pier on Monday.", "Handout")),
        (
            "Cyclists on the trail on Friday. | Ann Lee, Tarn Courier",
            ("Cyclists on the trail on Friday.", "Ann Lee, Tarn Courier"),
        ),
        ("The dam at dusk. | Bo Ek, Lakeside Times", ("The dam at dusk.", "Bo Ek, Lakeside Times")),
    ],
)
def test_a_credit_after_the_captions_stop(line, pair):
    assert split_credit("", line) == pair


@pytest.mark.parametrize(
    "line",
    [
        "Mayor Ann Lee at the opening. She thanked Bo Ek.",
        "Staff at the bureau. Reuters reported the fire first.",
        "The crowd outside the hall in 2019. Ann Lee",
        "A pier in 1962. - Now a car park",
        "Final score 3-1. - Final",
        "Open daily. | Tickets from 9am, Sundays",
    ],
)
def test_a_captions_last_words_that_are_no_credit(line):
    assert split_credit("", line) == (line, None)


def test_a_glued_credit_in_a_page():
    html = page(
        paragraphs(2)
        + "<figure><img src='/i/a.jpg' alt='Wharf'><figcaption>Ice at the wharf in 2024. -"
        " Contributed</figcaption></figure>" + paragraphs(2, "B")
    )
    assert [(i.caption, i.credit) for i in parse_html(html).images] == [
        ("Ice at the wharf in 2024.", "Contributed")
    ]


# ---- a closing call to comment (text_chrome.is_comment_call, in is_pitch) ------------------


@pytest.mark.parametrize(
    "tail",
    [
        "<p><em>Let us know by leaving a comment below, or send a WhatsApp to 060 011"
        " 0211.</em></p>",
        "<p>Tell us what you think in the comments section.</p>",
        "<p><i>Share your thoughts in the comments below, or email us at desk@x.example.</i></p>",
    ],
)
def test_a_closing_call_to_comment_is_chrome(tail):
    assert len(closing_texts(tail)) == 3


@pytest.mark.parametrize(
    "line",
    [
        "Residents can comment on the consultation until 3 March; the council will publish"
        " the responses in April.",
        "Let us know what you think of the plan, the council said in a leaflet sent to every home.",
        "Tell us what you love about the park: the trust asks visitors to send a postcard.",
        "Tell us in the comments below, the mayor wrote on her page after the vote.",
    ],
)
def test_a_line_inviting_comments_in_the_news_stays_text(line):
    assert line in closing_texts(f"<p>{line}</p>")
    assert not is_comment_call(line)
