"""Rules of html68, on made-up snippets: a short <p> of a class alone with its picture in a small
box is the picture's caption, credited or not ('<div><img><p class="imgtext">Bins at the gate.</p>
</div>'); a <cite> closing a figcaption after its sentence is the credit whatever parts its
holders ('<cite>Jo Lee, The Ledger</cite>'); with the near-misses each must leave alone."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from tests.parser.html.pages import FILLER, figure_page, image_pairs, middle_page, texts

# ---- a short <p> beside its picture in a box (loose_captions.is_caption_line) -------------


@pytest.mark.parametrize(
    ("box", "caption"),
    [
        (
            "<div class='imgbox'><img src='/a.jpg' alt='Stalls'>"
            "<p class='imgtext'>Six sorting bins at the market's east gate.</p></div>",
            "Six sorting bins at the market's east gate.",
        ),
        (
            "<div><a href='/b-big.jpg'><img src='/b.jpg'></a><p class='photo-text'>The Orrin"
            " ferry leaves the quay at dawn. It first sailed in 1931.</p></div>",
            "The Orrin ferry leaves the quay at dawn. It first sailed in 1931.",
        ),
        (
            "<div class='pic'><img src='/c.jpg' alt='A dog on the sand'>"
            "<p class='small'><em>A lifeguard's dog</em> on Kell beach on Sunday</p></div>",
            "A lifeguard's dog on Kell beach on Sunday",
        ),
    ],
)
def test_a_short_p_alone_with_its_picture_is_its_caption(box, caption):
    html = middle_page(box)
    assert image_pairs(html) == [(caption, None)]
    assert caption not in texts(parse_html(html))


@pytest.mark.parametrize(
    "line",
    [
        # a paragraph of text that runs on beside the picture
        f"Riders waited at the quay for an hour on Monday. {FILLER}",
        # three sentences: text, not a caption
        "The ferry was late. Riders waited. Nobody knew why the boat had stopped at Kell.",
        # a sentence of the story, someone said it
        "The crossing will reopen in March, the harbour master said.",
    ],
)
def test_a_paragraph_beside_a_picture_stays_text(line):
    html = middle_page(f"<div><img src='/d.jpg' alt='The quay'><p class='x'>{line}</p></div>")
    assert line in texts(parse_html(html))
    assert all(caption != line for caption, _ in image_pairs(html))


# ---- a <cite> closing a figcaption (images.closing_cite) ----------------------------------


@pytest.mark.parametrize(
    ("caption", "split"),
    [
        (
            "Volunteers sort cans in the Tarrow depot on Friday."
            " <cite>Ilse Marrant-Oyelaran, The Quenby Post</cite>",
            (
                "Volunteers sort cans in the Tarrow depot on Friday.",
                "Ilse Marrant-Oyelaran, The Quenby Post",
            ),
        ),
        (
            "A heron over the Kell marsh at dusk<br><cite>Omar Deyes, Kell Camera Club</cite>",
            ("A heron over the Kell marsh at dusk", "Omar Deyes, Kell Camera Club"),
        ),
        (
            # a slash the text rules split already: the same credit
            "A heron over the Kell marsh at dusk. <cite>Omar Deyes/Harbour Wire</cite>",
            ("A heron over the Kell marsh at dusk.", "Omar Deyes/Harbour Wire"),
        ),
        (
            "The new footbridge over the Orrin on its first day!"
            " <cite>Tamsin Achebe for the Daily Example</cite>",
            (
                "The new footbridge over the Orrin on its first day!",
                "Tamsin Achebe for the Daily Example",
            ),
        ),
    ],
)
def test_a_cite_closing_the_figcaption_is_the_credit(caption, split):
    assert image_pairs(figure_page("<img src='/e.jpg' alt='A view'>", caption)) == [split]


@pytest.mark.parametrize(
    "caption",
    [
        # a title inside the caption's sentence
        "Ilse Marrant reads from <cite>Salt Roads, Tide Lines</cite> at the Kell library.",
        # a title closing a sentence that is not closed before it
        "Ilse Marrant signs copies of <cite>Salt Roads, Tide Lines</cite>",
        # a title after the sentence, but no holder's shape: words in lower case
        "The poet at the Kell library on Friday. <cite>Songs of the quay, and other poems</cite>",
    ],
)
def test_a_cite_naming_a_work_stays_in_the_caption(caption):
    [(kept, credit)] = image_pairs(figure_page("<img src='/f.jpg' alt='A reading'>", caption))
    assert credit is None
    assert "Salt Roads" in kept or "Songs of the quay" in kept


def test_a_bare_p_beside_a_picture_stays_text():
    # no class sets the line apart from the text's paragraphs: the text's short paragraph
    line = "The old quay at Kell, where the ferry now docks twice a day."
    html = middle_page(f"<div><img src='/g.jpg' alt='The quay'><p>{line}</p></div>")
    assert line in texts(parse_html(html))
