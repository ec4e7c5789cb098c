"""Rules of html49, each on made-up snippets: a sound player's box and its lead-in, a '-lead'
standfirst under the headline, a closing call to follow on a messaging app, a support appeal
named by its call, heads named by their class, a co-writer line in a credit-named box, and
credits glued after a bullet, a stop and a slash, a bar with no stop, or set in brackets; with
the near-misses each must leave alone."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from api.parser.credits import split_credit
from tests.parser.html.pages import FILLER, closing_texts, middle_texts, page, paragraphs, texts

MP3 = "<audio controls src='https://cdn.example/clip.mp3'></audio>"


# ---- a sound player's box and the lead-in to a player (clean.is_audio_box, is_player_lead_in) -


@pytest.mark.parametrize(
    "box",
    [
        # a title, the player and a running time in a box named for audio
        "<div class='audio-embed'><p class='audio-embed__title'>Listen back: The harbour master"
        f" on a week of storms</p>{MP3}<span class='audio-embed__duration'>04:12</span></div>",
        # a lead-in line and the player, no running time
        f"<div class='audio-clip'><p>Listen to the interview below:</p>{MP3}</div>",
        # a podcast box with an iframe player and an episode title in a span
        "<section class='podcastPlayer'><span>Episode 12: Counting the seals</span>"
        "<iframe src='https://player.example/ep12'></iframe></section>",
    ],
)
def test_a_sound_players_box_leaves_the_text(box):
    found = middle_texts(box)
    assert len(found) == 4
    assert all(t.startswith(("Paragraph", "B ")) for t in found)


@pytest.mark.parametrize(
    "lead_in",
    [
        f"<p>Listen to the audio below:</p>{MP3}",
        "<p>Watch the clip:</p><div><iframe src='https://video.example/e/9'></iframe></div>",
        "<p>Hear the full exchange on the council floor:</p><video src='/v.mp4'></video>",
    ],
)
def test_a_lead_in_to_a_player_leaves_the_text(lead_in):
    assert len(middle_texts(lead_in)) == 4


@pytest.mark.parametrize(
    "middle",
    [
        # a paragraph about audio, no player after it
        "<p>The station said it would publish the audio of the hearing next week:</p>"
        "<p>Members asked for a transcript too.</p>",
        # a podcast mentioned in a paragraph beside a box of real text
        "<div class='audio-feature'><p>Ferry crews recorded the sound of the engines for a"
        f" podcast about the crossing. {FILLER}</p>{MP3}</div>",
        # a colon line before a picture, not a player
        "<p>Watch the birds in the picture:</p><figure><img src='/b.jpg'></figure>",
    ],
)
def test_text_about_audio_stays(middle):
    found = middle_texts(middle)
    assert any(t.startswith(("The station said", "Ferry crews", "Watch the birds")) for t in found)


# ---- a '-lead' standfirst under the headline (decks.LEAD_PART) -------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "<p class='article-lead'>Four electric buses will run the route for six months.</p>",
        "<div class='story-lead'>The island's only ferry will sail again from Monday.</div>",
        "<p class='post__lead'>Fares rise by a fifth on the early crossing.</p>",
    ],
)
def test_a_lead_beside_the_headline_is_a_deck(lead):
    body = lead + "<div class='byline'>By Ana Pires</div><div class='body'>" + paragraphs(3)
    found = texts(parse_html(page(body + "</div>")))
    assert len(found) == 3 and found[0].startswith("Paragraph 1.")


def test_a_lead_box_holding_the_text_stays():
    # the text's paragraphs go on beside the lead: it is the article's first paragraph
    body = "<p class='article-lead'>The island's ferry sails again.</p>" + paragraphs(3)
    found = texts(parse_html(page(body)))
    assert found[0] == "The island's ferry sails again."


def test_a_lead_named_picture_box_is_no_deck():
    body = (
        "<figure class='lead-figure'><img src='/ferry.jpg' alt='The ferry'>"
        "<figcaption>The ferry at the pier.</figcaption></figure><div class='body'>"
        + paragraphs(3)
        + "</div>"
    )
    document = parse_html(page(body))
    assert document.images and document.images[0].caption == "The ferry at the pier."


# ---- a closing call to follow on a messaging app (text_chrome.CLOSING_FOLLOW_CALL) -----------


@pytest.mark.parametrize(
    "line",
    [
        "The Harbour Post is now on Telegram. For the best local reporting, subscribe to The"
        " Harbour Post on Telegram.",
        "Stay up to date with breaking news, join our channel on WhatsApp.",
        "Never miss a story. Follow The Island Times on WhatsApp!",
    ],
)
def test_a_closing_call_to_follow_on_an_app_leaves_the_text(line):
    found = middle_texts(
        f"<div class='callout'><p>{line}</p><a href='https://t.me/x'>Join</a></div>"
    )
    assert line not in found and len(found) == 4


@pytest.mark.parametrize(
    "line",
    [
        "Residents were told to join the group on WhatsApp.",
        "The council asked fishermen to subscribe to its alerts on Telegram, she said.",
        "Volunteers follow the tides closely on Telegram and post updates each hour.",
    ],
)
def test_a_sentence_about_an_app_stays(line):
    assert line in middle_texts(f"<p>{line}</p>")


# ---- a support appeal named by its call (clean.APPEAL_CALL) ----------------------------------


@pytest.mark.parametrize(
    "box",
    [
        "<div class='box'><h4>Why local news needs you</h4><p>Independent reporting costs money"
        " and we rely on readers. <a href='/help'>Support Our Journalism</a></p></div>",
        "<div><p>Good journalism is not free. <a href='/give'>Donate now</a></p></div>",
        "<aside><h3>Keep us going</h3><p>Readers fund everything we publish.</p>"
        "<a href='/club'>Become a member</a></aside>",
    ],
)
def test_a_support_appeal_leaves_the_text(box):
    found = middle_texts(box)
    assert len(found) == 4


def test_a_sentence_linking_a_donation_page_stays():
    line = "Readers can <a href='/give'>donate now</a> to the flood fund run by the council."
    found = middle_texts(f"<p>{line}</p>")
    assert "Readers can donate now to the flood fund run by the council." in found


def test_a_support_link_inside_a_long_paragraph_stays():
    line = f"{FILLER} Those who want to help can <a href='/x'>support our journalism</a>."
    assert any(t.startswith("The council met") for t in middle_texts(f"<p>{line}</p>"))


# ---- heads named by their class (blocks.HEAD_CLASS) ------------------------------------------


@pytest.mark.parametrize(
    ("tag", "head"),
    [
        ("p class='story__subhead'", "Fewer boats, more bikes"),
        ("p class='article-sub-heading'", "Funding"),
        ("p class='crosshead'", "What happens next"),
    ],
)
def test_a_paragraph_named_a_head_is_a_subheading(tag, head):
    figure = "<figure><img src='/p.jpg' alt='x'><figcaption>A pier.</figcaption></figure>"
    middle = f"{figure}<{tag}>{head}</p>"
    document = parse_html(page(paragraphs(2) + middle + paragraphs(2, "B")))
    heads = [b.text for b in document.body if b.type == "subheading"]
    assert heads == [head]


@pytest.mark.parametrize(
    "tag",
    [
        "p class='story__text'",  # a short paragraph with a class that names no head
        "p class='story__subheadline'",  # a deck's name, not a head's
        "p class='subhead'",  # named a head, but a sentence
    ],
)
def test_short_classed_paragraphs_stay_paragraphs(tag):
    line = "It did not." if "subhead'" not in tag else "The ferry did not sail on Monday."
    document = parse_html(page(paragraphs(2) + f"<{tag}>{line}</p>" + paragraphs(2, "B")))
    assert not [b for b in document.body if b.type == "subheading"]
    assert line in texts(document)


# ---- a co-writer line in a credit-named box (blocks.CONTRIBUTION_LINE) -----------------------


@pytest.mark.parametrize(
    "line",
    ["– with AAP", "— With agencies", "- Additional reporting by Tomasz Wielgosz"],
)
def test_a_co_writer_line_in_a_credit_box_stays(line):
    found = closing_texts(f"<p class='post__credit'><em>{line}</em></p>")
    assert found[-1] == line


@pytest.mark.parametrize(
    "line",
    ["Photo: Ana Pires", "Getty Images", "– with the permission of the artist, who painted it."],
)
def test_a_photo_credit_box_with_no_picture_leaves(line):
    found = closing_texts(f"<p class='photo-credit'>{line}</p>")
    assert line not in found


# ---- credits glued with no label (credits.bullet_credit_rule, stop_slash_rule,
# open_bar_agency_rule) and set in brackets (credits.unbracketed) -----------------------------


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "Anglers wait by the holes on Sunday. MARTA ELLIS • Lake Gazette",
            "Anglers wait by the holes on Sunday.",
            "MARTA ELLIS • Lake Gazette",
        ),
        ("A rower at dawn. Jo Reyes • The Post", "A rower at dawn.", "Jo Reyes • The Post"),
        (
            "The pier after the storm on Friday. / KWN",
            "The pier after the storm on Friday.",
            "KWN",
        ),
        ("Rescuers at the quarry. / Ann Lee", "Rescuers at the quarry.", "Ann Lee"),
        (
            "A file photo of the canal near Ramgarh | ANI",
            "A file photo of the canal near Ramgarh",
            "ANI",
        ),
        ("Crowds outside the court | Reuters", "Crowds outside the court", "Reuters"),
    ],
)
def test_credits_glued_with_no_label_split(line, caption, credit):
    assert split_credit("", line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "Fans cheer at the GRAND FINAL. Open daily • Free entry",  # a bullet in the text
        "The band played at the LAKE HOUSE",  # upper-case words that are no credit
        "Distances on the trail: 5 km / 3 miles",  # a slash after no stop
        "Speed fell 5 per cent. / 2025 Data",  # a figure after the slash
        "A view of the bay | Harbour Trust",  # no stop and no agency after the bar
        "Home 2 | Away 1",
    ],
)
def test_near_misses_stay_whole(line):
    assert split_credit("", line) == (line, None)


@pytest.mark.parametrize(
    ("credit", "want"),
    [
        ("[Photo: Ana Pires/Seedhouse]", "Ana Pires/Seedhouse"),
        ("[Image: Getty Images]", "Getty Images"),
        ("[Ana Pires]", "Ana Pires"),
    ],
)
def test_a_bracketed_credit_span_loses_both_brackets(credit, want):
    html = page(
        paragraphs(2)
        + "<figure><img src='/a.jpg' alt='x'><figcaption><span class='caption'>A desk.</span>"
        + f" <span class='credit'>{credit}</span></figcaption></figure>"
        + paragraphs(2, "B")
    )
    assert [(i.caption, i.credit) for i in parse_html(html).images] == [("A desk.", want)]


def test_a_credit_opening_with_a_bracket_keeps_its_inner_brackets():
    from api.parser.credits import unbracketed

    assert unbracketed("[A]/[B]") == "[A]/[B]"
    assert unbracketed("[file] Ana Pires") == "[file] Ana Pires"
