"""Input hygiene and decoding: BOM, line ends, control characters, NFC, blank lines."""

from __future__ import annotations

import unicodedata

import pytest

from api.parser import EncodingError, ParseError, decode, parse
from api.parser.text import clean, clean_lines


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("\ufeffHeadline\n\nBody.", "Headline\n\nBody."),
        ("Headline\r\n\r\nBody.\r\n", "Headline\n\nBody.\n"),
        ("Headline\r\rBody.", "Headline\n\nBody."),
        ("Headline  \t\n\nBody.\t", "Headline\n\nBody."),
        ("Headline\n \t \n\u00a0\nBody.", "Headline\n\n\nBody."),
        ("Head\x00line\n\nBo\x0cdy\x7f.\x85", "Headline\n\nBody."),
        ("Keep\ttabs inside\n\nBody.", "Keep\ttabs inside\n\nBody."),
        ("Cafe\u0301 owners", "Caf\u00e9 owners"),
        ("No final newline", "No final newline"),
    ],
)
def test_clean(raw, cleaned):
    assert clean(raw) == cleaned


def test_clean_lines_splits_on_newlines_only():
    assert clean_lines("A\r\n\r\nB\u2028C") == ["A", "", "B\u2028C"]


def test_clean_text_is_nfc():
    assert unicodedata.is_normalized("NFC", clean("e\u0301 and A\u030a"))


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"Headline\n\nBody.", "Headline\n\nBody."),
        (b"\xef\xbb\xbfHeadline", "Headline"),
        ("Caf\u00e9".encode(), "Caf\u00e9"),
    ],
)
def test_decode_utf8_with_or_without_bom(data, text):
    assert decode(data) == text


@pytest.mark.parametrize("data", [b"Caf\xe9", b"\xff\xfeH\x00", b"ok\xc3"])
def test_decode_rejects_invalid_utf8(data):
    with pytest.raises(EncodingError, match="not valid UTF-8") as info:
        decode(data)
    assert isinstance(info.value, ParseError)


def test_parse_output_has_no_control_characters():
    doc = parse("Head\x00line\n\nA\x1b paragraph\x07 here.")
    assert (doc.headline, doc.paragraphs) == ("Headline", ["A paragraph here."])


# Exports the store cleans once and hands over (store.parse_text): each hygiene rule at work.
_UNCLEAN_EXPORTS = [
    "\ufeffHarbour ferry fares rise\r\n\r\nFares rise by a tenth from May.  \r\n",
    "\ufeff\ufeffTwo marks\n\nA text saved twice with a byte-order mark.\n",
    "Night market\x00 returns\n\n \t \nStalls open at dusk.\x85\n\n\n",
    "Cafe\u0301 reopens\r\rThe cafe\u0301 on Mill Lane reopens on Friday.\t\n",
]


@pytest.mark.parametrize("raw", _UNCLEAN_EXPORTS)
def test_parse_of_cleaned_text_is_parse(raw):
    from api.parser.article import parse_cleaned

    assert parse_cleaned(clean(raw)) == parse(raw)
