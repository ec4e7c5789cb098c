"""Rules of html35 (the dev pages' body misses, sorted into classes), each on made-up snippets of
other templates: a sentence linking its source, printed web addresses, a post's line of labelled
fields, an update time, a script's notice, a subscription offer, a newsletter's pitch and a call
for comments."""

from __future__ import annotations

import pytest

from tests.parser.html.pages import closing_texts, middle_texts


@pytest.mark.parametrize(
    ("html", "text"),
    [
        (
            "<p>The driver, Tom Reyes, was charged and <a href='/court'>held without bail until"
            " a hearing on Friday</a>.</p>",
            "The driver, Tom Reyes, was charged and held without bail until a hearing on Friday.",
        ),
        (
            "<p>Ms Adeyemi said the fund <a href='/report'>had lost nearly a third of its value"
            " over the past two years</a>.</p>",
            "Ms Adeyemi said the fund had lost nearly a third of its value over the past two"
            " years.",
        ),
        (
            "<p>Inspectors found that the school <em><a href='/ofsted'>required improvement in"
            " four of the five areas they rated</a></em>!</p>",
            "Inspectors found that the school required improvement in four of the five areas"
            " they rated!",
        ),
    ],
)
def test_a_sentence_linking_its_source_is_text(html, text):
    """'The driver was charged and <a>held without bail until Friday</a>.' is the text's."""
    assert text in middle_texts(html)


@pytest.mark.parametrize(
    "html",
    [
        "<p>Read more: <a href='/a'>Storm knocks out power to thousands of homes overnight</a></p>",
        "<p>Related - <a href='/b'>Bridge closes for repairs over the holiday weekend</a>.</p>",
        "<p>See <a href='/c'>our full coverage of the county election and its results</a>.</p>",
    ],
)
def test_a_link_line_stays_out(html):
    """A label or a word or two before a linked title is a link line, not a sentence."""
    assert len(middle_texts(html)) == 4


@pytest.mark.parametrize(
    ("html", "text"),
    [
        (
            "<p>Book online – <a href='https://tickets.example.org/winter-gala'>"
            "https://tickets.example.org/winter-gala</a></p>",
            "Book online – https://tickets.example.org/winter-gala",
        ),
        (
            "<p>Box office<br><a href='http://www.lyricplayhouse.example'>"
            "www.lyricplayhouse.example</a></p>",
            "Box office www.lyricplayhouse.example",
        ),
        (
            "<p>Details: <a href='https://harbourfest.example/'>harbourfest.example</a> and"
            " <a href='https://www.harbourfest.example/map'>www.harbourfest.example/map</a></p>",
            None,
        ),
    ],
)
def test_printed_web_addresses_are_text(html, text):
    """A line whose links print their own address ('Tickets: <a>www.x.example</a>') is text;
    a link whose text is a bare name without 'www.' or a scheme is not printed so."""
    found = middle_texts(html)
    if text is None:
        assert len(found) == 4
    else:
        assert text in found


@pytest.mark.parametrize(
    "line",
    [
        "05/10/2018 - Publicado por: Marta Lins - Categoria: Cultura - Tags: teatro festival",
        "March 3, 2024 | Posted by: Dana Whitfield | Category: Events | Tags: parade, downtown",
        "Publicado por Lucía Ferrer · Categoría: Cultura · Etiquetas: teatro, Sevilla",
        "12/04/2023 – Posted by Aaron Blake – Filed under: Local News",
    ],
)
def test_a_post_line_of_labelled_fields_is_chrome(line):
    """A blog's line of date, author, category and tags over its text is no paragraph."""
    assert line not in middle_texts(f"<small>{line}</small><br>")
    assert line not in middle_texts(f"<p>{line}</p>")


@pytest.mark.parametrize(
    "line",
    [
        "The winners - category: under-12s - came from Oak Street School and the two farms.",
        "Posted by: the parish council, which meets on the first Monday of each month.",
    ],
)
def test_a_line_with_one_label_is_text(line):
    """One labelled field is a sentence's colon, not a post's data."""
    assert line in middle_texts(f"<p>{line}</p>")


@pytest.mark.parametrize(
    "line",
    ["Updated at 1:23 p.m.", "Last updated 14:05 GMT", "Published 9.52am", "Updated: 6:10 PM EST"],
)
def test_an_update_time_closing_the_text_is_chrome(line):
    """'Updated at 1:23 p.m.' in italics under the text is the page's date, not the story."""
    assert line not in closing_texts(f"<p><em>{line}</em></p>")


def test_a_sentence_with_an_update_time_is_text():
    """A sentence that opens with 'Updated' and holds a clock is more than a stamp."""
    line = "Updated figures at 4:30 p.m. showed the river still rising."
    assert line in closing_texts(f"<p>{line}</p>")


@pytest.mark.parametrize(
    "line",
    [
        "This slideshow requires JavaScript.",
        "The interactive map requires JavaScript.",
        "Please enable JavaScript to view the comments powered by Disqus.",
        "JavaScript is disabled in your browser.",
    ],
)
def test_a_script_notice_is_chrome(line):
    """A notice standing where a script draws a gallery or a player is no text."""
    assert line not in middle_texts(f"<p>{line}</p>")


@pytest.mark.parametrize(
    "line",
    [
        "Get Angler's Digest delivered to your door every month. 13 issues for $19.99."
        " Click here for details.",
        "Subscribe to Garden Weekly today: 6 issues for £6 and a free seed tin.",
        "Try 3 issues for just €5 and save 40% on the shop price.",
    ],
)
def test_a_subscription_offer_is_chrome(line):
    """A magazine's offer, a call to order and a price for a number of issues, is no text."""
    assert line not in middle_texts(f"<p>{line}</p>")


@pytest.mark.parametrize(
    "line",
    [
        "Start your morning with Market Minute. It is the briefing traders read first."
        " Sign up for the free daily newsletter.",
        "There is more where that came from. Subscribe to The Ledger today to get it in your"
        " inbox every weekday.",
        "Enjoyed this story? Sign up to Field Notes, our weekly newsletter.",
    ],
)
def test_a_newsletter_pitch_is_chrome(line):
    """A short paragraph whose last sentence sends the reader to sign up is a pitch."""
    assert line not in closing_texts(f"<p><strong>{line}</strong></p>")
    assert line not in middle_texts(f"<p>{line}</p>")


@pytest.mark.parametrize(
    "line",
    [
        "The council magazine sold 12 issues for £2 each before it folded in 1962.",
        "Readers can sign up for the library's newsletter at the front desk.",
        "More than 4,000 people signed up. Sign-ups for the newsletter doubled in a week.",
        "This app requires JavaScript developers, and the firm is hiring twenty of them.",
    ],
)
def test_sentences_about_offers_and_newsletters_are_text(line):
    """A sentence about an offer, a newsletter or a script opens with no call to the reader."""
    assert line in middle_texts(f"<p>{line}</p>")


@pytest.mark.parametrize(
    "line", ["Tell us what YOU think...", "Have your say", "What do you think?"]
)
def test_a_call_for_comments_is_chrome(line):
    """The head over the comments' box calling for them heads no text of the story."""
    assert line not in closing_texts(f"<h3>{line}</h3><p>3 comments</p>")


def test_a_question_opening_with_the_call_is_text():
    """A head asking more than the call is the text's: 'What do you think of the new bridge?'"""
    head = "What do you think of the new bridge?"
    assert head in middle_texts(f"<h3>{head}</h3>")


def stats_table(foot_first: bool, foot: str) -> str:
    """A data table whose <tfoot> holds `foot`, before the body rows or after them."""
    head = "<thead><tr><th>Rank</th><th>Rider</th><th>Time</th></tr></thead>"
    tfoot = f"<tfoot><tr>{foot}</tr></tfoot>"
    body = (
        "<tbody><tr><td>1</td><td>Ines Varga</td><td>3:02:11</td></tr>"
        "<tr><td>2</td><td>Kofi Mensah</td><td>3:04:40</td></tr></tbody>"
    )
    return f"<table>{head}{tfoot if foot_first else ''}{body}{'' if foot_first else tfoot}</table>"


@pytest.mark.parametrize("foot_first", [True, False])
def test_a_footer_repeating_the_header_row_is_left_out(foot_first):
    """A table's template printing its header row again in <tfoot> gives it once."""
    found = middle_texts(stats_table(foot_first, "<th>Rank</th><th>Rider</th><th>Time</th>"))
    assert found.count("Rank Rider Time") == 1
    assert "2 Kofi Mensah 3:04:40" in found


def test_a_footer_of_totals_stays():
    """A footer row of its own (a total) is data."""
    found = middle_texts(stats_table(False, "<td></td><td>Total</td><td>6:06:51</td>"))
    assert "Total 6:06:51" in found


def test_a_table_of_seasons_repeating_a_body_row_keeps_it():
    """Only a header row's copy in the footer goes: a body row's in it stays."""
    table = (
        "<table><thead><tr><th>Season</th><th>Wins</th></tr></thead>"
        "<tbody><tr><td>2019</td><td>12</td></tr></tbody>"
        "<tfoot><tr><td>2019</td><td>12</td></tr></tfoot></table>"
    )
    assert middle_texts(table).count("2019 12") == 2
