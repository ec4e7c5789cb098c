"""Heads the document's other heads vouch for: lines whose own shape or place reads as a list's
item, a paragraph or running text, but whose company of heads says they open a section.

- A run of unpunctuated lines right under a head (a 'You will need' box of items, a table's
  rows) is a list, and its last line too by the line-by-line rule; but where that last line
  opens with the word another head opens with (or a question word, as another head does) and
  no item of the run does, over a paragraph at least LONG_RATIO times longer, it is the next
  section's head: 'You will need' / 'A small bowl' / 'Find the radiators that need it' / text,
  beside 'Find the bleed valve'. So is a last line in headline case, as another head is and
  no item of the run is: 'WHAT TO CARRY' / 'A spare inner tube' / 'Finding the
  Puncture' / text, beside 'Packing Up'. An ingredient list's last item opens as its
  items do ('A pinch of salt' under 'A knob of butter'), or as no head does, in the items'
  case.
- A roundup's heads stand right over their star ratings; where RATED_HEADS heads do, a line of
  a head's shape but for a first letter in lower case right over a rating is one more
  ('dusk choir – hymns for the tide' / '★★★★★'): a band's own spelling of its name.
- An advice column gives a reader's letter as its head, a situation and a question, signed
  right under it with the reader's initials and town ('My sofa arrived broken. The shop says
  I accepted it. Is that true?' / 'TR, Swindon' / answer): the initials sign a letter that is
  a head, as a letters page's full names close letters that are text (heading_signoffs.py).
- A box of fields with figures ('Cost of the work: about £40,000' / 'Time on site: 9 months')
  is data, and a labelled line right under it a field more by its form; but one whose value is
  a phrase in lower case without a figure or a comma, over a paragraph LONG_RATIO times longer,
  names the next section: 'Up the stairs: the attic room' / text. A field names a thing
  ('Architect: Hale Studio') or lists ('Paint: lime, clay and oil').
- A head may stand over a name alone, the one it names ('Player of the match' / 'Ana Lima
  (Rovers)' / text, 'Winner' / 'Jo Marsh' / text): the name line is no second head, nor the head
  an item of a list of two; the paragraph under the name tells what the head gives.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import compress
from typing import NamedTuple

from api.parser.heading_groups import FIGURE
from api.parser.heading_kin import is_caps
from api.parser.heading_limits import (
    FIELD,
    LONG_CHARS,
    LONG_RATIO,
    MAX_CHARS,
    MAX_WORDS,
    QUESTION_WORDS,
)
from api.parser.heading_places import is_headline_case
from api.parser.heading_sentences import starts_like_heading
from api.parser.layout import Item, Line, Picture
from api.parser.line_shapes import is_rating
from api.parser.sentences import SENTENCE_ENDS, has_sentence_inside

RUN_ITEMS = 2  # items of a run over its last line, fewer make no list to end
RATED_HEADS = 2  # heads over ratings that make a roundup's pattern
COMPANY = 2  # other heads a signed letter's head needs beside it
SIGNED_WORDS = 30  # a reader's letter as a head: two or three sentences, no more
STEP_NUMBER = re.compile(r"^\d{1,2}[.)] ")  # a step's or an item's number: '1. ', '2) '
# A reader's initials and town, signing a letter: 'TR, Swindon', 'J.K., Newcastle upon Tyne'.
FIELD_RUN = 2  # fields with figures that make a box of data
NAME_CHARS = 50
# A name alone, a team or a place in brackets after it: 'Ana Lima (Rovers)', "Jo O'Hara".
NAME_LINE = re.compile(
    r"^[A-Z][\w'’-]+(?: (?:[A-Z][\w'’.-]*|de|da|van|von|le|la)){1,3}(?: \([^()]+\))?$"
)
INITIALS_SIGNED = re.compile(
    r"^(?:[A-Z]\.? ?){1,3}, [A-Z][A-Za-z'’-]*(?: (?:[A-Z][A-Za-z'’-]*|upon|on|in|by|the|of)){0,3}$"
)


def opening_word(text: str) -> str:
    """A line's first word, in lower case, without the marks around it: '"Find" it' -> 'find';
    a step's number is the numbered form, whatever the number: '1. Turn it off' -> '#'."""
    if STEP_NUMBER.match(text):
        return "#"
    return text.split(None, 1)[0].strip("\"'“”‘’(),:;.!?").lower() if text.strip() else ""


def opens_as(word: str, openers: set[str]) -> bool:
    """True when `word` is one of `openers`, or a question word as one of them is."""
    return word in openers or (word in QUESTION_WORDS and not openers.isdisjoint(QUESTION_WORDS))


def is_run_line(item: Item) -> bool:
    """True for a standalone line that ends open, as a list's item or a table's row does: 'A
    small bowl', 'Revenue £2.41bn, against £2.52bn, down 4%', 'A key (about £2)'."""
    if not (isinstance(item, Line) and item.alone) or len(item.text) > LONG_CHARS:
        return False
    last = item.text[-1]
    return last.isalnum() or last in ")%"


def run_end(items: list[Item], flags: list[bool], k: int) -> int:
    """The index of the last line of the run of open lines right under head k (k when none)."""
    j = k + 1
    while j < len(items) and not flags[j] and is_run_line(items[j]):
        j += 1
    return j - 1


def reads_as_head(text: str) -> bool:
    """True for a line of a head's length, one sentence, opening as heads do: 'Find the
    radiators that need it', 'Why the shares fell 11%', a step's '1. Turn it off' (not
    '41,000', nor 'Then. Now')."""
    text = STEP_NUMBER.sub("", text, count=1)
    words = text.split()
    if not words or len(words) > MAX_WORDS or len(text) > MAX_CHARS:
        return False
    if not words[0][0].isalpha():
        return False
    return starts_like_heading(text) and not has_sentence_inside(text)


def over_a_longer_paragraph(items: list[Item], k: int) -> bool:
    """True when a sentence-ending text line LONG_RATIO times longer than line k follows it."""
    after = items[k + 1] if k + 1 < len(items) else None
    if not isinstance(after, Line) or after.text[-1] not in SENTENCE_ENDS:
        return False
    return len(after.text) >= LONG_RATIO * len(items[k].text)


def run_end_heads(items: list[Item], flags: list[bool]) -> list[int]:
    """The last lines of runs right under heads that open as another head does, and as no item
    of their run does, or are in headline case as another head is and no item of the run is,
    over a paragraph LONG_RATIO times longer (see the module's note)."""
    heads = [k for k in compress(range(len(items)), flags) if isinstance(items[k], Line)]
    if len(heads) < 2:
        return []
    openers: set[str] | None = None  # (read only where a run stands under a head: few pages)
    cased: bool | None = None  # (whether a head is in headline case: read where asked)
    found = []
    for k in heads:
        end = run_end(items, flags, k)
        if end - k - 1 < RUN_ITEMS or not over_a_longer_paragraph(items, end):
            continue
        text = items[end].text
        if not reads_as_head(text):
            continue
        if openers is None:
            openers = {opening_word(items[h].text) for h in heads}
        word = opening_word(text)
        items_open = {opening_word(items[j].text) for j in range(k + 1, end)}
        if opens_as(word, openers) and not opens_as(word, items_open):
            found.append(end)
        elif in_headline_case(text) and not any_in_headline_case(items, range(k + 1, end)):
            cased = any_in_headline_case(items, heads) if cased is None else cased
            if cased:
                found.append(end)  # 'WHAT TO CARRY' / items / 'Finding the Puncture' / text
    return found


def any_in_headline_case(items: list[Item], lines: Iterable[int]) -> bool:
    """True when one of the text lines `lines` is in headline case (in_headline_case)."""
    return any(in_headline_case(items[j].text) for j in lines)


def in_headline_case(text: str) -> bool:
    """True for a line in headline case, not in capitals: 'Finding the Puncture', 'Packing
    Up' (not 'A spare inner tube', nor 'WHAT TO CARRY')."""
    return is_headline_case(text) and not is_caps(text)


def rated_heads(items: list[Item], low: list[int], flags: list[bool]) -> list[int]:
    """Lines of a head's shape but for a first letter in lower case, right over a star rating,
    where RATED_HEADS heads or more stand over ratings too (see the module's note). `low`
    holds the lines opening in lower case."""
    low = [k for k in low if over_a_rating(items, k)]
    if not low:
        return []
    rated = sum(1 for k in compress(range(len(items)), flags) if over_a_rating(items, k))
    if rated < RATED_HEADS:
        return []
    return [k for k in low if reads_as_head(items[k].text[0].upper() + items[k].text[1:])]


def over_a_rating(items: list[Item], k: int) -> bool:
    """True when the item right after item k is a star rating's line: '★★★★☆'."""
    after = items[k + 1] if k + 1 < len(items) else None
    return isinstance(after, Line) and is_rating(after.text)


def signed_letter_heads(items: list[Item], asked: list[int], flags: list[bool]) -> list[int]:
    """Readers' letters of two sentences or more ending in a question, each signed right under
    it with initials and a town, over the answer, beside COMPANY heads or more (see the
    module's note): 'My sofa arrived broken. The shop says ... Is that true?' / 'TR, Swindon'.
    `asked` holds the lines ending in a question mark."""
    last = len(items) - 2
    found = [
        k for k in asked if 0 < k < last and not flags[k] and is_signed_letter(items, flags, k)
    ]
    if not found or sum(flags) < COMPANY:
        return []
    return found


def is_signed_letter(items: list[Item], flags: list[bool], k: int) -> bool:
    """True when line k, a letter of a head's opening and SIGNED_WORDS words at most, stands
    after a sentence's end, a picture or a head, right over initials and a town, over text."""
    text, sign, answer = items[k].text, items[k + 1], items[k + 2]
    if not (isinstance(sign, Line) and isinstance(answer, Line)):
        return False
    if INITIALS_SIGNED.match(sign.text) is None or answer.text[-1] not in SENTENCE_ENDS:
        return False
    if len(text.split()) > SIGNED_WORDS or not starts_like_heading(text) or is_caps(text):
        return False
    before = items[k - 1]
    return not isinstance(before, Line) or before.text[-1] in SENTENCE_ENDS or flags[k - 1]


def field_box_end_heads(items: list[Item], labelled: list[int], flags: list[bool]) -> list[int]:
    """Labelled lines whose value is a phrase in lower case, right under FIELD_RUN fields with
    figures, over a paragraph LONG_RATIO times longer, beside COMPANY heads or more (see the
    module's note): 'Time on site: 9 months' / 'Up the stairs: the attic room' / text.
    `labelled` holds the open lines of a head's length with a label's colon."""
    fields: dict[int, bool] = {}  # (each line's answer, read once: see under_figure_fields)
    found = [k for k in labelled if not flags[k] and under_figure_fields(items, k, fields)]
    found = [k for k in found if names_a_section(items, k)]
    if not found or sum(flags) < COMPANY:
        return []
    found = [k for k in found if over_a_longer_paragraph(items, k)]
    return [k for k in found if not box_under_a_head(items, flags, k)]


def box_under_a_head(items: list[Item], flags: list[bool], k: int) -> bool:
    """True when the fields right over line k stand right under a head, the head's own box,
    which a labelled line goes on: 'Tickets' / 'Weekend: £195' / 'Day tickets: £85' /
    'Camping: sold out' / text (a box after text closes a section, and the line under it may
    open the next). The walk back stops at the text over the box: each box is walked once."""
    j = k - 1
    while j >= 0 and isinstance(items[j], Line) and FIELD.match(items[j].text):
        j -= 1
    return 0 <= j < k - 1 and isinstance(items[j], Line) and flags[j]


def names_a_section(items: list[Item], k: int) -> bool:
    """True for a labelled line of a head's shape whose value is a phrase in lower case, no
    figure, no comma: 'Up the stairs: the attic room' (not 'Architect: Hale Studio')."""
    text = items[k].text
    if not FIELD.match(text) or FIGURE.search(text) or "," in text or not reads_as_head(text):
        return False
    return text.split(": ", 1)[1][0].islower()


def under_figure_fields(items: list[Item], k: int, fields: dict[int, bool] | None = None) -> bool:
    """True when the FIELD_RUN lines right before line k are fields holding figures. `fields`
    holds the lines read so far, by index: in a run of labelled lines each line is read once,
    not once for each of the FIELD_RUN lines under it ('Price: £19.99' / 'No. 3: Moto G85')."""
    if k < FIELD_RUN:
        return False
    known: dict[int, bool] = {} if fields is None else fields
    return all(_figure_field(items, j, known) for j in range(k - FIELD_RUN, k))


def _figure_field(items: list[Item], j: int, fields: dict[int, bool]) -> bool:
    """True for a line that is a field holding a figure: 'Revenue: £4m' (read once per index)."""
    if j in fields:
        return fields[j]
    it = items[j]
    found = fields[j] = bool(
        isinstance(it, Line) and FIELD.match(it.text) and FIGURE.search(it.text)
    )
    return found


def heads_over_names(items: list[Item], plain: list[int], flags: list[bool]) -> list[int]:
    """Lines of a head's shape, no name themselves, that open a section right over a name alone
    over a paragraph LONG_RATIO times longer than the head, beside COMPANY heads or more, none
    a name (see the module's note): 'Player of the match' / 'Ana Lima (Rovers)' / text. Where
    names are heads elsewhere too, the page profiles people and a name is a head under its
    section's ('The candidates' / 'Ana Lima' / text / 'Jo Marsh' / text). `plain` holds the
    open lines of a head's length without a label."""
    found = [k for k in plain if over_a_name(items, k) and heads_a_name(items, k)]
    if not found:
        return []
    pairs = {j for k in found for j in (k, k + 1)}
    others = [j for j in compress(range(len(items)), flags) if j not in pairs]
    if len(others) < COMPANY or any(NAME_LINE.match(items[j].text) for j in others):
        return []
    return found


def over_a_name(items: list[Item], k: int) -> bool:
    """True when the item right after line k is a name alone: 'Ana Lima (Rovers)' (taken for
    a head over the paragraph, when line k is read as the end of the text above)."""
    after = items[k + 1] if k + 1 < len(items) - 1 else None
    if not isinstance(after, Line) or len(after.text) > NAME_CHARS:
        return False
    # (a name's last character first: a letter or a bracket; most lines end with a stop)
    return (after.text[-1].isalpha() or after.text[-1] == ")") and bool(NAME_LINE.match(after.text))


def heads_a_name(items: list[Item], k: int) -> bool:
    """True when line k reads as a head, is no name, opens a section inside the body (after a
    sentence's end or a picture) and the line under its name is a paragraph LONG_RATIO times
    longer."""
    text, under = items[k].text, items[k + 2]
    if not reads_as_head(text) or NAME_LINE.match(text) or not text[-1].isalnum():
        return False
    if is_caps(text):
        return False  # 'LONDON' / 'Consumer Affairs Desk': a dateline over a desk's byline
    if not isinstance(under, Line) or under.text[-1] not in SENTENCE_ENDS:
        return False
    if len(under.text) < LONG_RATIO * len(text):
        return False
    # inside the body only: a kicker and a byline open it ('Analysis' / 'Jo Marsh' / text)
    before = items[k - 1] if k > 1 else None
    return isinstance(before, Picture) or (
        isinstance(before, Line) and before.text[-1] in SENTENCE_ENDS
    )


class _Candidates(NamedTuple):
    """The standalone lines each rule reads, sorted in one pass by their ends and openings."""

    low: list[int]  # open lines of a head's length opening in lower case: 'dusk choir – ...'
    asked: list[int]  # lines ending in a question mark
    labelled: list[int]  # open lines of a head's length with a label's colon
    plain: list[int]  # the other open lines of a head's length: 'Player of the match'


def _candidates(items: list[Item], alone: list[int]) -> _Candidates:
    """The standalone lines sorted for the rules (see _Candidates): one look at each line's
    last character settles most, paragraphs ending with a stop."""
    found = _Candidates([], [], [], [])
    for k in alone:
        text = items[k].text
        last = text[-1]
        if last == "?":
            found.asked.append(k)
        elif last.isalnum() and len(text) <= MAX_CHARS:
            if text[0].islower():
                found.low.append(k)
            elif ": " in text:
                found.labelled.append(k)
            else:
                found.plain.append(k)
    return found


def vouched_heads(
    items: list[Item], alone: list[int], flags: list[bool]
) -> tuple[list[int], list[int]]:
    """The heads of the module's rules, each read against the heads found before it, and the
    name lines under heads over names, no heads themselves."""
    lines = _candidates(items, alone)
    named = heads_over_names(items, lines.plain, flags)
    found = (
        run_end_heads(items, flags)
        + rated_heads(items, lines.low, flags)
        + signed_letter_heads(items, lines.asked, flags)
        + field_box_end_heads(items, lines.labelled, flags)
        + named
    )
    return found, [k + 1 for k in named]
