"""Questions that carry the thread of the paragraph before them: running text, not heads, on
a page whose heads are statements and questions both ('Progress 8 measures ...' / text / 'A
score of +0.5 means ...' / 'Is a negative score a bad sign?' / 'Not always. ...').

A head opens a topic of its own; a question asked in the running text picks up the sentence
right before it, as dialogue does, and is answered by the next line:
- a yes-or-no question answered by a reply ('Not always.', 'Yes.'), that repeats a word of the
  last sentence before it (followed_up);
- a question about 'them' or 'those' of the paragraph before, with no noun of its own for them
  (pointing_back_at): 'It comes from people who grew them.' / 'What do I do with them now?';
- a short yes-or-no question whose subject is a pronoun for what was just told, answered by a
  reply (elliptical_question): 'She accepted the draw.' / 'Was it cowardly?' / 'Not according
  to ...'; a head names its topic ('Is it too late to plant garlic?').
A page of question heads only (an FAQ) is left alone: there, every question is a head.
"""

from __future__ import annotations

import re
from typing import Final

from api.parser.heading_answers import asks_yes_or_no, opens_on_a_reply
from api.parser.heading_places import QUOTED
from api.parser.layout import Item, Line
from api.parser.line_shapes import is_question
from api.parser.sentences import SENTENCE_ENDS

THREAD_WORD_CHARS: Final = 5  # 'score', 'garden': a word long enough to carry a topic
# Long words that carry no topic: a shared 'about' or 'which' follows nothing up.
THREAD_FILLERS: Final = frozenset(
    "about after again always before being could every first other their there these those"
    " though where which while would should still never".split()
)
# Pronouns that stand for a plural named in the paragraph before: 'What do I do with them?'.
BACK_PRONOUNS: Final = frozenset("them those".split())
# Subjects that stand for what the text just told: 'Was it cowardly?', 'Can anyone else win?'.
TOLD_SUBJECTS: Final = frozenset("it this that they he she anyone anybody anything".split())
ELLIPTIC_WORDS: Final = 4  # 'Can anyone else win?': a question this short names no topic
# An FAQ's flat answer, a sentence of its own: 'Is it safe?' / 'Yes. ...' keeps its head.
FLAT_ANSWERS: Final = frozenset("yes. no. yes! no!".split())
LAST_SENTENCE: Final = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘'])")
WORD: Final = re.compile(r"[^\W\d_]+")


def topic_words(text: str) -> set[str]:
    """The lower-cased words of THREAD_WORD_CHARS letters or more, no filler: 'A score of +0.5
    means pupils got more' -> {'score', 'means', 'pupils'}."""
    words = {word.lower() for word in WORD.findall(text) if len(word) >= THREAD_WORD_CHARS}
    return words - THREAD_FILLERS


def followed_up(question: str, answer: str, before: str) -> bool:
    """True for a yes-or-no question answered by a reply that repeats a topic word of the last
    sentence before it: '... A score of +0.5 means more.' / 'Is a negative score a bad sign?' /
    'Not always. ...' (not 'Is it too late to plant garlic?' after a paragraph on tubers)."""
    if not (asks_yes_or_no(question) and opens_on_a_reply(answer)):
        return False
    last = LAST_SENTENCE.split(before)[-1]
    return bool(topic_words(question) & topic_words(last))


def pointing_back_at(question: str) -> bool:
    """True for a question about 'them' or 'those' with no noun before it to stand for: 'What
    do I do with them now?' (not 'Why do voters distrust them?', whose long word names a topic
    of its own)."""
    words = [word.lower() for word in WORD.findall(question)]
    return any(word in BACK_PRONOUNS for word in words) and not any(
        len(word) >= THREAD_WORD_CHARS and word not in THREAD_FILLERS for word in words
    )


def elliptical_question(question: str, answer: str, asked: bool) -> bool:
    """True for a yes-or-no question of ELLIPTIC_WORDS words at most whose subject, right after
    its verb, stands for what was just told (TOLD_SUBJECTS), answered by a reply, with no topic
    word of its own where other question heads stand (`asked`): 'Was it cowardly?' / 'Not
    according to ...', 'Will it be?' / 'Mostly, yes. ...' (not 'Is it too late to plant
    garlic?', which names its topic, nor 'Is it really free?' among an FAQ's questions, nor
    'Is it safe?' / 'Yes. ...', an FAQ's flat answer, nor 'Will it rain?' over 'Showers are
    forecast.', no reply)."""
    words = WORD.findall(question)
    if len(words) > ELLIPTIC_WORDS or len(words) < 2 or not asks_yes_or_no(question):
        return False
    if words[1].lower() not in TOLD_SUBJECTS or not opens_on_a_reply(answer):
        return False
    if answer.split(None, 1)[0].lower() in FLAT_ANSWERS:
        return False  # the writer's own reply qualifies: 'Mostly, yes.', 'Not really.'
    return not (asked and topic_words(question) - TOLD_SUBJECTS)


def thread_questions(items: list[Item], flags: list[bool]) -> list[int]:
    """The flagged questions between paragraphs that carry the thread of the paragraph before
    (followed_up, pointing_back_at, elliptical_question), on a page with a statement head
    among its heads: 'A score of +0.5 means ...' / 'Is a negative score a bad sign?' / 'Not
    always. ...'."""
    heads = [k for k, flag in enumerate(flags) if flag and isinstance(items[k], Line)]
    questions = [k for k in heads if is_question(items[k].text)]
    if not questions or len(questions) == len(heads):
        return []  # (most pages: no question head; an FAQ: questions only, each a head)
    # an FAQ's heads are its own questions; a reader's quoted question is a letter's head
    asked_heads = len([k for k in questions if not QUOTED.match(items[k].text)])
    found = []
    for k in questions:
        before = items[k - 1] if k > 0 else None
        after = items[k + 1] if k + 1 < len(items) else None
        if not (isinstance(before, Line) and isinstance(after, Line)) or flags[k + 1]:
            continue
        if before.text[-1] not in SENTENCE_ENDS or flags[k - 1] or items[k].text.isupper():
            continue
        text = items[k].text
        if followed_up(text, after.text, before.text) or pointing_back_at(text):
            found.append(k)
        elif elliptical_question(text, after.text, asked_heads > 1):
            found.append(k)
    return found
