"""speed50: the capitals of a text that is ASCII but for its apostrophes and dashes are found in
its characters' classes as bytes (a fixed first byte the engine skips to), and each cue word is
looked for bare in the letter runs, its bounds read after. Both give what the scans they stand
in for gave: the regex split of the capitals (_scanned_capitals, the path for other texts) and
cue_spans' spaced needles, written out below as the reference."""

from __future__ import annotations

from api.parser.quote_cues import _CUES, _GLUE_MARKS, _letter_runs, _starts_word, cue_spans
from api.parser.quote_tokens import _classed_capitals, _scanned_capitals, capital_words
from tests.quotes.helpers import generated_texts

_PIECES = [
    " ", " ", " ", "Ann", "Lee", "Ma.", "O'Neil", "O’Neil", "Lee’s", "'Bob", "’Tis", "3M", "U.S.",
    "AT&T", "McDonald", "iPhone", "e-Bay", "x", "the", ".", ",", "?", "—", "–", "\n", "\x00", "9",
    "&", "_", "-", "(", "Dr.Who", "A", "z", "é", "É",
]  # fmt: skip


def _ascii_but_marks(text: str) -> str:
    return text.replace("’", "'").replace("—", " ").replace("–", " ")


def test_the_classed_capitals_are_the_scans_words_places_and_order():
    checked = 0
    for text in generated_texts(_PIECES, 5050, 30_000, 16):
        plain = _ascii_but_marks(text)
        if plain.isascii():
            checked += 1
            assert _classed_capitals(text, plain) == _scanned_capitals(text), repr(text)
    assert checked > 10_000  # (most texts drawn have no non-ASCII letter: the classed path)


def test_capitals_after_a_letter_a_digit_or_a_mark():
    """Near misses: `McDonald`'s `D` and `iPhone`'s `P` (a letter before: inside a word), `3M`
    and `e-Bay` (a digit or a mark before), `Lee’s` (the apostrophe goes on over the word), a
    dash and a question mark before a capital (gaps)."""
    texts = ["Ann McDonald and iPhone", "3M, e-Bay and x9Zed", "Lee’s dog—Rex–Max?Ola", "Dr.Who"]
    for text in texts:
        plain = _ascii_but_marks(text)
        assert plain.isascii()
        assert _classed_capitals(text, plain) == _scanned_capitals(text), text
    assert [word for _, _, word in capital_words("Lee’s dog—Rex–Max?Ola")] == [
        "Lee’s",
        "Rex",
        "Max",
        "Ola",
    ]


def test_a_text_with_other_non_ascii_characters_is_scanned():
    """`José Ruiz` (a non-ASCII letter), `“Ann”` left unmasked: the regex scan's words."""
    for text in ["José Ruiz said", "“Ann” Lee", "Ćosić and Éva"]:
        assert not _ascii_but_marks(text).isascii()
        assert [w for w in capital_words(text) if w[2].isascii()] == [
            w for w in _scanned_capitals(text) if w[2].isascii()
        ]


def _spaced_places(text: str) -> list[tuple[int, int, str]]:
    """speed49's cue_spans: each cue word found with a space at either end of it."""
    runs = _letter_runs(text)
    found: list[tuple[int, int, str]] = []
    for cue in _CUES:
        needle, size, at = b" " + cue + b" ", len(cue), runs.find(b" " + cue + b" ")
        while at != -1:
            end = at + size
            after = text[end : end + 1]
            if not (after.isalnum() or after in _GLUE_MARKS) and (
                text[at - 1 : at] in ("", " ", "\n") or _starts_word(text, at)
            ):
                found.append((at, end, _CUES[cue]))
            at = runs.find(needle, end + 1)
    return sorted(found)


def test_cue_words_found_bare_are_the_spaced_needles_places():
    """A cue word inside a longer run (`read` in `already`, `said` in `unsaid`, `notes` in
    `footnotes`) is found and passed over; one at either end of the text, or twice running,
    is kept."""
    pieces = ["said", "read", "already", "unsaid", "footnotes", "notes", "says", "Said", "told"]
    pieces += list(" \n,.-'’_9aZé\x00") + ["according", "According to", "said said", "spread"]
    for text in generated_texts(pieces, 5051, 20_000, 10):
        assert cue_spans(text) == _spaced_places(text), repr(text)
    assert cue_spans("already unsaid, she read footnotes") == [(20, 24, "read")]
