"""Rules of html52, each on made-up snippets: key points as the '• ' lines of one paragraph, a
credited line beside a picture in its own box, a holder's name after a spaced slash closing a
caption, a video's caption beside a player's empty slot, and a promo box of a code to scan;
with the near-misses each must leave alone."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from api.parser.html.article import broken_lines, signed_points
from api.parser.html.images import credit_after_slash
from api.parser.html.tree import parse_tree
from tests.parser.html.pages import (
    closing_texts,
    image_pairs,
    middle_texts,
    page,
    paragraphs,
    texts,
)

POINTS = (
    "The boatyard will build two ferries for the council.",
    "The first hull is due in the water next spring.",
    "Forty jobs are promised at the yard.",
)


def lines(sign: str = "•") -> str:
    """The points as the lines of one paragraph, each opened by a typed sign."""
    return "<p>" + "<br>".join(f"{sign} {p}" for p in POINTS) + "</p>"


def element(html: str):
    """The first element of the body of a page made of `html`."""
    return parse_tree(f"<html><body>{html}</body></html>").find(".//body")[0]


# ---- one paragraph of '• ' lines as the summary points (article.signed_points) ----------------


@pytest.mark.parametrize(
    "box",
    [
        # a key points head first in the box, then one paragraph of signed lines
        f"<div class='story-extra'><h3>Key Highlights</h3>{lines()}</div>",
        # a summary word naming the box, no title, a small square for the sign
        f"<div class='summary-box'>{lines('▪')}</div>",
        # the title just before the box, the lines in spans
        "<p class='kicker'>At a glance</p><div class='pts'><p>"
        + "<br>".join(f"<span>• {p}</span>" for p in POINTS)
        + "</p></div>",
    ],
)
def test_signed_lines_of_one_paragraph_above_the_text_are_the_bullets(box):
    document = parse_html(page(box + paragraphs(3)))
    assert document.bullets == POINTS
    found = texts(document)
    assert not any(t.startswith(("•", "▪", "Key Highlights", "At a glance")) for t in found)
    assert found[0].startswith("Paragraph 1")


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        # the signed lines inside the text, after a paragraph: the text's own list
        (
            paragraphs(1)
            + f"<div class='highlights'><h3>Key Highlights</h3>{lines()}</div>"
            + paragraphs(2, "B"),
            "• The boatyard",
        ),
        # a box no title or summary word names
        (f"<div class='panel'>{lines()}</div>" + paragraphs(3), "• The boatyard"),
        # only the first line signed: a paragraph broken into lines, not points
        (
            "<div class='highlights'><h3>Key Highlights</h3><p>• The boatyard will build two"
            " ferries.<br>The first hull is due next spring.</p></div>" + paragraphs(3),
            "• The boatyard",
        ),
    ],
)
def test_signed_lines_of_the_text_stay(body, kept):
    document = parse_html(page(body))
    assert not document.bullets
    assert any(t.startswith(kept) for t in texts(document))


def test_signed_points_and_broken_lines():
    assert broken_lines(element("<p>A<br>B <i>c</i><br> </p>")) == ["A", "B c"]
    assert signed_points(element("<p>• A<br>• B</p>")) == ["A", "B"]
    assert signed_points(element("<p>• A<br>B</p>")) == ["A B"]  # one point, broken
    assert signed_points(element("<p>A<br>• B</p>")) == []
    # since html53 a <div> holding no block is a line as a <p> is; a <div> of <p>s is a box
    assert signed_points(element("<div>• A<br>• B</div>")) == ["A", "B"]
    assert signed_points(element("<div><p>• A</p><p>• B</p></div>")) == []


# ---- a credited line beside a picture in its own box (loose_captions.credited_line) -----------


def boxed(line: str, box: str = "div", inner: str = "div") -> str:
    """A picture and one line after it, in a box no class calls a caption's."""
    return (
        f"<{box} class='pic-wrap'><img src='/photos/2026/quay.jpg' alt='The quay'>"
        f"<{inner} class='pic-txt'>{line}</{inner}></{box}>"
    )


@pytest.mark.parametrize(
    ("line", "inner", "pair"),
    [
        (
            "Boats moored at the quay. Photo: Ines Varga",
            "div",
            ("Boats moored at the quay.", "Ines Varga"),
        ),
        (
            "Boats moored at the quay on Friday(Photo: Harbour Agency)",
            "p",
            ("Boats moored at the quay on Friday", "Harbour Agency"),
        ),
        (
            "Boats moored at the quay. Picture: Tomas Lind",
            "span",
            ("Boats moored at the quay.", "Tomas Lind"),
        ),
    ],
)
def test_a_credited_line_beside_a_picture_is_its_caption(line, inner, pair):
    html = page(paragraphs(2) + boxed(line, inner=inner) + paragraphs(2, "B"))
    assert image_pairs(html) == [pair]
    assert not any("quay" in t for t in texts(parse_html(html)))


def test_a_lead_picture_with_a_credited_line_is_returned():
    html = page(boxed("Boats moored at the quay. Photo: Ines Varga") + paragraphs(3))
    assert image_pairs(html) == [("Boats moored at the quay.", "Ines Varga")]


@pytest.mark.parametrize(
    "middle",
    [
        # a paragraph beside a picture that mentions a photo but names no credit
        boxed("The photo was taken by a neighbour on Monday morning, the family said."),
        # a byline's face and the writer's name and role: no label
        "<div class='who'><img src='/photos/2026/face.jpg' alt=''><div>Jo Marsh Senior"
        " Reporter</div></div>",
        # a paragraph past a caption's length beside the picture, a label in its last words
        boxed(
            "The quay was rebuilt in 1990 after the storm, the harbour board said, and "
            + "the boats came back within a year, moored three deep along the wall. " * 4
            + "Photo: Ines Varga",
            inner="p",
        ),
    ],
)
def test_a_line_beside_a_picture_without_a_credit_label_stays(middle):
    html = page(paragraphs(2) + middle + paragraphs(2, "B"))
    assert all(not caption for caption, _ in image_pairs(html))
    assert any(t.startswith(("The photo", "Jo Marsh", "The quay")) for t in texts(parse_html(html)))


# ---- a holder's name after a spaced slash closing a caption (images.credit_after_slash) --------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Piling work at the plant, which will draw water through a new pipe / The Harbour Post",
            (
                "Piling work at the plant, which will draw water through a new pipe",
                "The Harbour Post",
            ),
        ),
        (
            "Crowds at the gates on opening day / Mara Quist",
            ("Crowds at the gates on opening day", "Mara Quist"),
        ),
        (
            "A kestrel over the dunes / Museum of the Dales",
            ("A kestrel over the dunes", "Museum of the Dales"),
        ),
    ],
)
def test_a_holder_after_a_spaced_slash_is_the_credit(text, pair):
    assert credit_after_slash(text) == pair
    html = page(
        paragraphs(2)
        + f"<figure><img src='/photos/2026/a.jpg' alt='A'><figcaption>{text}</figcaption></figure>"
        + paragraphs(2, "B")
    )
    assert image_pairs(html) == [pair]


@pytest.mark.parametrize(
    "text",
    [
        "Fans of Real Oviedo / Sporting Gijon",  # a pair of names
        "Stalls at the day / night market",  # a word pair in lower case
        "Trains between Leeds / Bradford",  # a lone word
        "The quay at dawn. / The Harbour Post",  # a closed sentence: another rule's
        "Crowds at the gate / and the Town Band",  # a sentence's words after the slash
    ],
)
def test_a_caption_closing_in_a_word_pair_keeps_it(text):
    assert credit_after_slash(text) is None


# ---- a video's caption beside a player's empty slot (clean.is_player_slot) --------------------


@pytest.mark.parametrize(
    "box",
    [
        "<div class='embedded-video'><div class='player' data-id='v-1'></div>"
        "<p class='video-caption'>Watch: Riders queue for the last boat</p></div>",
        "<div class='clip'><div class='video-player'></div>"
        "<span class='clip-caption'>Watch: The new pier from the air</span></div>",
        "<section class='media'><div class='jw-player' data-vid='x9'></div>"
        "<div class='media__caption'>Video: The council vote</div></section>",
    ],
)
def test_a_caption_beside_a_player_slot_leaves_the_text(box):
    found = middle_texts(box)
    assert not any(t.startswith(("Watch", "Video")) for t in found)
    assert len(found) == 4


@pytest.mark.parametrize(
    "middle",
    [
        # a paragraph opening with 'Watch' as a verb
        "<p>Watch crews worked through the night to keep the pumps running, the council said.</p>",
        # a caption class beside an empty box that is no player
        "<div class='box'><div class='map-slot'></div><p class='map-caption'>Watch: the route"
        " of the new ferry</p></div>",
        # a player's card holding a sportsman's text: no slot
        "<div class='row'><div class='player-card'>Ana Ruiz, striker</div>"
        "<p class='row-caption'>Watch: Ruiz scores twice</p></div>",
    ],
)
def test_text_about_watching_stays(middle):
    assert any(t.startswith("Watch") for t in middle_texts(middle))


# ---- a promo box of a code to scan (clean.scan_promo_box) -------------------------------------


@pytest.mark.parametrize(
    "tail",
    [
        "<div class='footer-promo'><p><strong>Get all the news from the coast</strong></p>"
        "<p>Follow Coastline Radio</p><p>Scan the QR code on your phone for all the latest"
        " news</p><img src='/img/qr-code.png' alt='QR code'></div>",
        "<aside class='app-box'><img src='/img/app.png' class='qrcode' alt=''><div><h4>Our app"
        "</h4><p>Scan this code to download the Valley Times app.</p></div></aside>",
        "<div class='x1'><div class='x2'><img src='/assets/qr.png' alt=''></div><div>Scan our"
        " code and join the channel</div></div>",
    ],
)
def test_a_box_of_a_code_to_scan_leaves_the_text(tail):
    found = closing_texts(tail)
    assert len(found) == 3
    assert all(t.startswith("Paragraph") for t in found)


@pytest.mark.parametrize(
    ("middle", "kept"),
    [
        # a story's picture of a code, in its figure, with a caption asking to scan it
        (
            "<figure><img src='/photos/2026/qr-poster.jpg' alt='A QR code on a bus shelter'>"
            "<figcaption>Scan the QR code at the shelter for live times.</figcaption></figure>"
            "<p>Scan the QR code at any shelter and the times appear, Ms Roe said on Monday.</p>",
            "Scan the QR code at any shelter",
        ),
        # a sentence about codes, no code picture beside it
        (
            "<div><p>Scan the code on the meter to pay, the council told drivers.</p></div>",
            "Scan the code",
        ),
        # a code's picture beside text that calls for no scan
        (
            "<div class='pay'><img src='/img/qr-code.png' alt='QR code'><p>A QR code on a parking"
            " meter in the high street, where fees rose in May.</p></div>",
            "A QR code",
        ),
    ],
)
def test_text_about_codes_stays(middle, kept):
    assert any(t.startswith(kept) for t in middle_texts(middle))
