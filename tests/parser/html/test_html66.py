"""Rules of html66, on made-up snippets: an unlabelled by-line credit whose holder's name of
capitalised words fills the sentence after the caption's last stop ('... on Monday. The Daily
Ledger photograph by Jane Doe') is the credit whole, not only its last word; a click-to-tweet
box's sentence, a link posting its own words, is text; a closing call to the publisher's
coverage at an address is chrome; with the near-misses each must leave alone."""

from __future__ import annotations

import pytest

from api.parser.credits import split_credit
from tests.parser.html.pages import closing_texts, middle_texts

# ---- a holder's name before a by-label, after the caption's stop (credits.HOLDER_NAME_TAIL) --


@pytest.mark.parametrize(
    ("line", "split"),
    [
        (
            "Clerks stack ballots at the Orrin Hall count on Oct. 4. The Lowmoor Herald"
            " photograph by Tamsin Achebe-Rowe",
            (
                "Clerks stack ballots at the Orrin Hall count on Oct. 4.",
                "The Lowmoor Herald photograph by Tamsin Achebe-Rowe",
            ),
        ),
        (
            "Smoke drifts over the Kell ridge after the fire.Harwick Valley Courier photo by"
            " Lena Marsk",
            (
                "Smoke drifts over the Kell ridge after the fire.",
                "Harwick Valley Courier photo by Lena Marsk",
            ),
        ),
        (
            "Is this the last tram to Selby Quay? Brune & Vohl Studio picture by Omar Deyes",
            (
                "Is this the last tram to Selby Quay?",
                "Brune & Vohl Studio picture by Omar Deyes",
            ),
        ),
        (
            "Pupils plant willow cuttings by the brook. The Quenby Post photo by Ilse Marrant",
            (
                "Pupils plant willow cuttings by the brook.",
                "The Quenby Post photo by Ilse Marrant",
            ),
        ),
    ],
)
def test_a_holders_name_filling_the_last_sentence_goes_with_its_by_line(line, split):
    assert split_credit("", line) == split


@pytest.mark.parametrize(
    ("line", "split"),
    [
        # a lower-case word between the stop and the label: the name is the caption's own
        (
            "Crowds gather on the green. Fans of The Ledger photo by Lena Marsk",
            ("Crowds gather on the green. Fans of The", "Ledger photo by Lena Marsk"),
        ),
        # no sentence's end before the capitalised words
        (
            "A view from the Harwick Courier photo by Lena Marsk",
            ("A view from the Harwick", "Courier photo by Lena Marsk"),
        ),
        # the stop closes an abbreviation, not a sentence
        (
            "Samples in the lab of Dr. Acme Biolab photo by Ana Ruiz",
            ("Samples in the lab of Dr. Acme", "Biolab photo by Ana Ruiz"),
        ),
        # a label right after the stop: the split was already whole
        (
            "Pupils plant willow cuttings by the brook. Photo by Ilse Marrant",
            ("Pupils plant willow cuttings by the brook.", "Photo by Ilse Marrant"),
        ),
    ],
)
def test_a_name_that_is_the_captions_own_stays_with_it(line, split):
    assert split_credit("", line) == split


# ---- a click-to-tweet box's sentence (text.tweets_own_words, clean.CHROME) -----------------

SAID = "Every orchard outlives the people who plant it, if the roots are given room."
SAID_TWEET = "Every+orchard+outlives+the+people+who+plant+it%2C+if+the+roots+are+given+room."


@pytest.mark.parametrize(
    "box",
    [
        # a loose link in the text's box, its button a class word's ('ctt-btn')
        f'<a class="swx_CTT" href="https://twitter.com/share?text={SAID_TWEET}&amp;via=ann">'
        f'<span class="sw-click-to-tweet"><span class="sw-ctt-text">{SAID}</span>'
        '<span class="sw-ctt-btn">Click To Tweet</span></span></a>',
        # the sentence in a box of its own, the button a second link
        f'<span class="bctt-click-to-tweet"><span class="bctt-ctt-text"><a href="https://x.com/'
        f'intent/tweet?url=https%3A%2F%2Fe.example%2Fa&amp;text={SAID_TWEET}">{SAID}</a></span>'
        f'<a class="bctt-ctt-btn" href="https://x.com/intent/tweet?text={SAID_TWEET}">Click To'
        " Tweet</a></span>",
        # a <p> wholly a link, the tweet rewording the sentence
        '<p><a href="https://twitter.com/intent/tweet?text=Orchards+outlive+the+people+who+plant'
        f'+them+when+roots+have+room">{SAID}</a></p>',
    ],
)
def test_a_click_to_tweet_sentence_is_text(box):
    assert SAID in middle_texts(box)
    assert not any("Click To Tweet" in t for t in middle_texts(box))


@pytest.mark.parametrize(
    "box",
    [
        # a share button: its words are not what it posts
        '<p><a href="https://twitter.com/intent/tweet?text=Ferry+returns+to+the+island">Share'
        " this story with your friends on Twitter today</a></p>",
        # a few words are no sentence
        f'<p><a href="https://twitter.com/share?text={SAID_TWEET}">Tweet this quote</a></p>',
        # a link away to a post, no intent to tweet
        f'<p><a href="https://twitter.com/ann/status/1">{SAID}</a></p>',
    ],
)
def test_a_share_link_stays_a_link(box):
    found = middle_texts(box)
    assert not any("Twitter today" in t or "Tweet this" in t or SAID in t for t in found)


# ---- a closing call to the publisher's coverage (text_chrome.COVERAGE_CALL) ----------------

THREE = closing_texts("")


@pytest.mark.parametrize(
    "tail",
    [
        "<p>Follow Wire's full coverage of the harbour strike at <a href='https://wire.example/"
        "strike'>https://wire.example/strike</a></p>",
        "<p><em>Read all of our coverage of the Kell floods at www.ledger.example/floods.</em></p>",
        "<p>See more coverage of the Orrin Valley wildfires at https://valleypost.example/fires</p>",
    ],
)
def test_a_closing_call_to_the_publishers_coverage_is_chrome(tail):
    assert closing_texts(tail) == THREE


@pytest.mark.parametrize(
    "line",
    [
        # no address: a call the story reports
        "Follow the coverage of the trial at the courthouse, the judge told the jurors.",
        # a sentence about coverage, no call opening it
        "Viewers can follow the council's coverage at https://council.example/live.",
        # the address inside a longer sentence
        "Read the full coverage at https://wire.example/vote, where the results appear hourly"
        " as the counts come in.",
    ],
)
def test_a_line_about_coverage_stays(line):
    assert closing_texts(f"<p>{line}</p>")[-1] == line
