"""One reader's rule for sentence heads where no head of another form stands: a series of short
statements, each opening a section of several paragraphs at an even interval, is the page's
heads, judged on the document as a whole (heading_rhythm needs surer heads or a page of long
paragraphs only; this rule reads the series itself).

A line is a candidate (series_candidate) when it stands alone after a sentence's end, a
picture or a list, past the lead (LEAD_LINES), is a statement in a head's sentence form
(heading_rhythm.sentence_form, ending in '.'), opens on no quotation mark, under no question and
over a longer paragraph or a lead-in to a list (over_its_text), no quotation. Candidates opening
no section of their own (series_members: SECTION_LINES lines of text, SECTION_TEXT times the
head's longest sentence, head_measure) are the text's punchy lines and their text joins the
section above. The members are heads (series_heads) when they are SENTENCE_SIBLINGS or more,
most of them over a paragraph LONG_RATIO times longer (stands_over_text), of lengths within
HEAD_SPREAD, over sections of even length (EVEN_SPACING times the typical section at most), and
every head found so far is one of them: 'Nobody planned the market.' / text / 'The council
noticed late.' / text / 'Rents rose. Stalls left.' / text.
"""

from __future__ import annotations

from typing import Final

from api.parser.heading_answers import reply_to
from api.parser.heading_leads import section_lines
from api.parser.heading_limits import QUOTED_OPENERS
from api.parser.heading_questions import is_question_line
from api.parser.heading_rhythm import (
    HEAD_SPREAD,
    is_plain_head,
    sections,
    sentence_form,
    stands_over_text,
)
from api.parser.heading_sentences import is_elliptical, quoted_on
from api.parser.heading_siblings import (
    EVEN_SPACING,
    INNER_STOP,
    SENTENCE_SIBLINGS,
    answers_a_question,
    in_a_list,
    opens_a_section,
    text_length,
)
from api.parser.layout import Item, Line
from api.parser.line_shapes import is_question

# Items a head follows at least: the first paragraph and the line under it are the lead's, a
# punchy line there the writer's ('WINDHOEK — The first sign ...' / 'It rained.').
LEAD_LINES: Final = 2
SECTION_LINES: Final = 2  # lines of text (a list counts as one) under a head before the next
SECTION_TEXT: Final = 3.0  # a section's text this many times its head's length at least
REPLY_LINES: Final = 2  # 'Was it over?' / 'Their fans thought so.' / picture: an answer, no section


def series_candidate(items: list[Item], k: int) -> bool:
    """True for line k, a statement head's sentence past the lead, standing after a sentence's
    end or a picture, over a paragraph, under no question and over no quotation: text /
    'The river was never the problem.' / text (not 'Was it over?', 'It looked it.' under it,
    'It worked. Nobody knows why.' / picture, nor a line over '"We left," she said.')."""
    item = items[k]
    if not (isinstance(item, Line) and item.alone) or k < LEAD_LINES or k + 1 >= len(items):
        return False
    text = item.text
    # (the paragraph under it read ahead of the sentence's tests: all are pure and all must hold,
    # and most lines of a run of one-line paragraphs are no shorter than the next)
    if text[:1] in QUOTED_OPENERS or not over_longer_text(items, k):
        return False  # a head is followed by its section's text
    if is_question(text) or not sentence_form(text):
        return False
    if not is_plain_head(text):
        return False  # the writer's own voice, 'I kept the tin.', or two words: the text's
    if not opens_a_section(items, k) or is_elliptical(items[k + 1].text):
        return False  # a head follows no lead-in ':', and its text does not go on from it
    return not (answers_a_question(items, k) or quoted_on(items, k))


def over_its_text(items: list[Item], k: int) -> bool:
    """True for line k over a longer paragraph, or over a lead-in to a list: 'Fees rose.' /
    240 characters, 'A tank costs more than a goat.' / 'She lists it:' / items (not over a
    picture, nor over a shorter line, 'Two sued.' / 'They won.': the text's run of short
    lines)."""
    # ('Most of them did not. ...' goes on from the line: its foil)
    return over_longer_text(items, k) and not is_elliptical(items[k + 1].text)


def over_longer_text(items: list[Item], k: int) -> bool:
    """over_its_text but the elliptical test, its cheap part (lengths, no split): 'Fees
    rose.' / 240 characters, 'She lists it:' / items -> True; 'Two sued.' / 'They won.' ->
    False. series_candidate reads it first and the elliptical test last (all are pure)."""
    after = items[k + 1]
    if not isinstance(after, Line):
        return False
    if len(after.text) > len(items[k].text):
        return True
    listed = items[k + 2] if k + 2 < len(items) else None
    return after.text.endswith(":") and in_a_list(listed)


def section_holds_text(items: list[Item], k: int, end: int) -> bool:
    """True when the items under line k up to `end` hold SECTION_LINES lines of text and
    SECTION_TEXT times its characters: 'The dam leaked.' / 240 / 120 characters (not 'It
    worked.' / one paragraph, the text's punchy line)."""
    lines = section_lines(items, k + 1, end)
    size = sum(text_length(item) for item in items[k + 1 : end])
    return lines >= SECTION_LINES and size >= SECTION_TEXT * head_measure(items[k].text)


def head_measure(text: str) -> int:
    """A head's length as its section is weighed against it, its longest sentence: 'Rents
    rose. Stalls left.' -> 11 ('Then they won.' -> 14): a two-sentence head is two short
    heads' words, not one long head's, and its section need not be three times both."""
    return max(len(part) for part in INNER_STOP.split(text))


def series_members(items: list[Item], found: list[int]) -> list[int]:
    """The candidates `found` that open a section holding text (section_holds_text), dropped
    from the last up so that a dropped line's text joins the section above: 'The pool filled.'
    / text / 'Then they scored. They won.' / text / 'Nobody saw it.' / text (not 'Then they
    scored.' right over another candidate)."""
    kept = list(found)
    end = len(items)
    for i in range(len(kept) - 1, -1, -1):
        k = kept[i]
        if not section_holds_text(items, k, end):
            del kept[i]
            continue
        end = k
    return kept


def series_heads(items: list[Item], alone: list[int], flags: list[bool]) -> list[int]:
    """The statement lines that are a page's only heads by their series: SENTENCE_SIBLINGS or
    more (series_members), most over a paragraph LONG_RATIO times longer, of lengths within
    HEAD_SPREAD, over sections of even length: text / 'The shop was never about groceries.' /
    text / 'Rents rose. Stalls left.' / text / 'Nobody planned it.' / text (not where heads
    stand, nor a column's punchy lines, each over one paragraph)."""
    members = series_members(items, [k for k in alone if series_candidate(items, k)])
    if len(members) < SENTENCE_SIBLINGS:
        return []  # (most documents: one such line at most, the writer's punchy paragraph)
    asked = questions_inside(items, flags, members)
    if not completes_the_heads(members, [k for k in alone if flags[k] and k not in asked]):
        return []  # heads of other forms stand: heading_rhythm reads sentence heads beside them
    if 2 * sum(stands_over_text(items, k) for k in members) <= len(members):
        return []
    if not any(INNER_STOP.search(items[k].text) for k in members):
        return []  # no head of two sentences: one-sentence lines are punchy paragraphs as well
    lengths = [len(items[k].text) for k in members]
    if max(lengths) > HEAD_SPREAD * min(lengths):
        return []
    sizes = [size for size, _ in sections(items, members)]
    if max(sizes) > EVEN_SPACING * typical_size(sizes):
        return []
    return members


def questions_inside(items: list[Item], flags: list[bool], members: list[int]) -> list[int]:
    """The flagged questions inside the series' sections, after its first member, each answered
    by the line after it and running REPLY_LINES lines at most before the next head, a picture
    or a member: 'The first half was theirs.' / text / 'Was it over?' / 'Their fans thought
    so.' / picture -> the question's index (the reader reads the series and its questions at
    once: the question is text, not a head keeping the series out). Not a question over a
    section of its own: 'Was it over?' / three paragraphs / the next member."""
    if not members:
        return []
    inside = []
    bounds = set(members)
    for k in range(members[0] + 1, len(items)):
        if not flags[k] or k in bounds or not is_question_line(items[k]):
            continue
        if reply_to(items, flags, k) is None:
            continue
        end = k + 1
        while end < len(items) and isinstance(items[end], Line) and not flags[end]:
            if end in bounds:
                break
            end += 1  # (a picture, a list, a member or the next head closes the question's)
        if end - k - 1 <= REPLY_LINES:
            inside.append(k)
    return inside


def completes_the_heads(members: list[int], heads: list[int]) -> bool:
    """True when every head found so far is one of the series' members: the series is the
    page's heads whether an earlier rule found none of them or some ('The pilots scored
    first.' / ... / 'The wind turned. So did the match.' found, the closing 'The trophy goes
    back. They want it back.' not), and not where a head of another form stands ('Why?')."""
    return set(heads) <= set(members)


def typical_size(sizes: list[int]) -> float:
    """The median of the sections' sizes, what a section usually holds: [466, 227, 434, 151]
    -> 330.5 (one short closing section, or one short one between, leaves it a section's
    size, where a page's narrowest section would make any long one uneven)."""
    ordered = sorted(sizes)
    middle = len(ordered) // 2
    return (ordered[middle] + ordered[~middle]) / 2
