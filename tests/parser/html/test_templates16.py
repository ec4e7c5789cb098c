"""Rules of html32 (fresh16's first look), each on made-up snippets: bracketed credits whose
words are part of them, licensing links in a caption, a media player's own lines and a closing
correction notice."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from tests.parser.html.pages import figure_page, image_pairs, page, paragraphs

PICTURE = "<img src='https://example.org/up/orchard.jpg' alt='The orchard'>"


def figure(caption: str) -> str:
    """A page whose text holds one picture with this figcaption."""
    return figure_page(PICTURE, caption)


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "Apple pickers at work near Dunmore. (Submitted by Halvard Quist)",
            "Submitted by Halvard Quist",
        ),
        (
            "The ferry leaves the dock at dawn. (Courtesy of the Okafor family)",
            "Courtesy of the Okafor family",
        ),
        (
            "A mural on the old mill. (Courtesy Brightwater Arts Trust)",
            "Courtesy Brightwater Arts Trust",
        ),
        (
            "Voters queue outside a school. (Imre Szalai-Bond for The Northern Courier)",
            "Imre Szalai-Bond for The Northern Courier",
        ),
        (
            "Snow covers the pass. (Tomasina Reyes for Valley Weekly)",
            "Tomasina Reyes for Valley Weekly",
        ),
    ],
)
def test_a_bracketed_credit_whose_words_are_part_of_it_splits_whole(caption, credit):
    head = caption[: caption.rindex(" (")]
    assert image_pairs(figure(caption)) == [(head, credit)]


@pytest.mark.parametrize(
    "caption",
    [
        "Actors rehearse a scene. (Waiting for Godot)",
        "The council met on Monday (for the second time)",
    ],
)
def test_a_bracketed_phrase_with_for_is_no_credit(caption):
    assert image_pairs(figure(caption)) == [(caption, None)]


@pytest.mark.parametrize(
    ("inside", "caption", "credit"),
    [
        (
            "<span>Cranes unload timber at Port Elsin, May 2, 2026. MERIDIAN/Joss Okonjo-Hart "
            "<a href='https://agency.example/licensing/'>Purchase Licensing Rights"
            "<span style='display:none'>, opens new tab</span></a></span>",
            "Cranes unload timber at Port Elsin, May 2, 2026.",
            "MERIDIAN/Joss Okonjo-Hart",
        ),
        (
            "Hikers cross the ridge above Tarnby. (Photo: Lisbet Varga) "
            "<a class='buy' href='/store/photo/123'>Buy this photo</a>",
            "Hikers cross the ridge above Tarnby.",
            "Lisbet Varga",
        ),
        (
            "<a href='/reprints'>Order a reprint</a> The mayor opens the new library. "
            "Photo: Gareth Nwosu",
            "The mayor opens the new library.",
            "Gareth Nwosu",
        ),
    ],
)
def test_a_licensing_link_in_a_caption_is_chrome(inside, caption, credit):
    assert image_pairs(figure(inside)) == [(caption, credit)]


def test_a_caption_link_to_a_story_stays():
    inside = "Rowers on the lake at <a href='/places/lake-orra'>Lake Orra</a>. Photo: Ines Mba"
    assert image_pairs(figure(inside)) == [("Rowers on the lake at Lake Orra.", "Ines Mba")]


def body_lines(html: str) -> list[str]:
    return [b.text for b in parse_html(html).body if b.text]


@pytest.mark.parametrize(
    "player",
    [
        "<div class='audioPlayer'><button>Play</button><span class='mediaTitle'>The Fold: "
        "Why orchards move north</span><span class='duration'>6:42</span></div>"
        "<p class='media-caption'>Grower Wendell Abara-Quist on warmer springs.</p>",
        "<div class='video-player'><span class='title'>Watch: the flood gates open</span>"
        "<span>1:05</span></div><div class='player-caption'>Footage from the river authority."
        "</div>",
        "<div class='podcast player'><button>Listen</button><b>Harbour Hour, episode 12</b>"
        "<i>1:02:15</i></div>",
    ],
)
def test_a_media_players_own_lines_are_chrome(player):
    html = page(paragraphs(2) + f"<div class='media-story'>{player}</div>" + paragraphs(2, "B"))
    lines = body_lines(html)
    assert len(lines) == 4
    assert not any(word in " ".join(lines) for word in ("Watch", "Harbour Hour", "Grower", "Fold"))


def test_a_time_in_a_box_not_named_a_player_stays():
    box = "<div class='schedule'><b>The ferry leaves at</b> <span>6:42</span></div>"
    html = page(paragraphs(2) + box + paragraphs(2, "B"))
    assert any("6:42" in line for line in body_lines(html))


@pytest.mark.parametrize(
    "note",
    [
        "<div class='notice'><p>A correction was made on June 3, 2026: An earlier version of "
        "this article misstated the depth of the Harrow reservoir.</p><p><a href='/policy'>How "
        "we handle corrections</a></p></div>",
        "<section><p>Correction: A previous version of this story gave the wrong name for the "
        "ferry operator, which is Selkie Lines.</p></section>",
        "<div><div class='x1'>Clarification: The museum's new wing opens in the spring, not "
        "the autumn as first reported.</div></div>",
    ],
)
def test_a_correction_notice_after_the_text_is_its_last_paragraph(note):
    html = page("<article>" + paragraphs(4) + "</article>" + note)
    lines = body_lines(html)
    assert lines[-1].startswith(("A correction", "Correction:", "Clarification:"))
    assert not any("How we handle" in line for line in lines)


def test_a_box_after_the_text_that_is_no_correction_stays_out():
    note = "<div><p>Sign up for our morning newsletter to get the news first every day.</p></div>"
    html = page("<article>" + paragraphs(4) + "</article>" + note)
    assert not any("newsletter" in line for line in body_lines(html))
