"""Questions asked aside inside a section and answered by the next line: running text, not
heads, read after the lone questions (heading_lone_questions.py) with the page as a whole.

A reader takes a question for text when its answer follows at once and it sits inside a
section of another head: a clipped question talking to the reader ('Missed the kiosk?' /
'Then you have missed the tour.'), a follow-up under a question head's one-paragraph answer
that leans on it ('Is there a fine?' / 'Yes. ...' / 'Will anyone actually check?' / 'Few
think so.' / the next head), or a yes-or-no question inside a statement's section answered by
a reply ('The notes wear out.' / text / 'Could the cash run out?' / 'The bank says no.' /
picture). A FAQ's questions keep their place: each asks afresh over a section of its own,
and a page whose heads are mostly clipped questions ('Travelling with a dog?' / 'Book a pet
cabin.') is a FAQ of them.

The page's statement heads are its flagged heads of another form and the lines standing as a
series' heads would (heading_series.series_candidate), found or not: 'The drought was no
one-off.' / text / 'Is a dam the answer?' / 'Not alone.' / 'The valley waits.' / text.
"""

from __future__ import annotations

from itertools import compress
from statistics import median
from typing import Final

from api.parser.heading_answers import (
    AUXILIARIES,
    first_sentence,
    head_form,
    is_reply_word,
    reply_to,
)
from api.parser.heading_follow_ups import (
    PERSONS,
    WHY,
    answer_above,
    answer_text,
    answered_by_a_voice,
    leans_on_the_answer,
    names_the_answer,
    points_at_answer,
)
from api.parser.heading_limits import QUESTION_WORDS
from api.parser.heading_lone_questions import (
    PAGE_HEADS,
    READER_WORDS,
    REPLY_LINES,
    REPLY_SHARE,
    WORD,
    asks_yes_or_no,
    is_bare_question,
    opens_as_reply,
)
from api.parser.heading_places import QUOTED
from api.parser.heading_questions import is_question_line
from api.parser.heading_series import series_candidate, under_a_question
from api.parser.layout import Item, Line

# Words opening a clipped question that reacts to what was just told, besides participles in
# '-ed' and '-ing': 'Still not sure?', 'Worth it?', 'Lost your ticket?', 'Only got a few?'. An
# invitation points at what follows, as a head does: 'Ready to start?', 'New to running?',
# 'Need a visa?', 'Want to know more?', 'Got a question?' are none of them.
CLIPPED_OPENERS: Final = frozenset(
    "still worth not sure lost stuck left caught stolen broken gone only".split()
)
PARTICIPLE_ENDINGS: Final = ("ed", "ing")
# The letters of a participle at least: 'Missed', 'Planning' (not 'Red or white?', 'Bed?').
PARTICIPLE_LETTERS: Final = 5
# 'Anything else?', 'Nothing?': pronouns in '-ing', no participle.
THING: Final = "thing"
# Words by which a yes-or-no question leans on the answer just given: 'Will anyone actually
# check?', 'Does the app set the price, then?'. 'one', 'still' and a subject 'that' do not: 'Do
# I need one?' after 'What is an e-visa?', 'Do residents still get a discount?' and 'Does that
# mean prices will fall?' over a section as long as its siblings' ask afresh, as a FAQ's next
# head does (a short 'Is that a lot?' is headings.points_back's).
LEANING_WORDS: Final = frozenset({"actually"})
LEANING_LAST: Final = "then"
# The lines of a statement's section before a question asked deep inside it: one paragraph
# under a head and then a question is how a page of one-paragraph sections goes on, unless its
# reply is much shorter than the page's usual section (REPLY_SHARE).
SECTION_TEXT: Final = 2
# The conditional a writer weighs a verdict in: 'Would we buy one?', 'Would I go back?'; a
# reader asking for advice asks otherwise ('Can I grow figs?', 'Should we cut it back?').
WEIGHING: Final = "would"
# The words of a hedged reply's last clause at most: 'If we lived here, probably.', 'On a
# budget, probably not.' (a clause longer says more than yes or no: '..., it costs more.').
HEDGE_WORDS: Final = 2


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
    """True for a yes-or-no question leaning on the answer before it: 'Will anyone actually
    check?', 'Does it set the price, then?' (not 'Who collects it?', 'Does it apply to
    hostels?', 'Do I need one?', 'Does that mean prices will fall?')."""
    words = WORD.findall(question.lower())
    if len(words) < 2 or words[0] not in AUXILIARIES:
        return False
    return bool(LEANING_WORDS.intersection(words)) or words[-1] == LEANING_LAST


def marks(items: list[Item], alone: list[int], flags: list[bool], heads: list[int]) -> set[int]:
    """The lines that head a section or stand as a series' heads would, found or not: the
    flagged lines `heads` and the series' candidates ('The drought was no one-off.' / text)."""
    return {*heads} | {k for k in alone if not flags[k] and series_candidate(items, k)}


def aside_section(items: list[Item], marked: set[int], k: int) -> tuple[int, int]:
    """The lines and characters under question k up to the next mark, picture or the end,
    REPLY_LINES + 1 lines at most: 'Is it?' / 'No.' / 'The valley waits.' -> (1, 3)."""
    lines = chars = 0
    for j in range(k + 1, min(len(items), k + REPLY_LINES + 2)):
        item = items[j]
        if j in marked or not isinstance(item, Line):
            break
        lines, chars = lines + 1, chars + len(item.text)
    return lines, chars


def owner_of(items: list[Item], marked: set[int], k: int) -> int:
    """The mark whose section runs on into line k, -1 after a picture or with none: 'The dam
    leaked.' / text / k -> the index of 'The dam leaked.'. Walks back over its lines only."""
    j = k - 1
    while j >= 0 and isinstance(items[j], Line) and j not in marked:
        j -= 1
    return j if j >= 0 and j in marked and isinstance(items[j], Line) else -1


def follows_up(items: list[Item], flags: list[bool], k: int) -> bool:
    """True for a question right under a question head's one-paragraph answer, leaning on it:
    'Is there a fine?' / 'Yes. ...' / 'Will anyone actually check?' (not 'What is the card?' /
    text / 'Who sells it?', a FAQ's next head)."""
    return under_a_question(items, flags, k) and leans_on_answer(items[k].text)


def replied(question: str, reply: str) -> bool:
    """True for a yes-or-no question or a 'why' in the third person answered by a line opening
    as a reply: 'Could the cash run out?' / 'The bank says no.', 'Why did they close?' /
    'Mostly for lack of nuts.' (not 'Which side will win?' / 'Officials will not say.', nor
    'Can I grow figs?' / 'Yes, in a pot.', a reader's)."""
    words = WORD.findall(question.lower())
    if not words or PERSONS.intersection(words):
        return False
    return (asks_yes_or_no(question) or words[0] == WHY) and opens_as_reply(question, reply)


def asks_itself(question: str, reply: str) -> bool:
    """True for a question weighing a verdict in the writer's own person (WEIGHING and a person
    of PERSONS but the reader's), answered by a line opening as a reply or hedged: 'Would we
    buy one?' / 'If we lived here, probably.', 'Would I pay that?' / 'Not at this price.'
    (not 'Would you buy it?', put to the reader, nor 'Can I grow figs?' / 'Yes, in a pot.', a
    reader's, nor 'Would we buy one?' / 'The rival is cheaper.', no reply)."""
    words = WORD.findall(question.lower())
    if len(words) < 2 or words[0] != WEIGHING:
        return False
    if words[1] not in PERSONS or words[1] in READER_WORDS:
        return False
    return opens_as_reply(question, reply) or hedged(reply)


def hedged(reply: str) -> bool:
    """True for a reply whose first sentence closes on a clause of a reply word or two after a
    condition: 'If we lived here, probably.', 'On a budget, not really.' (not 'If we lived
    here, it would suit us.', nor 'Probably' with no condition before it)."""
    sentence = first_sentence(reply)
    if "," not in sentence:
        return False
    words = WORD.findall(sentence.rsplit(",", 1)[1])
    return 0 < len(words) <= HEDGE_WORDS and is_reply_word(words[0])


def questions_aside(items: list[Item], alone: list[int], flags: list[bool]) -> list[int]:
    """The flagged questions asked aside inside a section and answered by the next line, their
    own section (aside_section) REPLY_LINES lines at most, none in a head's form (is_formed):
    - a clipped one on a page whose heads are mostly not ('Missed the kiosk?' among 'Step N:'
      heads; not a FAQ of 'Arriving late?' / 'Call ahead.');
    - a follow-up leaning on a question head's answer (follows_up), over one line;
    - on a page of more statement heads than other questions, one answered by a reply
      (replied) right under a question head's one paragraph where statement sections run
      SECTION_TEXT lines ('Is the service ready?' / 'Not quite.' / 'Does it matter?' / 'It
      did.'), or inside a statement's section, over one line, SECTION_TEXT lines of it before
      or a reply under REPLY_SHARE of the usual section ('The notes wear out.' / text / text
      / 'Could the cash run out?' / 'The bank says no.' / picture; not 'Where to stay' / text
      / 'Can you swim?' / 'You can, if ...' on a page of one-paragraph sections); a question
      in the writer's own person (asks_itself) so only over a reply under REPLY_SHARE of the
      usual section ('Where to charge?' / text / 'Would we buy one?' / 'If we lived here,
      probably.' / 'Verdict');
    - on a page of more bare questions than statement heads (a FAQ), a follow-up under a
      question head's answer, over one line to the next question standing alone, picture or
      end (follows_a_faq_answer), fewer of them than half the page's questions.
    Read from the last: a question found is text of the section before it."""
    heads = [k for k in compress(range(len(items)), flags) if isinstance(items[k], Line)]
    if len(heads) < PAGE_HEADS:
        return []
    asked = [k for k in heads if k > 0 and is_question_line(items[k])]
    if not asked:
        return []  # (most pages: no question among heads)
    clipped = sum(is_clipped(items[k].text) for k in asked)
    marked = marks(items, alone, flags, heads)
    bare = [k for k in marked if is_bare_question(items[k])]
    statements = [k for k in marked if not is_question_line(items[k])]
    faq = len(bare) - 1 >= len(statements)
    # on a FAQ page a question standing alone bounds a section as a head does, flagged or not
    # (the marked lines are in the union already: only the others are asked)
    bounds = (
        marked | {j for j in alone if j not in marked and is_bare_question(items[j])}
        if faq
        else marked
    )
    found, follow_ups = [], []
    flags = list(flags)
    usual: tuple[float, float] | None = None
    for k in reversed(asked):
        text = items[k].text
        lines, chars = aside_section(items, bounds, k)
        if not 1 <= lines <= REPLY_LINES or is_formed(text):
            continue
        reply = reply_to(items, flags, k)
        if reply is None:
            continue
        aside = 2 * clipped < len(heads) and is_clipped(text)
        aside = aside or lines == 1 and follows_up(items, flags, k)
        if aside:
            pass
        elif faq:
            if lines == 1 and follows_a_faq_answer(items, flags, k, reply.text):
                aside = True
                follow_ups.append(k)
        elif (said := replied(text, reply.text)) or asks_itself(text, reply.text):
            if usual is None:
                usual = usual_section(items, marked, statements)
            usual_lines, usual_chars = usual
            short = chars < REPLY_SHARE * usual_chars
            if not (said or short):
                # the writer's own question is text only over a section short beside the
                # page's: 'Would we buy one?' / 'If we lived here, probably.' / 'Verdict'
                pass
            elif under_a_question(items, flags, k):
                # a page of one-paragraph sections pairs its question heads: 'Tickets' /
                # 'How much?' / text / 'Is there a resale?' / text
                aside = usual_lines >= SECTION_TEXT
            elif lines == 1 and after_a_line(items, flags, k):
                owner = owner_of(items, marked, k)
                if owner in statements and not in_company(items, marked, k):
                    aside = k - owner - 1 >= SECTION_TEXT or short
        if aside:
            found.append(k)
            flags[k] = False
            marked.discard(k)
            bounds.discard(k)
    if 2 * len(follow_ups) >= len(asked):
        # follow-ups are a FAQ's exceptions: a run of them is the page's own kind of head
        found = [k for k in found if k not in follow_ups]
    return found[::-1]


def follows_a_faq_answer(items: list[Item], flags: list[bool], k: int, reply: str) -> bool:
    """True for question k right under a FAQ head's answer asking on about what it named
    (names_the_answer), answered by a quotation (answered_by_a_voice), pointing at it and
    answered at once (points_at_answer, replied), or leaning on it (leans_on_the_answer)
    over a reply shorter than it: 'What is the card?' / text / 'Do tourists need one?' / 'Not
    really. ...', 'Does it apply to hostels?' / 'No. ...' / 'Is that fair to the herders?' /
    'Some say not. ...' (not 'Is that the end of the plan?' over a section of its own, nor
    'Does it apply to hostels?' under 'What is the levy?')."""
    head = answer_above(items, flags, k)
    if head < 0:
        return False
    question = items[k].text
    if names_the_answer(question) or answered_by_a_voice(question, reply):
        return True
    if points_at_answer(question) and replied(question, reply):
        return True
    # a lean alone marks an aside when its reply is shorter than the answer it follows: a
    # FAQ's 'Does it flood?' / 'No. <as long as the others>' heads a section of its own
    answer = answer_text(items, head, k)
    return len(reply) < len(answer) and leans_on_the_answer(question, answer, items[head].text)


def in_company(items: list[Item], marked: set[int], k: int) -> bool:
    """True when the mark right after question k's reply is a bare question: two question
    heads keep each other company, whatever answers them ('Why does it matter?' / 'Because
    ...' / 'Is it safe to swim?' / text)."""
    after = [j for j in range(k + 1, min(len(items), k + REPLY_LINES + 2)) if j in marked]
    return bool(after) and is_bare_question(items[after[0]])


def is_formed(text: str) -> bool:
    """True for a question in a head's own form, numbered, labelled, in capitals or quoted:
    'Step 3: Do you need a guide?', '4) Is the fee fixed?', '"Can I still turn up?"'."""
    return bool(head_form(text) or QUOTED.match(text))


def after_a_line(items: list[Item], flags: list[bool], k: int) -> bool:
    """True for line k right after a paragraph or a list's line, no head nor picture."""
    return k > 0 and not flags[k - 1] and isinstance(items[k - 1], Line)


def usual_section(
    items: list[Item], marked: set[int], statements: list[int]
) -> tuple[float, float]:
    """The median lines and characters under the page's statement heads, to the next mark or
    picture: 'The dam leaked.' / 240 / 'Rents rose.' / 310 / 90 -> (1.5, 320)."""
    lines, sizes = [], []
    for k in statements:
        size, j = 0, k + 1
        while j < len(items) and isinstance(items[j], Line) and j not in marked:
            size, j = size + len(items[j].text), j + 1
        lines.append(j - k - 1)
        sizes.append(size)
    return median(lines), median(sizes)
