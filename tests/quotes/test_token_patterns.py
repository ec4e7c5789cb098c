"""Patterns and readers spelt for speed (the word split on ASCII text, the scan for special
endings, a quote read only as far as title_case reads it, the quote marks found one mark at a
time) answer as the plain spelling does."""

from __future__ import annotations

import random
import re
import string

from api.parser.quote_cues import _CUE_WORDS, _starts_word, cue_spans
from api.parser.quote_filter import _WORD, _title_words, title_case
from api.parser.quote_spans import _DOUBLE_OPENS, _SINGLE_OPENS, _count, _mark_offsets
from api.parser.quote_tokens import _ASCII_SPLIT, _SPLIT, TOKEN, _ending, _make, tokens

_ASCII = string.ascii_letters[:6] + "XYZ 09_'.&-,\n\x00\"" + string.punctuation[:8]


def test_the_ascii_split_is_the_split_on_ascii_text():
    rng = random.Random(15)
    for _ in range(5000):
        text = "".join(rng.choice(_ASCII) for _ in range(rng.randint(0, 30)))
        assert _ASCII_SPLIT.split(text) == _SPLIT.split(text), text


def test_tokens_are_every_word_with_its_ending_read():
    rng = random.Random(16)
    pieces = list("aBz 9_.'’&-,\n") + ["’s", "'s", "Smith's", "U.S.", "Gov.", "é", "—"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        plain = [
            _ending(_make((m.start(), m.end(), m.group(), False, False, k)))
            for k, m in enumerate(TOKEN.finditer(text))
        ]
        words = tokens(text)
        assert list(words) == plain, text  # (each word made a Token when read)
        assert words.texts == [token.text for token in plain], text
        assert len(words) == len(plain), text


def test_a_quote_is_read_as_title_case_reads_all_its_words():
    rng = random.Random(17)
    pieces = ["Red", "for", "Ed", "the", "Star", "wars", "A", "a", "of", "’s", " ", " ", "9", ","]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        words = _WORD.findall(text)
        one_name = len(words) == 1 and words[0][0].isupper()
        assert _title_words(text) == (title_case(words), one_name), text


def test_cue_words_are_what_the_look_behind_spelling_finds():
    """The split of the text's letter runs finds what an alternation of the words between
    `(?<![A-Za-z])` and `(?![\\w'’-])` found."""
    behind = re.compile(r"(?<![A-Za-z])(?:" + "|".join(_CUE_WORDS) + r")(?![\w'’-])")
    rng = random.Random(18)
    pieces = ["said", "Said", "told", "according", "According", "says", "sa", "id", "tells"]
    pieces += list(" \n,.-'’_9aZé\x00") + ["e said", "x-said", "9said", "_told", "’said"]
    pieces += ["said’", "saidé", "😀said", "“said”", "said said", "\ud800told"]
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        expected = [
            (m.start(), m.end(), m.group())
            for m in behind.finditer(text)
            if text[m.start() - 1 : m.start()] in (" ", "\n", "") or _starts_word(text, m.start())
        ]
        assert cue_spans(text) == expected, text


def test_quote_marks_found_one_mark_at_a_time_are_what_one_set_finds():
    """Counting opening marks by one pattern per mark, and finding double marks by str.find,
    finds what the patterns opening with the set of marks found."""
    single = re.compile(r"['‘](?<![^\s(\[—–]['‘])(?=[^\W\d_])")
    double = re.compile(r"[\"“](?<![^\s(\[—–][\"“])(?=\S)")
    rng = random.Random(19)
    pieces = list("aZ9_ .,\n(—–[\t\u00a0é'‘’\"“”") + ["'s", " ‘We", "('Yes", "6'2\"", "😀"]
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        assert _count(_SINGLE_OPENS, text) == len(single.findall(text)), text
        assert _count(_DOUBLE_OPENS, text) == len(double.findall(text)), text
        assert _mark_offsets(text) == [m.start() for m in re.finditer('[“”"]', text)], text
