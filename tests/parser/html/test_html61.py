"""Rules of html61, on made-up snippets: credit labels in capitals and a label glued to its
slash ('COURTESY X', 'PIC: X', 'Pic/X'), a credit element's closing stop, a 'By Name | Outlet'
byline beside its time, a classed line under the headline set apart from the text as a deck, key
points under a short title once that deck is gone, and a box asking the reader not to miss the
publication's stories; with the near-misses each must leave alone."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from api.parser.credits import split_credit
from tests.parser.html.pages import FILLER, image_pairs, middle_page, page, paragraphs, texts

# ---- credit labels as one class in any case (credits.COURTESY, CAPS_LABEL, SLASH_LABEL) -------


@pytest.mark.parametrize(
    ("line", "pair"),
    [
        # a lender in capitals after the stop and a space, kept whole as 'Courtesy X' is
        (
            "Divers fix a pin to the rock at 9 metres. COURTESY TERN ISLAND DIVE CLUB",
            ("Divers fix a pin to the rock at 9 metres.", "COURTESY TERN ISLAND DIVE CLUB"),
        ),
        (
            "The old pier in 1954. PHOTO COURTESY OF THE HALE MUSEUM",
            ("The old pier in 1954.", "PHOTO COURTESY OF THE HALE MUSEUM"),
        ),
        # a label in capitals with its colon, dropped as 'Pic:' is
        (
            "Pickers at dawn in the valley. PIC: ORLA MEEHAN",
            ("Pickers at dawn in the valley.", "ORLA MEEHAN"),
        ),
        ("A kiln at the works. COURTESY: VANE POTTERY", ("A kiln at the works.", "VANE POTTERY")),
        # a picture's word glued to its slash, a name after it
        (
            "Commuters wait at the new bus stop on Monday. Pic/Ravi Salunke",
            ("Commuters wait at the new bus stop on Monday.", "Ravi Salunke"),
        ),
        (
            "Rain floods the square.Photo/Harbour Port Trust",
            ("Rain floods the square.", "Harbour Port Trust"),
        ),
    ],
)
def test_credit_labels_in_any_case_and_glued_to_a_slash(line, pair):
    assert split_credit("", line) == pair


@pytest.mark.parametrize(
    "line",
    [
        "Courtesy of the family, the album was lent to the museum for the show",  # opens a caption
        "A COURTESY bus waits at the gate.",  # the word in a sentence, no holder in capitals
        "Entries for the Photo/video contest close Friday.",  # no capital after the slash
        "Open 24/7. Pic of the week: a heron",  # no slash after the picture's word, no holder
        "Fans at the EPIC: final night",  # a word in capitals ending in 'PIC', no label
    ],
)
def test_credit_words_in_a_caption_split_nothing(line):
    assert split_credit("", line) == (line, None)


def test_a_capital_courtesy_and_a_glued_slash_label_on_a_page():
    html = middle_page(
        "<div class='shot'><img src='/m/a.jpg' alt='Divers'><div class='caption'><p>Divers at"
        " the reef on Friday. COURTESY TERN ISLAND DIVE CLUB</p></div></div>"
        + paragraphs(1, "C")
        + "<div class='shot'><img src='/m/b.jpg' alt='A bus'><p class='caption'>A bus at the"
        " new stop. Pic/Ravi Salunke</p></div>"
    )
    assert image_pairs(html) == [
        ("Divers at the reef on Friday.", "COURTESY TERN ISLAND DIVE CLUB"),
        ("A bus at the new stop.", "Ravi Salunke"),
    ]


# ---- a credit element's closing stop (images.element_credit) ---------------------------------


def credited(credit: str) -> str:
    """A page with one figure whose figcaption holds a caption span and a credit span."""
    return middle_page(
        "<figure><img src='/m/a.jpg' alt='A lane'><figcaption><span>A lane at night.</span>"
        f"<span class='credit'>{credit}</span></figcaption></figure>"
    )


@pytest.mark.parametrize(
    ("credit", "holder"),
    [
        ("Photo by Maren Adjei-Holt.", "Maren Adjei-Holt"),
        ("Photo by Quayside Traders Guild.", "Quayside Traders Guild"),
        ("Image: Nadia Ferrer.", "Nadia Ferrer"),
        # near-misses: a stop that is the holder's own stays
        ("Photo by Alder Print Ltd.", "Alder Print Ltd."),
        ("Photo by Sam Hart Jr.", "Sam Hart Jr."),
        ("Photo by Tolland Co.", "Tolland Co."),
        ("Photo by Ann Lee", "Ann Lee"),  # no stop, nothing to drop
    ],
)
def test_a_credit_elements_closing_stop_is_punctuation(credit, holder):
    assert image_pairs(credited(credit)) == [("A lane at night.", holder)]


# ---- a 'By Name | Outlet' byline beside its time (bylines.is_by_and_outlet) ----------------


def under_headline(box: str, body: str = "") -> list[str]:
    """The body's texts of a page with `box` right under the headline, then the text's box."""
    return texts(parse_html(page(box + f"<div class='body'>{body or paragraphs(3)}</div>")))


@pytest.mark.parametrize(
    "box",
    [
        "<div class='by'><span>By Ivo Marsh | The Tolland Courier</span>"
        "<time>Dec. 7, 2026, 5:00 a.m.</time></div>",
        "<div><span>By Ivo Marsh · Kea Lund</span><time>March 3, 2026, 9:30 am</time></div>",
        "<p><span>By Ivo Marsh | Harbour Post</span><span>Updated March 3, 2026</span></p>",
        "<div><span>By Ivo Marsh and Kea Lund</span><time>Dec. 7, 2026, 5:00 a.m.</time></div>",
        "<div><span>By Ivo Marsh & Kea Lund</span><time>Dec. 7, 2026, 5:00 a.m.</time></div>",
    ],
)
def test_a_by_line_with_its_outlet_beside_a_time_is_a_byline(box):
    assert under_headline(box) == [f"Paragraph {i}. {FILLER}" for i in (1, 2, 3)]


@pytest.mark.parametrize(
    ("box", "line"),
    [
        # no 'By': a label and a section, not a writer
        (
            "<div><span>Scores | Results</span><time>March 3, 2026, 9:30 am</time></div>",
            "Scores | Results",
        ),
        # a sentence after the bar
        (
            "<div><span>By Ivo Marsh | who covered the port for years</span>"
            "<time>March 3, 2026, 9:30 am</time></div>",
            "By Ivo Marsh | who covered the port for years",
        ),
        # 'and' before words in lower case: no second writer
        (
            "<div><span>By Ivo Marsh and the desk</span><time>March 3, 2026, 9:30 am</time></div>",
            "By Ivo Marsh and the desk",
        ),
    ],
)
def test_a_bar_line_that_is_no_byline_stays(box, line):
    # (in the text: above it, a header's short lines go as chrome whatever they are)
    assert any(line in text for text in texts(parse_html(middle_page(box))))


# ---- a classed line under the headline set apart as a deck (decks.is_styled_apart) ----------


BYLINE = (
    "<div class='au'><img src='/a/x.jpg' alt='Ivo Marsh'><a>Ivo Marsh</a>"
    "<time>May 2, 2026</time></div>"
)
LEAD = (
    "<figure><img src='/m/lead.jpg' alt='A quay'><figcaption>The quay at dawn.</figcaption>"
    "</figure>"
)
DECK = "Cheaper boats beat most of the fleet on the new scale."


@pytest.mark.parametrize(
    "header",
    [
        f"<p class='k_Lr'>{DECK}</p>{BYLINE}{LEAD}",  # byline and picture between
        f"<p class='sub'>{DECK}</p>{LEAD}",  # the picture alone between
        f"<p class='x9f'>{DECK}</p>{BYLINE}",  # the byline alone between
    ],
)
def test_a_line_styled_apart_under_the_headline_is_a_deck(header):
    found = under_headline(header)
    assert DECK not in found and found[0].startswith("Paragraph 1.")


@pytest.mark.parametrize(
    ("header", "body"),
    [
        # a real first paragraph with no class right under the headline
        (f"<p>{DECK}</p>{BYLINE}{LEAD}", ""),
        # the text's paragraphs share its class: it is the text's first
        (
            f"<p class='txt'>{DECK}</p>{BYLINE}{LEAD}",
            "".join(f"<p class='txt'>Paragraph {i}. {FILLER}</p>" for i in (1, 2, 3)),
        ),
        # right over the text's box, nothing between: a lede set in a box of its own
        (f"<p class='lede'>{DECK}</p>", ""),
    ],
)
def test_a_first_paragraph_under_the_headline_stays(header, body):
    assert DECK in under_headline(header, body)


# ---- key points under a short title, the deck above them gone (article.summary_bullets) ------


POINTS = "<ul><li>Boats now carry a grade.</li><li>Small boats scored best.</li></ul>"


@pytest.mark.parametrize("title", ["TL;DR", "Key points", "The gist"])
def test_points_under_a_title_after_a_styled_deck_are_bullets(title):
    html = page(
        f"<p class='k_Lr'>{DECK}</p>{BYLINE}{LEAD}"
        f"<div class='q_Tl'><div class='q_Tl-t'>{title}</div>{POINTS}</div>"
        f"<div class='body'>{paragraphs(3)}</div>"
    )
    document = parse_html(html)
    assert document.bullets == ("Boats now carry a grade.", "Small boats scored best.")
    assert DECK not in texts(document)


def test_a_titled_list_inside_the_text_is_the_texts():
    html = page(
        f"<p class='k_Lr'>{DECK}</p>{BYLINE}{LEAD}<div class='body'>{paragraphs(2)}"
        f"<div><div>Key points</div>{POINTS}</div>{paragraphs(1, 'C')}</div>"
    )
    document = parse_html(html)
    assert document.bullets == ()
    assert "Small boats scored best." in texts(document)


# ---- a box asking not to miss the publication's stories (clean.miss_box) --------------------


@pytest.mark.parametrize(
    "box",
    [
        "<div class='g1'><p>Don’t want to miss the best from <b>Harbour Daily</b>?</p>"
        "<a>Set us as a preferred source</a></div>",
        "<div><p>Never miss a story from Tolland Courier!</p><a href='/follow'>Follow us</a></div>",
        "<div><span>Don't miss out on the latest from The Quay Post.</span>"
        "<button>Add to your feed</button></div>",
    ],
)
def test_a_dont_miss_box_with_its_call_is_chrome(box):
    found = texts(parse_html(middle_page(box)))
    assert len(found) == 4 and all(text.startswith(("Paragraph", "B ")) for text in found)


@pytest.mark.parametrize(
    ("middle", "line"),
    [
        # the line alone in the text, no call beside it
        (
            "<p>Don't want to miss the best from Harbour Daily?</p>",
            "Don't want to miss the best from Harbour Daily?",
        ),
        # advice of the story's own beside a link
        (
            "<div><p>Don't miss the parade on Saturday.</p><a href='/map'>Route map</a></div>",
            "Don't miss the parade on Saturday.",
        ),
        # a box with text of its own beside the line
        (
            "<div><p>Never miss a story from Tolland Courier!</p><p>The paper has covered the"
            " port since 1902, and its archive is open to readers.</p><a>Archive</a></div>",
            "The paper has covered the port since 1902, and its archive is open to readers.",
        ),
    ],
)
def test_a_dont_miss_line_that_is_no_box_stays(middle, line):
    assert line in texts(parse_html(middle_page(middle)))
