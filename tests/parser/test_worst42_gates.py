"""worst42's per-paragraph gate answers what the sentence split it spares answers."""

from __future__ import annotations

import random

from api.parser.quote_context import build_paragraphs
from api.parser.quote_spans import breaks_nowhere, sentences, stop_offsets

# (closing marks and brackets after a stop, other whitespace, digits and capitals after one)
_CHARACTERS = list("aAbZ 9.?!)]’'\"\t\u00a0,£e") + ["\n", "Mr", "No", "v2", "U.S"]


def _texts(count: int) -> list[str]:
    rng = random.Random(42)
    texts = ["", ".", "a.", "Price: £19.99", "Rainfall: 12.5mm", "v2.1 is out", "Gift Aid!"]
    texts += ["Dose: 0.5ml. Twice", "Score: 3.1 (est.) Next", "Votes: 1.037.", "Ends.)"]
    texts += [
        "".join(rng.choice(_CHARACTERS) for _ in range(rng.randint(0, 30))) for _ in range(count)
    ]
    return texts


def test_breaks_nowhere_answers_as_the_sentence_split():
    for text in _texts(6000):
        stops = stop_offsets(text)
        if breaks_nowhere(text, stops):
            assert sentences(text, (), text, stops) == [(0, len(text))], text


def test_stops_inside_words_make_one_sentence():
    for text in ("Price: £19.99", "Sample 2: 1.1mg", "Turnout: 61.4%", "Build: v3.2.1"):
        assert breaks_nowhere(text, stop_offsets(text)), text


def test_a_stop_before_a_space_or_a_closing_mark_may_break():
    for text in ("Open daily. Free", "It rained.) Then", "Ward 2: 1037 votes. Ward 3", "No. 3"):
        assert not breaks_nowhere(text, stop_offsets(text)), text


def test_field_lines_keep_their_sentences_and_clauses():
    lines = ["Price: £19.99", "Turnout: 61.4%", 'Dr. Ama Osei, 4.5 stars, said: "Fine."']
    lines += ["Rainfall was 12.5mm overnight. Lee Hart said so.", "Sample 2: 1.1mg"]
    paragraphs = build_paragraphs(lines).paragraphs
    for paragraph in paragraphs:
        assert paragraph.bounds == tuple(
            sentences(paragraph.text, paragraph.spans, paragraph.masked)
        ), paragraph.text
    assert paragraphs[0].bounds == ((0, 13),) and not paragraphs[0].clauses
    assert len(paragraphs[3].bounds) == 2 and paragraphs[3].clauses
