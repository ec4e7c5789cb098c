"""Follow-up questions inside a FAQ's answers: a question right under a question head's answer,
answered by the next line, that leans on that answer, as a reader asks on after being told
('What is the card?' / 'The city's own travel card, ...' / 'Do tourists need one?' / 'Not
really. ...' / 'Who sells it?'). Read by heading_asides.questions_aside on a page whose heads
are mostly questions, where a FAQ's next head asks afresh: 'Does it apply to hostels?', 'Who
collects it?', 'Is the bus next?'.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Final

from api.parser.heading_answers import (
    AUXILIARIES,
    ECHO_LETTERS,
    FOLLOW_UP_SUBJECTS,
    QUOTE_OPENERS,
)
from api.parser.heading_kin import is_bullet
from api.parser.heading_lone_questions import WORD, asks_yes_or_no, is_bare_question, leans_back
from api.parser.heading_places import QUOTED
from api.parser.heading_questions import is_stated_question
from api.parser.layout import Item, Line

# Auxiliaries asking with a bare verb after the subject, so a question of the auxiliary, its
# subject and a verb leaves the verb's object to the answer above: 'Will visitors notice?',
# 'Does the order matter?' (not 'Is the bus next?', whose last word says what is asked).
BARE_VERB_ASKERS: Final = frozenset(
    "do does did will would can could should may might must".split()
)
DETERMINERS: Final = frozenset({"the", "a", "an"})
# A pronoun closing a question, standing for a thing the answer above named: 'Do tourists need
# one?'. 'them' and 'it' stand for the page's topic as often ('Can children ride them?' in a FAQ
# on scooters asks afresh).
CLOSING_PRONOUNS: Final = frozenset({"one"})
# 'Does the same apply to tour companies?': the same as the answer above said.
SAME: Final = "same"
THE: Final = "the"
PLURAL: Final = "s"
WHY: Final = "why"
# A question in the first or second person is a reader's, heading a column's answer ('Do I
# need one?'), or one put to the reader, heading a guide's section ('Should you buy it?').
PERSONS: Final = frozenset("i me my we our you your".split())


def elliptical(words: list[str]) -> bool:
    """True for a question ending on its bare verb, what it is about left to the answer above:
    'Will visitors notice?', 'Does the order matter?', 'Why did it end?' (not 'Will it cost
    anything?', 'Is the bus next?', 'Who runs it?', 'Why does this matter?')."""
    if words and words[0] == WHY:
        words = words[1:]
    if len(words) < 3 or words[0] not in BARE_VERB_ASKERS:
        return False
    subject = words[1:-1]
    if subject[0] in FOLLOW_UP_SUBJECTS:
        return False  # 'Why does this matter?' heads a FAQ's section: points_at_answer's
    return len(subject) == 1 or len(subject) == 2 and subject[0] in DETERMINERS


def stem(word: str) -> str:
    """The word without a plural's 's': 'camps' -> 'camp', 'bus' -> 'bus'."""
    return word[:-1] if word.endswith(PLURAL) and len(word) > ECHO_LETTERS else word


def echoes_the_answer(words: list[str], answer: str, head: str) -> bool:
    """True for a question whose subject is a thing the answer above named with 'the', not
    the head's own: 'Is the barcode missing?' after 'It depends on whether the machine can
    read the barcode.' under 'Will a machine take them?' (not 'Is the vaccine safe?' after
    '... missed their own vaccines', nor 'Does the pass cover buses?' under 'What is the
    pass?' / 'The pass is a card ...')."""
    if len(words) < 3 or words[0] not in AUXILIARIES or words[1] != THE:
        return False
    named = words[2]
    if len(named) < ECHO_LETTERS or stem(named) in {stem(w) for w in WORD.findall(head.lower())}:
        return False
    said = WORD.findall(answer.lower())
    return any(a == THE and b == named for a, b in pairwise(said))


def asks_on(words: list[str]) -> bool:
    """True for the words of a yes-or-no or 'why' question in the third person, as a reader
    asks on after being told: ['does', 'the', 'order', 'matter'], ['why', 'did', 'it', 'end']
    (not ['do', 'i', 'need', 'one'], ['who', 'runs', 'it'])."""
    if len(words) < 2 or PERSONS.intersection(words):
        return False
    return words[0] in AUXILIARIES or words[0] == WHY and words[1] in AUXILIARIES


def names_the_answer(question: str) -> bool:
    """True for a question asking on about what the answer above named, by 'the same' or a
    closing 'one': 'Does the same apply to tour companies?', 'Do tourists need one?' (not
    'Do I need one?', 'Does it apply to hostels?')."""
    words = WORD.findall(question.lower())
    if not asks_on(words):
        return False
    return words[1:3] == [THE, SAME] or words[-1] in CLOSING_PRONOUNS


def leans_on_the_answer(question: str, answer: str, head: str) -> bool:
    """True for a question asking on that leans on the answer above it by an ellipsis
    (elliptical), a thing the answer named (echoes_the_answer) or a word for what the text
    named (heading_lone_questions.leans_back): 'Why did it end?', 'Is the barcode missing?',
    'Are those free?' (not 'Who collects it?', 'Is it safe?'). A FAQ's heads lean so too
    ('Does it flood?', 'Will the council help?'): read only beside a shorter reply."""
    words = WORD.findall(question.lower())
    if not asks_on(words):
        return False
    return elliptical(words) or echoes_the_answer(words, answer, head) or leans_back(question)


def points_at_answer(question: str) -> bool:
    """True for a third-person question whose subject points at what was just said: 'Is that
    fair to the herders?', 'Is this a scam?' (not 'Is it safe?', 'Do I need that?'); it leans
    on the answer only when a reply answers it at once (a FAQ's 'Is that the end of the
    plan?' over a section of its own asks afresh)."""
    words = WORD.findall(question.lower())
    return asks_on(words) and words[0] in AUXILIARIES and words[1] in FOLLOW_UP_SUBJECTS


def answered_by_a_voice(question: str, reply: str) -> bool:
    """True for a third-person yes-or-no question answered by a quotation, someone asked in
    the answer's place: 'Will it put people off?' / '"Not the ones who come for the view,"
    said a guide.' (a FAQ answers in the writer's voice; not 'Do I need one?' / '"Yes," ...')."""
    words = WORD.findall(question.lower())
    if not words or PERSONS.intersection(words) or not asks_yes_or_no(question):
        return False
    return reply[:1] in tuple(QUOTE_OPENERS)


def answer_above(items: list[Item], flags: list[bool], k: int) -> int:
    """The bare question head whose answer, one paragraph or a lead-in and its bullets, runs
    right up to line k, or -1: 'What do I do?' / 'Type two codes:' / '• one' / '• two' / k ->
    the index of 'What do I do?' (not under a reader's quoted question, nor after a picture);
    a reader's situation and question standing alone heads it too (stands_as_stated)."""
    j = k - 1
    while j > 0 and isinstance(items[j], Line) and not flags[j] and is_bullet(items[j].text):
        j -= 1
    answer = items[j] if j >= 1 else None
    if answer is None or flags[j] or not isinstance(answer, Line) or is_bullet(answer.text):
        return -1
    head = items[j - 1]
    if not is_bare_question(head):
        return -1
    if not flags[j - 1] and not stands_as_stated(head):
        return -1
    return -1 if QUOTED.match(head.text) else j - 1


def stands_as_stated(item: Item) -> bool:
    """True for a reader's situation and question standing alone, a FAQ's head that
    heading_long_heads reads once its follow-ups are judged: 'I run a lodge and my guests
    cross twice a day. Do they pay every time?'."""
    return isinstance(item, Line) and item.alone and is_stated_question(item.text)


def answer_text(items: list[Item], head: int, k: int) -> str:
    """The text of the answer between head and line k: its paragraph and bullets, joined."""
    return " ".join(item.text for item in items[head + 1 : k] if isinstance(item, Line))
