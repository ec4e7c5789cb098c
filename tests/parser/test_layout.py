"""Lines to blocks to items: bullets in the standfirst, lead images, image pairing."""

from __future__ import annotations

import pytest

from api.parser import Block, Image, parse
from api.parser.layout import Line, Picture, bullet_text, lay_out, pair_images, split_blocks


def test_split_blocks_treats_any_run_of_blank_lines_as_one_separator():
    assert split_blocks(["A", "", "", "", "B", "C", "", ""]) == [["A"], ["B", "C"]]


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("  • Talks stalled.", "Talks stalled."),
        ("- Fares rise", "Fares rise"),
        ("* Fares rise", "Fares rise"),
        ("\t– Fares rise ", "Fares rise"),
        ("-Fares rise", None),
        ("— Fares rise", None),
        ("• ", None),
        ("Fares rise - again", None),
    ],
)
def test_bullet_text(line, text):
    assert bullet_text(line) == text


@pytest.mark.parametrize(
    ("lines", "pictures"),
    [
        (["Alt", "Caption."], [Picture("Alt", "Caption.")]),
        (["A.", "A.Reuters", "B.", "B.AP"], [Picture("A.", "A.Reuters"), Picture("B.", "B.AP")]),
        (["One.", "Two.", "Three."], None),
        (["One line.", "Another line.", "A third.", "A fourth."], None),
        (["- one", "- two"], None),
    ],
)
def test_pair_images(lines, pictures):
    assert pair_images(lines) == pictures


def test_lead_image_and_bullets_share_one_block():
    layout = lay_out(["Alt", "Caption.Reuters", "  • One.", "  • Two.", "", "Body text."])
    assert layout.bullets == ("One.", "Two.")
    assert layout.lead == (Picture("Alt", "Caption.Reuters"),)
    assert layout.body == (Line("Body text.", alone=True),)


def test_bullet_looking_lines_after_the_body_starts_stay_paragraphs():
    doc = parse("H\n\n- First point\n\nBody text.\n\n  • Not a bullet now.")
    assert doc.bullets == ("First point",)
    assert doc.paragraphs == ["Body text.", "• Not a bullet now."]


def test_lead_images_stay_out_of_the_body_and_later_ones_are_placed():
    doc = parse("H\n\nLead\nLead.Reuters\n\nText.\n\nLater\nLater.AP\n\nMore.")
    assert doc.images == (Image("Lead", "Lead.", "Reuters"), Image("Later", "Later.", "AP"))
    assert doc.body == (
        Block("paragraph", text="Text."),
        Block("image", image=1),
        Block("paragraph", text="More."),
    )
    assert doc.lead_images == [0]


def test_paragraph_text_is_kept_exactly_apart_from_the_line_ends():
    doc = parse("H\n\n   Two  spaces stay,\tand tabs.   \n\nEnd.")
    assert doc.paragraphs == ["Two  spaces stay,\tand tabs.", "End."]


def test_headline_is_the_first_non_blank_line():
    doc = parse("\n\n   The headline  \nText right below.\n\nMore.")
    assert doc.headline == "The headline"
    assert doc.paragraphs == ["Text right below.", "More."]
