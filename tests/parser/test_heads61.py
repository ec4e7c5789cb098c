"""fresh35's last heads (heads61), on made-up articles: a closing line pointing to a social
account is no head, and a one-sentence head after a picture may open on a conjunction and a
reply word ('And yes, ...'); the near misses stay as they were."""

from __future__ import annotations

import pytest

from api.parser.heading_siblings import is_conceding_head, is_headline_styled
from api.parser.heading_signoffs import is_account_sign_off
from api.parser.layout import Line
from tests.parser.exports import heads_of

LONG = (
    "Some of the growers had seen it coming for years, they said, because the same buyers had "
    "cut their prices in the spring and again in the autumn, and each time the co-operative "
    "had promised that the next harvest would put it right, which it never did in the end."
)
LONG_TWO = (
    "The mill closed its doors in the winter, and the families who had worked it for three "
    "generations moved to the coast or took jobs in the town, where the wages were lower but "
    "at least they came every week, which the mill's had not for the last year of its life."
)
LONG_THREE = (
    "Nobody on the committee wanted to be the one to say it aloud, so the meeting ran on for "
    "another hour of figures and apologies before the chair closed the file and sent everyone "
    "home with the promise of a vote in the spring that would settle it one way or the other."
)
PICTURE = (
    "A grey heron standing in shallow water at dawn\nA heron on the lake in May.Photograph: "
    "Ines Marlow"
)
PICTURE_TWO = (
    "Two rowers lifting a boat out of a river\nThe crew after the final on Sunday.Photograph: "
    "Odile Brannagh"
)


# --- is_account_sign_off: a pointer to a social account -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Follow Ana Reyes on Instagram @anacooks", True),
        ("Follow Tomas Kehl on X", True),
        ("Find her on TikTok and Instagram", True),
        ("Marit Olsen is on Bluesky @marit.writes", True),
        ("Instagram: @the_quiet_kitchen", True),
        ("Follow the money", False),  # no platform
        ("The fight on Facebook over the new bridge", False),  # a platform, no call nor handle
        ("Follow Ana Reyes on Instagram. She posts daily.", False),  # a sentence's stop inside
        ("Email the desk at news@example.org", False),  # an address, no platform
        ("On Instagram, a quieter kind of fame", False),
    ],
)
def test_a_social_account_line_is_a_sign_off(text: str, expected: bool) -> None:
    assert is_account_sign_off(text) is expected


def test_a_closing_follow_line_heads_nothing() -> None:
    heads = heads_of(
        LONG,
        "Where the money went",
        LONG_TWO,
        "Who decides next spring",
        LONG_THREE,
        "Cheers.",
        "Follow Ana Reyes on Instagram @anacooks",
    )
    assert heads == ["Where the money went", "Who decides next spring"]


def test_a_follow_line_in_the_middle_is_no_head_either() -> None:
    heads = heads_of(
        LONG,
        "Follow Tomas Kehl on X",
        LONG_TWO,
        "Where the money went",
        LONG_THREE,
    )
    assert "Follow Tomas Kehl on X" not in heads


def test_a_head_with_follow_and_no_platform_stays() -> None:
    heads = heads_of(LONG, "Follow the money", LONG_TWO, "Who decides next spring", LONG_THREE)
    assert heads == ["Follow the money", "Who decides next spring"]


# --- is_conceding_head: 'And yes, ...' after a picture --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("And yes, you should still drink port.", True),
        ("But no, the bridge will not close this year.", True),
        ("So yes, the old station gets a second life.", True),
        ("And then the rain came down for a week.", False),  # no reply word
        ("And yes, it did.", False),  # elliptical: its verb is in the text before
        ("Yes, you should still drink port.", False),  # no conjunction: a reply
        ("And yes, this is what they meant by that.", False),  # points back
    ],
)
def test_a_conceding_head_is_a_sentence_head_after_its_opener(text: str, expected: bool) -> None:
    assert is_conceding_head(Line(text, alone=True)) is expected


# A page's opening of sentence heads, a question and a quoted line, each over a long paragraph.
SENTENCE_HEADS_OPENING = (
    LONG,
    "Why did the growers stay?",
    LONG_TWO,
    "“We stopped picking for sugar and started picking for freshness”",
    LONG_THREE,
)


def conceding_page(line: str, before: str) -> list[str]:
    """A page of sentence heads (a question, a quoted line) and `line` after `before`."""
    return heads_of(*SENTENCE_HEADS_OPENING, before, line, LONG)


def test_a_conceding_line_after_a_picture_heads_its_section() -> None:
    heads = conceding_page("And yes, you should still drink port.", PICTURE)
    assert heads[-1] == "And yes, you should still drink port."


def test_a_conceding_line_after_another_picture_heads_its_section() -> None:
    heads = conceding_page("But no, the bridge will not close this year.", PICTURE_TWO)
    assert heads[-1] == "But no, the bridge will not close this year."


def test_a_conceding_line_between_paragraphs_is_the_text() -> None:
    heads = conceding_page("And yes, you should still drink port.", LONG_TWO)
    assert "And yes, you should still drink port." not in heads


def test_a_conjunction_line_after_a_picture_without_a_reply_is_the_text() -> None:
    heads = conceding_page("And then the rain came down for a week.", PICTURE)
    assert "And then the rain came down for a week." not in heads


# --- opens_developed_text: a one-sentence head after a paragraph ---------------------------

DEVELOPED = (
    "The co-operative was founded by eleven families in the spring of 1921. Within ten years it "
    "pressed the grapes of half the valley, and its cellar still stands by the river bridge."
)
DEVELOPED_TWO = (
    "Her grandson plays the old sets on a laptop now. He posts them online, where a few "
    "thousand people hear them every week, most of them abroad and none of them dancing."
)
SHORT = "The hall was booked for a second meeting in March, and the minutes were sent round."


def developed_page(line: str, after: str) -> list[str]:
    """A page of sentence heads (a question, a quoted line) and `line` after a paragraph, over
    `after`."""
    return heads_of(*SENTENCE_HEADS_OPENING, SHORT, line, after)


def test_a_one_sentence_head_after_a_paragraph_over_developed_text() -> None:
    heads = developed_page("The mill was born in the valley.", DEVELOPED)
    assert heads[-1] == "The mill was born in the valley."


def test_another_one_sentence_head_after_a_paragraph() -> None:
    heads = developed_page("Nobody knows what the next harvest will bring, or when.", DEVELOPED_TWO)
    assert heads[-1] == "Nobody knows what the next harvest will bring, or when."


def test_a_one_sentence_head_over_a_paragraph_of_one_sentence_is_the_text() -> None:
    heads = developed_page("The mill was born in the valley.", LONG)  # one long sentence
    assert "The mill was born in the valley." not in heads


def test_a_line_whose_verb_the_next_paragraph_leaves_out_is_the_text() -> None:
    heads = developed_page(
        "Open days are busier.",
        "Auction rooms are not. Fewer than a third of the farms offered this winter sold at all, "
        "and the agents say the spring will be no better for anyone trying to sell up.",
    )
    assert "Open days are busier." not in heads


def test_a_line_over_short_sentences_is_the_text() -> None:
    heads = developed_page(
        "Still the growers came.", "The long ovation was real. So was the careful timing of it."
    )
    assert "Still the growers came." not in heads


def test_a_pronoun_line_after_a_paragraph_is_the_text() -> None:
    heads = developed_page("It was born in the valley.", DEVELOPED)
    assert "It was born in the valley." not in heads


def test_a_sentence_line_beside_headline_styled_heads_is_the_text() -> None:
    heads = heads_of(
        LONG,
        "Why Did The Growers Stay On The Hill?",
        LONG_TWO,
        "Ministers Promise A New Deal For Small Farms",
        LONG_THREE,
        SHORT,
        "The mill was born in the valley.",
        DEVELOPED,
    )
    assert "The mill was born in the valley." not in heads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Budget Talks Collapse", True),
        ("Insults Against the Old Guard", True),
        ("A law written for a quieter island", False),
        ("The mill was born in the valley.", False),
    ],
)
def test_a_headline_styled_head(text: str, expected: bool) -> None:
    assert is_headline_styled(text) is expected


# --- spaced_beside: full-sentence heads beside one head alone, evenly spaced ------------------

MEDIUM = "The club said it would appeal, and a hearing was set for the first week of June."


def test_two_sentence_heads_beside_one_label_evenly_spaced() -> None:
    heads = heads_of(
        LONG,
        MEDIUM,
        "She rode first. The rain came later.",
        LONG_TWO,
        LONG_THREE,
        PICTURE,
        "The favourites lost the draw. One of them kept calm.",
        LONG,
        LONG_TWO,
        "Results",
        LONG_THREE,
        LONG,
    )
    assert heads == [
        "She rode first. The rain came later.",
        "The favourites lost the draw. One of them kept calm.",
        "Results",
    ]


def test_two_sentence_heads_beside_a_closing_label_evenly_spaced() -> None:
    heads = heads_of(
        LONG,
        "The mill closed in March. The town noticed in May.",
        LONG_TWO,
        LONG_THREE,
        "The owners blamed the rates. The rates had not moved.",
        LONG,
        LONG_TWO,
        "Final standings",
        LONG_THREE,
        LONG,
    )
    assert heads == [
        "The mill closed in March. The town noticed in May.",
        "The owners blamed the rates. The rates had not moved.",
        "Final standings",
    ]


def test_sentence_lines_beside_one_head_with_a_short_section_are_the_text() -> None:
    heads = heads_of(
        LONG,
        MEDIUM,
        "She rode first. The rain came later.",
        LONG_TWO,
        LONG_THREE,
        LONG,
        PICTURE,
        "The favourites lost the draw. One of them kept calm.",
        LONG,
        LONG_TWO,
        LONG_THREE,
        "Results",
        MEDIUM,
    )
    assert heads == ["Results"]


def test_one_sentence_line_beside_one_head_is_the_text() -> None:
    heads = heads_of(
        LONG,
        MEDIUM,
        "She rode first. The rain came later.",
        LONG_TWO,
        LONG_THREE,
        "Results",
        LONG,
        LONG_TWO,
    )
    assert heads == ["Results"]
