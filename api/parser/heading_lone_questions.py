"""Questions leaning on the text before them, answered by the next line: running text, not
heads ('... Varga-Olsen won the first reverse singles.' / 'Was the clay too slow for
him?' / 'Not according to him. ...' / the next head).

A head opens a section the way the page's other heads do; a question asked in passing points
back at what was just told (a word for someone or something named before: 'him', 'yours',
'those days') and is answered by the one or two lines after it, a reply much shorter than the
page's sections. A FAQ's own question names its topic ('Can I still fill my pool?') or heads
a section as long as its siblings'.

Among heads of another form (statements, 'Step N:'), a question need not point back: one
right after a list, one carrying the text on ('But is anyone listening?'), one asking yes or
no answered by a line that opens as a reply ('Are they wrong?' / 'Not entirely. ...'), or a
'why' answered 'Because ...' is asked in passing too; a question head after a picture, the
page's closing question, a question for the reader and questions in a row stay heads.
"""

from __future__ import annotations

import re
from itertools import compress, pairwise
from statistics import median
from typing import Final

from api.parser.heading_answers import (
    AUXILIARIES,
    DENIALS,
    PRONOUNS,
    QUANTIFIERS,
    VERDICTS,
    first_sentence,
    head_form,
    is_reply_word,
    reply_to,
)
from api.parser.heading_kin import is_bullet, is_caps
from api.parser.heading_limits import QUESTION_WORDS, QUOTED_OPENERS
from api.parser.heading_places import QUOTED
from api.parser.heading_questions import is_question_line, question_heads
from api.parser.layout import Item, Line, ListLines

# Words that point at someone or something the text before named: 'Is the air cleaner on
# those days?', 'Not sure whether yours is licensed?', 'Was it too slow for him?'. 'it',
# 'they' and 'them' may name the page's own subject, as a FAQ's head does ('How rare are
# they?', 'Can children ride them?'), and 'her' may point inside the question ('Can my
# daughter go back the day her fever drops?'), so they point at nothing.
BACK_WORDS: Final = frozenset("those these yours theirs him".split())
# 'that' pointing back after a preposition ('Can they cut your pay for that day?'); after a
# noun it opens a clause ('an e-scooter that does not ...'), as the subject it is a follow-up
# of its own ('Does that include ...?', heading_answers.followed_up).
THAT: Final = "that"
PREPOSITIONS: Final = frozenset("for on in at by from with after about during since".split())
# Heads a page holds at least before one is read as asked in passing: with fewer, the page's
# usual section and its heads' form are not known ('Why now?' / text / 'What next?' / text).
PAGE_HEADS: Final = 3
REPLY_LINES: Final = 2  # 'Plenty do. ...' / 'Fares went up once.': a reply and a punchy line
# The share of the page's usual section a reply stays under: 66 characters beside answers of
# 174 is a reply, an answer of 146 beside 142 a section of its own.
REPLY_SHARE: Final = 0.6
# Right after a list among heads of another form, the place says 'in passing': a one-line reply
# need only be shorter than the usual section ('Try a small payment first. ...', 146 beside 170).
LISTED_REPLY_SHARE: Final = 1.0
# A 'why' answered 'Because ...' among heads of another form is the text reasoning aloud: its
# reply and a punchy line need only be shorter than the usual section (311 beside 375).
REASONED_SHARE: Final = 1.0
WORD: Final = re.compile(r"[^\W\d_]+")
# The reader addressed: a guide's or a column's head asks for them ('Should you talk to a
# solicitor?', 'What happens to your bill?'), a question in passing about what the text told.
READER_WORDS: Final = frozenset({"you", "your"})
# Words opening a reply besides the yes-or-no ones (is_reply_word): a reason for a 'why', a
# count for an 'anyone' or a yes-or-no ('Because the ground falls away.', 'Plenty of people
# do.', 'Most drivers think so.').
REPLY_OPENERS: Final = frozenset({"because", "plenty"}) | DENIALS | QUANTIFIERS
# The words a question's own word opens within, after a conjunction or a preposition at most:
# 'Who pays?', 'So who pays?', 'And how?': a question asking for a topic, not yes or no.
ASKING_WORDS: Final = 2
# Words opening a question that carries on from the sentence before: 'And what of the
# stones?', 'But is anyone listening?' ('So, was it worth it?' closing a page is its verdict).
CARRIERS: Final = frozenset({"and", "but", "so", "or", "yet"})


def leans_back(question: str) -> bool:
    """True for a question holding a word for what the text before named: 'Is the air cleaner
    on those days?', 'Can they cut your pay for that day?' (not 'Is it taxed?', 'How rare are
    they?', nor 'Does that include tips?', 'a scooter that is legal?')."""
    words = [word.lower() for word in WORD.findall(question)]
    if any(word in BACK_WORDS for word in words):
        return True
    return any(word == THAT and before in PREPOSITIONS for before, word in pairwise(words))


def opens_as_reply(question: str, reply: str) -> bool:
    """True for a line opening as the reply to the question before it: a reply word ('Not
    entirely.', 'Probably not, said ...', 'Because ...', 'Nobody has said.'), a first sentence
    closing on yes or no ('The central bank says no.', 'For a freelancer, often yes.'), or the
    question's subject or verb said again ('Does it belong?' / 'It is the best thing on it.',
    'Do the bees know?' / 'They know the colours.'); not 'Go to the office.', 'It needs cash.'
    after 'Why now?'."""
    said = WORD.findall(first_sentence(reply).lower())
    if not said:
        return False
    first = said[0]
    if first != "it" and is_reply_word(first) or first in REPLY_OPENERS:
        return True
    if said[-1] in VERDICTS:
        return True
    asked = [word.lower() for word in WORD.findall(question)]
    if len(asked) < 2 or asked[0] not in AUXILIARIES or first not in PRONOUNS:
        return False
    # 'Does it belong ...?' / 'It is ...': the question's own subject; 'Do the bees know ...?' /
    # 'They know ...': its verb again, after the pronoun for its subject
    return first == asked[1] or len(said) > 1 and said[1] in asked[2:]


def reasoned(question: str, reply: str) -> bool:
    """True for a 'why' answered by its reason: 'Why not build a metro?' / 'Because the
    ground falls away ...' (not 'Why now?' / 'It needs the money.')."""
    asked, said = WORD.findall(question.lower()), WORD.findall(reply.lower())
    return bool(asked and said) and asked[0] == "why" and said[0] == "because"


def asks_yes_or_no(question: str) -> bool:
    """True for a question asking yes or no, the kind a writer answers in passing, whole or
    clipped: 'Are they wrong?', 'Any of this new?' (not 'Who pays for it?', a topic's)."""
    return not QUESTION_WORDS.intersection(WORD.findall(question.lower())[:ASKING_WORDS])


def carries_on(question: str) -> bool:
    """True for a question opening on a conjunction that carries on from the text before:
    'And who pays?', 'But is anyone listening?' (not 'Andorra next?', 'Is it over?')."""
    words = WORD.findall(question.lower())
    return bool(words) and words[0] in CARRIERS


def after_running_text(items: list[Item], flags: list[bool], k: int) -> bool:
    """True for a line right after a paragraph, not a head, picture or list: 'They lost.' /
    'Was it the clay?' (not picture / 'Is it a Christmas ballet?')."""
    before = items[k - 1] if k else None
    return isinstance(before, Line) and not flags[k - 1] and not is_bullet(before.text)


def is_bare_question(item: Item) -> bool:
    """True for a question line of no head form, as a FAQ's heads are: 'Who qualifies?' (not
    'Step 3: Can you still get a seat?', 'Where we ate')."""
    return is_question_line(item) and isinstance(item, Line) and not head_form(item.text)


def among_other_heads(items: list[Item], heads: list[int], bare: int, k: int) -> bool:
    """True when the page's heads other than k, `bare` of all of them bare questions, are
    mostly of another form, statements or 'Step N:' (not a FAQ's 'Who qualifies?' among its
    like)."""
    return 2 * (bare - is_bare_question(items[k])) < len(heads) - 1


def after_list_among_other_heads(items: list[Item], heads: list[int], bare: int, k: int) -> bool:
    """True for a question right after a list's last line on a page whose other heads are
    mostly of another form, statements or 'Step N:' ('... • the tide' / 'Not sure it is
    open?' / 'Ring first.' among 'Step N:' heads; not a FAQ's 'Who qualifies?' after a list)."""
    return right_after_a_list(items, k) and among_other_heads(items, heads, bare, k)


def right_after_a_list(items: list[Item], k: int) -> bool:
    """True for line k right after a list's last line: '• the tide' / 'Not sure it is open?'
    (not 'Check the tide.' / 'Not sure it is open?', nor a picture before it)."""
    before = items[k - 1] if k else None
    return isinstance(before, ListLines) or (isinstance(before, Line) and is_bullet(before.text))


def leans_on_a_list(items: list[Item], flags: list[bool], k: int) -> bool:
    """True for a question right after a list that a lead-in line of its section opened,
    pointing back at the list's items (leans_back): 'What do I bring?' / 'One of these:' / '•
    a passport' / '• a licence' / 'What if I have none of those?' / 'Then ...'. Its place is
    inside the section, as after a list among heads of another form, whatever the page's heads
    (not a FAQ's 'Who qualifies?' after an answer's list, which names its own topic)."""
    j = k - 1
    if j >= 0 and isinstance(items[j], ListLines):
        j -= 1
    else:  # (back over the list's lines only: a bounded walk of the one list before k)
        while j >= 0 and isinstance(items[j], Line) and is_bullet(items[j].text):
            j -= 1
        if j == k - 1:
            return False
    lead = items[j] if j >= 0 else None
    opened = isinstance(lead, Line) and lead.text.endswith(":") and not flags[j]
    return opened and leans_back(items[k].text)


def in_question_company(items: list[Item], heads: list[int], at: int) -> bool:
    """True when the head before or after the page's head `at` is a bare question, unquoted: a
    run of questions keeps each other company, a FAQ's turns ('Which schools?' / 'All eleven.'
    / 'Can parents opt out?' / 'No. ...'), not a quotation's head ('"Will it come back?"')."""
    neighbours = [heads[j] for j in (at - 1, at + 1) if 0 <= j < len(heads)]
    return any(is_bare_question(items[j]) and not QUOTED.match(items[j].text) for j in neighbours)


def replied_among_other_heads(
    items: list[Item], flags: list[bool], heads: list[int], bare: int, at: int
) -> bool:
    """True for a question after a paragraph, opening on a conjunction that carries the text
    on, asking yes or no answered by a line opening as a reply, or asking why answered by its
    reason, on a page whose other heads are mostly of another form ('Nobody moved.' / 'Could
    they have gone further out?' / 'Probably not, said ...' among statement heads; 'But who
    pays?' / 'The council.'). A FAQ's heads are answered so too, a head after a picture opens
    its section, the page's last head is its verdict, a question for the reader is a guide's
    ('Is it too late to plant garlic?') and questions in a row keep each other company. `at`
    is the question's place among the page's heads, `bare` their bare questions."""
    k = heads[at]
    if k == heads[-1] or not after_running_text(items, flags, k):
        return False  # the page's closing question heads its verdict: 'So, was it worth it?'
    question = items[k].text
    if READER_WORDS.intersection(word.lower() for word in WORD.findall(question)):
        return False
    reply = reply_to(items, flags, k)
    if reply is None:
        return False
    replied = asks_yes_or_no(question) and opens_as_reply(question, reply.text)
    if not (carries_on(question) or replied or reasoned(question, reply.text)):
        return False
    return among_other_heads(items, heads, bare, k) and not in_question_company(items, heads, at)


def asked_under_a_first_paragraph(
    items: list[Item], flags: list[bool], heads: list[int], bare: int, at: int
) -> bool:
    """True for a question asking yes or no right under a head's first paragraph, the head
    itself no question, on a page whose heads are mostly of another form, none of its
    neighbours a bare question: 'He was a farmer first.' / text / 'Did he ever want to
    leave?' / 'Not for years. ...' / the next head (a head there would leave the head above
    one paragraph: the question goes on from it). Not 'Who buys them?', a topic's question,
    nor the first question of a FAQ's run."""
    k = heads[at]
    if at == 0 or k == heads[-1] or heads[at - 1] != k - 2 or is_question_line(items[k - 2]):
        return False  # (the page's closing question heads its verdict: 'Is it too long?')
    if not after_running_text(items, flags, k) or not asks_yes_or_no(items[k].text):
        return False
    return among_other_heads(items, heads, bare, k) and not in_question_company(items, heads, at)


def runs_longer(sizes: dict[int, tuple[int, int]], heads: list[int], firsts: set[int]) -> bool:
    """True when the page's other sections (`sizes`, section_sizes) usually run past one
    line: a question over one paragraph is then no section like theirs ('He was a farmer.' /
    two paragraphs, not a guide whose every head is over one paragraph, 'Where to eat' / text
    / 'Can you swim?' / text)."""
    lines = [sizes[k][0] for k in heads if k not in firsts]
    return bool(lines) and median(lines) > 1


def section_sizes(items: list[Item], flags: list[bool]) -> dict[int, tuple[int, int]]:
    """For each flagged line, the lines and characters of its section, up to the next head or
    picture: 'Who qualifies?' / 205 / 85 -> (2, 290)."""
    sizes: dict[int, tuple[int, int]] = {}
    head = -1
    for k, item in enumerate(items):
        if flags[k]:
            head = k
            sizes[k] = (0, 0)
        elif not isinstance(item, Line):
            head = -1  # a picture closes the section: what follows it is no reply
        elif head >= 0:
            lines, chars = sizes[head]
            sizes[head] = (lines + 1, chars + len(item.text))
    return sizes


def section_owner(items: list[Item], flags: list[bool], k: int) -> int:
    """The head whose section runs on into line k, -1 after a picture or with none: 'Why?' /
    text / k -> the index of 'Why?'. Walks back over the section's lines only."""
    j = k - 1
    while j >= 0 and isinstance(items[j], Line) and not flags[j]:
        j -= 1
    return j if j >= 0 and flags[j] and isinstance(items[j], Line) else -1


def questions_in_passing(items: list[Item], flags: list[bool]) -> list[int]:
    """The flagged questions after running text that lean back on it (leans_back), stand right
    after a list among heads of another form (after_list_among_other_heads) or are answered by
    a reply among them (replied_among_other_heads), answered by the next paragraph, REPLY_LINES
    lines at most before the next head, under REPLY_SHARE of the page's usual section: 'They
    lost in two hours.' / 'Was the clay too slow for him?' / 'Not according to him.' / picture
    / the next head. Read from the last: a question found is text of the section before it, so
    a question head answered in one line and followed by one asked in passing ('Is it a ballet
    for children?' / 'Not really.' / 'Are they wrong?' / 'Not entirely.') keeps its section."""
    heads = [k for k in compress(range(len(items)), flags) if isinstance(items[k], Line)]
    if len(heads) < PAGE_HEADS:
        return []
    bare = sum(is_bare_question(items[k]) for k in heads)
    questions = question_heads(items, flags)
    asking = set(questions)
    # (`listed` and `replied` are only asked about questions: the other heads are not tried)
    listed = {
        k
        for k in questions
        if after_list_among_other_heads(items, heads, bare, k) or leans_on_a_list(items, flags, k)
    }
    replied = {
        k
        for at, k in enumerate(heads)
        if k in asking and replied_among_other_heads(items, flags, heads, bare, at)
    }
    # under a head's first paragraph the place says 'inside' too, as after a list, where the
    # page's sections run longer than one paragraph
    firsts = {
        k
        for at, k in enumerate(heads)
        if k in asking and asked_under_a_first_paragraph(items, flags, heads, bare, at)
    }
    sizes = section_sizes(items, flags) if firsts else {}
    if firsts and runs_longer(sizes, heads, firsts):
        listed |= firsts
    asked = [k for k in questions if leans_back(items[k].text) or k in listed or k in replied]
    if not asked:
        return []  # (most pages: no question in passing among heads)
    sizes = sizes or section_sizes(items, flags)
    # the page's usual section, over the heads no question in passing may be: two replies of
    # 65 and 105 characters beside sections of 290-370 would pull it down to a reply's length
    # (a set: a page of thousands of questions leaning on lists asks one look-up per head)
    asked_at = set(asked)
    usual = (
        median(sizes[j][1] for j in heads if j not in asked_at) if len(asked) < len(heads) else 0
    )
    found = []
    for k in reversed(asked):
        text = items[k].text
        if k == 0 or flags[k - 1] or head_form(text) or is_caps(text) or QUOTED.match(text):
            continue
        lines, chars = sizes[k]
        reply = reply_to(items, flags, k)
        if not 1 <= lines <= REPLY_LINES or reply is None:
            continue
        if k in firsts and lines > 1 and not (leans_back(text) or k in replied):
            continue  # under a first paragraph a question answered by its next line alone
        share = LISTED_REPLY_SHARE if lines == 1 and k in listed else REPLY_SHARE
        if k in replied and reasoned(text, reply.text):
            share = REASONED_SHARE
        if chars < share * usual:
            found.append(k)
            owner = section_owner(items, flags, k)
            if owner >= 0:  # the question and its reply join the section before it
                owner_lines, owner_chars = sizes[owner]
                sizes[owner] = (owner_lines + 1 + lines, owner_chars + len(text) + chars)
    return found[::-1]


# Words a column's closing question opens on before its question word: 'So where should you
# start?' (elsewhere such a question runs on from the text: heading_rhythm.sentence_form).
CLOSING_OPENERS: Final = frozenset({"so"})
# A closing head's words at least, its 'So' aside: one summing up on 'So' asks in a clause
# ('So where should you start?'); one without asks at a head's length ('Where does it sit
# among this year's releases?'), where 'Who would buy it?' / 'Probably a family.' is the
# text's last exchange.
CLOSING_WORDS: Final = (3, 5)
CLOSING_LINES: Final = 2  # the closing section's lines at least: one is a reply


def closing_question_head(items: list[Item], flags: list[bool], least: int) -> int:
    """The page's last question when it heads its closing section, else -1: below `least`
    heads or more, none after it, asking with a question word (not yes or no) in CLOSING_WORDS
    words or more after a section's end, over CLOSING_LINES lines of text or
    more to the end, the page's heads mostly of no form (head_form) it lacks: '"Ask the
    staff"' / text / 'So where should you start?' / 'At the back. ...' / 'Santé.' (not 'Will
    it last?' / 'Probably not.', 'Who knows?' over one line, nor an unmarked question among
    '◆ The rock' heads).
    Walks back over the closing section only."""
    k = len(items) - 1
    lines = 0
    while k > 0 and not flags[k] and not is_question_line(items[k]):
        lines += isinstance(items[k], Line)  # (a picture or a list block passed, not counted)
        k -= 1
    if k <= 0 or flags[k] or lines < CLOSING_LINES:
        return -1
    words = WORD.findall(items[k].text.lower())
    summing = bool(words) and words[0] in CLOSING_OPENERS
    if summing:
        words = words[1:]
    if len(words) < CLOSING_WORDS[not summing] or words[0] not in QUESTION_WORDS:
        return -1
    before = items[k - 1]
    if isinstance(before, Line) and (before.text[-1:] not in ".!" or is_question_line(before)):
        return -1  # a question carrying a line on, or asked after another: the text's
    heads = [j for j, flag in enumerate(flags) if flag]
    if len(heads) < least:
        return -1
    formed = len([j for j in heads if has_a_form(items[j].text)])
    return -1 if 2 * formed > len(heads) else k  # '◆ The rock' ...: the page's heads' form


def has_a_form(text: str) -> bool:
    """True for a head of a form a plain question lacks: numbered, in capitals (head_form) or
    opening on a mark: '■ The rock', '3. The storm' (not 'The rock', '“Ask the staff”')."""
    return bool(head_form(text)) or not (text[:1].isalpha() or text[:1] in QUOTED_OPENERS)
