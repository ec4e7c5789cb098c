"""Invariants that hold for any text: offsets point at the quote, speakers are listed."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from api.parser.quotes import analyse_quotes
from tests.examples import examples

_PIECES = st.sampled_from(
    [
        "“",
        "”",
        '"',
        " said ",
        " he",
        " she",
        " Jane Doe",
        " Doe",
        " the Kremlin",
        ", ",
        ". ",
        "? ",
        " according to ",
        " told ",
        ": ",
        " who is a nurse",
        "Mr. ",
        " and ",
        "word",
        " ",
    ]
)
_PARAGRAPH = st.lists(_PIECES, max_size=30).map("".join)


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(_PARAGRAPH, max_size=5))
def test_quotes_always_point_at_their_text(paragraphs):
    analysis = analyse_quotes(paragraphs)
    names = [s.name for s in analysis.speakers]
    assert len(names) == len(set(names))
    for quote in analysis.quotes:
        assert paragraphs[quote.paragraph][quote.start : quote.end] == quote.text
        assert quote.text and quote.text == quote.text.strip()
        assert (quote.speaker is None) == (quote.method is None)
        assert quote.speaker is None or quote.speaker in names
