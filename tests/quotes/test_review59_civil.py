"""review59: a civil emergency service is a public body by `Civil` before its closing word.

speakers72 read `Defence` (and `Defense`) closing any name as a public body's word, from one
article's `... Civil Defence`: an arms maker's `Korvex Defence` and `Ministry of Defence` were
read so too, while `Civil Protection` and `Civil Guard`, the same class, were not.
"""

from __future__ import annotations

import pytest

from api.parser.quote_generic_bodies import AUTHORITY_NOUNS, COMPANY_NOUNS, generic_nouns
from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("name", "nouns"),
    [
        ("Velmar Civil Defence", AUTHORITY_NOUNS),
        ("Ostland Civil Defense", AUTHORITY_NOUNS),
        ("Tarnagh Civil Protection", AUTHORITY_NOUNS),
        ("Velmar Civil Guard", AUTHORITY_NOUNS),
        # near-misses: an arms maker, a ministry, a firm's trade
        ("Korvex Defence", frozenset()),
        ("Ministry of Defence", frozenset()),
        ("Arden Civil Engineering Ltd", COMPANY_NOUNS),
    ],
)
def test_a_civil_service_is_read_by_civil_before_its_word(name, nouns):
    assert generic_nouns(name) == nouns


_FLOOD = (
    "{body} ordered the Orsk valley cleared on Monday.",
    "Rivers in the north rose by a metre overnight.",
    "Ana Kade, a farmer near Orsk, said her fields were already under water.",
    '"Stay off the roads," the {noun} said.',
)


@pytest.mark.parametrize(
    ("body", "noun", "speaker"),
    [
        ("Velmar Civil Defence", "authority", "Velmar Civil Defence"),
        ("Ostland Civil Defense", "agency", "Ostland Civil Defense"),
        ("Velmar Civil Guard", "agency", "Velmar Civil Guard"),
        # near-miss: an arms maker's name is no public body
        ("Korvex Defence", "authority", None),
    ],
)
def test_the_authority_is_the_civil_service_named_before(body, noun, speaker):
    found = _speakers(*(line.format(body=body, noun=noun) for line in _FLOOD))
    assert found == [speaker]
