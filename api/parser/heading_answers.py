"""Questions answered at once in the running text, told from question heads by the document.

A question the writer asks in the running text is answered in the line right after it, by a
short reply or a quotation ('Did he go and look at it?' / 'Once. He came back ...', 'Why?' /
'"They want something that can't send an email," she says.'). A FAQ's heads are answered at
once too ('Is it taxed?' / 'No, and ...'), so the reply alone settles nothing: the document
does.

- formed heads: where FORM_HEADS statement heads or more share a form, capitals, a numeral or
  a number before a name ('THE SHOP', 'A MACHINE FOR EVERY WRITER'; 'I', 'II', 'III'; '1. A
  bone comb', '2. Phone-stacking'), FORM_SHARE of them at least (a closing box's head such as
  'Visit' or 'Warnings in force' keeps no form), a question answered at
  once without that form is asked in the text; a question head of the page keeps the form
  ('WHO BRINGS THEM IN?');
- questions alone: where no statement head stands, COMPANY questions at most, each answered
  at once, are the writer's own, as one alone is: a memoir's 'What do you sell, in a shop like
  that?' / 'Everything, is the answer.' (a FAQ asks more);
- fragment replies: a yes-or-no question answered at once by a fragment, REPLY_WORDS words at
  most opening on no reply word ('No', 'Often', 'Usually'), picks up the question's word in
  the text: 'Does anyone get a say?' / 'Customers, in theory. Each company ...' (a FAQ's head:
  'Do I need to apply?' / 'No. ...'; 'Most did.' answers yes or no too); where a question
  head is answered so ('Can schools opt out?' / 'Yes. ...'), the page's heads are answered
  at once, and a question heading more than its fragment reply is one of them ('Will
  parents notice?' / 'At the till, certainly. ...' / text / the next head);
- echoed answers: a yes-or-no question answered by its own pronoun and a verb that asks, and
  nothing more, is a reply in the text, as in speech: 'Could they have said it earlier?' /
  'They did.', 'Did he know?' / 'He did not, he said.' (a FAQ's answer says more: 'You can,
  if you are brave.').
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from itertools import compress
from typing import Final

from api.parser.heading_kin import is_caps
from api.parser.heading_limits import QUESTION_WORDS
from api.parser.heading_questions import (
    COMPANY,
    asks_in_full,
    is_question_line,
    next_line,
    speaks_in_first_person,
)
from api.parser.layout import Item, Line, Picture
from api.parser.sentences import BREAK_AFTER_MARK, SENTENCE_ENDS, is_abbreviation

FORM_HEADS = 3  # statement heads sharing a form that make the page's heads formed ones
REPLY_WORDS = 4  # the words of a reply given at once: 'Once.', 'Everything, is the answer.'
# A head that is a numeral alone, a long read's part: 'I', 'IV.', '3'.
NUMERAL = re.compile(r"^(?:[IVXLC]{1,6}|\d{1,3})\.?$")
# A head numbered before its name, a countdown's or a collection's item: '4. Phone-stacking'.
NUMBERED: Final = re.compile(r"^\d{1,3}[.)]\s+\S")
# A head whose marker word and number open it before a colon or a dash, a guide's step:
# 'Step 2: Pay the fee', 'Day 3 – Into the hills', 'Part 1. The road', and a countdown's
# abbreviated word: 'No. 4: Is it a dish?'.
MARKED: Final = re.compile(r"^(?:[A-Z][a-z]{2,8}|[A-Z][a-z]{1,3}\.) \d{1,2}\s*[:.–—-]\s+\S")
# The share of the statement heads that make a form the page's: 'Visit' closing seven numbered
# objects, 'Warnings in force' closing caps day heads.
FORM_SHARE: Final = 2 / 3
# Words that answer a yes-or-no question, or open such an answer, besides adverbs in '-ly':
# 'No.', 'Often.', 'Not necessarily.', 'Only if you rent.', 'It depends.'.
REPLY_WORDS_TABLE: Final = frozenset(
    "yes no nope yeah not never often sometimes always seldom maybe perhaps sure it only"
    " depends hardly almost".split()
)
# Negative pronouns, which open a paragraph answering a yes-or-no question as 'No' does ('No
# one' opens on it already): 'Does it last?' / 'Nobody pretends to know. ...'. A short reply on
# its own, 'Nothing yet.', is no reply word (fragment_replies reads it as the writer's).
DENIALS: Final = frozenset({"nobody", "nothing", "none"})
# The words of a fragment's first sentence at most, a reply going on in the text: 'Probably a
# charity, or a trust that owns the pier.'
FRAGMENT_WORDS: Final = 12
# Words opening a comparative reply without its 'than': 'More than most.', 'Less so now.'.
COMPARATIVES: Final = frozenset({"more", "less", "fewer", "better", "worse"})
# Words opening a clause inside a fragment, whose verb is the clause's: 'than you might think'.
CLAUSE_WORDS: Final = frozenset({"than", "who", "which", "that", "whose", "if", "when", "because"})
# What opens a reply that quotes the answer: '"Yes."', '“The doorstep,” she says.'
QUOTE_OPENERS = "\"“‘'„«"
# An attribution closing a reply's sentence, not part of the answer: 'He did not, he said.'
ATTRIBUTION = re.compile(
    r",\s+(?:he|she|they|we|i|it)\s+(?:said|says|say|added|adds|replied|replies|told \w+)$",
    re.IGNORECASE,
)
PRONOUNS = frozenset("i you he she it we they there".split())
# Verbs that ask a yes-or-no question and answer it again: 'Could they ...?' / 'They did.'
AUXILIARIES = frozenset(
    "is are was were am do does did can could will would should shall may might must has have"
    " had".split()
)
NEGATIONS = frozenset({"not", "n't"})
# A question's indefinite subject, which the reply may answer with a name: 'Can anyone ...?'.
ANYONE_SUBJECTS: Final = frozenset("anyone anybody someone somebody".split())
# How many, a reply's subject that answers yes or no in short, naming no one: 'Most do.'.
QUANTIFIERS: Final = frozenset("most many some all few several both each none".split())
# Verbs that ask the reader's advice, a review's or a service page's head: 'Should you buy it?'.
ADVICE_WORDS: Final = frozenset({"should", "shall"})
# The words closing a first sentence that says yes or no in full: 'The bank says no.'
VERDICTS: Final = frozenset({"yes", "no"})
# A FAQ's question heads outnumber its statement heads this many times at least: 'What is
# changing?', 'Do I need a card?', ... beside one 'Key dates' box.
FAQ_SHARE: Final = 3
# A follow-up question's subject pointing at the text before it: 'Does that mean ...?'.
FOLLOW_UP_SUBJECTS: Final = frozenset({"that", "this"})
# The subject that points back at what was just said, wherever in a section ('Does that mean
# ...?'); 'this' may name the page's own subject, as a FAQ's head does: 'Does this apply to me?'.
FOLLOW_UP_THAT: Final = "that"
# The letters of each word of a pair a follow-up question repeats from the text before it.
ECHO_LETTERS: Final = 4
# The questions answered by quotations that make a reported exchange (put_and_answered).
EXCHANGE_QUESTIONS: Final = 2
# The questions in a row, each answered by the paragraph before the next, that make an
# interview's run inside a section when the answers are not quoted (answered_runs).
QA_RUN: Final = 3
# The text lines of a question's section, its reply first, pictures passed and a list as one,
# that make it a head's: 'Are checks free?' / 'They are. ...' / 'What they offer:' / list / text.
FULL_SECTION: Final = 4


def head_form(text: str) -> str:
    """The form a head shares with the page's others: 'numeral' ('II', '3.'), 'numbered' ('4.
    Phone-stacking'), 'caps' ('THE
    SHOP', "'THEY WILL OUTLIVE US ALL'"), '' for a mixed-case line: 'Why?'."""
    if NUMERAL.match(text):
        return "numeral"
    if NUMBERED.match(text):
        return "numbered"
    if MARKED.match(text):
        return "marked"
    return "caps" if is_caps(text) else ""


def first_sentence(text: str) -> str:
    """The reply's first sentence, its mark and an attribution dropped: 'He did not, he said.
    More.' -> 'He did not'."""
    end = BREAK_AFTER_MARK.search(text)
    sentence = text[: end.start()] if end else text.rstrip(SENTENCE_ENDS)
    sentence = sentence.rstrip(SENTENCE_ENDS)
    return ATTRIBUTION.sub("", sentence)


def reply_to(items: list[Item], flags: list[bool], k: int) -> Line | None:
    """The line right after question k when it is a paragraph ending a sentence, else None."""
    reply = next_line(items, k)
    if reply is None or flags[k + 1] or reply.text[-1] not in SENTENCE_ENDS:
        return None
    return None if is_question_line(reply) else reply


def answered_at_once(items: list[Item], flags: list[bool], k: int) -> bool:
    """True when the line after question k answers it at once: a short first sentence ('Once.',
    'Not quite.', 'Everything, is the answer.') or a quotation ('"The doorstep," she says.')."""
    reply = reply_to(items, flags, k)
    if reply is None:
        return False
    if reply.text[0] in QUOTE_OPENERS:
        return True
    return len(first_sentence(reply.text).split()) <= REPLY_WORDS


def echoes(question: str, reply: str) -> bool:
    """True for a reply that is the question's pronoun and a verb that asks, and no more:
    'Could they have said it earlier?' / 'They did.' (not 'Can you swim?' / 'You can, if you
    are brave.'), or one naming who for an indefinite's question ('Will anyone win?' / 'Jo
    might.'), or that says the question again: 'Really?' / 'Really.'."""
    said = first_sentence(reply).lower()
    if said and said == question.lower().rstrip("?").strip():
        return True  # 'Really?' / 'Really. Two rabbits need a run.'
    asked = question.lower().replace("’", "'").split()[:2]
    if len(asked) < 2 or asked[0] not in AUXILIARIES:
        return False
    anyone = asked[1] in ANYONE_SUBJECTS
    if not (anyone or asked[1] in PRONOUNS):
        return False
    words = said.replace("’", "'").replace("n't", " n't").split()
    if anyone and 2 <= len(words) <= 3 and words[-1] in AUXILIARIES:
        # 'Can anyone stop them?' / 'Hatherby might.', 'The council might.': who, named (a
        # count, 'Most do.', answers an FAQ's yes or no in short)
        named = words[0] not in QUANTIFIERS and words[0] not in AUXILIARIES
        return named and words[-2] not in AUXILIARIES
    if not 2 <= len(words) <= 3 or words[0] != asked[1] or words[1] not in AUXILIARIES:
        return False
    return len(words) == 2 or words[2] in NEGATIONS


def echoed(items: list[Item], flags: list[bool], k: int) -> bool:
    """True for question k answered by its own pronoun and verb (echoes): 'Did he?' / 'He did.'."""
    reply = reply_to(items, flags, k)
    return reply is not None and echoes(items[k].text, reply.text)


def no_bound(k: int) -> bool:
    """No line heads a section but the flagged ones."""
    return False


def answered_questions(
    items: list[Item], flags: list[bool], bound: Callable[[int], bool] = no_bound
) -> list[int]:
    """The question heads asked and answered in the running text: formed heads' odd question,
    questions alone and echoed answers (see the module's docstring); `bound` tells a line that
    would head a section though not flagged yet (a statement head of the page's series)."""
    heads = [k for k in compress(range(len(items)), flags) if isinstance(items[k], Line)]
    asked = [k for k in heads if is_question_line(items[k])]
    if not asked:
        return []  # (most pages: nothing more is read)
    statements = [k for k in heads if not is_question_line(items[k])]
    short = [k for k in asked if echoed(items, flags, k)]
    short += fragment_replies(items, flags, asked, FAQ_SHARE * len(statements) < len(asked))
    # 'Could they have said it earlier?' / 'They did.', unless the answer heads a section
    found = {k for k in short if not heads_a_section(items, flags, heads, k, bound)}
    if not statements and len(asked) <= COMPANY:
        if all(answered_at_once(items, flags, k) for k in asked):
            found.update(asked)  # 'Did he go and look at it?' / 'Once.' in a memoir
    if len(statements) >= FORM_HEADS and asked[0] < statements[0]:
        if answered_at_once(items, flags, asked[0]):
            found.add(asked[0])  # 'Lohnt sich das?' / 'Meistens ja.' above the first head
            if closes_on_a_head(items, flags, asked[0] + 2):
                found.update(asked_as_in_the_lead(items, flags, asked[1:]))
    found.update(followed_up(items, flags, asked))
    found.update(put_and_answered(items, flags, asked, len(statements)))
    form = shared_form(items, statements)
    if form:
        last = max(k for k in statements if head_form(items[k].text) == form)
        for k in asked:
            if head_form(items[k].text) != form and asked_in_passing(items, flags, k, last):
                found.add(k)  # 'THE SHOP' ... 'Why?' / '"They want ...," she says.'
    return sorted(found)


def heads_a_section(
    items: list[Item], flags: list[bool], heads: list[int], k: int, bound: Callable[[int], bool]
) -> bool:
    """True when question head k, past the page's first head and asked afresh, is answered by
    a paragraph that goes on past its short reply, its section FULL_SECTION lines to the next
    head or the end, pictures passed: a FAQ's head whose section opens on a short reply ('Are
    checks free?' / 'They are. Nurses ...' / 'What they offer:' / list / text / the next head),
    not one asked in passing ('Did they know?' / 'They did. ...' / one line / the next head)."""
    reply = reply_to(items, flags, k)
    if reply is None or k <= heads[0] or not says_more(reply.text):
        return False
    if not asks_afresh(items[k].text):
        return False  # 'Phones too?' / 'Phones too. ...', 'Does that bother them?': the text's
    return text_lines_to_next_head(items, flags, k + 1, bound) >= FULL_SECTION


def asks_afresh(question: str) -> bool:
    """True for a yes-or-no question asked in full, its verb first and its subject no pointer
    at the text before it: 'Is it too long?', 'Are there free checks?' (not 'Does that bother
    them?', nor a clipped 'Phones too?')."""
    words = question.lower().split()
    return len(words) > 2 and words[0] in AUXILIARIES and words[1] not in FOLLOW_UP_SUBJECTS


def says_more(text: str) -> bool:
    """True for a reply paragraph going on past its first sentence: 'A little. Fourteen tracks
    is two more than it needs.' (not 'They did.', nor 'He did not, he said.')."""
    end = BREAK_AFTER_MARK.search(text)
    return end is not None and bool(text[end.end() :].strip())


def text_lines_to_next_head(
    items: list[Item], flags: list[bool], j: int, bound: Callable[[int], bool]
) -> int:
    """The text lines (a list as one) from item j to the next head, a `bound` line or the end,
    pictures passed: 'Short songs. Long album.' / picture / 'Out now.' / end -> 2."""
    count = 0
    while j < len(items) and not flags[j] and not bound(j):
        count += not isinstance(items[j], Picture)
        j += 1
    return count


def asked_in_passing(items: list[Item], flags: list[bool], k: int, last: int) -> bool:
    """True when question k, outside the form of a page's formed heads (the last of them at
    `last`), is answered in the text: a yes-or-no question to the reader, its subject or verb
    left out too, by the one paragraph after it whatever its length ('Step 2: Pay' / text /
    'Lost your card?' / 'Ask the desk for a copy before you pay.' / the next head or a
    picture; over more text it heads a section of its own); another at once among the formed
    heads ('THE SHOP' ... 'Why?' / 'Once.' ... 'THE YARD'). A question word's question after
    the formed heads closes the page as a box's head does: 'How long does it take?' / 'A
    week.'."""
    first = items[k].text.split(None, 1)[0].lower()
    if first in QUESTION_WORDS:
        return k < last and answered_at_once(items, flags, k)
    if answered_at_once(items, flags, k):
        return True
    return reply_to(items, flags, k) is not None and not runs_on(items, flags, k)


def put_and_answered(
    items: list[Item], flags: list[bool], asked: list[int], statements: int
) -> list[int]:
    """Questions put in the running text and answered by a quotation, an exchange the writer
    reports (counsel's question, the witness's reply): each right after a paragraph, its reply
    a quotation, EXCHANGE_QUESTIONS of them at least, and no more of them than statement heads
    ('Why did you stay?' / '"Because someone had to," she said.' under 'Ada Moss, nurse'). A
    question head opens its section under a head, or is one of a page of question heads."""
    if not statements or len(asked) < max(EXCHANGE_QUESTIONS, QA_RUN - (statements > 1)):
        return []  # (most documents: too few questions or statement heads to look at replies)
    found: list[int] = []
    if statements >= EXCHANGE_QUESTIONS:
        found = [
            k for k in asked if after_paragraph(items, flags, k) and quoted_reply(items, flags, k)
        ]
    closing: list[int] = []
    if len(found) < EXCHANGE_QUESTIONS and len(asked) >= QA_RUN:
        found, closing = answered_runs(items, flags, asked)  # answered in plain text
    return closing + (found if EXCHANGE_QUESTIONS <= len(found) <= statements else [])


def answered_runs(
    items: list[Item], flags: list[bool], asked: list[int]
) -> tuple[list[int], list[int]]:
    """The questions of runs of QA_RUN or more, each answered by the one paragraph between it
    and the next, the first after a paragraph, all under a statement head and over another
    (more turns may stand between: 'Will you ever open one?' / 'Maybe.'): an interview's turns
    inside a section ('Five questions for a baker' / text / 'When do you start?' / 'At three.
    ...' / 'Rye or wheat?' / 'Rye, always.' / ... / 'Where to eat'), once one turn is spoken
    (see is_spoken_run); and, apart, the runs whose last answer closes the text, the first
    questions under the last statement head, readers' questions in an expert's section ('Ask
    the vet' / 'We put your questions to ...' / 'My cat is 14. Should she ...?' / answer / ...
    / end). A FAQ's question heads are the page's heads, with no statement head over the first
    or none of their turns spoken ('What we know' / text / 'Who is affected?' / 'Residents of
    ...' / 'When does it start?' / ...)."""
    statements = [k for k in compress(range(len(items)), flags) if not is_question_line(items[k])]
    if not statements:
        return [], []
    first, last = statements[0], statements[-1]
    found: list[int] = []
    closing: list[int] = []
    run: list[int] = []
    end = len(items)
    for k in [*asked, end]:  # (the end closes the last run)
        if run and k == run[-1] + 2 < end and reply_to(items, flags, run[-1]) is not None:
            run.append(k)
            continue
        if len(run) >= QA_RUN and first < run[0] and reply_to(items, flags, run[-1]) is not None:
            if run[-1] + 1 < last:
                if is_spoken_run(items, run):
                    found += run
            elif run[-1] + 2 == end and opens_the_last_section(asked, last, run[0]):
                closing += run  # the last answer is the text's last line
        run = [k] if k < len(items) and after_paragraph(items, flags, k) else []
    return found, closing


def opens_the_last_section(asked: list[int], last: int, k: int) -> bool:
    """True when question k is the first question under the page's last statement head, at
    `last`, as a closing run of readers' questions stands in its own section ('Ask the vet'
    / text / 'Should I ...?'), not after the page's question heads (an FAQ's last ones)."""
    return last < k and not any(last < j < k for j in asked)


def is_spoken_run(items: list[Item], run: list[int]) -> bool:
    """True when a turn of the run is spoken, as an interview's are: a question not asked in
    full ('Rye or wheat?') or an answer in the first person ('I bake at three.'). A FAQ asks
    in full and answers in the third person: 'Who is affected?' / 'Residents of the zone.'."""
    for k in run:
        if not asks_in_full(items[k].text):
            return True  # (the question is read first: it is shorter than its answer)
        answer = next_line(items, k)
        if answer is not None and speaks_in_first_person(answer.text):
            return True
    return False


def after_paragraph(items: list[Item], flags: list[bool], k: int) -> bool:
    """True when the item before line k is a paragraph ending a sentence, no head."""
    before = items[k - 1] if k > 0 else None
    return isinstance(before, Line) and not flags[k - 1] and before.text[-1] in SENTENCE_ENDS


def quoted_reply(items: list[Item], flags: list[bool], k: int) -> bool:
    """True when the line after question k is a paragraph opening on a quotation: '"No."'."""
    reply = reply_to(items, flags, k)
    return reply is not None and reply.text[0] in QUOTE_OPENERS


def closes_on_a_head(items: list[Item], flags: list[bool], j: int) -> bool:
    """True when the first text line from item j on, pictures skipped, is a statement head, or
    none is: a question's one-line answer closes its section there ('Why?' / 'Because.' /
    picture / 'The next stop')."""
    while j < len(items) and not isinstance(items[j], Line):
        j += 1  # (the pictures after one answer are walked once)
    return j == len(items) or (flags[j] and not is_question_line(items[j]))


def asked_as_in_the_lead(items: list[Item], flags: list[bool], asked: list[int]) -> list[int]:
    """Questions spaced as the lead's running-text question is, between a paragraph and one
    answering line that closes the section, once the lead shows the writer's habit ('Is it
    worth it?' / 'Mostly.' / 'The first leg' ... text / 'Why bother?' / 'For the view, ...' /
    'The second leg'); a question head opens its section, or heads more than one line."""
    found = []
    for k in asked:
        before = items[k - 1]
        if not isinstance(before, Line) or flags[k - 1] or reply_to(items, flags, k) is None:
            continue
        if closes_on_a_head(items, flags, k + 2):
            found.append(k)
    return found


def fragment_replies(
    items: list[Item], flags: list[bool], asked: list[int], faq: bool = False
) -> list[int]:
    """Yes-or-no questions answered at once by a fragment that is no reply word: the writer
    asks them in the text and picks their word up ('Does anyone get a say?' / 'Customers, in
    theory.'); a FAQ's head is answered by a reply word ('Do I need to apply?' / 'No. ...').
    Where a question head of the page is so answered, a question heading more than its
    fragment reply is one more of the FAQ's heads (see heads_in_rhythm); on a page of FAQ_SHARE
    question heads, so is one answered by a first sentence closing on yes or no (said_in_full:
    'Will it cost anything?' / 'The company says no.'), where among statement heads it is a
    review's aside ('Is it too long?' / 'In places, yes.')."""
    found = []
    rhythm: bool | None = None  # (whether a head is answered by a reply word: read where asked)
    for k in asked:
        first = items[k].text.split(None, 1)[0].lower()
        reply = reply_to(items, flags, k)
        if first not in AUXILIARIES or reply is None or reply.text[0] in QUOTE_OPENERS:
            continue
        said = first_sentence(reply.text).split()
        if not said or len(said) > REPLY_WORDS or is_reply_word(said[0]):
            continue
        if is_abbreviation(said[-1]):
            continue  # 'New Jersey Sen. Cory Booker ...': no sentence ended at the period
        if said[-1].lower() in AUXILIARIES:  # 'Most did.' answers yes or no in short
            continue
        if faq and said_in_full(said[-1]):
            continue  # 'Will it cost anything?' / 'The company says no.': a FAQ head's reply
        if runs_on(items, flags, k):
            rhythm = heads_in_rhythm(items, flags, asked) if rhythm is None else rhythm
            if rhythm:
                continue  # 'Can schools opt out?' / 'Yes. ...' ... 'Will parents notice?' /
                # 'At the till, certainly. ...' / more text: a head in the FAQ's rhythm
        found.append(k)
    return found


def said_in_full(last: str) -> bool:
    """True for the last word of a reply's first sentence saying yes or no: 'no.' in 'The
    company says no.', 'yes.' in 'Older ones, yes.' (not 'theory.' in 'Customers, in theory.')."""
    return last.lower().rstrip(".!") in VERDICTS


def followed_up(items: list[Item], flags: list[bool], asked: list[int]) -> list[int]:
    """Yes-or-no questions inside a section, after its text (a paragraph, a list, a live post's
    clock line), pointing back at it ('that' or 'this' after the verb; right after the one
    paragraph under a question head, two of its words again too), answered by a paragraph
    opening on a reply word or a spoken reply ('It can be.', 'Per person.' after 'per person
    or per family?': elided_reply, chosen_reply): the writer's follow-up in the text ('Who
    is at risk?' / 'Babies, most of all.' / 'Does that mean adults are safe?' / 'Not
    entirely. ...'). A FAQ's next
    question asks afresh: 'How long does it last?' / text / 'Should I go to A&E?' / 'Only if
    ...'."""
    found = []
    for k in asked:
        words = items[k].text.lower().split()
        if not asks_back(words) or not 2 <= k < len(items) - 1 or flags[k - 1]:
            continue  # (most questions: a question word opens them, read first)
        reply = reply_to(items, flags, k)
        if reply is None or not (
            opens_on_a_reply(reply.text)
            or echo_reply(reply.text)
            or elided_reply(reply.text)
            or chosen_reply(items[k].text, reply.text)
        ):
            continue
        if words[1] == FOLLOW_UP_THAT and words[0] in AUXILIARIES:
            found.append(k)  # 'Does that include ...?' / 'Usually not.' anywhere in a section
            continue
        before = items[k - 1]
        under = flags[k - 2] and is_question_line(items[k - 2])
        closed = k + 2 < len(items) and flags[k + 2]
        if under and closed and isinstance(before, Line) and points_back(words, before.text):
            found.append(k)
    return found


def asks_back(words: list[str]) -> bool:
    """True for a yes-or-no question's words, or a clipped one's, its verb that asks and its
    subject left out and 'that' or 'this' after its first word: ['does', 'that', 'help?'],
    ['heard', 'that', 'before?'] ('Have you heard that before?'), not ['who', 'pays?']."""
    if words[0] in AUXILIARIES:
        return True
    return len(words) > 1 and words[0] not in QUESTION_WORDS and words[1] in FOLLOW_UP_SUBJECTS


# The contractions whose auxiliary changes its spelling when 'not' is joined on: 'can't' is
# 'can not', 'won't' 'will not' (the rest only lose their 'n't': 'didn't' -> 'did n't').
_IRREGULAR_NOTS: Final = (("can't", "can n't"), ("won't", "will n't"), ("shan't", "shall n't"))


def spoken_words(text: str) -> list[str]:
    """A reply's first sentence in lower case, its auxiliaries and their 'not' apart: "It can't
    be." -> ['it', 'can', "n't", 'be.'], "They didn't." -> ['they', 'did', "n't."]."""
    said = first_sentence(text).lower().replace("’", "'")
    for contracted, spelled in _IRREGULAR_NOTS:
        said = said.replace(contracted, spelled)
    return said.replace("n't", " n't").split()


def echo_reply(text: str) -> bool:
    """True for a paragraph opening on a pronoun and a verb that asks, and no more, as a
    spoken reply does: 'You have. The council said ...', 'It did not. ...' (not 'You can claim
    it back.' nor 'They say so.')."""
    words = spoken_words(text)
    if not 2 <= len(words) <= 3 or words[0] not in PRONOUNS or words[1] not in AUXILIARIES:
        return False
    return len(words) == 2 or words[2] in NEGATIONS


# The verbs a spoken reply leaves standing after its auxiliary, the question's own verb
# elided: 'Is that hard to prove?' / 'It can be.', 'Has it worked?' / 'It has done.'
ELIDED_VERBS: Final = frozenset({"be", "do", "have", "been", "done"})
ELIDED_WORDS: Final = 2  # elided verbs at most after the auxiliary: 'It might have been.'
# The words at most of a reply that picks one of an either-or question's options.
CHOICE_WORDS: Final = 4


def elided_reply(text: str) -> bool:
    """True for a paragraph opening on a pronoun and an auxiliary, the question's verb elided
    or a comma after it, as a spoken reply does: 'It can be. ...', 'They will, for now. ...',
    'It might have. ...', "It can't be. ...", 'It could have been. ...' (not 'It can be paid
    online.', 'They will need a permit.')."""
    words = spoken_words(text)
    if len(words) < 2 or words[0] not in PRONOUNS:
        return False
    if words[1].endswith(",") and words[1].rstrip(",") in AUXILIARIES:
        return True  # 'It can, for now': the reply's yes, then its limit
    if words[1] not in AUXILIARIES:
        return False
    left = words[3:] if words[2:3] and words[2] in NEGATIONS else words[2:]
    # ('It could have been.', 'It can't be.': the auxiliary's 'not' and a second verb too)
    return 1 <= len(left) <= ELIDED_WORDS and all(word in ELIDED_VERBS for word in left)


def chosen_reply(question: str, text: str) -> bool:
    """True for a reply whose short first sentence picks one of an either-or question's
    options in the question's own words, the one before its 'or' or the one after: 'Is it
    weekly or monthly?' / 'Monthly. ...', 'By bus or by train?' / 'By train, mostly.' (not 'Is
    it weekly?' / 'Monthly.', no options given, nor 'Do they pay weekly or monthly?' / 'They
    pay.', the question's words but no option)."""
    asked = question.lower()
    if " or " not in asked:
        return False
    said = first_sentence(text).lower().split(",")[0].strip(" .;:")  # 'By train, mostly.'
    if not 0 < len(said.split()) <= CHOICE_WORDS:
        return False
    asked = f" {asked.rstrip('?')} "
    return f" {said} or " in asked or f" or {said} " in asked


def points_back(words: list[str], before: str) -> bool:
    """True when a question's words point at the paragraph before it: 'that' or 'this' after
    its verb ('Does that mean ...?'), or two words of four letters or more in a row that the
    paragraph holds too ('Can a recycling rate ...?' after '... its recycling rate rose')."""
    if len(words) > 1 and words[1] in FOLLOW_UP_SUBJECTS:
        return True
    said = before.lower()
    pairs = zip(words, words[1:], strict=False)
    return any(
        len(a) >= ECHO_LETTERS and len(b) >= ECHO_LETTERS and f"{a} {b}" in said for a, b in pairs
    )


def runs_on(items: list[Item], flags: list[bool], k: int) -> bool:
    """True when a paragraph follows the reply to question k, no head: the question heads more
    than one line, as a section's head does ('Will parents notice?' / 'At the till, certainly.
    ...' / 'Parents' groups say ...'); a question asked in the text is answered and its
    section closes, or the text goes on from the reply."""
    after = items[k + 2] if k + 2 < len(items) else None
    return isinstance(after, Line) and not flags[k + 2]


def heads_in_rhythm(items: list[Item], flags: list[bool], asked: list[int]) -> bool:
    """True when a question head of `asked` is answered at once by a reply word, as a FAQ's
    heads are: 'Can schools opt out?' / 'Yes. Those with a contract ...'. The page's heads
    are answered at once, so a fragment reply ('At the till, certainly.') does not mark a
    question as the writer's own."""
    for k in asked:
        reply = reply_to(items, flags, k)
        if reply is None or reply.text[0] in QUOTE_OPENERS:
            continue
        said = first_sentence(reply.text).split()
        if said and len(said) <= REPLY_WORDS and is_reply_word(said[0]):
            return True
    return False


def asks_yes_or_no(question: str) -> bool:
    """True for a question opening on a verb that asks, not for advice: 'Can you make it
    ahead?', 'Was it close?' (not 'Who pays?', nor a service head: 'Should you buy it?')."""
    first = question.split(None, 1)[0].lower()
    return first in AUXILIARIES and first not in ADVICE_WORDS


def opens_on_a_reply(text: str, denials: bool = True) -> bool:
    """True for a paragraph opening on a word that answers a yes-or-no question, 'it' only in
    'It depends', or on a denial: 'Yes. Bake it the day before.', 'Not to the losers, who
    ...', 'Nobody pretends to know. ...' (not 'It starts like a cold.'). Without `denials`, a
    denial's pronoun opens a statement, a reply only right under a question: 'Nobody came.'."""
    words = text.split(None, 2)
    if words[0].lower() == "it":
        return len(words) > 1 and words[1].startswith("depends")
    first = words[0].strip(".")
    return is_reply_word(first) or (denials and first.strip(",;:").lower() in DENIALS)


def answered_by_a_fragment(question: str, answer: str) -> bool:
    """True for a question in sentence case, no advice asked, whose answer opens on a fragment
    without a clause's verb that is no FAQ's yes or no, the writer's own reply going on in the
    text: 'Is the ferry quick?' / 'Quicker than the bridge. ...', 'Who will run it?' /
    'Probably a charity, or ...' (not 'Is it worth the trip?' / 'Yes, at least once. ...', a
    FAQ's reply, 'Should you buy it?', a service head, nor 'CAN YOU FREEZE IT?', a head's
    capitals)."""
    asked = question.split(None, 1)[0].lower()
    if is_caps(question) or asked in ADVICE_WORDS:
        return False
    if answer[0] in QUOTE_OPENERS:
        return False  # a quotation answers an exchange, read by put_and_answered
    said = first_sentence(answer).split()
    if not said or len(said) > FRAGMENT_WORDS:
        return False
    first = said[0].strip(",;:").lower()
    if first in COMPARATIVES or (len(said) > 1 and said[1] == "than"):
        return has_no_clause(said)  # 'Quicker than the bridge.'
    # a yes-or-no question's reply word is a FAQ's answer ('Yes, at least once.'); a question
    # word's hedge in '-ly' is the writer's ('Who will run it?' / 'Probably a charity, or
    # ...'), where a head's section may open on a denial ('Who pays?' / 'Not the council.')
    if asked not in QUESTION_WORDS:
        return False
    return first.endswith("ly") and has_no_clause(said)


def has_no_clause(words: list[str]) -> bool:
    """True when no subject pronoun nor verb that asks stands before the sentence's first comma
    or clause word: 'Probably a charity, or a trust that owns the pier', 'Cheaper than you
    might think' (not 'Probably they will wait')."""
    for said in words[1:]:
        word = said.strip(",;:").lower()
        if word in PRONOUNS or word in AUXILIARIES:
            return False
        if word in CLAUSE_WORDS or said[-1] in ",;:":
            return True  # the main clause ends: what follows is a clause of its own
    return True


def is_reply_word(word: str) -> bool:
    """True for a word that answers a yes-or-no question: 'No', 'Often', 'Usually', 'Not'."""
    word = word.strip(",;:").lower()
    return word in REPLY_WORDS_TABLE or word.endswith("ly")


def shared_form(items: list[Item], statements: list[int]) -> str:
    """The form FORM_HEADS statement heads or more share, FORM_SHARE of them at least, '' for
    none: 'numbered' for '1. A comb', '2. A hat', '3. A clock', 'Visit'."""
    if len(statements) < FORM_HEADS:
        return ""
    forms = Counter(head_form(items[k].text) for k in statements)
    form, count = forms.most_common(1)[0]
    if form and count >= FORM_HEADS and count >= FORM_SHARE * len(statements):
        return form
    return ""
