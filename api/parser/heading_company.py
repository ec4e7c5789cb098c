"""Heads the document's other heads vouch for: lines whose own shape or place reads as a list's
item, a paragraph or running text, but whose company of heads says they open a section.

- A run of unpunctuated lines right under a head (a 'You will need' box of items, a table's
  rows) is a list, and its last line too by the line-by-line rule; but where that last line
  opens with the word another head opens with (or a question word, as another head does) and
  no item of the run does, over a paragraph at least LONG_RATIO times longer, it is the next
  section's head: 'You will need' / 'A small bowl' / 'Find the radiators that need it' / text,
  beside 'Find the bleed valve'. An ingredient list's last item opens as its items do ('A
  pinch of salt' under 'A knob of butter'), or as no head does.
- A roundup's heads stand right over their star ratings; where RATED_HEADS heads do, a line of
  a head's shape but for a first letter in lower case right over a rating is one more
  ('dusk choir – hymns for the tide' / '★★★★★'): a band's own spelling of its name.
- An advice column gives a reader's letter as its head, a situation and a question, signed
  right under it with the reader's initials and town ('My sofa arrived broken. The shop says
  I accepted it. Is that true?' / 'TR, Swindon' / answer): the initials sign a letter that is
  a head, as a letters page's full names close letters that are text (heading_signoffs.py).
"""

from __future__ import annotations

import re
from itertools import compress

from api.parser.heading_kin import is_caps
from api.parser.heading_sentences import starts_like_heading
from api.parser.layout import Line, Picture
from api.parser.sentences import SENTENCE_ENDS, has_sentence_inside

RUN_ITEMS = 2  # items of a run over its last line, fewer make no list to end
RUN_CHARS = 140  # headings.LONG_CHARS: a run's line is no longer than the longest head
RUN_RATIO = 2.0  # headings.LONG_RATIO: the paragraph under a head is at least this much longer
HEAD_WORDS = 10  # headings.MAX_WORDS
HEAD_CHARS = 80  # headings.MAX_CHARS
RATED_HEADS = 2  # heads over ratings that make a roundup's pattern
COMPANY = 2  # other heads a signed letter's head needs beside it
SIGNED_WORDS = 30  # a reader's letter as a head: two or three sentences, no more
QUESTION_WORDS = frozenset("what why how when where who which".split())
_RATING_STARS = frozenset("★☆✩✪✫✬✭✮✯⭐")
# A reader's initials and town, signing a letter: 'TR, Swindon', 'J.K., Newcastle upon Tyne'.
INITIALS_SIGNED = re.compile(
    r"^(?:[A-Z]\.? ?){1,3}, [A-Z][A-Za-z'’-]*(?: (?:[A-Z][A-Za-z'’-]*|upon|on|in|by|the|of)){0,3}$"
)


def opening_word(text: str) -> str:
    """A line's first word, in lower case, without the marks around it: '"Find" it' -> 'find'."""
    return text.split(None, 1)[0].strip("\"'“”‘’(),:;.!?").lower() if text.strip() else ""


def opens_as(word: str, openers: set[str]) -> bool:
    """True when `word` is one of `openers`, or a question word as one of them is."""
    return word in openers or (word in QUESTION_WORDS and not openers.isdisjoint(QUESTION_WORDS))


def is_run_line(item: Line | Picture) -> bool:
    """True for a standalone line that ends open, as a list's item or a table's row does: 'A
    small bowl', 'Revenue £2.41bn, against £2.52bn, down 4%', 'A key (about £2)'."""
    if not (isinstance(item, Line) and item.alone) or len(item.text) > RUN_CHARS:
        return False
    last = item.text[-1]
    return last.isalnum() or last in ")%"


def run_end(items: list[Line | Picture], flags: list[bool], k: int) -> int:
    """The index of the last line of the run of open lines right under head k (k when none)."""
    j = k + 1
    while j < len(items) and not flags[j] and is_run_line(items[j]):
        j += 1
    return j - 1


def reads_as_head(text: str) -> bool:
    """True for a line of a head's length, one sentence, opening as heads do: 'Find the
    radiators that need it', 'Why the shares fell 11%' (not '41,000', nor 'Then. Now')."""
    words = text.split()
    if len(words) > HEAD_WORDS or len(text) > HEAD_CHARS or not words[0][0].isalpha():
        return False
    return starts_like_heading(text) and not has_sentence_inside(text)


def over_a_longer_paragraph(items: list[Line | Picture], k: int) -> bool:
    """True when a sentence-ending text line RUN_RATIO times longer than line k follows it."""
    after = items[k + 1] if k + 1 < len(items) else None
    if not isinstance(after, Line) or after.text[-1] not in SENTENCE_ENDS:
        return False
    return len(after.text) >= RUN_RATIO * len(items[k].text)


def run_end_heads(items: list[Line | Picture], flags: list[bool]) -> list[int]:
    """The last lines of runs right under heads that open as another head does, and as no item
    of their run does, over a paragraph RUN_RATIO times longer (see the module's note)."""
    heads = [k for k in compress(range(len(items)), flags) if isinstance(items[k], Line)]
    if len(heads) < 2:
        return []
    openers: set[str] | None = None  # (read only where a run stands under a head: few pages)
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
    return found


def rated_heads(items: list[Line | Picture], alone: list[int], flags: list[bool]) -> list[int]:
    """Lines of a head's shape but for a first letter in lower case, right over a star rating,
    where RATED_HEADS heads or more stand over ratings too (see the module's note)."""
    # (the lower-case first letter first: most lines open otherwise)
    low = [k for k in alone if items[k].text[0].islower() and over_a_rating(items, k)]
    if not low:
        return []
    rated = sum(1 for k in compress(range(len(items)), flags) if over_a_rating(items, k))
    if rated < RATED_HEADS:
        return []
    return [k for k in low if reads_as_head(items[k].text[0].upper() + items[k].text[1:])]


def over_a_rating(items: list[Line | Picture], k: int) -> bool:
    """True when the item right after item k is a star rating's line: '★★★★☆'."""
    after = items[k + 1] if k + 1 < len(items) else None
    if not isinstance(after, Line) or after.text[0] not in _RATING_STARS:
        return False
    return all(ch in _RATING_STARS or ch in " ½" for ch in after.text)


def signed_letter_heads(
    items: list[Line | Picture], alone: list[int], flags: list[bool]
) -> list[int]:
    """Readers' letters of two sentences or more ending in a question, each signed right under
    it with initials and a town, over the answer, beside COMPANY heads or more (see the
    module's note): 'My sofa arrived broken. The shop says ... Is that true?' / 'TR, Swindon'."""
    # (the question mark first: most lines end otherwise)
    asked = [k for k in alone if items[k].text[-1] == "?" and 0 < k < len(items) - 2]
    found = [k for k in asked if not flags[k] and is_signed_letter(items, flags, k)]
    if not found or sum(flags) < COMPANY:
        return []
    return found


def is_signed_letter(items: list[Line | Picture], flags: list[bool], k: int) -> bool:
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


def vouched_heads(items: list[Line | Picture], alone: list[int], flags: list[bool]) -> list[int]:
    """The heads of the module's three rules, each read against the heads found before it."""
    return (
        run_end_heads(items, flags)
        + rated_heads(items, alone, flags)
        + signed_letter_heads(items, alone, flags)
    )
