"""Heads read off the document (fresh24's shapes, made-up texts): a listicle's run of numbered
full-sentence heads, each ending in '.' over its paragraphs."""

from __future__ import annotations

import pytest

from api.parser.credits import split_credit
from tests.parser.exports import heads_of

INTRO = (
    "Twelve months, four hundred readers' letters and one very long winter of testing. Here is "
    "what the year taught the team."
)
TEXTS = [
    "Every model we tried sealed well for a week and then let the steam out at one corner, "
    "which is where the cheap gaskets always give way first.",
    "The cheapest set cost less than a takeaway and lasted longer than two of the dearer ones, "
    "which says something about what the extra money buys.",
    "Three readers wrote in to say the same thing, and our own tests agreed with them after "
    "the second month of daily use in a small kitchen.",
    "Nobody on the panel could tell the difference in a blind test, though most of them were "
    "sure beforehand that they would spot it at once.",
]

# A run of numbered full-sentence heads, each over its paragraph, in three subjects.
RUNS = [
    [
        "1. The lids are the weak point.",
        "2. Price tells you very little.",
        "3. Glass beats plastic for leftovers.",
        "4. Colour coding is a gimmick.",
    ],
    [
        "1. Halden United cannot keep a clean sheet.",
        "2. The new stand has changed the noise.",
        "3. Their captain is playing through pain.",
    ],
    [
        "1) The council has run out of road.",
        "2) Bus fares will rise again in April.",
        "3) Nobody has a plan for the bridge.",
        "4) The mayor's deal is still on the table.",
    ],
]


@pytest.mark.parametrize("run", RUNS)
def test_a_run_of_numbered_sentence_heads_are_heads(run):
    blocks = [INTRO]
    for head, text in zip(run, TEXTS, strict=False):
        blocks += [head, text]
    assert heads_of(*blocks) == run


def test_a_numbered_list_packed_under_a_colon_line_stays_text():
    run = RUNS[0][:3]
    blocks = [INTRO, run[0], TEXTS[0], run[1], "The test kitchen listed three fixes:"]
    blocks += ["1. Dry the seal.", "2. Store it open.", "3. Replace it yearly.", TEXTS[1]]
    blocks += [run[2], TEXTS[2]]
    heads = heads_of(*blocks)
    assert heads == run
    assert "2. Store it open." not in heads


def test_two_numbered_sentences_are_no_run():
    blocks = [INTRO, RUNS[1][0], TEXTS[0], RUNS[1][1], TEXTS[1]]
    assert heads_of(*blocks) == []


def test_numbered_paragraphs_as_long_as_their_text_are_no_heads():
    paras = [
        "1. The committee found that the trust had failed to publish its accounts on time.",
        "2. It found that two trustees had been paid for work they did not do.",
        "3. It found that the chair had not declared an interest in the contract.",
    ]
    short = ["This was the first finding.", "That was denied.", "The chair has since resigned."]
    blocks = [INTRO]
    for para, text in zip(paras, short, strict=True):
        blocks += [para, text]
    assert heads_of(*blocks) == []


# A by-line credit naming a body after 'the', glued to a caption, whatever the caption ends on.


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "Ferryman Tomas Brook Jr.Supplied by the Harbour Trust",
            "Ferryman Tomas Brook Jr.",
            "Supplied by the Harbour Trust",
        ),
        (
            "The old pier in 1931.Picture by the Wexley Historical Society",
            "The old pier in 1931.",
            "Picture by the Wexley Historical Society",
        ),
        (
            "Volunteers clearing the canal. Photo by the Inland Waterways Guild",
            "Volunteers clearing the canal.",
            "Photo by the Inland Waterways Guild",
        ),
    ],
)
def test_a_body_named_after_the_is_a_by_line_credit(line, caption, credit):
    assert split_credit("A picture", line) == (caption, credit)


def test_a_place_after_by_the_is_no_credit():
    line = "Bathers at dawn.Photo by the sea wall"
    assert split_credit("A picture", line) == (line, None)
