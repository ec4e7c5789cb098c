"""Question heads checked against the document: a question is a head when other heads keep it
company, as in a FAQ, and not when it is asked in the running text or in an interview.

- lone questions: 'Why?', 'The upside?' is a head only beside COMPANY other question heads
  (a FAQ), and a longer question only beside some other head; the article's only head, a
  question is asked and answered in the running text: 'What do the neighbours think now?';
- fragments: among question heads that ask in full ('How much does one cost?'), a short one
  that opens with neither a question word nor a verb that asks ('The catch?', 'Sounds slow?')
  is the writer's aside in the running text; 'Who pays?' and 'When?' still ask in full;
- an answered question: the one question among statement heads, when the paragraph after it
  goes on from it as its answer ('Why does it matter?' / 'Because it shows ...'), or when it
  asks about 'he' or 'she', someone the text before it named ('Does she think about
  leaving?'), is asked in the running text;
- interview turns: question heads answered in the first person ('How did it start?' / 'I
  asked if I could have it.'), two in three at least, are the questions of an interview;
- long questions: a question of more than ten words is a head when it asks in full (a question
  word or a verb that asks, no label's colon), stands between a sentence's end (or a picture)
  and a paragraph much longer than it that answers in no first person, and COMPANY other
  heads or COMPANY more such questions keep it company, as an explainer's are: 'Did the
  companies that took part in the trial keep the four-day week?'; among COMPANY other heads
  or more, at least one has half its words, as heads keep one style: beside short heads only
  ('The crossing', 'What the ferry is worth') it is a rhetorical question in a feature's text;
- an FAQ's turns: FAQ_TURNS or more such long questions in a row, each answered in one short
  line right before the next, the last answer closing the text, are heads too, an FAQ whose
  answers are shorter than its questions ('Can children under sixteen ride an e-scooter on
  the road at all?' / 'No.'); short questions so answered, or turns the text goes on after,
  stay an exchange (below);
- stated questions: a reader's situation in one sentence, then the question it asks ('My
  landlord wants to keep my deposit. Can he?'), is a head among COMPANY question heads or
  more, or among one where two stated questions or more make three questions with it, as a
  readers' column's are, when the question asks in full and the line stands as a section, and
  without a question head where two or more stand right under every head of the page, a
  column by topic ('Pensions' / 'I am 54 and want to stop next year. Can I take it at 55?');
  elsewhere such a line is running text ('The council says it will. Will it?');
- exchanges: question heads EXCHANGE_MIN or more in a row, each answered by one short line
  (ANSWER_RATIO times the question's length at most) right before the next question, are a
  back-and-forth in the running text, as a sketch reports one: 'Had he been on the train
  himself?' / 'He had not.' / 'Had anyone he knew?' / 'He would write to her.'.
"""

from __future__ import annotations

import re
from itertools import compress
from typing import Final

from api.parser.heading_limits import LONG_CHARS, MAX_WORDS
from api.parser.layout import Item, Line
from api.parser.sentences import SENTENCE_ENDS

COMPANY = 2
# A long question's answer is at least this many times its length: a section, not a reply.
ANSWER_RATIO = 1.5
# A reader's words set wholly in quotation marks are set apart as the reader's already: an
# answer longer than them is a section ('“I moved in May. Can I vote?”' / 'Yes. ...').
QUOTED_ANSWER_RATIO = 1.0
# A long head keeps the style of the heads beside it: one of them has at least this share
# of its words ('What can I do if I am already on a list?' beside 'How long people wait now,
# and why it differs so much between councils'; not beside 'The crossing' alone).
STYLE_SHARE = 0.5
SIBLING_QUESTIONS = 3  # question heads whose run a long question joins, at least
FAQ_TURNS = COMPANY + 1  # long questions in a row, each answered in a line, that make an FAQ
EXCHANGE_MIN = 2  # questions in a row, each answered by a short line, that make an exchange
SHORT_QUESTION_WORDS = 2
# Words a question asked in full opens with: a question word or a verb that asks ('Who pays?',
# 'Is it taxed?'); a short question opening otherwise is a fragment: 'The catch?'.
ASKING_WORDS = frozenset(
    "who whom whose what which when where why how is are was were am do does did can could will"
    " would should shall may might must has have had isn't aren't wasn't weren't don't doesn't"
    " didn't can't couldn't won't wouldn't shouldn't hasn't haven't".split()
)
# Words that open a teaser, a noun phrase asked for the next sentence to answer: 'The upshot?',
# 'My advice?', 'Our verdict?' (an indefinite one doubts, as a head may: 'A genius approach?').
TEASER_OPENERS = frozenset({"The", "My", "Our"})
# A teaser asked in full, 'What is' before its noun phrase: 'What is the catch?', 'What's the
# upshot?' ('What is the difference between a will and a trust?' is too long for one).
TEASER_ASKED = re.compile(r"^What(?:[’']s| is| was) (?=(?:the|my|our) )")
# Words that open an answer going on from a question: 'Because it shows ...'.
ANSWER_OPENERS = frozenset({"because"})
# A question whose subject is 'he' or 'she' after its verb, asked of a person the text before
# it named: 'Does she regret it?', 'Why did he stay?' ('they' is left out: a head's 'they' is
# the story's subject, 'How much do they cost?').
ABOUT_A_PERSON = re.compile(
    r"^(?:(?:why|how|what|when|where|who)(?: \w+)? )?(?:is|was|does|did|can|could|will|would"
    r"|should|has|had|isn[’']t|wasn[’']t|doesn[’']t|didn[’']t|won[’']t|can[’']t) (?:he|she)\b",
    re.IGNORECASE,
)
# One sentence stating a situation, then the question it asks: 'My landlord wants to keep my
# deposit. Can he?' (no other sentence end, so that an abbreviation's period makes none).
STATED_QUESTION = re.compile(r"^(?P<statement>[A-Z][^.!?]+)\. (?P<question>[A-Z][^.!?]*\?)$")
# A reader's situation and question run longer than a head's words, to the longest head's
# characters: 'My spaniel, who is 11, has started drinking far more water than usual and is
# asking to go out in the night. Should I be worried?'.
STATED_CHARS = LONG_CHARS
# Double quotation marks that may set a reader's whole question apart: '“I moved. Can I vote?”'
# (a single mark is also an apostrophe: 'I don't know. Do I?').
READER_OPENERS: Final = frozenset('"“„«')
READER_CLOSERS: Final = frozenset('"”»')
STATEMENT_WORDS = 3  # a situation is stated in a clause, not a number ('1. Why?', 'III. Who?')
# Words of a speaker answering in their own words: 'I asked', 'it surprises me'.
# The note a publisher sets over an interview's edited turns: 'This interview has been edited
# and condensed for clarity.', 'This conversation was lightly edited.', 'The Q&A has been edited
# for length.' (an interview's, whoever the publisher: the words of the convention, no outlet's);
# an interview held in another language says so first: 'This interview has been translated from
# Tagalog and edited for length.', 'The conversation was translated and condensed.', or
# only that: 'This interview has been translated from Wolof.'
EDITED_NOTE: Final = re.compile(
    r"^(?:This|The|Our) (?:interview|conversation|Q&A|exchange|discussion|chat|transcript)s?"
    r" (?:has been|have been|was|were|is|are)"
    r" (?:translated(?: from (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)?,? (?:and )?)?"
    r"(?:lightly |slightly )?(?:edited|condensed|translated)"
)
NOTE_LINES: Final = 8  # the note stands in the lead: within the body's first text lines
NOTE_CHARS: Final = 120  # the note's words open its line: read no further

FIRST_PERSON = frozenset("I I'm I’m I've I’ve I'd I’d I'll I’ll me my myself".split())


def next_line(items: list[Item], k: int) -> Line | None:
    """The item after k when it is a text line, else None: the answer to a question."""
    item = items[k + 1] if k + 1 < len(items) else None
    return item if isinstance(item, Line) else None


def is_question_line(item: Item) -> bool:
    """True for a text line ending in a question mark, inside a closing quote too: 'Why?'."""
    return isinstance(item, Line) and item.text.rstrip("\"”’'").endswith("?")


def question_heads(items: list[Item], flags: list[bool]) -> list[int]:
    """The indexes of the flagged lines that are questions: 'Why?' among heads."""
    return [k for k in compress(range(len(items)), flags) if is_question_line(items[k])]


def drop_lone_questions(items: list[Item], flags: list[bool]) -> list[bool]:
    """Questions need company to be heads: a short one ('Why?', 'The upside?') COMPANY other
    question heads, as in a FAQ, and a longer one some other head; else it is rhetorical,
    asked and answered in the running text: 'What do the neighbours think now?'."""
    asked = question_heads(items, flags)
    if len(asked) - 1 >= COMPANY:
        return flags
    # (a line's length is read only where it is a question head: not once per line of the body)
    flags = list(flags)
    for k in asked:
        if len(items[k].text.split()) <= SHORT_QUESTION_WORDS and not opens_a_list(items, k):
            flags[k] = False
    if sum(flags) == 1 and any(flags[k] for k in asked):
        return [False] * len(items)
    return flags


def opens_a_list(items: list[Item], k: int) -> bool:
    """True when the line after question k ends in ':' over another line: the question opens a
    section that a list answers, no reply in the text ('Still cold?' / 'If it is, try these
    in order:' / '1. Check both valves ...')."""
    after = next_line(items, k)
    return after is not None and after.text.endswith(":") and next_line(items, k + 1) is not None


def is_fragment_question(text: str) -> bool:
    """True for a short question asked without a question word or a verb that asks: 'The
    catch?', 'Sounds slow?' (not 'Who pays?', 'When?', '3. Why?' nor a quoted '"Why?"')."""
    words = text.split()
    if len(words) > SHORT_QUESTION_WORDS or not text[0].isalpha():
        return False
    return words[0].rstrip("?").lower().replace("’", "'") not in ASKING_WORDS


def drop_fragment_questions(items: list[Item], flags: list[bool]) -> list[bool]:
    """Among COMPANY + 1 question heads or more that ask in full, as a FAQ's do, a fragment
    ('The catch?', 'Sounds slow?') is an aside in the running text, not a head; so is a teaser
    answered by the paragraph under it (is_teaser) among more statement heads than questions
    (a page of fragment heads, 'The cost?', 'The catch?', asks them as its FAQ)."""
    asked = question_heads(items, flags)
    if not asked:
        return flags  # (most pages: no question head)
    fragments = {k for k in asked if is_fragment_question(items[k].text)}
    if len(asked) - len(fragments) <= COMPANY:
        fragments.clear()
    if sum(flags) > 2 * len(asked):
        fragments.update(k for k in asked if is_teaser(items, flags, k))
    if not fragments:
        return flags
    return [flag and k not in fragments for k, flag in enumerate(flags)]


def is_teaser_question(text: str) -> bool:
    """True for a noun phrase opening on a TEASER_OPENERS word, asked with no question word
    nor verb that asks, no clause after a mark: the writer's set-up for the sentence that
    answers it ('The good news?' / 'You will be ready.', 'The big benefit of knowing your
    stage?', 'What is the catch?'), not a head ('A genius approach?', 'The fares: will they
    rise?')."""
    asked = TEASER_ASKED.match(text)
    if asked:  # 'What is the catch?': the teaser 'The catch?' asked in full, a short one only
        text = text[asked.end() :]
        if len(text.split()) > SHORT_QUESTION_WORDS + 1:
            return False
    words = text.split()
    opener = words[0].capitalize() if asked else words[0]
    if opener not in TEASER_OPENERS or ":" in text or "," in text:
        return False
    return not any(word.rstrip("?").lower().replace("’", "'") in ASKING_WORDS for word in words)


def is_teaser(items: list[Item], flags: list[bool], k: int) -> bool:
    """True when question k is a teaser (is_teaser_question) right over a paragraph that ends
    a sentence, its answer: 'The upshot?' / 'Nobody has to remember any more.'."""
    if not is_teaser_question(items[k].text):
        return False
    answer = next_line(items, k)
    return answer is not None and not flags[k + 1] and answer.text[-1] in SENTENCE_ENDS


def opens_as_an_answer(line: Line | None) -> bool:
    """True for a paragraph that goes on from the question before it, an answer that is no
    sentence of its own: 'Because it shows ...', 'Partly because ...'."""
    words = [word.strip(",").lower() for word in line.text.split()[:2]] if line else []
    return bool(words) and (words[0] in ANSWER_OPENERS or words[1:] == ["because"])


def drop_answered_question(items: list[Item], flags: list[bool]) -> list[bool]:
    """The one question among COMPANY or more statement heads, answered by a paragraph that goes
    on from it or asked about 'he' or 'she', is asked in the running text: 'Why does it
    matter?' / 'Because it shows ...', 'Does she think about leaving?' after her story; a
    head's section stands on its own ('Should you buy it?' / 'At £2,899 it costs ...')."""
    asked = question_heads(items, flags)
    if len(asked) != 1 or sum(flags) - 1 < COMPANY:
        return flags
    k = asked[0]
    if not (opens_as_an_answer(next_line(items, k)) or asks_about_a_person(items[k].text)):
        return flags
    return [flag and j != k for j, flag in enumerate(flags)]


def asks_about_a_person(text: str) -> bool:
    """True for a question about 'he' or 'she', a person named before it: 'Does she regret
    it?', 'Why did he stay?' (not 'Does it work?' nor 'How much do they cost?')."""
    return ABOUT_A_PERSON.match(text) is not None


def speaks_in_first_person(text: str) -> bool:
    """True for an answer in the speaker's own words, outside quote marks: 'No. I am joking.'."""
    if any(mark in text for mark in '"“”'):
        return False  # a quoted 'I' is a source speaking inside reported text
    return any(word.strip(".,;:!?") in FIRST_PERSON for word in text.split())


def drop_interview_questions(items: list[Item], flags: list[bool]) -> list[bool]:
    """Question heads answered in the first person, two in three at least, are an interview's
    turns, not heads: 'How did it start?' / 'I asked if I could have it.'; so are those of a
    page that says it is an edited interview (says_it_is_an_interview), each answered by the
    line after it."""
    asked = question_heads(items, flags)
    answers = [next_line(items, k) for k in asked]
    spoken = sum(1 for line in answers if line and speaks_in_first_person(line.text))
    if len(asked) >= COMPANY and says_it_is_an_interview(items):
        turns = {k for k, line in zip(asked, answers, strict=True) if answers_a_turn(line)}
        return [flag and k not in turns for k, flag in enumerate(flags)]
    if len(asked) < COMPANY or 3 * spoken < 2 * len(asked):
        return flags
    turns = set(asked)
    return [flag and k not in turns for k, flag in enumerate(flags)]


def says_it_is_an_interview(items: list[Item]) -> bool:
    """True when a paragraph says the page is an edited interview, the note a publisher sets
    over a Q&A's turns: 'This conversation has been condensed and lightly edited.'. The
    questions under it are the interviewer's, paragraphs by the markup convention. Read up to
    the first NOTE_LINES text lines (the note stands in the lead) and up to NOTE_CHARS each."""
    seen = 0
    for item in items:
        if not isinstance(item, Line):
            continue
        if EDITED_NOTE.match(item.text[:NOTE_CHARS]):
            return True
        seen += 1
        if seen >= NOTE_LINES:
            return False
    return False


def answers_a_turn(line: Line | None) -> bool:
    """True for the line after an interview's question that answers it: a paragraph, no
    question of its own ('Two years.', not 'And then?' nor a picture)."""
    return line is not None and not is_question_line(line)


def asks_in_full(text: str) -> bool:
    """True for a question opening with a question word or a verb that asks and holding no
    label's colon: 'Is the government planning to change the law?' (not 'A favor: would you
    take a moment to share this?')."""
    first = text.split()[0].lower().replace("’", "'").rstrip("?")  # 'Why?' asks in full
    return ":" not in text and first in ASKING_WORDS


def stands_as_a_section(items: list[Item], flags: list[bool], k: int) -> bool:
    """True when question k follows a sentence's end, a picture or nothing, and a section
    much longer than it, opening in no first person, follows: a section's head and its text."""
    before = items[k - 1] if k > 0 else None
    if isinstance(before, Line) and before.text[-1] not in SENTENCE_ENDS:
        return False  # a line in a run of unpunctuated lines
    answer = next_line(items, k)
    if answer is None or is_question_line(answer) or speaks_in_first_person(answer.text):
        return False
    return section_runs_on(items, flags, k, ANSWER_RATIO * len(items[k].text))


def section_runs_on(items: list[Item], flags: list[bool], k: int, size: float) -> bool:
    """True when the paragraphs right after question k, up to the next head, question or
    picture, hold `size` characters: a section may open with a short line ('Why did the
    warning come so late?' / 'This was the question most of you asked.' / a long paragraph).
    Read up to `size` characters at most."""
    total = 0
    for j in range(k + 1, len(items)):
        item = items[j]
        if flags[j] or not isinstance(item, Line) or is_question_line(item):
            return False
        total += len(item.text)
        if total >= size:
            return True
    return False


def in_the_heads_style(items: list[Item], flags: list[bool], k: int) -> bool:
    """True unless COMPANY other heads or more are all short beside long question k: at least
    one has STYLE_SHARE of its words. A feature's short heads ('The crossing', 'The next
    ferryman') leave its long questions to the running text."""
    heads = list(compress(range(len(items)), flags))
    if len(heads) < COMPANY:
        return True
    if max(len(items[j].text.split()) for j in heads) >= STYLE_SHARE * len(items[k].text.split()):
        return True
    return among_sibling_questions(items, heads)


def among_sibling_questions(items: list[Item], heads: list[int]) -> bool:
    """True when SIBLING_QUESTIONS heads or more, most of them, ask: a long question is one more
    of the run, whatever its length ('What is it?' / text / 'How does it drive?' / text / 'Can
    you fit a dog, a pram and a week's shopping in the boot?' / text)."""
    asked = sum(1 for j in heads if is_question_line(items[j]))
    return asked >= SIBLING_QUESTIONS and 2 * asked > len(heads)


def long_question_heads(items: list[Item], flags: list[bool], candidates: list[int]) -> list[bool]:
    """Long heading-shaped questions (`candidates`, more than ten words) that ask in full and
    stand as sections are heads beside COMPANY other heads or COMPANY more of their kind."""
    if not candidates:
        return flags
    found = [
        k
        for k in candidates
        if asks_in_full(items[k].text) and stands_as_a_section(items, flags, k)
    ]
    found = sorted(set(found).union(faq_turns(items, flags, candidates)))
    if not found or (sum(flags) < COMPANY and len(found) <= COMPANY):
        return flags
    found = [k for k in found if in_the_heads_style(items, flags, k)]
    flags = list(flags)
    for k in found:
        flags[k] = True
    return flags


def faq_turns(items: list[Item], flags: list[bool], candidates: list[int]) -> list[int]:
    """The long questions (`candidates`) of the run of FAQ_TURNS or more that closes the text,
    each asking in full after a sentence's end, a picture or nothing and answered in one short
    line right before the next: an FAQ's heads over answers shorter than them ('Will the
    police be able to seize a scooter that does not meet the standard?' / 'Yes. They already
    can.' / 'Where ...?' / ... / its answer, the last line)."""
    run: list[int] = []
    for k in candidates:
        if run and k != run[-1] + 2:
            run = []
        if asks_in_full(items[k].text) and answered_as_a_turn(items, flags, k):
            run.append(k)
        else:
            run = []
    return run if len(run) >= FAQ_TURNS and closes_the_text(items, run[-1] + 1) else []


def closes_the_text(items: list[Item], k: int) -> bool:
    """True when no text line follows item k: pictures at most ('... They already can.' /
    picture / end). Turns that the text goes on after are an exchange in it."""
    return not any(isinstance(item, Line) for item in items[k + 1 :])


def answered_as_a_turn(items: list[Item], flags: list[bool], k: int) -> bool:
    """True when question k follows a sentence's end, a picture or nothing, and the line after
    it is a short reply in no first person: 'Can children ride one at all?' / 'No. The minimum
    age is 16.' (a first-person reply is an interview's: 'I never thought about it.')."""
    before = items[k - 1] if k > 0 else None
    if isinstance(before, Line) and before.text[-1] not in SENTENCE_ENDS:
        return False
    reply = next_line(items, k)
    return answered_in_a_line(items, flags, k) and not speaks_in_first_person(reply.text)


def reader_quoted(text: str) -> str:
    """A reader's words set wholly in quotation marks, in the first person, without the marks,
    else the line as it is: '“I voted at the school. Does my vote count?”' -> 'I voted at the
    school. Does my vote count?' (not '“Nobody came. Why vote?”', a pull quote's, nor '"I
    won," she said.')."""
    if len(text) < 2 or text[0] not in READER_OPENERS or text[-1] not in READER_CLOSERS:
        return text
    inner = text[1:-1]
    if any(mark in inner for mark in READER_OPENERS | READER_CLOSERS):
        return text
    words = (word.strip(".,;:!?") for word in inner.split())
    # (FIRST_PERSON holds `I'm` capitalised and `my` in lower case: a sentence's first word either)
    return (
        inner
        if any(word in FIRST_PERSON or word.lower() in FIRST_PERSON for word in words)
        else text
    )


def is_stated_question(text: str) -> bool:
    """True for a line of one statement and the question it asks, of a long head's characters
    at most, a reader's words in quotation marks too (reader_quoted): 'My landlord wants to
    keep my deposit. Can he?', '“I moved in May. Can I vote?”' (not 'Why? Nobody knows.' nor
    a numbered question, '1. How long is the term?')."""
    match = STATED_QUESTION.match(reader_quoted(text))
    if match is None or len(match["statement"].split()) < STATEMENT_WORDS:
        return False
    return len(text) <= STATED_CHARS


def stated_question_heads(
    items: list[Item], flags: list[bool], candidates: list[int]
) -> list[bool]:
    """Stated questions (`candidates`, is_stated_question) whose question asks in full and that
    stand as sections are heads beside COMPANY question heads or more, or beside one where
    they make COMPANY + 1 questions with it: a readers' column, some letters a situation and
    its question, some a plain question ('When should I prune?')."""
    if not candidates:
        return flags
    asked = len(question_heads(items, flags))
    if not asked and not any(flags[k - 1] for k in candidates if k > 0):
        return flags  # (no question head, and no stated question right under a head)
    ends = set(candidates)
    found = [k for k in candidates if stands_as_a_stated_question(items, flags, k, ends)]
    if not asked and not under_every_topic(items, flags, found):
        return flags
    if asked and asked < COMPANY and asked + len(found) < COMPANY + 1:
        return flags
    flags = list(flags)
    for k in found:
        flags[k] = True
    return flags


def under_every_topic(items: list[Item], flags: list[bool], found: list[int]) -> bool:
    """True when COMPANY stated questions or more each stand right under a statement head and
    every head stands right over one: a readers' column by topic, one letter a topic
    ('Pensions' / 'I am 54 and want to stop next year. Can I take my pension at 55?' /
    answer). A page whose heads mostly head other sections leaves its stated questions to the
    running text."""
    if len(found) < COMPANY:
        return False
    topics = {k - 1 for k in found if k > 0 and flags[k - 1] and not is_question_line(items[k - 1])}
    return len(topics) == len(found) and sum(flags) == len(topics)


def stands_as_a_stated_question(
    items: list[Item], flags: list[bool], k: int, ends: set[int]
) -> bool:
    """True when stated question k asks in full and stands as a section: after a sentence's
    end, a picture or a head (the column's 'Your questions' over its first letter), over a
    section, up to the next head or stated question (`ends`), much longer than it, whose
    first line answers in no first person."""
    question = STATED_QUESTION.match(reader_quoted(items[k].text))["question"]
    if not asks_in_full(question):
        return False
    before = items[k - 1] if k > 0 else None
    if isinstance(before, Line) and before.text[-1] not in SENTENCE_ENDS and not flags[k - 1]:
        return False  # a line in a run of unpunctuated lines
    answer = next_line(items, k)
    if answer is None or is_question_line(answer) or speaks_in_first_person(answer.text):
        return False
    return section_reaches(items, flags, k, ends, answer_ratio(items[k].text) * len(items[k].text))


def answer_ratio(text: str) -> float:
    """How many times its length a stated question's section holds at least: ANSWER_RATIO,
    QUOTED_ANSWER_RATIO for a reader's words in quotation marks: '“My mother keeps cash. Is it
    safe?”' -> 1.0 (its 'Yes. ...' answer of one sentence a section); 'I moved. Can I vote?'
    -> 1.5 (the running text's question under no marks wants a fuller answer)."""
    return QUOTED_ANSWER_RATIO if reader_quoted(text) != text else ANSWER_RATIO


def section_reaches(
    items: list[Item], flags: list[bool], k: int, ends: set[int], size: float
) -> bool:
    """True when the text lines after k, up to the next head, question or stated question
    (`ends`), hold `size` characters: a letter's answer in a paragraph or two. Each line is
    read for the nearest stated question before it only, so a column is read once."""
    total = 0
    for j in range(k + 1, len(items)):
        item = items[j]
        if flags[j] or j in ends or not isinstance(item, Line) or is_question_line(item):
            return False
        total += len(item.text)
        if total >= size:
            return True
    return False


# Statement heads that, all opening with the same mark, make the page's heads marked ones.
MARKED_HEADS = 3
# What opens a head without marking it: a quotation mark or a bracket, the head's own words.
OPENING_WORDS = "\"'“‘„«‹(["


def head_mark(text: str) -> str:
    """The mark a head opens with, a symbol and a space: '◆ The rock' -> '◆', '■ Now' -> '■';
    '' for a word, a number or a quotation mark: 'The rock', '"Not again"', '2. Take stock'."""
    first = text[0]
    if first.isalnum() or first in OPENING_WORDS or text[1:2] != " ":
        return ""
    return first


def unmarked_questions(items: list[Item], heads: list[int]) -> list[int]:
    """The question heads without the mark that every statement head opens with, MARKED_HEADS
    of them at least, each between a sentence's end and a paragraph: a question the writer
    asks in the running text ('... from the newsagent.' / 'Who is it for?' / '"Nobody," he
    says.'), where the page marks its heads ('◆ The rock', '◆ Going automatic'). `heads`
    holds the indexes of the flagged lines."""
    asked = {k for k in heads if is_question_line(items[k])}
    if not asked:
        return []  # (most pages: no head's mark is read)
    stated = [k for k in heads if k not in asked]
    if len(stated) < MARKED_HEADS or not isinstance(items[stated[0]], Line):
        return []
    mark = head_mark(items[stated[0]].text)
    if not mark or any(not is_marked(items[k], mark) for k in stated):
        return []
    return [k for k in sorted(asked) if not is_marked(items[k], mark) and in_the_text(items, k)]


def is_marked(item: Item, mark: str) -> bool:
    """True for a text line opening with the mark and a space: '◆ The rock' for '◆'."""
    return isinstance(item, Line) and item.text.startswith(mark + " ")


def in_the_text(items: list[Item], k: int) -> bool:
    """True when line k stands between a sentence's end and a line that is no question."""
    before, after = items[k - 1] if k > 0 else None, next_line(items, k)
    if not (isinstance(before, Line) and before.text[-1] in SENTENCE_ENDS) or after is None:
        return False
    return not is_question_line(after)


def answered_in_a_line(items: list[Item], flags: list[bool], k: int) -> bool:
    """True when the line after question head k is a short reply, one sentence no more than
    ANSWER_RATIO times the question's length: 'Had anyone he knew?' / 'He would write to her.'
    (a head's section is a paragraph, longer than the head as a rule)."""
    reply = next_line(items, k)
    if reply is None or flags[k + 1] or reply.text[-1] not in SENTENCE_ENDS:
        return False
    return len(reply.text) <= ANSWER_RATIO * len(items[k].text)


def exchange_questions(items: list[Item], flags: list[bool]) -> list[int]:
    """The question heads of runs of EXCHANGE_MIN or more, each answered in a line right
    before the next question: 'Had he been on it himself?' / 'He had not.' / 'Had anyone he
    knew?' / 'He would write to her.', an exchange the running text reports."""
    found: list[int] = []
    run: list[int] = []
    for k in question_heads(items, flags):
        if len(items[k].text.split()) > MAX_WORDS:
            continue  # a long question so answered is left to faq_turns, which closes the text
        if run and k != run[-1] + 2:
            found += run if len(run) >= EXCHANGE_MIN else []
            run = []
        if answered_in_a_line(items, flags, k):
            run.append(k)
        else:
            found += run if len(run) >= EXCHANGE_MIN else []
            run = []
    return found + (run if len(run) >= EXCHANGE_MIN else [])
