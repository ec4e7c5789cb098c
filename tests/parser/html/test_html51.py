"""Rules of html51, each on made-up snippets: key points typed as '• ' paragraphs (no list), a
publication's support appeal in any wording (one rule: a call asking for money or membership,
a pitch speaking of the readers who pay), and a follow call whose platform is followed by what
the reader gets there; with the near-misses each must leave alone."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from api.parser.html.clean import asks_support, call_stands_alone
from api.parser.html.text_chrome import is_promo_line
from tests.parser.html.pages import closing_texts, middle_texts, page, paragraphs, texts

POINTS = (
    "The lighthouse keeper's cottage reopens as a museum in April.",
    "Entry stays free for children under twelve.",
    "The path from the car park will be resurfaced first.",
)


def signed(sign: str = "•") -> str:
    """The points as paragraphs each opened by a typed bullet sign."""
    return "".join(f"<p>{sign} {p}</p>" for p in POINTS)


# ---- bullet-signed paragraphs as the summary points (article.marked_points, point_text) -------


@pytest.mark.parametrize(
    "box",
    [
        # a title <div> before the points' own box, no summary word in any class
        "<div class='fancy'><div class='fancy-title'>Key takeaways</div>"
        f"<div class='fancy-body'>{signed()}</div></div>",
        # a summary class on the box, no title, a small square for the sign
        f"<div class='story-highlights'>{signed('▪')}</div>",
        # a key points head first in the box
        f"<section class='panel'><h4>What you need to know</h4>{signed()}</section>",
    ],
)
def test_bullet_signed_paragraphs_above_the_text_are_the_bullets(box):
    document = parse_html(page(box + paragraphs(3)))
    assert document.bullets == POINTS
    found = texts(document)
    assert not any(t.startswith(("•", "▪", "Key takeaways", "What you")) for t in found)
    assert found[0].startswith("Paragraph 1")


def test_labelled_points_lose_their_sign():
    """A 'Key points' label paragraph and '• ' paragraphs, as paragraph_points reads them."""
    box = f"<div class='key-points'><p><strong>Key points</strong></p>{signed()}</div>"
    assert parse_html(page(box + paragraphs(3))).bullets == POINTS


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        # signed paragraphs inside the text, after a paragraph: the text's list
        (
            paragraphs(1)
            + f"<div class='fancy'><div>Key takeaways</div><div>{signed()}</div></div>"
            + paragraphs(2, "B"),
            "• The lighthouse",
        ),
        # signed paragraphs above the text in a box no title or summary word names
        (f"<div class='panel'><div class='body'>{signed()}</div></div>" + paragraphs(3), "• The"),
        # a box holding a sentence beside the signed paragraphs: not a box of points
        (
            f"<div class='highlights'><p>Organisers set out the plan on Monday.</p>{signed()}"
            "<p>The museum will open on weekends only.</p></div>" + paragraphs(3),
            "• The",
        ),
    ],
)
def test_signed_paragraphs_of_the_text_stay(body, kept):
    document = parse_html(page(body))
    assert not document.bullets
    assert any(t.startswith(kept) for t in texts(document))


def test_a_dash_opening_a_paragraph_is_no_sign():
    """A '- ' is no bullet sign of marked_points: inside the text, under a title too, such lines
    are the text's (a run of them above the text is key points by html62's dashed_points)."""
    box = "<div class='fancy'><div>Key takeaways</div><div>" + "".join(
        f"<p>- {p}</p>" for p in POINTS
    )
    document = parse_html(page(paragraphs(1) + box + "</div></div>" + paragraphs(2, "B")))
    assert document.bullets != POINTS
    assert f"- {POINTS[0]}" in texts(document)


# ---- a publication's support appeal, any wording (clean.asks_support, call_stands_alone) -----


@pytest.mark.parametrize(
    "box",
    [
        # a head, a 'free to read' pitch and a contribution call pointing at no support path
        "<div class='support-box'><h4>Support independent local journalism</h4><p>The Harbour"
        " Times is free to read. <a href='/help'>Make a contribution</a></p></div>",
        # a paragraph standing alone, a call to subscribe after a pitch naming readers
        "<p>Our reporting is paid for by readers, not advertisers. <a href='/x'>Subscribe"
        " today</a></p>",
        # a pledge call in a box, the pitch naming the newsroom
        "<aside><p>A small newsroom needs big help.</p><a href='/pledge'>Become a monthly"
        " supporter</a></aside>",
        # html50's shape: a call to join the readers who pay
        "<div class='ask'><p>Every story here is paid for by readers.</p>"
        "<a href='/give-now'>Chip in today</a></div>",
    ],
)
def test_a_support_appeal_leaves_the_text(box):
    found = middle_texts(box)
    assert len(found) == 4
    assert all(t.startswith(("Paragraph", "B ")) for t in found)


@pytest.mark.parametrize(
    ("middle", "kept"),
    [
        # a news paragraph about donations to a charity, its call in a box of its own
        (
            "<div class='factbox'><p>The food bank says donations fell by a third this winter."
            " <a href='https://foodbank.example/appeal'>Donate to the food bank</a></p></div>",
            "The food bank says",
        ),
        # a paragraph quoting someone asking for support, the call a link
        (
            "<p>“Readers have always backed us,” said the shelter's director, Ana Reyes."
            " <a href='https://shelter.example/x'>Support the shelter</a></p>",
            "“Readers have always",
        ),
        # a call inside a sentence of the text, to a donation page
        (
            "<p>Those who want to help can <a href='https://fund.example/donate'>donate to the"
            " flood fund</a></p>",
            "Those who want to help",
        ),
        # a club's join call, no readers or journalism named
        (
            "<div class='club'><p>The rowing club trains on Sundays. <a href='/club'>Join them"
            " today.</a></p></div>",
            "The rowing club",
        ),
    ],
)
def test_text_asking_for_other_support_stays(middle, kept):
    assert any(t.startswith(kept) for t in middle_texts(middle))


@pytest.mark.parametrize(
    ("text", "call", "asks"),
    [
        (
            "Support local journalism. X is free to read. Make a contribution",
            "Make a contribution",
            True,
        ),
        ("Good journalism costs money. Donate now", "Donate now", True),
        ("The food bank takes donations. Donate", "Donate", False),
        ("Readers' letters. Back to top", "Back to top", False),
        ("“Readers, chip in,” she said. Chip in", "Chip in", False),
    ],
)
def test_asks_support(text, call, asks):
    assert asks_support(text, call) is asks


@pytest.mark.parametrize(
    ("text", "call", "alone"),
    [
        ("X is free to read. Make a contribution", "Make a contribution", True),
        ("Subscribe now", "Subscribe now", True),
        ("Readers can donate now", "donate now", False),
        ("She said: “Give today”", "Give today", False),
    ],
)
def test_call_stands_alone(text, call, alone):
    assert call_stands_alone(text, call) is alone


# ---- a follow call with what the reader gets (text_chrome.CLOSING_FOLLOW_CALL, FOLLOW_GAIN) ---


@pytest.mark.parametrize(
    "line",
    [
        "Follow The Harbour Times on Google News to get our latest news in your feed.",
        "For more, follow Tern Valley Radio on WhatsApp for breaking updates.",
        "Join the Daily Example channel on Telegram, to get alerts first.",
    ],
)
def test_a_follow_call_with_its_gain_is_a_promo(line):
    assert is_promo_line(line)
    assert not any(t.startswith(line[:12]) for t in closing_texts(f"<p><em>{line}</em></p>"))


@pytest.mark.parametrize(
    "line",
    [
        "Residents were told to join the group on WhatsApp to get updates on the works.",
        "The council said it would follow the advice on Facebook for the second time.",
        "Fans follow the squad on Instagram to get news of injuries before the club posts it.",
    ],
)
def test_a_sentence_about_following_stays(line):
    assert not is_promo_line(line)
