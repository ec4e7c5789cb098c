"""Rules of html50, each on made-up snippets: numbered key points whose text sits in a <div>, a
support pitch closing on a call to join the readers who pay, a glued credit's closing stop, and
bracketed credits padded with spaces or holding a bar; with the near-misses each must leave
alone."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from api.parser.credits import split_credit, without_final_stop
from tests.parser.html.pages import (
    FILLER,
    figure_page,
    image_pairs,
    middle_page,
    middle_texts,
    page,
    paragraphs,
    texts,
)

POINTS = (
    "The harbour crane will be replaced before the summer season opens.",
    "Two berths will close for six weeks while the new crane goes up.",
    "The port says fishing boats will keep their usual slots.",
)


def div_points(item: str, mark: str, text: str = "div class='txt'") -> str:
    """The points as numbered boxes: each an `item` box of a `mark` number and a `text` box."""
    return "".join(
        f"<{item}><{mark}>{n}</{mark.split()[0]}><{text}>{p}</{text.split()[0]}>"
        f"</{item.split()[0]}>"
        for n, p in enumerate(POINTS, 1)
    )


# ---- numbered points whose text is a <div> (article.is_point_text) ---------------------------


@pytest.mark.parametrize(
    "box",
    [
        # a highlights class and a label <div>, each number a span
        "<div class='quick-highlights'><div class='quick-highlights__label'>In brief</div>"
        + div_points("div class='quick-highlights__row'", "span class='n'")
        + "</div>",
        # a key points title as a head, the numbers in <b>, the text in a bare <div>
        "<section class='panel'><h3>Key points</h3>"
        + div_points("div class='row'", "b", "div")
        + "</section>",
        # a summary class and no title, zero-padded marks in <em>
        "<div class='summary-box'>" + div_points("div class='s'", "em") + "</div>",
    ],
)
def test_numbered_points_in_text_divs_are_the_bullets(box):
    document = parse_html(page(box + paragraphs(3)))
    assert document.bullets == POINTS
    found = texts(document)
    assert found[0].startswith("Paragraph 1.")
    assert not any(p in found for p in POINTS)


def test_numbered_steps_in_text_divs_inside_the_text_stay_text():
    steps = "<div class='highlights'>" + div_points("div class='step'", "span") + "</div>"
    document = parse_html(middle_page(steps))
    assert document.bullets == ()
    assert all(p in texts(document) for p in POINTS)


def test_numbered_text_divs_above_the_text_in_an_unnamed_box_are_no_bullets():
    box = "<div class='how-to'>" + div_points("div class='step'", "span") + "</div>"
    assert parse_html(page(box + paragraphs(3))).bullets == ()


def test_a_numbered_box_holding_paragraphs_is_no_point():
    # a number before a <div> of paragraphs marks a section, not a point
    rows = "".join(
        f"<div class='hl'><span>{n}</span><div><p>{p}</p><p>{FILLER}</p></div></div>"
        for n, p in enumerate(POINTS, 1)
    )
    document = parse_html(page(f"<div class='highlights'>{rows}</div>" + paragraphs(3)))
    assert document.bullets == ()


# ---- a support pitch closing on a call to join the readers (clean.APPEAL_CALL, pitches_support)


@pytest.mark.parametrize(
    "box",
    [
        # an italic pitch, the call a link inside the emphasis, a box of its own
        "<div class='inline-ask'><p><em>The Valley Ledger stays free because readers pay for it."
        " <a href='/friends'>Join them today.</a></em></p></div>",
        # no emphasis, 'Join us' after a pitch naming supporters
        "<aside><p>Our newsroom is funded by supporters like you. <a href='/x'>Join us</a></p>"
        "</aside>",
        # a call to chip in after a pitch, a box of its own
        "<div class='ask'><p>Every story here is paid for by readers.</p>"
        "<a href='/give-now'>Chip in today</a></div>",
    ],
)
def test_a_pitch_closing_on_a_join_call_leaves_the_text(box):
    found = middle_texts(box)
    assert len(found) == 4
    assert all(t.startswith(("Paragraph", "B ")) for t in found)


@pytest.mark.parametrize(
    ("middle", "kept"),
    [
        # a club's call to join in a box of its own, no readers named: the text's
        (
            "<div class='club'><p>The rowing club trains on Sunday mornings at the slipway."
            " <a href='/club'>Join them today.</a></p></div>",
            "The rowing club trains",
        ),
        # a paragraph about readers chipping in, no call
        (
            "<p>Readers wrote in about the ferry, and many said they chip in to the lifeboat fund"
            " every winter.</p>",
            "Readers wrote in",
        ),
        # a paragraph of the text closing on a join call
        (
            f"<p>{FILLER} Readers who want a say can <a href='/panel'>join us</a></p>",
            "The council met",
        ),
    ],
)
def test_text_about_joining_or_readers_stays(middle, kept):
    assert any(t.startswith(kept) for t in middle_texts(middle))


# ---- a glued credit's closing stop (credits.without_final_stop) -------------------------------


def picture_pair(caption: str) -> tuple[str, str | None]:
    """The (caption, credit) of a picture whose figcaption is `caption`."""
    return image_pairs(figure_page("<img src='/c.jpg' alt='A crane on the quay'>", caption))[0]


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Boats at the slipway. Photo by Ines Marlowe-Tan.", "Boats at the slipway.",
         "Ines Marlowe-Tan"),
        ("The new crane at dusk. Courtesy of Harbourline Cranes.", "The new crane at dusk.",
         "Courtesy of Harbourline Cranes"),
        ("A seal on the pontoon.Photo: Ruth Okafor-Lind.", "A seal on the pontoon.",
         "Ruth Okafor-Lind"),
    ],
)  # fmt: skip
def test_a_glued_credit_loses_its_closing_stop(line, caption, credit):
    assert picture_pair(line) == (caption, credit)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("The crane arrives by barge. Courtesy of Harbourline Cranes Inc.",
         "Courtesy of Harbourline Cranes Inc."),
        ("Divers at the pier. Photo by Tomas Reyes Jr.", "Tomas Reyes Jr."),
        ("Nets drying on the quay. Photo: Ann B. Lowe/J.", "Ann B. Lowe/J."),
    ],
)  # fmt: skip
def test_a_stop_an_abbreviation_or_initial_ends_stays(line, credit):
    assert picture_pair(line)[1] == credit


def test_a_line_with_no_holder_keeps_its_stop():
    # 'Photo by the author' names no holder: the line stays the caption's, stop and all
    line = "A page from the ship's log. Photo by the author."
    assert picture_pair(line) == (line, None)


@pytest.mark.parametrize(
    ("credit", "want"),
    [
        ("Ines Marlowe-Tan.", "Ines Marlowe-Tan"),
        ("Harbourline Cranes Co.", "Harbourline Cranes Co."),
        ("Ann Lee/U.S.", "Ann Lee/U.S."),
        ("Photo: Ann Lee. All rights reserved.", "Photo: Ann Lee. All rights reserved."),
        ("Ann Lee", "Ann Lee"),
    ],
)
def test_without_final_stop(credit, want):
    assert without_final_stop(credit) == want


# ---- bracketed credits padded with spaces or holding a bar (credits.closed_brackets, ---------
# ---- is_bar_credit) ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Crews lift the hull on Oct. 2. [ IVO PELLANDER | Courier ]",
         "Crews lift the hull on Oct. 2.", "IVO PELLANDER | Courier"),
        ("Crews lift the hull. [Ivo Pellander | Bay Courier]", "Crews lift the hull.",
         "Ivo Pellander | Bay Courier"),
        ("Oysters on a frame. [ Courtesy of the Marsh Trust ]", "Oysters on a frame.",
         "Courtesy of the Marsh Trust"),
        ("A heron at the weir. ( Photo: Lena Brook/Harbour Press )", "A heron at the weir.",
         "Lena Brook/Harbour Press"),
    ],
)  # fmt: skip
def test_padded_or_barred_bracketed_credits_split(line, caption, credit):
    assert split_credit("", line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "The crew, pictured from the [ left ]",
        "The final score on the board. [Home 2 | Away 1]",
        "Stalls along the quay. [ Open daily | Free entry ]",
        "The harbour at low tide [ see map ]",
    ],
)
def test_brackets_that_are_no_credit_stay(line):
    assert split_credit("", line) == (line, None)
