"""Short partial quotes a label noun or an unnamed naming subject hid, the speaker named in the
sentence after a quote, a name in apposition to a cue's subject (speakers88)."""

from __future__ import annotations

import pytest

from api.parser.quotes import analyse_quotes
from tests.quotes.helpers import speaker_by_quote

INTRO = "Councillor Brigid Ostaszewski chaired the meeting on Tuesday."


def _found(*paragraphs: str) -> dict[str, str | None]:
    """Quote text -> speaker for made-up paragraphs opened by INTRO."""
    return {q.text: q.speaker for q in analyse_quotes([INTRO, *paragraphs]).quotes}


# A label noun (`word`, `track`, `sign`) near a quote names it only when it stands for the quote
# itself: `of` makes the quote its source, an auxiliary opening the quote its predicate.
@pytest.mark.parametrize(
    ("paragraph", "quote", "speaker"),
    [
        (
            "Defence counsel Ivo Marchetti said the case rested on the word of "
            '"a witness who changed his story twice".',
            "a witness who changed his story twice",
            "Ivo Marchetti",
        ),
        (
            "Halla Brandvold, a surveyor, said the cracks were a sign of “a much older fault”.",
            "a much older fault",
            "Halla Brandvold",
        ),
        (
            "Orla Penhaligon said the owners had run out of money and that the track "
            "“could not survive another winter”.",
            "could not survive another winter",
            "Orla Penhaligon",
        ),
        (
            'Farmer Teodor Lindqvist said the film "was a fair picture of the valley" overall.',
            "was a fair picture of the valley",
            "Teodor Lindqvist",
        ),
    ],
)
def test_a_label_noun_that_does_not_name_the_quote(paragraph, quote, speaker):
    assert _found(paragraph).get(quote, "missing") == speaker


@pytest.mark.parametrize(
    "paragraph",
    [
        # the label names the quote: a word, a title, a game, a sign's words, a question's title
        'Ivo Marchetti said the word "resilience" came up in every hearing.',
        'Halla Brandvold said it had become a game of "cat and mouse" with the inspectors.',
        'Teodor Lindqvist said the band closed with the song "can you hear me" again.',
        'Orla Penhaligon said marchers held signs reading "will you listen now" at the gate.',
        'Ivo Marchetti said the track "Slow River" was recorded in one take.',
    ],
)
def test_a_label_noun_still_names_its_quote(paragraph):
    assert _found(paragraph) == {}


# One unnamed person opening the sentence, a naming verb, a short object, a phrase quoted.
@pytest.mark.parametrize(
    ("paragraph", "quote"),
    [
        (
            "A fisherman who has worked the bay for 40 years, and who asked not to be named, "
            'called the new quota "a slow death" for the harbour.',
            "a slow death",
        ),
        ("A shopkeeper called the parking plan “a gift to the supermarkets” last week.", None),
        ("One parent called the timetable 'a nightmare for working families' at the forum.", None),
    ],
)
def test_an_unnamed_persons_naming_verb_gives_their_phrase(paragraph, quote):
    found = _found(paragraph)
    text = quote or next(iter(found), "missing")
    assert " " in text and found.get(text, "missing") is None


@pytest.mark.parametrize(
    "paragraph",
    [
        # one quoted word: a scare quote; an article before the quote: a term; a nickname
        'A shopkeeper called the parking plan "ridiculous" last week.',
        'A forecaster called the conditions a "flash drought" on Monday.',
        'A regular called him "Big Tam" across the bar.',
        'A reviewer called the show "Night Shift" by mistake.',
    ],
)
def test_an_unnamed_persons_scare_quote_or_term_is_no_quote(paragraph):
    assert _found(paragraph) == {}


def test_an_unnamed_persons_blame_keeps_its_one_word():
    # (a blame's or praise's object stays as before: `accused him of “lying”`)
    found = speaker_by_quote(INTRO, 'A neighbour accused the council of "lying" about it.')
    assert list(found) == ["lying"]
