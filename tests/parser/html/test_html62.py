"""Rules of html62, on made-up snippets: a run of hyphen-led lines before the text's first
paragraph is key points, an upper-case label over a call to follow or subscribe is a promo, a
call to act in round brackets closing the text is chrome, and a bold label over a time heads its
part of an updated story; with the near-misses each must leave alone."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from api.parser.html.blocks import is_update_head
from api.parser.html.text_chrome import is_bracketed_call, is_labelled_call, is_promo_line
from tests.parser.html.pages import closing_texts, middle_page, page, paragraphs, texts

# ---- hyphen-led lines before the text are key points (article.dashed_points) ----------------

POINT_A = "Volunteers cleared 40 bags of litter from the estuary"
POINT_B = "The council will add three bins near the slipway"
POINT_C = "A second clean-up is planned for April."


def dashed(tag: str = "p", bold: bool = False) -> str:
    """The three points, each a line of `tag` opened by '- ', set in bold or not."""
    lines = (f"<b>- {p}</b>" if bold else f"- {p}" for p in (POINT_A, POINT_B, POINT_C))
    return "".join(f"<{tag}>{line}</{tag}>" for line in lines)


@pytest.mark.parametrize(
    "body",
    [
        # bold lines in a box of their own at the top of the text's box
        f"<div class='body'><div>{dashed(bold=True)}</div>{paragraphs(3)}</div>",
        # plain lines opening the text's own box, no box of their own
        f"<div class='body'>{dashed()}{paragraphs(3)}</div>",
        # one-line <div>s in a box a summary word names (no deck of one line)
        f"<div class='story-summary'>{dashed('div')}</div><div class='body'>{paragraphs(3)}</div>",
    ],
)
def test_hyphen_led_lines_before_the_text_are_key_points(body):
    document = parse_html(page(body))
    assert document.bullets == (POINT_A, POINT_B, POINT_C)
    assert len(texts(document)) == 3 and texts(document)[0].startswith("Paragraph 1.")


def test_hyphen_led_lines_inside_the_text_are_the_texts():
    html = page(f"<div class='body'>{paragraphs(2)}{dashed()}{paragraphs(1, 'C')}</div>")
    document = parse_html(html)
    assert document.bullets == ()
    assert f"- {POINT_B}" in texts(document)


def test_a_lone_hyphen_led_line_over_the_text_is_no_point():
    html = page(f"<div class='body'><p>- {POINT_A}</p>{paragraphs(3)}</div>")
    document = parse_html(html)
    assert document.bullets == ()
    assert texts(document)[0] == f"- {POINT_A}"


def test_dialogue_opened_by_dashes_is_text():
    lines = ["– Where are you going? she asked at the door.", "– To the estuary, he said."]
    html = page("<div class='body'>" + "".join(f"<p>{x}</p>" for x in lines) + paragraphs(2))
    document = parse_html(html)
    assert document.bullets == ()
    assert texts(document)[:2] == lines


# ---- an upper-case label over a call to follow or subscribe (text_chrome.is_labelled_call) -----


@pytest.mark.parametrize(
    "line",
    [
        "PAY ATTENTION: Follow Harbour Daily on WhatsApp! Never miss a story of the day.",
        "DON'T MISS: Tolland Courier is now on TikTok! Check out our channel for the clips.",
        "HEADS UP: Subscribe to our podcast for the weekly round-up of the port's news.",
        "NEW: Download our app to read every story offline.",
    ],
)
def test_a_labelled_call_to_follow_is_a_promo(line):
    assert is_labelled_call(line) and is_promo_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "NOTE: Follow the detour signs on Main Street until the bridge reopens.",  # no channel
        "NOTE: Join us at the town hall on Friday at 7 p.m.",  # an event, not a channel
        "UPDATE: Police asked residents to follow the council on Facebook.",  # a report
        "NOTE: Follow-up checks on our page of results are due in May.",  # no call
        "Pay attention to the tide tables: follow them on our app before you sail.",  # no label
    ],
)
def test_a_labelled_line_that_calls_no_one_is_text(line):
    assert not is_labelled_call(line)


def test_labelled_promos_leave_the_text_and_its_heads():
    middle = (
        "<p><strong>PAY ATTENTION: Follow Harbour Daily on WhatsApp! Never miss a story.</strong>"
        "</p><p><strong>NOTE: The ferry runs hourly</strong></p>"
        "<p>The first sailing leaves at six, and the last one at ten in the evening.</p>"
        "<p><strong>HEADS UP: Harbour Daily is now on YouTube! Check out our channel and"
        " subscribe!</strong></p>"
    )
    document = parse_html(middle_page(middle))
    found = texts(document)
    assert not any("Harbour Daily" in text for text in found)
    heads = [b.text for b in document.body if b.type == "subheading"]
    assert heads == ["NOTE: The ferry runs hourly"]


# ---- a call to act in round brackets closing the text (text_chrome.is_bracketed_call) ---------


@pytest.mark.parametrize(
    "tail",
    [
        "<p><strong>(To get our e-paper every morning, please <a href='/wa'>click here</a>."
        " Sharing the PDF with friends is allowed.)</strong></p>",
        "<p>(Subscribe to our channel for more stories like this one.)</p>",
        "<p>(For more on the port, kindly follow us.)</p>",
        "<p><b>(Click here to join the readers' club)</b></p>",
    ],
)
def test_a_bracketed_call_closing_the_text_is_chrome(tail):
    assert closing_texts(tail) == closing_texts("")


@pytest.mark.parametrize(
    "line",
    [
        "(The vote was held on Monday; residents could join the meeting online.)",
        "(The author is a member of the ferry users' group and joined its board in 2024.)",
        "(A follow-up report on the harbour dues will appear next week.)",
    ],
)
def test_a_paragraph_in_brackets_closing_the_text_stays(line):
    assert not is_bracketed_call(line)
    assert closing_texts(f"<p>{line}</p>")[-1] == line


def test_a_bracketed_call_inside_the_text_stays():
    line = "(To read the council's report, please click here.)"
    assert line in texts(parse_html(middle_page(f"<p>{line}</p>")))


# ---- a bold label over a time heads its part of an updated story (blocks.is_update_head) -----


@pytest.mark.parametrize(
    "line",
    ["UPDATE: 3:45 p.m.", "ORIGINAL STORY: 11:20 a.m.", "UPDATE 2: 17:05", "UPDATE: 9:10 a.m. PT"],
)
def test_a_label_over_a_time_is_an_update_head(line):
    assert is_update_head(line)


@pytest.mark.parametrize(
    "line",
    [
        "UPDATE: 3:45 p.m. The ferry has left the dock.",  # a sentence goes on
        "Update: 3:45 p.m.",  # no upper-case label
        "PRICE: £19.99.",  # no clock
        "UPDATE: the ferry left at 3:45 p.m.",  # the time inside a sentence
    ],
)
def test_a_label_and_more_than_a_time_is_no_update_head(line):
    assert not is_update_head(line)


def test_bold_update_heads_head_their_parts():
    body = (
        "<p><b>UPDATE: 3:45 p.m.</b></p>" + paragraphs(2) + "<p><strong>ORIGINAL: 11:20 a.m."
        "</strong></p>" + paragraphs(2, "B")
    )
    document = parse_html(page(body))
    heads = [b.text for b in document.body if b.type == "subheading"]
    assert heads == ["UPDATE: 3:45 p.m.", "ORIGINAL: 11:20 a.m."]


@pytest.mark.parametrize(
    "line",
    [
        "<p><b>UPDATE:</b> The ferry left at 3:45 p.m. with eleven cars on board.</p>",
        "<p><b>UPDATE: 3:45 p.m. The ferry has left the dock with eleven cars.</b></p>",
        "<p>UPDATE: 3:45 p.m.</p>",  # not set apart in bold
    ],
)
def test_an_update_line_that_is_no_bold_time_stays_a_paragraph(line):
    document = parse_html(middle_page(line))
    assert [b.type for b in document.body] == ["paragraph"] * 5


def test_hyphen_led_links_over_the_text_are_no_points():
    links = "".join(
        f"<p>- <a href='/s/{i}'>Story number {i} about the estuary</a></p>" for i in (1, 2, 3)
    )
    document = parse_html(
        page(f"<div class='more'>{links}</div><div class='body'>{paragraphs(3)}</div>")
    )
    assert document.bullets == ()
