"""Rules of html63, on made-up snippets: a widget's generic label or a player's title left in
the text is chrome, a holder after ' / ' closing a caption that ends in a number or an agency
after one is its credit, a list typed as one paragraph split by single <br>s is read item by
item, a paragraph bold by its own inline style is bold as <b> is, and a staff writer's note or
a production credit closing the text is chrome; with the near-misses each must leave alone."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from api.parser.html.blocks import is_style_bold, listed_lines
from api.parser.html.images import credit_after_slash
from api.parser.html.text_chrome import is_production_credit, is_staff_note, is_widget_label
from api.parser.html.tree import parse_tree
from tests.parser.html.pages import (
    closing_texts,
    figure_page,
    image_pairs,
    middle_page,
    middle_texts,
    texts,
)

FRAME = "<iframe src='https://video.example/embed/77'></iframe>"


def heads(html: str) -> list[str]:
    return [b.text for b in parse_html(html).body if b.type == "subheading"]


# ---- a widget's generic label, a player's title (text_chrome.is_widget_label, clean.player_label)


@pytest.mark.parametrize(
    "middle",
    [
        "<div class='x-label'><span>Recommended Videos</span></div>",  # a label alone in a <div>
        "<p>Up next</p>",  # a player's label as a paragraph
        "<div><span>More Podcasts</span></div>",
        "<div class='box-title'>Related stories</div>",  # a box's label read as a head
        f"<div><span>Watch: the new pier from above</span></div><div>{FRAME}</div>",
        f"<div><em>Drone footage of the quay at dawn</em></div>{FRAME}",
        "<div><span>The harbour wall in the storm</span></div>"
        "<figure><video src='/clips/wall.mp4'></video></figure>",
    ],
)
def test_a_widget_label_or_a_players_title_is_no_text(middle):
    found = middle_texts(middle)
    assert len(found) == 4 and all(t.startswith(("Paragraph", "B ")) for t in found)


@pytest.mark.parametrize(
    ("middle", "head"),
    [
        ("<div>Videos of the flood</div>", "Videos of the flood"),  # a head naming its own
        (f"<div><b>The pier at night</b></div>{FRAME}", "The pier at night"),  # a bold head
        ("<div>The pier at night</div>", "The pier at night"),  # no player beside it
    ],
)
def test_a_head_over_or_beside_media_stays(middle, head):
    assert heads(middle_page(middle)) == [head]


@pytest.mark.parametrize(
    "line",
    [
        "The council voted to rebuild the pier.",
        "Crews worked through the night to clear the road!",
        "Who pays for the repairs?",
    ],
)
def test_a_sentence_alone_in_its_div_before_a_player_is_text(line):
    # (a player's title has no stop; a sentence in the box before it is the story's)
    assert line in middle_texts(f"<div><span>{line}</span></div><div>{FRAME}</div>")


def test_a_sentence_on_recommended_videos_is_text():
    line = "Recommended videos on the council's site show the surge reaching the quay wall."
    assert line in middle_texts(f"<p>{line}</p>")
    assert not is_widget_label(line)


# ---- a holder after ' / ' closing a caption (images.credit_after_slash) ----------------------


@pytest.mark.parametrize(
    ("caption", "pair"),
    [
        (
            "A shell from which blanks were cut, about 1915 / Marlow County Museum",
            ("A shell from which blanks were cut, about 1915", "Marlow County Museum"),
        ),
        (
            "Kestrels nesting on the mill tower, May 12 / Ward Bird Trust",
            ("Kestrels nesting on the mill tower, May 12", "Ward Bird Trust"),
        ),
        ("Boats moored along the quay / Reuters", ("Boats moored along the quay", "Reuters")),
        ("The regatta's winners in 2019 / Ana Ruiz", ("The regatta's winners in 2019", "Ana Ruiz")),
    ],
)
def test_a_holder_after_a_slash_closing_a_caption_is_its_credit(caption, pair):
    assert credit_after_slash(caption) == pair
    assert image_pairs(figure_page("<img src='/photos/2026/a.jpg' alt='A'>", caption)) == [pair]


@pytest.mark.parametrize(
    "caption",
    [
        "The Smith / Jones duet on stage",  # a slash inside the sentence
        "Fans of the 2019 / 2020 side",  # a pair of years
        "Trains between Leeds / Bradford",  # a pair of names
        "Stalls at the 1990s / early noughties fair",  # words in lower case after it
    ],
)
def test_a_slash_inside_a_caption_stays_the_captions(caption):
    assert credit_after_slash(caption) is None


# ---- a list typed as one paragraph (blocks.listed_lines) -------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "lines"),
    [
        (
            "The rules are simple:<br>no phones in the hall;<br>every game is written down;"
            "<br>the loser sets up the pieces again.",
            [
                "The rules are simple:",
                "no phones in the hall;",
                "every game is written down;",
                "the loser sets up the pieces again.",
            ],
        ),
        (
            "Entrants must bring:<br>a signed form;<br>a packed lunch; and<br>a water bottle.",
            ["Entrants must bring:", "a signed form;", "a packed lunch; and", "a water bottle."],
        ),
        (
            "The council weighed three options: <br> close the crossing;<br><i>cut</i> the"
            " fares; or<br>run a smaller boat;",
            [
                "The council weighed three options:",
                "close the crossing;",
                "cut the fares; or",
                "run a smaller boat;",
            ],
        ),
    ],
)
def test_a_list_in_one_paragraph_is_read_item_by_item(paragraph, lines):
    assert listed_lines(parse_tree(f"<p>{paragraph}</p>").find(".//p")) == lines
    found = middle_texts(f"<p>{paragraph}</p>")
    assert found[2:-2] == lines


@pytest.mark.parametrize(
    "paragraph",
    [
        # a poem's lines: no lead-in
        "The river runs beneath the mill,<br>the night is long and still;<br>and no one walks"
        " the quay.",
        # a quoted verse after a colon, its lines not closed by ';'
        "She wrote:<br>the tide came in at dawn<br>and left the harbour bare.",
        # a form's lines: labels, a second lead-in among them
        "The entry form asks for three things:<br>a name;<br>an address, under the heading:"
        "<br>where the boat is moored.",
        # one item only
        "The rule is simple:<br>no phones in the hall.",
    ],
)
def test_lines_of_one_paragraph_that_are_no_list_stay_one(paragraph):
    assert listed_lines(parse_tree(f"<p>{paragraph}</p>").find(".//p")) == []
    assert len(middle_texts(f"<p>{paragraph}</p>")) == 5


# ---- bold by the paragraph's own inline style (blocks.is_style_bold) -------------------------


@pytest.mark.parametrize(
    ("style", "head"),
    [
        ("font-weight: bold;", "What comes next"),
        ("font-weight:700", "Fares and timetables"),
        ("color: #333; font-weight: 600", "A bet on the night boat"),
    ],
)
def test_a_paragraph_bold_by_its_style_heads_its_section(style, head):
    assert is_style_bold(parse_tree(f"<p style='{style}'>{head}</p>").find(".//p"))
    assert heads(middle_page(f"<p style='{style}'>{head}</p>")) == [head]


@pytest.mark.parametrize(
    "line",
    [
        "<p style='font-weight: bold;'>The ferry will run twice a day from March.</p>",  # sentence
        "<p style='font-weight: 400'>Fares and timetables</p>",  # not bold
        "<p style='font-weight: bold'>" + "A very long line " * 8 + "</p>",  # too long for a head
    ],
)
def test_a_bold_by_style_sentence_or_a_plain_line_stays_text(line):
    assert heads(middle_page(line)) == []


# ---- a staff writer's note, a production credit closing the text ----------------------------


@pytest.mark.parametrize(
    "tail",
    [
        "<p><em>Ann Lee is a Harbour Daily staff writer. You can contact Ann by email at"
        " ann@harbour.example.</em></p>",
        "<p>Tomas Reyes is a reporter for the Courier. Reach him at tomas@courier.example.</p>",
        "<p>Feature Presentation: Rina Das/Harbour Daily</p>",
        "<p>Produced by: Jo Roe and Kim Li</p>",
        "<p><i>Graphics: Harbour Daily Desk</i></p>",
    ],
)
def test_a_closing_staff_note_or_production_credit_is_no_text(tail):
    found = closing_texts(tail)
    assert len(found) == 3


@pytest.mark.parametrize(
    "tail",
    [
        # a beat and a call to write: the text's, as earlier batches keep it
        "<p><em>Dev Hale covers transport for the Courier. Contact him at"
        " dev@courier.example.</em></p>",
        # an italic paragraph of the text
        "<p><em>The ferry, she said, was the only way home for most of the island's"
        " children.</em></p>",
        # a sentence after a production word
        "<p>Design: the new stand seats 4,000 fans and opens in May.</p>",
        # a writer's trade inside a sentence of the text
        "<p>Ann Lee is a staff writer at heart, her mother said, and keeps notes on every"
        " crossing.</p>",
    ],
)
def test_a_closing_line_of_the_text_stays(tail):
    assert len(closing_texts(tail)) == 4


def test_a_staff_note_inside_the_text_stays():
    note = "Ann Lee is a Harbour Daily staff writer."
    assert is_staff_note(note) and is_production_credit("Produced by: Jo Roe")
    assert note in texts(parse_html(middle_page(f"<p>{note}</p>")))
