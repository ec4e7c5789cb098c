"""A numbered run is a listicle's heads, whatever its members' form: once numbers follow one
another from 1 (bare, '3)', or after one label, 'Step 3:'), each on a line of its own after a
section's end and over a paragraph, a reader takes every member for a head, of one sentence or
two, quoted, stopped or not, within a head's words ('1) Most landlords want cash. Get a receipt
anyway.' / text / '2) The contract ...' / text / '3) "Renovated" can mean anything.' / text /
...). A packed list ('Three fixes:' / '1. Oil it.' / '2. Tighten it.'), numbered paragraphs
longer than a head, a transcript's numbered turns and numbered lines over replies shorter than
them (a quiz's questions) stay text.
"""

from __future__ import annotations

import re
from typing import Final

from api.parser.heading_label_runs import (
    FIGURE_FIRST,
    NUMBERED_LABEL,
    STOPPED_SHARE,
    long_label,
    numbered_label,
    stopped_label,
)
from api.parser.heading_limits import FIELD, LONG_RATIO
from api.parser.heading_offers import closes_an_item
from api.parser.heading_siblings import (
    INNER_STOP,
    SIBLING_HEADS,
    is_short_statement,
    opens_a_section,
)
from api.parser.layout import Item, Line
from api.parser.sentences import SENTENCE_ENDS

# A list item's number, then its text: '3. Ottawa', '12) Saturn'.
ITEM_NUMBER: Final = re.compile(r"^(\d{1,2})[.)]\s+\S")
RUN_FIRST: Final = 1  # a run's first number
# or one more, the first step told in the lead: 'Register first. Then:' / 'Step 2: Pay' / ...
LATE_FIRST: Final = RUN_FIRST + 1
RUN_MIN: Final = 3  # numbers in sequence that make a run: '1)' / '2)' / '3)'
# A speaker's turn: a capitalised name or role, a word more at most, then ': ' ('Host: ...',
# 'Dr Okafor: ...'), the line under a numbered caller's turn in a transcript.
TURN: Final = re.compile(r"^[A-Z][\w.]*(?: [A-Z][\w.-]*)?: ")
RUN_HEAD_WORDS: Final = 24  # a run member's words at most: longer, a numbered paragraph
# A speaker's own words: a member holding one is a turn said, not a head ('Caller 2: My
# question is about parking.'); a guide's steps speak to the reader ('Get your form.').
FIRST_PERSON: Final = frozenset({"i", "i'm", "i've", "i'd", "me", "my", "we", "we're", "our", "us"})
WORD: Final = re.compile(r"[A-Za-z']+")
# A guide's step told as a sentence ends on one: 'Step 1: Pay the fee.', 'Step 2: Is it yours?'
STEP_STOPS: Final = frozenset({".", "?"})


def item_number(item: Item) -> int:
    """The number a text line opens with as a list's item ('3. Ottawa' -> 3), -1 for none."""
    if not isinstance(item, Line) or not item.text[:1].isdecimal():
        return -1  # (most lines open on a letter: ITEM_NUMBER's `\d` is a decimal digit)
    match = ITEM_NUMBER.match(item.text)
    return int(match[1]) if match else -1


def run_number(item: Item) -> tuple[str, int]:
    """A run member's label and number: '3) Go early' -> ('', 3), 'Step 2: Register it' ->
    ('Step', 2); ('', -1) for none, or a field's figure ('Day 2: 14 km')."""
    number = item_number(item)
    if number >= 0 or not isinstance(item, Line):
        return "", number
    match = NUMBERED_LABEL.match(item.text)
    if match is None or FIGURE_FIRST.match(match[3]):
        return "", -1
    return match[1], int(match[2])


def in_sequence(items: list[Item], alone: list[int]) -> tuple[list[int], int]:
    """The standalone lines numbered in sequence from RUN_FIRST (or LATE_FIRST) under one
    label, and the first numbered line out of it (-1 when none): '1)' / '2)' / 'Step 3:' ->
    ([1), 2)], 'Step 3:'), 'Step 2:' / 'Step 3:' -> both; the walk every numbered reader of a
    page makes."""
    run: list[int] = []
    label = ""
    first = RUN_FIRST
    for k in alone:
        name, number = run_number(items[k])
        if number < 0:
            continue  # (most lines: no number)
        if not run and number == LATE_FIRST:
            first = LATE_FIRST
        if (run and name != label) or number != len(run) + first:
            return run, k  # a number out of sequence or of another label
        label = name
        run.append(k)
    return run, -1


def numbered_lines(items: list[Item], alone: list[int]) -> list[int]:
    """The standalone lines numbered in sequence from RUN_FIRST (or LATE_FIRST) under one label, and
    the first numbered line out of it (where numbered_run_heads and numbered_series stop): '1)' /
    '2)' / '4)' -> all three, '1)' / '2)' / '3)' / '1)' / '5)' -> the first four. Read once a page,
    so that a page of unnumbered one-line paragraphs is asked for numbers once a line."""
    run, out = in_sequence(items, alone)
    return run if out < 0 else [*run, out]


def stands_as_a_member(items: list[Item], k: int) -> bool:
    """True for numbered line k on its own after a section's end (or first), over an
    unnumbered paragraph, within RUN_HEAD_WORDS words: text. / '3) "Renovated" can mean
    anything.' / text (not '1. Oil it.' under 'Three fixes:' or over '2. Tighten it.')."""
    text = items[k].text
    if k + 1 >= len(items) or len(text.split()) > RUN_HEAD_WORDS:
        return False
    if len(INNER_STOP.findall(text.split(None, 1)[-1])) > 1:  # (past '1.', itself a stop)
        return False  # three sentences: a numbered paragraph ('2) Skip it. Walk. It is new.')
    after = items[k + 1]
    if not (isinstance(after, Line) and after.alone) or run_number(after)[1] >= 0:
        return False  # a packed list's item: the next number right under it
    if TURN.match(after.text):
        return False  # 'Caller 2: Why now?' / 'Host: Because ...': a transcript's turns
    return k == 0 or (run_number(items[k - 1])[1] < 0 and opens_a_section(items, k))


def turns(items: list[Item], run: list[int]) -> bool:
    """True for labelled lines that read as speakers' turns, not heads: a member of no label
    head's shape (heading_label_runs), or most of them stopped sentences ('Caller 1: I want to
    ask about the bins.' / text / 'Caller 2: My question is about parking.' / ...)."""
    stopped = 0
    for k in run:
        text = items[k].text
        if numbered_label(text) is None and long_label(text) is None:
            if stopped_label(text) is None:
                return True  # 'Juror 2: I agree. So do I. We all do.'
            stopped += 1
    return stopped * STOPPED_SHARE >= len(run)


def numbered_run_heads(items: list[Item], alone: list[int]) -> list[int]:
    """The members of a run numbered from RUN_FIRST (or LATE_FIRST) in order, RUN_MIN or more, each
    standing as a member (stands_as_a_member), the run's text LONG_RATIO times its heads': '1) Pay
    in cash. Get a receipt.' / text / '2) Register it' / text / '3) Ask who has a key' / text -> all
    three."""
    run: list[int] = []
    for k in in_sequence(items, alone)[0]:
        if not stands_as_a_member(items, k):
            break  # the run ends at the first member out of place
        run.append(k)
    label = run_number(items[run[0]])[0] if run else ""
    if len(run) < RUN_MIN or label and turns(items, run):
        return []
    return run if over_long_text(items, run) else []


def over_long_text(items: list[Item], run: list[int]) -> bool:
    """True when the paragraphs under a run's lines are LONG_RATIO times the lines' length in
    all: '1. The lid sticks.' over a paragraph of three sentences, '2. ...' over another."""
    heads = text = 0  # (a loop, not sum() over a generator, which mypyc types as bool)
    for k in run:
        heads += len(items[k].text)
        text += len(items[k + 1].text)
    return heads * LONG_RATIO <= text


def numbered_series(items: list[Item], alone: list[int], flags: list[bool]) -> list[int]:
    """The standalone lines of the page's numbered series with its heads standing: the lines of one
    label ('Step', or bare '3)') numbered from RUN_FIRST (or LATE_FIRST) one after another, no
    number met twice, SIBLING_HEADS of them flagged: 'Step 1: Sign it on arrival.' / text / 'Step 2:
    Pay' (flagged) / text / 'Step 3: Which reef?' (flagged) / text -> all three, or none of them
    flagged where the series carries itself (carries_itself). A transcript's 'Caller 1' met again,
    or two labels numbered, make none."""
    run, out = in_sequence(items, alone)
    if out >= 0:
        return []  # two labels, or a number out of order or met again: turns, not a series
    if sum(flags[k] for k in run) < SIBLING_HEADS and not carries_itself(items, run, flags):
        return []
    return run


def carries_itself(items: list[Item], run: list[int], flags: list[bool]) -> bool:
    """True for a series of RUN_MIN members or more, standing or not, every one in its place
    (in_its_place) and none a turn said (speaks_in_turn), over sections holding more text than
    the members (over_their_sections): 'Step 1: Get the form.' / text / 'Step 2: Check it. It
    changed.' / text / 'Step 3: Who signs it, you or the firm?' / text -> the series, as a
    reader reads a guide's outline whose steps are the page's only heads."""
    if len(run) < RUN_MIN or any(speaks_in_turn(items[k].text) for k in run):
        return False
    if len(members_in_place(items, run, flags)) < len(run):
        return False
    return over_their_sections(items, run, flags)


def members_in_place(items: list[Item], run: list[int], flags: list[bool]) -> list[int]:
    """The members of `run` in their place (in_its_place), and with them, in a series that
    speaks in sentences (in_sentences), each long stopped step (long_step): 'Step 1: Pay the
    fee.' / text / 'Step 2: Is it yours?' / text / 'Step 3: <a 31-word sentence>.' / a longer
    section / 'Step 4: Book it.' / text -> all four."""
    placed = [k for k in run if in_its_place(items, k)]
    if len(placed) == len(run) or not in_sentences(items, placed):
        return placed
    sections = member_sections(items, run, flags)
    return [k for i, k in enumerate(run) if k in placed or long_step(items, k, sections[i])]


def in_sentences(items: list[Item], placed: list[int]) -> bool:
    """True for RUN_MIN members in place or more, most of them ending on a sentence's stop
    ('.' or '?'): a guide whose steps are told as sentences ('Step 1: Pay the fee.'), where a
    long step of one sentence is a step still (not a listicle of bare clauses, '1) Salting the
    water too late', where a long stopped member is a numbered paragraph)."""
    stopped = 0
    for k in placed:
        if items[k].text[-1:] in STEP_STOPS:
            stopped += 1
    return len(placed) >= RUN_MIN and stopped * 2 > len(placed)


def long_step(items: list[Item], k: int, section: int) -> bool:
    """True for numbered line k opening a section over unnumbered text, one sentence ending in
    '.' past a short statement's words, its section (member_sections) longer than itself:
    'Step 6: Wait for the inspector, who will want ... beside it.' / two paragraphs and a list
    (not 'Step 6: Wait. Then <a long sentence>.', two sentences, nor one over a line shorter
    than it)."""
    text = items[k].text
    if not text.endswith(".") or section <= len(text) or INNER_STOP.search(text.split(None, 1)[-1]):
        return False
    if k + 1 >= len(items) or not opens_a_section(items, k):
        return False
    after = items[k + 1]
    return isinstance(after, Line) and run_number(after)[1] < 0 and not TURN.match(after.text)


def over_their_sections(items: list[Item], run: list[int], flags: list[bool]) -> bool:
    """True when the text lines under the members, each up to the next member (the last up to
    a head standing or the page's end), hold more characters than the members: 'Step 2: Book
    early. Then book again.' / a paragraph (not a quiz's '2. What is the capital of Chad?' /
    'N'Djamena.'). A question flagged inside a step is the step's text ('Can you pay less?' /
    'Some can.')."""
    need = held = 0  # (a loop, not sum() over a generator, which mypyc types as bool)
    for k in run:
        need += len(items[k].text)
    for size in member_sections(items, run, flags):
        held += size
    return held > need


def member_sections(items: list[Item], run: list[int], flags: list[bool]) -> list[int]:
    """The characters of the text lines under each member, up to the next member (the last up
    to a head standing or the page's end): over_their_sections' and usual_section's walk."""
    sizes: list[int] = []
    for i, k in enumerate(run):
        last = i + 1 == len(run)
        size = 0
        for j in range(k + 1, len(items) if last else run[i + 1]):
            if last and flags[j]:
                break  # a head standing closes the last member's section
            item = items[j]
            if isinstance(item, Line):
                size += len(item.text)
        sizes.append(size)
    return sizes


def speaks_in_turn(text: str) -> bool:
    """True for a member in a speaker's own words, the first person: 'Caller 1: I want to ask
    about the bins.', 'Juror 4: Thank you for my time.' (not 'Step 1: Get your form.')."""
    return any(word.lower() in FIRST_PERSON for word in WORD.findall(text))


def series_siblings(items: list[Item], run: list[int], flags: list[bool]) -> list[int]:
    """The members of the page's numbered series `run` (numbered_series) not flagged yet that
    stand where their flagged siblings do (in_its_place), whatever their stop or length: 'Step 1:
    Sign the pledge on arrival.' / text / 'Step 2: Pay the fee. Keep the receipt.' / text /
    'Step 3: Which reef?' / text / 'Step 4: <a 31-word clause>' / text -> 'Step 1', 'Step 4'."""
    placed = frozenset(members_in_place(items, run, flags)) if run else frozenset()
    if not run or not all(k in placed for k in run if flags[k]):
        return []
    longest = longest_text_line(items, frozenset(run))
    return [k for k in run if not flags[k] and k in placed and len(items[k].text) < longest]


def in_its_place(items: list[Item], k: int) -> bool:
    """True for numbered line k opening a section over unnumbered text, after its number a
    clause or a question of any length, or one or two short sentences (is_short_statement):
    text. / 'Step 4: Buy the permit before the boat leaves' / 'A permit costs $50.' (not '1.
    Oil it.' over '2. Tighten it.', nor '2) Skip it. Walk. It is new.' or '3) Turning the meat
    too often, which ... before it is done.', numbered paragraphs)."""
    if k + 1 >= len(items) or not (
        k == 0 or opens_a_section(items, k) or closes_an_item(items, k - 1)
    ):
        return False  # (a guide's price line closing the item above ends its section too)
    after = items[k + 1]
    if not isinstance(after, Line) or run_number(after)[1] >= 0:
        return False
    if TURN.match(after.text) and not opens_a_box(items, k + 1):
        return False
    rest = items[k].text.split(None, 1)[-1]
    if rest.endswith("."):
        return is_short_statement(rest)  # a long stopped one is a numbered paragraph
    return len(INNER_STOP.findall(rest)) <= 1


def opens_a_box(items: list[Item], k: int) -> bool:
    """True for line k the first of an item's box of fields, it and the line after it a
    short label, a colon and a value ending on no stop: '3) Fern' / 'Light: shade' / 'Water:
    weekly' / text (not a transcript's turns, 'Host: Why now?' / 'Ana: Because it rained.',
    said as sentences, nor one field alone, 'Ana: yes')."""
    for j in (k, k + 1):
        item = items[j] if j < len(items) else None
        if not isinstance(item, Line) or FIELD.match(item.text) is None:
            return False
        if item.text[-1:] in SENTENCE_ENDS:
            return False
    return True


def longest_text_line(items: list[Item], skipped: frozenset[int]) -> int:
    """The length of the page's longest text line but the `skipped` ones: a series member as
    long as the longest paragraph is a numbered paragraph, not a head."""
    return max(
        (
            len(item.text)
            for k, item in enumerate(items)
            if isinstance(item, Line) and k not in skipped
        ),
        default=0,
    )


def text_of_a_member(items: list[Item], flags: list[bool], run: list[int]) -> list[int]:
    """The flagged unnumbered statements ending in '.' inside a numbered member's text, right
    under the member or right over the next: '7) Go slowly.' / 'A week is not long. We would
    take two.' / ..., 'Step 2: Print it.' / text / 'Phones are not enough. Bring four
    copies.' / 'Step 3: ...' (a member heads its text; a line right over the next member
    heads nothing)."""
    members = frozenset(run)
    found: set[int] = set()
    for i, k in enumerate(run):
        below = run[i + 1] if i + 1 < len(run) else -1
        for j in (k + 1, below - 1):
            # the last member may be the page's last line: nothing under it
            if j <= k or j >= len(items) or j in members or not flags[j]:
                continue
            if unnumbered_statement(items[j]):
                found.add(j)
    return sorted(found)


def statements_beside_a_series(items: list[Item], flags: list[bool], run: list[int]) -> list[int]:
    """The flagged unnumbered statements ending in '.' on a page whose every other head is a
    member of its numbered series, RUN_MIN members or more: 'Steep is a matter of taste.' in
    the lead / '1) Start low.' / text / ... / '5) Go high.' / text / 'Mind the signs.' / text
    (the page numbers its heads; a punchy line anywhere in it is text)."""
    if len(run) < RUN_MIN:
        return []
    members = frozenset(run)
    found: list[int] = []
    for k, flag in enumerate(flags):
        if not flag or k in members:
            continue
        if not unnumbered_statement(items[k]):
            return []  # a head of another form: the page's heads are not the series alone
        found.append(k)
    return found


def unnumbered_statement(item: Item) -> bool:
    """True for a line ending in '.' with no number of a run: 'A week is not long.', 'Mind
    the signs.' (not '7) Go slowly.', nor a picture)."""
    return isinstance(item, Line) and item.text.endswith(".") and run_number(item)[1] < 0
