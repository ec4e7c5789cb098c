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

import re
from collections.abc import Callable
from typing import Final

from api.parser.heading_answers import AUXILIARIES, ECHO_LETTERS, FAQ_SHARE, reply_to
from api.parser.heading_follow_ups import points_at_answer, stem
from api.parser.heading_leads import section_lines
from api.parser.heading_limits import LONG_RATIO, QUOTED_OPENERS
from api.parser.heading_lone_questions import (
    WORD,
    asks_yes_or_no,
    is_bare_question,
    opens_as_reply,
)
from api.parser.heading_places import QUOTED
from api.parser.heading_posts import stamped_at
from api.parser.heading_questions import is_question_line, is_stated_question, question_heads
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
    SIBLING_HEADS,
    after_a_break,
    answers_a_question,
    in_a_list,
    is_headline_styled,
    is_long_clause,
    is_sentence_form,
    is_short_statement,
    opens_a_section,
    text_length,
)
from api.parser.layout import Item, Line, Picture
from api.parser.line_shapes import is_question
from api.parser.sentences import SENTENCE_ENDS

# Items a head follows at least: the first paragraph and the line under it are the lead's, a
# punchy line there the writer's ('WINDHOEK — The first sign ...' / 'It rained.').
LEAD_LINES: Final = 2
SECTION_LINES: Final = 2  # lines of text (a list counts as one) under a head before the next
SECTION_TEXT: Final = 3.0  # a section's text this many times its head's length at least
REPLY_LINES: Final = 2  # 'Was it over?' / 'Their fans thought so.' / picture: an answer, no section
# Beside heads of other forms, a question answered by one line is the text's: 'Why?' / 'Cash.'
LONE_REPLY_LINES: Final = 1
# Statement heads that make a series beside heads of other forms: one is the writer's line.
SERIES_BESIDE: Final = 2
QUOTE_CLOSERS: Final = frozenset("\"”’'»›")  # a quotation closing a line: '“We felt it.”'
QUOTE_MARKS: Final = QUOTED_OPENERS | QUOTE_CLOSERS
# An apostrophe between two letters: `the men's race`, `didn’t`; no quotation mark.
WORD_APOSTROPHE: Final = re.compile(r"(?<=[^\W\d_])['’](?=[^\W\d_])")


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
        return not is_long_clause(after.text)  # 'Why the plan depends on ...': a long head's
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


def series_members(
    items: list[Item],
    found: list[int],
    standing: frozenset[int] = frozenset(),
    closing: bool = False,
) -> list[int]:
    """The candidates `found` that open a section holding text (section_holds_text), dropped
    from the last up so that a dropped line's text joins the section above: 'The pool filled.'
    / text / 'Then they scored. They won.' / text / 'Nobody saw it.' / text (not 'Then they
    scored.' right over another candidate); a line under a break's candidate's one paragraph
    is its punchy line (punchy_under); with `closing` (the series standing without it), the
    last may head the closing paragraph alone (closes_the_page)."""
    # (a question head's answer is its section: the line under its one paragraph is no punchy
    # line of it, '“I moved. Can I vote?”' / 'No. ...' / 'The count is not the end.')
    chosen = frozenset(k for k in found if k not in standing or not is_question_line(items[k]))
    kept = [k for k in found if k in standing or not punchy_under(items, chosen, k)]
    end = len(items)
    for i in range(len(kept) - 1, -1, -1):
        k = kept[i]
        if k not in standing and not section_holds_text(items, k, end):
            if not (closing and closes_the_page(items, k, end)):
                del kept[i]
                continue
        end = k
    return kept


def vouched_members(
    items: list[Item], found: list[int], least: int, standing: frozenset[int] = frozenset()
) -> list[int]:
    """series_members, the last candidate heading the closing paragraph alone where `least`
    candidates make the series without it: the series vouches for its last head ('Three years
    is a long wait. It starts tonight.' / 106 characters / end), not one line alone over the
    page's last paragraph ('Bidders thought otherwise.' / 'The next sale is in May.')."""
    kept = series_members(items, found, standing)
    if len([k for k in kept if k not in standing and is_statement(items[k].text)]) < least:
        return kept
    return series_members(items, found, standing, closing=True)


def punchy_under(items: list[Item], found: frozenset[int], k: int) -> bool:
    """True for candidate k right under the one paragraph of a candidate after a break, k
    itself after none: picture / 'Then came the bull. He is called Zeus.' / text / 'He cried.
    So did the breeder.' / 'The places:' / list -> the second, the first's punchy line."""
    if k - 2 not in found or not isinstance(items[k - 1], Line):
        return False
    return after_a_break(items, k - 2) and not after_a_break(items, k)


def closes_the_page(items: list[Item], k: int, end: int) -> bool:
    """True when line k's section runs to the page's end and holds one paragraph ending a
    sentence, LONG_RATIO times its head's measure: 'Three years is a long wait. It starts
    tonight.' / 106 characters / picture (not a line over a shorter closing one, nor over a
    closing quotation, the kicker it sets up)."""
    if end != len(items):
        return False
    closing = ""
    for item in items[k + 1 :]:
        if isinstance(item, Picture):
            continue
        if closing or not isinstance(item, Line):
            return False  # (a second text item: stops at once, a bounded look)
        closing = item.text
    if closing[:1] in QUOTED_OPENERS:
        return False  # '"Eleven minutes," she said ...': the kicker the line sets up
    measure = head_measure(items[k].text)
    return closing[-1:] in SENTENCE_ENDS and len(closing) >= LONG_RATIO * measure


def series_heads(items: list[Item], alone: list[int], flags: list[bool]) -> list[int]:
    """The statement lines that are a page's only heads by their series: SENTENCE_SIBLINGS or
    more (series_members), most over a paragraph LONG_RATIO times longer, of lengths within
    HEAD_SPREAD, over sections of even length: text / 'The shop was never about groceries.' /
    text / 'Rents rose. Stalls left.' / text / 'Nobody planned it.' / text (not where heads
    stand, nor a column's punchy lines, each over one paragraph)."""
    found = [k for k in alone if series_candidate(items, k)]
    members = vouched_members(items, found, SENTENCE_SIBLINGS)
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
    if not evenly_spaced(items, members):
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


def evenly_spaced(items: list[Item], starts: list[int]) -> bool:
    """True when the sections the `starts` open are even, the widest EVEN_SPACING times the
    typical one at most: [240, 310, 280] (not [90, 900, 300])."""
    sizes = [size for size, _ in sections(items, starts)]
    return max(sizes) <= EVEN_SPACING * typical_size(sizes)


def series_beside_heads(
    items: list[Item], alone: list[int], flags: list[bool]
) -> tuple[list[int], list[int]]:
    """The statement lines (series_candidate) and whole quoted lines (quoted_candidate) that
    are heads beside heads of other forms, read with them as one series, and the lone questions
    inside its sections (lone_questions_beside, the text's): '"No gift"' / text / 'The wind
    died. So did the hopes.' / text / 'Why?' / 'Calm.' / 'Why the old boats still win' / text
    -> the lines, each over a section holding text (openers_beside), SENTENCE_SIBLINGS heads
    or more with those standing (SIBLING_HEADS of them, or SENTENCE_SIBLINGS lines found),
    shorter than the page's typical line, each over a paragraph LONG_RATIO times longer, of
    lengths within HEAD_SPREAD of the statement heads standing, over sections of even length;
    the heads standing all sentences of their own form (quoted, long, questions, statements:
    not labels). Where no line is found, the lone questions are the text's when SERIES_BESIDE
    statement heads stand. Not a column's punchy lines, each over one line, nor such a line
    where no head stands (series_heads reads those pages)."""
    standing = [k for k in alone if flags[k] and k >= LEAD_LINES]
    if not standing or not heads_of_a_series(items, standing):
        return [], []  # labels, or no head beside them: heading_rhythm reads those pages
    found = [k for k in alone if not flags[k] and beside_candidate(items, k)]
    found = [k for k in found if stands_over_text(items, k)]  # 'Nobody slept.' / 'Why?': text
    if found and posts_under_stamps(items, standing):
        found = [k for k in found if stamped_at(items, k)]  # '“Not yet.”' inside a post: text
    stated = [k for k in standing if is_statement(items[k].text)]
    if not found and len(stated) < SERIES_BESIDE:
        return [], []  # (most documents: no statement line, or one, the writer's)
    bounds = sorted(found + [k for k in standing if not is_question_line(items[k])])
    asked = lone_questions_beside(items, flags, bounds)
    heads = [k for k in standing if k not in asked]
    kept = openers_beside(items, found, heads)
    if len(kept) + len(heads) < SENTENCE_SIBLINGS:
        return [], []
    if len(heads) < SIBLING_HEADS and len(kept) < SENTENCE_SIBLINGS:
        return [], []  # one head alone makes no pattern to join, but a series of its own
    if not (kept or len(stated) >= SERIES_BESIDE):
        return [], []
    if kept and not shorter_than_typical(items, kept):
        return [], []
    # the statements' spread, not the questions': a FAQ asks 'Who is standing?' beside a
    # 53-character question, and its one statement head stands among them whatever their lengths
    statements = [len(items[k].text) for k in kept + heads if is_statement_form(items[k].text)]
    if statements and max(statements) > HEAD_SPREAD * min(statements):
        return [], []
    if len([k for k in kept if is_statement(items[k].text)]) + len(stated) >= SERIES_BESIDE:
        kept = sorted(kept + long_heads_beside(items, alone, flags, sorted(kept + heads)))
    if not evenly_spaced(items, sorted(kept + heads)):
        return [], []
    return kept, asked


def posts_under_stamps(items: list[Item], standing: list[int]) -> bool:
    """True when the heads standing, SIBLING_HEADS or more, each stand right under a clock
    line, a live page's post heads ('14:10' / 'The bridge shut.' / text / '13:25' / '“We
    wait”' / text): a line inside a post, no clock line over it, joins no series of theirs
    ('... the mayor told us.' / '“Not today.”' / text, a quotation in the post's text). Not
    a page whose heads stand under no clock line, nor one with a head of its own between
    posts."""
    return len(standing) >= SIBLING_HEADS and all(stamped_at(items, k) for k in standing)


def long_heads_beside(
    items: list[Item], alone: list[int], flags: list[bool], members: list[int]
) -> list[int]:
    """The long clauses without a stop (is_long_clause) inside a statement series, each after
    a section's end and over a paragraph ending a sentence, the sections above and below it
    holding SECTION_LINES lines: 'Then the children grew up. They send less.' / text / text /
    'Why the plan depends on the seasonal work schemes of two other countries' / text / text
    (not such a line right under a head, nor over a list)."""
    found: list[int] = []
    for k in alone:
        if flags[k] or k in members or k < LEAD_LINES or k + 1 >= len(items):
            continue
        after = items[k + 1]
        if not (is_long_clause(items[k].text) and opens_a_section(items, k)):
            continue
        if not (isinstance(after, Line) and after.text[-1:] in SENTENCE_ENDS):
            continue
        above = max((j for j in members if j < k), default=-1)
        below = min((j for j in members if j > k), default=len(items))
        if above < 0:
            continue  # before the series: the lead's long line
        lines_above = section_lines(items, above + 1, k)
        if min(lines_above, section_lines(items, k + 1, below)) >= SECTION_LINES:
            found.append(k)
    return found


def is_statement(text: str) -> bool:
    """True for a statement head, one or two sentences ending in '.': 'The vote is in March.'
    (not '“The kiln decides”', nor 'Why show them?')."""
    return text[:1] not in QUOTED_OPENERS and is_statement_form(text)


def is_whole_quotation(text: str) -> bool:
    """True for one quotation of one or two short statements and nothing else: '“We felt the
    crowd. Not the legs.”' (not '"We won," she said. "Again."', nor '“Why?”')."""
    if text[:1] not in QUOTED_OPENERS or text[-1:] not in QUOTE_CLOSERS:
        return False
    inner = text[1:-1]
    if quotes_inside(inner):
        return False
    return is_short_statement(inner)


def quotes_inside(text: str) -> bool:
    """True for a quotation mark in `text` but an apostrophe inside a word: '"We won," she
    said' (not `the men's race`, `didn’t`)."""
    unquoted = WORD_APOSTROPHE.sub("", text)
    return any(mark in unquoted for mark in QUOTE_MARKS)


def beside_candidate(items: list[Item], k: int) -> bool:
    """True for line k a statement series' candidate (series_candidate) or a whole quoted line
    of one or two sentences in its place (quoted_candidate)."""
    return series_candidate(items, k) or quoted_candidate(items, k)


def quoted_candidate(
    items: list[Item], k: int, quotation: Callable[[str], bool] = is_whole_quotation
) -> bool:
    """True for line k one quotation of one or two short sentences and nothing else (or of
    the form `quotation` reads), past the lead, after a section's end, over a longer paragraph
    and no reply to a question: '“We felt the crowd. Not the legs.”' / text (not '"We won,"
    she said.', nor a quotation over a shorter line)."""
    item = items[k]
    if not (isinstance(item, Line) and item.alone) or k < LEAD_LINES or k + 1 >= len(items):
        return False
    if not quotation(item.text):
        return False  # '"We won," she said. "Again."': a quotation inside the running text
    if not (opens_a_section(items, k) and over_its_text(items, k)):
        return False
    return not answers_a_question(items, k)


def head_of_a_series(text: str) -> bool:
    """True for a head a statement series stands beside: a sentence of its own form (quoted,
    a long clause, a question) or a statement head ('Paro is busy again.'); not a label
    ('Results') nor a headline in capitals."""
    return (is_sentence_form(text) or sentence_form(text)) and not is_headline_styled(text)


def heads_of_a_series(items: list[Item], standing: list[int]) -> bool:
    """True when the heads standing are sentences of a series' forms (head_of_a_series) but
    the last, a closing label, fewer than the sentences, not in capitals: '"The falls"' / ...
    / 'Is the food good?' / ... / 'The verdict' (a review's closing box), not a page of labels
    ('Results', 'Fixtures'), nor a label among the sentences ('Final table' / ... / '"I never
    expected to win"'), a page heading_rhythm reads."""
    labels = [k for k in standing if not head_of_a_series(items[k].text)]
    if not labels:
        return True
    if labels != standing[-1:] or 2 * len(labels) >= len(standing):
        return False  # a label inside the series: 'Final table' / text / '"I never ..."'
    return not is_headline_styled(items[labels[0]].text)


def openers_beside(items: list[Item], found: list[int], heads: list[int]) -> list[int]:
    """The candidates `found` that open a section holding text (section_holds_text) up to the
    next head or kept candidate, dropped from the last up, the heads standing kept: 'It
    worked.' right over a head is the text's punchy line."""
    standing = frozenset(heads)
    kept = vouched_members(items, sorted(found + heads), SERIES_BESIDE, standing)
    return [k for k in kept if k not in standing]


def shorter_than_typical(items: list[Item], kept: list[int]) -> bool:
    """True when every line `kept` is shorter than the page's typical line (the median of the
    others): 'The tax was meant to keep the nuts at home.' among paragraphs of 100 characters
    (not a story of one-sentence paragraphs as long as it)."""
    chosen = set(kept)
    lines = [(k, item) for k, item in enumerate(items) if isinstance(item, Line)]
    others = [len(item.text) for k, item in lines if k not in chosen]
    return bool(others) and all(len(items[k].text) < typical_size(others) for k in kept)


def lone_questions_beside(items: list[Item], flags: list[bool], bounds: list[int]) -> list[int]:
    """The flagged questions after the first of `bounds`, each answered by the one line under
    it before the next bound, flagged question kept, picture or list, walked from the last up
    so that a lone question counts as text in the section of the one above: 'Why did the
    others close?' / 'Mostly for lack of nuts.' / 'The farmers sided with the traders.' ->
    the question, or by REPLY_LINES lines right under a head's first paragraph (under_a_first_line)
    or a question's one line (under_a_question), a pair read as one (heads_the_pair)
    (not 'Is it for everyone?' / 'Not quite. ...' / 'But it is brave.', a section of two
    lines after a section of its own, nor a question over a section of its own)."""
    if not bounds:
        return []
    asked: list[int] = []
    ends = set(bounds)
    statements = frozenset(bounds)
    if is_a_faq(items, flags, bounds):
        return faq_asides(items, flags, statements)
    quoted = quoted_heads(items, flags)
    for k in range(len(items) - 1, bounds[0], -1):
        if not flags[k] or k in ends or not is_question_line(items[k]):
            continue
        if in_the_pages_quotes(items, quoted, k):
            ends.add(k)  # '“Who moved it?”' / text / '“Is it worth it?”' / 'That was ...'
            continue
        if reply_to(items, flags, k) is None:
            ends.add(k)
            continue
        if asked and asked[-1] == k + 2 and under_a_question(items, flags, k + 2):
            if heads_the_pair(items, flags, statements, k):
                ends.add(k)  # 'Is it quick?' / 'Not quite.' / 'Does it matter?' / 'It did.'
            else:
                asked.append(k)
            continue
        end = k + 1
        while end < len(items) and isinstance(items[end], Line) and end not in ends:
            end += 1
        lines = end - k - 1
        if lines <= LONE_REPLY_LINES or (
            lines <= REPLY_LINES
            and (under_a_first_line(items, k, ends) or under_a_question(items, flags, k))
        ):
            asked.append(k)
        else:
            ends.add(k)  # a question head: the lines under it are its section
    return sorted(asked)


# Quoted heads standing at least that make a page's quotations its own form of head: one alone
# may be any quotation the page set apart ('“Who moved the chairs?”' and '“Is this still worth
# doing?”').
QUOTED_COMPANY: Final = 2


def quoted_heads(items: list[Item], flags: list[bool]) -> int:
    """How many flagged lines are whole quotations: '“Who moved the chairs?”' counts one."""
    return len([k for k, flag in enumerate(flags) if flag and QUOTED.match(items[k].text)])


def in_the_pages_quotes(items: list[Item], quoted: int, k: int) -> bool:
    """True for question k a whole quotation on a page whose other heads stand in quotation
    marks too (`quoted`, quoted_heads): the page's own form of head, set apart as its heads
    are, not a question asked in passing: '“Who moved the chairs?”' / text / '“Is this still
    worth doing?”' / 'That was the question ...' (not 'Was it deliberate?', bare, nor a quoted
    question on a page of no other quoted head)."""
    return quoted >= QUOTED_COMPANY and QUOTED.match(items[k].text) is not None


def is_a_faq(items: list[Item], flags: list[bool], bounds: list[int]) -> bool:
    """True when the page's question heads are FAQ_SHARE times its statement heads (`bounds`)
    or more: a FAQ of questions, one statement among them ('Who votes?' / text / 'Is it free?'
    / text / 'Can I vote by post?' / text / 'The count is not the end.' / text)."""
    return len(question_heads(items, flags)) >= FAQ_SHARE * len(bounds)


def faq_asides(items: list[Item], flags: list[bool], bounds: frozenset[int]) -> list[int]:
    """A FAQ's flagged questions asking yes or no (asks_yes_or_no: 'Who pays?' asks afresh)
    inside an answer (inside_an_answer), answered by LONE_REPLY_LINES lines before the next
    head, statement (`bounds`), picture or list, walked
    from the top so that a question under an aside's reply is judged beside its real head:
    'Who votes?' / text / 'Does that include X?' / 'It does.' / 'Is it free?' / 'Yes.' -> the
    second. Asides are a FAQ's exceptions: where they would be half its questions, a page of
    one-line answers, none is taken."""
    questions = question_heads(items, flags)
    asked: list[int] = []
    for k in questions:
        text = items[k].text
        if k < 2 or is_stated_question(text) or not asks_yes_or_no(text):
            continue  # a reader's situation and question, or 'Who pays?', the FAQ's own head
        reply = reply_to(items, flags, k)
        if reply is None or not inside_an_answer(items, flags, k, bounds, asked):
            continue
        # under a statement head's first paragraph or after an answer's list the place says
        # 'inside'; under a question's one paragraph the question leans on it too
        if not (k - 2 in bounds or after_a_break(items, k)):
            if not asks_on_the_answer(items, k, reply.text):
                continue
        end = k + 1
        while end < len(items) and isinstance(items[end], Line):
            if (flags[end] and end not in asked) or end in bounds:
                break
            end += 1
        if end - k - 1 <= LONE_REPLY_LINES:
            asked.append(k)
    return [] if 2 * len(asked) >= len(questions) else asked


# A question's closing word that asks after what was just told: 'Will it happen again?'.
ASKED_AGAIN: Final = "again"


def asks_on_the_answer(items: list[Item], k: int, reply: str) -> bool:
    """True for question k asking on about the answer above it, its head's line to k: pointing
    at it ('Does that include X?', points_at_answer), naming a word of it ('Can the
    commission go faster?' under '... the electoral commission ...', echoes_a_word), asking
    after it again ('Will it happen again?'), or answered by a line opening as a reply ('Do
    you have to X?' / 'No. ...', opens_as_reply); not 'Can the count be challenged?' /
    'Candidates can ask for a recount ...' under an answer naming no count."""
    question = items[k].text
    words = WORD.findall(question.lower())
    if points_at_answer(question) or (words and words[-1] == ASKED_AGAIN):
        return True
    if opens_as_reply(question, reply):
        return True
    j = k - 1  # (back over the answer's lines to its head: a bounded walk of one section)
    while j > 0 and isinstance(items[j - 1], Line) and not is_question_line(items[j]):
        j -= 1
    above = " ".join(item.text for item in items[j:k] if isinstance(item, Line))
    return echoes_a_word(words, above)


def echoes_a_word(words: list[str], text: str) -> bool:
    """True when a word of the question's (lower-case `words`) of ECHO_LETTERS letters or more,
    no auxiliary, is one of `text`'s, a plural's 's' aside: ['can', 'the', 'commission', 'go',
    'faster'] in '... the electoral commission ...' (not ['can', 'the', 'count', 'be',
    'challenged'] in 'Five parties ...')."""
    named = {stem(word) for word in words if len(word) >= ECHO_LETTERS and word not in AUXILIARIES}
    return bool(named.intersection(stem(word) for word in WORD.findall(text.lower())))


def inside_an_answer(
    items: list[Item], flags: list[bool], k: int, bounds: frozenset[int], asked: list[int]
) -> bool:
    """True for question k of a FAQ right under a head's first paragraph, a statement's
    (`bounds`) or a question's not `asked` aside, or right after an answer's list: 'Who
    votes?' / text / 'Does that include X?', 'What do I bring?' / 'One of:' / list / 'Can I
    use X?' (not 'Is it free?' under an aside's reply, nor after an answer's second paragraph
    or a picture)."""
    if isinstance(items[k - 1], Picture):
        return False
    if after_a_break(items, k):
        return True  # the answer's list above it
    return k - 2 in bounds or (under_a_question(items, flags, k) and k - 2 not in asked)


def under_a_first_line(items: list[Item], k: int, bounds: set[int]) -> bool:
    """True for line k right under the first paragraph of a head or candidate in `bounds`: 'Not
    every island wanted them.' / one paragraph / 'Why would one say no?' (a head there would
    leave the section above one paragraph: the question goes on from it)."""
    return k - 2 in bounds and isinstance(items[k - 1], Line)


def under_a_question(items: list[Item], flags: list[bool], k: int) -> bool:
    """True for line k right under a question head's one paragraph: 'Is the service ready?' /
    'Not quite. ...' / k (not under a reader's quoted question: '"Should I divide them?"' /
    answer / 'Is it too late to plant garlic?', the next letter)."""
    if k < 2 or flags[k - 1] or not flags[k - 2] or not is_bare_question(items[k - 2]):
        return False
    if QUOTED.match(items[k - 2].text):
        return False
    return isinstance(items[k - 1], Line)


def heads_the_pair(
    items: list[Item], flags: list[bool], statements: frozenset[int], k: int
) -> bool:
    """True for question k, over one line and a follow-up question answered at once, heading
    the pair's section where it opens one (after a picture, list or head): picture / 'Is the
    service quick?' / 'Not quite.' / 'Does it matter?' / 'It did.'; not inside a statement
    head's text, where both questions are the text's: 'The dam leaked.' / text / 'Was it
    safe?' / 'No.' / 'Is it now?' / 'Barely.'. Walks back over the text above k only."""
    j = k - 1
    while j >= 0 and isinstance(items[j], Line) and not flags[j] and j not in statements:
        j -= 1
    return not (j in statements and j < k - 1)


def is_statement_form(text: str) -> bool:
    """True for a head that is a sentence stated, not asked (sentence_form, no question):
    'The count is not the last word.' (not 'Who is standing?')."""
    return not is_question(text) and sentence_form(text)
