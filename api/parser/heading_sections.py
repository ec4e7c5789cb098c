"""Heads read off a document whose end is a run of sections of one paragraph each, a short
line of one form over each: 'Nobody expected the vote to be close.' / text / 'One new member
changed everything.' / text; '"It felt like a betrayal."' / text / '"The young ones have all
gone."' / text; 'Why did prices rise so fast?' / text / 'So what now?' / text.

A reader takes such lines for heads from the document as a whole, where no other head stands:
- spacing: SECTIONS_MIN lines or more, each over one paragraph, the last paragraph the
  document's last line and the first line the opening paragraph alone (pictures aside), so
  the lines split the whole text after its opening into equal sections (a news story's short
  lines stand among paragraphs for a while before its end);
- shape relative to each other: one form for all of them (plain sentences, sentences wholly in
  quotation marks, or questions), every other line of the document longer than any of them;
- contrast: each after a sentence's end, LONG_RATIO times shorter than the paragraph it
  introduces and than the typical paragraph;
- no running text: a plain sentence points back into the text before with none of its words
  ('Nobody saw it coming.', 'The town voted anyway.' are punchy paragraphs) and is not in the
  writer's first person ('I said yes.', a column's); a quoted one stands in a document that
  quotes nobody in its paragraphs (else it is speech on a line of its own); a question is
  answered by a section that is no reply ('Because ...'), no turn in the first person, one
  question at least asks in full, and one is of a head's size (MAX_WORDS) or all are a
  reader's, in the first person ('Can my landlord evict me ...?'): long questions alone are a
  feature's, asked in its running text.

Where the only heads are COMPANY questions or fewer, a short statement standing alone between
two longer paragraphs shows the writer's style of short lines, and the questions are its
rhetorical ones (questions_among_punchy_lines).
"""

from __future__ import annotations

from typing import Final

from api.parser.heading_limits import LONG_RATIO, LONG_WORDS, MAX_WORDS
from api.parser.heading_questions import (
    COMPANY,
    asks_about_a_person,
    asks_in_full,
    is_question_line,
    opens_as_an_answer,
    speaks_in_first_person,
)
from api.parser.heading_sentences import (
    QUOTE_MARKS,
    QUOTED_SENTENCE,
    RHYTHM_OPENERS,
    SECOND_SENTENCE,
    SENTENCE_WORDS,
    is_paired_sentences,
    is_sentence_shaped,
    starts_like_heading,
)
from api.parser.layout import Item, Line
from api.parser.sentences import SENTENCE_ENDS

SECTIONS_MIN: Final = 2  # heads over one paragraph each that make the pattern
PLAIN: Final = "plain"
QUOTED: Final = "quoted"
QUESTION: Final = "question"
# Words that make a sentence go on from the text before it, a punchy paragraph's, no head's:
# 'Nobody saw it coming.', 'The town voted anyway.', 'She told them.'.
POINTING_WORDS: Final = frozenset(
    "it them him anyway too again instead either though also still".split()
)


def points_back(text: str) -> bool:
    """True when a word of the sentence points back into the text before: 'Nobody saw it
    coming.', 'The town voted anyway.' (not 'One new member changed everything.')."""
    return any(word.strip(".,;:!?").lower() in POINTING_WORDS for word in text.split())


def section_form(item: Item) -> str:
    """The form of a line that may head a one-paragraph section, '' for none: a plain sentence
    or two ('The hard part starts now.', 'They entered as a joke. They came home as
    champions.'), a sentence in quotation marks ('"It felt like a betrayal."'), a question
    ('So what now?')."""
    if not (isinstance(item, Line) and item.alone):
        return ""
    text = item.text
    if text[0].isdigit() or ":" in text:
        return ""  # a list's item or a label's line: '1. Halden lost.', 'Verdict: false.'
    if is_question_line(item):
        return QUESTION if is_question_shaped(text) else ""
    match = QUOTED_SENTENCE.match(text)
    if match:
        words = len(match["inner"].split())
        return QUOTED if SENTENCE_WORDS[0] <= words <= SENTENCE_WORDS[1] else ""
    # (a pair may open with a pronoun, the story's subject, as paired heads may: 'They entered
    # as a joke. They came home as champions.'; one sentence alone may not: 'They said no.')
    shaped = is_sentence_shaped(item) or is_paired_sentences(item, RHYTHM_OPENERS)
    if not shaped or points_back(text):
        return ""
    # the writer's own voice on a line of its own is a column's punchy line: 'I said yes.'
    return "" if speaks_in_first_person(text) else PLAIN


def is_question_shaped(text: str) -> bool:
    """True for a question alone on its line, as a head asks it: 'Is it safe to swim?', 'So
    what now?' (not 'Does it work? It does not.', nor a quoted question, nor a long one)."""
    if len(text.split()) > LONG_WORDS or SECOND_SENTENCE.search(text):
        return False
    if any(mark in text for mark in QUOTE_MARKS) or "? " in text:
        return False
    return starts_like_heading(text) and not asks_about_a_person(text)


def trailing_sections(items: list[Item]) -> list[int]:
    """The lines of one form that stand every other item from the document's end back, over
    one paragraph each: [text, 'A.', text, 'B.', text] -> [1, 3]; read back from the end,
    only at those places."""
    found: list[int] = []
    form = ""
    k = len(items) - 2
    while k >= 1:
        this = section_form(items[k])
        if not this or (form and this != form):
            break
        form = this
        found.append(k)
        k -= 2
    return found[::-1]


def one_paragraph_sections(items: list[Item]) -> list[int]:
    """Heads over sections of one paragraph each to the document's end, SECTIONS_MIN of them at
    least, all of one form, where the document as a whole shows them (the module's rules):
    'Nobody expected the vote to be close.' / text / 'One new member changed everything.' /
    text. The indexes of those lines, else none."""
    found = trailing_sections(items)
    if len(found) < SECTIONS_MIN:
        return []  # (most documents: the line before the last is no short line)
    if any(isinstance(item, Line) for item in items[: found[0] - 1]):
        return []  # an opening of several paragraphs: short lines at its end are a story's
    form = section_form(items[found[0]])
    heads = set(found)
    longest = max(len(items[k].text) for k in found)
    others = [it for k, it in enumerate(items) if isinstance(it, Line) and k not in heads]
    if any(len(line.text) <= longest for line in others):
        return []  # a short paragraph beside them: short lines are the writer's style
    if form == QUOTED and any(mark in line.text for line in others for mark in QUOTE_MARKS):
        return []  # the paragraphs quote people: a quoted line is speech on a line of its own
    sizes = sorted(len(line.text) for line in others)
    typical = sizes[len(sizes) // 2]
    # (the rhythm to the end shows the pattern: the contrast asked is LONG_RATIO's, as where
    # quoted heads show it)
    if not all(stands_as_a_head(items, k, typical) for k in found):
        return []
    if form == QUESTION and not asked_as_heads(items, found):
        return []
    return found


def stands_as_a_head(items: list[Item], k: int, typical: float) -> bool:
    """True when line k follows a sentence's end and is LONG_RATIO times shorter than the
    typical paragraph and than the paragraph it introduces."""
    before, after, size = items[k - 1], items[k + 1], len(items[k].text)
    if not (isinstance(before, Line) and isinstance(after, Line)):
        return False
    if before.text[-1] not in SENTENCE_ENDS or size * LONG_RATIO > typical:
        return False
    return len(after.text) >= LONG_RATIO * size


def asked_as_heads(items: list[Item], found: list[int]) -> bool:
    """True when questions `found` head sections, not turns of the running text: one asks in
    full ('Why did prices rise?'), one is of a head's size or all are a reader's, in the first
    person, and no section replies ('Because ...') or answers in the first person ('I never
    did.')."""
    if not any(asks_in_full(items[k].text) for k in found):
        return False
    # long questions alone are a feature's, asked in its running text, unless a reader asks
    # them: 'Can my landlord evict me for complaining about the damp?'
    texts = [items[k].text for k in found]
    if not any(len(text.split()) <= MAX_WORDS for text in texts):
        if not all(speaks_in_first_person(text) for text in texts):
            return False
    answers = [items[k + 1].text for k in found]
    return not any(
        opens_as_an_answer(Line(text, alone=True)) or speaks_in_first_person(text)
        for text in answers
    )


def questions_among_punchy_lines(
    items: list[Item], alone: list[int], flags: list[bool]
) -> list[int]:
    """The question heads, COMPANY of them at most and the document's only heads, none a
    reader's (in the first person), beside a short statement standing alone between two longer
    paragraphs, no answer to one of them: the short lines are the writer's style, the
    questions rhetorical ('Why would anyone stay?' / text / 'Few did.' / text / 'Who could
    blame them?' / text)."""
    heads = [k for k in alone if flags[k]]
    if not heads or len(heads) > COMPANY or not all(is_question_line(items[k]) for k in heads):
        return []  # (most documents: heads of another form, or a FAQ's many questions)
    if any(speaks_in_first_person(items[k].text) for k in heads):
        return []  # a reader's question ('Is my dog too old?'): a column's, no writer's aside
    longest = max(len(items[k].text) for k in heads)
    asked = set(heads)
    for k in alone:
        if flags[k] or k - 1 in asked or not 0 < k < len(items) - 1:
            continue
        text = items[k].text
        if len(text) > longest or text[-1] not in ".!":
            continue
        before, after = items[k - 1], items[k + 1]
        if isinstance(before, Line) and isinstance(after, Line):
            if min(len(before.text), len(after.text)) > len(text):
                return heads
    return []
