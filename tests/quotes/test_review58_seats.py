"""review58's widening of a body's seat (`a ship based in Port X` names a place, no body) to
the verbs that say where someone or something sits: `stationed`, `moored`, `located`, `docked`.
The cases are made up; a body after those verbs stays a body."""

from __future__ import annotations

import pytest

from api.parser.quote_people import find_mentions
from tests.quotes.test_speaker_fortyfourth66 import _quotes


def _names(text: str) -> list[str]:
    return [m.name for m in find_mentions(text) if m.kind != "pronoun"]


@pytest.mark.parametrize(
    "seat",
    [
        "a survey ship moored in Port Halloran",
        "a unit stationed in Port Carrick",
        "a barge docked in Port Emmory",
        "a depot located in Station Road East",
    ],
)
def test_a_seat_after_a_verb_of_sitting_is_no_body(seat: str) -> None:
    found = _quotes(
        "Tessel Grid Limited (TGL), the company that runs the line, said the cable was cut.",
        f"Its chief, Rangi Holt, said {seat} would help.",
        "The company said in a statement that the repair would be “slow and costly”.",
    )
    assert found["slow and costly"] == "Tessel Grid Limited"
    assert _names(f"She said {seat} would help.") == []


@pytest.mark.parametrize(
    "text",
    [
        "A doctor stationed in Brenmoor District Council said the ward was full.",
        "Staff located in Ostby Hospital said the ward was shut.",
    ],
)
def test_a_body_after_a_verb_of_sitting_stays_a_body(text: str) -> None:
    assert any(name.endswith(("Council", "Hospital")) for name in _names(text))
