"""worst51: tests asked only where they can change an answer, each gate checked against the test
it spares on made-up text (the answers are those of the parser before the gates):

- the off-record test of a description's noun (`_anonymous_before`) reads the articles before
  the noun only where a word every off-record phrase holds (`not `, `anonymity`) stands in its
  window: `A Quorra spokeswoman, X, said it. "Yes," the spokeswoman said` reads none;
- `_phrase_subject` searches for `the registrar, who said` only where `who` ends the words
  before the verb (the pattern ends there);
- `role_comma` reads a title's field (`The Assembly Member for the Kade Electoral Area, X,`)
  only for a role longer than the usual six words, the only ones it can let through;
- `EntryWords.may_answer` reads the entries changed since it last read them only when the
  words read so far do not answer (`the spokeswoman` of ever new `A X spokeswoman, Y,`);
- `regulator_phrase` asks the set for its word pairs at once; `_held_once` splits a role by a
  pattern compiled once.
"""

from __future__ import annotations

import random
import re

import pytest

from api.parser.quote_described import (
    _OFF_RECORD,
    OFF_RECORD_ANONYMITY,
    OFF_RECORD_NOT,
    _held_once,
)
from api.parser.quote_entries import _SPELT_OUT, Entry, EntryWords, _role_heads, role_head
from api.parser.quote_generic_bodies import _REGULATOR_PHRASES, REGULATOR, regulator_phrase
from api.parser.quote_members import member_bodies, member_stem
from api.parser.quote_orgs import firm_nouns, lowered_words, naming_words
from api.parser.quote_roles import role_comma
from api.parser.quote_subject_before import _WHO_DESCRIBED, _WHO_REACH, _phrase_subject
from api.parser.quote_words import FORMER_WORDS
from tests.quotes.helpers import speakers

# (made-up articles; the answers are the parser's before the gates, unchanged by them)
_ANSWERS = [
    # the noun came in off the record: no one, whatever body is named before
    (
        (
            "Vell Plastics Ltd runs the plant on the river.",
            "One worker, a machine operator who asked not to be named, said the line stopped. "
            '"It was chaos," the operator said.',
        ),
        [None],
    ),
    (
        (
            "Harrow Tooling Ltd runs the works.",
            'A fitter who asked not to be named said it stopped. "We left," the fitter said.',
        ),
        [None],
    ),
    (('An insider who asked not to be named spoke. "It failed," the insider added.',), [None]),
    # `the spokeswoman` someone holds as a role, or the person named last
    (('A Quorra spokeswoman, Lin Abara, said it. "Yes," the spokeswoman said.',), ["Lin Abara"]),
    (
        (
            "A Quorra spokeswoman, Lin Abara, said it.",
            'A Teslo spokeswoman, Ode Marr, said so. "No," the spokeswoman said.',
        ),
        ["Ode Marr"],
    ),
    (('Mira Tolt, a nurse, said it. "Yes," the spokeswoman said.',), ["Mira Tolt"]),
    # a trade's noun after a person, with and without the trade in the person's role
    (
        (
            "Tarvish Water Hauling LLC supplies the town.",
            'Ana Pell, a historian, said so. "It is late," the hauler said.',
        ),
        ["Ana Pell"],
    ),
    (
        (
            "Tarvish Water Hauling LLC supplies the town.",
            'Ana Pell, a water hauler, said so. "It is late," the hauler said.',
        ),
        ["Ana Pell"],
    ),
    (
        (
            "Dask Roofing Services Ltd was hired to repair the roof.",
            'Ana Pell, a roofing contractor, said so. "It leaks," the contractor said.',
        ),
        ["Ana Pell"],
    ),
    (
        (
            "Brellow Games said sales rose.",
            'Tom Vey, a clerk, said so. "We grew," the company said.',
        ),
        [None],
    ),
    # `who` before the verb: with a comma, several spaces, none, and `whom` (a near miss)
    (
        (
            "Dana Orr runs the office.",
            'The ruling drew praise from the registrar, who said: "It is fair."',
        ),
        [None],
    ),
    (
        (
            "Dana Orr runs the office.",
            'The ruling drew praise from the registrar, who   said: "It is fair."',
        ),
        [None],
    ),
    (
        (
            "Dana Orr runs the office.",
            'The ruling drew praise from the registrar who said: "It is fair."',
        ),
        [None],
    ),
    (
        (
            "Dana Orr runs the office.",
            'The ruling drew praise from the registrar, whom she said: "It is fair."',
        ),
        ["Dana Orr"],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), _ANSWERS)
def test_answers_are_unchanged(paragraphs: tuple[str, ...], expected: list[str | None]) -> None:
    assert speakers(*paragraphs) == expected


_PIECES = [
    "the registrar, who ",
    "the registrar",
    "The clerk",
    ", who",
    ",who",
    " who",
    "who",
    "whom",
    " ",
    "   ",
    "\n",
    "\t",
    ",",
    "the old porter",
    "\x00",
    "said",
    ". ",
]


def test_who_gate_spares_only_searches_that_find_nothing() -> None:
    """Wherever the pattern finds `the registrar, who` before a verb, `who` ends the words
    before the verb (the gate's test): the gate never spares a search that finds one."""
    rng = random.Random(51)
    found = 0
    for _ in range(3000):
        text = "".join(rng.choices(_PIECES, k=rng.randint(1, 9))) + " said"
        verb = len(text) - len("said")
        for start in (0, rng.randint(0, verb)):
            lo = max(start, verb - _WHO_REACH)
            match = _WHO_DESCRIBED.search(text, lo, verb)
            if match is not None:
                found += 1
                assert text[lo:verb].rstrip().endswith("who")
            answer = _phrase_subject(text, verb, start)
            if match is not None and answer[2] == match.group("phrase"):
                assert answer[0] == match.start("phrase")
    assert found > 50  # (the made-up text finds the pattern often enough to test the gate)


def test_who_gate_keeps_the_described_subject() -> None:
    text = "Praise came from the registrar, who said"
    verb = text.index("said")
    assert _phrase_subject(text, verb, 0)[2] == "the registrar"
    near = "Praise came from the registrar, whom said"
    assert _phrase_subject(near, near.index("said"), 0)[2] != "the registrar"


def _regulator_before(lowered: list[str]) -> str | None:
    pairs = zip(lowered, lowered[1:], strict=False)
    return REGULATOR if any(pair in _REGULATOR_PHRASES for pair in pairs) else None


@pytest.mark.parametrize(
    "phrase",
    [
        "a spokesman for the governing body",
        "the regulatory body",
        "the licensing body said",
        "the body",
        "governing",
        "the spokeswoman",
        "a body governing the sport",
        "",
    ],
)
def test_regulator_phrase_as_before(phrase: str) -> None:
    lowered = phrase.split()
    assert regulator_phrase(lowered) == _regulator_before(lowered)


@pytest.mark.parametrize(
    "role",
    [
        "former enterprise minister",
        "ex-minister",
        "Former Coach",
        "one-time mayor",
        "retired  captain",
        "erstwhile-ally",
        "minister",
        "formerly a coach",
        "",
        None,
    ],
)
def test_held_once_as_before(role: str | None) -> None:
    before = bool(role) and any(
        w in FORMER_WORDS for w in re.split(r"[\s-]+", (role or "").lower())
    )
    assert _held_once(role) == before


_OFF_PIECES = [
    "asked not to be named",
    "not to be identified",
    "spoke on condition of anonymity",
    "was not authorized",
    "not authorised to speak",
    "not to be",
    "not",
    "anonymous",
    "named",
    " ",
    "said it. ",
    "a worker",
]


def test_off_record_gate_spares_only_windows_without_a_phrase() -> None:
    """Wherever _OFF_RECORD finds a phrase in a window, one of its words stands there."""
    rng = random.Random(5151)
    found = 0
    for _ in range(3000):
        text = " ".join(rng.choices(_OFF_PIECES, k=rng.randint(1, 6)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        if _OFF_RECORD.search(text, lo, hi) is not None:
            found += 1
            words = (OFF_RECORD_NOT, OFF_RECORD_ANONYMITY)
            assert any(text.find(word, lo, hi) >= 0 for word in words)
    assert found > 100


# (the answers are the parser's before the gate)
_ROLES = [
    (
        "The Assembly Member for the Kade Electoral Area, Ana Lee, said",
        "Ana Lee",
        (0, "Assembly Member for the Kade Electoral Area"),
    ),
    (
        "The Minister for Energy, Water and Mines, Tomas Berg, said",
        "Tomas Berg",
        (0, "Minister for Energy, Water and Mines"),
    ),
    (
        "The Member for the Ostmere and Vale Area, Ana Lee, said",
        "Ana Lee",
        (0, "Member for the Ostmere and Vale Area"),
    ),
    (
        "the long serving and much loved former village school caretaker, Ana Lee, said",
        "Ana Lee",
        None,
    ),
    (
        "the deputy head of the regional water and sewage board, Ana Lee, said",
        "Ana Lee",
        (19, "regional water and sewage board"),
    ),
    (
        "Harlow's campaign manager, Tessa Grier, said",
        "Tessa Grier",
        (0, "Harlow's campaign manager"),
    ),
    ("A Quorra spokeswoman, Lin Abara, said", "Lin Abara", (0, "Quorra spokeswoman")),
]


@pytest.mark.parametrize(("text", "name", "expected"), _ROLES)
def test_role_comma_as_before(text: str, name: str, expected: tuple[int, str] | None) -> None:
    start = text.index(name)
    assert role_comma(text, start, start + len(name)) == expected


class _EagerWords:
    """EntryWords as it read its entries before worst51: every change read before each ask."""

    def __init__(self) -> None:
        self.names: set[str] = set()
        self.nouns: set[str] = set()
        self.roles: set[str] = set()
        self.members: set[str] = set()
        self.pending: list[Entry] = []

    def add(self, entry: Entry) -> None:
        self.pending.append(entry)

    def may_answer(self, naming: frozenset[str], head: str) -> bool:
        for entry in self.pending:
            self.names.update(lowered_words(entry.name))
            if entry.role:
                self.roles.update(_role_heads(entry.role))
                self.members.update(member_bodies(entry.role))
            if entry.noun is not None:
                self.nouns.update(firm_nouns(entry.noun))
            if entry.label is not None:
                self.nouns.add(entry.label)
        self.pending.clear()
        return (
            not naming.isdisjoint(self.names)
            or head in self.nouns
            or head in _SPELT_OUT
            or role_head(head) in self.roles
            or member_stem(head) in self.members
        )


_ENTRY_NAMES = ["Vell Water Trust", "Ana Ruiz", "Brellow Games", "Ode Marr", "Harl Port Authority"]
_ENTRY_ROLES = [None, "Vell spokeswoman", "chief executive", "former coach", "Detective Inspector"]
_ENTRY_NOUNS = [None, "charity", "company", "publisher"]
_HEADS = ["spokeswoman", "trust", "company", "publisher", "coach", "detective", "ceo", "games"]


def test_entry_words_answer_as_read_eagerly() -> None:
    """Entries added, their roles, nouns and labels filled in, asked about between: the words
    read only when those read so far do not answer give every answer the eager reading gave."""
    rng = random.Random(551)
    for _ in range(200):
        lazy, eager = EntryWords(), _EagerWords()
        entries: list[Entry] = []
        for _ in range(rng.randint(1, 30)):
            step = rng.random()
            if step < 0.35 or not entries:
                kind = rng.choice(["person", "organisation"])
                entry = Entry(rng.choice(_ENTRY_NAMES) + f" {len(entries)}", kind)
                entries.append(entry)
            elif step < 0.6:
                entry = rng.choice(entries)
                entry.role = entry.role or rng.choice(_ENTRY_ROLES)
            elif step < 0.75:
                entry = rng.choice(entries)
                entry.noun = entry.noun or rng.choice(_ENTRY_NOUNS)
            else:
                head = rng.choice(_HEADS)
                naming = naming_words(head)
                assert lazy.may_answer(naming, head) == eager.may_answer(naming, head)
                continue
            lazy.add(entry)
            eager.add(entry)
