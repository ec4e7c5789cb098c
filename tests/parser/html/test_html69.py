"""Rules of html69, on made-up snippets: a bare <div> line with nothing after it in its box but
a list of links the body leaves out (a CMS's 'more stories' box under the text, its label styled
as a head by a class) is that list's label and goes with it; a line over a list of the text's
own, over links followed by more text, or reading as a sentence stays."""

from __future__ import annotations

import pytest

from tests.parser.html.pages import closing_texts, middle_texts

THREE = closing_texts("")

LINKS = (
    "<ul><li>Why the tide tables <a href='/tides'>keep changing every spring</a></li>"
    "<li>A ferry captain's <a href='/captain'>last crossing of the strait</a></li>"
    "<li><a href='/pier'>The island's new pier opens to walkers</a></li></ul>"
)
OWN_LIST = (
    "<ul><li>Monday: the early crossing leaves the harbour at six.</li>"
    "<li>Tuesday: no crossing while the pier is repaired.</li></ul>"
)


@pytest.mark.parametrize(
    "box",
    [
        # a magazine's box under the text, the label a <div> styled as a head by its class
        f"<hr><div class='heading-h3'>More Great Harbour Stories</div>{LINKS}",
        # a label in its own box, the list after it in the same box
        f"<div class='after-story'><div class='box-label'>Elsewhere on Quayside Weekly</div>"
        f"{LINKS}</div>",
        # two lists of links under one label
        f"<div class='more'><div>Keep reading from the Coast Desk</div>{LINKS}"
        f"<ol><li><a href='/gulls'>Gulls return to the old lighthouse</a></li>"
        f"<li><a href='/nets'>Fishing nets mended by hand</a></li></ol></div>",
    ],
)
def test_the_label_of_a_left_out_list_of_links_goes_with_it(box):
    assert closing_texts(box) == THREE


@pytest.mark.parametrize(
    ("box", "kept"),
    [
        # the list is the text's own: its label and items stay
        (
            f"<div class='heading-h3'>What the new ferry timetable says</div>{OWN_LIST}",
            [
                "What the new ferry timetable says",
                "Monday: the early crossing leaves the harbour at six.",
                "Tuesday: no crossing while the pier is repaired.",
            ],
        ),
        # text follows the links in the box: the line may head it
        (
            f"<div class='box'><div class='kicker'>More Great Harbour Stories</div>{LINKS}"
            "<p>The harbour master answers readers' questions every Friday morning.</p></div>",
            [
                "More Great Harbour Stories",
                "The harbour master answers readers' questions every Friday morning.",
            ],
        ),
        # a sentence before the links is no label
        (
            "<div class='note'>The ferry company has published a list of its answers to"
            f" riders.</div>{LINKS}",
            ["The ferry company has published a list of its answers to riders."],
        ),
    ],
)
def test_a_line_over_the_texts_own_list_or_before_more_text_stays(box, kept):
    assert closing_texts(box)[3:] == kept


# ---- a call-to-action button's pitch (clean.cta_pitch) ---------------------------------------

BUTTON_HUBSPOT = (
    "<p style='text-align:center'><strong><span class='hs-cta-wrapper'><span class='hs-cta-node'>"
    "<a href='https://cta.example/go/1'><img src='/cta/1.png' alt='Book your seat'></a></span>"
    "<script>load(1);</script></span></strong></p>"
)
BUTTON_DIV = "<div class='cta-button'><a href='/trial'>Start free trial</a></div>"
BUTTON_BLOCK = (
    "<div class='wp-block-call-to-action'><p><a href='/guide'>Get the guide</a></p></div>"
)


@pytest.mark.parametrize(
    "middle",
    [
        "<p style='text-align:center'><strong>Come and see us at stand 4B. Book a time that"
        f" suits you, so we do not miss each other.</strong></p>{BUTTON_HUBSPOT}",
        "<p><b>Ready to plan your allotment? Try the planner free for a month.</b></p>"
        + BUTTON_DIV,
        "<p><strong>Our free guide walks you through the whole harvest.</strong></p>"
        + BUTTON_BLOCK,
    ],
)
def test_a_bold_pitch_over_a_call_to_action_button_goes_with_it(middle):
    assert middle_texts(middle) == middle_texts("")


@pytest.mark.parametrize(
    ("middle", "kept"),
    [
        # a line in plain type is the text's
        (
            f"<p>Visitors can book a time at the stand through the organisers.</p>{BUTTON_HUBSPOT}",
            "Visitors can book a time at the stand through the organisers.",
        ),
        # a bold line beside the button in its own paragraph is not over it
        (
            "<p><strong>The planner opened to the public in March.</strong>"
            "<span class='cta-button'><a href='/trial'>Try it</a></span></p>",
            "The planner opened to the public in March.",
        ),
        # a box with text of its own (a newsletter's pitch) is no button: the bold line stays
        (
            "<p><strong>The harvest festival returns on Saturday.</strong></p><div class='cta'>"
            "<p>Get our weekly gardening letter with tips for every season, free.</p>"
            "<a href='/join'>Join</a></div>",
            "The harvest festival returns on Saturday.",
        ),
        # a bold line with no button after it stays
        (
            "<p><strong>The harvest festival returns on Saturday.</strong></p>",
            "The harvest festival returns on Saturday.",
        ),
    ],
)
def test_a_line_that_is_no_buttons_pitch_stays(middle, kept):
    assert kept in middle_texts(middle)
