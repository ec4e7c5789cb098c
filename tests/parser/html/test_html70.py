"""Rules of html70, on made-up snippets: a video embed's title under the empty slot its player
fills is the player's, no paragraph; a credit's own word alone in a caption's closing brackets
and a bracketed credit labelled in capitals are the credit; with the near-misses each must
leave alone."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from api.parser.credits import split_credit
from tests.parser.html.pages import FILLER, figure_page, image_pairs, middle_texts

# ---- a video's title after its empty player slot (clean.leads_box) -----------------------------


@pytest.mark.parametrize(
    "box",
    [
        # a player slot named by its class, the title in a <p>
        '<div class="c-video-embed"><div class="video-player" data-video-id="q7"></div>'
        '<p class="video-title">WATCH: Kayakers paddle the flooded river at dawn</p></div>',
        # a jw player's slot, the title in a <div>
        '<div class="media-video"><div class="jwplayer" id="jw-44"></div>'
        '<div class="clip-title">Watch: The old mill comes down</div></div>',
        # a youtube player's slot inside a gallery-like video box, the title in a <span>
        '<div class="story-video"><div class="youtube-player"></div>'
        '<span class="video__title">Inside the new library in 90 seconds</span></div>',
    ],
)
def test_a_video_title_after_its_player_slot_is_no_paragraph(box):
    found = middle_texts(box)
    assert len(found) == 4
    assert all(FILLER in text for text in found)


@pytest.mark.parametrize(
    ("box", "kept"),
    [
        # a line of the text before the slot: the title after it leads nothing
        (
            '<div class="video-section"><p>Crews worked through the night.</p>'
            '<div class="video-player"></div><p class="video-title">The mill closed in 1994'
            " after a century of work.</p></div>",
            "The mill closed in 1994 after a century of work.",
        ),
        # a slot that holds text is no empty slot: the title after it stays
        (
            '<div class="video-wrap"><div class="video-player">Loading the player now</div>'
            '<div class="extra">Also</div><p class="video-title">Crews clear the road</p></div>',
            "Crews clear the road",
        ),
        # a title in a box no player's or gallery's: a line of the text
        (
            '<div class="note-box"><div class="video-player"></div>'
            '<p class="box-title">Ferry fares rise next month</p></div>',
            "Ferry fares rise next month",
        ),
    ],
)
def test_a_title_not_under_an_empty_player_slot_stays(box, kept):
    assert any(kept in text for text in middle_texts(box))


# ---- a credit's own word alone in the caption's closing brackets (credits.lone_credit_word) ----


@pytest.mark.parametrize(
    ("line", "pair"),
    [
        ("Floodwater over the causeway at Warrigal. (Supplied)", "Supplied"),
        ("A diver checks the reef near Tallow Point. (File)", "File"),
        ("The burnt-out shed on Murray Road. [Handout]", "Handout"),
        ("Students outside the new gym (Submitted)", "Submitted"),
        ("The choir on the steps of the hall. (Contributed)", "Contributed"),
    ],
)
def test_a_lone_credit_word_in_closing_brackets_is_the_credit(line, pair):
    caption, credit = split_credit("", line)
    assert credit == pair
    assert caption == line.rsplit(" ", 1)[0]


@pytest.mark.parametrize(
    "line",
    [
        "Councillor Ada Fenn (left) with the new mayor.",
        "The deputy mayor at the opening (pictured).",
        "The flooded market in Tarrow (2019)",
        "Crowds at the old pier. (file photo)",
        "Nurses at the new ward. (supplied)",
        "The band (Supplied Goods) on stage in Hove.",
        "(Supplied)",
    ],
)
def test_a_captions_own_bracketed_note_stays(line):
    assert split_credit("", line) == (line, None)


# ---- a bracketed credit labelled in capitals (credits.caps_label_inside) -----------------------


@pytest.mark.parametrize(
    ("line", "pair"),
    [
        (
            "Tanks beside the pump house at Oke-Ado. [PHOTO: Coastline Herald]",
            ("Tanks beside the pump house at Oke-Ado.", "Coastline Herald"),
        ),
        (
            "A ferry leaves the jetty at first light. (IMAGE: Rui Matos)",
            ("A ferry leaves the jetty at first light.", "Rui Matos"),
        ),
        (
            "Stalls along the harbour wall. [PIC: TOMAS ADEYEMI/VALE NEWS]",
            ("Stalls along the harbour wall.", "TOMAS ADEYEMI/VALE NEWS"),
        ),
        (
            "The restored tram at the depot. [CREDIT: Tramway Society]",
            ("The restored tram at the depot.", "Tramway Society"),
        ),
    ],
)
def test_a_capitals_label_in_closing_brackets_sets_the_credit_off(line, pair):
    assert split_credit("", line) == pair


@pytest.mark.parametrize(
    "line",
    [
        "Crowds at the spring fair [UPDATE: 4pm]",
        "The scoreboard after the final (HOME: 2, AWAY: 1)",
        "A sign reading [PHOTO: NO FLASH] at the gallery door, where visitors queue for an hour",
    ],
)
def test_a_capitals_bracket_no_credit_stays(line):
    assert split_credit("", line) == (line, None)


# ---- as a reader sees them: the figure's caption and credit ------------------------------------


@pytest.mark.parametrize(
    ("caption", "pair"),
    [
        (
            "Hailstones on a lawn in Corrindale. (Supplied)",
            ("Hailstones on a lawn in Corrindale.", "Supplied"),
        ),
        (
            "Water tanks at the market in Ilesha. [PHOTO: Savanna Post]",
            ("Water tanks at the market in Ilesha.", "Savanna Post"),
        ),
    ],
)
def test_a_figures_bracketed_credit_is_split_off(caption, pair):
    html = figure_page('<img src="/img/p1.jpg" alt="">', caption)
    assert image_pairs(html) == [pair]


def test_a_video_title_is_no_paragraph_of_a_parsed_page():
    box = (
        '<div class="c-video-embed"><div class="video-player" data-video-id="z9"></div>'
        '<p class="video-title">WATCH: Volunteers plant trees on the ridge</p></div>'
    )
    assert not any("Volunteers plant trees" in t for t in middle_texts(box))
    assert parse_html is not None
