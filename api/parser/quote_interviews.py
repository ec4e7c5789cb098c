"""Answers of a Q&A transcript that carry no label: the interviewee's, by the turns."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from operator import itemgetter
from typing import Final

from api.parser.quote_context import Paragraph
from api.parser.quote_nearby import Attribution
from api.parser.quote_spans import MARKS, SINGLE_MARKS, Span

# A question's line of a transcript: `Q: Why no air conditioning?` (`Q.` as some papers set it).
_QUESTION: Final = re.compile(r"\s*Q\s*[:.]\s")
_MARKS_ONLY: Final = re.compile("[\\s" + MARKS + SINGLE_MARKS + "]*")


def question_line(text: str) -> bool:
    """`Q: Why no air conditioning?` -> True. The first character is read before _QUESTION is
    tried: most paragraphs open with neither `Q` nor a space, which it needs."""
    first = text[:1]
    return (first == "Q" or first.isspace()) and _QUESTION.match(text) is not None


def answer_unlabelled(
    paragraphs: Sequence[Paragraph],
    kept: Sequence[Sequence[Span]],
    found: list[Sequence[Attribution]],
) -> None:
    """Give a whole-paragraph quote with no speaker, right after a `Q:` line, to the one who
    answers the transcript's other questions: the nearest labelled answer before it, else after.
    (Changes `found` in place.)"""
    questions = [question_line(p.text) for p in paragraphs]
    if not any(questions):
        return  # (most articles: no transcript)
    answers = [
        (i, found[i][0].speaker)
        for i in range(1, len(paragraphs))
        if questions[i - 1] and found[i] and found[i][0].speaker
    ]
    for i in range(1, len(paragraphs)):
        if questions[i - 1] and _bare_answer(paragraphs[i], kept[i], found[i]):
            speaker = _interviewee(answers, i)
            if speaker:
                found[i] = (Attribution(speaker, "carried over"),)


def _bare_answer(paragraph: Paragraph, spans: Sequence[Span], found: Sequence[Attribution]) -> bool:
    """The paragraph is one quote and nothing else, and no speaker was found for it."""
    if len(spans) != 1 or found[0].speaker is not None:
        return False
    text, span = paragraph.text, spans[0]
    return bool(
        _MARKS_ONLY.fullmatch(text[: span.start]) and _MARKS_ONLY.fullmatch(text[span.end :])
    )


def _interviewee(answers: list[tuple[int, str]], index: int) -> str | None:
    """The speaker of the nearest labelled answer before `index`, else of the first after it."""
    # (by bisection over the answers' paragraph indices: a transcript of thousands of turns
    # stays linear)
    at = bisect_left(answers, index, key=itemgetter(0))
    if at:
        return answers[at - 1][1]
    return answers[at][1] if at < len(answers) else None
