"""Speakers80: a person by the noun their introduction carries (`the registrar said` of `the
Registrar of the Board, Professor X Y,`; `the farmer` of `X, 58, who grows rice`), with
near-misses the rule must leave alone (no one introduced so, a body the noun names, a person
found otherwise, the other sex).

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_introduced import (
    carries,
    carries_phrase,
    doer_stem,
    minor_introduced,
    names_owner,
    owned_description,
)
from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("noun", "expected"),
    [
        ("grower", "grow"),
        ("hunter", "hunt"),
        ("farmer", "farm"),
        ("registrar", None),  # no doer's ending
        ("user", None),  # too short a stem
    ],
)
def test_a_doers_noun_gives_its_verb(noun, expected):
    assert doer_stem(noun) == expected


@pytest.mark.parametrize(
    ("stretch", "head", "expected"),
    [
        ("ana kovac, 61, who grows plums near tarn, said", "farmer", True),
        ("piet olde, the firm's head of sales, said", "executive", True),
        ("he said his team of nine hunters was ageing", "hunter", True),
        ("at a meeting, kgosi lesego dintwe told officials", "chief", True),
        ("the registrar of the varn board, professor ida moll, said", "registrar", True),
        ("ana kovac, a retired teacher, said", "farmer", False),
        ("ana kovac, a spokeswoman for the regulator, said", "regulator", False),  # a body
        ("piet olde, who heads the choir, said", "executive", False),  # a verb, not `head of`
    ],
)
def test_an_introduction_carries_the_noun(stretch, head, expected):
    assert carries(stretch, head) is expected


@pytest.mark.parametrize(
    ("stretch", "expected"),
    [
        ("junior skater mia lund, 14, won", True),
        ("mia lund, 17, said", True),
        ("mia lund, 58, said", False),
        ("mia lund said", False),
    ],
)
def test_a_minors_age(stretch, expected):
    assert minor_introduced(stretch) is expected


def test_a_whole_phrase():
    assert carries_phrase("the board's spokesman, ola berg, said", "board's spokesman")
    assert carries_phrase("deputy auditor general ida moll said", "deputy auditor")
    assert not carries_phrase("the auditor, ida moll, said", "deputy auditor")


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            # a title before the name, `the registrar` after
            (
                "In a letter, the Registrar of the Varn Exams Board, Professor Ida Mollenkamp, "
                'said the board had "found the fault".',
                '"Every script is safe," the registrar said.',
            ),
            ["Ida Mollenkamp", "Ida Mollenkamp"],
        ),
        (
            # the family: `head of` for `the executive`
            (
                "Bram Okonkwo-Lee, the firm's head of security, said it had blocked the bots.",
                'Asked how many got through, the executive said: "Too many."',
            ),
            [None, "Bram Okonkwo-Lee"],
        ),
        (
            # the doer's verb: `grows` for `the farmer`, far back
            (
                'Tilde Marsh-Oyelaran, 61, who grows barley near Fenn, said "it is dry".',
                "The ministry said rain was due.",
                "Prices rose in March.",
                "Imports doubled.",
                'The farmer said she would wait. "I am patient," she said.',
            ),
            ["Tilde Marsh-Oyelaran", "Tilde Marsh-Oyelaran"],
        ),
        (
            # a minor's age for `the schoolgirl`
            (
                "Junior skater Mirela Oduya-Stark, 14, won a national title last year. "
                "\u2018Where do we train now?\u2019 the schoolgirl asked.",
            ),
            ["Mirela Oduya-Stark"],
        ),
        (
            # a chief's title for `the chief`
            (
                "At a meeting on Friday, Kgosi Neo Dintwe told officials the claims were old.",
                '"We are tired," the chief said.',
            ),
            ["Neo Dintwe"],
        ),
    ],
)
def test_the_noun_of_an_introduction(paragraphs, expected):
    found = _speakers(*paragraphs)
    assert [s for s in found if s is not None] == [s for s in expected if s is not None]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            # no one introduced as a registrar: no one
            (
                'Professor Ida Mollenkamp, a chemist, said the fault was "small".',
                '"Every script is safe," the registrar said.',
            ),
            ["Ida Mollenkamp", None],
        ),
        (
            # a boy is no schoolgirl
            (
                "Junior skater Tomas Oduya-Stark, 14, won a title last year. He said it was "
                '"hard".',
                "\u2018Where do we train now?\u2019 the schoolgirl asked.",
            ),
            ["Tomas Oduya-Stark", None],
        ),
        (
            # a person found otherwise stands: the neighbour named last is `the elderly farmer`
            (
                'Mrs Ada Brinkworth-Olu, a grower from Tarn, said prices were "low".',
                'Her neighbour, Mr Sefa Kwarteng-Lowe (67), said he would keep his bales. "I '
                'will rather keep it," the elderly farmer said.',
            ),
            ["Ada Brinkworth-Olu", "Sefa Kwarteng-Lowe"],
        ),
        (
            # two introduced so: the latest
            (
                'Ana Lindqvist-Obi, registrar of Tarn College, said it was "rare".',
                'Piet Varga-Moll, registrar of Fenn University, said it was "common".',
                '"We check every one," the registrar said.',
            ),
            ["Ana Lindqvist-Obi", "Piet Varga-Moll", "Piet Varga-Moll"],
        ),
    ],
)
def test_near_misses_of_an_introduction(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["the", "board's", "spokesman"], (None, "spokesman")),
        (["the", "board\u2019s", "spokeswoman"], (None, "spokeswoman")),
        (["Vell's", "director"], ("vell", "director")),
        (["the", "mayor"], None),
        (["the", "Board's", "chair"], None),  # a name's possessive after `the`
        (["Vell's", "Director"], None),
    ],
)
def test_an_owned_description(words, expected):
    assert owned_description(words) == expected


def test_an_owner_named():
    assert names_owner("vell water director ana roe said", "vell")
    assert not names_owner("the city's water director ana roe said", "vell")


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            # the whole owned description, far back, over a body's spokesperson
            (
                "The board\u2019s spokesman, Tomasz Achterberg-Nwosu, said the firm had been "
                "warned.",
                "The board met on Monday.",
                "Parents marched on Tuesday.",
                "\u201cThe pupils come first,\u201d the board\u2019s spokesman said.",
            ),
            ["Tomasz Achterberg-Nwosu"],
        ),
        (
            # a name's possessive: the introduction names the place and the noun
            (
                '"We serve our own first," said Vell Water Director Ilse Marchetti-Oko.',
                "County Supervisor Dana Roe-Lindqvist said she had asked for a standpipe.",
                "Vell's director said the city would look again. \"If the rain comes, we "
                'will talk," he said.',
            ),
            ["Ilse Marchetti-Oko", "Ilse Marchetti-Oko"],
        ),
        (
            # near-miss: no introduction names the owner: not the director named before
            (
                '"We serve our own first," said Water Director Ilse Marchetti-Oko.',
                '"If the rain comes, we will talk," Tarn\'s director said.',
            ),
            ["Ilse Marchetti-Oko", None],
        ),
    ],
)
def test_an_owned_description_of_an_introduction(paragraphs, expected):
    assert _speakers(*paragraphs) == expected
