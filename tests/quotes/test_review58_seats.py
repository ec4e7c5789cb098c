"""review58's widening of a body's seat (`a ship based in Port X` names a place, no body) to
the verbs that say where someone or something sits: `stationed`, `moored`, `located`, `docked`.
The cases are made up; a body after those verbs stays a body."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import names_found, speaker_by_quote


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
    found = speaker_by_quote(
        "Tessel Grid Limited (TGL), the company that runs the line, said the cable was cut.",
        f"Its chief, Rangi Holt, said {seat} would help.",
        "The company said in a statement that the repair would be “slow and costly”.",
    )
    assert found["slow and costly"] == "Tessel Grid Limited"
    assert names_found(f"She said {seat} would help.") == []


@pytest.mark.parametrize(
    "text",
    [
        "A doctor stationed in Brenmoor District Council said the ward was full.",
        "Staff located in Ostby Hospital said the ward was shut.",
    ],
)
def test_a_body_after_a_verb_of_sitting_stays_a_body(text: str) -> None:
    assert any(name.endswith(("Council", "Hospital")) for name in names_found(text))
