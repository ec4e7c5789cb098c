"""speed51: two scans skipped where they can find nothing. The capitals' scan of a text that is
ASCII but for its apostrophes and dashes does not look for capitals outside ASCII (those marks
are no letters); a body's name of one word without a hyphen is not spelt into initials (each
form would have one letter at most, below SPELT_LETTERS); a body in lower case after a place's
name (`Larnaca general hospital`) is matched only after one of its modifier words. Each is
checked against the full work, written out below as the reference."""

from __future__ import annotations

from api.parser.quote_aliases import initials_of, inner_acronym_cuts, loose_initials
from api.parser.quote_places import _LOWERCASE_BODY, lowercase_body_end
from api.parser.quote_recall import SPELT_LETTERS
from api.parser.quote_tokens import (
    _NON_ASCII_LETTER,
    Capital,
    _capital_letter,
    _opening_words,
    capital_words,
)
from tests.quotes.helpers import generated_texts

_PIECES = [
    " ", " ", " ", "Ann", "Lee", "O’Neil", "Lee’s", "’Tis", "3M", "McDonald", "x", "the", ".",
    ",", "—", "–", "\n", "\x00", "9", "-", "(", "A", "z", "é", "É", "Ó", "“", "”", "…", "\xa0",
]  # fmt: skip


def _with_every_capital(text: str) -> list[Capital]:
    """capital_words as it was: the scan for capitals outside ASCII run on any text that is
    not ASCII, its words merged in by their start."""
    found = capital_words(text)
    if text.isascii():
        return found
    starts = [
        m.start() for m in _NON_ASCII_LETTER.finditer(text) if _capital_letter(text, m.start())
    ]
    known = {start for start, _, _ in found}
    missing = [word for word in _opening_words(text, starts) if word[0] not in known]
    return sorted(found + missing, key=lambda word: word[0])


def test_capitals_of_texts_with_marks_and_letters_outside_ascii():
    checked = 0
    for text in generated_texts(_PIECES, 5151, 20_000, 14):
        if not text.isascii():
            checked += 1
        assert capital_words(text) == _with_every_capital(text), repr(text)
    assert checked > 5_000


def test_apostrophes_and_dashes_hold_no_capital():
    """Near misses: `O’Neil—Lee–Ann` (marks only: ASCII once read as ASCII), `Ó Sé—Ann`
    (a capital outside ASCII: still found), `Éva’s` (a possessive after one)."""
    assert [w for _, _, w in capital_words("O’Neil—Lee–Ann")] == ["O’Neil", "Lee", "Ann"]
    assert [w for _, _, w in capital_words("Ó Sé—Ann")] == ["Ó", "Sé", "Ann"]
    assert [w for _, _, w in capital_words("said Éva’s dog")] == ["Éva’s"]


def _spelt_forms(name: str) -> list[str]:
    """Every form Recall._spelt would record for a body's name."""
    words = name.split()
    forms = list(loose_initials(words))
    if len(initials_of(words)) >= SPELT_LETTERS:
        forms += [initials_of(words), *inner_acronym_cuts(words)]
    return [form for form in forms if len(form) >= SPELT_LETTERS]


def test_one_word_bodies_spell_nothing():
    """`Reuters`, `NHS`, `of`: one word, no hyphen, no form; `Sainte-Anne-Ferry` (hyphens) and
    `Women’s Tennis Association` (three words) still spelt."""
    for name in ["Reuters", "NHS", "of", "Acme", "UNESCO", "O’Neil", "Ofcom"]:
        assert _spelt_forms(name) == [], name
    assert _spelt_forms("Sainte-Anne-Ferry") == ["SAF"]
    assert _spelt_forms("Women’s Tennis Association") == ["WTA"]
    assert "PDT" in _spelt_forms("Pellham and District NHS Trust")


_BODY_PIECES = [
    " ", " ", "general", "district", "children's", "children’s", "city", "state", "hospital",
    "council", "court", "Larnaca", "said", "-", "'", ",", "x", "generally", "cityhospital",
]  # fmt: skip


def test_a_lowercase_body_after_a_name_is_read_only_after_a_modifier():
    """`Larnaca general hospital`, `Tarvos district council`: the word after the name is read
    first; the pattern decides as before (`Larnaca generally`, `Lee general election`: none)."""
    for text in generated_texts(_BODY_PIECES, 5152, 20_000, 8):
        found = _LOWERCASE_BODY.match(text, 0)
        assert lowercase_body_end(text, 0) == (found.end() if found else -1), repr(text)
    assert lowercase_body_end("Larnaca general hospital said", 7) == 24
    assert lowercase_body_end("Ostrava children’s hospital", 7) == 27
    assert lowercase_body_end("Larnaca generally said", 7) == -1
    assert lowercase_body_end("Lee general election", 3) == -1
