"""Rules of html32 (fresh16's first look), each on made-up snippets: bracketed credits whose
words are part of them, licensing links in a caption, a media player's own lines and a closing
correction notice."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from tests.parser.html.pages import page, paragraphs

PICTURE = "<img src='https://example.org/up/orchard.jpg' alt='The orchard'>"


def figure(caption: str) -> str:
    """A page whose text holds one picture with this figcaption."""
    body = f"<figure>{PICTURE}<figcaption>{caption}</figcaption></figure>"
    return page(paragraphs(2) + body + paragraphs(2, "B"))


def pairs(html: str) -> list[tuple[str, str | None]]:
    return [(i.caption, i.credit) for i in parse_html(html).images]


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
    assert pairs(figure(caption)) == [(head, credit)]


@pytest.mark.parametrize(
    "caption",
    [
        "Actors rehearse a scene. (Waiting for Godot)",
        "The council met on Monday (for the second time)",
    ],
)
def test_a_bracketed_phrase_with_for_is_no_credit(caption):
    assert pairs(figure(caption)) == [(caption, None)]


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
    assert pairs(figure(inside)) == [(caption, credit)]


def test_a_caption_link_to_a_story_stays():
    inside = "Rowers on the lake at <a href='/places/lake-orra'>Lake Orra</a>. Photo: Ines Mba"
    assert pairs(figure(inside)) == [("Rowers on the lake at Lake Orra.", "Ines Mba")]
