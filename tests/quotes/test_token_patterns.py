"""Patterns and readers spelt for speed (a paragraph's capitals found by one scan and its words
read one at a time around them, a quote read only as far as title_case reads it, the quote marks
found one mark at a time) answer as the plain spelling does."""

from __future__ import annotations

import random
import re
import string

from api.parser.quote_cues import _CUE_WORDS, _GLUE_MARKS, _GLUED_AFTER, _starts_word, cue_spans
from api.parser.quote_filter import _WORD, _title_words, title_case
from api.parser.quote_people import Mention
from api.parser.quote_recall import _opens_sentence
from api.parser.quote_runs import _joining, runs_of_capitals
from api.parser.quote_spans import _DOUBLE_OPENS, _SINGLE_OPENS, _count, _mark_offsets
from api.parser.quote_tokens import _REACH, TOKEN, Token, Words, _ending, capital_words

_ASCII = string.ascii_letters[:6] + "XYZ 09_'.&-,\n\x00\"" + string.punctuation[:8]


_PIECES = list("aBzÉéⅣⒶ 9٣_.'’&-,\n—\x00") + ["’s", "'s", "Smith's", "U.S.", "Gov.", "é"]
_PIECES += ["3M", "'Bob", "Jean-Paul", "x-Y", "  ", "😀", "²B"]


def test_capitals_found_by_one_scan_are_the_capitalised_words():
    """Every word TOKEN splits off whose first letter is a capital, and nothing else."""
    rng = random.Random(16)
    for _ in range(5000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 16)))
        expected = [
            _ending(m.start(), m.group()) for m in TOKEN.finditer(text) if m.group()[0].isupper()
        ]
        words = Words(text)
        assert [words.made(m) for m in capital_words(text)] == expected, text


def _check_words(text: str) -> None:
    """Each word read where it starts, and the words before and after it, are the split's."""
    split = list(TOKEN.finditer(text))
    starts = [m.start() for m in split] + [-1]
    words = Words(text)
    for k, match in enumerate(split):
        token = words[match.start()]
        assert token == _ending(match.start(), match.group())
        before = words.before(match.start())
        assert (before.start if before else -1) == (starts[k - 1] if k else -1), (text, k)
        assert before is None or before == words[before.start], (text, k)
        assert words.after(token) == starts[k + 1], (text, k)


def test_words_read_one_at_a_time_are_the_split_with_endings_read():
    rng = random.Random(17)
    for _ in range(3000):
        _check_words("".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 16))))


def test_the_word_before_is_found_past_long_stretches_without_words():
    """Past more than the first reach of characters without a word, or inside one long word."""
    rng = random.Random(18)
    fillers = ["9" * (_REACH + 5), "-" * (3 * _REACH), ", " * _REACH, "x" * (2 * _REACH), "—"]
    for _ in range(300):
        pieces = [rng.choice(fillers + _PIECES) for _ in range(rng.randint(1, 8))]
        _check_words("".join(pieces))


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


def test_a_cue_word_is_glued_to_the_characters_the_pattern_glued_it_to():
    """cue_spans reads the character after a cue word by `str.isalnum` and a set: for every
    code point (surrogates too) that answers as `_GLUED_AFTER` (`[\\w'’-]`) did, and the text's
    end glues nothing."""
    for point in range(0x110000):
        char = chr(point)
        glued = char.isalnum() or char in _GLUE_MARKS
        assert glued == bool(_GLUED_AFTER.match(char)), hex(point)
    assert not ("".isalnum() or "" in _GLUE_MARKS)
    assert [word for _, _, word in cue_spans("He said² and told٣ and says_ and said")] == ["said"]


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


def _runs_of_all_capitals(text: str) -> list[list[Token]]:
    """Runs of capitals as made before lone capitals were left unmade: every capital a Token,
    each joined to the run before it when `_joining` says so."""
    words = Words(text)
    runs: list[list[Token]] = []
    run: list[Token] = []
    for token in [words.made(m) for m in capital_words(text)]:
        if run:
            joining = _joining(text, words, run, token)
            if joining is not None:
                run += [*joining, token]
                continue
            runs.append(run)
        run = [token]
    return [*runs, run] if run else runs


_NAME_PIECES = ["Ann", "Lee", "The", "He", "Smith's", "St.", "Co.", "home.", "U.S.", "Friends"]
_NAME_PIECES += ["Ministry", "Parents", "People’s", "Attorney's", "Office", "de", "la", "of"]
_NAME_PIECES += ["the", "for", "said", "van", "&", "and", "x" * 20, "—", "É", "Émile", "3M"]


def test_runs_keep_lone_capitals_unmade_and_are_the_runs_of_all_capitals():
    """A capital joined to neither neighbour comes back as its match; the runs are otherwise
    those every capital made a Token gives, whatever the gaps and endings around them."""
    rng = random.Random(19)
    separators = [" ", " ", " ", ", ", ". ", "  ", " & "]
    for _ in range(5000):
        count = rng.randint(0, 12)
        pieces = [rng.choice(_NAME_PIECES) + rng.choice(separators) for _ in range(count)]
        text = "".join(pieces).rstrip()
        words = Words(text)
        runs = runs_of_capitals(text, words)
        made = [run if isinstance(run, list) else [words.made(run)] for run in runs]
        assert made == _runs_of_all_capitals(text), text


_ASCII_PIECES = ["Ann", "Lee", "The", "Smith's", "St.", "home.", "U.S.", "Friends", "Ministry"]
_ASCII_PIECES += ["de", "la", "della", "del", "of", "the", "for", "van", "st.", "&", "and", "3M"]
_ASCII_PIECES += ["'Bob", "O'Neil", "x3", "(Ann", "AT&T", "Lee.", "-Ann", "9", "_A", "Parents"]


def test_runs_are_the_runs_of_all_capitals_whatever_joins_and_marks_stand_between():
    """The runs, lone capitals left unmade, are those every capital made a Token gives, with
    joining words (`della`, `st.`), marks and digits before capitals (`'Bob`, `3M`, `-Ann`) and
    gaps of no space between the pieces (a capital that opens no word for TOKEN)."""
    rng = random.Random(23)
    separators = [" ", " ", " ", " ", ", ", ". ", "  ", " & ", "", "-"]
    for _ in range(8000):
        count = rng.randint(0, 14)
        pieces = [rng.choice(_ASCII_PIECES) + rng.choice(separators) for _ in range(count)]
        text = "".join(pieces)
        words = Words(text)
        runs = runs_of_capitals(text, words)
        made = [run if isinstance(run, list) else [words.made(run)] for run in runs]
        assert made == _runs_of_all_capitals(text), text


def test_a_name_opening_a_sentence_is_read_as_the_walk_back_over_spaces_reads_it():
    """quote_recall._opens_sentence's look at the one space before a name answers as the walk
    back over every whitespace character does."""

    def walked_back(masked: str, start: int) -> bool:
        i = start
        while i > 0 and masked[i - 1].isspace():
            i -= 1
        return i == 0 or masked[i - 1] in ".!?"

    rng = random.Random(17)
    pieces = list(" \n\t.!?aB,\u00a0\u2003")
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        for start in range(len(text) + 1):
            mention = Mention(start, start, start + 1, "single", "X")
            assert _opens_sentence(text, mention) == walked_back(text, start), (text, start)
