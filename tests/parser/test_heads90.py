"""heads90: a countdown of 'No. N:' items (an abbreviated label counting down to one) is a run
of heads whatever each item's shape, quoted, a question, two sentences or a long clause, even
over a short details line (heading_label_runs); a credit glued after a caption's stop is split
off when it is a holder's initials before a slash, an agency with its lower-case picture word
before a slash, or a body's name holding 'para' (glue, credit_words). Made-up exports, with near
misses that change one thing."""

from __future__ import annotations

import pytest

from api.parser.credits import split_credit, without_final_stop
from tests.parser.exports import LONG, heads_of


def read(line: str) -> tuple[str, str | None]:
    """The caption and the credit a picture's line gives, as the article builder reads it."""
    caption, credit = split_credit("", line)
    return caption, credit and without_final_stop(credit)


# --- countdowns ---

PARA = (
    "It was the one most of the panel put first on their own lists, and it nearly won, "
    "losing only on the last count by a handful of votes from the late entries."
)


def countdown(items: list[str], details: str = "") -> list[str]:
    """An export's blocks: an intro, then each item over (a details line and) a paragraph."""
    blocks = [LONG, "Here is the list, counted down from the bottom."]
    for item in items:
        blocks += [item, details, PARA] if details else [item, PARA]
    return blocks


HARBOUR_COUNTDOWN = [
    "No. 5: The old swing bridge",
    "No. 4: “Mind the gap, always”",
    "No. 3: Is the lighthouse still worth the climb?",
    "No. 2: Eels. Every pub serves them and every pub says theirs are best.",
    "No. 1: The fish market, open from four in the morning until the last crate of the day "
    "has gone",
]

BOOKS_COUNTDOWN = [
    "Nr. 4: A map of the moor",
    "Nr. 3: 'Never the same river'",
    "Nr. 2: Who really wrote the letters?",
    "Nr. 1: The quiet one about a ferryman who keeps a ledger of every crossing he has made "
    "since nineteen fifty",
]

TRAILS_COUNTDOWN = [
    "No. 4: Quarry loop – steep, short and muddy",
    'No. 3: "Bring a torch"',
    "No. 2: Can a family do the ridge in a day?",
    "No. 1: Coast path",
]


@pytest.mark.parametrize(
    "items, details",
    [
        (HARBOUR_COUNTDOWN, ""),
        (BOOKS_COUNTDOWN, ""),
        (TRAILS_COUNTDOWN, "Distance: 6 km; free parking"),
        (HARBOUR_COUNTDOWN, "Open daily; £4"),
    ],
)
def test_a_countdown_of_numbered_items_is_a_run_of_heads_whatever_their_shape(items, details):
    assert heads_of(*countdown(items, details)) == items


def test_a_countdown_that_stops_short_of_one_is_no_run():
    # the days left of a longer count: 'No. 5' ... 'No. 3', no 'No. 1' to end it
    # (its plain items may stand by their own shape; the run vouches for no quoted one)
    items = HARBOUR_COUNTDOWN[:3]
    assert "No. 4: “Mind the gap, always”" not in heads_of(*countdown(items))


def test_a_packed_numbered_list_is_no_run_of_heads():
    # the items right under one another, no text of their own: a list, not heads
    # (the first and last may stand by their own shape; no run vouches for the others)
    heads = heads_of(LONG, *TRAILS_COUNTDOWN, PARA)
    assert 'No. 3: "Bring a torch"' not in heads
    assert "No. 2: Can a family do the ridge in a day?" not in heads


def test_a_countdown_out_of_order_is_no_run():
    items = [TRAILS_COUNTDOWN[0], TRAILS_COUNTDOWN[2], TRAILS_COUNTDOWN[1], TRAILS_COUNTDOWN[3]]
    heads = heads_of(*countdown(items))
    assert "No. 2: Can a family do the ridge in a day?" not in heads
    assert 'No. 3: "Bring a torch"' not in heads


def test_numbered_speakers_turns_are_no_countdown():
    # a transcript's numbered callers, their turns stopped sentences: no heads
    blocks = [
        LONG,
        "Caller 3: I want to ask about the bins. They were not emptied for a month.",
        PARA,
        "Caller 2: My question is about parking. There is none left on our street.",
        PARA,
        "Caller 1: I agree with the last caller. The street is full every night.",
        PARA,
    ]
    assert heads_of(*blocks) == []


# --- glued credits ---

GLUED = [
    # a holder's initials, a slash, an agency
    ("Stalls at the harbour market, Tarnby, on Nov. 3.K.L./TNS",
     "Stalls at the harbour market, Tarnby, on Nov. 3.", "K.L./TNS"),
    ("The ferry leaving the quay in May.J.-P.D./Acme Press",
     "The ferry leaving the quay in May.", "J.-P.D./Acme Press"),
    ("Skaters on the frozen canal on Sunday.A.B.C./Harbour Daily",
     "Skaters on the frozen canal on Sunday.", "A.B.C./Harbour Daily"),
    # an agency, its picture word in lower case, a slash, the photographer
    ("A rider clears the last fence on her way to the title.Velden pictures/Ana Rous",
     "A rider clears the last fence on her way to the title.", "Velden pictures/Ana Rous"),
    ("Fans wait outside the ground before kick-off.Tarn Sport photos/Ian Moor",
     "Fans wait outside the ground before kick-off.", "Tarn Sport photos/Ian Moor"),
    ("The new bridge at dusk.Kell images/Jo Hart",
     "The new bridge at dusk.", "Kell images/Jo Hart"),
    # a body's name holding 'para' after a slash
    ("Workers repair the road to the summit in April.Handout/Instituto Nacional para el Agua",
     "Workers repair the road to the summit in April.", "Handout/Instituto Nacional para el Agua"),
    ("Pupils at a rural school near the coast.Ministerio para la Cultura/Handout",
     "Pupils at a rural school near the coast.", "Ministerio para la Cultura/Handout"),
    ("A nurse checks a newborn at the clinic.Fundación para la Salud/Reuters",
     "A nurse checks a newborn at the clinic.", "Fundación para la Salud/Reuters"),
]  # fmt: skip


@pytest.mark.parametrize("line, caption, credit", GLUED)
def test_a_glued_credit_after_the_caption_stop_is_split_off(line, caption, credit):
    assert read(line) == (caption, credit)


KEPT = [
    # initials inside the caption, after a space: a border, not a credit
    "Lorries queue at the U.S./Canada border.",
    # a caption's own words, no slash after the picture word
    "Walkers at dawn.Family photos",
    "A view of the town.Aerial photos/drone",
    # 'para' in a caption's words, no credit's shape
    "Cheese for sale at the fair.Ice cream para todos",
    # a single initial is no holder's name
    "A yard at night, Dec. 4.A./ok",
]


@pytest.mark.parametrize("line", KEPT)
def test_a_caption_without_a_credit_stays_whole(line):
    assert read(line) == (line, None)
