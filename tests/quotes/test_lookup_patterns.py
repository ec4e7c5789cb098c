"""Patterns spelt for speed find exactly what their plain spelling finds."""

from __future__ import annotations

import random
import re

from api.parser.quote_described import (
    _BODY_OPENS,
    _COPULAS,
    _SPOKES_FOR,
    _introductions,
    _noun_end,
    _opens_sentence,
    body_opening_before,
    predicated,
    spokes_for_between,
)
from api.parser.quote_filter import _SPEECH_NOUN_INSIDE, _WORD
from api.parser.quote_orgs import ORG_ANAPHORS
from api.parser.quote_owners import _NOUN
from api.parser.quote_words import ORG_WORDS, SPEECH_NOUNS

_PLAIN_NOUN = re.compile(r"\b(?:" + "|".join(sorted(SPEECH_NOUNS)) + r")\b", re.IGNORECASE)


def _texts() -> list[str]:
    texts = [
        "orders from Lee to",
        "Lee's Orders, his WARNINGS and her statement’s words",
        "reorders disorder orderly order-book order_ 9order words9 vow vows vowel",
        "the İnstruction and the ınstruction, the ſtatement",  # what IGNORECASE folds to i, s
        "\x00\x00 “ \x00” a statement",
    ]
    letters = list("adimoprsvwADIMOPRSVW ertnsgoa'’-_9.\x00İıſ") + ["rder", "tatement", "ow"]
    rng = random.Random(15)
    texts += ["".join(rng.choice(letters) for _ in range(rng.randint(0, 24))) for _ in range(5000)]
    return texts


def test_speech_nouns_are_found_where_the_plain_pattern_finds_them():
    for text in _texts():
        for start in (0, 2):
            plain = [m.span() for m in _PLAIN_NOUN.finditer(text, start)]
            assert [m.span() for m in _NOUN.finditer(text, start)] == plain, text


def test_a_text_whose_words_hold_a_speech_noun_is_never_passed_over():
    """The quick test before splitting a quote's lead-in into words: never a miss."""
    for text in _texts():
        if any(word.lower() in SPEECH_NOUNS for word in _WORD.findall(text)):
            assert _SPEECH_NOUN_INSIDE.search(text), text


def _introduced_by_pattern(masked: str, head: str) -> tuple[int, ...]:
    """_introductions' plain spelling: one pattern per noun."""
    # (a body's capital may be the modifier: `A Castlebridge director`)
    pattern = (
        rf"(?<!, )\b(?:[Aa]n?|[Aa]nother|[Oo]ne) (?:(?:[a-z-]+|[A-Z][a-z]+) )?{re.escape(head)}\b"
    )
    return tuple(match.end() for match in re.finditer(pattern, masked))


def test_a_noun_brought_in_by_an_article_ends_where_its_own_pattern_ends():
    """`an insider`, `a local man`, `one source`: one shared scan, the noun compared at each
    article, gives every match's end that the noun's own pattern gives, in order."""
    heads = ["man", "insider", "one", "an", "old-timer", "56-year-old", "co-op", "u.s.", "é", "x_"]
    pieces = ["a", "A", "an", "An", "another", "Another", "one", "One", "none", "man", "manly"]
    pieces += ["insider", "local", "old-timer", "56-year-old", "co-op", "u.s.", "é", "x", "_"]
    pieces += [",", "-", ".", "'", "\n", "\x00"]
    rng = random.Random(18)
    for _ in range(20000):
        text = "".join(
            rng.choice(pieces) + rng.choice([" ", " ", "", ", "]) for _ in range(rng.randint(0, 12))
        )
        head = rng.choice(heads)
        assert _introductions.__wrapped__(text, head) == _introduced_by_pattern(text, head), text


# The lookbehind spelling `_BODY_OPENS` had, tried at every character of the text read back.
_PLAIN_BODY_OPENS = re.compile(r"(?:^|(?<=[.!?] )|(?<=[.!?][”\"’'] ))The ([a-z]+) (?=[a-z])")


def _opening_texts() -> list[str]:
    texts = [
        "The board met. The trust said it would. “Go,” the trust said.",
        "Yes.” The guild replied; later The union wrote",  # mid-sentence `The`: not an opening
        "Nein! The verein sagte. Okay?' The firm agreed.",
        " The council said it.  The council",  # a space before the text's first `The`
    ]
    parts = ["The ", "the ", ". ", "! ", "?” ", ".' ", '." ', "council ", "x", " ", "said ", "\n"]
    rng = random.Random(23)
    texts += ["".join(rng.choice(parts) for _ in range(rng.randint(0, 14))) for _ in range(5000)]
    return texts


def test_body_openings_are_found_where_the_lookbehind_pattern_finds_them():
    """`_BODY_OPENS` is searched by its literal and kept by `_opens_sentence` (`. The council`,
    `?” The board`, the text's start), the characters before the search's start read too."""
    for text in _opening_texts():
        for lo in (0, 1, 3):
            hi = len(text)
            plain = [(m.start(), m.group(1)) for m in _PLAIN_BODY_OPENS.finditer(text, lo, hi)]
            found = [
                (m.start(), m.group(1))
                for m in _BODY_OPENS.finditer(text, lo, hi)
                if _opens_sentence(text, m.start())
            ]
            assert found == plain, (text, lo)


def test_a_mid_sentence_the_opens_no_body():
    assert not _opens_sentence("later The union wrote", 6)
    assert _opens_sentence("It ended.” The guild replied", 11)
    assert _opens_sentence("The trust said", 0)


def _predicated_by_scan(masked: str, head: str, end: int) -> int | None:
    """predicated as it was written before its index: the text before `end` searched anew."""
    found = None
    at = masked.find(head, 0, end)
    while at >= 0:
        for article_word in (" a", " the "):
            before = masked.rfind(article_word, max(0, at - 24), at)
            article = before + 1
            ends = _noun_end(masked, masked.find(" ", article) + 1, head) == at + len(head)
            if before >= 0 and ends and masked.endswith(_COPULAS, 0, article):
                found = article
        at = masked.find(head, at + len(head), end)
    return found


def test_a_predicated_noun_is_found_before_every_end_as_a_search_up_to_it_finds_it():
    texts = [
        "Ana Roe, 81, was a pupil at the school. Lee is the youngest pupil. Bo was a pupil",
        "Ito is the champion, Ito was a former champion and is the champion's coach",
        "Kai became a local passenger. He remains the passenger; pupilpupil was a pupils",
    ]
    words = ["was", "is", "became", "a", "the", "an", "pupil", "local", "Roe", ".", ",", "pu"]
    rng = random.Random(25)
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(0, 30))) for _ in range(800)]
    for text in texts:
        for head in ("pupil", "champion", "passenger"):
            for end in range(len(text) + 1):
                expected = _predicated_by_scan(text, head, end)
                assert predicated(text, head, end) == expected, (text, head, end)


def _body_opening_by_search(masked: str, lo: int, hi: int) -> str | None:
    """body_opening_before as it was written before its index: the window searched anew."""
    found = None
    for match in _BODY_OPENS.finditer(masked, lo, hi):
        noun = match.group(1)
        if (noun in ORG_ANAPHORS or noun in ORG_WORDS) and _opens_sentence(masked, match.start()):
            found = noun
    return found


def test_a_body_opening_is_read_off_the_paragraph_as_a_search_of_each_window_finds_it():
    """`The council said ... “...,” a spokeswoman said`: every window of every text."""
    texts = _opening_texts()[:400] + [
        "The council met. The trust said. The board agreed; The councillors",
        "Yes. The union wrote. “No.” The firm replied. The council",
    ]
    for text in texts:
        for lo in range(0, len(text) + 1, 3):
            for hi in range(lo, len(text) + 1):
                expected = _body_opening_by_search(text, lo, hi)
                assert body_opening_before(text, lo, hi) == expected, (text, lo, hi)


def _spokes_for_by_search(masked: str, lo: int, hi: int) -> tuple[bool, str | None]:
    """spokes_for_between as it was written before its index: the window searched anew."""
    found, named = None, False
    for match in _SPOKES_FOR.finditer(masked, lo, hi):
        found = match.group(1) if match.group(1) in ORG_ANAPHORS else found
        named = True
    return named, found


def test_a_spokesperson_for_a_body_is_read_off_the_paragraph_as_a_search_of_each_window():
    """`a spokeswoman for the council`: every window of every text, overlapping places and
    nouns cut by the window's end too (`a spokesman for the spokesman for the board`)."""
    texts = [
        "A spokeswoman for the council said. A spokesman at the trust, the spokesman said",
        "a spokesman for the spokesman for the board; spokespersons of the firm_ xspokesman of"
        " the union",
        "spokesman for the councilX and spokeswoman of the authority9 spokesperson at the club",
    ]
    words = ["spokesman", "spokeswoman", "spokesperson", "for", "of", "at", "the", "council"]
    words += ["board", "firm", "X", "9", ",", ".", "\x00", "xspokesman", "club_", "authority"]
    rng = random.Random(27)
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(0, 16))) for _ in range(300)]
    for text in texts:
        for lo in range(0, len(text) + 1, 4):
            for hi in range(lo, len(text) + 1):
                expected = _spokes_for_by_search(text, lo, hi)
                assert spokes_for_between(text, lo, hi) == expected, (text, lo, hi)
