"""Questions asked aside inside a section and answered by the next line: running text, not
heads, read after the lone questions (heading_lone_questions.py) with the page as a whole.

A reader takes a question for text when its answer follows at once and it sits inside a
section of another head: a clipped question talking to the reader ('Missed the kiosk?' /
'Then you have missed the tour.'), a follow-up under a question head's one-paragraph answer
that leans on it ('Do I need a card?' / 'No. ...' / 'Do tourists still need one?' / 'Not
really.' / the next head), or a yes-or-no question inside a statement's section answered by
a reply ('The notes wear out.' / text / 'Could the cash run out?' / 'The bank says no.' /
picture). A FAQ's questions keep their place: each asks afresh over a section of its own,
and a page whose heads are mostly clipped questions ('Travelling with a dog?' / 'Book a pet
cabin.') is a FAQ of them.
"""

from __future__ import annotations

from itertools import compress
from typing import Final

from api.parser.heading_answers import AUXILIARIES, head_form, reply_to
from api.parser.heading_kin import is_caps
from api.parser.heading_limits import QUESTION_WORDS
from api.parser.heading_lone_questions import (
    PAGE_HEADS,
    REPLY_LINES,
    WORD,
    among_other_heads,
    asks_yes_or_no,
    is_bare_question,
    opens_as_reply,
    section_owner,
    section_sizes,
)
from api.parser.heading_places import QUOTED
from api.parser.heading_questions import is_question_line
from api.parser.layout import Item, Line

# Words opening a clipped question, its verb and subject left out, besides participles in
# '-ed' and '-ing': 'Still not sure?', 'Worth it?', 'Lost your ticket?', 'Need a visa?'.
CLIPPED_OPENERS: Final = frozenset(
    "still worth not sure ready new need want got lost stuck left caught stolen broken gone".split()
)
PARTICIPLE_ENDINGS: Final = ("ed", "ing")
# The letters of a participle at least: 'Missed', 'Planning' (not 'Red or white?', 'Bed?').
PARTICIPLE_LETTERS: Final = 5
# 'Anything else?', 'Nothing?': pronouns in '-ing', no participle.
THING: Final = "thing"
# Words by which a yes-or-no question leans on the answer just given: 'Does the app still set
# the price, then?', 'Will anyone actually check?', 'Is that fair?'. 'one' does not: 'Do I
# need one?' asks afresh after 'What is an e-visa?', as a FAQ's next head does.
LEANING_WORDS: Final = frozenset({"still", "actually"})
LEANING_LAST: Final = "then"
THAT: Final = "that"
# The lines of a statement's section before a question asked deep inside it: one paragraph
# under a head and then a question is how a page of one-paragraph sections goes on.
SECTION_TEXT: Final = 2


def is_clipped(question: str) -> bool:
    """True for a question whose verb that asks and subject are left out, as a writer asks
    the reader in passing: 'Missed the kiosk?', 'Planning to change lines?', 'Worth it?',
    'Still not sure whether to go?' (not 'Do I need a card?', 'Why now?', 'Anything else?',
    'Red or white?', nor a term's head: '‘Registered’ camps: how do I know?')."""
    words = WORD.findall(question.lower())
    if not words or not question[0].isalpha() or ":" in question:
        return False
    first = words[0]
    if first in CLIPPED_OPENERS:
        return True
    if first in AUXILIARIES or first in QUESTION_WORDS or first.endswith(THING):
        return False
    return len(first) >= PARTICIPLE_LETTERS and first.endswith(PARTICIPLE_ENDINGS)


def leans_on_answer(question: str) -> bool:
    """True for a yes-or-no question leaning on the answer before it: 'Is that fair to the
    herders?', 'Can a camp still take guests?', 'Will anyone actually check?', 'Does it set
    the price, then?' (not 'Who collects it?', 'Does it apply to hostels?', 'Do I need one?',
    nor 'Registered camps: how do I know I am still in one?')."""
    words = WORD.findall(question.lower())
    if len(words) < 2 or words[0] not in AUXILIARIES:
        return False
    return bool(LEANING_WORDS.intersection(words)) or words[-1] == LEANING_LAST or words[1] == THAT


def follows_up(items: list[Item], flags: list[bool], k: int) -> bool:
    """True for a question right under a question head's one-paragraph answer, leaning on it:
    'Is it legal?' / 'Yes. ...' / 'Is that fair?' (not 'What is the card?' / text / 'Who
    sells it?', a FAQ's next head)."""
    if k < 2 or flags[k - 1] or not flags[k - 2] or not is_bare_question(items[k - 2]):
        return False
    return isinstance(items[k - 1], Line) and leans_on_answer(items[k].text)


def replied_in_a_section(
    items: list[Item], flags: list[bool], heads: list[int], bare: int, k: int
) -> bool:
    """True for a yes-or-no question deep inside the section of a head of another kind (a
    statement, a step, a quoted line), SECTION_TEXT lines of it before, on a page whose heads
    are mostly of that kind (`bare` of `heads` bare questions), answered by a line opening as
    a reply: 'The notes wear out.' / text / text / 'Could the cash run out?' / 'The bank says
    no.' (not 'Where to stay' / text / 'Can you swim?' / 'You can, if ...', a page of
    one-paragraph sections; nor one after a picture, which opens a section)."""
    if k == 0 or flags[k - 1] or not isinstance(items[k - 1], Line):
        return False
    question = items[k].text
    owner = section_owner(items, flags, k)
    if owner < 0 or k - owner - 1 < SECTION_TEXT or is_bare_question(items[owner]):
        return False
    if not asks_yes_or_no(question) or not among_other_heads(items, heads, bare, k):
        return False
    reply = reply_to(items, flags, k)
    return reply is not None and opens_as_reply(question, reply.text)


def is_formed(text: str) -> bool:
    """True for a question in a head's own form, numbered, labelled, in capitals or quoted:
    'Step 3: Do you need a guide?', '4) Is the fee fixed?', '"Can I still turn up?"'."""
    return bool(head_form(text)) or is_caps(text) or bool(QUOTED.match(text))


def questions_aside(items: list[Item], flags: list[bool]) -> list[int]:
    """The flagged questions asked aside inside a section and answered by the next line, their
    own section REPLY_LINES lines at most (one for a follow-up or a reply inside a statement's
    section), closed by the next head, a picture or the end: clipped ones on a page whose heads
    are mostly not ('Missed the kiosk?' among 'Step N:' heads; not a FAQ of 'Arriving late?' /
    'Call ahead.'), follow-ups on a question head's answer (follows_up), yes-or-no ones deep in
    a statement's section (replied_in_a_section); no question in a head's form (is_formed).
    Read from the last, as questions_in_passing does."""
    heads = [k for k in compress(range(len(items)), flags) if isinstance(items[k], Line)]
    if len(heads) < PAGE_HEADS:
        return []
    asked = [k for k in heads if k > 0 and is_question_line(items[k])]
    if not asked:
        return []  # (most pages: no question among heads)
    clipped = sum(is_clipped(items[k].text) for k in asked)
    bare = sum(is_bare_question(items[k]) for k in heads)
    sizes = section_sizes(items, flags)
    found = []
    flags = list(flags)
    for k in reversed(asked):
        lines = sizes[k][0]
        if not 1 <= lines <= REPLY_LINES or is_formed(items[k].text):
            continue
        if reply_to(items, flags, k) is None:
            continue
        aside = 2 * clipped < len(heads) and is_clipped(items[k].text)
        if not aside and lines == 1:
            aside = follows_up(items, flags, k)
            aside = aside or replied_in_a_section(items, flags, heads, bare, k)
        if aside:
            found.append(k)
            flags[k] = False
    return found[::-1]
