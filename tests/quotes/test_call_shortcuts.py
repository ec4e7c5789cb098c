"""speed30's tests before a regex call (or in place of one) that answer as the call alone did:
a character or two read before `_DESCRIBED`, `_QUESTION` and `_PLURAL_VERB` are tried (each is
False only where the pattern cannot match), `prose`'s first two words read before its search,
`lower_word` for `[a-z][a-z-]*` whole, `complement_start` for the first ` of `/` for `,
`comma_or_clause_end`, `honorific_before`, `spoken_for` and `voice_of` for their patterns'
calls, and the colon clauses' scan only where a colon is. Each is compared with the old call on
generated texts, at every offset where an offset is taken."""

from __future__ import annotations

import re

import pytest

from api.parser.quote_budget import _PROSE_WORD, prose
from api.parser.quote_clauses import _COLON_QUOTE
from api.parser.quote_filter import lower_word
from api.parser.quote_interviews import _QUESTION, question_line
from api.parser.quote_orgs import _DESCRIBED, _may_open_described
from api.parser.quote_recall import complement_start
from api.parser.quote_roles import _CLAUSE_END, _COMMA_NEXT, comma_or_clause_end
from api.parser.quote_salience import _HONORIFIC, _VOICE_OF, honorific_before, voice_of
from api.parser.quote_shapes import _PLURAL_VERB, _may_be_plural_verb
from api.parser.quote_subjects import _SPOKEN_FOR, spoken_for
from tests.quotes.helpers import generated_texts

_PIECES = [
    " ", "  ", "\n", "\t", "\u00a0", "\u2003", "T", "t", "he", "The", "the", "Q", ":", ".", ",",
    ";", "have", "are", "were", "has", "a", "h", "w", "of", "for", " of ", " for ", "-", "é", "É",
    "ß", "ÿ", "ø", "÷", "×", "ö", "Ö", "z", "Z", "1", "_", "’", "“", "council", "Betis", "naïve",
    "ǅ", "ı", "K", "x", "so-called", "Port", "Authority", "q", "Ω", "ω", "\x00",
]  # fmt: skip


def test_described_needs_a_space_or_t_first():
    for text in generated_texts(_PIECES, 301, 6_000, 10):
        for start in range(len(text) + 1):
            if _DESCRIBED.match(text, start):
                assert _may_open_described(text, start), (text, start)


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("Police said", 0, False),
        (" The council", 0, True),
        ("so the union", 2, True),
        ("", 0, False),
    ],
)
def test_may_open_described_reads_one_character(text, start, expected):
    assert _may_open_described(text, start) is expected


def test_question_line_answers_as_the_match():
    for text in generated_texts(_PIECES, 302, 20_000, 10):
        assert question_line(text) is (_QUESTION.match(text) is not None), repr(text)
    assert question_line("Q: Why now?") and question_line("  Q . Qué?")
    assert not question_line("Quite so: she said") and not question_line("")


def test_plural_verb_needs_what_the_pattern_opens_with():
    for text in generated_texts(_PIECES, 303, 6_000, 10):
        for end in range(len(text) + 1):
            if _PLURAL_VERB.match(text, end):
                assert _may_be_plural_verb(text, end), (text, end)
    assert _may_be_plural_verb("Real Betis have signed", 10)
    assert not _may_be_plural_verb("Real Betis said", 10)
    assert not _may_be_plural_verb("Real Betis, who", 10)


def test_prose_answers_as_the_search():
    for text in generated_texts(_PIECES, 304, 30_000, 10):
        assert prose(text) is (_PROSE_WORD.search(text) is not None), repr(text)
    assert prose("Él dijo que sí") and prose("ÉTÉ ÖBB élan")
    assert not prose("Aa Bb") and not prose("1 2 Ö")


def test_prose_reading_five_words_answers_as_the_search():
    # (speed34: the second to the fifth word read by finds before the search; longer texts)
    for text in generated_texts(_PIECES, 3404, 30_000, 24):
        assert prose(text) is (_PROSE_WORD.search(text) is not None), repr(text)
    assert prose("Deputy Foreign Minister Ivo Brandt said") and prose("Ann Lee Bo Kim\tand")
    assert not prose("Ann Lee, Bo Kim, Cy Orr, Di Fox, Ed Ng") and not prose("     ")


def test_prose_letters_are_the_patterns_on_every_code_point():
    for point in range(0x300):
        character = chr(point)
        assert prose(character) is (_PROSE_WORD.search(character) is not None), point


_LOWER_WORD_BEFORE = re.compile(r"[a-z][a-z-]*")


def test_lower_word_answers_as_the_full_match():
    for text in generated_texts(_PIECES, 305, 30_000, 3):
        assert lower_word(text) is (_LOWER_WORD_BEFORE.fullmatch(text) is not None), repr(text)
    for point in range(0x180):
        for text in (chr(point), "a" + chr(point), chr(point) + "b-c"):
            assert lower_word(text) is (_LOWER_WORD_BEFORE.fullmatch(text) is not None), text


_COMPLEMENT_BEFORE = re.compile(r" (?:of|for) ")


def test_complement_start_is_the_searchs_start():
    for text in generated_texts(_PIECES, 306, 30_000, 10):
        match = _COMPLEMENT_BEFORE.search(text)
        assert complement_start(text) == (match.start() if match else -1), repr(text)
    assert complement_start("Port Authority of Kellerby") == 14
    assert complement_start("Okinawa Institute for Ocean Science of Japan") == 17
    assert complement_start("Harrowfield Rovers") == -1


_HONORIFIC_PIECES = [
    "Dr", "Mr", "Mrs", "Ms", "Prof", "Miss", ".", " ", "\n", "\t", "\u00a0", "x", "r", "s", "M",
    "D", "_", "1", "é", "Jones", "said",
]  # fmt: skip


def test_honorific_before_answers_as_the_search():
    for whole in generated_texts(_HONORIFIC_PIECES, 308, 40_000, 5):
        text = whole[-5:]
        assert honorific_before(text) is (_HONORIFIC.search(text) is not None), repr(text)
    assert honorific_before("Dr. ") and honorific_before("r Ms ") and honorific_before("Miss\n")
    assert not honorific_before("ones ") and not honorific_before("ADr. ")


_SPOKEN_PIECES = [
    "spokes", "man", "woman", "person", "people", "representative", " ", "\n", "for", "of", "at",
    "the", "a", "Acme", "_", "x",
]  # fmt: skip


def test_spoken_for_answers_as_the_search():
    for text in generated_texts(_SPOKEN_PIECES, 309, 3_000, 14):
        for start in range(len(text) + 1):
            expected = _SPOKEN_FOR.search(text, max(0, start - 30), start) is not None
            assert spoken_for(text, start) is expected, (text, start)
    assert spoken_for("said a spokeswoman for the Ports Bureau", 27)
    assert not spoken_for("said a spokeswoman, Ana Ruiz", 20)


def test_colon_quote_needs_a_colon():
    for text in generated_texts(_PIECES, 310, 20_000, 10):
        if _COLON_QUOTE.search(text):
            assert ":" in text


def test_comma_or_clause_end_answers_as_the_two_matches():
    for text in generated_texts(_PIECES, 311, 6_000, 10):
        for at in range(len(text) + 2):
            expected = bool(_COMMA_NEXT.match(text, at) or _CLAUSE_END.match(text, at))
            assert comma_or_clause_end(text, at) is expected, (text, at)
    assert comma_or_clause_end("manager, Tessa Grier , said", 20)
    assert not comma_or_clause_end("Tessa Grier said", 11)


_VOICE_PIECES = [
    "Officials", "officials", "senior ", "STATE ", "the ", "The ", "a ", "statements", "memo",
    "letter", " ", "at", "from", "of", "for", "with", "by", "\n", "Kelvin", "ſ", "ı", "İ", "x",
]  # fmt: skip


def test_voice_of_answers_as_the_full_match():
    for text in generated_texts(_VOICE_PIECES, 312, 3_000, 8):
        for start in range(0, len(text) + 1, 3):
            for end in range(start, len(text) + 1):
                expected = _VOICE_OF.fullmatch(text, start, end) is not None
                assert voice_of(text, start, end) is expected, (text, start, end)
    assert voice_of("Officials at the Orvane", 0, 17) and voice_of("A memo of ", 2, 10)
    assert not voice_of("Orvane Water Board", 0, 0)
