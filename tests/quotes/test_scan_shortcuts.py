"""speed27's scans that answer as the one pattern they replace did: the acronyms beside a name,
two scans each opening with its own characters (quote_short_forms.beside)."""

from __future__ import annotations

import random
import re

import pytest

from api.parser.quote_short_forms import acronyms_beside, beside

# The acronyms' pattern as it was: one alternation, tried at every space and comma.
_BESIDE_BEFORE = re.compile(r"(?:, ([^\W\d_a-z]{2,8}),| \(([^\W\d_a-z]{2,8})\))")
_PIECES = [
    ", ", " (", ")", ",", "(", " ", "AB", "NGO", "ÉTÉ", "Qx", "abc", "D", "1", "_", "\n", "ÖBB",
    "Bureau", "of", "Ports", "Agency", "Øst", "ABCDEFGHI", ", (", "),", "’",
]  # fmt: skip


def _texts(seed: int, count: int, longest: int = 12) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(_PIECES, k=rng.randint(0, longest))) for _ in range(count)]


def _old(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(1) or m.group(2)) for m in _BESIDE_BEFORE.finditer(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ports Bureau, PBX, said", ["PBX"]),
        ("the Sámi Parliament (SÁMEDIGGI) and the Ports Agency, PA,", ["PA"]),  # 9 letters: no
        ("la Agence (AFD), AB, CD, EF,", ["AFD", "AB", "EF"]),  # `, CD,` shares AB's comma
        ("Ana Li, CEO (Acme)", []),
        ("a (NGO) and, ÖBB, and (UN)", ["NGO", "ÖBB", "UN"]),
        ("x,AB, y(CD)", []),  # no space before either
    ],
)
def test_acronyms_beside_are_found_in_text_order(text, expected):
    assert [m.group(1) for m in beside(text)] == expected


def test_beside_finds_what_the_one_pattern_found():
    for text in _texts(27, 40_000):
        assert [(m.start(), m.end(), m.group(1)) for m in beside(text)] == _old(text), repr(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Civil Aviation Authority, CAA, said", {"CAA": "Civil Aviation Authority"}),
        ("la Dirección General de Tráfico (DGT) dijo", {}),  # no head word of ORG_WORDS
        ("The Kelso Water Agency (KWA) and Dana Lee, CEO,", {"KWA": "Kelso Water Agency"}),
    ],
)
def test_acronyms_beside_a_body_name_it(text, expected):
    assert acronyms_beside(text) == expected
