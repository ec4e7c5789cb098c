"""Numbered label heads: an explainer's run of 'Label N:' lines, one word and a number before a
colon, numbered from one in order, each over its own text, heads its sections whatever follows
the colon (quoted, a question, a plain clause): 'Myth 1: "Hats keep you warm"' / text /
'Myth 2: Wet hair gives you a cold' / text / 'Myth 3: ...', as 'Step N:' and 'Tip N:' do.

A transcript's numbered speakers ('Caller 1: Why now?' / 'Caller 2: ...') repeat or skip their
numbers, data fields ('Day 1: 12 km') hold a figure, and a packed list's items stand right under
one another: none of them is such a run.

A countdown is such a run read the other way, its label maybe abbreviated: 'No. 5: ...' / text /
'No. 4: ...' / text ... 'No. 1: ...', down to one.
"""

from __future__ import annotations

import re
from typing import Final

from api.parser.heading_limits import LONG_CHARS, LONG_WORDS
from api.parser.heading_sentences import PAIRED_WORDS, SECOND_SENTENCE
from api.parser.layout import Item, Line

# 'Myth 3: Feed a cold' -> ('Myth', '3', 'Feed a cold'): one capitalised word, a number, ': '
NUMBERED_LABEL: Final = re.compile(r"^([A-Z][a-z]{1,15}) (\d{1,2}): (\S.*)$")
# The same with the label's word maybe abbreviated, as a countdown's is: 'No. 3: Crab' -> ('No.',
# '3', 'Crab'); the run readers of this module read it, NUMBERED_LABEL's other readers do not.
RUN_LABEL: Final = re.compile(r"^([A-Z][a-z]{1,15}\.?) (\d{1,2}): (\S.*)$")
LABEL_RUN_MIN: Final = 3  # 'Myth 1', 'Myth 2', 'Myth 3': three make a run, two may be chance
STOPPED_SHARE: Final = 3  # a run's lines per line ending in '.', more than: a few are stopped
# a field's value opens on a figure ('Day 2: 14 km', 'Stage 3: 4h 12m'): data, no head's text
FIGURE_FIRST: Final = re.compile(r"^[\d£$€₹¥]")
# the lines under a label read for its text, a details line and the paragraph after it at least
SECTION_LOOK: Final = 3


def numbered_label(text: str) -> tuple[str, int] | None:
    """The label and number of a head-shaped 'Label N: ...' line: 'Tip 2: Start early' ->
    ('Tip', 2); None for a sentence ('Juror 4: I agree.'), a figure ('Day 1: 12 km') or a long
    line."""
    match = RUN_LABEL.match(text)
    if match is None or len(text) > LONG_CHARS or len(text.split()) > LONG_WORDS:
        return None
    rest = match[3]
    if rest[-1] == "." or FIGURE_FIRST.match(rest):
        return None
    return match[1], int(match[2])


def stopped_label(text: str) -> tuple[str, int] | None:
    """The label and number of a 'Label N: ...' line of one sentence or two short ones ending
    in '.', a head in a run of its unstopped siblings: 'Step 2: Upload the documents.', 'Step
    4: Print nothing. Show your passport.' -> ('Step', 2), ('Step', 4); None for three or a
    question inside. A transcript's 'Caller 2: I agree. So does my wife.' makes no run: its
    numbers come back ('Caller 1' again), and its turns are mostly stopped (STOPPED_SHARE)."""
    if text[-1:] != "." or len(text) > LONG_CHARS or "? " in text or "! " in text:
        return None
    if SECOND_SENTENCE.search(text) and not two_short_sentences(text):
        return None
    return numbered_label(first_sentence(text[:-1]))


def first_sentence(text: str) -> str:
    """A 'Label N: ...' line's first sentence, an abbreviated label's period none: 'No. 2: Nems.
    Every family has one' -> 'No. 2: Nems'; 'Step 4: Print nothing. Show it' -> 'Step 4: Print
    nothing'."""
    found = SECOND_SENTENCE.search(text)
    return text[: found.start()] if found else text


def long_label(text: str) -> tuple[str, int] | None:
    """The label and number of a 'Label N: ...' line past the long-head bound, one clause
    without a stop: 'Step 2: Get the jab and the chip, in that order and a month apart from the
    blood test that comes next' -> ('Step', 2); None for a line ending in a mark, of a sentence
    and more, or opening on a figure."""
    match = RUN_LABEL.match(text)
    if match is None or not text[-1:].isalnum() or SECOND_SENTENCE.search(text):
        return None
    return None if FIGURE_FIRST.match(match[3]) else (match[1], int(match[2]))


def two_short_sentences(text: str) -> bool:
    """True for a line of two sentences of PAIRED_WORDS words in all, a head's two beats:
    'Step 4: Print nothing. Show your passport.' (not 'A. B. C.', nor a long second)."""
    return len(text.split()) <= PAIRED_WORDS and len(SECOND_SENTENCE.findall(text)) == 1


def over_its_text(items: list[Item], k: int) -> bool:
    """True when line k stands between two items that are not numbered labels and the line
    under it is a longer text line: 'Tip 1: Rest' / 'Sleep is when ...' (a packed list's
    'Tip 1: Rest' / 'Tip 2: Eat' is none)."""
    if k + 1 >= len(items):
        return False
    after, before = items[k + 1], items[k - 1] if k > 0 else None
    if not isinstance(after, Line) or numbered_label(after.text) is not None:
        return False
    if isinstance(before, Line) and numbered_label(before.text) is not None:
        return False
    return len(after.text) > len(items[k].text) or over_details(items, k)


def over_details(items: list[Item], k: int) -> bool:
    """True when a short line right under line k, a details line, has text under it that with
    it outweighs the line, up to the next label, picture or SECTION_LOOK lines: 'No. 6: Cardinal
    Point - a compass and a map' / 'PC; £34.99' / 'No markers, no minimap ...' (not 'Day 1:
    Paris to Lyon' / '12 km' / 'Day 2: ...', whose section is the short line alone)."""
    size = 0
    for j in range(k + 1, min(len(items), k + 1 + SECTION_LOOK)):
        after = items[j]
        if not isinstance(after, Line) or numbered_label(after.text) is not None:
            break
        size += len(after.text)
    return size > len(items[k].text)


def over_run_text(items: list[Item], k: int, length: int) -> bool:
    """True when line k stands over its text (over_its_text), or, a run of LABEL_RUN_MIN lines
    read before it, over any text line that no numbered label is, even a shorter one: the run
    vouches for the form ... 'No. 1: <a 20-word title>' / 'It was never close.' / text."""
    if over_its_text(items, k):
        return True
    if length < LABEL_RUN_MIN or k + 1 >= len(items):
        return False
    after, before = items[k + 1], items[k - 1]
    if not isinstance(after, Line) or numbered_label(after.text) is not None:
        return False
    return not (isinstance(before, Line) and numbered_label(before.text) is not None)


def continues_run(found: tuple[str, int], label: str, length: int, first: int = 1) -> bool:
    """True when a label and its number are the next of a run of `length` lines under `label`
    (any label for the first): ('Step', 2) after 'Step 1: ...'; a countdown's from `first`
    down: ('No.', 4) after 'No. 5: ...'."""
    word, number = found
    return number == next_number(first, length) and (not label or word == label)


def next_number(first: int, length: int) -> int:
    """The number a run's next line bears after `length` lines, the first numbered `first`: a
    run from one counts up ('Step 3' after two), a countdown down to one ('No. 4' after 'No. 6',
    'No. 5'); the first line's own number when none is read yet."""
    if length == 0:
        return first
    return length + 1 if first == 1 else first - length


def counts_down_to_one(first: int, length: int) -> bool:
    """True for a countdown read whole, LABEL_RUN_MIN lines or more down to one: 'No. 7' ...
    'No. 1' (not 'Day 9', 'Day 8', 'Day 7', the days left of a longer count)."""
    return first > 1 and first - length + 1 == 1


def numbered_label_heads(items: list[Item], alone: list[int]) -> list[int]:
    """The lines of the document's one run of 'Label N:' lines numbered 1, 2, 3 ... in order,
    LABEL_RUN_MIN at least, each over its text (over_its_text): 'Myth 1: ...' / text / 'Myth 2:
    ...' / text / 'Myth 3: ...'. A label met again out of order (a transcript's 'Caller 1',
    'Caller 2', 'Caller 1') or beside another label's run makes no run at all."""
    run: list[int] = []
    label = ""
    first = 1  # the run's first number: 1 counting up, its length counting down
    # the lines ending in '.', and those with the long ones: members the others vouch for
    stopped = loose = 0
    # (NUMBERED_LABEL wants ': ', which most lines lack: they are passed over without a call)
    for k in [j for j in alone if ": " in items[j].text]:
        found = numbered_label(items[k].text)
        if found is None:
            # a line ending in '.', or past the long-head bound, counts only as the run's next
            # number: 'Step 2: Upload it.', 'Step 3: <a 25-word clause>'
            text = items[k].text
            found = stopped_label(text)
            long = None if found else long_label(text)
            found = found or long
            if found is None or not continues_run(found, label, len(run), first):
                continue
            if not over_run_text(items, k, len(run)):
                continue
            stopped += 1 if long is None else 0
            loose += 1
        word, number = found
        if label and word != label:
            return []  # two labels numbered: fields or speakers, no one run of heads
        label = word
        if not run and number >= LABEL_RUN_MIN:
            first = number  # a countdown's first line: 'No. 7: ...'
        if number != next_number(first, len(run)) or not over_run_text(items, k, len(run)):
            return []
        run.append(k)
    if first > 1 and not counts_down_to_one(first, len(run)):
        return []
    # a run of heads, a sentence's stop on a few of them; a transcript's turns are sentences
    # ('Caller 1: I want to ask about the bins.' / reply / 'Caller 2: ...')
    if len(run) - loose < LABEL_RUN_MIN or stopped * STOPPED_SHARE >= len(run):
        return []
    return run
