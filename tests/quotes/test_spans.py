"""Pairing quote marks into spans and splitting paragraphs into sentences around them."""

from __future__ import annotations

import pytest

from api.parser.quote_spans import MASK, find_spans, mask, paragraph_spans, sentences


def _texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in paragraph_spans(0, text)]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ('He said "yes," then "no."', ["yes,", "no."]),
        ("She said “we won” and “they lost.”", ["we won", "they lost."]),
        ("“ We love it ” she said.", ["We love it"]),
        ("A 6'2\" guard said “fine.”", ["fine."]),
        ("Stray” mark, then “a real quote.”", ["a real quote."]),
        ("“Left open, she said. “New quote.”", ["Left open, she said.", "New quote."]),
        ("No quotes at all.", []),
        ('An empty pair "" is skipped.', []),
    ],
)
def test_marks_pair_into_spans(text, quotes):
    assert _texts(text) == quotes


@pytest.mark.parametrize(
    ("paragraphs", "quotes"),
    [
        (["‘We will win,’ Ana Ruiz said. ‘It’s our time.’"], [["We will win,", "It’s our time."]]),
        (["'We will win,' Ana Ruiz said. 'It's our time.'"], [["We will win,", "It's our time."]]),
        (["‘The players’ union is strong,’ she said."], [["The players’ union is strong,"]]),
        (
            ["‘We had rock ’n’ roll in the ’90s,’ he said. ‘And money.’"],
            [["We had rock ’n’ roll in the ’90s,", "And money."]],
        ),
        (
            ["‘He told me “never” and left,’ she said.", "‘I believed him.’"],
            [["He told me “never” and left,"], ["I believed him."]],
        ),
        (
            ["‘We will fight on,", "‘We will never stop,’ he said."],
            [["We will fight on,"], ["We will never stop,"]],
        ),
        (["“We will win,” she said. She called it ‘a farce’ and left."], [["We will win,"]]),
    ],
)
def test_an_article_that_quotes_with_single_marks_pairs_them(paragraphs, quotes):
    """British style: single marks quote when more of them open quotes than double marks do."""
    spans = find_spans(paragraphs)
    assert [
        [text[s.start : s.end] for s in found]
        for text, found in zip(paragraphs, spans, strict=True)
    ] == quotes


def test_a_quote_left_open_runs_to_the_paragraph_end():
    text = "“We will be back next year, and we will be ready.  "
    (span,) = paragraph_spans(3, text)
    assert span.close is None and span.paragraph == 3
    assert text[span.start : span.end] == "We will be back next year, and we will be ready."
    assert span.stop == span.end


def test_mask_blanks_quotes_and_keeps_offsets():
    text = "Ann said “a b c” today."
    masked = mask(text, paragraph_spans(0, text))
    assert len(masked) == len(text)
    assert masked == "Ann said " + MASK * 7 + " today."


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Gov. Eric Holcomb spoke. Then he left.", 2),
        ("“It is over. We lost,” she said. “Next year.”", 2),
        ("“Who pays?” Mr. Pike asked.", 2),
        ("He left at 4:30 a.m. for the rally.", 1),
        ("The U.S. Army said so. Nobody argued.", 2),
        ("One sentence without a full stop", 1),
    ],
)
def test_sentences_ignore_stops_inside_quotes_and_abbreviations(text, count):
    assert len(sentences(text, paragraph_spans(0, text))) == count
