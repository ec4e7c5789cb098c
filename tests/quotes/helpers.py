"""Shared helpers for the quote tests: fixture loading, dev-annotation normalising, the
speakers of made-up paragraphs and generated texts for comparing a shortcut with its pattern."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from api.parser.quote_people import find_mentions
from api.parser.quotes import analyse_quotes

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "quotes"


def fixture_names() -> list[str]:
    """Names of the synthetic quote fixtures (tests/fixtures/quotes/NAME.json)."""
    return sorted(p.stem for p in FIXTURES.glob("*.json"))


def load_fixture(name: str) -> dict:
    """One fixture: `paragraphs`, expected `quotes` and `people`."""
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


def dev_key(text: str) -> str:
    """Dev annotations strip surrounding whitespace and a trailing comma from quote text."""
    return text.strip().rstrip(",").strip()


def speakers(*paragraphs: str) -> list[str | None]:
    """The speaker the parser gives each quote found in `paragraphs`, in reading order."""
    return [q.speaker for q in analyse_quotes(paragraphs).quotes]


def speaker_by_quote(*paragraphs: str) -> dict[str, str | None]:
    """Each quote's text -> the speaker the parser gives it, for made-up `paragraphs`."""
    return {q.text: q.speaker for q in analyse_quotes(list(paragraphs)).quotes}


def names_found(text: str) -> list[str]:
    """The names (no pronouns) the parser finds in a made-up sentence: `Ann Lee said` -> [`Ann
    Lee`]."""
    return [m.name for m in find_mentions(text) if m.kind != "pronoun"]


def generated_texts(pieces: Sequence[str], seed: int, count: int, longest: int) -> Iterator[str]:
    """`count` texts, each 0 to `longest` of `pieces` drawn with `seed`, the same on every run:
    `(["a", " ", "b"], 4, 2, 3)` -> "a", " aa"."""
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choices(pieces, k=rng.randint(0, longest)))


def audit_cases(
    cases: dict[str, list[tuple[Sequence[str], list[str | None]]]], misses: dict[str, str]
) -> list:
    """One parameter per made-up case of an audit, `<kind>-<i>` by id, the ones in `misses`
    (id -> why the parser still misses it) marked as strict expected failures."""
    return [
        pytest.param(
            paragraphs,
            expected,
            id=f"{kind}-{i}",
            marks=[pytest.mark.xfail(strict=True, reason=misses[f"{kind}-{i}"])]
            if f"{kind}-{i}" in misses
            else [],
        )
        for kind, kind_cases in cases.items()
        for i, (paragraphs, expected) in enumerate(kind_cases)
    ]
