"""worst53: the look-backs this stop's rules added, bounded or read once (the answers are those
of the parser before the bounds, on made-up text):

- a cue's `He`/`She`-led sentences are read by their starts bisected for, at most
  _LED_SENTENCES of them (a paragraph of thousands of `He nodded.` read no further per cue);
- `person_named_last` and `_sentence_people` pass over pronouns and bodies before their tests;
  `_sentence_people` reads back from the cue to the sentence of the latest person it finds;
- `_lone_speaker` reads only the paragraph's person mentions (found once per paragraph), at most
  RECENT_EVENTS of them before the cue, as `_speaker_before` bounds its paragraph;
- a trade shown after a name (`X, who plays cello,` ... `the cellist`) is read on from the last
  cue of the noun in the same paragraph, not from the paragraph's start per cue;
- a body's mention inside a person's role is bisected for among the roles, not walked to;
- `leading_form_start` slices no text when no space stands within a form's reach;
- `_short_body` lists the article's bodies only for a name of one capital word (`a Met
  spokesman`), the only names short_body and body_of_word read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_body_names import leading_form_start
from api.parser.quote_short_forms import body_of_word, one_capital_word, short_body
from tests.quotes.helpers import speakers

_BEES = "Noa Kettle keeps bees in the hills."
_TRACKERS = "He has fitted trackers. "
_ANSWERS = [
    # quote-only paragraphs passed over, `He`-led sentences before the cue
    (
        (
            _BEES,
            '"A year of work."',
            'He has since fitted trackers. He checks them daily. "They work," the apiarist said.',
        ),
        ["Noa Kettle", "Noa Kettle"],
    ),
    ((_BEES, _TRACKERS * 6 + '"They work," the apiarist said.'), ["Noa Kettle"]),
    # over the bound: the person named last still answers (person_named_last), not the lead
    ((_BEES, _TRACKERS * 12 + '"They work," the apiarist said.'), ["Noa Kettle"]),
    (
        (
            "Ruth Amsel, 63, moved to the coast in May.",
            'She took the bus. "Late," the retiree said.',
        ),
        ["Ruth Amsel"],
    ),
    (
        (
            "Ivo Brandt manages the library in Tarn.",
            'He said the roof leaks. "We need a grant," the veteran librarian said.',
        ),
        ["Ivo Brandt"],
    ),
    (
        (
            'Dana Orlov, a lawyer, said the firm would appeal. "We will win," Orlov said. '
            '"No doubt," the lawyer added.',
        ),
        ["Dana Orlov", "Dana Orlov"],
    ),
    # a trade shown after the name, many cues of it in one paragraph
    (
        ("Pia Lund, who plays cello, said the hall was cold. " + '"Cold," the cellist said. ' * 5,),
        ["Pia Lund"] * 5,
    ),
    # more mentions before the cue than the window: still the named speaker
    (
        (
            "Pia Lund played. "
            + "Tom Ash sat. " * 70
            + '"Cold," Pia Lund said. "Yes," the cellist said.',
        ),
        ["Pia Lund", "Pia Lund"],
    ),
    # the one speaker of a paragraph of many `He`s: a noun of no role is theirs
    (
        (
            'Ivo Brandt runs the stall. "Fresh," he said. '
            + "He nodded. " * 80
            + '"Today only," the stallholder said.',
        ),
        ["Ivo Brandt", "Ivo Brandt"],
    ),
    # near-misses: a company's cue, a Gulf form's operator
    (
        (
            "A spokesman for PT Jalan Vell Teknologi said the plant would shut. "
            '"It is final," the company said.',
        ),
        [None],
    ),
    (
        (
            "Oru Travel Co. W.L.L. runs the coaches. Its secretary, Dr (Mrs) Ada Fenn, said "
            '"We are full," and the operator said "No more seats."',
        ),
        [None, None],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), _ANSWERS)
def test_answers_are_unchanged(paragraphs: tuple[str, ...], expected: list[str | None]) -> None:
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    ("masked", "name", "expected"),
    [
        ("to PT Jalan Vell", "Jalan", 3),
        ("PT Jalan Vell", "Jalan", 0),  # (the form opening the text)
        ("PJSC Oru Bank", "Oru", 0),
        ("the PTA Vell", "Vell", -1),
        ("to Jalan Vell", "Vell", -1),
        ("Affairs, Health, Jalan", "Jalan", -1),  # (no space in reach: nothing sliced)
        ("x" * 50 + " Jalan", "Jalan", -1),
    ],
)
def test_leading_form_start(masked: str, name: str, expected: int) -> None:
    assert leading_form_start(masked, masked.rindex(name)) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Met", True), ("Garda", True), ("Vell Ltd", False), ("ABC", False), ("Xi", False)],
)
def test_one_capital_word(word: str, expected: bool) -> None:
    assert one_capital_word(word) is expected
    bodies = ["Metropolitan Police", "An Garda Síochána", "Vell Ltd Group", "ABCD Trust"]
    if not expected:  # (the gate answers what the two readers would)
        assert short_body(word, bodies) is None and body_of_word(word, bodies) is None


def test_short_forms_still_found() -> None:
    assert short_body("Met", ["Metropolitan Police", "Acme Ltd"]) == "Metropolitan Police"
    assert body_of_word("Garda", ["An Garda Síochána"]) == "An Garda Síochána"
