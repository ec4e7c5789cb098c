"""Speakers113: people named after the quote or behind an apposed phrase.

`Senior counsel X Y, appearing for ..., argued` (a person's noun the role tables lacked, before
the name, with a phrase between commas before the verb); `“...,” said the farmer, who gave his
surname as Y` (the name given in a relative clause after the speaker's noun, carried on); a
one-word name joined by a lower-case particle (`chairman X-ul-Y said`, then `The association
chairman said`). Each with near-misses the rules must leave alone: a phrase naming someone else,
`who gave birth`, a hyphenated place or firm.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_goes_by import given_gender, named_after_noun
from api.parser.quote_names import particled_name
from api.parser.quote_subject_before import plain_role_noun
from tests.quotes.helpers import speakers

# --- the helpers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Inam-ul-Haq", True),
        ("Naseer-ud-Din", True),
        ("Saif-ur-Rehman", True),
        ("Abd-al-Rahman", True),
        ("Omar-bin-Salim", True),
        ("Stratford-upon-Avon", False),
        ("Marne-la-Vallee", False),
        ("Rolls-Royce", False),
        ("Jean-Paul", False),
        ("Haq", False),
    ],
)
def test_particled_name(word, expected):
    assert particled_name(word) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("counsel", True), ("clerk", True), ("advice", False), ("firm", False)],
)
def test_plain_role_noun(word, expected):
    assert plain_role_noun(word) is expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("“Go,” said the farmer, who gave his surname as Chan.", "Chan", True),
        ("“Go,” said a shopkeeper, who gave only her first name, Mei.", "Mei", True),
        ("“Go,” said the mother, who gave birth to Lam.", "Lam", False),
        ("“Go,” said the farmer, who sued Chan.", "Chan", False),
    ],
)
def test_named_after_noun(text, name, expected):
    verb_end = text.index("said") + len("said")
    assert named_after_noun(text, verb_end, text.index(name)) is expected


# --- whole paragraphs ----------------------------------------------------------------------------

CASES = [
    # a person's noun (`counsel`) before the name, a participle phrase between commas
    (
        [
            "The bail plea was heard on Monday.",
            "Senior counsel Ravi Menon, appearing for the accused, argued that his client was "
            "“willing to surrender his passport” and that the case was weak.",
            "“He has not left the city,” he submitted.",
        ],
        ["Ravi Menon", "Ravi Menon"],
    ),
    (
        [
            "Defence counsel Aoife Brennan, representing the haulier, told the tribunal the "
            'dismissal was "rushed and unfair."'
        ],
        ["Aoife Brennan"],
    ),
    (
        [
            "Junior counsel Tomas Okafor, acting for the council, said the permit had been "
            'issued "in good faith."'
        ],
        ["Tomas Okafor"],
    ),
    (
        ['Defence counsel Aoife Brennan, 44, said the dismissal was "rushed and unfair."'],
        ["Aoife Brennan"],
    ),
    # the name given in a relative clause after the speaker's noun, and carried on
    (
        [
            "A goat herder who has grazed flocks on the hillside for 20 years said the fence cut "
            "his route.",
            "“When the gate is locked, my goats cannot reach the stream,” said the herder, who "
            "gave his surname as Wong.",
            "“Nobody from the council has answered my letters.”",
        ],
        ["Wong", "Wong"],
    ),
    (
        ["“The rent doubled in a year,” said a stallholder, who gave only her first name, Priya."],
        ["Priya"],
    ),
    (
        [
            "Queues formed outside the clinic before dawn.",
            '"I have waited since four," said one patient, who gave his first name as Dariusz.',
        ],
        ["Dariusz"],
    ),
    # the phrase between commas names another person: the counsel before it speaks
    (
        [
            "Senior counsel Ravi Menon, appearing for Anil Kumar, argued that the case was "
            "“without merit”."
        ],
        ["Ravi Menon"],
    ),
    # a one-word name joined by a lower-case particle: a person's whole name, carried by role
    (
        [
            "Traders were angry on Tuesday.",
            "Lahore Textile Mills Association (LTMA) chairman Inam-ul-Haq said: "
            '"The yarn is stuck at the port. We cannot run the looms."',
            "The association chairman said the mills had written to the ministry seeking "
            '"a waiver of the late fees".',
        ],
        ["Inam-ul-Haq", "Inam-ul-Haq"],
    ),
    (
        [
            "Inam-ul-Haq, the association's chairman, said: “The yarn is stuck.” The chairman "
            "said it was “a disaster”."
        ],
        ["Inam-ul-Haq", "Inam-ul-Haq"],
    ),
    (
        [
            "Rice Exporters Forum president Naseer-ud-Din said the freight rates were "
            '"beyond anything we planned for."',
            'The forum president said exporters would "lose the Gulf orders."',
        ],
        ["Naseer-ud-Din", "Naseer-ud-Din"],
    ),
    (
        [
            "Karachi Tanners Guild secretary Saif-ur-Rehman said: “The hides are rotting.”",
            "The guild secretary said members had “no cold storage left”.",
        ],
        ["Saif-ur-Rehman", "Saif-ur-Rehman"],
    ),
]

NEAR_MISSES = [
    # a participle phrase naming someone else, or a counsel only named inside one: as before
    (
        ["The judge, addressing counsel Ravi Menon, said the plea was “premature”."],
        [None],
    ),
    (
        [
            "Justice Mary Joseph, rejecting the plea of counsel Ravi Menon, said the money was "
            "“untraced”."
        ],
        ["Mary Joseph"],
    ),
    # `counsel` as advice, no person's noun
    (
        ["Legal counsel from the union, said Ann Lee, was “the only thing that saved my job”."],
        ["Ann Lee"],
    ),
    # `who gave birth`: no name given, the noun's phrase as before
    (
        ["“We were turned away twice,” said the mother, who gave birth to twins in the car park."],
        [None],
    ),
    # a name not given, or given to another: as before
    (["“The rent doubled,” said the stallholder, who gave evidence to Lam."], [None]),
    (["“Go home,” said the officer, who is known to Chan."], [None]),
    # a hyphenated place or firm stays what it was
    (["The Ras-al-Khaimah authority said the port would “reopen soon”."], ["Ras-al-Khaimah"]),
    (
        [
            "Ships waited off Ras-al-Khaimah, the port's agent said. The agent said delays were "
            "“worse than last year”."
        ],
        [None],
    ),
    (
        [
            "Flooding closed roads in Stratford-upon-Avon on Monday.",
            'A council spokesman said crews would "work through the night."',
        ],
        [None],
    ),
    (
        ['Rolls-Royce said the engines were "safe to fly."'],
        ["Rolls-Royce"],
    ),
    # the particle written apart, no hyphens: read as before (its last word)
    (["Mills Association chairman Inam ul Haq said: “The yarn is stuck.”"], ["Haq"]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CASES)
def test_named_after_or_behind_phrase(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), NEAR_MISSES)
def test_near_misses_unchanged(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("said the farmer, who gave his surname as Chan.", "Chan", "m"),
        ("said a vendor, who gave her first name as Mei.", "Mei", "f"),
        ("said one worker, who gave their name as Sam.", "Sam", None),
        ("said the farmer, who sued Chan.", "Chan", None),
    ],
)
def test_given_gender(text, name, expected):
    assert given_gender(text, text.index(name)) == expected
