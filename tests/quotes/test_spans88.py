"""Short partial quotes a label noun or an unnamed naming subject hid, the speaker named in the
sentence after a quote, a name in apposition to a cue's subject (speakers88)."""

from __future__ import annotations

import pytest

from api.parser.quote_names import role_noun_sex
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


# The speaker named in the sentence right after a quote that is a sentence of its own inside
# its paragraph: `That was how X reacted`, `That was the verdict of X`; `So said X`.
@pytest.mark.parametrize(
    ("paragraphs", "quote", "speaker"),
    [
        (
            [
                "Traders welcomed the ruling. “We can breathe again.” That was how the chair "
                "of the Market Vendors Guild, Comrade Femi Adewuyi, greeted the news, adding "
                "that stalls would reopen.",
            ],
            "We can breathe again.",
            "Femi Adewuyi",
        ),
        (
            [
                "Parents packed the hall. 'Not one more cut.' This was exactly how Marisol "
                "Quintanar reacted when the budget was read.",
            ],
            "Not one more cut.",
            "Marisol Quintanar",
        ),
        (
            [
                "Gwilym Tarrant runs the ferry.",
                'The crossing was cancelled again. "We lose a day each time." That was the '
                "verdict of Tarrant at the slipway.",
            ],
            "We lose a day each time.",
            "Gwilym Tarrant",
        ),
        (
            ['The vote was close. "It is a start, no more." So said Ines Valbuena afterwards.'],
            "It is a start, no more.",
            "Ines Valbuena",
        ),
    ],
)
def test_the_speaker_named_in_the_next_sentence(paragraphs, quote, speaker):
    assert _found(*paragraphs).get(quote, "missing") == speaker


@pytest.mark.parametrize(
    ("paragraphs", "quote"),
    [
        # `how` names an owner or someone after a preposition: no speaker named
        (
            ['The mill shut. "Forty years, gone." That was how the wife of Tomas Reyes took it.'],
            "Forty years, gone.",
        ),
        # not a sentence of its own: its clause decides (nobody), not the next sentence
        (
            [
                'Workers called it "the end of the road" on Friday. That was how Tomas Reyes '
                "saw it too."
            ],
            "the end of the road",
        ),
    ],
)
def test_no_speaker_from_a_next_sentence_that_names_none(paragraphs, quote):
    assert _found(*paragraphs).get(quote, "missing") in (None, "missing")


def test_the_previous_speaker_stays_for_a_pronoun_after_a_next_sentence_speaker():
    found = _found(
        'Dr Anselm Kovac backed the plan. "It is overdue," he said.',
        "Unions welcomed it. “At last.” That was how the union's secretary, Comrade Joseph "
        "Mensah, put it, adding that members would vote.",
        '"We asked for this in 2019," he said. "Nobody listened."',
    )
    assert found["At last."] == "Joseph Mensah"
    assert found["We asked for this in 2019,"] == "Joseph Mensah"
    assert found["Nobody listened."] == "Joseph Mensah"


# An owner of a noun for words opening the sentence before a colon: `X's verdict: “...”`.
@pytest.mark.parametrize(
    ("paragraphs", "quote", "speaker"),
    [
        (
            ["Petra Lindahl coaches the side.", "Lindahl's verdict: “We were second best.”"],
            "We were second best.",
            "Petra Lindahl",
        ),
        (
            ["Osric Vane owns the bakery.", "Vane's final answer: 'We stay open.'"],
            "We stay open.",
            "Osric Vane",
        ),
    ],
)
def test_the_owner_of_a_verdict_before_a_colon(paragraphs, quote, speaker):
    assert _found(*paragraphs).get(quote, "missing") == speaker


def test_an_owner_of_no_noun_for_words_names_no_speaker():
    found = _found("Osric Vane owns the bakery.", "Vane's garden: “a jungle,” said Una Pryce.")
    assert found["a jungle,"] == "Una Pryce"


# A person's name in apposition to the opening noun phrase of a cue's subject.
@pytest.mark.parametrize(
    ("paragraph", "quote", "speaker"),
    [
        (
            "A regular at the market, retired fisherman Cadoc Pryderi, said the stalls were "
            "“the heart of the town”.",
            "the heart of the town",
            "Cadoc Pryderi",
        ),
        (
            "A director of the cooperative, Ilona Vasquez, said yields were “holding up for now”.",
            "holding up for now",
            "Ilona Vasquez",
        ),
        (
            "The head of the tenants' group, Rafe Odinga, said rents had become "
            "“impossible for families”.",
            "impossible for families",
            "Rafe Odinga",
        ),
    ],
)
def test_a_name_in_apposition_to_the_subject(paragraph, quote, speaker):
    assert _found(paragraph).get(quote, "missing") == speaker


@pytest.mark.parametrize(
    ("paragraph", "quote", "wrong"),
    [
        # a clause or a participle after the comma, not a role: the name is not the subject
        (
            "The statement, which quoted chairman Cadoc Pryderi, said prices were “under review”.",
            "under review",
            "Cadoc Pryderi",
        ),
        (
            "The report, quoting economist Ilona Vasquez, said growth was “weaker than hoped”.",
            "weaker than hoped",
            "Ilona Vasquez",
        ),
        (
            "An email to the owner of the exporter, Rafe Odinga, said the deal was "
            "“not yet signed”.",
            "not yet signed",
            "Rafe Odinga",
        ),
        (
            "A complaint against the director of the exporter, Rafe Odinga, said the deal was "
            "“signed at last”.",
            "signed at last",
            "Rafe Odinga",
        ),
    ],
)
def test_no_apposition_after_a_clause_or_a_preposition(paragraph, quote, wrong):
    assert _found(paragraph).get(quote, "missing") != wrong


def test_a_compound_role_noun_gives_the_apposed_persons_sex():
    found = _found(
        "Bronwen Tallis, who has run the cafe for 20 years, said trade had halved.",
        "A regular at the cafe, retired postman Emrys Cadwal, said the pier was "
        "“the whole point of the place”.",
        "'If it closes, we close,' she said. 'That is all.'",
    )
    assert found["the whole point of the place"] == "Emrys Cadwal"
    assert found["If it closes, we close,"] == "Bronwen Tallis"
    assert found["That is all."] == "Bronwen Tallis"


@pytest.mark.parametrize(
    ("head", "sex"),
    [
        ("A regular, retired postman", "m"),
        ("the local fisherwoman", "f"),
        ("the ombudsman", None),  # (used for either)
        ("a human", None),
        ("A regular,", None),
        ("said Tom Newman and", None),  # (no role noun right before the name)
    ],
)
def test_role_noun_sex(head, sex):
    text = head + " Ana Roe said"
    assert role_noun_sex(text, len(head) + 1) == sex
