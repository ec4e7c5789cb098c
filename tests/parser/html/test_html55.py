"""Rules of html55, each the reader's rule for a class that kept failing in new forms, on made-up
snippets: key points in a titled box of any list or line form, heads that look alike to each
other and unlike the text, chrome told by its text (a newsletter box, a copyright or
republishing notice, a call to follow the site's news), and an agency's credit after ' | ';
with the near-misses each must leave alone."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from api.parser.credits import split_credit
from api.parser.html.text_chrome import is_news_call, is_rights_notice
from tests.parser.html.pages import closing_texts, middle_texts, page, paragraphs, texts

# ---- key points: a titled box of parallel lines in any form (SUMMARY_TITLE, labelled_points,
# is_parallel_lines, text_root) -------------------------------------------------------------

POINTS = (
    "The yard will build four hybrid ferries by 2029.",
    "The order is the largest in the yard's history.",
    "Ninety welders will be hired this spring.",
)
BYLINE = "<div class='byline'>By <a href='/staff/ann'>Ann Lee</a> · 6 Dec 2026</div>"


@pytest.mark.parametrize(
    "box",
    [
        # a numbered list under a bold label above the byline
        "<div class='mt-4 rounded p-4'><p class='text-sm font-bold'>The Brief</p><ol>"
        + "".join(f"<li>{p}</li>" for p in POINTS)
        + "</ol></div>"
        + BYLINE,
        # <div> lines of one class under a <p> title, in a box its class names
        BYLINE
        + "<div class='Quick-takeaways'><p class='Quick-takeaways-title'>Quick takeaways</p>"
        + "".join(f"<div class='Quick-takeaways-item'>{p}</div>" for p in POINTS)
        + "</div>",
        # a heading's title over a plain list
        "<h3>In a nutshell</h3><ul>" + "".join(f"<li>{p}</li>" for p in POINTS) + "</ul>",
        # <div> lines of an item class in a box a summary class names, no title
        "<div class='story-highlights'>"
        + "".join(f"<div class='hl-item'>{p}</div>" for p in POINTS)
        + "</div>"
        + BYLINE,
    ],
)
def test_a_titled_box_of_points_above_the_text_is_the_bullets(box):
    document = parse_html(page(box + paragraphs(3)))
    assert document.bullets == POINTS
    assert not any(t in POINTS for t in texts(document))


def test_points_below_a_lead_video_still_stand_above_the_text():
    lead = (
        "<div class='lead'><div class='player'><img src='/v/poster.jpg' alt='Yard'>"
        "<p class='player-caption'>Welders at the yard on Friday</p></div></div>"
    )
    box = (
        "<div class='Fast-facts'><p class='Fast-facts-title'>Fast facts</p>"
        + "".join(f"<div class='Fast-facts-line'>{p}</div>" for p in POINTS)
        + "</div>"
    )
    document = parse_html(page(lead + box + "<div class='body'>" + paragraphs(4) + "</div>"))
    assert document.bullets == POINTS


@pytest.mark.parametrize(
    "body",
    [
        # a real numbered list in the text, after a paragraph introducing it
        paragraphs(2)
        + "<p>The yard listed its plans:</p><ol>"
        + "".join(f"<li>{p}</li>" for p in POINTS)
        + "</ol>"
        + paragraphs(1, "B"),
        # <div> lines under a title that is no summary's label
        "<div class='facts'><p class='facts-title'>From the archive</p>"
        + "".join(f"<div class='facts-line'>{p}</div>" for p in POINTS)
        + "</div>"
        + paragraphs(3),
        # a summary title over lines of two shapes: a box of text, not parallel points
        "<div class='takeaways'><p>Key takeaways</p><div class='a'>"
        + POINTS[0]
        + "</div><div class='b'><p>"
        + POINTS[1]
        + "</p><p>"
        + POINTS[2]
        + "</p></div></div>"
        + paragraphs(3),
        # a summary's word opening the text's own box: its paragraphs are the text
        "<div class='body'><p>In brief</p>" + paragraphs(4) + "</div>",
    ],
)
def test_lines_that_are_no_key_points(body):
    assert parse_html(page(body)).bullets == ()


# ---- heads that look alike and unlike the text (alike_heads) --------------------------------


def heads(body: str) -> list[str]:
    return [b.text for b in parse_html(page(body)).body if b.type == "subheading"]


@pytest.mark.parametrize(
    ("body", "found"),
    [
        # utility classes only, no heading tag, no bold tag
        (
            paragraphs(2)
            + "<p class='text-lg font-semibold mt-8'>Steel from the north</p>"
            + paragraphs(2, "B")
            + "<p class='text-lg font-semibold mt-8'>Who pays for the dock</p>"
            + paragraphs(2, "C"),
            ["Steel from the north", "Who pays for the dock"],
        ),
        # a class with no head word, a question among them
        (
            paragraphs(1)
            + "<p class='x9'>What changes for riders?</p>"
            + paragraphs(2, "B")
            + "<p class='x9'>The timetable</p>"
            + paragraphs(1, "C")
            + "<p class='x9'>Next steps</p>"
            + paragraphs(1, "D"),
            ["What changes for riders?", "The timetable", "Next steps"],
        ),
        # spans set bold by their class, each opening a run before one <br>
        (
            "<div class='copy'><span class='t-bold'>Steel from the north</span><br>The hulls"
            " will be built from plate rolled at the northern mill, the yard said.<br><br>"
            "<span class='t-bold'>Who pays for the dock</span><br>The council will pay for"
            " the new dock out of its harbour fund, a spokesman said.</div>" + paragraphs(2),
            ["Steel from the north", "Who pays for the dock"],
        ),
        # bold runs opening loose text before one <br>, no <p> at all
        (
            "<div class='story'>The yard signed the deal on Friday, its owners said in a short"
            " statement to the island's newspapers.<br><br><strong>Steel from the north</strong>"
            "<br>The hulls will be built from plate rolled at the northern mill, the yard"
            " said.<br><br><figure><img src='/a.jpg'><figcaption>The slipway.</figcaption>"
            "</figure><b>Who pays for the dock</b><br>The council will pay for the new dock"
            " out of its harbour fund, a spokesman said.<br><br></div>",
            ["Steel from the north", "Who pays for the dock"],
        ),
    ],
)
def test_lines_that_look_alike_and_unlike_the_text_are_heads(body, found):
    assert heads(body) == found


@pytest.mark.parametrize(
    "body",
    [
        # a real short one-line paragraph, its class shared by the long paragraphs
        "<p class='body'>It rained.</p><p class='body'>Then nothing</p>"
        + "".join(f"<p class='body'>{t}</p>" for t in texts(parse_html(page(paragraphs(3)))))
        + "<p class='body'>And then silence</p>",
        # one styled line alone
        paragraphs(2) + "<p class='text-lg font-semibold'>A turn in the talks</p>" + paragraphs(2),
        # styled lines in a row: an address, not heads spaced through the text
        paragraphs(2)
        + "<p class='addr'>Harbour Office</p><p class='addr'>Quay Street</p>"
        + paragraphs(1, "B")
        + "<p class='addr'>Open daily</p><p class='addr'>Free entry</p>"
        + paragraphs(1, "C"),
    ],
)
def test_styled_short_lines_that_are_no_heads(body):
    assert heads(body) == []


@pytest.mark.parametrize(
    "body",
    [
        # one bold run before a <br>: a label, not a pattern
        "<div class='story'>The yard signed the deal on Friday, its owners said in a short"
        " statement.<br><br><b>Media contact</b><br>Ann Lee at the yard office, weekdays from"
        " nine to five.<br><br>The hulls will be built from plate rolled at the mill.</div>",
        # two runs of two looks (bold, italic) before a <br>: nothing alike
        "<div class='story'><b>Steel from the north</b><br>The hulls will be built from plate"
        " rolled at the mill, the yard said.<br><br><i>Who pays for the dock</i><br>The council"
        " will pay out of its harbour fund, a spokesman said.</div>" + paragraphs(2),
        # bold labels ending with a colon, twice
        "<div class='story'><b>Where:</b><br>The old slipway at the end of the quay, by the"
        " lifeboat house.<br><br><b>When:</b><br>Every Saturday in summer from ten in the"
        " morning, the yard said.</div>" + paragraphs(2),
    ],
)
def test_bold_runs_before_a_break_that_are_no_heads(body):
    assert heads(body) == []


# ---- chrome by its text (is_rights_notice, is_news_call, clean.appeal_box's sign-up) --------


@pytest.mark.parametrize(
    "tail",
    [
        "<p><i>Copyright 2026 Tarnside Broadcasting, Inc. All rights reserved. This material may"
        " not be published, broadcast, rewritten, or redistributed.</i></p>",
        "<div class='foot-note'>© 2025 Hollin Press Ltd. All rights reserved.</div>",
        "<p>This material may not be published, broadcast, rewritten or redistributed.</p>",
        "<p>(Catch all the Markets News, Breaking News and Latest Updates on The Fenwick"
        " Ledger.)</p>",
        "<p>Get all the latest sports news at Harbour Times.</p>",
    ],
)
def test_closing_notices_are_chrome(tail):
    found = closing_texts(tail)
    assert len(found) == 3
    assert found[-1].startswith("Paragraph 3.")


@pytest.mark.parametrize(
    "box",
    [
        # a utility-class box: a bold title, a blurb, an address field and a button
        "<div class='my-8 bg-amber-50 p-4'><p class='font-bold'>The Dawn Brief</p><p>Our"
        " business news before 7am, every weekday.</p><input type='email'"
        " placeholder='Your email'><button>Sign up</button></div>",
        # a pitch naming the inbox, a link's call
        "<div class='c7'><h4>Harbour Daily</h4><p>The island's news in your inbox.</p>"
        "<a href='/newsletters/daily'>Sign me up</a></div>",
        # a button's call beside a text field
        "<section><p>Weekend reads, every Saturday.</p><input type='text'>"
        "<button>Subscribe now</button></section>",
    ],
)
def test_a_newsletter_box_is_chrome_whatever_its_classes(box):
    found = middle_texts(box)
    assert len(found) == 4
    assert all(t.startswith(("Paragraph", "B ")) for t in found)


@pytest.mark.parametrize(
    "middle",
    [
        # a paragraph ABOUT a newsletter, in the news text
        "<p>The council will launch a newsletter in March, and residents can sign up for it at"
        " the library, the clerk said.</p>",
        # a club's box with a join button and no address, no newsletter
        "<div><p>The rowing club meets on Sundays at the slipway.</p><button>Join</button></div>",
        # a paragraph about copyright in the news
        "<p>Copyright lawyers say the phrase all rights reserved has had no legal force since"
        " 2000.</p>",
        "<p>The court said the film may not be published or copied without the family's"
        " consent.</p>",
    ],
)
def test_news_about_newsletters_and_rights_stays_text(middle):
    assert len(middle_texts(middle)) == 5


def test_the_notice_and_the_call_by_their_text():
    assert is_rights_notice("© 2026 Kell Radio. All rights reserved.")
    assert not is_rights_notice("All rights reserved, the estate's lawyer said of the letters.")
    assert is_news_call("(Catch all the Business News and Latest News Updates on X Daily.)")
    assert not is_news_call("Read the news on Fridays, the mayor told residents at the Hall.")
    assert not is_news_call("Catch the 7.10 ferry from Pier 4 to reach the island by nine.")


# ---- an agency's credit after ' | ' (credits.open_bar_agency_rule, is_agency_credit) --------


@pytest.mark.parametrize(
    ("line", "pair"),
    [
        (
            "Welders at the Callow yard | AAP Image/Ann Lee-Brook",
            ("Welders at the Callow yard", "AAP Image/Ann Lee-Brook"),
        ),
        ("The new dock at dusk | Ola Berg/Reuters", ("The new dock at dusk", "Ola Berg/Reuters")),
        ("Crowds on the quay | AP Photo/Sam Hart", ("Crowds on the quay", "AP Photo/Sam Hart")),
        ("A canal near Velhar | ANI", ("A canal near Velhar", "ANI")),
    ],
)
def test_an_agencys_credit_after_a_bar(line, pair):
    assert split_credit("", line) == pair


@pytest.mark.parametrize(
    "line",
    [
        "Buses | Trains/Trams",  # a slash between words that name no agency
        "Timetable | AP style",  # an agency's letters in the text, no slash
        "Home 2 | Away 1",
        "Lunch at the cafe | Open daily",
    ],
)
def test_a_bar_that_sets_off_no_credit(line):
    assert split_credit("", line) == (line, None)
