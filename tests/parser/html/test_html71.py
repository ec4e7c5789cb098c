"""Rules of html71, on made-up snippets: a credit marked by a test id or a schema.org property,
a bare name in a <cite> closing a figcaption, a bracketed 'Pic by' credit or an agency's acronym
alone closing a caption, an acronym's 'X photo by Name' kept whole; a bold 'By Name' line opening
the text is a byline; lines calling the reader to write to the desk or read more of its stories
are promo lines. With the near-misses each must leave alone."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from api.parser.credits import split_credit
from tests.parser.html.pages import (
    closing_texts,
    figure_page,
    image_pairs,
    page,
    paragraphs,
    texts,
)

PICTURE = '<img src="https://example.com/pics/quay-0412.jpg" alt="A view">'


def pairs(caption: str) -> list[tuple[str, str | None]]:
    return image_pairs(figure_page(PICTURE, caption))


# ---- a credit marked by a test id or a schema.org property (images.credit_marks) ---------------


@pytest.mark.parametrize(
    ("caption", "split"),
    [
        # a hashed-class front end: the test id names the credit
        (
            '<span class="q8Zr1" data-testid="image-caption">Ferries wait at the quay.</span> '
            '<span class="x3Lm9" data-testid="image-credit">Ana Ruiz-Marsh</span>',
            ("Ferries wait at the quay.", "Ana Ruiz-Marsh"),
        ),
        # schema.org's copyright holder
        (
            'Snow on the pass at dawn. <span itemprop="copyrightHolder">Tomas Brek</span>',
            ("Snow on the pass at dawn.", "Tomas Brek"),
        ),
        # schema.org's credit text, a photographer and an agency
        (
            '<span>Lanterns over the river.</span><span itemprop="creditText">Li Wen/Acme</span>',
            ("Lanterns over the river.", "Li Wen/Acme"),
        ),
        # a test id naming the photo's source
        (
            'Goats on the dunes. <em class="k2" data-testid="photo-source">Harbour Trust</em>',
            ("Goats on the dunes.", "Harbour Trust"),
        ),
    ],
)
def test_a_credit_marked_by_a_test_id_or_property_is_the_credit(caption, split):
    assert pairs(caption) == [split]


@pytest.mark.parametrize(
    "caption",
    [
        # only the caption is marked: no credit to split off
        '<span class="q8Zr1" data-testid="image-caption">Ferries wait at the quay.</span>',
        # a schema.org property that is no credit's
        'Ferries wait <span itemprop="name">at the quay</span> in the rain.',
        # a test id that names no credit ('accreditation' holds 'credit' inside a word)
        'Nurses at the <span data-testid="accreditation-badge">Mill Lane</span> clinic.',
    ],
)
def test_an_element_marked_as_no_credit_stays_in_the_caption(caption):
    [(text, credit)] = pairs(caption)
    assert credit is None
    assert text.endswith(("quay.", "rain.", "clinic."))


# ---- a bare name in a <cite> closing the figcaption (images.closing_cite, is_name) -------------


@pytest.mark.parametrize(
    ("caption", "split"),
    [
        (
            "Fast ferries wait at the quay. <cite>Ana Ruiz-Marsh</cite>",
            ("Fast ferries wait at the quay.", "Ana Ruiz-Marsh"),
        ),
        (
            "Is this the last tram? <cite class='z9'>Tomas van Berg</cite>",
            ("Is this the last tram?", "Tomas van Berg"),
        ),
        (
            "The mill before the fire<br><cite>Museum of the Dales</cite>",
            ("The mill before the fire", "Museum of the Dales"),
        ),
    ],
)
def test_a_bare_name_in_a_closing_cite_is_the_credit(caption, split):
    assert pairs(caption) == [split]


@pytest.mark.parametrize(
    "caption",
    [
        # a title inside the sentence
        "Pupils read <cite>Salt Roads</cite> aloud in the hall.",
        # a title closing the sentence, no stop before it
        "A scene from the play <cite>Night Ferry</cite>",
        # a sentence in the <cite>
        "Fast ferries wait at the quay. <cite>Ana Ruiz looks on from the deck.</cite>",
        # a year
        "The mill before the fire. <cite>Spring 1921</cite>",
    ],
)
def test_a_cite_that_is_no_name_after_a_stop_stays_in_the_caption(caption):
    [(_, credit)] = pairs(caption)
    assert credit is None


# ---- a bracketed 'Pic by' credit, an acronym alone, 'X photo by Name' ---------------------------


@pytest.mark.parametrize(
    ("caption", "split"),
    [
        (
            "Walkers on the sea wall at sunset. (Pic by Ana Ruiz-Marsh)",
            ("Walkers on the sea wall at sunset.", "Ana Ruiz-Marsh"),
        ),
        (
            "The new lifeboat on its first launch. (Pic by Tomas Brek)",
            ("The new lifeboat on its first launch.", "Tomas Brek"),
        ),
        ("Crowds at the gate.Pic by Li Wen", ("Crowds at the gate.", "Li Wen")),
        # the agency's acronym alone
        (
            "Seedlings in pots at the nursery. (KNA)",
            ("Seedlings in pots at the nursery.", "KNA"),
        ),
        ("Ministers meet in the capital. (WAM)", ("Ministers meet in the capital.", "WAM")),
        ("The dam's spillway opens! (MENA)", ("The dam's spillway opens!", "MENA")),
        # an acronym's picture keeps its holder
        (
            "Pupils plant trees on the slopes. (KNA photo by Omar Deyes)",
            ("Pupils plant trees on the slopes.", "KNA photo by Omar Deyes"),
        ),
        (
            "Rangers count goats. (PRT photo by Ana Ruiz)",
            ("Rangers count goats.", "PRT photo by Ana Ruiz"),
        ),
    ],
)
def test_a_closing_bracketed_credit_is_split_off(caption, split):
    assert pairs(caption) == [split]


@pytest.mark.parametrize(
    "caption",
    [
        "The mayor (left) opens the bridge.",
        "The mayor opens the bridge. (left)",
        "Ana Ruiz, the new skipper (pictured), at the helm.",
        "The old quay in a storm. (2019)",
        "The old quay in a storm (file photo)",
        "The mayor and her deputy. (R)",
        "The mayor and her deputy. (LEFT)",
        "King Olaf on the throne. (II)",
        # an old picture's note, no holder (rb2)
        "The quay before the storm. (FILE)",
        "Talks at the (UN) summit on water",
        "A pic by the lake, taken by a reader (pic by me)",
    ],
)
def test_a_captions_own_closing_note_stays(caption):
    [(text, credit)] = pairs(caption)
    assert credit is None
    assert text == caption


def test_a_desks_word_before_photo_by_still_goes_with_the_label():
    assert pairs("Jo at the show.<br><i>Staff photo by Carla Voss</i>") == [
        ("Jo at the show.", "Carla Voss")
    ]


def test_a_glued_pic_by_credit_splits_in_text_too():
    assert split_credit("", "Boats in the bay.Pic by Ann Lee") == (
        "Boats in the bay.",
        "Pic by Ann Lee",
    )
    assert split_credit("", "The Pic by the river was shut for the day.") == (
        "The Pic by the river was shut for the day.",
        None,
    )


# ---- a bold 'By Name' line opening the text (blocks.is_opening_byline) --------------------------


@pytest.mark.parametrize(
    "line",
    [
        "<p><strong>By Ana Ruiz-Marsh</strong></p>",
        "<p><b>By Jane Q. Doe</b></p>",
        "<p><strong>Por Tomas Brek</strong></p>",
        "<p><strong>BY LI WEN</strong></p>",
        # a name opening or closing on a syllable a title's small word spells (rb3)
        "<p><strong>By Tran Van An</strong></p>",
        "<p><strong>By To Lam</strong></p>",
        "<p><strong>By An Jung-ho</strong></p>",
    ],
)
def test_a_bold_name_byline_opening_the_text_is_left_out(line):
    doc = parse_html(page(line + paragraphs(3)))
    assert [t for t in texts(doc) if t.lower().startswith(("by ", "por "))] == []
    assert [b for b in doc.body if b.type == "subheading"] == []


def test_a_bold_byline_after_the_lead_picture_is_left_out():
    lead = f"<figure>{PICTURE}<figcaption>Boats at dusk. Photo: Ann Lee</figcaption></figure>"
    doc = parse_html(page(lead + "<p><strong>By Omar Deyes</strong></p>" + paragraphs(3)))
    assert [b for b in doc.body if b.type == "subheading"] == []
    assert texts(doc)[0].startswith("Paragraph 1.")


@pytest.mark.parametrize(
    "line",
    [
        "<p><strong>By the numbers</strong></p>",
        "<p><strong>By Night</strong></p>",
        "<p><strong>By 2030</strong></p>",
        "<p><strong>By land and sea</strong></p>",
        # a head in a title's capitals: its small words are no name's (rb2)
        "<p><strong>By The Numbers</strong></p>",
        "<p><strong>By Land And Sea</strong></p>",
        "<p><strong>By Night Or Day</strong></p>",
    ],
)
def test_a_bold_head_opening_with_by_is_kept(line):
    doc = parse_html(page(line + paragraphs(3)))
    assert line.split(">")[2].split("<")[0] in texts(doc)


def test_a_bold_name_byline_inside_the_text_is_not_dropped_as_one():
    doc = parse_html(
        page(paragraphs(2) + "<p><strong>By Ana Ruiz</strong></p>" + paragraphs(2, "B"))
    )
    assert "By Ana Ruiz" in texts(doc)


# ---- promo lines calling to write to the desk or read more (text_chrome.is_desk_call) ----------


@pytest.mark.parametrize(
    "line",
    [
        "Get in touch with our newsroom by emailing tips@harbourpost.example.",
        "Email our reporters at desk@valleyledger.example",
        "Contact the news desk on 0161 496 0000.",
        "For more stories like these, visit our homepage.",
        "Want more news like this? Sign up to our morning briefing.",
        "For more articles like this, head to our politics page.",
    ],
)
def test_a_closing_call_to_the_desk_or_to_read_more_is_left_out(line):
    found = closing_texts(f"<p><strong>{line}</strong></p>")
    assert line not in found
    assert len(found) == 3
    assert line not in closing_texts(f"<p>{line}</p>")


@pytest.mark.parametrize(
    "line",
    [
        "Contact the council by phone on 0300 123 4567 to book a slot.",
        "For more stories of the flood, the museum has opened its archive to visitors.",
        "Get in touch with our team by Friday, the coach told the players.",
        "Get in touch with the team at the hospital by phone.",
        "For more news, residents can check the council website every morning.",
    ],
)
def test_a_sentence_of_the_story_that_calls_is_kept(line):
    assert line in closing_texts(f"<p>{line}</p>")
