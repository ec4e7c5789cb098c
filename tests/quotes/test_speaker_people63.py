"""Mechanisms of issue 15 from the forty-second and forty-third sets (speakers63).

A quoted partial told from a scare quote: a one-word quote that is the noun itself (`an
“embarrassment” for`), a lowercase quote after a form of `be` (`the episode was “...”`), and a
body's finding (`found that ... “...”`); a role by its initials (`the acting MD said`); an
unnamed speaker; a pronoun after a paragraph's subject.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_registry import spelt_role
from tests.quotes.helpers import speaker_by_quote

# --- a one-word quote that is the noun itself -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "speaker"),
    [
        (
            "The Tarn Valley Party said the ruling was a “disgrace” for the council.",
            "disgrace",
            "Tarn Valley Party",
        ),
        (
            "Mira Oduya said the budget was an “insult” to nurses and teachers.",
            "insult",
            "Mira Oduya",
        ),
        (
            "Opposition leader Haldor Quist warned the deal was a “betrayal” of the voters.",
            "betrayal",
            "Haldor Quist",
        ),
    ],
)
def test_a_one_word_quote_before_a_preposition_is_a_partial(text, word, speaker):
    assert speaker_by_quote(text).get(word) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Pellar said the “interim” government would stand down in May.",  # a modifier
        "The “experts” at the ministry said nothing about the levy.",  # verb after the quote
        "Officials met the “new” board in March, Pellar said.",
        "Pellar called the vote a “sham” of a ballot.",  # a naming verb's label
    ],
)
def test_a_quoted_modifier_is_still_no_quote(text):
    assert speaker_by_quote(text) == {}


# --- a lowercase predicate after a form of `be` --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The Orrin Anglers' Club's secretary, Dunstan Reeve, said the episode was "
            '"a warning we cannot ignore".',
            "a warning we cannot ignore",
            "Dunstan Reeve",
        ),
        (
            'Kessa Marlow said the film was "far too long for children".',
            "far too long for children",
            "Kessa Marlow",
        ),
        (
            'Ivo Brandt said the song is "a hymn to the valley".',
            "a hymn to the valley",
            "Ivo Brandt",
        ),
    ],
)
def test_a_lowercase_predicate_after_a_title_noun_is_a_partial(text, words, speaker):
    assert speaker_by_quote(text).get(words) == speaker


@pytest.mark.parametrize(
    "text",
    [
        'Ivo Brandt said the episode "Pilot" drew two million viewers.',
        'Kessa Marlow said the film was "Harbour Lights".',
        'Her favourite song was "Down by the Weir", Dunstan Reeve said.',
    ],
)
def test_a_title_after_its_noun_is_still_no_quote(text):
    assert speaker_by_quote(text) == {}


# --- a body's finding --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The Office of the Data Ombudsman found that Brisk Couriers Ltd failed to protect "
            '"sensitive customer records".',
            "sensitive customer records",
            "Office of the Data Ombudsman",
        ),
        (
            'The Harbour Authority found that the crane had been "poorly maintained for years".',
            "poorly maintained for years",
            "Harbour Authority",
        ),
        (
            'Inspector Rana Vell found that the alarm was "switched off deliberately".',
            "switched off deliberately",
            "Rana Vell",
        ),
    ],
)
def test_a_finding_gives_its_partial_quote(text, words, speaker):
    assert speaker_by_quote(text).get(words) == speaker


# --- a role by its initials ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "letters", "qualifier", "spelt"),
    [
        ("Acting managing director ", "MD", "acting", True),
        ("the firm's chief executive officer ", "CEO", "", True),
        ("General manager ", "GM", "", True),
        ("Deputy managing director ", "MD", "", False),  # another post
        ("the deputy managing director ", "MD", "", False),
        ("managing director ", "CEO", "", False),
    ],
)
def test_a_role_spelt_by_its_initials(head, letters, qualifier, spelt):
    assert spelt_role(head, letters, qualifier) is spelt


@pytest.mark.parametrize(
    ("first", "later", "speaker"),
    [
        (
            "Acting managing director Tobin Arua told reporters the plant had failed.",
            '"We warned about this for years," the acting MD said.',
            "Tobin Arua",
        ),
        (
            "The company's chief executive officer Lena Voss met the minister on Monday.",
            '"We will not close the mill," the CEO said.',
            "Lena Voss",
        ),
        (
            "Interim general manager Pita Sione said the club had paid its debts.",
            '"The books are clean now," the interim GM said.',
            "Pita Sione",
        ),
    ],
)
def test_the_initials_of_a_role_name_its_holder(first, later, speaker):
    assert list(speaker_by_quote(first, later).values())[-1] == speaker


def test_the_initials_of_another_post_name_no_one():
    # near-miss: the deputy's role spells `MD` only with `deputy` left out
    found = speaker_by_quote(
        "Deputy managing director Tobin Arua told reporters the plant had failed.",
        '"We warned about this for years," the MD said.',
    )
    assert list(found.values())[-1] != "Tobin Arua"


# --- an unnamed speaker ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A council engineer, who asked not to be named, said crews had warned about the "
        'Kela Dunn pump in May. "We wrote it all down," he said.',
        "A nurse, who declined to be named, said staff had complained about the Rosa Fenn wing. "
        '"Nobody listened," she said.',
        "An official, who spoke on condition of anonymity, said the Ivo Brandt bridge was unsafe. "
        '"It should be closed," he said.',
    ],
)
def test_a_thing_named_after_a_person_does_not_name_the_unnamed(text):
    assert list(speaker_by_quote(text).values()) == [None]


def test_a_person_named_after_the_unnamed_still_speaks():
    # near-miss: a person named (no `the` before the name) after the unnamed source
    found = speaker_by_quote(
        "A nurse, who declined to be named, said staff had complained.",
        "Ward manager Rosa Fenn disagreed. “We listened to every one,” she said.",
    )
    assert list(found.values()) == ["Rosa Fenn"]


# --- a reporter carried past a person named in the report ---------------------------------------


@pytest.mark.parametrize(
    ("report", "quote", "speaker"),
    [
        (
            "Okafor, a chemist who has taught here since 2001, said she feared for the lab, "
            "which was built by a former head, Ruth Anand.",
            "“It has six benches,” she said.",
            "Amara Okafor",
        ),
        (
            "In Tarrow, head teacher Mele Fifita said half of the forms came back, a figure "
            "confirmed by the school nurse, Vika Lolo.",
            "“The rest were lost in schoolbags,” she said, laughing.",
            "Mele Fifita",
        ),
        (
            "Farmer Tomas Eke said the ditch had been dug by his neighbour, Piet Haan.",
            "“It floods every spring,” he said.",
            "Tomas Eke",
        ),
    ],
)
def test_a_pronoun_after_reported_words_carries_the_reporter(report, quote, speaker):
    found = speaker_by_quote(
        "The union's president, Amara Okafor, met staff on Monday.", report, quote
    )
    assert list(found.values())[-1] == speaker


def test_a_pronoun_of_the_other_sex_is_not_carried():
    # near-miss: the reporter is a man, the pronoun `she`: the woman named after the verb
    found = speaker_by_quote(
        "Farmer Tomas Eke said the ditch had been dug by his neighbour, Ana Haan.",
        "“It floods every spring,” she said.",
    )
    assert list(found.values())[-1] == "Ana Haan"


def test_a_reporter_is_not_carried_past_a_quote():
    # near-miss: the report's paragraph holds a quote of its own
    found = speaker_by_quote(
        "Farmer Tomas Eke said the ditch, dug by his neighbour, Piet Haan, was “a disgrace”.",
        "“It floods every spring,” he said.",
    )
    assert len(found) == 2
